package io.vigil.jdbc;

import javax.sql.DataSource;

class ReleasedBodiesH2Test extends ReleasedBodiesJdbcContract {
    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
