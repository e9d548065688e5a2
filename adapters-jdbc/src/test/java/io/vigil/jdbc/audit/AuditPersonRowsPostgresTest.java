package io.vigil.jdbc.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL an audit entry's person rows are not checked one by one against the entry (V31
 * dropped the foreign key: the rows are written in the entry's transaction), and both of the
 * table's indexes remain: by entry and person (the key) and by person (the trail of a person).
 */
class AuditPersonRowsPostgresTest {
    private final Jdbc jdbc = new Jdbc(TestDatabases.postgres());

    @Test
    void audit_person_has_its_key_and_person_index_and_no_foreign_key() {
        assertThat(jdbc.query("SELECT constraint_type FROM information_schema.table_constraints"
                + " WHERE table_name = 'audit_person' AND constraint_type <> 'CHECK'", rs -> rs.getString(1)))
                .containsExactly("PRIMARY KEY");
        assertThat(jdbc.query("SELECT indexname FROM pg_indexes WHERE tablename = 'audit_person' ORDER BY indexname",
                rs -> rs.getString(1))).containsExactly("audit_person_person", "audit_person_pkey");
    }
}
