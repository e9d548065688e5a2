package io.vigil.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** The rows the demo seeding writes, table by table, read straight from the database (or the files, directory by directory). */
final class DemoSeedCounts {
    static final List<String> TABLES = List.of("person", "residence", "warden_zone", "mission", "security_assessment",
            "restricted_area", "venue", "facility", "on_call_shift", "emergency_request", "advisory",
            "communication_test", "check_in", "phone_tree", "guard_contract", "guard_standards", "guard_roster",
            "guard_invoice", "guard_issue", "guard_inspection", "course", "completion", "briefing", "clearance",
            "travel_policy", "crisis_plan", "crisis_team", "relocation_plan", "message_settings",
            "liaison_organisation", "liaison_contact", "liaison_contact_entry", "liaison_meeting_series",
            "liaison_meeting", "liaison_action_item", "liaison_advice");

    private DemoSeedCounts() {
    }

    static Map<String, Long> of(DataSource ds) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * The records the demo seeding writes on JSON files: the files under each directory of {@code json},
     * but the audit log's, which also records each start's reads (as the JDBC counts leave out {@code audit_entry}).
     */
    static Map<String, Long> files(Path json) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        if (!Files.isDirectory(json)) {
            return counts;
        }
        try (Stream<Path> all = Files.walk(json)) {
            all.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !json.relativize(f).startsWith("audit"))
                    .forEach(f -> counts.merge(json.relativize(f.getParent()).toString(), 1L, Long::sum));
        }
        return counts;
    }

    /** Whether nothing at all is seeded. */
    static boolean none(Map<String, Long> counts) {
        return counts.values().stream().allMatch(n -> n == 0);
    }
}
