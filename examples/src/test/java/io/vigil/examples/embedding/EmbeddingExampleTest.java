package io.vigil.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonView;
import io.vigil.wiring.Vigil;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding code runs: by hand and with Guice, on H2, and what one stores the other reads. */
class EmbeddingExampleTest {

    @Test
    void vigil_wired_by_hand_registers_a_person_that_a_fresh_wiring_on_the_same_database_reads_back(
            @TempDir Path dir) {
        Actor officer = EmbeddingExample.officer();
        PersonView ana;
        try (HikariDataSource db = JdbcDataSources.h2File(dir)) {
            Vigil vigil = EmbeddingExample.wire(db);
            ana = EmbeddingExample.registerAna(vigil, officer);
        }
        try (HikariDataSource db = JdbcDataSources.h2File(dir)) {
            Vigil again = EmbeddingExample.wire(db);
            PersonView read = again.people().persons().get(officer, ana.person().id());
            assertThat(read.person().givenName()).isEqualTo("Ana");
            assertThat(read.person().familyName()).isEqualTo("Ruiz");
            assertThat(read.person().category()).isEqualTo(PersonCategory.NATIONAL_STAFF);
            List<AuditEntry> trail = again.audit().find(officer, AuditQuery.office(officer.office()),
                    PageRequest.first(50)).items();
            assertThat(trail).as("the registration is in the audit trail on the database")
                    .anyMatch(e -> e.action() == AuditAction.CREATE && e.persons().contains(ana.person().id()));
        }
    }

    @Test
    void vigil_wired_with_guice_stores_in_the_same_tables_as_vigil_wired_by_hand(@TempDir Path dir) {
        Actor officer = EmbeddingExample.officer();
        try (HikariDataSource db = JdbcDataSources.h2File(dir)) {
            PeopleUseCases people = GuiceEmbeddingExample.people(db);
            PersonView ana = EmbeddingExample.registerAna(people, officer);
            Vigil byHand = EmbeddingExample.wire(db);
            assertThat(byHand.people().persons().get(officer, ana.person().id()).person().givenName())
                    .isEqualTo("Ana");
        }
    }
}
