package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.OneTransactionDataSource;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.store.StorageException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.people.domain.Person;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.generators.PeopleGenerators;
import io.vigil.testkit.generators.Samples;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up under the embedded database: writes are refused (a {@link StorageException},
 * which the API answers 503), the health check says DOWN, nothing acknowledged is lost, and once
 * space returns the next write succeeds and health is UP again, without a restart. The full disk is
 * simulated where SQLite reports it, at commit, with SQLite's own error ({@code SQLITE_FULL}); a real
 * full file system gives the same (README, "Durability").
 */
class FullDiskHealthTest {
    private static final OfficeId OFFICE = OfficeId.of("FULL");

    @Test
    void writes_are_refused_and_health_is_down_while_the_disk_is_full_and_both_recover_when_space_returns(
            @TempDir Path dir) throws Exception {
        try (HikariDataSource pool = JdbcDataSources.sqliteFile(dir)) {
            JdbcMigrations.migrate(pool);
            FillingDisk disk = new FillingDisk(pool);
            OneTransactionDataSource stores = new OneTransactionDataSource(disk);
            PersonDirectory persons = new JdbcPeopleStores(stores).open().persons();
            try (StoreHealth health = StoreHealth.jdbc(pool, stores.writeHealth())) {
                Person before = persons.save(person());
                assertThat(health.storesUp()).isTrue();

                disk.full = true;
                Person refused = person();
                assertThatThrownBy(() -> persons.save(refused)).isInstanceOf(StorageException.class);
                assertThat(health.storesUp()).as("DOWN while the disk is full").isFalse();
                assertThat(persons.findById(before.id())).as("acknowledged before").contains(before);
                assertThat(persons.findById(refused.id())).as("the refused write left nothing").isEmpty();

                disk.full = false;
                Person after = persons.save(person());
                assertThat(health.storesUp()).as("UP once a write succeeds again").isTrue();
                assertThat(persons.findById(after.id())).contains(after);
                assertThat(persons.findById(before.id())).contains(before);
            }
        }
    }

    @Test
    void a_write_refused_for_a_stale_version_leaves_health_up(@TempDir Path dir) throws Exception {
        try (HikariDataSource pool = JdbcDataSources.sqliteFile(dir)) {
            JdbcMigrations.migrate(pool);
            OneTransactionDataSource stores = new OneTransactionDataSource(pool);
            PersonDirectory persons = new JdbcPeopleStores(stores).open().persons();
            try (StoreHealth health = StoreHealth.jdbc(pool, stores.writeHealth())) {
                Person saved = persons.save(person());
                assertThatThrownBy(() -> persons.save(saved.withVersion(0))).as("a stale version")
                        .isInstanceOf(VersionConflictException.class);
                assertThat(health.storesUp()).isTrue();
            }
        }
    }

    private static Person person() {
        Person t = Samples.one(PeopleGenerators.persons(OFFICE), 3);
        return new Person(PersonId.random(), OFFICE, 0, t.givenName(), t.familyName(), t.category(), t.orgUnit(),
                Optional.empty(), t.contacts(), t.emergencyContacts(), t.specialNeeds(), t.bloodType());
    }

    /** A SQLite database whose disk is full while {@link #full}: a commit rolls back and fails as SQLite's does. */
    private static final class FillingDisk implements DataSource {
        private final DataSource pool;
        volatile boolean full;

        FillingDisk(DataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection c = pool.getConnection();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("commit") && full) {
                            c.rollback();
                            throw new SQLException("[SQLITE_FULL] Insertion failed because database is full"
                                    + " (database or disk is full)", null, 13);
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return pool.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return pool.isWrapperFor(iface);
        }
    }
}
