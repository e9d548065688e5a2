package io.vigil.jdbc.awareness;

import io.vigil.awareness.port.out.CompletionLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.awareness.CompletionLogContract;

class CompletionLogSqliteTest extends CompletionLogContract {
    @Override
    protected CompletionLog store() {
        return TestDatabases.sqlite(JdbcAwarenessStores::new).completions();
    }
}
