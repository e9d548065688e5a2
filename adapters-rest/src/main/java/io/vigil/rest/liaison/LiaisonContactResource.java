package io.vigil.rest.liaison;

import io.vigil.liaison.domain.ContactSensitivity;
import io.vigil.liaison.domain.InformationLevel;
import io.vigil.liaison.domain.LiaisonChannel;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.rest.resource.Identified;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A contact of an organisation, as the API shows it (to whoever may read it). */
public record LiaisonContactResource(String id, String office, long version, String organisation, String name,
                                     String role, List<LiaisonChannel> channels, ContactSensitivity sensitivity,
                                     InformationLevel clearedTo, Optional<Integer> staleAfterDays, Instant since)
        implements Identified {

    /** The contact as shown. */
    public static LiaisonContactResource from(LiaisonContact c) {
        return new LiaisonContactResource(c.id().toString(), c.office().value(), c.version(),
                c.organisation().toString(), c.name(), c.role(), c.channels(), c.sensitivity(), c.clearedTo(),
                c.staleAfterDays(), c.since());
    }
}
