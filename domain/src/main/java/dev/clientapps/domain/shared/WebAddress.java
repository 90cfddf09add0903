package dev.clientapps.domain.shared;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Rule for fields that hold a web address (vendor url, logo): absolute http or https, as
 * {@link URI} parses it (a scheme of http or https, any case, and a server-based host).
 */
public final class WebAddress {

    public static final int MAX = 2048;

    private WebAddress() {
    }

    public static String optional(String field, String value) {
        if (value == null) {
            return null;
        }
        Text.optional(field, value, MAX);
        if (plainHttp(value) || parsesAsHttp(value)) {
            return value;
        }
        throw new InvalidValue(field, field + " must be an absolute http or https URL");
    }

    static boolean parsesAsHttp(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * A shortcut that accepts only addresses {@link #parsesAsHttp} accepts too, in the shape nearly
     * every stored address has: {@code http(s)://} a host name (dot-separated labels of letters,
     * digits and inner hyphens, the last starting with a letter), no user info, port or fragment,
     * then a path and query of unreserved characters, {@code /}, {@code ?}, {@code =} and {@code &}
     * only. Anything else is left to the full parse, so the rule is the same either way; parsing
     * every logo and vendor url read from the store was a visible part of a list page's CPU time.
     */
    static boolean plainHttp(String value) {
        int at = schemeEnd(value);
        if (at < 0) {
            return false;
        }
        int hostEnd = hostNameEnd(value, at);
        if (hostEnd < 0) {
            return false;
        }
        for (int i = hostEnd; i < value.length(); i++) {
            if (!pathOrQueryChar(value.charAt(i))) {
                return false;
            }
        }
        return hostEnd == value.length() || value.charAt(hostEnd) == '/' || value.charAt(hostEnd) == '?';
    }

    /** The index after {@code http://} or {@code https://} (any case), or -1. */
    private static int schemeEnd(String value) {
        if (value.regionMatches(true, 0, "http://", 0, 7)) {
            return 7;
        }
        if (value.regionMatches(true, 0, "https://", 0, 8)) {
            return 8;
        }
        return -1;
    }

    /** The index after a host name starting at {@code start}, or -1 when there is none in the shortcut's shape. */
    private static int hostNameEnd(String value, int start) {
        int i = start;
        int lastLabel = -1;
        while (true) {
            int label = i;
            while (i < value.length() && (letterOrDigit(value.charAt(i)) || value.charAt(i) == '-')) {
                i++;
            }
            if (i == label || value.charAt(label) == '-' || value.charAt(i - 1) == '-') {
                return -1;
            }
            lastLabel = label;
            if (i < value.length() && value.charAt(i) == '.') {
                i++;
                continue;
            }
            break;
        }
        return letter(value.charAt(lastLabel)) ? i : -1;
    }

    private static boolean pathOrQueryChar(char c) {
        return letterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/' || c == '?'
                || c == '=' || c == '&';
    }

    private static boolean letterOrDigit(char c) {
        return letter(c) || (c >= '0' && c <= '9');
    }

    private static boolean letter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
