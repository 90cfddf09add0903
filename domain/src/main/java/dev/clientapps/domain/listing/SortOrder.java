package dev.clientapps.domain.listing;

/** Direction of a list; descending reverses the whole order, id tie-break included. */
public enum SortOrder {
    ASC("asc"),
    DESC("desc");

    private final String apiName;

    SortOrder(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
