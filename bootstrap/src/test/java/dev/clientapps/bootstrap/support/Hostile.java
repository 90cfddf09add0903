package dev.clientapps.bootstrap.support;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;

/**
 * Generators of hostile input — JSON values and documents, query values, path segments — built
 * from jqwik's Arbitraries and drawn from one seeded Random, so a failing run is replayed by
 * running again with -Dreliability.seed=SEED.
 */
public final class Hostile {

    /** Values chosen because they broke services before: SQL and LIKE metacharacters, odd numbers, encodings. */
    private static final List<String> NASTY = List.of(
            "", " ", "%", "_", "\\", "%%", "\\%", "%_%", "'", "''", "\"", "' OR '1'='1", "'; DROP TABLE client_app; --",
            "1) or (1=1", "$$", ";", "--", "/*", "*/", "\u0000", "\n", "\r\n", "\t", "null", "NULL", "true", "false",
            "0", "-0", "-1", "1.5", "1e3", "0x10", "01", "+1", "NaN", "Infinity", "2147483648", "-2147483649",
            "9223372036854775808", "99999999999999999999999999999999", "１２", "٣", "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "00000000-0000-0000-0000-000000000000", "g2b3c4d5-e6f7-8901-bcde-f12345678901", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
            "ffffffffffffffffffffffffffffffff", "{ffffffff-ffff-ffff-ffff-ffffffffffff}", "..", "../..", "/", "\u202e",
            "\uD83D\uDE00", "\uFEFF", "\uD800", "é", "Ω≈ç√∫", "<script>alert(1)</script>", "${jndi:ldap://x}", "#{1+1}",
            "2026-01-15T10:00:00Z", "2026-13-45T99:99:99Z", "2026-01-15", "9999999-01-01T00:00:00Z", "canonical_name",
            "asc", "desc", "DESC", "created_at", "updated_at");
    private static final List<String> ODD_NUMBERS_AND_LITERALS = List.of("null", "true", "false", "0", "-0", "1", "-1",
            "5.5", "1e400", "-1e-400", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1E2",
            "0.0000001", "1.0", "-0.0");
    // jqwik's generators for the leaves, sampled outside its engine; the choices between them and the
    // structure around them are made here, with the seeded Random.
    private static final Arbitrary<String> ANY_STRING = Arbitraries.strings().all().ofMaxLength(40);
    private static final Arbitrary<String> METACHARACTERS = Arbitraries.strings().withChars("%_\\'\"*?;()[]{}")
            .ofMinLength(1).ofMaxLength(12);
    private static final Arbitrary<Integer> LONG_RUN = Arbitraries.integers().between(200, 6000);
    private static final Arbitrary<BigInteger> HUGE_INTEGERS = Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30));
    private static final Arbitrary<String> KEYS = Arbitraries.strings().alpha().ofMaxLength(8);

    private final long seed;
    private final Random random;
    private long drawn;

    public Hostile(String purpose) {
        this.seed = Long.getLong("reliability.seed", 20261201L) ^ purpose.hashCode();
        this.random = new Random(seed);
        // jqwik's sampling draws from this thread's source of randomness: seed it too, so a run replays.
        SourceOfRandomness.create(String.valueOf(seed));
        System.out.printf("[reliability] %s: seed %d (replay: -Dreliability.seed=%d)%n", purpose, seed,
                Long.getLong("reliability.seed", 20261201L));
    }

    public long seed() {
        return seed;
    }

    /** How many values this generator has drawn so far. */
    public long drawn() {
        return drawn;
    }

    public Random random() {
        return random;
    }

    public <T> T draw(Arbitrary<T> arbitrary) {
        drawn++;
        return arbitrary.sampleStream().findFirst().orElseThrow();
    }

    public <T> T pick(List<T> values) {
        drawn++;
        return values.get(random.nextInt(values.size()));
    }

    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    // --- text -----------------------------------------------------------------------------------

    /** Any text: nasty values, random unicode (surrogates and control characters included), long runs. */
    public String text() {
        return switch (weighted(5, 3, 1, 1)) {
            case 0 -> pick(NASTY);
            case 1 -> draw(ANY_STRING);
            case 2 -> draw(METACHARACTERS);
            default -> "a".repeat(draw(LONG_RUN));
        };
    }

    /**
     * A query or path value, percent-encoded: mostly well, sometimes into invalid UTF-8 or
     * doubly, now and then with a broken escape (which makes the target no URI at all).
     */
    public String encoded(String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        return switch (random.nextInt(16)) {
            case 0 -> encoded + "%";
            case 1 -> encoded + "%g1";
            case 2, 3 -> "%C3" + encoded;
            case 4, 5, 6 -> encoded.replace("+", "%20");
            case 7, 8 -> encoded.replace("%", "%25");
            default -> encoded;
        };
    }

    // --- JSON -----------------------------------------------------------------------------------

    /** Any JSON value, as text, at most {@code depth} levels deep; sometimes valid, often odd. */
    public String jsonValue(int depth) {
        int kind = weighted(2, 2, 4, 2, 1, depth > 0 ? 1 : 0, depth > 0 ? 1 : 0);
        return switch (kind) {
            case 0 -> pick(ODD_NUMBERS_AND_LITERALS);
            case 1 -> draw(HUGE_INTEGERS).toString();
            case 2 -> quote(pick(NASTY));
            case 3 -> quote(draw(ANY_STRING));
            case 4 -> quote(new UUID(random.nextLong(), random.nextLong()).toString());
            case 5 -> {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    items.add(jsonValue(depth - 1));
                }
                yield "[" + String.join(",", items) + "]";
            }
            default -> {
                List<String> keys = new ArrayList<>();
                List<String> values = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    keys.add(draw(KEYS));
                    values.add(jsonValue(depth - 1));
                }
                yield object(keys, values);
            }
        };
    }

    /** An index in 0..weights.length-1, each with its weight. */
    private int weighted(int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    /** A JSON object over {@code fields} (some of the service's own names), every value hostile. */
    public String jsonObject(List<String> fields) {
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int count = random.nextInt(fields.size() + 2);
        for (int i = 0; i < count; i++) {
            keys.add(chance(85) ? pick(fields) : text());
            values.add(jsonValue(2));
        }
        return object(keys, values);
    }

    /**
     * A body for an endpoint whose valid fields are {@code fields}: a hostile object most of the
     * time, else malformed JSON, another top-level type, duplicate keys, deep nesting, a huge string.
     */
    public byte[] body(List<String> fields) {
        int kind = random.nextInt(100);
        String text;
        if (kind < 55) {
            text = jsonObject(fields);
        } else if (kind < 62) {
            String object = jsonObject(fields);
            text = object.substring(0, random.nextInt(object.length() + 1));
        } else if (kind < 68) {
            text = jsonValue(2);
        } else if (kind < 74) {
            String field = pick(fields);
            text = "{" + quote(field) + ":" + jsonValue(0) + "," + quote(field) + ":" + jsonValue(0) + "}";
        } else if (kind < 77) {
            int depth = 200 + random.nextInt(3000);
            text = "{" + quote(pick(fields)) + ":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        } else if (kind < 80) {
            text = "{" + quote(pick(fields)) + ":" + quote("x".repeat(1000 * 1000)) + "}";
        } else if (kind < 84) {
            byte[] bytes = new byte[1 + random.nextInt(64)];
            random.nextBytes(bytes);
            return bytes;
        } else if (kind < 88) {
            text = pick(List.of("", " ", "{", "}", "[", "{}{}", "{} trailing", "{\"a\":1,}", "{'a':1}",
                    "{a:1}", "{\"a\" 1}", "/* c */ {}", "\uFEFF{}", "{\"\\ud800\":1}", "{\"a\":\"\\u00\"}"));
        } else {
            text = "{" + quote(pick(fields)) + ":" + jsonValue(3) + "}";
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String object(List<String> keys, List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < keys.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(keys.get(i))).append(':').append(values.get(i));
        }
        return out.append('}').toString();
    }
}
