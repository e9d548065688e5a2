package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionStatus;
import io.vigil.liaison.port.in.ActionChangeDetails;
import io.vigil.liaison.port.in.ActionItemDetails;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.review.domain.ProgrammeReview;
import io.vigil.review.domain.ReviewMarkdown;
import io.vigil.review.domain.ReviewSection;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The programme review's liaison section: the liaison context's activity figures of the period, as of its instant. */
class LiaisonReviewSectionTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant START = Instant.parse("2026-07-01T00:00:00Z");
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor manager = Actor.of("com", OFFICE, Role.MANAGER);

    @Test
    void the_liaison_section_counts_the_action_items_of_the_period_as_they_stood_at_the_end() {
        MutableClock clock = MutableClock.at(START.plus(Duration.ofDays(1)).toString());
        InMemoryVigil vigil = InMemoryVigil.create(clock);
        LiaisonUseCases liaison = vigil.liaison();
        PersonId ana = vigil.people().persons().register(officer, new PersonDetails("Ana", "Ruiz",
                PersonCategory.CONSULTANT, "IFC", null, List.of(), List.of(), null, null)).person().id();
        // 2 July: two items, one due 10 July (done on 5 July), one due 20 July (never done)
        ActionItem done = liaison.actions().assign(officer, new ActionItemDetails("Confirm the assembly points", ana,
                LocalDate.parse("2026-07-10")));
        ActionItem overdue = liaison.actions().assign(officer, new ActionItemDetails("Update the warden list", ana,
                LocalDate.parse("2026-07-20")));
        clock.advance(Duration.ofDays(3));
        liaison.actions().change(officer, done.id(), done.version(), new ActionChangeDetails(null, null,
                ActionStatus.DONE));
        clock.advance(Duration.ofDays(30));
        Instant to = START.plus(Duration.ofDays(31));
        Instant asOf = clock.instant();
        // 5 August, after the review's instant: a third item, which the review must not count
        clock.advance(Duration.ofDays(1));
        liaison.actions().assign(officer, new ActionItemDetails("Book the next cell", ana, LocalDate.parse("2026-08-30")));

        ReviewSection s = vigil.review().programme().review(officer, START, to, asOf).section("liaison");
        assertThat(s.figure("actionsOpened").records()).containsExactlyInAnyOrder(done.id().toString(),
                overdue.id().toString());
        assertThat(s.figure("actionsClosed").records()).containsExactly(done.id().toString());
        assertThat(s.figure("actionsOpen").records()).containsExactly(overdue.id().toString());
        assertThat(s.figure("actionsOverdue").records()).containsExactly(overdue.id().toString());
        assertThat(s.figure("meetings").value()).isZero();
        assertThat(s.findings()).isEmpty();

        ProgrammeReview managers = vigil.review().programme().review(manager, START, to, asOf);
        assertThat(managers.section("liaison").figures()).isEqualTo(s.figures());
        assertThat(ReviewMarkdown.render(managers)).contains("Liaison, meetings and advice")
                .doesNotContain("Ana Ruiz");
    }
}
