package io.vigil.examples.demo.travel;

import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonListQuery;
import io.vigil.people.port.in.PersonView;
import io.vigil.travel.domain.AirOperator;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.Criticality;
import io.vigil.travel.domain.TransportMode;
import io.vigil.travel.port.in.AirOperatorDetails;
import io.vigil.travel.port.in.ClearanceDetails;
import io.vigil.travel.port.in.LegDetails;
import io.vigil.travel.port.in.TripPlaceDetails;
import io.vigil.travel.port.in.TravelPolicyDetails;
import io.vigil.travel.port.in.TravelUseCases;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo office's travel clearances, seeded through the use cases when it has none: the office's
 * settings (Mexico City time), three assessed air operators, and four clearances decided by the
 * rules: an auto-approved flight to Oaxaca (its SRA's residual risk is medium), a pending road trip
 * to the Foreign Ministry (Mexico City's residual risk is high: the country representative
 * approves), a road trip into Tierra Caliente denied by its movement rule, and a charter flight
 * revoked when the office barred its operator after approving it.
 */
public final class DemoTravel {
    private static final Logger LOG = LoggerFactory.getLogger(DemoTravel.class);
    private static final TripPlaceDetails IBRD = new TripPlaceDetails("IBRD office, San José Insurgentes",
            DemoOffice.IBRD_OFFICE);
    private static final TripPlaceDetails SRE = new TripPlaceDetails("Secretaría de Relaciones Exteriores",
            GeoPoint.of(19.4356, -99.1445));
    private static final TripPlaceDetails AICM = new TripPlaceDetails("Mexico City airport", GeoPoint.of(19.4361, -99.0719));
    private static final TripPlaceDetails OAXACA = new TripPlaceDetails("Oaxaca airport", GeoPoint.of(16.9999, -96.7266));
    private static final TripPlaceDetails ALTAMIRANO = new TripPlaceDetails("Ciudad Altamirano, Tierra Caliente",
            GeoPoint.of(18.3570, -100.6650));

    private final TravelUseCases travel;
    private final PeopleUseCases people;
    private final AwarenessUseCases awareness;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoOffice.OFFICE, Role.SECURITY_OFFICER);

    /** The seeding over the travel, people and awareness use cases. */
    public DemoTravel(TravelUseCases travel, PeopleUseCases people, AwarenessUseCases awareness) {
        this.travel = travel;
        this.people = people;
        this.awareness = awareness;
    }

    /** Seeds the settings, operators and clearances unless the office has clearances. */
    public void seedIfEmpty(Instant now) {
        if (travel.clearances().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        long version = travel.policy().get(officer).version();
        travel.policy().set(officer, version, new TravelPolicyDetails("America/Mexico_City", 30, 7));
        operator("AMX", "Aeroméxico", false, "Assessed with the UNDSS aviation risk review", today);
        operator("VOI", "Volaris", false, "Assessed with the UNDSS aviation risk review", today);
        AirOperator taxi = operator("AFS", "Aerotaxis del Sur", false, "Charter operator, assessed for Oaxaca",
                today);
        List<PersonId> trained = trained();
        PersonId lucia = people.persons().list(officer, PersonListQuery.all(), new PageRequest(0, 500)).items()
                .stream().filter(p -> p.displayName().equals(DemoOffice.STAFF_NAME)).map(PersonView::personId)
                .findFirst().filter(trained::contains).orElse(trained.get(0));
        List<PersonId> others = trained.stream().filter(p -> !p.equals(lucia)).toList();
        // 09:00 in Mexico City (UTC-6), in daylight
        Instant morning = today.plus(Duration.ofHours(15));
        submit(List.of(lucia), "Nutrition survey supervision in Oaxaca", Criticality.PC2,
                leg(TransportMode.AIR, AICM, OAXACA, morning.plus(Duration.ofDays(14)), Duration.ofMinutes(75), "AMX",
                        "AM 1322"));
        submit(others.subList(0, 2), "Meeting at the Foreign Ministry on the country programme", Criticality.PC1,
                leg(TransportMode.ROAD, IBRD, SRE, morning.plus(Duration.ofDays(4)), Duration.ofMinutes(50), null,
                        null));
        submit(others.subList(2, 3), "Visit to the health centre in Ciudad Altamirano", Criticality.PC3,
                leg(TransportMode.ROAD, IBRD, ALTAMIRANO, morning.plus(Duration.ofDays(12)), Duration.ofHours(7), null,
                        null));
        Clearance charter = submit(others.subList(3, 4), "Water point inspection near Oaxaca", Criticality.PC1,
                leg(TransportMode.AIR, AICM, OAXACA, morning.plus(Duration.ofDays(9)), Duration.ofMinutes(80), "AFS",
                        "AFS 210"));
        travel.operators().update(officer, taxi.id(), taxi.version(), new AirOperatorDetails("AFS",
                "Aerotaxis del Sur", true, "Suspended by the office after a runway excursion in Oaxaca",
                taxi.assessedAt(), taxi.validUntil()));
        LOG.info("Seeded 4 travel clearances for {} (the charter one now {})", DemoOffice.OFFICE,
                travel.clearances().get(officer, charter.id()).status());
    }

    private AirOperator operator(String code, String name, boolean barred, String reason, Instant today) {
        return travel.operators().create(officer, new AirOperatorDetails(code, name, barred, reason,
                today.minus(Duration.ofDays(30)), today.plus(Duration.ofDays(335))));
    }

    private Clearance submit(List<PersonId> who, String purpose, Criticality pc, LegDetails leg) {
        return travel.clearances().submit(officer, new ClearanceDetails(who, purpose, pc, List.of(leg), List.of(),
                null));
    }

    private static LegDetails leg(TransportMode mode, TripPlaceDetails from, TripPlaceDetails to, Instant departure,
                                  Duration takes, String operator, String flight) {
        return new LegDetails(mode, from, to, departure, departure.plus(takes), operator, flight, null);
    }

    /** Staff of the office who hold BSAFE (dependents and visitors aside), in the people context's order. */
    private List<PersonId> trained() {
        List<PersonId> staff = Page.all(page -> people.persons().list(officer, PersonListQuery.all(), page)).stream()
                .filter(p -> !p.category().equals("DEPENDENT") && !p.category().equals("MISSION_VISITOR"))
                .map(PersonView::personId).toList();
        Set<PersonId> holding = awareness.travel().training(officer, staff).held().stream()
                .filter(h -> h.code().equals("BSAFE")).map(h -> h.person()).collect(Collectors.toSet());
        return new ArrayList<>(staff.stream().filter(holding::contains).toList());
    }
}
