package io.vigil.risk.port.in;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A restricted or high-risk area as the published list gives it to other contexts, in plain
 * values: its name, movement rules (names of {@code MovementRule}), reason and validity; no outline.
 */
public record AreaInForce(String name, List<String> rules, String reason, Instant validFrom,
                          Optional<Instant> validTo) {
    public AreaInForce {
        Require.text(name, "name");
        rules = List.copyOf(rules);
        Require.nonNull(reason, "reason");
        Require.nonNull(validFrom, "validFrom");
        Require.nonNull(validTo, "validTo");
    }
}
