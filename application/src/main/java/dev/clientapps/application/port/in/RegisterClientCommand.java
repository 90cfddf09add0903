package dev.clientapps.application.port.in;

import dev.clientapps.domain.client.ClientId;

/** Register a client under {@code id}, or under a new id when {@code id} is null. */
public record RegisterClientCommand(ClientId id, String name) {
}
