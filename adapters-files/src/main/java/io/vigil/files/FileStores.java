package io.vigil.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.PositionLog;
import io.vigil.people.port.out.PresenceLog;
import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.people.port.out.WardenZoneRegistry;
import io.vigil.risk.application.RiskServices;
import io.vigil.risk.domain.Facility;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.VenueAssessment;
import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import io.vigil.risk.port.out.RiskPolicyStore;
import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.wiring.VigilPorts;
import java.nio.file.Path;

/**
 * Every files adapter under one base directory: {@code persons/}, {@code residences/},
 * {@code presences/}, {@code missions/}, {@code positions/}, {@code audit/}, {@code assessments/},
 * {@code risk-policies/}, {@code restricted-areas/}, {@code venues/}, {@code facilities/},
 * {@code warden-zones/}, {@code on-call/}, {@code emergencies/}, {@code advisories/}, {@code communication-tests/},
 * {@code check-ins/} and {@code phone-trees/}, one JSON file per record. Nothing is read until first use.
 */
public record FileStores(PersonDirectory persons, ResidenceRegistry residences, PresenceLog presences,
                         MissionRegistry missions, PositionLog positions, WardenZoneRegistry wardenZones,
                         AuditLog audit,
                         AssessmentRegistry assessments, RiskPolicyStore riskPolicies,
                         RestrictedAreaRegistry restrictedAreas, VenueRegistry venues,
                         FacilityRegistry facilities, OnCallRoster onCall, EmergencyLog emergencies,
                         AdvisoryBoard advisories, CommunicationTestRegistry communicationTests,
                         CheckInLog checkIns, PhoneTreeRegistry phoneTrees) {

    /** The adapters on a base directory (created on first write). */
    public static FileStores create(Path base, ObjectMapper json) {
        return new FileStores(
                new FilePersonDirectory(new JsonDirectory<>(base.resolve("persons"), json, Person.class,
                        p -> p.id().toString())),
                new FileResidenceRegistry(new JsonDirectory<>(base.resolve("residences"), json, Residence.class,
                        r -> r.id().toString())),
                new FilePresenceLog(new JsonDirectory<>(base.resolve("presences"), json, Presence.class,
                        p -> p.id().toString())),
                new FileMissionRegistry(new JsonDirectory<>(base.resolve("missions"), json, Mission.class,
                        m -> m.id().toString())),
                new FilePositionLog(new JsonDirectory<>(base.resolve("positions"), json, PositionReport.class,
                        r -> r.id().toString())),
                new FileWardenZoneRegistry(new JsonDirectory<>(base.resolve("warden-zones"), json, WardenZone.class,
                        z -> z.id().value())),
                new FileAuditLog(new JsonDirectory<>(base.resolve("audit"), json, AuditEntry.class,
                        e -> e.id().toString())),
                new FileAssessmentRegistry(new JsonDirectory<>(base.resolve("assessments"), json,
                        SecurityAssessment.class, a -> a.id().toString())),
                new FileRiskPolicyStore(new JsonDirectory<>(base.resolve("risk-policies"), json, RiskPolicy.class,
                        p -> p.id().value())),
                new FileRestrictedAreaRegistry(new JsonDirectory<>(base.resolve("restricted-areas"), json,
                        RestrictedArea.class, a -> a.id().toString())),
                new FileVenueRegistry(new JsonDirectory<>(base.resolve("venues"), json, VenueAssessment.class,
                        v -> v.id().toString())),
                new FileFacilityRegistry(new JsonDirectory<>(base.resolve("facilities"), json, Facility.class,
                        f -> f.id().toString())),
                new FileOnCallRoster(new JsonDirectory<>(base.resolve("on-call"), json, OnCallShift.class,
                        s -> s.id().toString())),
                new FileEmergencyLog(new JsonDirectory<>(base.resolve("emergencies"), json, EmergencyRequest.class,
                        r -> r.id().toString())),
                new FileAdvisoryBoard(new JsonDirectory<>(base.resolve("advisories"), json, Advisory.class,
                        a -> a.id().toString())),
                new FileCommunicationTestRegistry(new JsonDirectory<>(base.resolve("communication-tests"), json,
                        CommunicationTest.class, t -> t.id().toString())),
                new FileCheckInLog(new JsonDirectory<>(base.resolve("check-ins"), json,
                        FileCheckInLog.StoredCheckIn.class, FileCheckInLog.StoredCheckIn::key)),
                new FilePhoneTreeRegistry(new JsonDirectory<>(base.resolve("phone-trees"), json, PhoneTree.class,
                        t -> t.id().toString())));
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
