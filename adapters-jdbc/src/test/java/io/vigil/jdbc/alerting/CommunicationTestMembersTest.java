package io.vigil.jdbc.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.TestDatabases;
import io.vigil.json.VigilJson;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.store.StorageException;
import io.vigil.testkit.generators.AlertingGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.Samples;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * How the JDBC registry keeps a test's audience: as member rows, out of the body; bodies stored
 * with the audience inline (before the rows existed) read as they are, and take rows on their next
 * save. On H2; the contract runs on every database.
 */
class CommunicationTestMembersTest {
    private final DataSource db = TestDatabases.h2();
    private final Jdbc jdbc = new Jdbc(db);
    private final CommunicationTestRegistry tests = TestDatabases.h2(JdbcAlertingStores::new).tests();
    private final OfficeId office = KernelGenerators.freshOffice();
    private final Samples samples = new Samples(3);

    @Test
    void the_audience_is_in_rows_and_not_in_the_body() {
        CommunicationTest rollCall = rollCall();
        CommunicationTest saved = tests.save(rollCall);
        String body = body(saved);
        for (PersonId p : saved.audience()) {
            assertThat(body).doesNotContain(p.toString());
        }
        assertThat(body).contains("\"audienceRows\":" + saved.audience().size());
        assertThat(jdbc.query("SELECT person_id FROM communication_test_member WHERE communication_test_id = ?"
                + " ORDER BY ordinal", rs -> rs.getString(1), saved.id().toString()))
                .containsExactlyElementsOf(saved.audience().stream().map(PersonId::toString).toList());
        assertThat(jdbc.query("SELECT audience_size FROM communication_test WHERE id = ?", rs -> rs.getInt(1),
                saved.id().toString())).containsExactly(saved.audience().size());
    }

    @Test
    void a_body_stored_with_its_audience_inline_reads_unchanged_and_takes_rows_on_its_next_save() throws Exception {
        CommunicationTest old = rollCall().withVersion(1);
        String inline = VigilJson.mapper().writeValueAsString(old);
        jdbc.inTransaction(c -> Jdbc.update(c, "INSERT INTO communication_test (id, office_id, version, started_at,"
                + " body) VALUES (?, ?, 1, ?, ?)", old.id().toString(), office.value(), Jdbc.timestamp(old.startedAt()),
                inline));
        assertThat(tests.findById(old.id()).orElseThrow()).isEqualTo(old);

        Incident stepped = old.incident().orElseThrow().withWardensAlerted(old.startedAt().plusSeconds(900));
        CommunicationTest next = tests.save(old.withIncident(stepped));
        assertThat(tests.findById(old.id()).orElseThrow()).isEqualTo(next);
        assertThat(body(next)).doesNotContain(old.audience().get(0).toString());
        assertThat(jdbc.query("SELECT COUNT(*) FROM communication_test_member WHERE communication_test_id = ?",
                rs -> rs.getInt(1), old.id().toString())).containsExactly(old.audience().size());
    }

    @Test
    void a_test_whose_rows_do_not_match_its_body_is_a_storage_error_naming_it() {
        CommunicationTest saved = tests.save(rollCall());
        jdbc.inTransaction(c -> Jdbc.update(c, "DELETE FROM communication_test_member WHERE communication_test_id = ?"
                + " AND ordinal = 0", saved.id().toString()));
        assertThatThrownBy(() -> tests.findById(saved.id())).isInstanceOf(StorageException.class)
                .hasMessageContaining(saved.id().toString()).hasMessageContaining("audience rows");
    }

    private String body(CommunicationTest t) {
        return jdbc.query("SELECT body FROM communication_test WHERE id = ?", rs -> rs.getString(1),
                t.id().toString()).get(0);
    }

    /** A roll-call of the office (the generator's tests, drawn until one is a roll-call). */
    private CommunicationTest rollCall() {
        return Stream.generate(() -> samples.draw(AlertingGenerators.communicationTests(office)))
                .filter(CommunicationTest::rollCall).findFirst().orElseThrow();
    }
}
