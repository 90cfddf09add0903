package dev.clientapps.domain.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.domain.shared.InvalidValue;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, PageRequest.MAX_SIZE + 1})
    void sizeOutsideOneToMaxIsRefusedNamingPageSize(int size) {
        assertThatThrownBy(() -> PageRequest.first(size))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("page_size"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, PageRequest.DEFAULT_SIZE, PageRequest.MAX_SIZE})
    void sizeFromOneToMaxIsAccepted(int size) {
        assertThat(PageRequest.first(size).size()).isEqualTo(size);
    }

    @Test
    void firstStartsAtTheBeginningAndALaterPageAfterAPosition() {
        Position last = new Position("slack", UUID.randomUUID());

        assertThat(PageRequest.first(10).after()).isNull();
        assertThat(new PageRequest(10, last).after()).isEqualTo(last);
    }
}
