package dev.clientapps.domain.shared;

import java.util.Map;
import java.util.UUID;

/** A request refers, by id, to something that does not exist (a vendor, a category, a catalog app). */
public final class UnknownReference extends DomainException {

    private final String field;
    private final UUID id;

    public UnknownReference(String field, String what, UUID id) {
        super("Unknown " + what + ": " + id);
        this.field = field;
        this.id = id;
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("field", field, "value", id.toString());
    }
}
