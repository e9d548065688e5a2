package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.CrisisPlan;
import io.vigil.crisis.domain.PlanDue;
import java.util.List;

/** The plan with its review and test due dates at the time it was read, overdue ones marked. */
public record PlanView(CrisisPlan plan, List<PlanDue> dues) {
    public PlanView {
        dues = List.copyOf(dues);
    }
}
