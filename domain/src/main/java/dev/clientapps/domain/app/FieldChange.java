package dev.clientapps.domain.app;

/** One client-owned field that really changed, with its value before and after (either may be null). */
public record FieldChange(String field, Object from, Object to) {
}
