package dev.clientapps.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PatchTest {

    private static final Function<String, Integer> MUST_NOT_RUN = value -> {
        throw new AssertionError("mapper called with " + value);
    };

    @Test
    void absentLeavesTheCurrentValueAlone() {
        Patch<String> absent = Patch.absent();

        assertThat(absent.isPresent()).isFalse();
        assertThat(absent.applyTo("current")).isEqualTo("current");
        assertThat(absent.applyTo(null)).isNull();
    }

    @Test
    void setToNullIsPresentAndClearsTheValue() {
        Patch<String> cleared = Patch.of(null);

        assertThat(cleared.isPresent()).isTrue();
        assertThat(cleared.applyTo("current")).isNull();
    }

    @Test
    void setToAValueReplacesTheCurrentValue() {
        Patch<String> set = Patch.of("new");

        assertThat(set.isPresent()).isTrue();
        assertThat(set.applyTo("current")).isEqualTo("new");
        assertThat(set.applyTo(null)).isEqualTo("new");
    }

    @Test
    void mapTransformsAPresentValue() {
        assertThat(Patch.of("abc").map(String::length)).isEqualTo(Patch.of(3));
    }

    @Test
    void mapKeepsAbsentAbsentAndNullNullWithoutCallingTheMapper() {
        assertThat(Patch.<String>absent().map(MUST_NOT_RUN)).isEqualTo(Patch.absent());
        assertThat(Patch.<String>of(null).map(MUST_NOT_RUN)).isEqualTo(Patch.of(null));
    }

    @Test
    void absentAndSetToNullAreDifferent() {
        assertThat(Patch.<String>of(null)).isNotEqualTo(Patch.absent());
        assertThat(Patch.<String>of(null).toString()).isNotEqualTo(Patch.absent().toString());
    }

    @Test
    void patchesWithEqualStateAreEqualAndHashAlike() {
        assertThat(Patch.of("x")).isEqualTo(Patch.of("x")).hasSameHashCodeAs(Patch.of("x"));
        assertThat(Patch.of(null)).isEqualTo(Patch.of(null)).hasSameHashCodeAs(Patch.of(null));
        assertThat(Patch.of("x")).isNotEqualTo(Patch.of("y"));
        assertThat(Patch.of("x")).isNotEqualTo("x");
    }
}
