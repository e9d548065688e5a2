package io.vigil.examples.demo.bangui;

import io.vigil.examples.demo.people.SeededDemoOffice;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.BloodType;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.EmergencyContact;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
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
 * A fictional IOM Bangui office ({@code CF-BGF}), seeded through the use cases on first start beside
 * Mexico City: about thirty made-up persons of every category with dependents, residences in Bangui's
 * arrondissements (every point inside the city), three warden zones and stays in the country. The same
 * seed always gives the same people.
 */
public final class DemoBanguiOffice extends SeededDemoOffice {
    private static final Logger LOG = LoggerFactory.getLogger(DemoBanguiOffice.class);

    public static final OfficeId OFFICE = OfficeId.of("CF-BGF");
    public static final WardenZoneId ZONE_CENTRE = WardenZoneId.of("BGF-CENTRE");
    /** The staff member the Bangui staff token acts for. */
    public static final String STAFF_NAME = "Grâce Ndakala";
    /** The warden the Bangui warden token acts for. */
    public static final String WARDEN_NAME = "Thierry Yakité";
    /** The office, in the 1er arrondissement. */
    public static final GeoPoint OFFICE_POINT = new GeoPoint(4.3650, 18.5840);

    private record Arrondissement(String name, double lat, double lon) {
    }

    private record Zone(WardenZoneId id, String name, double[][] outline) {
    }

    private static final List<Zone> ZONES = List.of(
            new Zone(ZONE_CENTRE, "Centre : 1er, 2e, 3e (PK5) et 5e arrondissements",
                    new double[][] {{4.355, 18.540}, {4.355, 18.595}, {4.385, 18.595}, {4.385, 18.540}}),
            new Zone(WardenZoneId.of("BGF-NORD"), "Nord : 4e (Boy-Rabe) et 8e arrondissements",
                    new double[][] {{4.385, 18.520}, {4.385, 18.600}, {4.430, 18.600}, {4.430, 18.520}}),
            new Zone(WardenZoneId.of("BGF-SUD"), "Sud : 6e et 7e (Ouango) arrondissements",
                    new double[][] {{4.320, 18.500}, {4.320, 18.620}, {4.355, 18.620}, {4.355, 18.500}}));

    private static final List<Arrondissement> ARRONDISSEMENTS = List.of(
            new Arrondissement("1er arrondissement", 4.3650, 18.5850),
            new Arrondissement("2e arrondissement", 4.3720, 18.5600),
            new Arrondissement("3e arrondissement (PK5)", 4.3780, 18.5480),
            new Arrondissement("5e arrondissement", 4.3770, 18.5750),
            new Arrondissement("4e arrondissement (Boy-Rabe)", 4.4050, 18.5550),
            new Arrondissement("8e arrondissement", 4.4000, 18.5850),
            new Arrondissement("6e arrondissement", 4.3400, 18.5300),
            new Arrondissement("7e arrondissement (Ouango)", 4.3450, 18.6000));

    private static final List<String> GIVEN = List.of("Aimé", "Brigitte", "Christian", "Dieudonné", "Estelle",
            "Fidèle", "Gervais", "Hortense", "Innocent", "Joséphine", "Léa", "Marcel", "Nadège", "Olivier",
            "Prisca", "Rodrigue", "Sylvie", "Théodore", "Fatou", "Moussa", "Aïcha", "Jean-Pierre");
    private static final List<String> FAMILY = List.of("Ngaïkoumon", "Yakoma", "Doko", "Sélémby", "Kossi",
            "Mbaïkoua", "Zanga", "Ouandé", "Gbazi", "Namsio", "Diallo", "Traoré", "Mbaye", "Lefèvre", "Haddad");

    private final Random random = new Random(2018);

    public DemoBanguiOffice(PeopleUseCases people) {
        super(people, OFFICE, "Bangui demo office");
    }

