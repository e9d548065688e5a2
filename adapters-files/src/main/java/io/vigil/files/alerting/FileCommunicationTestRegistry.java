package io.vigil.files.alerting;

import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;

/** {@link CommunicationTestRegistry} on JSON files. */
final class FileCommunicationTestRegistry extends FileVersionedStore<CommTestId, CommunicationTest>
        implements CommunicationTestRegistry {

    FileCommunicationTestRegistry(JsonDirectory<CommunicationTest> files) {
        super(files, "communication-test");
    }

    @Override
    public Page<CommunicationTest> list(OfficeId office, PageRequest page) {
        return query.page(office, CommunicationTestRegistry.LATEST_FIRST, page);
    }
}
