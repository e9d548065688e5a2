package io.vigil.jdbc.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.AnswerTally;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JsonBody;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.store.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CheckInLog} on JDBC: a person's first answer in {@code check_in} (primary key test and
 * person, as release 0.1 stored it), each change of answer after it in {@code check_in_change}
 * (primary key test, person and number). A first answer, the common case, is one statement in
 * auto-commit (inserted unless the person has answered already), and the latest answer one query:
 * an answer costs two round trips to the database. Two answers recorded at once collide on a
 * primary key; the loser reads again and decides again.
 */
final class JdbcCheckInLog implements CheckInLog {
    private static final int ATTEMPTS = 20;
    private static final int TALLY_BATCH = 500;
    /** A stored answer of "needs help", as the JSON mapping writes it (compact; a quote in a value is escaped). */
    private static final String NEEDS_HELP = "%\"answer\":\"" + Answer.NEEDS_HELP.name() + "\"%";
    private final Jdbc jdbc;
    private final JsonBody<CheckIn> body;

    JdbcCheckInLog(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.body = new JsonBody<>(json, CheckIn.class, "check-in");
    }

    @Override
    public boolean record(CommTestId test, CheckIn checkIn) {
        String stored = body.write(checkIn);
        if (jdbc.autoCommitted(c -> recordFirst(c, test, checkIn, stored))) {
            return true;
        }
        for (int tries = 0; tries < ATTEMPTS; tries++) {
            Optional<Boolean> decided = jdbc.inTransaction(c -> attempt(c, test, checkIn, stored));
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        throw new StorageException("check-in of " + checkIn.person() + " to " + test + " kept colliding with"
                + " concurrent answers", null);
    }

    /**
     * Records the answer if the person has not answered this test yet, in one statement; false when
     * they have, or a concurrent first answer got the key first.
     */
    private static boolean recordFirst(Connection c, CommTestId test, CheckIn checkIn, String stored)
            throws SQLException {
        try {
            return Jdbc.update(c, "INSERT INTO check_in (test_id, person_id, at, body) SELECT ?, ?, ?, ? WHERE NOT"
                    + " EXISTS (SELECT 1 FROM check_in WHERE test_id = ? AND person_id = ?)", test.toString(),
                    checkIn.person().toString(), Jdbc.timestamp(checkIn.at()), stored, test.toString(),
                    checkIn.person().toString()) == 1;
        } catch (SQLException e) {
            if (Jdbc.isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Records the answer if it is a first answer or a change; empty when a concurrent answer got its key first. */
    private Optional<Boolean> attempt(Connection c, CommTestId test, CheckIn checkIn, String stored)
            throws SQLException {
        List<CheckIn> answers = answersOf(c, test, checkIn.person());
        if (!answers.isEmpty() && answers.get(answers.size() - 1).answer() == checkIn.answer()) {
            return Optional.of(false);
        }
        Savepoint before = c.setSavepoint();
        try {
            if (answers.isEmpty()) {
                Jdbc.update(c, "INSERT INTO check_in (test_id, person_id, at, body) VALUES (?, ?, ?, ?)",
                        test.toString(), checkIn.person().toString(), Jdbc.timestamp(checkIn.at()), stored);
            } else {
                Jdbc.update(c, "INSERT INTO check_in_change (test_id, person_id, seq, at, body) VALUES (?, ?, ?, ?, ?)",
                        test.toString(), checkIn.person().toString(), answers.size() + 1,
                        Jdbc.timestamp(checkIn.at()), stored);
            }
            return Optional.of(true);
        } catch (SQLException e) {
            if (Jdbc.isConstraintViolation(e)) {
                c.rollback(before);
                return Optional.empty();
            }
            throw e;
        }
    }

    private List<CheckIn> answersOf(Connection c, CommTestId test, PersonId person) throws SQLException {
        List<CheckIn> answers = new ArrayList<>(Jdbc.query(c, "SELECT body FROM check_in WHERE test_id = ? AND"
                + " person_id = ?", rs -> body.read(rs.getString(1)), test.toString(), person.toString()));
        if (!answers.isEmpty()) {
            answers.addAll(Jdbc.query(c, "SELECT body FROM check_in_change WHERE test_id = ? AND person_id = ?"
                    + " ORDER BY seq", rs -> body.read(rs.getString(1)), test.toString(), person.toString()));
        }
        return answers;
    }

    @Override
    public List<CheckIn> answersOf(CommTestId test, PersonId person) {
        return jdbc.inTransaction(c -> answersOf(c, test, person));
    }

    /** One query: the first answer's row and the changes after it, the last recorded first. */
    @Override
    public Optional<CheckIn> latestOf(CommTestId test, PersonId person) {
        return jdbc.query("SELECT body, 1 AS seq FROM check_in WHERE test_id = ? AND person_id = ? UNION ALL"
                        + " SELECT body, seq FROM check_in_change WHERE test_id = ? AND person_id = ?"
                        + " ORDER BY seq DESC LIMIT 1", rs -> body.read(rs.getString(1)), test.toString(),
                person.toString(), test.toString(), person.toString()).stream().findFirst();
    }

    @Override
    public Optional<CheckIn> answerOf(CommTestId test, PersonId person) {
        return jdbc.query("SELECT body FROM check_in WHERE test_id = ? AND person_id = ?",
                rs -> body.read(rs.getString(1)), test.toString(), person.toString()).stream().findFirst();
    }

    /**
     * One grouped query per {@value #TALLY_BATCH} tests over the first answers, each with whether the
     * person said "needs help" in it or in a change after it (the answer is read from the stored body).
     */
    @Override
    public Map<CommTestId, AnswerTally> tally(Collection<CommTestId> tests) {
        List<CommTestId> unique = List.copyOf(new LinkedHashSet<>(tests));
        Map<CommTestId, AnswerTally> tallies = new HashMap<>();
        for (int from = 0; from < unique.size(); from += TALLY_BATCH) {
            List<CommTestId> batch = unique.subList(from, Math.min(unique.size(), from + TALLY_BATCH));
            List<Object> params = new ArrayList<>(List.of(NEEDS_HELP, NEEDS_HELP));
            batch.forEach(t -> params.add(t.toString()));
            jdbc.query("SELECT c.test_id, COUNT(*), SUM(CASE WHEN c.body LIKE ? OR EXISTS (SELECT 1 FROM"
                            + " check_in_change x WHERE x.test_id = c.test_id AND x.person_id = c.person_id AND"
                            + " x.body LIKE ?) THEN 1 ELSE 0 END) FROM check_in c WHERE c.test_id IN ("
                            + Jdbc.marks(batch.size()) + ") GROUP BY c.test_id",
                    rs -> tallies.put(CommTestId.of(rs.getString(1)), new AnswerTally(rs.getLong(2), rs.getLong(3))),
                    params.toArray());
        }
        return tallies;
    }

    @Override
    public List<CheckIn> of(CommTestId test) {
        List<CheckIn> all = new ArrayList<>(jdbc.query("SELECT body FROM check_in WHERE test_id = ?",
                rs -> body.read(rs.getString(1)), test.toString()));
        all.addAll(jdbc.query("SELECT body FROM check_in_change WHERE test_id = ?", rs -> body.read(rs.getString(1)),
                test.toString()));
        return all.stream().sorted(CheckInLog.BY_TIME).toList();
    }
}
