package io.vigil.files.liaison;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.port.out.OrganisationRegistry;

/** {@link OrganisationRegistry} on JSON files. */
final class FileOrganisationRegistry extends FileVersionedStore<OrganisationId, Organisation> implements OrganisationRegistry.Scanned {
    FileOrganisationRegistry(JsonDirectory<Organisation> files) {
        super(files, "organisation");
    }
}
