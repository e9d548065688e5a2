package io.vigil.rest.awareness;

import io.vigil.awareness.domain.AwarenessPolicy;
import java.util.List;

/** The office's awareness settings; version 0 is the standard one (90/60/30/7 days, 7 days), not yet set. */
public record AwarenessPolicyResource(String office, long version, List<Integer> warningDays, int onArrivalDays) {

    public static AwarenessPolicyResource from(AwarenessPolicy p) {
        return new AwarenessPolicyResource(p.office().value(), p.version(), p.warningDays(), p.onArrivalDays());
    }
}
