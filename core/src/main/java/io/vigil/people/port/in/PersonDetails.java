package io.vigil.people.port.in;

import io.vigil.kernel.Language;
import io.vigil.kernel.PersonId;
import io.vigil.people.domain.BloodType;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.EmergencyContact;
import io.vigil.people.domain.PersonCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a caller says about a person when registering or updating them. Limits: names and org unit
 * of 100 characters, special needs of 1,000; up to 20 contacts (a value of 200 characters, a label of
 * 60) and 10 emergency contacts (name 200, relationship 60).
 *
 * @param sponsor   required for a {@code DEPENDENT}, absent otherwise
 * @param contacts  in the person's preferred order
 * @param language  the language they prefer their messages in ({@code en}, {@code es} or {@code fr}); absent
 *                  for the office's default
 */
public record PersonDetails(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull PersonCategory category,
        @NotBlank @Size(max = 100) String orgUnit,
        PersonId sponsor,
        @NotNull @Size(max = 20) List<@NotNull ContactChannel> contacts,
        @NotNull @Size(max = 10) List<@NotNull EmergencyContact> emergencyContacts,
        @Size(max = 1000) String specialNeeds,
        BloodType bloodType,
        Language language) {

    public PersonDetails {
        contacts = contacts == null ? List.of() : contacts;
        emergencyContacts = emergencyContacts == null ? List.of() : emergencyContacts;
    }

    /** Details without a preferred language (the office's default applies). */
    public PersonDetails(String givenName, String familyName, PersonCategory category, String orgUnit,
                         PersonId sponsor, List<ContactChannel> contacts, List<EmergencyContact> emergencyContacts,
                         String specialNeeds, BloodType bloodType) {
        this(givenName, familyName, category, orgUnit, sponsor, contacts, emergencyContacts, specialNeeds, bloodType,
                null);
    }
}
