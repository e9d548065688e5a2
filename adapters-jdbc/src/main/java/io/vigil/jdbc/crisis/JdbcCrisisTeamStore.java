package io.vigil.jdbc.crisis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.crisis.domain.CrisisTeam;
import io.vigil.crisis.port.out.CrisisTeamStore;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import java.util.List;

/** {@link CrisisTeamStore} on JDBC: one row per office. */
final class JdbcCrisisTeamStore extends JdbcVersionedStore<OfficeId, CrisisTeam> implements CrisisTeamStore {

    JdbcCrisisTeamStore(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, CrisisTeam.class, "crisis_team", "crisis-team", List.of(), List.of());
    }

    @Override
    protected Object[] columnValues(CrisisTeam value) {
        return new Object[0];
    }
}
