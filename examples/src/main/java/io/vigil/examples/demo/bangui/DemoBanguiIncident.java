package io.vigil.examples.demo.bangui;

import io.vigil.incident.domain.Damage;
import io.vigil.incident.domain.Harm;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.NoticeChannel;
import io.vigil.incident.domain.Severity;
import io.vigil.incident.domain.Verification;
import io.vigil.incident.port.in.AssetAffectedDetails;
import io.vigil.incident.port.in.ChainMemberDetails;
import io.vigil.incident.port.in.IncidentDetails;
import io.vigil.incident.port.in.IncidentSettingsDetails;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.incident.port.in.PersonAffectedDetails;
import io.vigil.incident.port.in.PlaceDetails;
import io.vigil.incident.port.in.WrittenReportDetails;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The Bangui office's incidents: its reporting chain, and a vehicle stopped and robbed at an armed
 * checkpoint near PK5 two days ago, its written report on time.
 */
public final class DemoBanguiIncident {
    /** The title of the Bangui office's incident. */
    public static final String TITLE = "Office vehicle robbed at an armed checkpoint near PK5";

    private final IncidentUseCases incident;
    private final PersonId staff;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoBanguiOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoBanguiIncident(IncidentUseCases incident, PersonId staff) {
        this.incident = incident;
        this.staff = staff;
    }

    /** Seeds the settings and the incident unless the office has incidents. */
    public void seedIfEmpty(Instant now) {
        if (incident.reports().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        Instant at = now.truncatedTo(ChronoUnit.MINUTES);
        long version = incident.settings().get(officer).version();
        incident.settings().set(officer, version, new IncidentSettingsDetails(null, List.of(
                new ChainMemberDetails("COM", "Chef de mission", NoticeChannel.EMAIL, "com@bgf.demo.example"),
                new ChainMemberDetails("RSO", "Regional Security Officer, Dakar", NoticeChannel.EMAIL,
                        "rso@bgf.demo.example"),
                new ChainMemberDetails("SOC", "Security Operations Centre", NoticeChannel.SMS, "+1 212 555 0100")),
                "HIS-2024", Map.of("armed-robbery", "CR.ROB.ARM", "carjacking", "CR.ROB.VEH")));
        IncidentReport robbery = incident.reports().create(officer, new IncidentDetails("crime", "armed-robbery",
                TITLE, "Armed men at an improvised checkpoint on Avenue Boganda took the driver's phone and cash;"
                        + " the driver and a staff member were not hurt.",
                at.minus(Duration.ofHours(48)), new PlaceDetails("Avenue Boganda near PK5, 3e arrondissement",
                        GeoPoint.of(4.3790, 18.5470), null),
                List.of(new PersonAffectedDetails(staff, DemoBanguiOffice.STAFF_NAME, Harm.HARASSED)),
                List.of(new AssetAffectedDetails("Office vehicle BGF-102-B", Damage.MINOR)), Severity.SERIOUS,
                "the driver, by HF radio to the radio room", Verification.CONFIRMED));
        incident.reports().submitWritten(officer, robbery.id(), robbery.version(), new WrittenReportDetails(
                "At 16:10 local time the vehicle was stopped by four armed men ..."));
    }
}
