package dev.clientapps.domain.shared;

import java.util.Map;
import java.util.UUID;

/** A resource the caller asked for does not exist, or is not theirs (which looks the same). */
public final class NotFound extends DomainException {

    private final String idField;
    private final String id;

    private NotFound(String message, String idField, String id) {
        super(message);
        this.idField = idField;
        this.id = id;
    }

    public static NotFound app(String id) {
        return new NotFound("App not found", "app_id", id);
    }

    public static NotFound app(UUID id) {
        return app(id.toString());
    }

    public static NotFound client(String id) {
        return new NotFound("Client not found", "client_id", id);
    }

    public static NotFound catalogApp(String id) {
        return new NotFound("Catalog app not found", "catalog_app_id", id);
    }

    public static NotFound vendor(String id) {
        return new NotFound("Vendor not found", "vendor_id", id);
    }

    public static NotFound category(String id) {
        return new NotFound("Category not found", "category_id", id);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(idField, id);
    }
}
