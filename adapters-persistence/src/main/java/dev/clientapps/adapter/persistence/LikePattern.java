package dev.clientapps.adapter.persistence;

/** Turns user text into a LIKE operand that matches it literally: %, _ and \ lose their meaning. */
final class LikePattern {

    private LikePattern() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
