package dev.clientapps.domain.app;

/** The client-owned yes/no facts about an app that bulk operations set. */
public enum AppFlag {
    FAVORITE("is_favorite"),
    APPROVED("is_approved");

    private final String field;

    AppFlag(String field) {
        this.field = field;
    }

    /** The field's name as the API shows it. */
    public String field() {
        return field;
    }
}
