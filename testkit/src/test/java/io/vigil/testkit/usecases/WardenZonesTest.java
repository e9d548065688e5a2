package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
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
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.Place;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.in.MissionDetails;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.people.port.in.ZoneRoster;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The warden system end to end over in-memory adapters: zones, assignment, rosters, need-to-know. */
class WardenZonesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final WardenZoneId SOUTH = WardenZoneId.of("CDMX-SUR");
    private static final WardenZoneId NORTH = WardenZoneId.of("CDMX-NORTE");
    private static final List<GeoPoint> SOUTH_OUTLINE = GeoArea.rectangle(new GeoPoint(19.30, -99.25),
            new GeoPoint(19.40, -99.10)).vertices();
    private static final List<GeoPoint> NORTH_OUTLINE = GeoArea.rectangle(new GeoPoint(19.44, -99.20),
            new GeoPoint(19.52, -99.05)).vertices();
    private static final GeoPoint IN_SOUTH = new GeoPoint(19.36, -99.18);
    private static final GeoPoint IN_NORTH = new GeoPoint(19.48, -99.13);
    private static final GeoPoint NOWHERE = new GeoPoint(19.42, -99.30);

    private final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final PersonId warden = person("Jorge");
    private final PersonId alternate = person("Ana");

    private PersonId person(String given) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Test",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(new ContactChannel(ChannelKind.PHONE,
                        "+52 55 1234 5678", "mobile")), List.of(), null, null)).person().id();
    }

    private Residence home(PersonId who, List<PersonId> household, GeoPoint where) {
        return vigil.people().residences().create(officer, new ResidenceDetails(who, household,
                new Address("Calle " + who.value().toString().substring(0, 4), "Del Valle", "Ciudad de México",
                        "Mexico"), where,
                null, clock.instant().minus(Duration.ofDays(30)), null));
    }

    private WardenZone draw(WardenZoneId id, List<GeoPoint> outline) {
        return vigil.people().zones().create(officer, new WardenZoneDetails(id, "Zone " + id, outline, warden,
                List.of(alternate)));
    }

    private Residence reread(Residence r) {
        return vigil.peoplePorts().residences().findById(r.id()).orElseThrow();
    }

    @Test
    void residences_follow_the_map_when_zones_are_drawn_redrawn_and_removed() {
        Residence before = home(person("Before"), List.of(), IN_SOUTH);
        Residence north = home(person("North"), List.of(), IN_NORTH);
        assertThat(before.wardenZone()).isEmpty();

        WardenZone south = draw(SOUTH, SOUTH_OUTLINE);
        assertThat(reread(before).wardenZone()).contains(SOUTH);
        assertThat(reread(north).wardenZone()).isEmpty();
        assertThat(home(person("After"), List.of(), IN_SOUTH).wardenZone()).contains(SOUTH);
        assertThat(home(person("Outside"), List.of(), NOWHERE).wardenZone()).isEmpty();

        vigil.people().zones().update(officer, SOUTH, south.version(), new WardenZoneDetails(SOUTH, "South",
                NORTH_OUTLINE, warden, List.of()));
        assertThat(reread(before).wardenZone()).isEmpty();
        assertThat(reread(north).wardenZone()).contains(SOUTH);

        vigil.people().zones().remove(officer, SOUTH, south.version() + 1);
        assertThat(reread(north).wardenZone()).isEmpty();
    }

    @Test
    void where_zones_overlap_the_smallest_id_wins_whatever_the_drawing_order() {
        draw(SOUTH, SOUTH_OUTLINE);
        draw(WardenZoneId.of("A-OVERLAP"), SOUTH_OUTLINE);
        assertThat(home(person("Both"), List.of(), IN_SOUTH).wardenZone()).contains(WardenZoneId.of("A-OVERLAP"));
    }

    @Test
    void a_zone_given_against_the_map_is_refused_naming_the_field() {
        draw(SOUTH, SOUTH_OUTLINE);
        PersonId p = person("Wrong");
        assertThatThrownBy(() -> vigil.people().residences().create(officer, new ResidenceDetails(p, List.of(),
                new Address("Calle 1", "", "CDMX", "Mexico"), IN_SOUTH, NORTH, clock.instant(), null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("wardenZone");
                            assertThat(v.message()).contains("zone CDMX-SUR");
                        }));
        assertThat(vigil.people().residences().ofPerson(officer, p)).isEmpty();
    }

    @Test
    void zone_ids_are_unique_and_kept_and_wardens_must_be_of_the_office() {
        WardenZone south = draw(SOUTH, SOUTH_OUTLINE);
        assertThatThrownBy(() -> draw(SOUTH, NORTH_OUTLINE)).isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> vigil.people().zones().update(officer, SOUTH, south.version(),
                new WardenZoneDetails(NORTH, "x", SOUTH_OUTLINE, warden, List.of())))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("id"));
        assertThatThrownBy(() -> vigil.people().zones().create(officer, new WardenZoneDetails(NORTH, "x",
                NORTH_OUTLINE, PersonId.random(), List.of(alternate, PersonId.random()))))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("warden"));
        assertThat(vigil.people().zones().list(Actor.staff("me", OFFICE, alternate), PageRequest.first(10)).items())
                .as("every member of the office reads the zones").containsExactly(south);
    }

    @Test
    void the_roster_names_residents_households_and_visitors_for_the_zones_wardens_only() {
        draw(SOUTH, SOUTH_OUTLINE);
        draw(NORTH, NORTH_OUTLINE);
        PersonId occupant = person("Occupant");
        PersonId child = person("Child");
        home(occupant, List.of(child), IN_SOUTH);
        home(person("Northerner"), List.of(), IN_NORTH);
        PersonId visitor = person("Visitor");
        Instant now = clock.instant();
        vigil.people().missions().create(officer, new MissionDetails("Review", null, List.of(visitor), List.of(),
                List.of(new HotelStay(new Place("Hotel Sur", new GeoPoint(19.35, -99.17)), now.minusSeconds(3600),
                        now.plus(Duration.ofDays(2))))));

        Actor southWarden = Actor.warden("jorge", OFFICE, warden, Set.of(SOUTH));
        ZoneRoster roster = vigil.people().zones().roster(southWarden, SOUTH, now);
        assertThat(roster.wardens()).containsExactly(warden, alternate);
        assertThat(roster.entries()).extracting(ZoneRoster.Entry::person, ZoneRoster.Entry::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(occupant, ZoneRoster.Role.RESIDENT),
                        org.assertj.core.groups.Tuple.tuple(child, ZoneRoster.Role.HOUSEHOLD),
                        org.assertj.core.groups.Tuple.tuple(visitor, ZoneRoster.Role.VISITOR));
        assertThat(roster.entries().get(2).place()).isEqualTo("Hotel Sur");
        assertThat(roster.entries().get(0).phone()).contains("+52 55 1234 5678");
        assertThat(vigil.people().zones().roster(southWarden, SOUTH, now.plus(Duration.ofDays(3))).entries())
                .as("the visitor has checked out").extracting(ZoneRoster.Entry::person)
                .containsExactly(occupant, child);

        var audited = vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of("jorge"), Optional.of(visitor)),
                PageRequest.first(100)).items().stream().filter(e -> e.resourceType().equals("warden-zone-roster"))
                .filter(e -> e.dataClass() == PeopleData.RESIDENCE).toList();
        assertThat(audited).hasSize(1).allSatisfy(e -> assertThat(e.persons()).contains(occupant, child, visitor));

        assertThatThrownBy(() -> vigil.people().zones().roster(Actor.warden("n", OFFICE, alternate, Set.of(NORTH)),
                SOUTH, now)).isInstanceOf(AccessDeniedException.class).hasMessageContaining("their zones");
        assertThatThrownBy(() -> vigil.people().zones().roster(Actor.of("m", OFFICE, Role.MANAGER), SOUTH, now))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Set<DataClass> rosterAudited(String actor, PersonId about) {
        return vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of(actor), Optional.of(about)),
                PageRequest.first(100)).items().stream().filter(e -> e.resourceType().equals("warden-zone-roster"))
                .map(AuditEntry::dataClass).collect(Collectors.toSet());
    }

    @Test
    void a_roster_is_audited_as_residences_of_everyone_on_it_and_as_contacts_and_stays_of_those_it_shows() {
        draw(SOUTH, SOUTH_OUTLINE);
        Instant now = clock.instant();
        PersonId current = person("Current");
        home(current, List.of(), IN_SOUTH);
        PersonId leaver = person("Leaver");
        vigil.people().residences().create(officer, new ResidenceDetails(leaver, List.of(), new Address("Calle 9",
                "Del Valle", "Ciudad de México", "Mexico"), IN_SOUTH, null, now.minus(Duration.ofDays(300)),
                now.minus(Duration.ofDays(2))));
        PersonId visitor = person("Visitor");
        vigil.people().missions().create(officer, new MissionDetails("Review", null, List.of(visitor), List.of(),
                List.of(new HotelStay(new Place("Hotel Sur", new GeoPoint(19.35, -99.17)),
                        now.minus(Duration.ofDays(5)), now.plus(Duration.ofDays(2))))));

        ZoneRoster lastWeek = vigil.people().zones().roster(Actor.warden("jorge", OFFICE, warden, Set.of(SOUTH)),
                SOUTH, now.minus(Duration.ofDays(3)));
        assertThat(lastWeek.entries()).extracting(ZoneRoster.Entry::person)
                .containsExactlyInAnyOrder(current, leaver, visitor);
        assertThat(lastWeek.entries()).filteredOn(e -> e.person().equals(leaver)).singleElement()
                .satisfies(e -> assertThat(e.place()).as("moved out: withheld").isNull());
        assertThat(rosterAudited("jorge", current)).containsExactlyInAnyOrder(PeopleData.RESIDENCE,
                PeopleData.CONTACT);
        assertThat(rosterAudited("jorge", leaver)).as("on the roster, without place or phone")
                .containsExactly(PeopleData.RESIDENCE);
        assertThat(rosterAudited("jorge", visitor)).containsExactlyInAnyOrder(PeopleData.RESIDENCE,
                PeopleData.CONTACT, PeopleData.MOVEMENT);
    }
}
