package dev.clientapps.adapter.rest.error;

import java.util.Map;

/**
 * An error the REST layer decides on its own (a malformed request, a refused token), carrying
 * everything the envelope needs.
 */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, Object> details;

    public ApiException(int status, String code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static ApiException invalid(String message) {
        return new ApiException(400, "invalid_request", message, null);
    }

    public static ApiException invalid(String message, Map<String, Object> details) {
        return new ApiException(400, "invalid_request", message, details);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message, null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message, null);
    }

    public static ApiException unsupportedMediaType(String message) {
        return new ApiException(415, "unsupported_media_type", message, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
