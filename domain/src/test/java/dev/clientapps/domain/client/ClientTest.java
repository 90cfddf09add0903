package dev.clientapps.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.domain.shared.InvalidValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientTest {

    private static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void blankNameIsRefused(String name) {
        assertRefused(name);
    }

    @Test
    void nameIsStripped() {
        assertThat(register("  Acme Corp ").name()).isEqualTo("Acme Corp");
    }

    @Test
    void nameOfUpTo200CharactersIsAcceptedAndLongerIsRefused() {
        assertThat(register("n".repeat(Client.NAME_MAX)).name()).hasSize(Client.NAME_MAX);
        assertRefused("n".repeat(Client.NAME_MAX + 1));
    }

    @Test
    void registerStampsBothTimestampsWithNow() {
        ClientId id = ClientId.random();

        Client client = Client.register(id, "Acme", NOW);

        assertThat(client.id()).isEqualTo(id);
        assertThat(client.createdAt()).isEqualTo(NOW);
        assertThat(client.updatedAt()).isEqualTo(NOW);
    }

    private static Client register(String name) {
        return Client.register(ClientId.random(), name, NOW);
    }

    private static void assertRefused(String name) {
        assertThatThrownBy(() -> register(name))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("name"));
    }
}
