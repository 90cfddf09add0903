package dev.clientapps.domain.shared;

import java.util.Optional;
import java.util.UUID;

/** Strict UUID parsing: only the canonical 8-4-4-4-12 hex form, any letter case. */
public final class Uuids {

    private static final int LENGTH = 36;

    private Uuids() {
    }

    public static Optional<UUID> parse(String text) {
        if (text == null || !canonical(text)) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }

    /** Hyphens at 8, 13, 18 and 23, ASCII hex digits everywhere else (checked by hand: every request parses a few ids). */
    private static boolean canonical(String text) {
        if (text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-'
                    : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
