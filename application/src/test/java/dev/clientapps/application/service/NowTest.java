package dev.clientapps.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NowTest {

    @Test
    void nowIsTheClocksInstantTruncatedToMilliseconds() {
        assertThat(new Now(new TestClock()).instant()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123Z"));
    }
}
