package io.vigil.rest.people;

import io.vigil.kernel.Language;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.DataClass;
import io.vigil.people.domain.BloodType;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.EmergencyContact;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PersonView;
import io.vigil.rest.resource.Identified;
import java.util.Comparator;
import java.util.List;

/** A person as the API shows them ({@code language}: the one they prefer their messages in, if any); {@code withheld} names the data classes removed for need-to-know. */
public record PersonResource(String id, String office, long version, String givenName, String familyName,
                             PersonCategory category, String orgUnit, String sponsor, List<ContactChannel> contacts,
                             List<EmergencyContact> emergencyContacts, String specialNeeds, BloodType bloodType,
                             String language, List<DataClass> withheld) implements Identified {

    public static PersonResource from(PersonView v) {
        var p = v.person();
        return new PersonResource(p.id().toString(), p.office().value(), p.version(), p.givenName(), p.familyName(),
                p.category(), p.orgUnit(), p.sponsor().map(PersonId::toString).orElse(null), p.contacts(),
                p.emergencyContacts(), p.specialNeeds().orElse(null), p.bloodType().orElse(null),
                p.language().map(Language::value).orElse(null), v.withheld().stream().sorted(Comparator.comparing(DataClass::name)).toList());
    }
}
