package dev.clientapps.domain.app;

import dev.clientapps.domain.shared.InvalidValue;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The apps a bulk operation names: 1 to {@value #MAX} ids, duplicates collapsed to their first
 * occurrence, request order kept.
 */
public record AppSelection(List<AppId> ids) {

    public static final int MAX = 1000;

    public AppSelection {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidValue("app_ids", "app_ids must be a non-empty array of app ids");
        }
        if (ids.size() > MAX) {
            throw new InvalidValue("app_ids", "app_ids must not contain more than " + MAX + " ids");
        }
        ids = List.copyOf(new LinkedHashSet<>(ids));
    }
}
