package io.vigil.guard.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/** A labour-standard violation the officer waived for one certification, by its key, with the reason. */
public record ViolationWaiver(String violation, String reason, String by, Instant at) {
    public ViolationWaiver {
        violation = Require.text(violation, "waivers.violation", 200);
        reason = Require.text(reason, "waivers.reason", 1000);
        by = Require.text(by, "waivers.by", 200);
        Require.nonNull(at, "waivers.at");
    }
}
