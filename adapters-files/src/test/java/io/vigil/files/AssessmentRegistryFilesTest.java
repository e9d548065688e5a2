package io.vigil.files;

import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.testkit.contract.AssessmentRegistryContract;

class AssessmentRegistryFilesTest extends AssessmentRegistryContract {
    @Override
    protected AssessmentRegistry store() {
        return FileStoresFixture.STORES.assessments();
    }
}
