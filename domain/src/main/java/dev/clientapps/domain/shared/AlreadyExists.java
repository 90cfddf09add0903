package dev.clientapps.domain.shared;

import java.util.Map;
import java.util.UUID;

/** Something with the same identity already exists. */
public final class AlreadyExists extends DomainException {

    private final String idField;
    private final UUID id;

    private AlreadyExists(String message, String idField, UUID id) {
        super(message);
        this.idField = idField;
        this.id = id;
    }

    public static AlreadyExists client(UUID id) {
        return new AlreadyExists("A client with this id already exists", "client_id", id);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(idField, id.toString());
    }
}
