package dev.clientapps.domain.shared;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): the first 48 bits are a Unix time in milliseconds, then the version
 * and variant bits around 74 random bits. Ids made in a later millisecond sort after earlier ones,
 * as PostgreSQL compares uuids (byte by byte), so a primary key of such ids grows at its end
 * instead of touching a random page of its index on every insert.
 */
public final class TimeOrderedUuids {

    private static final long MAX_MILLIS = (1L << 48) - 1;
    private static final Random RANDOM = new SecureRandom();

    private TimeOrderedUuids() {
    }

    public static UUID at(long unixMillis) {
        return at(unixMillis, RANDOM);
    }

    static UUID at(long unixMillis, Random random) {
        if (unixMillis < 0 || unixMillis > MAX_MILLIS) {
            throw new IllegalArgumentException("a version 7 uuid holds 0 to 2^48-1 ms, not " + unixMillis);
        }
        long high = unixMillis << 16 | 0x7000L | (random.nextLong() & 0x0fffL);
        long low = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
