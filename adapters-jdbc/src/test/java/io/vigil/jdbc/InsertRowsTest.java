package io.vigil.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Jdbc#insertRows} stores every value as given, on each database: on PostgreSQL a large
 * batch goes through {@code COPY} (text that the copy format gives a meaning to, such as a
 * backslash, a tab, a line break or the text {@code \N}, must arrive unchanged, and null as null),
 * a small one through inserts; a failing batch leaves nothing behind in its transaction.
 */
class InsertRowsTest {
    private static final List<String> AWKWARD = List.of("back\\slash", "tab\there", "line\nbreak", "carriage\rreturn",
            "\\N", "\\t", "quote ' and \"", "ünïcødé ✓ 漢字", "", " ", "{\"json\": \"a\\\\b\"}", "ends with \\");

    private static DataSource database(String name) {
        return switch (name) {
            case "postgresql" -> TestDatabases.postgres();
            case "sqlite" -> TestDatabases.sqlite();
            default -> TestDatabases.h2();
        };
    }

    private static void createTable(Jdbc jdbc, String table) {
        jdbc.inTransaction(c -> Jdbc.update(c, "CREATE TABLE " + table
                + " (k INTEGER PRIMARY KEY, label VARCHAR(200), amount BIGINT, flag BOOLEAN)"));
    }

    private static List<Object[]> rows(int count) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String label = i % 7 == 6 ? null : AWKWARD.get(i % AWKWARD.size()) + " #" + i;
            rows.add(new Object[] {i, label, i % 5 == 4 ? null : (long) i * 1_000_000_007L, i % 3 == 0});
        }
        return rows;
    }

    private static List<String> stored(Jdbc jdbc, String table) {
        return jdbc.query("SELECT k, label, amount, flag FROM " + table + " ORDER BY k",
                rs -> rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getObject(3) + "|" + rs.getBoolean(4));
    }

    private static List<String> expected(List<Object[]> rows) {
        return rows.stream().map(r -> r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3]).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2", "sqlite"})
    void large_and_small_batches_store_every_value_unchanged(String db) {
        Jdbc jdbc = new Jdbc(database(db));
        for (int count : new int[] {3, Jdbc.COPY_FROM - 1, Jdbc.COPY_FROM, 2_345}) {
            String table = "insert_rows_" + count + "_" + UUID.randomUUID().toString().substring(0, 8);
            createTable(jdbc, table);
            List<Object[]> rows = rows(count);
            int inserted = jdbc.inTransaction(c -> Jdbc.insertRows(c, table, List.of("k", "label", "amount", "flag"),
                    rows, ""));
            assertThat(inserted).as("%s rows on %s", count, db).isEqualTo(count);
            assertThat(stored(jdbc, table)).as("%s rows on %s", count, db).containsExactlyElementsOf(expected(rows));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2", "sqlite"})
    void a_batch_that_breaks_a_key_leaves_nothing_in_its_transaction(String db) {
        Jdbc jdbc = new Jdbc(database(db));
        String table = "insert_rows_dup_" + UUID.randomUUID().toString().substring(0, 8);
        createTable(jdbc, table);
        List<Object[]> rows = new ArrayList<>(rows(1_500));
        rows.add(new Object[] {7, "the same key again", 1L, true});
        assertThatThrownBy(() -> jdbc.inTransaction(c -> Jdbc.insertRows(c, table,
                List.of("k", "label", "amount", "flag"), rows, ""))).isInstanceOf(RuntimeException.class);
        assertThat(stored(jdbc, table)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void a_row_with_too_few_values_is_refused(String db) {
        Jdbc jdbc = new Jdbc(database(db));
        String table = "insert_rows_short_" + UUID.randomUUID().toString().substring(0, 8);
        createTable(jdbc, table);
        List<Object[]> rows = new ArrayList<>(rows(1_200));
        rows.set(1_100, new Object[] {1_100, "no amount"});
        assertThatThrownBy(() -> jdbc.inTransaction(c -> Jdbc.insertRows(c, table,
                List.of("k", "label", "amount", "flag"), rows, ""))).hasMessageContaining("has 2 values for 4 columns");
        assertThat(stored(jdbc, table)).isEmpty();
    }
}
