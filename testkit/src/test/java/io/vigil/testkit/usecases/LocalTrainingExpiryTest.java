package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.CourseStatus;
import io.vigil.awareness.domain.Requirement;
import io.vigil.awareness.port.in.CompletionDetails;
import io.vigil.awareness.port.in.CourseDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.review.domain.Finding;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Training expiry on the office's calendar through the use cases: a completion recorded in an office
 * across the date line lapses by its local months, a completion edited there is counted again on that
 * calendar, and the training record, the compliance report and the programme review warn by the
 * office's local days, the review naming the expiry in local time.
 * Expected values are worked by hand from Kiritimati's offset, UTC+14 all year.
 */
class LocalTrainingExpiryTest {
    private static final OfficeId OFFICE = OfficeId.of("KI-CXI");
    private final MutableClock clock = MutableClock.at("2024-03-01T00:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor associate = Actor.of("associate", OFFICE, Role.SECURITY_ASSOCIATE);

    private PersonId ana() {
        return vigil.people().persons().register(officer, new PersonDetails("Ana", "Teuea",
                PersonCategory.NATIONAL_STAFF, "UNICEF", null, List.of(), List.of(), null, null)).personId();
    }

    private Course fieldCourse() {
        return vigil.awareness().courses().create(officer, new CourseDetails("FIELD", "Field security",
                Requirement.ALL, 12, List.of()));
    }

    private CourseStatus recordAt(PersonId person, String at) {
        return vigil.awareness().records().record(officer, person, Instant.parse(at)).courses().get(0).status();
    }

    @Test
    void a_completion_on_the_last_local_day_of_a_month_lapses_by_the_offices_months_and_warns_by_its_days() {
        vigil.people().offices().set(officer, OFFICE, 0, new OfficeDetails("Office", "Pacific/Kiritimati", "KI"));
        PersonId ana = ana();
        Course course = fieldCourse();
        // 2024-02-28T10:00Z is 2024-02-29 00:00 in Kiritimati, the last local day of February: twelve local
        // months end 2025-02-28 00:00 there, 2025-02-27T10:00Z (the rule in UTC gave 2025-02-28T10:00Z)
        Completion c = vigil.awareness().completions().create(associate, new CompletionDetails(ana, course.id(),
                Instant.parse("2024-02-28T10:00:00Z"), null));
        assertThat(c.validUntil()).contains(Instant.parse("2025-02-27T10:00:00Z"));
        // 2025-02-20T09:00Z is 23:00 on the 20th there, 8 local days before the 28th: within 30 days
        assertThat(recordAt(ana, "2025-02-20T09:00:00Z").warningDays()).contains(30);
        // an hour later it is the 21st there, 7 local days before: within 7 days, in the record and the report
        assertThat(recordAt(ana, "2025-02-20T10:00:00Z").warningDays()).contains(7);
        assertThat(vigil.awareness().records().compliance(officer, Instant.parse("2025-02-20T10:00:00Z")).courses()
                .get(0).gaps()).singleElement().satisfies(g -> assertThat(g.status().warningDays()).contains(7));
        assertThat(recordAt(ana, "2025-02-27T09:59:59Z").state()).isEqualTo(CourseStatus.State.EXPIRING);
        clock.set(Instant.parse("2025-02-21T00:00:00Z"));
        assertThat(vigil.review().programme().review(officer, Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-02-20T10:00:00Z"), Instant.parse("2025-02-20T10:00:00Z")).section("training")
                .findings()).extracting(Finding::text).containsExactly("Ana Teuea: FIELD Field security expiring"
                        + " (valid until 2025-02-28 00:00 LINT (Pacific/Kiritimati))");
        assertThat(recordAt(ana, "2025-02-27T10:00:00Z").state()).isEqualTo(CourseStatus.State.EXPIRED);
        // edited to 2024-02-27 00:00 local, it lapses 2025-02-27 00:00 local
        Completion edited = vigil.awareness().completions().update(associate, c.id(), c.version(),
                new CompletionDetails(ana, course.id(), Instant.parse("2024-02-26T10:00:00Z"), null));
        assertThat(edited.validUntil()).contains(Instant.parse("2025-02-26T10:00:00Z"));
    }

    @Test
    void an_office_without_a_profile_counts_the_months_in_utc() {
        PersonId ana = ana();
        Course course = fieldCourse();
        Completion c = vigil.awareness().completions().create(associate, new CompletionDetails(ana, course.id(),
                Instant.parse("2024-02-28T10:00:00Z"), null));
        assertThat(c.validUntil()).contains(Instant.parse("2025-02-28T10:00:00Z"));
        Completion leapDay = vigil.awareness().completions().create(associate, new CompletionDetails(ana,
                course.id(), Instant.parse("2024-02-29T10:00:00Z"), null));
        assertThat(leapDay.validUntil()).contains(Instant.parse("2025-02-28T10:00:00Z"));
    }
}
