package io.vigil.jdbc.crisis;

import io.vigil.crisis.port.out.ExerciseLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.crisis.ExerciseLogContract;

class ExerciseLogSqliteTest extends ExerciseLogContract {
    @Override
    protected ExerciseLog store() {
        return TestDatabases.sqlite(JdbcCrisisStores::new).exercises();
    }
}
