package dev.clientapps.domain.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The client-owned fields of an app: the only ones a client may change. {@code licenseCount}
 * is null when the client does not track licenses for the app.
 */
public record AppState(boolean favorite, boolean approved, LicenseCount licenseCount) {

    public static final AppState INITIAL = new AppState(false, false, null);

    public boolean flag(AppFlag flag) {
        return switch (flag) {
            case FAVORITE -> favorite;
            case APPROVED -> approved;
        };
    }

    public AppState with(AppFlag flag, boolean value) {
        return switch (flag) {
            case FAVORITE -> new AppState(value, approved, licenseCount);
            case APPROVED -> new AppState(favorite, value, licenseCount);
        };
    }

    public AppState apply(AppChanges changes) {
        return new AppState(
                changes.favorite().applyTo(favorite),
                changes.approved().applyTo(approved),
                changes.licenseCount().applyTo(licenseCount));
    }

    /** Field by field, what differs between this state and {@code after}. Empty when nothing does. */
    public List<FieldChange> changesTo(AppState after) {
        List<FieldChange> changes = new ArrayList<>(3);
        if (favorite != after.favorite) {
            changes.add(new FieldChange(AppFlag.FAVORITE.field(), favorite, after.favorite));
        }
        if (approved != after.approved) {
            changes.add(new FieldChange(AppFlag.APPROVED.field(), approved, after.approved));
        }
        if (!Objects.equals(licenseCount, after.licenseCount)) {
            changes.add(new FieldChange("license_count", count(licenseCount), count(after.licenseCount)));
        }
        return List.copyOf(changes);
    }

    private static Integer count(LicenseCount licenseCount) {
        return licenseCount == null ? null : licenseCount.value();
    }
}
