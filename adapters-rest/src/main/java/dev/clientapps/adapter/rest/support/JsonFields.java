package dev.clientapps.adapter.rest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientapps.adapter.rest.error.ApiException;
import dev.clientapps.domain.shared.Patch;
import dev.clientapps.domain.shared.Uuids;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Typed, exact reading of the fields of a JSON object body. Each reader distinguishes an absent
 * field from a field set to null, and names the field in every rejection.
 */
public final class JsonFields {

    private final ObjectNode node;

    JsonFields(ObjectNode node) {
        this.node = node;
    }

    /** Rejects the first field that is not in {@code allowed}. */
    public JsonFields onlyFields(Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ApiException.invalid("Unknown field '" + name + "'", Map.of("field", name));
            }
        }
        return this;
    }

    public boolean has(String field) {
        return node.has(field);
    }

    /** The body's field names, in the order the caller wrote them. */
    public Iterator<String> names() {
        return node.fieldNames();
    }

    public String requiredString(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw ApiException.invalid(field + " is required", Map.of("field", field));
        }
        return string(field, value);
    }

    /** Absent → absent; null → set to null; a string → set. */
    public Patch<String> string(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Patch.absent();
        }
        return Patch.of(value.isNull() ? null : string(field, value));
    }

    private static String string(String field, JsonNode value) {
        if (!value.isTextual()) {
            throw ApiException.invalid(field + " must be a string", Map.of("field", field));
        }
        return value.textValue();
    }

    /** Absent → absent; a boolean → set. Null is refused: these fields cannot be cleared. */
    public Patch<Boolean> bool(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Patch.absent();
        }
        if (!value.isBoolean()) {
            throw ApiException.invalid(field + " must be a boolean value", Map.of("field", field));
        }
        return Patch.of(value.booleanValue());
    }

    /** Absent → absent; null → set to null; an integer 0..2^31-1 → set. */
    public Patch<Integer> nonNegativeIntOrNull(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Patch.absent();
        }
        if (value.isNull()) {
            return Patch.of(null);
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw ApiException.invalid(field + " must be an integer between 0 and 2147483647 or null",
                    Map.of("field", field));
        }
        return Patch.of(value.intValue());
    }

    /** Absent → absent; null → set to null; a uuid string → set. */
    public Patch<UUID> uuid(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Patch.absent();
        }
        if (value.isNull()) {
            return Patch.of(null);
        }
        return Patch.of(uuid(field, value));
    }

    public UUID requiredUuid(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw ApiException.invalid(field + " is required", Map.of("field", field));
        }
        return uuid(field, value);
    }

    private static UUID uuid(String field, JsonNode value) {
        if (!value.isTextual()) {
            throw ApiException.invalid(field + " must be a uuid string", Map.of("field", field));
        }
        return Uuids.parse(value.textValue()).orElseThrow(() ->
                ApiException.invalid(field + " must be a uuid string", Map.of("field", field)));
    }

    /** Absent → absent; null → set to null; an array of uuid strings → set (order kept). */
    public Patch<List<UUID>> uuidArray(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Patch.absent();
        }
        if (value.isNull()) {
            return Patch.of(null);
        }
        if (!value.isArray()) {
            throw ApiException.invalid(field + " must be an array of uuid strings", Map.of("field", field));
        }
        List<UUID> ids = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            UUID id = item.isTextual() ? Uuids.parse(item.textValue()).orElse(null) : null;
            if (id == null) {
                throw ApiException.invalid(field + "[" + i + "] is not a valid uuid",
                        Map.of("field", field, "index", i));
            }
            ids.add(id);
        }
        return Patch.of(ids);
    }
}
