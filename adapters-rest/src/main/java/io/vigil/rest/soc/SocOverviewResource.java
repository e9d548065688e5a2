package io.vigil.rest.soc;

import io.vigil.soc.port.in.OfficeOverview;
import io.vigil.soc.port.in.SocOverview;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SOC's overview as JSON: one row per office (counts only, no names of persons), the sums over the
 * rows, and whether the rows are every office the caller reads.
 */
public record SocOverviewResource(Instant at, boolean complete, List<Office> offices, Totals totals) {

    /** One office's row. */
    public record Office(String office, Optional<String> name, Headcount headcount, RollCalls rollCalls,
                         Overdue overdue) {
    }

    /** The office's persons by whereabouts at the instant. */
    public record Headcount(long inCountry, long abroad, long noStayRecorded, long total) {
    }

    /** The roll-calls open at the instant and, across them, the persons affected, answered, needing help and silent. */
    public record RollCalls(int open, long affected, long answered, long needsHelp, long silent) {
    }

    /** What is overdue at the instant, of the kinds counted: movements past their call-in deadline, liaison actions. */
    public record Overdue(int movements, int liaisonActions, int total) {
    }

    /** The sums over every row. */
    public record Totals(long persons, int openRollCalls, long silent, long needsHelp, int overdue) {
    }

    /** The resource of an overview. */
    public static SocOverviewResource from(SocOverview o) {
        SocOverview.Totals t = o.totals();
        return new SocOverviewResource(o.at(), o.complete(), o.offices().stream().map(SocOverviewResource::row)
                .toList(), new Totals(t.persons(), t.openRollCalls(), t.silent(), t.needsHelp(), t.overdue()));
    }

    private static Office row(OfficeOverview r) {
        return new Office(r.office().value(), r.name(), new Headcount(r.headcount().inCountry(), r.headcount().abroad(),
                r.headcount().noStayRecorded(), r.headcount().total()), new RollCalls(r.rollCalls().open(),
                r.rollCalls().affected(), r.rollCalls().answered(), r.rollCalls().needsHelp(), r.rollCalls().silent()),
                new Overdue(r.overdueMovements(), r.overdueActions(), r.overdue()));
    }
}
