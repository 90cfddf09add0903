package dev.clientapps.domain.audit;

import dev.clientapps.domain.client.ClientId;
import dev.clientapps.domain.listing.PageRequest;
import java.util.Objects;

/** One page of one client's audit trail, newest first. */
public record AuditQuery(ClientId clientId, AuditFilter filter, PageRequest page) {

    public AuditQuery {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }
}
