package io.vigil.jdbc;

import javax.sql.DataSource;

class ReleasedBodiesPostgresTest extends ReleasedBodiesJdbcContract {
    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
