package dev.clientapps.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeOrderedUuidsTest {

    private static final long MILLIS = Instant.parse("2026-12-01T15:30:00.123Z").toEpochMilli();

    /** A source whose every bit is {@code bits}: the random part cannot hide a wrong mask. */
    private static Random constant(long bits) {
        return new Random() {
            @Override
            public long nextLong() {
                return bits;
            }
        };
    }

    @Test
    void theFirst48BitsAreTheMillisecondAndTheRestIsVersion7Variant2() {
        for (long bits : List.of(0L, -1L)) {
            UUID id = TimeOrderedUuids.at(MILLIS, constant(bits));
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(MILLIS);
            assertThat(id.toString()).startsWith(String.format("%08x-%04x-7", MILLIS >>> 16, MILLIS & 0xffff));
        }
        assertThat(TimeOrderedUuids.at(MILLIS, constant(-1L))).hasToString(
                String.format("%08x-%04x-7fff-bfff-ffffffffffff", MILLIS >>> 16, MILLIS & 0xffff));
    }

    @Test
    void anIdOfALaterMillisecondSortsAfterEveryIdOfAnEarlierOneAsTextAndAsBytes() {
        // PostgreSQL orders uuids byte by byte, which is the order of their canonical lower-case text
        UUID latestOfEarlier = TimeOrderedUuids.at(MILLIS, constant(-1L));
        UUID firstOfLater = TimeOrderedUuids.at(MILLIS + 1, constant(0L));
        assertThat(firstOfLater.toString()).isGreaterThan(latestOfEarlier.toString());
        assertThat(TimeOrderedUuids.at(1L << 40, constant(0L)).toString())
                .isGreaterThan(TimeOrderedUuids.at((1L << 40) - 1, constant(-1L)).toString());
    }

    @Test
    void idsOfTheSameMillisecondDiffer() {
        Set<UUID> ids = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> ids.add(TimeOrderedUuids.at(MILLIS)));
        assertThat(ids).hasSize(10_000).allSatisfy(id -> assertThat(id.getMostSignificantBits() >>> 16)
                .isEqualTo(MILLIS));
    }

    @Test
    void aTimeOutside48BitsIsRefused() {
        assertThatThrownBy(() -> TimeOrderedUuids.at(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeOrderedUuids.at(1L << 48)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TimeOrderedUuids.at((1L << 48) - 1).toString()).startsWith("ffffffff-ffff-7");
    }
}
