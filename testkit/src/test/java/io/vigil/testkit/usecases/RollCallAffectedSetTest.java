package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.Incident.ReasonKind;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
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
import io.vigil.people.port.in.LocateQuery;
import io.vigil.people.port.in.LocatorResult;
import io.vigil.people.port.in.MissionDetails;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PositionDetails;
import io.vigil.people.port.in.PresenceDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A roll-call's affected set over in-memory adapters: presences count (residents recorded abroad
 * are listed, not asked), every reason kept with its place, a visitor in the zone of their hotel.
 */
class RollCallAffectedSetTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final WardenZoneId SOUTH = WardenZoneId.of("CDMX-SUR");
    private static final List<GeoPoint> SOUTH_OUTLINE = GeoArea.rectangle(new GeoPoint(19.30, -99.25),
            new GeoPoint(19.40, -99.15)).vertices();
    private static final List<GeoPoint> QUAKE = GeoArea.rectangle(new GeoPoint(19.30, -99.25),
            new GeoPoint(19.45, -99.10)).vertices();
    private static final GeoPoint HOTEL = new GeoPoint(19.38, -99.17);

    private final MutableClock clock = MutableClock.at("2026-09-19T13:14:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Instant start = clock.instant();
    private int phones;
    private int homes;

    private PersonId person(String given, PersonCategory category) {
        return vigil.people().persons().register(officer, new PersonDetails(given, "Test", category, "IBRD", null,
                List.of(new ContactChannel(ChannelKind.PHONE, "+52 55 1000 " + (1000 + phones++), "mobile")),
                List.of(), null, null)).person().id();
    }

    private void home(PersonId who, double lat, double lon) {
        vigil.people().residences().create(officer, new ResidenceDetails(who, List.of(),
                new Address("Calle " + ++homes, "", "Ciudad de México", "Mexico"), new GeoPoint(lat, lon), null,
                start.minus(Duration.ofDays(400)), null));
    }

    private void stay(PersonId who, Duration arrivedAgo, Duration leftAgo) {
        vigil.people().presences().record(officer, new PresenceDetails(who, start.minus(arrivedAgo),
                leftAgo == null ? null : start.minus(leftAgo)));
    }

    private final PersonId warden = person("Warden", PersonCategory.NATIONAL_STAFF);
    private final PersonId nacional = person("Nacional", PersonCategory.NATIONAL_STAFF);
    private final PersonId here = person("Here", PersonCategory.INTERNATIONAL_STAFF);
    private final PersonId away = person("Away", PersonCategory.INTERNATIONAL_STAFF);
    private final PersonId justLeft = person("JustLeft", PersonCategory.INTERNATIONAL_STAFF);
    private final PersonId visitor = person("Visitor", PersonCategory.CONSULTANT);

    {
        vigil.people().zones().create(officer, new WardenZoneDetails(SOUTH, "Sur", SOUTH_OUTLINE, warden,
                List.of()));
        home(warden, 19.60, -99.00);
        home(nacional, 19.35, -99.20);
        home(here, 19.36, -99.20);
        home(away, 19.37, -99.20);
        home(justLeft, 19.38, -99.20);
        stay(here, Duration.ofDays(300), null);
        stay(away, Duration.ofDays(300), Duration.ofDays(3));
        stay(justLeft, Duration.ofDays(300), Duration.ofMinutes(30));
        vigil.people().missions().create(officer, new MissionDetails("Visit", null, List.of(visitor), List.of(),
                List.of(new HotelStay(new Place("Hotel Sur", HOTEL), start.minus(Duration.ofDays(1)),
                        start.plus(Duration.ofDays(2))))));
    }

    private CommunicationTest rollCall() {
        return vigil.alerting().rollCalls().start(officer, new RollCallDetails("M7.1 earthquake", QUAKE, null,
                null, Set.of(Channel.SMS), 15, 45, null, null, null));
    }

    private RollCallStatus.Person personIn(RollCallStatus status, PersonId who) {
        return status.persons().stream().filter(p -> p.person().equals(who)).findFirst().orElseThrow();
    }

    @Test
    void residents_recorded_abroad_at_the_incident_are_listed_apart_not_asked_and_not_scored() {
        CommunicationTest t = rollCall();
        assertThat(t.audience()).as("no stay recorded counts as present; an open stay is present")
                .containsExactlyInAnyOrder(nacional, here, visitor);
        Incident incident = t.incident().orElseThrow();
        assertThat(incident.abroad()).extracting(Incident.Abroad::person)
                .as("left three days ago, and half an hour ago (within the look-back)")
                .containsExactlyInAnyOrder(away, justLeft);
        assertThat(incident.abroad()).filteredOn(a -> a.person().equals(justLeft)).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("JustLeft Test");
            assertThat(a.departed()).contains(start.minus(Duration.ofMinutes(30)));
            assertThat(a.residence().kind()).isEqualTo(ReasonKind.RESIDENCE);
            assertThat(a.residence().text()).isEqualTo("residence: lives at Calle 5, Ciudad de México");
        });
        List<String> asked = vigil.gateway().sent(OFFICE).stream().map(OutboundMessage::address).toList();
        assertThat(asked).hasSize(3);

        clock.set(start.plus(Duration.ofMinutes(50)));
        vigil.alerting().rollCalls().escalate(officer, t.id());
        String wardenPhone = vigil.people().directory().persons(officer, List.of(warden)).get(0).addresses()
                .get("PHONE");
        assertThat(vigil.gateway().sent(OFFICE)).filteredOn(m -> m.address().equals(wardenPhone)).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Nacional Test").contains("Here Test")
                        .doesNotContain("Away").doesNotContain("JustLeft"));
        RollCallStatus status = vigil.alerting().rollCalls().status(officer, t.id());
        assertThat(status.score().audience()).isEqualTo(3);
        assertThat(status.abroad()).extracting(Incident.Abroad::person).containsExactlyInAnyOrder(away, justLeft);
        assertThat(status.persons()).extracting(RollCallStatus.Person::person).doesNotContain(away, justLeft);

        LocatorResult located = vigil.people().locator().locate(officer, new LocateQuery(QUAKE,
                start.minus(Duration.ofMinutes(120)), start));
        assertThat(located.hits()).as("a residence places nobody while they are abroad")
                .noneMatch(h -> h.person().equals(away))
                .filteredOn(h -> h.person().equals(justLeft)).singleElement()
                .satisfies(h -> assertThat(h.until()).contains(start.minus(Duration.ofMinutes(30))));
        assertThat(located.abroad()).extracting(LocatorResult.Abroad::person).containsExactlyInAnyOrder(away, justLeft);
    }

    @Test
    void a_resident_abroad_whom_a_reported_position_places_in_the_area_is_asked() {
        vigil.people().positions().report(officer, new PositionDetails(away, new GeoPoint(19.33, -99.22),
                start.minus(Duration.ofMinutes(5)), "app"));
        CommunicationTest t = rollCall();
        assertThat(t.audience()).contains(away).doesNotContain(justLeft);
        assertThat(t.incident().orElseThrow().affected()).filteredOn(a -> a.person().equals(away)).singleElement()
                .satisfies(a -> assertThat(a.reasons()).extracting(Incident.Reason::kind)
                        .containsExactly(ReasonKind.LAST_KNOWN_POSITION));
    }

    @Test
    void an_area_holding_only_residents_abroad_is_refused_saying_so() {
        List<GeoPoint> aroundAway = GeoArea.rectangle(new GeoPoint(19.369, -99.201), new GeoPoint(19.371, -99.199))
                .vertices();
        assertThatThrownBy(() -> vigil.alerting().rollCalls().start(officer, new RollCallDetails("Gas leak",
                aroundAway, null, null, Set.of(Channel.SMS), null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("outline");
                            assertThat(v.message()).contains("1 resident is abroad");
                        }));
    }

    @Test
    void every_reason_is_kept_with_its_kind_place_point_and_window_and_read_as_one_text() {
        vigil.people().positions().report(officer, new PositionDetails(nacional, new GeoPoint(19.33, -99.22),
                start.minus(Duration.ofMinutes(5)), "app"));
        CommunicationTest t = rollCall();
        Incident.Affected affected = t.incident().orElseThrow().affected().stream()
                .filter(a -> a.person().equals(nacional)).findFirst().orElseThrow();
        assertThat(affected.reasons()).hasSize(2);
        Incident.Reason home = affected.reasons().get(0);
        assertThat(home.kind()).isEqualTo(ReasonKind.RESIDENCE);
        assertThat(home.place()).contains("lives at Calle 2, Ciudad de México");
        assertThat(home.point()).contains(new GeoPoint(19.35, -99.20));
        assertThat(home.from()).contains(start.minus(Duration.ofDays(400)));
        assertThat(home.until()).isEmpty();
        assertThat(home.source()).isPresent();
        Incident.Reason seen = affected.reasons().get(1);
        assertThat(seen.kind()).isEqualTo(ReasonKind.LAST_KNOWN_POSITION);
        assertThat(seen.point()).contains(new GeoPoint(19.33, -99.22));
        assertThat(seen.from()).contains(start.minus(Duration.ofMinutes(5)));
        assertThat(seen.until()).contains(start.minus(Duration.ofMinutes(5)));

        RollCallStatus byOfficer = vigil.alerting().rollCalls().status(officer, t.id());
        assertThat(personIn(byOfficer, nacional).reason()).isEqualTo("residence: lives at Calle 2, Ciudad de México;"
                + " last known position: reported position via app");
        RollCallStatus byManager = vigil.alerting().rollCalls().status(Actor.of("m", OFFICE, Role.MANAGER), t.id());
        RollCallStatus.Person shown = personIn(byManager, nacional);
        assertThat(shown.reason()).isEqualTo("residence; last known position");
        assertThat(shown.reasons()).allSatisfy(r -> {
            assertThat(r.place()).isEmpty();
            assertThat(r.point()).isEmpty();
            assertThat(r.source()).isEmpty();
        });
        assertThat(byManager.abroad()).as("who is abroad, and since when, is movements: not a manager's to read")
                .isEmpty();
        assertThat(byOfficer.abroad()).isNotEmpty().allSatisfy(a -> assertThat(a.residence().place()).isPresent());
    }

    @Test
    void reading_the_residents_abroad_is_audited_naming_them() {
        CommunicationTest t = rollCall();
        vigil.alerting().rollCalls().status(Actor.of("soc", OFFICE, Role.SOC_OPERATOR), t.id());
        List<AuditEntry> aboutAway = vigil.audit().find(officer, new AuditQuery(OFFICE, Optional.of("soc"),
                Optional.of(away)), PageRequest.first(100)).items();
        assertThat(aboutAway).extracting(AuditEntry::dataClass).contains(PeopleData.RESIDENCE, PeopleData.MOVEMENT);
    }

    @Test
    void a_visitor_takes_the_zone_of_their_hotel_so_their_silence_goes_to_that_zones_warden() {
        CommunicationTest t = rollCall();
        assertThat(t.incident().orElseThrow().affected()).filteredOn(a -> a.person().equals(visitor))
                .singleElement().satisfies(a -> assertThat(a.zone()).contains(SOUTH));
        assertThat(vigil.people().zones().roster(officer, SOUTH, start).entries())
                .as("as the zone roster lists them").anyMatch(e -> e.person().equals(visitor));

        clock.set(start.plus(Duration.ofMinutes(16)));
        vigil.alerting().rollCalls().escalate(officer, t.id());
        String wardenPhone = vigil.people().directory().persons(officer, List.of(warden)).get(0).addresses()
                .get("PHONE");
        assertThat(vigil.gateway().sent(OFFICE)).filteredOn(m -> m.address().equals(wardenPhone)).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Visitor Test"));
        assertThat(personIn(vigil.alerting().rollCalls().status(officer, t.id()), visitor).state())
                .isEqualTo(RollCallStatus.State.WITH_WARDEN);
    }
}
