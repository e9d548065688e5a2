package io.vigil.documents.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One restricted or high-risk area as the restricted-areas list shows it, in plain values from the risk context. */
public record ListedArea(String name, List<String> rules, String reason, Instant validFrom,
                         Optional<Instant> validTo) {
    public ListedArea {
        name = Require.text(name, "name");
        rules = List.copyOf(rules);
        reason = reason == null ? "" : reason.strip();
        Require.nonNull(validFrom, "validFrom");
        Require.nonNull(validTo, "validTo");
    }
}
