package io.vigil.testkit.generators;

import static io.vigil.testkit.generators.KernelGenerators.durations;
import static io.vigil.testkit.generators.KernelGenerators.instants;
import static io.vigil.testkit.generators.KernelGenerators.names;
import static io.vigil.testkit.generators.KernelGenerators.optionals;
import static io.vigil.testkit.generators.KernelGenerators.points;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
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
import io.vigil.people.domain.OfficeProfile;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the people context: valid values in and around Mexico City in 2026. */
public final class PeopleGenerators {
    private PeopleGenerators() {
    }

    /** Contact channels of every kind. */
    public static Gen<ContactChannel> contacts() {
        Gen<ContactChannel> phone = KernelGenerators.strings(Generate.characters('0', '9'), 8, 8)
                .map(d -> new ContactChannel(ChannelKind.PHONE, "+52 55 " + d, "mobile"));
        Gen<ContactChannel> email = names().map(n -> new ContactChannel(ChannelKind.EMAIL,
                "u" + Math.abs(n.hashCode()) + "@example.org", "work"));
        Gen<ContactChannel> messaging = names().map(n -> new ContactChannel(ChannelKind.MESSAGING, "@" + n, ""));
        return Generate.oneOf(phone, email, messaging);
    }

    /** Persons of the office who are not dependents, version 0. */
    public static Gen<Person> persons(OfficeId office) {
        Gen<String> names = names();
        Gen<PersonCategory> categories = Generate.pick(List.of(PersonCategory.NATIONAL_STAFF,
                PersonCategory.INTERNATIONAL_STAFF, PersonCategory.CONSULTANT, PersonCategory.MISSION_VISITOR));
        Gen<String> units = Generate.pick(List.of("IBRD", "IFC", "MIGA"));
        Gen<List<ContactChannel>> contacts = lists().of(contacts()).ofSizeBetween(0, 3);
        Gen<List<EmergencyContact>> emergencies = lists().of(names()
                .map(n -> new EmergencyContact(n, "spouse", "+52 55 5555 0101"))).ofSizeBetween(0, 2);
        Gen<Optional<BloodType>> blood = optionals(Generate.enumValues(BloodType.class));
        Gen<Optional<String>> needs = optionals(Generate.pick(List.of("", "wheelchair user")));
        return in -> {
            String given = names.generate(in);
            String family = names.generate(in);
            PersonCategory category = categories.generate(in);
            String unit = units.generate(in);
            List<ContactChannel> channels = contacts.generate(in);
            List<EmergencyContact> emergency = emergencies.generate(in);
            Optional<BloodType> bloodType = blood.generate(in);
            Optional<String> specialNeeds = needs.generate(in);
            // the preferred language follows from the name, so the draws of the other fields stay as they were
            Optional<Language> language = given.length() % 4 == 0 ? Optional.empty()
                    : Optional.of(Language.SUPPORTED.get(given.length() % 4 - 1));
            return new Person(PersonId.random(), office, 0, given, family, category, unit, Optional.empty(),
                    channels, emergency, specialNeeds, bloodType, language);
        };
    }

    /** Dependents of the sponsor, version 0. */
    public static Gen<Person> dependents(OfficeId office, PersonId sponsor) {
        return persons(office).map(p -> new Person(p.id(), office, 0, p.givenName(), p.familyName(),
                PersonCategory.DEPENDENT, p.orgUnit(), Optional.of(sponsor), p.contacts(), p.emergencyContacts(),
                p.specialNeeds(), p.bloodType(), p.language()));
    }

    /** Residences of new random persons with up to three household members, version 0. */
    public static Gen<Residence> residences(OfficeId office) {
        Gen<Address> addresses = names().zip(Generate.range(1, 999),
                (n, no) -> new Address("Calle " + n + " " + no, "Del Valle", "Ciudad de México", "Mexico"));
        Gen<Optional<WardenZoneId>> zones = optionals(Generate.pick(List.of("NORTH", "SOUTH", "CENTRE"))
                .map(WardenZoneId::of));
        Gen<GeoPoint> points = points();
        Gen<Instant> instants = instants();
        Gen<Optional<Duration>> stays = optionals(durations());
        Gen<Integer> households = Generate.range(0, 3);
        return in -> {
            Address address = addresses.generate(in);
            GeoPoint point = points.generate(in);
            Optional<WardenZoneId> zone = zones.generate(in);
            Instant movedIn = instants.generate(in);
            Optional<Duration> stay = stays.generate(in);
            int household = households.generate(in);
            return new Residence(ResidenceId.random(), office, 0, PersonId.random(),
                    Stream.generate(PersonId::random).limit(household).toList(), address, point, zone, movedIn,
                    stay.map(d -> movedIn.plus(d.multipliedBy(30))));
        };
    }

