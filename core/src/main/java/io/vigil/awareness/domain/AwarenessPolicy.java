package io.vigil.awareness.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.util.Comparator;
import java.util.List;

/**
 * An office's awareness settings, one per office and identified by it: the warnings before a
 * completion lapses (days, e.g. 90, 60, 30 and 7; kept largest first) and the days within which an
 * on-arrival briefing is due after an arrival.
 */
public record AwarenessPolicy(OfficeId id, long version, List<Integer> warningDays, int onArrivalDays)
        implements Versioned<OfficeId, AwarenessPolicy> {
    /** The most warnings. */
    public static final int MAX_WARNINGS = 6;
    /** The longest warning, in days. */
    public static final int MAX_WARNING_DAYS = 365;
    /** The longest time to an on-arrival briefing, in days. */
    public static final int MAX_ON_ARRIVAL_DAYS = 90;

    public AwarenessPolicy {
        Require.nonNull(id, "id");
        Require.that(version >= 0, "version", "must not be negative");
        warningDays = Require.noNulls(warningDays, "warningDays");
        Require.that(!warningDays.isEmpty() && warningDays.size() <= MAX_WARNINGS, "warningDays",
                "must have 1 to " + MAX_WARNINGS + " entries");
        Require.that(warningDays.stream().allMatch(d -> d >= 1 && d <= MAX_WARNING_DAYS), "warningDays",
                "must each be between 1 and " + MAX_WARNING_DAYS);
        Require.that(warningDays.stream().distinct().count() == warningDays.size(), "warningDays",
                "must be distinct");
        warningDays = warningDays.stream().sorted(Comparator.reverseOrder()).toList();
        Require.that(onArrivalDays >= 1 && onArrivalDays <= MAX_ON_ARRIVAL_DAYS, "onArrivalDays",
                "must be between 1 and " + MAX_ON_ARRIVAL_DAYS + ", was " + onArrivalDays);
    }

    /** The defaults, for an office that has set nothing (version 0: not stored): 90/60/30/7 days, 7 days. */
    public static AwarenessPolicy standard(OfficeId office) {
        return new AwarenessPolicy(office, 0, List.of(90, 60, 30, 7), 7);
    }

    @Override
    public OfficeId office() {
        return id;
    }

    @Override
    public AwarenessPolicy withVersion(long newVersion) {
        return new AwarenessPolicy(id, newVersion, warningDays, onArrivalDays);
    }
}
