package io.vigil.wiring;

import io.vigil.alerting.application.AlertingServices;
import io.vigil.kernel.Require;
import io.vigil.people.application.PeopleServices;
import io.vigil.risk.application.RiskServices;

/** Every outbound port of every context, as one adapter provides them; the audit log is shared. */
public record VigilPorts(PeopleServices.Ports people, RiskServices.Ports risk, AlertingServices.Ports alerting) {
    public VigilPorts {
        Require.nonNull(people, "people");
        Require.nonNull(risk, "risk");
        Require.nonNull(alerting, "alerting");
        Require.that(people.audit() == risk.audit() && people.audit() == alerting.audit(),
                "every context must share the people ports' audit log");
    }
}
