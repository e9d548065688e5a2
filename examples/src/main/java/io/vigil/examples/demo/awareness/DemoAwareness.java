package io.vigil.examples.demo.awareness;

import io.vigil.awareness.domain.BriefingKind;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.Requirement;
import io.vigil.awareness.port.in.AreaDetails;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.awareness.port.in.BriefingDetails;
import io.vigil.awareness.port.in.CompletionDetails;
import io.vigil.awareness.port.in.CourseDetails;
import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonListQuery;
import io.vigil.people.port.in.PersonView;
import io.vigil.people.port.in.Stay;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo office's security awareness, seeded through the use cases when its catalogue is empty:
 * BSAFE (required for all, no expiry; every seventh person has none) and SSAFE (required in
 * Guerrero, Tierra Caliente and at the Puebla solar sites, 36 months: the visiting mission goes to
 * Puebla tomorrow, one visitor's SSAFE is about to lapse and one has none), on-arrival briefings
 * for every other recent arrival (the rest show up as due or overdue), a periodic awareness
 * briefing, an earthquake preparedness session and the mission's advance briefing.
 */
public final class DemoAwareness {
    private static final Logger LOG = LoggerFactory.getLogger(DemoAwareness.class);
    /** Where SSAFE is required, as the demo draws it. */
    public static final String PUEBLA = "Puebla solar sites";

    private final AwarenessUseCases awareness;
    private final PeopleUseCases people;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoAwareness(AwarenessUseCases awareness, PeopleUseCases people) {
        this.awareness = awareness;
        this.people = people;
    }

    /** Seeds the catalogue, completions and briefings unless the office has courses. */
    public void seedIfEmpty(Instant now) {
        if (awareness.courses().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        Course bsafe = awareness.courses().create(officer, new CourseDetails("BSAFE", "BSAFE: basic security in"
                + " the field", Requirement.ALL, null, List.of()));
        Course ssafe = awareness.courses().create(officer, new CourseDetails("SSAFE", "Safe and Secure Approaches"
                + " in Field Environments", Requirement.DESIGNATED_AREAS, 36, List.of(
                        area("Guerrero", 16.3, -102.2, 18.9, -98.0),
                        area("Tierra Caliente, Michoacán", 18.5, -102.5, 19.4, -100.8),
                        area(PUEBLA, 18.9, -98.35, 19.2, -98.05))));
        List<PersonView> staff = Page.all(page -> people.persons().list(officer, PersonListQuery.all(), page))
                .stream().filter(p -> !p.category().equals("DEPENDENT")).toList();
        for (int i = 0; i < staff.size(); i++) {
            if (i % 7 != 3) {
                complete(staff.get(i).personId(), bsafe, today.minus(Duration.ofDays(60 + (37L * i) % 1500)));
            }
        }
        List<PersonView> visitors = staff.stream().filter(p -> p.category().equals("MISSION_VISITOR")).toList();
        for (int i = 0; i < visitors.size(); i++) {
            Instant monthsAgo = today.atZone(ZoneOffset.UTC).minusMonths(i == 0 ? 35 : 14).toInstant()
                    .minus(Duration.ofDays(i == 0 ? 10 : 0));
            if (i != 1) {
                complete(visitors.get(i).personId(), ssafe, monthsAgo);
            }
        }
        briefings(today, staff, visitors);
        LOG.info("Seeded the demo office's awareness: {} and {} with {} completions", bsafe.code(), ssafe.code(),
                awareness.completions().list(officer, new PageRequest(0, 1)).total());
    }

    private void briefings(Instant today, List<PersonView> staff, List<PersonView> visitors) {
        List<Stay> stays = Page.all(page -> people.presences().stays(officer, page));
        List<PersonId> briefed = new ArrayList<>();
        int n = 0;
        for (Stay s : stays) {
            Instant at = s.arrival().plus(Duration.ofDays(2));
            if (s.arrival().isAfter(today.minus(Duration.ofDays(180))) && at.isBefore(today) && n++ % 2 == 0) {
                briefed.add(s.person());
                awareness.briefings().create(officer, new BriefingDetails(BriefingKind.ON_ARRIVAL, at,
                        "IBRD office, San José Insurgentes", "Security associate",
                        List.of("crime and express kidnapping", "earthquakes and the SASMEX alert",
                                "warden system and roll-calls"), List.of(s.person())));
            }
        }
        List<PersonId> ids = staff.stream().map(PersonView::personId).toList();
        awareness.briefings().create(officer, new BriefingDetails(BriefingKind.PERIODIC_AWARENESS,
                today.minus(Duration.ofDays(20)).plus(Duration.ofHours(16)), "IFC office, Cuauhtémoc",
                "Country security officer", List.of("security situation update", "road blockades", "phishing"),
                ids.subList(0, Math.min(15, ids.size()))));
        awareness.briefings().create(officer, new BriefingDetails(BriefingKind.PREPAREDNESS_SESSION,
                today.minus(Duration.ofDays(60)).plus(Duration.ofHours(17)), "IBRD office, San José Insurgentes",
                "Security associate", List.of("earthquake drill", "assembly points", "grab bags"),
                ids.subList(Math.min(15, ids.size()), Math.min(30, ids.size()))));
        awareness.briefings().create(officer, new BriefingDetails(BriefingKind.ADVANCE,
                today.minus(Duration.ofDays(4)).plus(Duration.ofHours(15)), "video call", "Security associate",
                List.of("Puebla road travel", "hotel security", "SSAFE requirement"),
                visitors.stream().map(PersonView::personId).toList()));
    }

    private void complete(PersonId person, Course course, Instant at) {
        awareness.completions().create(officer, new CompletionDetails(person, course.id(), at,
                course.code() + "-" + person.toString().substring(0, 8)));
    }

    private static AreaDetails area(String name, double south, double west, double north, double east) {
        return new AreaDetails(name, GeoArea.rectangle(GeoPoint.of(south, west), GeoPoint.of(north, east))
                .vertices());
    }
}
