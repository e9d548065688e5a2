package io.vigil.examples.demo.bangui;

import io.vigil.awareness.domain.BriefingKind;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.Requirement;
import io.vigil.awareness.port.in.AreaDetails;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.awareness.port.in.BriefingDetails;
import io.vigil.awareness.port.in.CompletionDetails;
import io.vigil.awareness.port.in.CourseDetails;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonListQuery;
import io.vigil.people.port.in.PersonView;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The Bangui office's security awareness, seeded through the use cases when its catalogue is
 * empty: BSAFE (required for all, no expiry; every sixth staff member has none) and SSAFE (required
 * on the roads out of the city, 36 months; held by the staff and warden tokens' persons and the
 * international staff), the mission visitor's on-arrival briefing, a periodic briefing on the
 * situation at PK5 and a preparedness session on lockdown and relocation, all in French.
 */
public final class DemoBanguiAwareness {
    /** Where SSAFE is required in Bangui: the restricted roads out of the city. */
    public static final String SSAFE_AREA = DemoBanguiRisk.ROADS_OUT;

    private final AwarenessUseCases awareness;
    private final PeopleUseCases people;
    private final Actor officer = Actor.of("vigil-demo-seed", DemoBanguiOffice.OFFICE, Role.SECURITY_OFFICER);

    public DemoBanguiAwareness(AwarenessUseCases awareness, PeopleUseCases people) {
        this.awareness = awareness;
        this.people = people;
    }

    /** Seeds the catalogue, completions and briefings unless the office has courses. */
    public void seedIfEmpty(Instant now) {
        if (awareness.courses().list(officer, new PageRequest(0, 1)).total() > 0) {
            return;
        }
        Instant today = now.truncatedTo(ChronoUnit.DAYS);
        Course bsafe = awareness.courses().create(officer, new CourseDetails("BSAFE", "BSAFE : la sécurité de base"
                + " sur le terrain", Requirement.ALL, null, List.of()));
        Course ssafe = awareness.courses().create(officer, new CourseDetails("SSAFE", "SSAFE : approches sûres et"
                + " sécurisées en environnement de terrain", Requirement.DESIGNATED_AREAS, 36,
                List.of(new AreaDetails(SSAFE_AREA, DemoBanguiRisk.NORTH_OF_THE_CITY))));
        List<PersonView> staff = Page.all(page -> people.persons().list(officer, PersonListQuery.all(), page))
                .stream().filter(p -> !p.category().equals("DEPENDENT")).toList();
        for (int i = 0; i < staff.size(); i++) {
            PersonView p = staff.get(i);
            boolean named = p.displayName().equals(DemoBanguiOffice.STAFF_NAME)
                    || p.displayName().equals(DemoBanguiOffice.WARDEN_NAME);
            if (named || i % 6 != 5) {
                complete(p.personId(), bsafe, today.minus(Duration.ofDays(90 + (41L * i) % 1200)));
            }
            if (named || p.category().equals("INTERNATIONAL_STAFF")) {
                complete(p.personId(), ssafe, today.minus(Duration.ofDays(200 + (29L * i) % 700)));
            }
        }
        List<PersonId> ids = staff.stream().filter(p -> !p.category().equals("MISSION_VISITOR"))
                .map(PersonView::personId).toList();
        List<PersonId> visitors = staff.stream().filter(p -> p.category().equals("MISSION_VISITOR"))
                .map(PersonView::personId).toList();
        awareness.briefings().create(officer, new BriefingDetails(BriefingKind.ON_ARRIVAL,
                now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(20)), "Bureau de l'OIM, Bangui",
                "Security associate", List.of("barrages armés et braquages", "le PK5 : escorte et de jour",
                        "sorties de la ville sur autorisation", "couvre-feu de 19:00 à 06:00"), visitors));
        awareness.briefings().create(officer, new BriefingDetails(BriefingKind.PERIODIC_AWARENESS,
                today.minus(Duration.ofDays(12)).plus(Duration.ofHours(9)), "Bureau de l'OIM, Bangui",
                "Security officer", List.of("situation sécuritaire au PK5", "routes de Damara et de Boali",
                        "appels radio des convois"), ids.subList(0, Math.min(14, ids.size()))));
        awareness.briefings().create(officer, new BriefingDetails(BriefingKind.PREPAREDNESS_SESSION,
                today.minus(Duration.ofDays(40)).plus(Duration.ofHours(9)), "Bureau de l'OIM, Bangui",
                "Security associate", List.of("confinement", "points de regroupement", "relocalisation vers M'Poko",
                        "sac d'urgence"), ids.subList(Math.min(14, ids.size()), ids.size())));
    }

    private void complete(PersonId person, Course course, Instant at) {
        awareness.completions().create(officer, new CompletionDetails(person, course.id(), at,
                course.code() + "-BGF-" + person.toString().substring(0, 8)));
    }
}
