package dev.clientapps.domain.port;

import dev.clientapps.domain.client.Client;

/** Stores new clients. */
public interface SaveClientPort {

    /** Stores {@code client}; false when a client with its id already exists (nothing is written then). */
    boolean insertClient(Client client);
}
