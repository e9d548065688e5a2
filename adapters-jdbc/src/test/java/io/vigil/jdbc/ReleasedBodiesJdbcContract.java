package io.vigil.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.alerting.JdbcAlertingStores;
import io.vigil.jdbc.audit.JdbcAuditStores;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.jdbc.risk.JdbcRiskStores;
import io.vigil.json.VigilJson;
import io.vigil.testkit.contract.alerting.AlertingGoldenStores;
import io.vigil.testkit.contract.audit.AuditGoldenStores;
import io.vigil.testkit.contract.people.PeopleGoldenStores;
import io.vigil.testkit.contract.risk.RiskGoldenStores;
import io.vigil.testkit.golden.GoldenStore;
import io.vigil.testkit.golden.ReleasedBodiesContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Bodies the 0.1 release stored still read on JDBC: each golden record gets its row through the
 * port, then the row's {@code body} is replaced by the release's exact text and read back.
 */
abstract class ReleasedBodiesJdbcContract extends ReleasedBodiesContract {
    /** The table each golden directory's records live in. */
    private static final Map<String, String> TABLES = Map.ofEntries(Map.entry("persons", "person"),
            Map.entry("residences", "residence"), Map.entry("presences", "presence"), Map.entry("missions", "mission"),
            Map.entry("positions", "position_report"), Map.entry("warden-zones", "warden_zone"),
            Map.entry("assessments", "security_assessment"), Map.entry("risk-policies", "risk_policy"),
            Map.entry("restricted-areas", "restricted_area"), Map.entry("venues", "venue"),
            Map.entry("facilities", "facility"), Map.entry("on-call", "on_call_shift"),
            Map.entry("emergencies", "emergency_request"), Map.entry("advisories", "advisory"),
            Map.entry("communication-tests", "communication_test"), Map.entry("check-ins", "check_in"),
            Map.entry("phone-trees", "phone_tree"), Map.entry("audit", "audit_entry"));
    private static final int UUID_LENGTH = 36;
    private final ObjectMapper json = VigilJson.mapper();

    /** The migrated database under test. */
    protected abstract DataSource dataSource();

    @Override
    protected List<GoldenStore<?>> stores() {
        DataSource ds = dataSource();
        List<GoldenStore<?>> stores = new ArrayList<>();
        stores.addAll(AuditGoldenStores.of(new JdbcAuditStores(ds).open()));
        stores.addAll(PeopleGoldenStores.of(new JdbcPeopleStores(ds).open()));
        stores.addAll(RiskGoldenStores.of(new JdbcRiskStores(ds).open()));
        stores.addAll(AlertingGoldenStores.of(new JdbcAlertingStores(ds).open()));
        return stores;
    }

    @Override
    protected <T> T parse(String raw, Class<T> type) {
        try {
            return json.readValue(raw, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void stash(GoldenStore<?> store, String key, String raw, Object parsed) {
        store.insertAny(parsed);
        String table = TABLES.get(store.dir());
        try (Connection c = dataSource().getConnection()) {
            if (store.dir().equals("check-ins")) {
                // the release's files adapter wrapped the answer with its test; its JDBC body is the answer alone
                String answer = json.readTree(raw).get("checkIn").toString();
                update(c, "UPDATE check_in SET body = ? WHERE test_id = ? AND person_id = ?", answer,
                        key.substring(0, UUID_LENGTH), key.substring(UUID_LENGTH + 1));
            } else {
                update(c, "UPDATE " + table + " SET body = ? WHERE id = ?", raw, key);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot stash " + store.dir() + "/" + key, e);
        }
    }

    private static void update(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            if (ps.executeUpdate() != 1) {
                throw new SQLException("expected one row for: " + sql + " " + List.of(params));
            }
        }
    }
}
