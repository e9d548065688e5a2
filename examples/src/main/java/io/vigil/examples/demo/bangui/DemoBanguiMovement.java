package io.vigil.examples.demo.bangui;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.time.LocalTimes;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.port.in.CallInDetails;
import io.vigil.movement.port.in.DriverDetails;
import io.vigil.movement.port.in.MedevacPlanDetails;
import io.vigil.movement.port.in.MovementDetails;
import io.vigil.movement.port.in.MovementSettingsDetails;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.movement.port.in.RiverOptionDetails;
import io.vigil.movement.port.in.VehicleDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The Bangui office's movement data: its settings (in the office profile's zone), two vehicles and a
 * driver, a tracked road movement out of the city to PK12 with a call-in, river transport on the
 * Oubangui and the MEDEVAC plan.
 */
public final class DemoBanguiMovement {
    /** The title of the Bangui office's tracked movement. */
    public static final String PK12 = "Convoy to the PK12 transit site";

    private final MovementUseCases movement;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoBanguiOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoBanguiMovement(MovementUseCases movement) {
        this.movement = movement;
    }

    /** Seeds the office's movement data unless it has vehicles. */
    public void seedIfEmpty(Instant now, PersonId driver, String driverName, List<PersonId> passengers) {
        if (movement.vehicles().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        LocalDate today = LocalTimes.day(now, ZoneId.of("Africa/Bangui"));
        // the zone is the office profile's: left out here
        movement.settings().set(officer, 0, new MovementSettingsDetails(null, 20, 3, 6, true, null));
        Vehicle lead = movement.vehicles().create(officer, new VehicleDetails("BGF-101-A",
                "Toyota Land Cruiser 79, armoured B6", true, today.plusMonths(6), today.plusMonths(2),
                List.of("first-aid kit", "two spare tyres", "Thuraya satellite phone", "HF radio")));
        Vehicle last = movement.vehicles().create(officer, new VehicleDetails("BGF-102-B",
                "Toyota Land Cruiser 79", true, today.plusMonths(6), today.plusMonths(4),
                List.of("first-aid kit", "spare tyre", "VHF radio")));
        Driver driving = movement.drivers().create(officer, new DriverDetails(driver, driverName,
                today.plusYears(1), today.minusMonths(2), 365));
        Instant departure = now.minus(Duration.ofMinutes(40));
        Movement pk12 = movement.movements().create(officer, new MovementDetails(PK12,
                List.of(DemoBanguiOffice.OFFICE_POINT, GeoPoint.of(4.4200, 18.5400), GeoPoint.of(4.4550, 18.5200)),
                List.of(lead.id(), last.id()), List.of(driving.id()), null,
                "MINUSCA checkpoint at PK12; daylight only; cleared by the security officer", departure,
                departure.plus(Duration.ofHours(5)), passengers, 30, 10));
        movement.movements().callIn(officer, pk12.id(), new CallInDetails(driverName + " (HF radio)",
                departure.plus(Duration.ofMinutes(25)), GeoPoint.of(4.4200, 18.5400), "Boy-Rabe crossroads, all well"));
        movement.riverOptions().create(officer, new RiverOptionDetails("Société centrafricaine de transport fluvial",
                "Bangui port (Oubangui) to Zongo landing (DRC) and downstream to Mongoumba", "Baleinière, 12 m, outboard",
                20, 20, today.plusMonths(5), "Daylight crossings only; life jackets checked at each boarding;"
                        + " low water from February to April"));
        movement.medevacPlans().create(officer, new MedevacPlanDetails("Bangui", List.of(
                new MedevacPlanDetails.FacilityDetails("MINUSCA level II hospital, Bangui",
                        "trauma surgery, stabilisation", "+236 70 00 00 01", GeoPoint.of(4.3930, 18.5180)),
                new MedevacPlanDetails.FacilityDetails("Hôpital communautaire de Bangui", "emergency care",
                        "+236 72 00 00 02", GeoPoint.of(4.3700, 18.5650)),
                new MedevacPlanDetails.FacilityDetails("Nairobi regional referral hospital",
                        "specialist care beyond what Bangui offers", "+254 20 000 0003",
                        GeoPoint.of(-1.2630, 36.8050))),
                List.of("road ambulance to the MINUSCA hospital", "air ambulance from Bangui M'Poko to Nairobi"),
                List.of(new MedevacPlanDetails.ContactDetails("Dr. Awa Koné", "UN examining physician",
                        "+236 75 00 00 04"), new MedevacPlanDetails.ContactDetails("Medical insurer's 24/7 line",
                        "insurer", "+1 800 555 0199")),
                List.of("international staff", "their recognised dependents", "national staff on mission"),
                today.plusMonths(3)));
    }
}
