package io.vigil.examples.demo.people;

import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.BloodType;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.EmergencyContact;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.Place;
import io.vigil.people.domain.TravelMode;
import io.vigil.people.port.in.MissionDetails;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PositionDetails;
import io.vigil.people.port.in.PresenceDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fictional Mexico City country office, seeded through the use cases on first start: two
 * premises (IBRD in San José Insurgentes, IFC in Cuauhtémoc), about sixty made-up persons of
 * every category with dependents, residences across the city in four warden zones, stays in the
 * country, and a visiting mission with its itinerary and hotel stays. National staff prefer
 * their messages in Spanish, every third international staff member in French, the others in
 * the office's default (English). The same seed always
 * gives the same people; mission dates are relative to the first start.
 */
public final class DemoOffice extends SeededDemoOffice {
    private static final Logger LOG = LoggerFactory.getLogger(DemoOffice.class);

    public static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    public static final WardenZoneId ZONE_SOUTH = WardenZoneId.of("CDMX-SUR");
    /** The staff member the demo staff token acts for. */
    public static final String STAFF_NAME = "Lucía Hernández Ortiz";
    /** The warden the demo warden token acts for. */
    public static final String WARDEN_NAME = "Jorge Castillo Vega";

    public static final GeoPoint IBRD_OFFICE = new GeoPoint(19.3663, -99.1826);
    public static final GeoPoint IFC_OFFICE = new GeoPoint(19.4270, -99.1676);

    private record Neighbourhood(String name, double lat, double lon) {
    }

    /** A warden zone of the demo office: its id, name and outline (latitude, longitude pairs). */
    private record Zone(WardenZoneId id, String name, double[][] outline) {
    }

    private static final List<Zone> ZONES = List.of(
            new Zone(ZONE_SOUTH, "Sur: Insurgentes, Del Valle, Coyoacán, San Ángel",
                    new double[][] {{19.34, -99.215}, {19.34, -99.15}, {19.40, -99.15}, {19.40, -99.215}}),
            new Zone(WardenZoneId.of("CDMX-CENTRO"), "Centro: Cuauhtémoc, Roma, Condesa",
                    new double[][] {{19.40, -99.185}, {19.40, -99.145}, {19.44, -99.145}, {19.44, -99.185}}),
            new Zone(WardenZoneId.of("CDMX-PONIENTE"), "Poniente: Polanco, Lomas, Santa Fe",
                    new double[][] {{19.35, -99.28}, {19.35, -99.22}, {19.40, -99.22}, {19.40, -99.185},
                            {19.45, -99.185}, {19.45, -99.28}}),
            new Zone(WardenZoneId.of("CDMX-NORTE"), "Norte: Lindavista, Tlatelolco",
                    new double[][] {{19.44, -99.16}, {19.44, -99.11}, {19.50, -99.11}, {19.50, -99.16}}));

    private static final List<Neighbourhood> NEIGHBOURHOODS = List.of(
            new Neighbourhood("San José Insurgentes", 19.3660, -99.1830),
            new Neighbourhood("Del Valle", 19.3800, -99.1650),
            new Neighbourhood("Nápoles", 19.3920, -99.1770),
            new Neighbourhood("Coyoacán", 19.3500, -99.1620),
            new Neighbourhood("San Ángel", 19.3460, -99.1900),
            new Neighbourhood("Cuauhtémoc", 19.4300, -99.1600),
            new Neighbourhood("Roma Norte", 19.4195, -99.1620),
            new Neighbourhood("Condesa", 19.4110, -99.1730),
            new Neighbourhood("Polanco", 19.4330, -99.1960),
            new Neighbourhood("Lomas de Chapultepec", 19.4240, -99.2150),
            new Neighbourhood("Santa Fe", 19.3600, -99.2600),
            new Neighbourhood("Lindavista", 19.4880, -99.1300),
            new Neighbourhood("Tlatelolco", 19.4510, -99.1370));

    private static final List<String> GIVEN = List.of("Alejandra", "Andrés", "Beatriz", "Carlos", "Daniela",
            "Diego", "Elena", "Emilio", "Fernanda", "Gabriel", "Isabel", "Javier", "Karla", "Luis", "Mariana",
            "Miguel", "Natalia", "Óscar", "Paola", "Ricardo", "Sofía", "Tomás", "Valeria", "Ximena", "Amara",
            "Kwame", "Priya", "Hannah", "Olivier", "Yuki", "Ingrid", "Samuel");
    private static final List<String> FAMILY = List.of("García", "Martínez", "López", "González", "Rodríguez",
            "Pérez", "Sánchez", "Ramírez", "Flores", "Torres", "Morales", "Jiménez", "Reyes", "Cruz", "Mendoza",
            "Okafor", "Mensah", "Sharma", "Müller", "Dubois", "Tanaka", "Lindqvist", "O'Brien", "Silva");
    private static final List<String> UNITS = List.of("IBRD", "IFC");
    private static final List<String> NEEDS = List.of("uses a wheelchair; needs step-free evacuation routes",
            "insulin-dependent diabetes", "severe peanut allergy; carries adrenaline", "pregnant, due in spring");

