package io.vigil.spring;

import io.vigil.jdbc.JdbcMigrations;
import javax.sql.DataSource;

/**
 * Vigil's tables on the host's {@code DataSource}, brought up to date when the bean is created, before
 * any store bean (they depend on it). A host that migrates Vigil's schema itself defines its own bean
 * of this type, or sets {@code vigil.jdbc.migrate=false}.
 */
public final class VigilSchema {
    private final boolean migrated;

    private VigilSchema(boolean migrated) {
        this.migrated = migrated;
    }

    /**
     * Runs Vigil's pending migrations ({@link JdbcMigrations#LOCATION}) recorded in {@code historyTable}.
     *
     * @param dataSource   the host's data source
     * @param historyTable the Flyway history table of Vigil's migrations
     * @return the migrated schema
     */
    public static VigilSchema migrate(DataSource dataSource, String historyTable) {
        JdbcMigrations.migrate(dataSource, historyTable);
        return new VigilSchema(true);
    }

    /**
     * A schema the host keeps up to date itself.
     *
     * @return a schema that Vigil did not migrate
     */
    public static VigilSchema managedByHost() {
        return new VigilSchema(false);
    }

    /**
     * Whether Vigil ran its migrations at start-up.
     *
     * @return true when this bean migrated the schema
     */
    public boolean migrated() {
        return migrated;
    }
}
