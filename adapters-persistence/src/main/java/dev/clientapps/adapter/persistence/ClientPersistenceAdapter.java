package dev.clientapps.adapter.persistence;

import dev.clientapps.domain.client.Client;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.port.LoadClientPort;
import dev.clientapps.domain.port.SaveClientPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ClientPersistenceAdapter implements LoadClientPort, SaveClientPort {

    private final Repositories.Clients clients;
    private final Sql sql;

    @Inject
    ClientPersistenceAdapter(Repositories.Clients clients, Sql sql) {
        this.clients = clients;
        this.sql = sql;
    }

    @Override
    public Optional<Client> loadClient(ClientId id) {
        return clients.findByIdOptional(id.value())
                .map(e -> new Client(new ClientId(e.id), e.name, e.createdAt, e.updatedAt));
    }

    @Override
    public boolean clientExists(ClientId id) {
        return !sql.query("select 1 from client where id = ?", List.of(id.value()), rs -> 1).isEmpty();
    }

    /** Insert-or-nothing in one statement, so two concurrent registrations of one id cannot both win. */
    @Override
    public boolean insertClient(Client client) {
        return sql.update("insert into client (id, name, created_at, updated_at) values (?, ?, ?, ?) "
                        + "on conflict (id) do nothing",
                List.of(client.id().value(), client.name(), client.createdAt(), client.updatedAt())) == 1;
    }
}
