package io.vigil.examples.demo.incident;

import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.incident.domain.Damage;
import io.vigil.incident.domain.Harm;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.NoticeChannel;
import io.vigil.incident.domain.Severity;
import io.vigil.incident.domain.Verification;
import io.vigil.incident.port.in.ActionDetails;
import io.vigil.incident.port.in.AssetAffectedDetails;
import io.vigil.incident.port.in.ChainMemberDetails;
import io.vigil.incident.port.in.EnquiryDetails;
import io.vigil.incident.port.in.FindingDetails;
import io.vigil.incident.port.in.IncidentDetails;
import io.vigil.incident.port.in.IncidentSettingsDetails;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.incident.port.in.MeasureDetails;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo office's incidents, seeded through the use cases when it has none: the reporting chain
 * (COM, RSO, SOC) and a mapping to an external code list; an armed robbery of a staff member in
 * Polanco 30 hours ago, its written report on time, a follow-up action and an open preliminary
 * enquiry (investigated by the demo associate, with a finding and a corrective measure agreed with
 * the city police); and a road traffic crash three days ago whose written report came late.
 */
public final class DemoIncident {
    private static final Logger LOG = LoggerFactory.getLogger(DemoIncident.class);
    /** The external code list the demo maps to. */
    public static final String CODE_LIST = "HIS-2024";

    private final IncidentUseCases incident;
    private final PersonId staff;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoIncident(IncidentUseCases incident, PersonId staff) {
        this.incident = incident;
        this.staff = staff;
    }

    /** Seeds the settings, the two incidents and the enquiry unless the office has incidents. */
    public void seedIfEmpty(Instant now) {
        if (incident.reports().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        Instant at = now.truncatedTo(ChronoUnit.MINUTES);
        long version = incident.settings().get(officer).version();
        incident.settings().set(officer, version, new IncidentSettingsDetails(null, List.of(
                new ChainMemberDetails("COM", "Country Office Manager", NoticeChannel.EMAIL, "com@demo.example"),
                new ChainMemberDetails("RSO", "Regional Security Officer", NoticeChannel.EMAIL, "rso@demo.example"),
                new ChainMemberDetails("SOC", "Security Operations Centre", NoticeChannel.SMS, "+1 212 555 0100")),
                CODE_LIST, Map.of("armed-robbery", "CR.ROB.ARM", "express-kidnapping", "CR.KID.EXP",
                "carjacking", "CR.ROB.VEH", "road-traffic-crash", "HZ.RTC", "earthquake", "HZ.EQ",
                "demonstration", "CU.DEM")));

        IncidentReport robbery = incident.reports().create(officer, new IncidentDetails("crime", "armed-robbery",
                "Armed robbery of a staff member leaving the office", "Two men on a motorbike took a phone and a"
                        + " wallet at gunpoint on Av. Presidente Masaryk; the staff member was not hurt.",
                at.minus(Duration.ofHours(30)), new PlaceDetails("Av. Presidente Masaryk, Polanco",
                        GeoPoint.of(19.4319, -99.1936), null),
                List.of(new PersonAffectedDetails(staff, DemoOffice.STAFF_NAME, Harm.HARASSED)),
                List.of(new AssetAffectedDetails("Office mobile phone", Damage.DESTROYED)), Severity.SERIOUS,
                "the staff member, by phone to the security officer", Verification.CONFIRMED));
        robbery = incident.reports().submitWritten(officer, robbery.id(), robbery.version(), new WrittenReportDetails(
                "At 19:40 two men on a motorbike stopped the staff member at gunpoint ..."));
        incident.reports().addAction(officer, robbery.id(), robbery.version(), new ActionDetails(
                "Brief all staff on the robberies along Av. Masaryk", "associate@demo", at.plus(Duration.ofDays(7))));
        var enquiry = incident.enquiries().open(officer, new EnquiryDetails("Armed robbery on Av. Masaryk",
                robbery.id(), List.of("associate@demo"), List.of(staff)));
        enquiry = incident.enquiries().addFinding(officer, enquiry.id(), enquiry.version(), new FindingDetails(
                "The staff member left by the main gate at the usual hour; the route is watched from the metro."));
        incident.enquiries().addMeasure(officer, enquiry.id(), enquiry.version(), new MeasureDetails(
                "A police patrol at the main gate from 18:00 to 20:00", "SSC Ciudad de México, Miguel Hidalgo",
                "officer@demo", at.plus(Duration.ofDays(14))));

        IncidentReport crash = incident.reports().create(officer, new IncidentDetails("hazards",
                "road-traffic-crash", "Office vehicle hit from behind on Periférico", "A van hit the office's"
                        + " vehicle from behind at a red light; nobody was hurt.",
                at.minus(Duration.ofHours(72)), new PlaceDetails("Anillo Periférico at San Jerónimo",
                        GeoPoint.of(19.3304, -99.2150), null),
                List.of(), List.of(new AssetAffectedDetails("Office vehicle MX-04", Damage.MINOR)), Severity.MINOR,
                "the driver", Verification.CONFIRMED));
        incident.reports().submitWritten(officer, crash.id(), crash.version(), new WrittenReportDetails(
                "The driver stopped at the red light; a van hit the rear bumper. Police report 4471."));
        LOG.info("Seeded the demo office's incidents: an armed robbery with an open enquiry, a road traffic crash"
                + " with its late written report");
    }
}
