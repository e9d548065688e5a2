package io.vigil.examples.demo.movement;

import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.Driver;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.Vehicle;
import io.vigil.movement.port.in.CallInDetails;
import io.vigil.movement.port.in.DriverDetails;
import io.vigil.movement.port.in.MedevacPlanDetails;
import io.vigil.movement.port.in.MovementDetails;
import io.vigil.movement.port.in.MovementSettingsDetails;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.movement.port.in.VehicleDetails;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo office's movements, seeded through the use cases when it has no vehicle: the office's
 * settings (Mexico City time, the crisis team leader told 30 minutes after a movement is overdue,
 * the standard convoy rules), two armoured vehicles fit for the road and a third out of inspection
 * since last month, a driver (the office's warden, who drives), and a movement to Toluca that departed an hour and a half ago, called
 * in once and has missed its next call-in: it is overdue, and the first escalation sweep tells the
 * officer on call; and the Mexico City MEDEVAC plan, whose review fell due ten days before.
 */
public final class DemoMovement {
    private static final Logger LOG = LoggerFactory.getLogger(DemoMovement.class);
    /** The plate of the vehicle out of inspection. */
    public static final String UNINSPECTED = "MEX-403-C";
    /** The title of the overdue movement. */
    public static final String TOLUCA = "Field visit to the Toluca water project";

    private final MovementUseCases movement;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoOffice.OFFICE, Role.SECURITY_OFFICER);

    /** The seeding over the movement use cases. */
    public DemoMovement(MovementUseCases movement) {
        this.movement = movement;
    }

    /**
     * Seeds the settings, vehicles, driver and the overdue movement unless the office has vehicles.
     *
     * @param driver     the person who drives (a member of the demo office)
     * @param driverName the driver's name
     * @param passengers the persons travelling
     */
    public void seedIfEmpty(Instant now, PersonId driver, String driverName, List<PersonId> passengers) {
        if (movement.vehicles().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        LocalDate today = now.atZone(ZoneId.of("America/Mexico_City")).toLocalDate();
        movement.settings().set(officer, 0, new MovementSettingsDetails("America/Mexico_City", 30, 5, 8, true, 14));
        Vehicle lead = movement.vehicles().create(officer, new VehicleDetails("MEX-401-A",
                "Toyota Land Cruiser 200, armoured B6", true, today.plusMonths(8), today.plusMonths(3),
                List.of("first-aid kit", "spare tyre", "satellite phone", "fire extinguisher")));
        Vehicle last = movement.vehicles().create(officer, new VehicleDetails("MEX-402-B",
                "Toyota Land Cruiser 200, armoured B6", true, today.plusMonths(8), today.plusMonths(5),
                List.of("first-aid kit", "spare tyre", "VHF radio")));
        movement.vehicles().create(officer, new VehicleDetails(UNINSPECTED, "Nissan X-Trail", false,
                today.plusMonths(2), today.minusWeeks(3), List.of("first-aid kit")));
        Driver driving = movement.drivers().create(officer, new DriverDetails(driver, driverName,
                today.plusYears(2), today.minusMonths(4), 365));
        Instant departure = now.minus(Duration.ofMinutes(90));
        Movement toluca = movement.movements().create(officer, new MovementDetails(TOLUCA,
                List.of(GeoPoint.of(19.4270, -99.1676), GeoPoint.of(19.3573, -99.4713), GeoPoint.of(19.2826, -99.6557)),
                List.of(lead.id(), last.id()), List.of(driving.id()), null, "Federal police patrol to La Marquesa",
                departure, departure.plus(Duration.ofHours(8)), passengers, 30, 10));
        movement.movements().callIn(officer, toluca.id(), new CallInDetails(driverName + " (radio)",
                departure.plus(Duration.ofMinutes(28)), GeoPoint.of(19.3573, -99.4713), "La Marquesa, all well"));
        movement.medevacPlans().create(officer, new MedevacPlanDetails("Mexico City", List.of(
                new MedevacPlanDetails.FacilityDetails("Hospital ABC Santa Fe", "level I trauma, ICU, burns",
                        "+52 55 1103 1600", GeoPoint.of(19.3615, -99.2745)),
                new MedevacPlanDetails.FacilityDetails("Houston Methodist Hospital (regional referral)",
                        "specialist care beyond what Mexico City offers", "+1 713 790 3311",
                        GeoPoint.of(29.7104, -95.3994))),
                List.of("road ambulance (ERUM, Cruz Roja) to Hospital ABC", "air ambulance from AICM to Houston"),
                List.of(new MedevacPlanDetails.ContactDetails("Dra. Elena Soto", "UN examining physician",
                        "+52 55 5000 1000"), new MedevacPlanDetails.ContactDetails("Medical insurer's 24/7 line",
                        "insurer", "+1 800 555 0199")),
                List.of("international staff", "their recognised dependents", "national staff on mission"),
                today.minusDays(10)));
        LOG.info("Demo movements: vehicle {} out of inspection; \"{}\" overdue since {}", UNINSPECTED, TOLUCA,
                departure.plus(Duration.ofMinutes(28 + 30 + 10)));
    }
}
