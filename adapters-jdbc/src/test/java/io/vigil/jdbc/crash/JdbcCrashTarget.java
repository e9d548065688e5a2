package io.vigil.jdbc.crash;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.crash.CrashTarget;

/** A crash target on a JDBC data source, migrated and opened as the reference app does. */
abstract class JdbcCrashTarget implements CrashTarget {

    /** The pool on {@code location}, as the reference app opens it. */
    abstract HikariDataSource dataSource(String location);

    @Override
    public Opened open(String location) {
        HikariDataSource ds = dataSource(location);
        try {
            JdbcMigrations.migrate(ds);
            PeoplePorts ports = new JdbcPeopleStores(ds).open();
            return new Opened() {
                @Override
                public PersonDirectory persons() {
                    return ports.persons();
                }

                @Override
                public void close() {
                    ds.close();
                }
            };
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }
}
