package dev.clientapps.adapter.rest.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Strong entity tags (RFC 9110 §8.8.3) for JSON representations: a digest of the exact bytes sent,
 * so the tag changes exactly when the representation does, on every instance alike.
 */
public final class ETags {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    /** Cloned for each tag: cheaper than looking the algorithm up among the security providers every time. */
    private static final MessageDigest SHA_256 = sha256();

    private ETags() {
    }

    /** The quoted strong tag of {@code representation}. */
    public static String of(byte[] representation) {
        byte[] digest = newDigest().digest(representation);
        return "\"" + ENCODER.encodeToString(Arrays.copyOf(digest, 18)) + "\"";
    }

    private static MessageDigest newDigest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** If-None-Match: true when the header names {@code current} (weak comparison) or is "*". */
    public static boolean noneMatchHits(String ifNoneMatch, String current) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : tags(ifNoneMatch)) {
            if (tag.equals("*") || opaque(tag).equals(opaque(current))) {
                return true;
            }
        }
        return false;
    }

    /** If-Match: true when the header names {@code current} (strong comparison: weak tags never match) or is "*". */
    public static boolean matchHolds(String ifMatch, String current) {
        for (String tag : tags(ifMatch)) {
            if (tag.equals("*") || tag.equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** The comma-separated tags of a header; text that is not a tag list yields no tags (so it matches nothing). */
    private static List<String> tags(String header) {
        List<String> tags = new ArrayList<>();
        String rest = header.trim();
        if (rest.equals("*")) {
            return List.of("*");
        }
        while (!rest.isEmpty()) {
            int start = rest.startsWith("W/") ? 2 : 0;
            if (rest.length() <= start || rest.charAt(start) != '"') {
                return List.of();
            }
            int end = rest.indexOf('"', start + 1);
            if (end < 0) {
                return List.of();
            }
            tags.add(rest.substring(0, end + 1));
            rest = rest.substring(end + 1).trim();
            if (rest.startsWith(",")) {
                rest = rest.substring(1).trim();
            } else if (!rest.isEmpty()) {
                return List.of();
            }
        }
        return tags;
    }
}
