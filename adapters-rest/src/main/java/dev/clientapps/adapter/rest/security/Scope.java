package dev.clientapps.adapter.rest.security;

/** The scopes a token's {@code scope} claim may grant (CONTRACT §7). None implies another. */
public enum Scope {
    /** Any valid token, whatever its scopes (catalog reads). */
    AUTHENTICATED(null),
    APPS_READ("apps:read"),
    APPS_WRITE("apps:write"),
    INVENTORY_WRITE("inventory:write"),
    CLIENTS_WRITE("clients:write"),
    AUDIT_READ("audit:read"),
    CATALOG_WRITE("catalog:write");

    private final String claimValue;

    Scope(String claimValue) {
        this.claimValue = claimValue;
    }

    /** The scope's name in the token, null for {@link #AUTHENTICATED}. */
    public String claimValue() {
        return claimValue;
    }
}
