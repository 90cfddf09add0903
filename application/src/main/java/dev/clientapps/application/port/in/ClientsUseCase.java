package dev.clientapps.application.port.in;

import dev.clientapps.domain.client.Client;
import dev.clientapps.domain.client.ClientId;

/** Registering and looking up client organizations. */
public interface ClientsUseCase {

    /** Registers a client; {@code command.id()} may be null for a generated id. */
    Client register(RegisterClientCommand command);

    /** The client, or {@code NotFound} for the client. */
    Client get(ClientId id);

    boolean exists(ClientId id);
}
