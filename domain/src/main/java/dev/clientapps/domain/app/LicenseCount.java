package dev.clientapps.domain.app;

import dev.clientapps.domain.shared.InvalidValue;

/** How many licenses a client tracks for an app. Never negative. */
public record LicenseCount(int value) {

    public LicenseCount {
        if (value < 0) {
            throw new InvalidValue("license_count", "license_count must be an integer between 0 and 2147483647");
        }
    }
}
