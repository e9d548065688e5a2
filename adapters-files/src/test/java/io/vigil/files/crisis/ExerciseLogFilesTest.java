package io.vigil.files.crisis;

import io.vigil.crisis.port.out.ExerciseLog;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.crisis.ExerciseLogContract;

class ExerciseLogFilesTest extends ExerciseLogContract {
    @Override
    protected ExerciseLog store() {
        return FileStoresFixture.stores(FileCrisisStores::new).exercises();
    }
}
