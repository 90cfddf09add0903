package dev.clientapps.adapter.persistence;

import dev.clientapps.domain.client.Client;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.port.LoadClientPort;
import dev.clientapps.domain.port.SaveClientPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

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

    /**
     * Every client-scoped request checks that its client exists before anything else (CONTRACT §7),
     * a statement of its own in front of a one-statement read. No endpoint deletes a client, so a
     * client seen to exist keeps existing: that answer is remembered for {@link #EXISTS_FOR_NANOS}
     * (bounding what a client removed by hand in SQL could see); "does not exist" is never
     * remembered, so a client created on another instance is found at once.
     */
    static final long EXISTS_FOR_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final int EXISTS_MAX_ENTRIES = 10_000;
    private final Map<UUID, Long> existsUntil = new ConcurrentHashMap<>();

    @Override
    public boolean clientExists(ClientId id) {
        long now = System.nanoTime();
        Long until = existsUntil.get(id.value());
        if (until != null && now - until < 0) {
            return true;
        }
        boolean exists = !sql.query("select 1 from client where id = ?", List.of(id.value()), rs -> 1).isEmpty();
        if (exists) {
            if (existsUntil.size() >= EXISTS_MAX_ENTRIES) {
                existsUntil.clear();
            }
            existsUntil.put(id.value(), now + EXISTS_FOR_NANOS);
        } else {
            existsUntil.remove(id.value());
        }
        return exists;
    }

    /** Insert-or-nothing in one statement, so two concurrent registrations of one id cannot both win. */
    @Override
    public boolean insertClient(Client client) {
        return sql.update("insert into client (id, name, created_at, updated_at) values (?, ?, ?, ?) "
                        + "on conflict (id) do nothing",
                List.of(client.id().value(), client.name(), client.createdAt(), client.updatedAt())) == 1;
    }
}
