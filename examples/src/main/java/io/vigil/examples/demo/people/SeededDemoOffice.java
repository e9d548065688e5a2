package io.vigil.examples.demo.people;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonListQuery;
import io.vigil.people.port.in.PersonView;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * What every demo office's personnel seeding shares: it seeds, through the people use cases and as
 * the office's security officer, only while the office has no person, and finds a seeded person by
 * display name (the demo tokens act for two of them).
 */
public abstract class SeededDemoOffice {
    protected final PeopleUseCases people;
    protected final Actor seeder;
    private final String label;

    /** The seeding of {@code office}; {@code label} names it in the message of a failed {@link #find}. */
    protected SeededDemoOffice(PeopleUseCases people, OfficeId office, String label) {
        this.people = people;
        this.seeder = Actor.of("vigil-demo-seed", office, Role.SECURITY_OFFICER);
        this.label = label;
    }

    /** Seeds the office unless it already has persons; returns whether it seeded. */
    public final boolean seedIfEmpty(Instant now) {
        if (people.persons().list(seeder, PersonListQuery.all(), new PageRequest(0, 1)).total() > 0) {
            return false;
        }
        seed(now.truncatedTo(ChronoUnit.HOURS));
        return true;
    }

    /** The one person with this display name in the office. */
    public final PersonId find(String displayName) {
        List<PersonView> found = people.persons().list(seeder, new PersonListQuery(null, null, displayName),
                new PageRequest(0, 2)).items();
        if (found.size() != 1) {
            throw new IllegalStateException("the " + label + " should hold exactly one " + displayName + ", found "
                    + found.size() + "; start with an empty VIGIL_DATA_DIR");
        }
        return found.get(0).person().id();
    }

    /** Seeds the office's personnel, {@code now} cut to the hour. */
    protected abstract void seed(Instant now);

    /** The name in lower-case ASCII letters and dots, for a made-up e-mail handle. */
    protected static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "")
                .replaceAll("[^A-Za-z.]", "").toLowerCase(Locale.ROOT);
    }
}
