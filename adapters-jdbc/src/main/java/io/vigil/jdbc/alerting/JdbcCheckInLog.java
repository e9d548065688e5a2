package io.vigil.jdbc.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JsonBody;
import io.vigil.kernel.PersonId;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link CheckInLog} on JDBC: the primary key (test, person) keeps the first answer only. */
final class JdbcCheckInLog implements CheckInLog {
    private final Jdbc jdbc;
    private final JsonBody<CheckIn> body;

    JdbcCheckInLog(Jdbc jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.body = new JsonBody<>(json, CheckIn.class, "check-in");
    }

    @Override
    public boolean record(CommTestId test, CheckIn checkIn) {
        String stored = body.write(checkIn);
        return jdbc.inTransaction(c -> {
            if (!Jdbc.query(c, "SELECT 1 FROM check_in WHERE test_id = ? AND person_id = ?", rs -> 1, test.toString(),
                    checkIn.person().toString()).isEmpty()) {
                return false;
            }
            try {
                Jdbc.update(c, "INSERT INTO check_in (test_id, person_id, at, body) VALUES (?, ?, ?, ?)",
                        test.toString(), checkIn.person().toString(), Jdbc.timestamp(checkIn.at()), stored);
                return true;
            } catch (SQLException e) {
                if (Jdbc.isConstraintViolation(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<CheckIn> answerOf(CommTestId test, PersonId person) {
        return jdbc.query("SELECT body FROM check_in WHERE test_id = ? AND person_id = ?",
                rs -> body.read(rs.getString(1)), test.toString(), person.toString()).stream().findFirst();
    }

    @Override
    public List<CheckIn> of(CommTestId test) {
        return jdbc.query("SELECT body FROM check_in WHERE test_id = ?", rs -> body.read(rs.getString(1)), test.toString())
                .stream().sorted(CheckInLog.BY_TIME).toList();
    }
}
