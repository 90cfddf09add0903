package dev.clientapps.application.service;

import dev.clientapps.domain.client.Client;
import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.port.LoadClientPort;
import dev.clientapps.domain.port.SaveClientPort;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Clients in a map; an insert under a taken id writes nothing, like the real store. */
final class InMemoryClients implements LoadClientPort, SaveClientPort {

    private final Map<ClientId, Client> clients = new HashMap<>();

    @Override
    public Optional<Client> loadClient(ClientId id) {
        return Optional.ofNullable(clients.get(id));
    }

    @Override
    public boolean clientExists(ClientId id) {
        return clients.containsKey(id);
    }

    @Override
    public boolean insertClient(Client client) {
        return clients.putIfAbsent(client.id(), client) == null;
    }
}
