package dev.clientapps.domain.app;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a bulk change. {@code succeeded} and {@code notFound} keep request order;
 * {@code changes} holds, for the part of {@code succeeded} whose state really moved, what moved
 * (in request order too).
 */
public record BulkOutcome(List<AppId> succeeded, List<AppId> notFound, Map<AppId, List<FieldChange>> changes) {

    public BulkOutcome {
        succeeded = List.copyOf(succeeded);
        notFound = List.copyOf(notFound);
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** The apps whose state really moved. */
    public List<AppId> changed() {
        return List.copyOf(changes.keySet());
    }
}
