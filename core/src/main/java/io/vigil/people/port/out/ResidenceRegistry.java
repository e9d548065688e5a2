package io.vigil.people.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import java.util.List;

/** Outbound port: residences of the office's persons. */
public interface ResidenceRegistry extends VersionedStore<ResidenceId, Residence> {

    /** The office's residences, ordered by id. */
    Page<Residence> list(OfficeId office, PageRequest page);

    /** The residences the person lives or lived in, as occupant or household member, ordered by id. */
    List<Residence> ofPerson(PersonId person);

    /** Every residence of the office whose location lies in the box (edges included), in any order. */
    List<Residence> within(OfficeId office, GeoBox box);
}
