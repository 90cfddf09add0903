package dev.clientapps.domain.shared;

/** Rules shared by the model's free-text fields. */
public final class Text {

    private Text() {
    }

    /** A required, trimmed, non-blank text of at most {@code max} characters. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, field + " is required and must not be blank");
        }
        return bounded(field, value.strip(), max);
    }

    /** An optional text: null stays null; otherwise at most {@code max} characters. */
    public static String optional(String field, String value, int max) {
        return value == null ? null : bounded(field, value, max);
    }

    private static String bounded(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidValue(field, field + " must be at most " + max + " characters");
        }
        return value;
    }
}
