package dev.clientapps.adapter.rest.support;

import dev.clientapps.adapter.rest.error.ApiException;
import dev.clientapps.domain.shared.Uuids;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Exact reading of query parameters. Every rejection names the parameter and what it accepts.
 * A parameter given twice is refused rather than guessed at; unknown parameters are ignored.
 */
public final class QueryParams {

    private final MultivaluedMap<String, String> params;

    public QueryParams(MultivaluedMap<String, String> params) {
        this.params = params;
    }

    /** The raw value, null when absent. */
    public String raw(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw invalid(name, name + " must be given at most once");
        }
        if (values.get(0).indexOf('\u0000') >= 0) {
            throw invalid(name, name + " must not contain NUL characters");
        }
        return values.get(0);
    }

    /** Free text; an empty value means "not given". */
    public String text(String name, int maxLength) {
        String value = raw(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw invalid(name, name + " must be at most " + maxLength + " characters");
        }
        return value;
    }

    /** Non-empty text, e.g. an exact-match filter. */
    public String nonEmptyText(String name, int maxLength) {
        String value = present(name);
        if (value != null && value.length() > maxLength) {
            throw invalid(name, name + " must be at most " + maxLength + " characters");
        }
        return value;
    }

    public UUID uuid(String name) {
        String value = present(name);
        if (value == null) {
            return null;
        }
        return Uuids.parse(value).orElseThrow(() -> invalid(name, name + " must be a uuid"));
    }

    public Boolean bool(String name) {
        String value = present(name);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(name, name + " must be one of: true, false");
        };
    }

    /** An ISO-8601 date-time with a zone offset (2026-01-15T10:00:00Z, ...+02:00), as an instant. */
    public Instant instant(String name) {
        String value = present(name);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(name, name + " must be an ISO-8601 date-time with an offset, such as 2026-01-15T10:00:00Z");
        }
    }

    public int intInRange(String name, int min, int max, int defaultValue) {
        String value = present(name);
        if (value == null) {
            return defaultValue;
        }
        String message = name + " must be an integer between " + min + " and " + max;
        if (!value.matches("-?[0-9]{1,10}")) {
            throw invalid(name, message);
        }
        long number = Long.parseLong(value);
        if (number < min || number > max) {
            throw invalid(name, message);
        }
        return (int) number;
    }

    /** One of an enum's values, by the API name {@code apiName} gives it. */
    public <E extends Enum<E>> E oneOf(String name, Class<E> type, Function<E, String> apiName, E defaultValue) {
        String value = present(name);
        if (value == null) {
            return defaultValue;
        }
        Map<String, E> byName = Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(apiName, Function.identity()));
        E found = byName.get(value);
        if (found == null) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(apiName).collect(Collectors.joining(", "));
            throw invalid(name, name + " must be one of: " + allowed);
        }
        return found;
    }

    /** The value, or null when absent; an empty value is refused. */
    private String present(String name) {
        String value = raw(name);
        if (value != null && value.isEmpty()) {
            throw invalid(name, name + " must not be empty");
        }
        return value;
    }

    private static ApiException invalid(String name, String message) {
        return ApiException.invalid(message, Map.of("parameter", name));
    }
}
