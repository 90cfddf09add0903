package dev.clientapps.domain.audit;

import java.util.Objects;

/** Who asked for a change (the token's subject) and in which request, as the audit trail records it. */
public record Origin(String actor, String requestId) {

    public Origin {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(requestId, "requestId");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("an actor has a name");
        }
    }
}
