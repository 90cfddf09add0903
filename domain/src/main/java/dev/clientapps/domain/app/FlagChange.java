package dev.clientapps.domain.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A bulk change: set one flag to one value on every selected app. Apps already in that state
 * succeed without changing; apps the client does not hold fail as not found.
 */
public record FlagChange(AppFlag flag, boolean value) {

    public FlagChange {
        Objects.requireNonNull(flag, "flag");
    }

    /** What applying this change to {@code selection} means, given the current states of the apps the client holds. */
    public BulkOutcome decide(AppSelection selection, Map<AppId, AppState> current) {
        List<AppId> succeeded = new ArrayList<>();
        List<AppId> notFound = new ArrayList<>();
        Map<AppId, List<FieldChange>> changes = new LinkedHashMap<>();
        for (AppId id : selection.ids()) {
            AppState state = current.get(id);
            if (state == null) {
                notFound.add(id);
                continue;
            }
            succeeded.add(id);
            List<FieldChange> moved = state.changesTo(state.with(flag, value));
            if (!moved.isEmpty()) {
                changes.put(id, moved);
            }
        }
        return new BulkOutcome(succeeded, notFound, changes);
    }
}