    @Override
    protected void seed(Instant now) {
        List<PersonId> staff = new ArrayList<>();
        PersonId grace = register("Grâce", "Ndakala", PersonCategory.NATIONAL_STAFF, null);
        PersonId thierry = register("Thierry", "Yakité", PersonCategory.NATIONAL_STAFF, null);
        home(grace, List.of(), ARRONDISSEMENTS.get(1), now);
        home(thierry, List.of(), ARRONDISSEMENTS.get(0), now);
        stay(grace, Instant.parse("2017-03-01T00:00:00Z"), null);
        stay(thierry, Instant.parse("2014-06-15T00:00:00Z"), null);
        int dependents = 0;
        for (int i = 0; i < 22; i++) {
            PersonCategory category = i < 12 ? PersonCategory.NATIONAL_STAFF
                    : i < 18 ? PersonCategory.INTERNATIONAL_STAFF : PersonCategory.CONSULTANT;
            String given = GIVEN.get(random.nextInt(GIVEN.size()));
            String family = FAMILY.get(random.nextInt(FAMILY.size()));
            PersonId id = register(given, family, category, null);
            staff.add(id);
            List<PersonId> household = new ArrayList<>();
            if ((category == PersonCategory.INTERNATIONAL_STAFF || i % 4 == 0) && dependents < 8) {
                household.add(register(GIVEN.get(random.nextInt(GIVEN.size())), family, PersonCategory.DEPENDENT,
                        id));
                dependents++;
            }
            home(id, household, ARRONDISSEMENTS.get(random.nextInt(ARRONDISSEMENTS.size())), now);
            Instant arrival = category == PersonCategory.NATIONAL_STAFF ? Instant.parse("2016-01-04T00:00:00Z")
                    : now.minus(Duration.ofDays(60 + random.nextInt(700)));
            stay(id, arrival, null);
            for (PersonId member : household) {
                stay(member, arrival, null);
            }
        }
        PersonId visitor = register("Hélène", "Marchetti", PersonCategory.MISSION_VISITOR, null);
        stay(visitor, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(6)));
        zones(thierry, grace, staff);
        LOG.info("Seeded demo office {}: {} staff and consultants, {} dependents, 1 mission visitor", OFFICE,
                staff.size() + 2, dependents);
    }

    private void zones(PersonId thierry, PersonId grace, List<PersonId> staff) {
        for (int i = 0; i < ZONES.size(); i++) {
            Zone z = ZONES.get(i);
            PersonId warden = i == 0 ? thierry : staff.get(2 * i);
            List<PersonId> alternates = i == 0 ? List.of(grace) : List.of(staff.get(2 * i + 1));
            List<GeoPoint> outline = Arrays.stream(z.outline()).map(p -> new GeoPoint(p[0], p[1])).toList();
            people.zones().create(seeder, new WardenZoneDetails(z.id(), z.name(), outline, warden, alternates));
        }
    }

    private PersonId register(String given, String family, PersonCategory category, PersonId sponsor) {
        String handle = ascii(given + "." + family);
        List<ContactChannel> contacts = category == PersonCategory.DEPENDENT ? List.of() : List.of(
                new ContactChannel(ChannelKind.PHONE, phone(), "mobile"),
                new ContactChannel(ChannelKind.MESSAGING, phone(), "WhatsApp"),
                new ContactChannel(ChannelKind.EMAIL, handle + "@iom-bangui.example.org", "work"));
        List<EmergencyContact> emergency = List.of(new EmergencyContact(
                GIVEN.get(random.nextInt(GIVEN.size())) + " " + family, "conjoint", phone()));
        BloodType blood = BloodType.values()[random.nextInt(BloodType.values().length)];
        return people.persons().register(seeder, new PersonDetails(given, family, category, "IOM", sponsor, contacts,
                emergency, null, blood)).person().id();
    }

    private void home(PersonId occupant, List<PersonId> household, Arrondissement a, Instant now) {
        GeoPoint at = new GeoPoint(a.lat() + (random.nextDouble() - 0.5) * 0.008,
                a.lon() + (random.nextDouble() - 0.5) * 0.008);
        Address address = new Address("Rue " + (1 + random.nextInt(80)) + ", lot " + (1 + random.nextInt(400)),
                a.name(), "Bangui", "CF");
        people.residences().create(seeder, new ResidenceDetails(occupant, household, address, at, null,
                now.minus(Duration.ofDays(150 + random.nextInt(1500))), null));
    }

    private void stay(PersonId person, Instant arrival, Instant departure) {
        people.presences().record(seeder, new PresenceDetails(person, arrival, departure));
    }

    private String phone() {
        return String.format(Locale.ROOT, "+236 7%d %02d %02d %02d", random.nextInt(10), random.nextInt(100),
                random.nextInt(100), random.nextInt(100));
    }
}
