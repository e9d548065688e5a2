package io.vigil.files.crisis;

import io.vigil.crisis.port.out.ExerciseScheduleStore;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.crisis.ExerciseScheduleStoreContract;

class ExerciseScheduleStoreFilesTest extends ExerciseScheduleStoreContract {
    @Override
    protected ExerciseScheduleStore store() {
        return FileStoresFixture.stores(FileCrisisStores::new).schedules();
    }
}
