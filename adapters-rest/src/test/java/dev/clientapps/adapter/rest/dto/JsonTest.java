package dev.clientapps.adapter.rest.dto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final DateTimeFormatter REFERENCE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void writesUtcWithExactlyThreeFractionDigits() {
        assertThat(Json.timestamp(Instant.parse("2026-01-31T08:05:09.120Z"))).isEqualTo("2026-01-31T08:05:09.120Z");
        assertThat(Json.timestamp(Instant.parse("1970-01-01T00:00:00Z"))).isEqualTo("1970-01-01T00:00:00.000Z");
        assertThat(Json.timestamp(Instant.parse("2024-02-29T23:59:59.999999999Z"))).isEqualTo("2024-02-29T23:59:59.999Z");
        assertThat(Json.timestamp(Instant.parse("0001-01-01T00:00:00.001Z"))).isEqualTo("0001-01-01T00:00:00.001Z");
    }

    @Test
    void agreesWithTheFormatterOverTheWholeRangeAndBeyond() {
        Random random = new Random(20261201L);
        long min = Instant.parse("-20000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("+20000-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(min + (long) (random.nextDouble() * (max - min)),
                    random.nextInt(1_000_000_000));
            assertThat(Json.timestamp(instant)).as("%s", instant).isEqualTo(REFERENCE.format(instant));
        }
    }
}
