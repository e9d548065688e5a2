package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.List;

/**
 * A security system or piece of equipment a premises project installs: on sign-off it becomes an
 * asset of the facility, bought then, so its maintenance and test schedule starts that day.
 */
public record PlannedAsset(String tag, AssetKind kind, String description, String supplier, String reference,
                           int maintenanceEveryDays, int testEveryDays) {
    public PlannedAsset {
        tag = Require.text(tag, "tag", 60);
        Require.nonNull(kind, "kind");
        description = Require.text(description, "description", 500);
        supplier = Require.text(supplier, "supplier", 200);
        reference = Require.text(reference, "reference", 100);
        Require.that(maintenanceEveryDays >= 1 && maintenanceEveryDays <= 3650, "maintenanceEveryDays",
                "must be between 1 and 3650, was " + maintenanceEveryDays);
        Require.that(testEveryDays >= 1 && testEveryDays <= 3650, "testEveryDays",
                "must be between 1 and 3650, was " + testEveryDays);
    }

    /** The facility's asset it becomes when the project is signed off at {@code at}. */
    public SecurityAsset installedAt(Instant at) {
        return new SecurityAsset(tag, kind, description, new Procurement(supplier, at, reference),
                maintenanceEveryDays, testEveryDays, List.of());
    }
}