    /** Warden zones (squares around Mexico City) with new random wardens and up to three alternates, version 0. */
    public static Gen<WardenZone> wardenZones(OfficeId office) {
        Gen<String> names = names();
        Gen<GeoPoint> corners = points();
        Gen<Double> sizes = Generate.range(1, 20).map(c -> c / 100.0);
        Gen<Integer> alternates = Generate.range(0, 3);
        return in -> {
            WardenZoneId id = WardenZoneId.of("Z-" + UUID.randomUUID().toString().substring(0, 18));
            String name = names.generate(in);
            GeoPoint corner = corners.generate(in);
            double size = sizes.generate(in);
            int n = alternates.generate(in);
            return new WardenZone(id, office, 0, "Zone " + name, GeoArea.rectangle(corner,
                    new GeoPoint(corner.latitude() + size, corner.longitude() + size)).vertices(), PersonId.random(),
                    Stream.generate(PersonId::random).limit(n).toList());
        };
    }

    /** Presences of new random persons, open or closed, version 0. */
    public static Gen<Presence> presences(OfficeId office) {
        return instants().zip(optionals(durations()), (arrival, stay) -> new Presence(PresenceId.random(), office, 0,
                PersonId.random(), arrival, stay.map(arrival::plus)));
    }

    /** Itinerary legs starting inside 2026. */
    public static Gen<ItineraryLeg> legs() {
        Gen<TravelMode> modes = Generate.enumValues(TravelMode.class);
        Gen<GeoPoint> points = points();
        Gen<Instant> instants = instants();
        Gen<Duration> durations = durations();
        return in -> {
            TravelMode mode = modes.generate(in);
            GeoPoint from = points.generate(in);
            GeoPoint to = points.generate(in);
            Instant departure = instants.generate(in);
            Duration length = durations.generate(in);
            return new ItineraryLeg(mode, new Place("A", from), new Place("B", to), departure, departure.plus(length));
        };
    }

    /** Hotel stays inside 2026. */
    public static Gen<HotelStay> stays() {
        return names().zip(points(), instants(), durations(),
                (n, p, in, d) -> new HotelStay(new Place("Hotel " + n, p), in, in.plus(d)));
    }

    /** Missions of one to three new random persons, up to four legs and two stays, version 0. */
    public static Gen<Mission> missions(OfficeId office) {
        return names().zip(Generate.range(1, 3), lists().of(legs()).ofSizeBetween(0, 4),
                lists().of(stays()).ofSizeBetween(0, 2),
                (name, size, legs, stays) -> new Mission(MissionId.random(), office, 0, "Mission " + name,
                        "supervision", Stream.generate(PersonId::random).limit(size).toList(), legs, stays));
    }

    /** Position reports of new random persons. */
    public static Gen<PositionReport> positions(OfficeId office) {
        return points().zip(instants(), Generate.pick(List.of("app", "radio", "sms")),
                (p, at, source) -> new PositionReport(UUID.randomUUID(), office, PersonId.random(), at, p, source));
    }

    /** Profiles of fresh offices, in zones across a date line, with daylight saving and without. */
    public static Gen<OfficeProfile> offices() {
        Gen<String> zones = Generate.pick(List.of("America/Mexico_City", "Africa/Bangui", "Pacific/Kiritimati",
                "Pacific/Auckland", "Europe/Paris", "America/Havana", "UTC"));
        Gen<String> countries = Generate.pick(List.of("MX", "CF", "KI", "NZ", "FR", "CU"));
        return names().zip(zones, countries, (name, zone, country) -> new OfficeProfile(
                KernelGenerators.freshOffice(), 0, name, java.time.ZoneId.of(zone), country));
    }
}
