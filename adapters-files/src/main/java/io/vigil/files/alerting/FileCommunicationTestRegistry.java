package io.vigil.files.alerting;

import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link CommunicationTestRegistry} on JSON files. */
final class FileCommunicationTestRegistry extends FileVersionedStore<CommTestId, CommunicationTest>
        implements CommunicationTestRegistry.Scanned {

    FileCommunicationTestRegistry(JsonDirectory<CommunicationTest> files) {
        super(files, "communication-test");
    }
}