    private final Random random = new Random(2026);

    public DemoOffice(PeopleUseCases people) {
        super(people, OFFICE, "demo office");
    }

    @Override
    protected void seed(Instant now) {
        List<PersonId> staff = new ArrayList<>();
        PersonId lucia = register("Lucía", "Hernández Ortiz", PersonCategory.NATIONAL_STAFF, "IBRD", null);
        PersonId jorge = register("Jorge", "Castillo Vega", PersonCategory.NATIONAL_STAFF, "IBRD", null);
        home(lucia, List.of(), NEIGHBOURHOODS.get(1), now);
        home(jorge, List.of(), NEIGHBOURHOODS.get(2), now);
        stay(lucia, Instant.parse("2019-02-01T00:00:00Z"), null);
        stay(jorge, Instant.parse("2016-09-15T00:00:00Z"), null);
        int dependents = 0;
        for (int i = 0; i < 44; i++) {
            PersonCategory category = i < 24 ? PersonCategory.NATIONAL_STAFF
                    : i < 36 ? PersonCategory.INTERNATIONAL_STAFF : PersonCategory.CONSULTANT;
            String given = GIVEN.get(random.nextInt(GIVEN.size()));
            String family = FAMILY.get(random.nextInt(FAMILY.size())) + " " + FAMILY.get(random.nextInt(FAMILY.size()));
            String unit = UNITS.get(i % 3 == 0 ? 1 : 0);
            // every third international staff member prefers French, national staff Spanish
            Language language = category == PersonCategory.INTERNATIONAL_STAFF && i % 3 == 0 ? Language.FR
                    : category == PersonCategory.NATIONAL_STAFF ? Language.ES : null;
            PersonId id = register(given, family, category, unit, null, language);
            staff.add(id);
            List<PersonId> household = new ArrayList<>();
            if (category == PersonCategory.INTERNATIONAL_STAFF && dependents < 12) {
                int children = 1 + random.nextInt(2);
                for (int c = 0; c < children && dependents < 12; c++, dependents++) {
                    household.add(register(GIVEN.get(random.nextInt(GIVEN.size())), family,
                            PersonCategory.DEPENDENT, unit, id));
                }
            }
            home(id, household, NEIGHBOURHOODS.get(random.nextInt(NEIGHBOURHOODS.size())), now);
            Instant arrival = category == PersonCategory.NATIONAL_STAFF ? Instant.parse("2015-01-05T00:00:00Z")
                    : now.minus(Duration.ofDays(100 + random.nextInt(900)));
            boolean onLeave = category == PersonCategory.INTERNATIONAL_STAFF && i % 5 == 0;
            stay(id, arrival, onLeave ? now.minus(Duration.ofDays(3)) : null);
            for (PersonId member : household) {
                stay(member, arrival, onLeave ? now.minus(Duration.ofDays(3)) : null);
            }
        }
        List<PersonId> visitors = new ArrayList<>();
        for (String[] name : new String[][] {{"Margaret", "Whitfield"}, {"Rahul", "Banerjee"}, {"Chloé", "Marchand"}}) {
            PersonId v = register(name[0], name[1], PersonCategory.MISSION_VISITOR, "IFC", null);
            visitors.add(v);
            stay(v, now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(5)));
        }
        mission(visitors, staff.get(0), now);
        zones(jorge, lucia, staff);
        people.positions().report(seeder, new PositionDetails(visitors.get(0), IFC_OFFICE,
                now.minus(Duration.ofHours(1)), "app check-in"));
        people.positions().report(seeder, new PositionDetails(lucia, IBRD_OFFICE, now.minus(Duration.ofHours(2)),
                "radio check"));
        LOG.info("Seeded demo office {}: {} staff and consultants, {} dependents, {} mission visitors", OFFICE,
                staff.size() + 2, dependents, visitors.size());
    }

    /** Draws the warden zones; drawing assigns every residence to the zone it lies in. */
    private void zones(PersonId jorge, PersonId lucia, List<PersonId> staff) {
        for (int i = 0; i < ZONES.size(); i++) {
            Zone z = ZONES.get(i);
            PersonId warden = i == 0 ? jorge : staff.get(2 * i);
            List<PersonId> alternates = i == 0 ? List.of(lucia) : List.of(staff.get(2 * i + 1));
            List<GeoPoint> outline = Arrays.stream(z.outline()).map(p -> new GeoPoint(p[0], p[1])).toList();
            people.zones().create(seeder, new WardenZoneDetails(z.id(), z.name(), outline, warden, alternates));
        }
    }

    private PersonId register(String given, String family, PersonCategory category, String unit, PersonId sponsor) {
        return register(given, family, category, unit, sponsor,
                category == PersonCategory.NATIONAL_STAFF ? Language.ES : null);
    }

    /** Registers a person who prefers {@code language} (null: none, the office's default applies). */
    private PersonId register(String given, String family, PersonCategory category, String unit, PersonId sponsor,
                              Language language) {
        String handle = ascii(given + "." + family.split(" ")[0]);
        String domain = unit.toLowerCase(Locale.ROOT) + ".example.org";
        List<ContactChannel> contacts = category == PersonCategory.DEPENDENT ? List.of() : List.of(
                new ContactChannel(ChannelKind.PHONE, phone(), "mobile"),
                new ContactChannel(ChannelKind.MESSAGING, phone(), "Signal"),
                new ContactChannel(ChannelKind.EMAIL, handle + "@" + domain, "work"));
        List<EmergencyContact> emergency = List.of(new EmergencyContact(
                GIVEN.get(random.nextInt(GIVEN.size())) + " " + family.split(" ")[0], "spouse", phone()));
        String needs = random.nextInt(12) == 0 ? NEEDS.get(random.nextInt(NEEDS.size())) : null;
        BloodType blood = BloodType.values()[random.nextInt(BloodType.values().length)];
        return people.persons().register(seeder, new PersonDetails(given, family, category, unit, sponsor, contacts,
                emergency, needs, blood, language)).person().id();
    }

    private void home(PersonId occupant, List<PersonId> household, Neighbourhood n, Instant now) {
        GeoPoint at = new GeoPoint(n.lat() + (random.nextDouble() - 0.5) * 0.01,
                n.lon() + (random.nextDouble() - 0.5) * 0.01);
        Address address = new Address("Calle " + (1 + random.nextInt(120)) + " #" + (10 + random.nextInt(900)),
                n.name(), "Ciudad de México", "MX");
        people.residences().create(seeder, new ResidenceDetails(occupant, household, address, at, null,
                now.minus(Duration.ofDays(200 + random.nextInt(2000))), null));
    }

    private void stay(PersonId person, Instant arrival, Instant departure) {
        people.presences().record(seeder, new PresenceDetails(person, arrival, departure));
    }

    private void mission(List<PersonId> visitors, PersonId escort, Instant now) {
        Place dulles = new Place("Washington Dulles (IAD)", new GeoPoint(38.9531, -77.4565));
        Place mex = new Place("Mexico City airport (MEX)", new GeoPoint(19.4361, -99.0719));
        Place hotel = new Place("Hotel in Polanco", new GeoPoint(19.4320, -99.1940));
        Place ifc = new Place("IFC office, Cuauhtémoc", IFC_OFFICE);
        Place puebla = new Place("Hotel in Puebla centro", new GeoPoint(19.0433, -98.1981));
        List<ItineraryLeg> legs = List.of(
                new ItineraryLeg(TravelMode.FLIGHT, dulles, mex, now.minus(Duration.ofHours(54)),
                        now.minus(Duration.ofHours(49))),
                new ItineraryLeg(TravelMode.ROAD, mex, hotel, now.minus(Duration.ofHours(48)),
                        now.minus(Duration.ofHours(47))),
                new ItineraryLeg(TravelMode.ROAD, hotel, ifc, now.minus(Duration.ofHours(3)),
                        now.minus(Duration.ofHours(2))),
                new ItineraryLeg(TravelMode.ROAD, ifc, puebla, now.plus(Duration.ofHours(22)),
                        now.plus(Duration.ofHours(25))),
                new ItineraryLeg(TravelMode.ROAD, puebla, mex, now.plus(Duration.ofHours(96)),
                        now.plus(Duration.ofHours(99))),
                new ItineraryLeg(TravelMode.FLIGHT, mex, dulles, now.plus(Duration.ofHours(118)),
                        now.plus(Duration.ofHours(123))));
        // the escort lives in the city and sleeps at home while the visitors are in Polanco; in Puebla all stay
        List<HotelStay> stays = List.of(
                new HotelStay(hotel, now.minus(Duration.ofHours(47)), now.plus(Duration.ofHours(22)), visitors),
                new HotelStay(puebla, now.plus(Duration.ofHours(25)), now.plus(Duration.ofHours(96))));
        List<PersonId> members = new ArrayList<>(visitors);
        members.add(escort);
        people.missions().create(seeder, new MissionDetails("IFC energy portfolio supervision",
                "Site visits to solar projects in Puebla; meetings at the IFC office", members, legs, stays));
    }

    private String phone() {
        return String.format(Locale.ROOT, "+52 55 %04d %04d", random.nextInt(10_000), random.nextInt(10_000));
    }
}
