package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.Address;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.people.port.in.ZoneRoster;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.people.domain.BloodType;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.EmergencyContact;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PersonView;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Need-to-know across the personnel use cases: what an actor may not read, they can neither clear nor learn of. */
class NeedToKnowTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final ContactChannel PHONE = new ContactChannel(ChannelKind.PHONE, "+52 55 1234 5678", "mobile");
    private static final EmergencyContact MOTHER = new EmergencyContact("Rosa Ortega", "mother", "+52 55 8765 4321");

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor integration = Actor.of("hr-feed", OFFICE, Role.INTEGRATION);

    private PersonView registered() {
        return vigil.people().persons().register(officer, new PersonDetails("Elena", "Ortega",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(PHONE), List.of(MOTHER), "asthma",
                BloodType.O_NEGATIVE));
    }

    private Person stored(PersonView v) {
        return vigil.peoplePorts().persons().findById(v.person().id()).orElseThrow();
    }

    /** The body a client builds from what it read: the redacted view, sent back unchanged but for the org unit. */
    private static PersonDetails readBack(PersonView v, String orgUnit) {
        Person p = v.person();
        return new PersonDetails(p.givenName(), p.familyName(), p.category(), orgUnit, p.sponsor().orElse(null),
                p.contacts(), p.emergencyContacts(), p.specialNeeds().orElse(null), p.bloodType().orElse(null));
    }

    @Test
    void an_integration_writing_back_its_redacted_view_keeps_the_contacts_and_health_it_could_not_read() {
        PersonView created = registered();
        PersonView seen = vigil.people().persons().get(integration, created.person().id());
        assertThat(seen.withheld()).containsExactlyInAnyOrder(PeopleData.CONTACT, PeopleData.HEALTH);
        assertThat(seen.person().contacts()).isEmpty();

        vigil.people().persons().update(integration, seen.person().id(), seen.person().version(),
                readBack(seen, "UNDP"));

        Person after = stored(created);
        assertThat(after.orgUnit()).isEqualTo("UNDP");
        assertThat(after.contacts()).containsExactly(PHONE);
        assertThat(after.emergencyContacts()).containsExactly(MOTHER);
        assertThat(after.specialNeeds()).contains("asthma");
        assertThat(after.bloodType()).contains(BloodType.O_NEGATIVE);
    }

    @Test
    void an_integration_may_still_replace_contacts_it_cannot_read_by_giving_new_ones() {
        PersonView created = registered();
        PersonView seen = vigil.people().persons().get(integration, created.person().id());
        ContactChannel newPhone = new ContactChannel(ChannelKind.PHONE, "+52 55 0000 1111", "mobile");
        Person p = seen.person();
        vigil.people().persons().update(integration, p.id(), p.version(), new PersonDetails(p.givenName(),
                p.familyName(), p.category(), p.orgUnit(), null, List.of(newPhone), List.of(), null, BloodType.A_POSITIVE));

        Person after = stored(created);
        assertThat(after.contacts()).containsExactly(newPhone);
        assertThat(after.emergencyContacts()).as("left empty, so kept").containsExactly(MOTHER);
        assertThat(after.specialNeeds()).as("left empty, so kept").contains("asthma");
        assertThat(after.bloodType()).contains(BloodType.A_POSITIVE);
    }

    @Test
    void a_writer_who_may_read_everything_still_clears_what_they_leave_out() {
        PersonView created = registered();
        Person p = created.person();
        vigil.people().persons().update(officer, p.id(), p.version(), new PersonDetails(p.givenName(),
                p.familyName(), p.category(), p.orgUnit(), null, List.of(), List.of(), null, null));

        Person after = stored(created);
        assertThat(after.contacts()).isEmpty();
        assertThat(after.emergencyContacts()).isEmpty();
        assertThat(after.specialNeeds()).isEqualTo(Optional.empty());
        assertThat(after.bloodType()).isEqualTo(Optional.empty());
    }

    /** What a call about a person answers: the exception's class and its message with the id blanked. */
    private static String answer(ThrowingCallable call, PersonId id) {
        try {
            call.call();
            return "no refusal";
        } catch (Throwable e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage().replace(id.toString(), "<id>");
        }
    }

    @Test
    void staff_get_the_same_answer_for_another_person_as_for_nobody_and_the_refusal_is_audited() {
        PersonId other = registered().person().id();
        PersonId nobody = PersonId.random();
        PersonId self = registered().person().id();
        Actor staff = Actor.staff("lucia", OFFICE, self);
        var persons = vigil.people().persons();

        assertThat(answer(() -> persons.get(staff, other), other))
                .isEqualTo(answer(() -> persons.get(staff, nobody), nobody))
                .isEqualTo("NotFoundException: person <id> was not found");
        assertThat(answer(() -> persons.dependents(staff, other), other))
                .isEqualTo(answer(() -> persons.dependents(staff, nobody), nobody));
        assertThat(answer(() -> persons.remove(staff, other, 0), other))
                .isEqualTo(answer(() -> persons.remove(staff, nobody, 0), nobody));
        PersonDetails change = new PersonDetails("X", "Y", PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(),
                List.of(), null, null);
        assertThat(answer(() -> persons.update(staff, other, 0, change), other))
                .isEqualTo(answer(() -> persons.update(staff, nobody, 0, change), nobody));

        List<AuditEntry> refusals = vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of("lucia"),
                Optional.of(other)), PageRequest.first(100)).items();
        assertThat(refusals).isNotEmpty().allSatisfy(e -> assertThat(e.granted()).isFalse())
                .anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.READ));
    }

    @Test
    void a_manager_who_may_read_the_profile_is_still_refused_a_write_as_such() {
        PersonId other = registered().person().id();
        Actor manager = Actor.of("manager", OFFICE, Role.MANAGER);
        assertThatThrownBy(() -> vigil.people().persons().remove(manager, other, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vigil.people().persons().get(manager, PersonId.random()))
                .isInstanceOf(NotFoundException.class);
    }

    private static final WardenZoneId SOUTH = WardenZoneId.of("CDMX-SUR");
    private static final GeoPoint IN_SOUTH = new GeoPoint(19.36, -99.18);

    private PersonId livedInSouth(String given, Instant movedIn, Instant movedOut) {
        PersonId who = vigil.people().persons().register(officer, new PersonDetails(given, "Ortega",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(new ContactChannel(ChannelKind.PHONE,
                "+52 55 " + Math.abs(given.hashCode() % 10_000) + " 0000", "mobile")), List.of(), null, null))
                .person().id();
        vigil.people().residences().create(officer, new ResidenceDetails(who, List.of(), new Address("Calle " + given,
                "Del Valle", "Ciudad de México", "Mexico"), IN_SOUTH, null, movedIn, movedOut));
        return who;
    }

    @Test
    void a_warden_asks_for_their_zones_roster_only_around_now_and_sees_contacts_only_of_who_lives_there_now() {
        PersonId warden = registered().person().id();
        vigil.people().zones().create(officer, new WardenZoneDetails(SOUTH, "Sur", GeoArea.rectangle(
                new GeoPoint(19.30, -99.25), new GeoPoint(19.40, -99.10)).vertices(), warden, List.of()));
        Instant now = clock.instant();
        PersonId former = livedInSouth("Former", Instant.parse("2019-01-01T00:00:00Z"),
                Instant.parse("2020-01-01T00:00:00Z"));
        PersonId leaver = livedInSouth("Leaver", now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(2)));
        PersonId current = livedInSouth("Current", now.minus(Duration.ofDays(400)), null);
        Actor southWarden = Actor.warden("jorge", OFFICE, warden, Set.of(SOUTH));
        Instant past = Instant.parse("2019-06-01T00:00:00Z");
        var zones = vigil.people().zones();

        assertThatThrownBy(() -> zones.roster(southWarden, SOUTH, past)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("only from 7 days before now to 7 days after it");
        assertThatThrownBy(() -> zones.roster(southWarden, SOUTH, now.plus(Duration.ofDays(8))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of("jorge"), Optional.empty()),
                PageRequest.first(100)).items()).filteredOn(e -> e.resourceType().equals("warden-zone-roster"))
                .hasSize(2).allSatisfy(e -> assertThat(e.granted()).isFalse());
        assertThatThrownBy(() -> vigil.people().persons().get(southWarden, former))
                .as("the person route refuses them too").isInstanceOf(NotFoundException.class);

        for (Actor anyTime : List.of(officer, Actor.of("soc", OFFICE, Role.SOC_OPERATOR),
                Actor.of("associate", OFFICE, Role.SECURITY_ASSOCIATE))) {
            ZoneRoster then = zones.roster(anyTime, SOUTH, past);
            assertThat(then.entries()).extracting(ZoneRoster.Entry::person).containsExactly(former);
            assertThat(then.entries().get(0).phone()).isPresent();
            assertThat(then.entries().get(0).place()).isEqualTo("Calle Former, Del Valle");
        }

        ZoneRoster lastWeek = zones.roster(southWarden, SOUTH, now.minus(Duration.ofDays(3)));
        assertThat(lastWeek.entries()).extracting(ZoneRoster.Entry::person)
                .containsExactlyInAnyOrder(leaver, current);
        ZoneRoster.Entry left = lastWeek.entries().stream().filter(e -> e.person().equals(leaver)).findFirst()
                .orElseThrow();
        ZoneRoster.Entry stays = lastWeek.entries().stream().filter(e -> e.person().equals(current)).findFirst()
                .orElseThrow();
        assertThat(left.phone()).as("no longer in the zone: as GET /persons/{id} refuses").isEmpty();
        assertThat(left.email()).isEmpty();
        assertThat(left.place()).isNull();
        assertThatThrownBy(() -> vigil.people().persons().get(southWarden, leaver))
                .isInstanceOf(NotFoundException.class);
        assertThat(stays.phone()).isPresent();
        assertThat(stays.place()).isNotNull();
        assertThat(vigil.people().persons().get(southWarden, current).person().contacts()).isNotEmpty();
    }
}
