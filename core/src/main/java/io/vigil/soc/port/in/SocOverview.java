package io.vigil.soc.port.in;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.List;

/**
 * The SOC's overview at an instant: one row per office, ordered by office id. {@code complete} is
 * false when the actor may read more offices than one overview covers
 * ({@value io.vigil.kernel.OfficeSelection#MAX}): the rows are then the first by id, and the others
 * are asked for by name.
 */
public record SocOverview(Instant at, List<OfficeOverview> offices, boolean complete) {
    public SocOverview {
        Require.nonNull(at, "at");
        offices = List.copyOf(Require.noNulls(offices, "offices"));
    }

    /** The sums over every row: persons, open roll-calls, the silent and those needing help, what is overdue. */
    public Totals totals() {
        long persons = 0;
        long silent = 0;
        long needsHelp = 0;
        int open = 0;
        int overdue = 0;
        for (OfficeOverview o : offices) {
            persons += o.headcount().total();
            open += o.rollCalls().open();
            silent += o.rollCalls().silent();
            needsHelp += o.rollCalls().needsHelp();
            overdue += o.overdue();
        }
        return new Totals(persons, open, silent, needsHelp, overdue);
    }

    /** The sums of an overview's rows. */
    public record Totals(long persons, int openRollCalls, long silent, long needsHelp, int overdue) {
    }
}
