package dev.clientapps.domain.app;

import java.util.List;

/**
 * The result of a bulk change. {@code succeeded} and {@code notFound} keep request order;
 * {@code changed} is the part of {@code succeeded} whose state really moved.
 */
public record BulkOutcome(List<AppId> succeeded, List<AppId> notFound, List<AppId> changed) {

    public BulkOutcome {
        succeeded = List.copyOf(succeeded);
        notFound = List.copyOf(notFound);
        changed = List.copyOf(changed);
    }
}
