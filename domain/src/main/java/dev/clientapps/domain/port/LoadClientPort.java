package dev.clientapps.domain.port;

import dev.clientapps.domain.client.Client;
import dev.clientapps.domain.client.ClientId;
import java.util.Optional;

/** Reads clients (tenants). */
public interface LoadClientPort {

    Optional<Client> loadClient(ClientId id);

    boolean clientExists(ClientId id);
}
