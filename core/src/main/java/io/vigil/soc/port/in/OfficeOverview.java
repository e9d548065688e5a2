package io.vigil.soc.port.in;

import io.vigil.alerting.port.in.OfficeRollCalls;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.people.port.in.OfficeHeadcount;
import java.util.Optional;

/**
 * One office's row of the SOC's overview at an instant, counts only: its persons by whereabouts, its
 * open roll-calls with their answers, and how many movements (missed call-ins) and liaison action
 * items are overdue. The name is the office profile's, empty for an office without one.
 */
public record OfficeOverview(OfficeId office, Optional<String> name, OfficeHeadcount headcount,
                             OfficeRollCalls rollCalls, int overdueMovements, int overdueActions) {
    public OfficeOverview {
        Require.nonNull(office, "office");
        Require.nonNull(name, "name");
        Require.nonNull(headcount, "headcount");
        Require.nonNull(rollCalls, "rollCalls");
        Require.that(headcount.office().equals(office), "headcount", "must be the office's");
        Require.that(rollCalls.office().equals(office), "rollCalls", "must be the office's");
        Require.that(overdueMovements >= 0, "overdueMovements", "must not be negative");
        Require.that(overdueActions >= 0, "overdueActions", "must not be negative");
    }

    /** Everything overdue in the office, of the kinds counted. */
    public int overdue() {
        return overdueMovements + overdueActions;
    }
}
