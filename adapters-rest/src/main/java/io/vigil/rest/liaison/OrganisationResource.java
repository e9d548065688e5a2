package io.vigil.rest.liaison;

import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationKind;
import io.vigil.rest.resource.Identified;

/** An organisation the office liaises with, as the API shows it. */
public record OrganisationResource(String id, String office, long version, String name, OrganisationKind kind,
                                   String notes) implements Identified {

    /** The organisation as shown. */
    public static OrganisationResource from(Organisation o) {
        return new OrganisationResource(o.id().toString(), o.office().value(), o.version(), o.name(), o.kind(),
                o.notes());
    }
}
