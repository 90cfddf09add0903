package dev.clientapps.adapter.rest.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientapps.adapter.rest.error.ApiException;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;

/**
 * Reads a request body as a JSON object, strictly: JSON content types only (415 otherwise), no
 * empty body, no malformed JSON, no duplicate keys, no top-level value other than an object.
 * Bodies are parsed here, inside the resource method, so authorization always answers first.
 */
public final class JsonBody {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBody() {
    }

    public static JsonFields object(String contentType, byte[] body) {
        requireJson(contentType);
        if (body == null || body.length == 0) {
            throw ApiException.invalid("Request body must be a JSON object");
        }
        JsonNode node;
        try {
            node = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("Request body is not valid JSON" + where(e));
        } catch (IOException e) {
            throw ApiException.invalid("Request body could not be read");
        }
        if (node == null || node.isMissingNode()) {
            throw ApiException.invalid("Request body must be a JSON object");
        }
        if (!node.isObject()) {
            throw ApiException.invalid("Request body must be a JSON object");
        }
        refuseNul(node);
        return new JsonFields((ObjectNode) node);
    }

    /** PostgreSQL cannot store U+0000 in text: refuse it anywhere in a body, names included. */
    private static void refuseNul(JsonNode node) {
        if (node.isTextual() && node.textValue().indexOf('\u0000') >= 0) {
            throw ApiException.invalid("Text in the request body must not contain NUL characters (\\u0000)");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (name.indexOf('\u0000') >= 0) {
                throw ApiException.invalid("Field names must not contain NUL characters (\\u0000)");
            }
        });
        node.elements().forEachRemaining(JsonBody::refuseNul);
    }

    private static String where(JsonProcessingException e) {
        if (e.getLocation() == null) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static void requireJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw ApiException.unsupportedMediaType("Content-Type must be application/json");
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw ApiException.unsupportedMediaType("Content-Type must be application/json");
        }
        boolean json = "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
        if (!json) {
            throw ApiException.unsupportedMediaType("Content-Type must be application/json");
        }
    }
}
