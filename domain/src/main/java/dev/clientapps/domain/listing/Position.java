package dev.clientapps.domain.listing;

import java.util.Objects;
import java.util.UUID;

/**
 * A keyset position: the sort key and id of the last item of a page. {@code key} is the value
 * of the sort field as the store reports it (the case-folded name, or the instant in ISO-8601).
 */
public record Position(String key, UUID id) {

    public Position {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
    }
}
