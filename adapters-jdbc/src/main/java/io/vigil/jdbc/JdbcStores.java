package io.vigil.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.PositionLog;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.people.port.out.WardenZoneRegistry;
import io.vigil.risk.application.RiskServices;
import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.risk.port.out.RiskPolicyStore;
import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.wiring.VigilPorts;
import javax.sql.DataSource;

/** Every JDBC adapter on one data source, for hosts that wire by hand. */
public record JdbcStores(PersonDirectory persons, ResidenceRegistry residences, PresenceLog presences,
                         MissionRegistry missions, PositionLog positions, WardenZoneRegistry wardenZones,
                         AuditLog audit,
                         AssessmentRegistry assessments, RiskPolicyStore riskPolicies,
                         RestrictedAreaRegistry restrictedAreas, VenueRegistry venues,
                         FacilityRegistry facilities, OnCallRoster onCall, EmergencyLog emergencies,
                         AdvisoryBoard advisories, CommunicationTestRegistry communicationTests,
                         CheckInLog checkIns, PhoneTreeRegistry phoneTrees) {

    /** The adapters on a migrated data source. */
    public static JdbcStores create(DataSource dataSource, ObjectMapper json) {
        Jdbc jdbc = new Jdbc(dataSource);
        return new JdbcStores(new JdbcPersonDirectory(jdbc, json), new JdbcResidenceRegistry(jdbc, json),
                new JdbcPresenceLog(jdbc, json), new JdbcMissionRegistry(jdbc, json), new JdbcPositionLog(jdbc, json),
                new JdbcWardenZoneRegistry(jdbc, json),
                new JdbcAuditLog(jdbc, json), new JdbcAssessmentRegistry(jdbc, json), new JdbcRiskPolicyStore(jdbc, json),
                new JdbcRestrictedAreaRegistry(jdbc, json), new JdbcVenueRegistry(jdbc, json),
                new JdbcFacilityRegistry(jdbc, json), new JdbcOnCallRoster(jdbc, json),
                new JdbcEmergencyLog(jdbc, json), new JdbcAdvisoryBoard(jdbc, json),
                new JdbcCommunicationTestRegistry(jdbc, json), new JdbcCheckInLog(jdbc, json),
                new JdbcPhoneTreeRegistry(jdbc, json));
    }

    /** The same adapters as the core's sets of ports. */
    public VigilPorts ports() {
        return new VigilPorts(new PeopleServices.Ports(persons, residences, presences, missions, positions,
                wardenZones, audit),
                new RiskServices.Ports(assessments, riskPolicies, restrictedAreas, venues, facilities,
                        audit), new AlertingServices.Ports(onCall, emergencies, advisories, communicationTests, checkIns,
                        phoneTrees, audit));
    }
}
