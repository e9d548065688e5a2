package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A security system or piece of equipment at a facility, with its procurement record, how often
 * it is maintained and tested, and the results so far (oldest first).
 */
public record SecurityAsset(String tag, AssetKind kind, String description, Procurement procurement,
                            int maintenanceEveryDays, int testEveryDays, List<CheckResult> checks) {
    public SecurityAsset {
        tag = Require.text(tag, "tag", 60);
        Require.nonNull(kind, "kind");
        description = Require.text(description, "description", 500);
        Require.nonNull(procurement, "procurement");
        Require.that(maintenanceEveryDays >= 1 && maintenanceEveryDays <= 3650,
                "maintenanceEveryDays", "must be between 1 and 3650, was " + maintenanceEveryDays);
        Require.that(testEveryDays >= 1 && testEveryDays <= 3650,
                "testEveryDays", "must be between 1 and 3650, was " + testEveryDays);
        checks = Require.nonNull(checks, "checks").stream().sorted(Comparator.comparing(CheckResult::at)).toList();
    }

    /** The latest check of that kind, if any. */
    public Optional<CheckResult> last(CheckKind kind) {
        return checks.stream().filter(c -> c.kind() == kind).reduce((a, b) -> b);
    }

    /** When the next check of that kind is due: the interval after the last one, or after purchase. */
    public Instant nextDue(CheckKind kind) {
        Instant from = last(kind).map(CheckResult::at).orElse(procurement.purchased());
        return from.plus(Duration.ofDays(kind == CheckKind.TEST ? testEveryDays : maintenanceEveryDays));
    }

    /** The asset with one more result. */
    public SecurityAsset with(CheckResult result) {
        List<CheckResult> more = new ArrayList<>(checks);
        more.add(result);
        return new SecurityAsset(tag, kind, description, procurement, maintenanceEveryDays, testEveryDays, more);
    }
}
