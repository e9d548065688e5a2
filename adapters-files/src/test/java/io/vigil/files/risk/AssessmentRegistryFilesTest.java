package io.vigil.files.risk;

import io.vigil.files.FileStoresFixture;
import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.testkit.contract.risk.AssessmentRegistryContract;

class AssessmentRegistryFilesTest extends AssessmentRegistryContract {
    @Override
    protected AssessmentRegistry store() {
        return FileStoresFixture.stores(FileRiskStores::new).assessments();
    }
}
