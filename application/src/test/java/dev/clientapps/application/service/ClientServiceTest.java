package dev.clientapps.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clientapps.application.port.in.RegisterClientCommand;
import dev.clientapps.domain.client.Client;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.shared.AlreadyExists;
import dev.clientapps.domain.shared.DomainException;
import dev.clientapps.domain.shared.NotFound;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientServiceTest {

    private final TestClock clock = new TestClock();
    private final InMemoryClients clients = new InMemoryClients();
    private final ClientService service = new ClientService(clients, clients, new Now(clock));

    @Test
    void registerStoresTheClientUnderTheGivenIdStampedWithNow() {
        ClientId id = ClientId.random();

        Client client = service.register(new RegisterClientCommand(id, " Acme "));

        assertThat(client.id()).isEqualTo(id);
        assertThat(client.name()).isEqualTo("Acme");
        assertThat(client.createdAt()).isEqualTo(clock.now());
        assertThat(service.get(id)).isEqualTo(client);
        assertThat(service.exists(id)).isTrue();
    }

    @Test
    void registerWithoutAnIdGeneratesOne() {
        Client client = service.register(new RegisterClientCommand(null, "Acme"));

        assertThat(client.id()).isNotNull();
        assertThat(service.get(client.id())).isEqualTo(client);
    }

    @Test
    void registeringTheSameIdTwiceIsAlreadyExistsAndKeepsTheFirstClient() {
        ClientId id = ClientId.random();
        Client first = service.register(new RegisterClientCommand(id, "Acme"));

        assertThatThrownBy(() -> service.register(new RegisterClientCommand(id, "Globex")))
                .isInstanceOfSatisfying(AlreadyExists.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.details()).isEqualTo(Map.of("client_id", id.toString()));
                });
        assertThat(service.get(id)).isEqualTo(first);
    }

    @Test
    void getOfAnUnknownClientIsNotFound() {
        ClientId unknown = ClientId.random();

        assertThatThrownBy(() -> service.get(unknown))
                .isInstanceOf(NotFound.class)
                .hasMessage("Client not found");
        assertThat(service.exists(unknown)).isFalse();
    }
}
