package dev.clientapps.domain.audit;

import dev.clientapps.domain.app.AppFlag;
import dev.clientapps.domain.app.FieldChange;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What happened to an app. A change of exactly one flag is named after that flag (whether it came
 * from a bulk request or a PATCH), so "who approved this app" is one filter; any other change of
 * an app's own fields is {@link #UPDATED}.
 */
public enum AuditAction {
    ADDED("app.added"),
    REMOVED("app.removed"),
    UPDATED("app.updated"),
    FAVORITED("app.favorited"),
    UNFAVORITED("app.unfavorited"),
    APPROVED("app.approved"),
    REJECTED("app.rejected");

    private final String apiName;

    AuditAction(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<AuditAction> byApiName(String name) {
        return Arrays.stream(values()).filter(action -> action.apiName.equals(name)).findFirst();
    }

    /** The action that {@code changes} (non-empty) to an existing app's own fields amount to. */
    public static AuditAction ofChanges(List<FieldChange> changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a change that changes nothing is not an event");
        }
        if (changes.size() == 1) {
            FieldChange only = changes.get(0);
            boolean on = Boolean.TRUE.equals(only.to());
            if (only.field().equals(AppFlag.FAVORITE.field())) {
                return on ? FAVORITED : UNFAVORITED;
            }
            if (only.field().equals(AppFlag.APPROVED.field())) {
                return on ? APPROVED : REJECTED;
            }
        }
        return UPDATED;
    }
}
