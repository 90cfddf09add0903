package dev.clientapps.domain.listing;

/** What a list is ordered by. Ties are always broken by id, so the order is total. */
public enum SortField {
    CANONICAL_NAME("canonical_name"),
    CREATED_AT("created_at"),
    UPDATED_AT("updated_at");

    private final String apiName;

    SortField(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
