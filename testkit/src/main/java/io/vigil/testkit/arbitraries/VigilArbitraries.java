package io.vigil.testkit.arbitraries;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.BloodType;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.EmergencyContact;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.Place;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import io.vigil.people.domain.TravelMode;
import io.vigil.people.domain.WardenZone;
import io.vigil.wiring.AccessRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for Vigil's domain types: valid values in and around Mexico City in 2026. */
public final class VigilArbitraries {
    /** The start of the generated time range. */
    public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzáéíóúñü";

    private VigilArbitraries() {
    }

    /** A fresh office id no other test uses. */
    public static OfficeId freshOffice() {
        return OfficeId.of("T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    }

    /** Points in a box around Mexico City. */
    public static Arbitrary<GeoPoint> points() {
        return Combinators.combine(Arbitraries.doubles().between(19.20, 19.60).ofScale(5),
                Arbitraries.doubles().between(-99.30, -98.90).ofScale(5)).as(GeoPoint::new);
    }

    /** Instants in 2026, to the second. */
    public static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 365L * 24 * 3600).map(EPOCH::plusSeconds);
    }

    /** Durations from a minute to three days, to the minute. */
    public static Arbitrary<Duration> durations() {
        return Arbitraries.longs().between(1, 3 * 24 * 60).map(Duration::ofMinutes);
    }

    /** Capitalised names, accents included. */
    public static Arbitrary<String> names() {
        return Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(12)
                .map(s -> s.substring(0, 1).toUpperCase() + s.substring(1));
    }

    /** Contact channels of every kind. */
    public static Arbitrary<ContactChannel> contacts() {
        Arbitrary<ContactChannel> phone = Arbitraries.strings().numeric().ofLength(8)
                .map(d -> new ContactChannel(ChannelKind.PHONE, "+52 55 " + d, "mobile"));
        Arbitrary<ContactChannel> email = names().map(n -> new ContactChannel(ChannelKind.EMAIL,
                "u" + Math.abs(n.hashCode()) + "@example.org", "work"));
        Arbitrary<ContactChannel> messaging = names().map(n -> new ContactChannel(ChannelKind.MESSAGING, "@" + n, ""));
        return Arbitraries.oneOf(phone, email, messaging);
    }

    /** Persons of the office who are not dependents, version 0. */
    public static Arbitrary<Person> persons(OfficeId office) {
        Arbitrary<PersonCategory> categories = Arbitraries.of(PersonCategory.NATIONAL_STAFF,
                PersonCategory.INTERNATIONAL_STAFF, PersonCategory.CONSULTANT, PersonCategory.MISSION_VISITOR);
        Arbitrary<EmergencyContact> emergency = names().map(n -> new EmergencyContact(n, "spouse", "+52 55 5555 0101"));
        return Combinators.combine(names(), names(), categories, Arbitraries.of("IBRD", "IFC", "MIGA"),
                contacts().list().ofMaxSize(3), emergency.list().ofMaxSize(2),
                Arbitraries.of(BloodType.class).optional(), Arbitraries.of("", "wheelchair user").optional())
                .as((given, family, category, unit, contacts, emergencies, blood, needs) -> new Person(
                        PersonId.random(), office, 0, given, family, category, unit, Optional.empty(), contacts,
                        emergencies, needs, blood));
    }

    /** Dependents of the sponsor, version 0. */
    public static Arbitrary<Person> dependents(OfficeId office, PersonId sponsor) {
        return persons(office).map(p -> new Person(p.id(), office, 0, p.givenName(), p.familyName(),
                PersonCategory.DEPENDENT, p.orgUnit(), Optional.of(sponsor), p.contacts(), p.emergencyContacts(),
                p.specialNeeds(), p.bloodType()));
    }

