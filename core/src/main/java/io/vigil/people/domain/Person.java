package io.vigil.people.domain;

import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.store.Versioned;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A person the office is responsible for. A dependent always names a sponsor, and only a
 * dependent does. Their preferred language, if any, decides the language of the messages they are
 * sent (the office's default otherwise).
 */
public record Person(PersonId id, OfficeId office, long version, String givenName, String familyName,
                     PersonCategory category, String orgUnit, Optional<PersonId> sponsor,
                     List<ContactChannel> contacts, List<EmergencyContact> emergencyContacts,
                     Optional<String> specialNeeds, Optional<BloodType> bloodType, Optional<Language> language)
        implements Versioned<PersonId, Person> {

    /** The order of every person list: family name, given name, then id. */
    public static final Comparator<Person> ORDER = Comparator.comparing(Person::sortKey);

    public Person {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        givenName = Require.text(givenName, "givenName", 100);
        familyName = Require.text(familyName, "familyName", 100);
        Require.nonNull(category, "category");
        orgUnit = Require.text(orgUnit, "orgUnit", 100);
        Require.nonNull(sponsor, "sponsor");
        Require.that((category == PersonCategory.DEPENDENT) == sponsor.isPresent(),
                "sponsor", "must be given for a DEPENDENT and only for a DEPENDENT");
        Require.that(!sponsor.equals(Optional.of(id)), "sponsor", "must be another person");
        contacts = List.copyOf(Require.nonNull(contacts, "contacts"));
        emergencyContacts = List.copyOf(Require.nonNull(emergencyContacts, "emergencyContacts"));
        specialNeeds = Require.nonNull(specialNeeds, "specialNeeds").map(String::strip).filter(s -> !s.isEmpty());
        Require.that(specialNeeds.map(String::length).orElse(0) <= 1000, "specialNeeds", "must be at most 1000 characters");
        Require.nonNull(bloodType, "bloodType");
        // a body stored before the preferred language existed has none
        language = language == null ? Optional.empty() : language;
    }

    /** A person with no preferred language (the office's default applies). */
    public Person(PersonId id, OfficeId office, long version, String givenName, String familyName,
                  PersonCategory category, String orgUnit, Optional<PersonId> sponsor,
                  List<ContactChannel> contacts, List<EmergencyContact> emergencyContacts,
                  Optional<String> specialNeeds, Optional<BloodType> bloodType) {
        this(id, office, version, givenName, familyName, category, orgUnit, sponsor, contacts, emergencyContacts,
                specialNeeds, bloodType, Optional.empty());
    }

    @Override
    public Person withVersion(long newVersion) {
        return new Person(id, office, newVersion, givenName, familyName, category, orgUnit, sponsor, contacts,
                emergencyContacts, specialNeeds, bloodType, language);
    }

    /** A copy without the data of the withheld classes (contact and health details). */
    public Person without(Set<DataClass> withheld) {
        boolean contact = withheld.contains(PeopleData.CONTACT);
        boolean health = withheld.contains(PeopleData.HEALTH);
        return new Person(id, office, version, givenName, familyName, category, orgUnit, sponsor,
                contact ? List.of() : contacts, contact ? List.of() : emergencyContacts,
                health ? Optional.empty() : specialNeeds, health ? Optional.empty() : bloodType, language);
    }

    /** The key lists sort by, the same in every store: lower-cased family name, given name, id. */
    public String sortKey() {
        return familyName.toLowerCase(Locale.ROOT) + "\u0001" + givenName.toLowerCase(Locale.ROOT) + "\u0001" + id;
    }

    /** "Given Family". */
    public String displayName() {
        return givenName + " " + familyName;
    }
}
