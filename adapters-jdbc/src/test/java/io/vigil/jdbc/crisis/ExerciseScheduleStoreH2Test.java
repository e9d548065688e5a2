package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.ExerciseScheduleStore;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.ExerciseScheduleStoreContract;

class ExerciseScheduleStoreH2Test extends ExerciseScheduleStoreContract {
    @Override
    protected ExerciseScheduleStore store() {
        return TestDatabases.h2(JdbcCrisisStores::new).schedules();
    }
}
