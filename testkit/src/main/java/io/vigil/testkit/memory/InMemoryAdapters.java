package io.vigil.testkit.memory;

import io.vigil.alerting.application.AlertingServices;
import io.vigil.people.application.PeopleServices;
import io.vigil.risk.application.RiskServices;
import io.vigil.wiring.VigilPorts;

/** Fresh in-memory adapters for every outbound port, for wiring Vigil by hand in tests and demos. */
public final class InMemoryAdapters {
    private InMemoryAdapters() {
    }

    /** A new, empty set of the personnel context's ports. */
    public static PeopleServices.Ports ports() {
        return new PeopleServices.Ports(new InMemoryPersonDirectory(), new InMemoryResidenceRegistry(),
                new InMemoryPresenceLog(), new InMemoryMissionRegistry(), new InMemoryPositionLog(),
                new InMemoryWardenZoneRegistry(), new InMemoryAuditLog());
    }

    /** A new, empty set of every context's ports, sharing one audit log. */
    public static VigilPorts all() {
        PeopleServices.Ports people = ports();
        return new VigilPorts(people, new RiskServices.Ports(new InMemoryAssessmentRegistry(),
                new InMemoryRiskPolicyStore(), new InMemoryRestrictedAreaRegistry(),
                new InMemoryVenueRegistry(), new InMemoryFacilityRegistry(), people.audit()),
                new AlertingServices.Ports(new InMemoryOnCallRoster(), new InMemoryEmergencyLog(),
                        new InMemoryAdvisoryBoard(), new InMemoryCommunicationTestRegistry(), new InMemoryCheckInLog(),
                        new InMemoryPhoneTreeRegistry(), people.audit()));
    }
}
