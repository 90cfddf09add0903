package dev.clientapps.domain.listing;

import dev.clientapps.domain.client.ClientId;
import java.util.Objects;

/** One page of one client's apps. */
public record AppQuery(ClientId clientId, AppFilter filter, Sort sort, PageRequest page) {

    public AppQuery {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}
