package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.ExerciseScheduleStore;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.ExerciseScheduleStoreContract;

class ExerciseScheduleStoreSqliteTest extends ExerciseScheduleStoreContract {
    @Override
    protected ExerciseScheduleStore store() {
        return TestDatabases.sqlite(JdbcCrisisStores::new).schedules();
    }
}
