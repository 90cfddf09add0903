package dev.clientapps.domain.shared;

import java.util.Map;

/**
 * A business rejection. Every rejection the model or a use case can produce is one of the
 * permitted subtypes; adapters map the {@link Kind} to their own protocol.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, InvalidValue, UnknownReference, AlreadyExists, PreconditionFailed {

    /** What kind of rejection this is, independent of any protocol. */
    public enum Kind { NOT_FOUND, INVALID, CONFLICT, PRECONDITION_FAILED }

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    public abstract Kind kind();

    /** Machine-readable facts about the rejection (field names, ids), safe to show the caller. */
    public abstract Map<String, Object> details();
}
