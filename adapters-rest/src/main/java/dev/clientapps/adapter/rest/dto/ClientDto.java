package dev.clientapps.adapter.rest.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.clientapps.domain.client.Client;

@JsonPropertyOrder({"id", "name", "createdAt", "updatedAt"})
public record ClientDto(String id, String name, String createdAt, String updatedAt) {

    public static ClientDto of(Client client) {
        return new ClientDto(client.id().toString(), client.name(),
                Json.timestamp(client.createdAt()), Json.timestamp(client.updatedAt()));
    }
}
