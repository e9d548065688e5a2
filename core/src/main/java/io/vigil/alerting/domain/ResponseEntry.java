package io.vigil.alerting.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/** One thing done about an emergency request: when, by whom, what. */
public record ResponseEntry(Instant at, String by, String action) {
    public ResponseEntry {
        Require.nonNull(at, "at");
        by = Require.text(by, "by", 200);
        action = Require.text(action, "action", 2000);
    }
}
