package dev.clientapps.adapter.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** The contract's error envelope: {"error": {"code", "message", "details"?}}. */
public record ErrorBody(Detail error) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"code", "message", "details"})
    public record Detail(String code, String message, Map<String, Object> details) {
    }

    public static ErrorBody of(String code, String message, Map<String, Object> details) {
        return new ErrorBody(new Detail(code, message, details == null || details.isEmpty() ? null : details));
    }
}
