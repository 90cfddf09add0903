package dev.clientapps.domain.shared;

import java.util.Map;

/**
 * The caller made a change conditional on the resource being as they last saw it, and it no
 * longer is (optimistic concurrency): nothing was changed.
 */
public final class PreconditionFailed extends DomainException {

    public PreconditionFailed(String message) {
        super(message);
    }

    @Override
    public Kind kind() {
        return Kind.PRECONDITION_FAILED;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of();
    }
}
