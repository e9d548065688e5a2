package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionStatus;
import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.ContactMode;
import io.vigil.liaison.domain.ContactSensitivity;
import io.vigil.liaison.domain.ExchangeDirection;
import io.vigil.liaison.domain.InformationLevel;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationKind;
import io.vigil.liaison.domain.SeriesKind;
import io.vigil.liaison.port.in.ActionChangeDetails;
import io.vigil.liaison.port.in.ActionItemDetails;
import io.vigil.liaison.port.in.ActivityPeriod;
import io.vigil.liaison.port.in.ContactEntryDetails;
import io.vigil.liaison.port.in.ExchangeDetails;
import io.vigil.liaison.port.in.LiaisonActivity;
import io.vigil.liaison.port.in.LiaisonContactDetails;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.liaison.port.in.MeetingDetails;
import io.vigil.liaison.port.in.MeetingSeriesDetails;
import io.vigil.liaison.port.in.OrganisationDetails;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.Generate;

/** The liaison use cases over in-memory stores: need-to-know, refusals that store nothing, and the activity figures. */
class LiaisonUseCasesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor manager = Actor.of("com", OFFICE, Role.MANAGER);

    private static PersonId person(InMemoryVigil vigil, Actor officer, String name) {
        return vigil.people().persons().register(officer, new PersonDetails(name, "Ruiz", PersonCategory.CONSULTANT,
                "IFC", null, List.of(), List.of(), null, null)).person().id();
    }

    private LiaisonContact contact(LiaisonUseCases liaison, ContactSensitivity sensitivity) {
        Organisation o = liaison.organisations().create(officer, new OrganisationDetails("OSAC Mexico",
                OrganisationKind.PRIVATE_SECURITY_NETWORK, null));
        return liaison.contacts().create(officer, new LiaisonContactDetails(o.id(), "Rodrigo Salinas", "Chair", null,
                sensitivity, InformationLevel.INTERNAL, null));
    }

    @Test
    void a_confidential_contact_is_not_found_by_a_manager_and_each_read_is_audited_with_its_name() {
        InMemoryVigil vigil = InMemoryVigil.create(MutableClock.at(START.toString()));
        LiaisonContact secret = contact(vigil.liaison(), ContactSensitivity.CONFIDENTIAL);
        assertThatThrownBy(() -> vigil.liaison().contacts().get(manager, secret.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(vigil.liaison().contacts().list(manager, PageRequest.first(50)).items()).isEmpty();
        vigil.liaison().contacts().get(officer, secret.id());
        List<AuditEntry> reads = vigil.auditLog().find(AuditQuery.office(OFFICE), PageRequest.first(500)).items()
                .stream().filter(e -> e.resourceType().equals("confidential-contact")).toList();
        assertThat(reads).anySatisfy(e -> {
            assertThat(e.granted()).isTrue();
            assertThat(e.basis()).contains("Rodrigo Salinas");
            assertThat(e.resourceId()).isEqualTo(secret.id().toString());
        });
        assertThat(reads).anySatisfy(e -> assertThat(e.granted()).isFalse());
    }

    @Test
    void the_contact_log_about_a_confidential_contact_is_the_security_roles_alone_and_each_list_names_it() {
        InMemoryVigil vigil = InMemoryVigil.create(MutableClock.at(START.toString()));
        LiaisonContact secret = contact(vigil.liaison(), ContactSensitivity.CONFIDENTIAL);
        ContactEntry entry = vigil.liaison().contactLog().log(officer, new ContactEntryDetails(secret.id(),
                START.minusSeconds(3600), ContactMode.CALLED, "checkpoint at PK12"));
        assertThat(vigil.liaison().contactLog().list(officer, PageRequest.first(50)).items()).containsExactly(entry);
        assertThat(vigil.liaison().contactLog().ofContact(officer, secret.id())).containsExactly(entry);
        assertThat(vigil.liaison().contactLog().get(officer, entry.id())).isEqualTo(entry);
        assertThatThrownBy(() -> vigil.liaison().contactLog().list(manager, PageRequest.first(50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vigil.liaison().contactLog().get(manager, entry.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vigil.liaison().contactLog().ofContact(manager, secret.id()))
                .isInstanceOf(AccessDeniedException.class);
        List<AuditEntry> named = vigil.auditLog().find(AuditQuery.office(OFFICE), PageRequest.first(500)).items()
                .stream().filter(e -> e.resourceType().equals("confidential-contact") && e.granted()).toList();
        assertThat(named).filteredOn(e -> e.action() == AuditAction.LIST).isNotEmpty()
                .allSatisfy(e -> assertThat(e.basis()).contains("Rodrigo Salinas"));
    }

    @Test
    void sharing_above_the_contacts_level_is_refused_and_stores_nothing() {
        InMemoryVigil vigil = InMemoryVigil.create(MutableClock.at(START.toString()));
        LiaisonContact c = contact(vigil.liaison(), ContactSensitivity.ORDINARY);
        assertThatThrownBy(() -> vigil.liaison().informationLog().record(officer, new ExchangeDetails(c.id(),
                START.minusSeconds(60), ExchangeDirection.SHARED, InformationLevel.CONFIDENTIAL, "the plan")))
                .isInstanceOf(RefusedException.class).hasMessageContaining("cleared to INTERNAL only");
        assertThat(vigil.liaisonPorts().informationLog().all(OFFICE)).isEmpty();
    }

    /** A fixed seed, so every run tries the same cases; -DQT_SEED=... tries others. */
    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261202L)).withExamples(40);
    }

    /** Per item: its due date in days from the start (-20 to 20), and the status it ends in. */
    private record Plan(int dueInDays, ActionStatus status) {
    }

    @Test
    void the_activity_figures_count_what_the_list_use_cases_list_as_open_and_overdue() {
        qt().forAll(lists().of(Generate.range(-20, 20).zip(Generate.enumValues(ActionStatus.class), Plan::new))
                .ofSizeBetween(0, 12), Generate.range(0, 30)).checkAssert((plans, daysLater) -> {
            MutableClock clock = MutableClock.at(START.toString());
            InMemoryVigil vigil = InMemoryVigil.create(clock);
            LiaisonUseCases liaison = vigil.liaison();
            PersonId ana = person(vigil, officer, "Ana");
            MeetingSeries cell = liaison.series().create(officer, new MeetingSeriesDetails("Cell",
                    SeriesKind.SECURITY_CELL, null));
            var meeting = liaison.meetings().create(officer, new MeetingDetails(cell.id(), START, List.of(ana),
                    List.of(), List.of(), null, List.of()));
            LocalDate today = LocalDate.ofInstant(START, ZoneOffset.UTC);
            for (int i = 0; i < plans.size(); i++) {
                Plan p = plans.get(i);
                clock.advance(Duration.ofMinutes(5));
                ActionItemDetails d = new ActionItemDetails("item " + i, ana, today.plusDays(p.dueInDays()));
                ActionItem a = i % 2 == 0 ? liaison.actions().raise(officer, meeting.id(), d)
                        : liaison.actions().assign(officer, d);
                if (p.status() != ActionStatus.OPEN) {
                    clock.advance(Duration.ofMinutes(1));
                    liaison.actions().change(officer, a.id(), a.version(), new ActionChangeDetails(null, null,
                            p.status()));
                }
            }
            clock.advance(Duration.ofDays(daysLater));
            Instant end = clock.instant();
            LiaisonActivity figures = liaison.activity().activity(manager, new ActivityPeriod(START.minusSeconds(1),
                    end.plusSeconds(1), end));
            List<String> overdue = liaison.actions().overdue(officer, end).stream().map(a -> a.id().toString())
                    .sorted().toList();
            List<String> open = Page.all(page -> liaison.actions().list(officer, page)).stream()
                    .filter(a -> a.status().open()).map(a -> a.id().toString()).sorted().toList();
            assertThat(figures.actionsOverdue().ids()).isEqualTo(overdue);
            assertThat(figures.actionsOpen().ids()).isEqualTo(open);
            assertThat(figures.actionsOpened().count()).isEqualTo(plans.size());
            assertThat(figures.meetings().count()).isEqualTo(1);
            assertThat(liaison.activity().activity(manager, new ActivityPeriod(START.minusSeconds(1),
                    end.plusSeconds(1), end))).as("the same figures when asked again").isEqualTo(figures);
        });
    }

    @Test
    void figures_as_of_an_earlier_instant_leave_out_what_was_recorded_later() {
        MutableClock clock = MutableClock.at(START.toString());
        InMemoryVigil vigil = InMemoryVigil.create(clock);
        LiaisonUseCases liaison = vigil.liaison();
        PersonId ana = person(vigil, officer, "Ana");
        ActionItem early = liaison.actions().assign(officer, new ActionItemDetails("early", ana,
                LocalDate.parse("2026-03-02")));
        Instant asOf = clock.instant();
        clock.advance(Duration.ofDays(5));
        liaison.actions().change(officer, early.id(), early.version(), new ActionChangeDetails(null, null,
                ActionStatus.DONE));
        liaison.actions().assign(officer, new ActionItemDetails("late", ana, LocalDate.parse("2026-03-03")));
        LiaisonActivity then = liaison.activity().activity(manager, new ActivityPeriod(START.minus(Duration.ofDays(1)),
                START.plus(Duration.ofDays(10)), asOf));
        assertThat(then.actionsOpened().ids()).containsExactly(early.id().toString());
        assertThat(then.actionsOpen().ids()).containsExactly(early.id().toString());
        assertThat(then.actionsClosed().count()).isZero();
        assertThatThrownBy(() -> liaison.activity().activity(Actor.staff("s", OFFICE, ana), new ActivityPeriod(START,
                START.plusSeconds(60), START))).isInstanceOf(AccessDeniedException.class);
    }
}
