package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.time.LocalDate;
import java.util.Optional;

/** A phase of a premises project (design, works, handover, ...) with its dates and the officer's latest advice on it. */
public record ProjectPhase(String name, LocalDate start, LocalDate end, Optional<PhaseAdvice> advice) {
    public ProjectPhase {
        name = Require.text(name, "name", 100);
        Require.nonNull(start, "start");
        Require.nonNull(end, "end");
        Require.that(!end.isBefore(start), "end", "must not be before start");
        Require.nonNull(advice, "advice");
    }

    /** The phase with the advice. */
    public ProjectPhase advised(PhaseAdvice given) {
        return new ProjectPhase(name, start, end, Optional.of(given));
    }
}
