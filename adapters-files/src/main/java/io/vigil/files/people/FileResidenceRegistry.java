package io.vigil.files.people;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import io.vigil.people.port.out.ResidenceRegistry;
import java.util.List;

/** {@link ResidenceRegistry} on JSON files. */
final class FileResidenceRegistry extends FileVersionedStore<ResidenceId, Residence>
        implements ResidenceRegistry.Scanned {
    FileResidenceRegistry(JsonDirectory<Residence> files) {
        super(files, "residence");
    }


    @Override
    public List<Residence> ofPerson(PersonId person) {
        return query.anyOffice(r -> r.residents().contains(person), BY_ID);
    }

    @Override
    public List<Residence> within(OfficeId office, GeoBox box) {
        return query.matching(office, r -> box.contains(r.location())).toList();
    }
}
