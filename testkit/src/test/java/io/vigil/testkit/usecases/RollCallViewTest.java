package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.AlertingData;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.RollCallCursor;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.in.RollCallStatus.State;
import io.vigil.alerting.port.in.RollCallView;
import io.vigil.alerting.port.in.RollCallViewQuery;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonCard;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The officer's roll-call view: counts, filters, households, phones on need to know, changed-since, audit. */
class RollCallViewTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final WardenZoneId SOUTH = WardenZoneId.of("CDMX-SUR");
    private static final List<GeoPoint> SOUTH_OUTLINE = GeoArea.rectangle(new GeoPoint(19.30, -99.25),
            new GeoPoint(19.40, -99.15)).vertices();
    private static final List<GeoPoint> QUAKE = GeoArea.rectangle(new GeoPoint(19.30, -99.25),
            new GeoPoint(19.45, -99.10)).vertices();

    private final MutableClock clock = MutableClock.at("2026-09-19T13:14:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor manager = Actor.of("manager", OFFICE, Role.MANAGER);
    private final Instant start = clock.instant();

    private PersonId person(String given, PersonCategory category, PersonId sponsor, String phone) {
        List<ContactChannel> contacts = phone == null ? List.of()
                : List.of(new ContactChannel(ChannelKind.PHONE, phone, "mobile"));
        return vigil.people().persons().register(officer, new PersonDetails(given, "Test", category, "IBRD", sponsor,
                contacts, List.of(), null, null)).person().id();
    }

    private void home(PersonId who, List<PersonId> household, double lat, double lon) {
        vigil.people().residences().create(officer, new ResidenceDetails(who, household,
                new Address("Calle 1", "", "Ciudad de México", "Mexico"), new GeoPoint(lat, lon), null,
                start.minus(Duration.ofDays(100)), null));
    }

    private final PersonId warden = person("Warden", PersonCategory.NATIONAL_STAFF, null, "+52 55 1000 0001");
    private final PersonId ana = person("Ana", PersonCategory.INTERNATIONAL_STAFF, null, "+52 55 1000 0002");
    private final PersonId nico = person("Nico", PersonCategory.DEPENDENT, ana, null);
    private final PersonId beto = person("Beto", PersonCategory.NATIONAL_STAFF, null, "+52 55 1000 0003");
    private final PersonId dario = person("Dario", PersonCategory.CONSULTANT, null, "+52 55 1000 0004");

    {
        vigil.people().zones().create(officer, new WardenZoneDetails(SOUTH, "Sur", SOUTH_OUTLINE, warden, List.of()));
        home(warden, List.of(), 19.60, -99.00);
        home(ana, List.of(nico), 19.35, -99.20);
        home(beto, List.of(), 19.36, -99.20);
        home(dario, List.of(), 19.43, -99.12);
    }

    private CommunicationTest rollCall() {
        return vigil.alerting().rollCalls().start(officer, new RollCallDetails("M7.1 earthquake", QUAKE, null,
                null, Set.of(Channel.SMS), 15, 45, null, null, null));
    }

    private RollCallView view(Actor actor, CommunicationTest t, RollCallViewQuery q) {
        return vigil.alerting().rollCallView().view(actor, t.id(), q);
    }

    private static RollCallViewQuery all() {
        return RollCallViewQuery.all(PageRequest.first(50));
    }

    private static Map<PersonId, RollCallView.Row> byPerson(RollCallView v) {
        return v.persons().items().stream().collect(Collectors.toMap(r -> r.status().person(), r -> r));
    }

    private void answer(CommunicationTest t, PersonId p, Answer a, Instant at) {
        vigil.alerting().tests().checkIn(officer, t.id(), new CheckInDetails(p, a, Channel.SMS, at));
    }

    private Set<DataClass> audited(String actor, PersonId about) {
        return vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of(actor), Optional.of(about)),
                PageRequest.first(100)).items().stream().map(AuditEntry::dataClass).collect(Collectors.toSet());
    }

    @Test
    void counts_by_state_and_zone_cover_everyone_and_the_list_filters_by_state_and_zone() {
        CommunicationTest t = rollCall();
        clock.set(start.plus(Duration.ofMinutes(2)));
        answer(t, ana, Answer.SAFE, null);
        clock.set(start.plus(Duration.ofMinutes(20)));
        RollCallView v = view(officer, t, all());
        assertThat(v.counts()).containsEntry(State.SAFE, 1).containsEntry(State.WITH_WARDEN, 2)
                .containsEntry(State.WITH_OFFICER, 1);
        assertThat(v.byZone().get("CDMX-SUR")).containsEntry(State.SAFE, 1).containsEntry(State.WITH_WARDEN, 2)
                .containsEntry(State.WITH_OFFICER, 0);
        assertThat(v.byZone().get(RollCallViewQuery.NO_ZONE)).containsEntry(State.WITH_OFFICER, 1)
                .containsEntry(State.SAFE, 0);
        assertThat(v.persons().total()).isEqualTo(4);

        RollCallView silentSouth = view(officer, t, new RollCallViewQuery(Optional.of(State.WITH_WARDEN),
                Optional.of(SOUTH), false, Optional.empty(), PageRequest.first(50)));
        assertThat(silentSouth.persons().items()).extracting(r -> r.status().person())
                .containsExactlyInAnyOrder(nico, beto);
        assertThat(silentSouth.counts()).isEqualTo(v.counts());
        RollCallView noZone = view(officer, t, new RollCallViewQuery(Optional.empty(), Optional.empty(), true,
                Optional.empty(), PageRequest.first(50)));
        assertThat(noZone.persons().items()).extracting(r -> r.status().person()).containsExactly(dario);
        RollCallView onePage = view(officer, t, RollCallViewQuery.all(new PageRequest(1, 2)));
        assertThat(onePage.persons().items()).hasSize(2);
        assertThat(onePage.persons().total()).isEqualTo(4);
    }

    @Test
    void each_person_comes_with_category_household_and_phones_for_a_reader_of_contacts() {
        CommunicationTest t = rollCall();
        Map<PersonId, RollCallView.Row> rows = byPerson(view(officer, t, all()));
        PersonCard anaCard = rows.get(ana).card().orElseThrow();
        assertThat(anaCard.category()).isEqualTo("INTERNATIONAL_STAFF");
        assertThat(anaCard.dependents()).extracting(PersonCard.Member::person).containsExactly(nico);
        assertThat(anaCard.phones()).contains(List.of("+52 55 1000 0002"));
        PersonCard nicoCard = rows.get(nico).card().orElseThrow();
        assertThat(nicoCard.sponsor()).map(PersonCard.Member::name).contains("Ana Test");
        assertThat(nicoCard.phones()).contains(List.of());
        assertThat(rows.get(beto).status().zone()).contains(SOUTH);
        assertThat(rows.get(beto).status().reason()).startsWith("residence");

        Map<PersonId, RollCallView.Row> managers = byPerson(view(manager, t, all()));
        assertThat(managers.get(ana).card().orElseThrow().phones()).as("a manager reads no contacts").isEmpty();
        assertThat(managers.get(ana).card().orElseThrow().dependents()).hasSize(1);
        assertThat(managers.get(ana).status().reason()).isEqualTo("residence");
    }

    @Test
    void a_view_is_audited_naming_each_person_shown_under_each_class_of_data_shown() {
        CommunicationTest t = rollCall();
        view(manager, t, new RollCallViewQuery(Optional.empty(), Optional.empty(), true, Optional.empty(),
                PageRequest.first(50)));
        assertThat(audited("manager", dario)).containsExactlyInAnyOrder(AlertingData.ACCOUNTABILITY,
                PeopleData.PROFILE);
        assertThat(audited("manager", ana)).as("not listed").isEmpty();
        view(officer, t, all());
        assertThat(audited("officer", ana)).contains(AlertingData.ACCOUNTABILITY, PeopleData.PROFILE,
                PeopleData.CONTACT, PeopleData.RESIDENCE);
        assertThat(audited("officer", nico)).as("a dependent without a phone: no contacts shown")
                .contains(AlertingData.ACCOUNTABILITY, PeopleData.PROFILE, PeopleData.CONTACT);
        assertThatThrownBy(() -> view(new Actor("w", OFFICE, Set.of(Role.WARDEN), Optional.of(warden), Set.of(SOUTH)), t, all()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changed_since_lists_only_whose_state_or_answers_changed_with_the_counts_of_everyone() {
        CommunicationTest t = rollCall();
        clock.set(start.plus(Duration.ofMinutes(1)));
        RollCallView first = view(officer, t, all());
        assertThat(first.complete()).isTrue();
        clock.set(start.plus(Duration.ofMinutes(5)));
        answer(t, beto, Answer.SAFE, null);
        clock.set(start.plus(Duration.ofMinutes(6)));
        RollCallView next = view(officer, t, new RollCallViewQuery(Optional.empty(), Optional.empty(), false,
                Optional.of(first.cursor()), PageRequest.first(50)));
        assertThat(next.complete()).isFalse();
        assertThat(next.persons().items()).extracting(r -> r.status().person()).containsExactly(beto);
        assertThat(next.counts()).containsEntry(State.SAFE, 1).containsEntry(State.AWAITING, 3);

        clock.set(start.plus(Duration.ofMinutes(16)));
        RollCallView afterWardenDelay = view(officer, t, new RollCallViewQuery(Optional.empty(), Optional.empty(),
                false, Optional.of(next.cursor()), PageRequest.first(50)));
        assertThat(afterWardenDelay.persons().items()).as("silence passed to the warden, or to the officer")
                .extracting(r -> r.status().person()).containsExactlyInAnyOrder(ana, nico, dario);
        RollCallView quiet = view(officer, t, new RollCallViewQuery(Optional.empty(), Optional.empty(), false,
                Optional.of(afterWardenDelay.cursor()), PageRequest.first(50)));
        assertThat(quiet.persons().items()).isEmpty();
        assertThat(quiet.persons().total()).isZero();

        answer(t, dario, Answer.NEEDS_HELP, start.plus(Duration.ofMinutes(3)));
        RollCallView backdated = view(officer, t, new RollCallViewQuery(Optional.empty(), Optional.empty(), false,
                Optional.of(quiet.cursor()), PageRequest.first(50)));
        assertThat(backdated.complete()).as("an answer recorded later with an earlier time: everyone again").isTrue();
        assertThat(backdated.persons().total()).isEqualTo(4);
        RollCallView byInstant = view(officer, t, new RollCallViewQuery(Optional.empty(), Optional.empty(), false,
                Optional.of(RollCallCursor.parse("changedSince", quiet.at().toString())), PageRequest.first(50)));
        assertThat(byInstant.persons().items()).isEmpty();
    }

    @Test
    void a_bad_changed_since_is_a_field_violation() {
        assertThatThrownBy(() -> RollCallCursor.parse("changedSince", "yesterday"))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("changedSince");
        assertThatThrownBy(() -> RollCallCursor.parse("changedSince", "2026-09-19T13:14:00Z~-1"))
                .isInstanceOf(InvalidCommandException.class);
        assertThat(RollCallCursor.parse("changedSince", "2026-09-19T13:14:00Z~7"))
                .isEqualTo(RollCallCursor.of(Instant.parse("2026-09-19T13:14:00Z"), 7));
    }
}
