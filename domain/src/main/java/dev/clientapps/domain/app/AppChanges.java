package dev.clientapps.domain.app;

import dev.clientapps.domain.shared.InvalidValue;
import dev.clientapps.domain.shared.Patch;
import java.util.Objects;

/**
 * A partial update of an app's client-owned fields. The flags may be absent or set, never set to
 * null; the license count may also be set to null, which clears it.
 */
public record AppChanges(Patch<Boolean> favorite, Patch<Boolean> approved, Patch<LicenseCount> licenseCount) {

    public static final AppChanges NONE = new AppChanges(Patch.absent(), Patch.absent(), Patch.absent());

    public AppChanges {
        Objects.requireNonNull(favorite, "favorite");
        Objects.requireNonNull(approved, "approved");
        Objects.requireNonNull(licenseCount, "licenseCount");
        requireNotNull(favorite, AppFlag.FAVORITE);
        requireNotNull(approved, AppFlag.APPROVED);
    }

    private static void requireNotNull(Patch<Boolean> flag, AppFlag which) {
        if (flag.isPresent() && flag.applyTo(null) == null) {
            throw new InvalidValue(which.field(), which.field() + " must be a boolean value");
        }
    }
}