    /** Residences of new random persons, version 0. */
    public static Arbitrary<Residence> residences(OfficeId office) {
        Arbitrary<Address> addresses = Combinators.combine(names(), Arbitraries.integers().between(1, 999))
                .as((n, no) -> new Address("Calle " + n + " " + no, "Del Valle", "Ciudad de México", "Mexico"));
        Arbitrary<Optional<WardenZoneId>> zones = Arbitraries.of("NORTH", "SOUTH", "CENTRE").map(WardenZoneId::of).optional();
        return Combinators.combine(addresses, points(), zones, instants(), durations().optional(),
                Arbitraries.integers().between(0, 3))
                .as((address, point, zone, in, stay, household) -> new Residence(ResidenceId.random(), office, 0,
                        PersonId.random(), Stream.generate(PersonId::random).limit(household).toList(),
                        address, point, zone, in, stay.map(d -> in.plus(d.multipliedBy(30)))));
    }

    /** Warden zones (rectangles around Mexico City) with new random wardens and alternates, version 0. */
    public static Arbitrary<WardenZone> wardenZones(OfficeId office) {
        Arbitrary<WardenZoneId> fresh = Arbitraries.create(() -> WardenZoneId.of("Z-" + UUID.randomUUID().toString()
                .substring(0, 18)));
        return Combinators.combine(fresh, names(), points(), Arbitraries.doubles().between(0.01, 0.2),
                Arbitraries.integers().between(0, 3))
                .as((id, name, corner, size, alternates) -> new WardenZone(id, office, 0,
                        "Zone " + name, GeoArea.rectangle(corner, new GeoPoint(corner.latitude() + size,
                                corner.longitude() + size)).vertices(), PersonId.random(),
                        Stream.generate(PersonId::random).limit(alternates).toList()));
    }

    /** Presences of new random persons, version 0. */
    public static Arbitrary<Presence> presences(OfficeId office) {
        return Combinators.combine(instants(), durations().optional())
                .as((arrival, stay) -> new Presence(PresenceId.random(), office, 0, PersonId.random(), arrival,
                        stay.map(arrival::plus)));
    }

    /** Itinerary legs starting inside 2026. */
    public static Arbitrary<ItineraryLeg> legs() {
        return Combinators.combine(Arbitraries.of(TravelMode.class), points(), points(), instants(), durations())
                .as((mode, from, to, dep, d) -> new ItineraryLeg(mode, new Place("A", from), new Place("B", to),
                        dep, dep.plus(d)));
    }

    /** Hotel stays inside 2026. */
    public static Arbitrary<HotelStay> stays() {
        return Combinators.combine(names(), points(), instants(), durations())
                .as((n, p, in, d) -> new HotelStay(new Place("Hotel " + n, p), in, in.plus(d)));
    }

    /** Missions of one to three new random persons, version 0. */
    public static Arbitrary<Mission> missions(OfficeId office) {
        return Combinators.combine(names(), Arbitraries.integers().between(1, 3), legs().list().ofMaxSize(4),
                stays().list().ofMaxSize(2))
                .as((name, size, legs, stays) -> new Mission(MissionId.random(), office, 0, "Mission " + name,
                        "supervision", Stream.generate(PersonId::random).limit(size).toList(), legs,
                        stays));
    }

    /** Position reports of new random persons. */
    public static Arbitrary<PositionReport> positions(OfficeId office) {
        return Combinators.combine(points(), instants(), Arbitraries.of("app", "radio", "sms"))
                .as((p, at, source) -> new PositionReport(UUID.randomUUID(), office, PersonId.random(), at, p, source));
    }

    /** Audit entries of the office. */
    public static Arbitrary<AuditEntry> auditEntries(OfficeId office) {
        return Combinators.combine(instants(), Arbitraries.of("officer", "warden", "staff"),
                Arbitraries.of(AuditAction.class), Arbitraries.of(AccessRegistry.dataClasses()), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 3))
                .as((at, actor, action, data, granted, n) -> new AuditEntry(UUID.randomUUID(), at, office, actor,
                        action, "person", UUID.randomUUID().toString(), data, granted,
                        granted ? "security officer" : "denied", Stream.generate(PersonId::random)
                        .limit(n).toList()));
    }
}
