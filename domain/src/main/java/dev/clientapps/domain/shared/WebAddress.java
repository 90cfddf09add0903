package dev.clientapps.domain.shared;

import java.net.URI;
import java.net.URISyntaxException;

/** Rule for fields that hold a web address (vendor url, logo): absolute http or https. */
public final class WebAddress {

    public static final int MAX = 2048;

    private WebAddress() {
    }

    public static String optional(String field, String value) {
        if (value == null) {
            return null;
        }
        Text.optional(field, value, MAX);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidValue(field, field + " must be an absolute http or https URL");
    }
}
