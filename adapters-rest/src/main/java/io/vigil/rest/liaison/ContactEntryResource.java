package io.vigil.rest.liaison;

import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.ContactMode;
import io.vigil.rest.resource.Identified;
import java.time.Instant;

/** An entry of the contact log, as the API shows it. */
public record ContactEntryResource(String id, String office, String contact, Instant at, ContactMode mode,
                                   String topic, String by, Instant recordedAt) implements Identified {

    /** The entry as shown. */
    public static ContactEntryResource from(ContactEntry e) {
        return new ContactEntryResource(e.id().toString(), e.office().value(), e.contact().toString(), e.at(),
                e.mode(), e.topic(), e.by(), e.recordedAt());
    }
}
