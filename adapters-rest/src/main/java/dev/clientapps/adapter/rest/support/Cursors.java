package dev.clientapps.adapter.rest.support;

import dev.clientapps.adapter.rest.error.ApiException;
import dev.clientapps.domain.listing.Position;
import dev.clientapps.domain.shared.Uuids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * Opaque keyset cursors. A cursor carries the position after which the next page starts and a
 * seal: a digest over that position and the canonical form of the filters and sort it was
 * issued for. A cursor that was altered, or is replayed under other filters or another sort,
 * fails the seal and is refused. The seal needs no secret and no per-instance state, so any
 * instance accepts any instance's cursors; it protects integrity, not secrecy, and a forged
 * cursor could only move within the caller's own, already authorized, list.
 */
public final class Cursors {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String VERSION = "1";
    private static final int SEAL_BYTES = 16;
    private static final int MAX_LENGTH = 4096;

    private Cursors() {
    }

    /** {@code scope} is the canonical text of the filters and sort the cursor belongs to. */
    public static String encode(Position position, String scope) {
        byte[] payload = (VERSION + "|" + position.id() + "|" + position.key()).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(seal(payload, scope));
    }

    /** The position in {@code cursor}, or 400 when it is malformed, altered or issued for another scope. */
    public static Position decode(String cursor, String scope) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        int dot = cursor.indexOf('.');
        if (dot <= 0 || dot != cursor.lastIndexOf('.')) {
            throw invalid();
        }
        byte[] payload = canonicalBase64(cursor.substring(0, dot));
        byte[] seal = canonicalBase64(cursor.substring(dot + 1));
        if (!MessageDigest.isEqual(seal, seal(payload, scope))) {
            throw invalid();
        }
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw invalid();
        }
        UUID id = Uuids.parse(parts[1]).orElseThrow(Cursors::invalid);
        return new Position(parts[2], id);
    }

    /** Decodes base64url, refusing any text that is not exactly how the bytes encode (so no character can be altered unnoticed). */
    private static byte[] canonicalBase64(String text) {
        byte[] bytes;
        try {
            bytes = DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!ENCODER.encodeToString(bytes).equals(text)) {
            throw invalid();
        }
        return bytes;
    }

    private static byte[] seal(byte[] payload, String scope) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("client-apps-cursor".getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(scope.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(payload);
            return Arrays.copyOf(digest.digest(), SEAL_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid(
                "cursor is invalid, or was issued for other filters or another sort; start again without a cursor",
                Map.of("parameter", "cursor"));
    }
}
