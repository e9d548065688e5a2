package io.vigil.jdbc;

import javax.sql.DataSource;

class ReleasedBodiesSqliteTest extends ReleasedBodiesJdbcContract {
    @Override
    protected DataSource dataSource() {
        return TestDatabases.sqlite();
    }
}
