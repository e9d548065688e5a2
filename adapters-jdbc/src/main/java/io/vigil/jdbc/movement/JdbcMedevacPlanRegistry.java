package io.vigil.jdbc.movement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.movement.domain.MedevacPlan;
import io.vigil.movement.domain.MedevacPlanId;
import io.vigil.movement.port.out.MedevacPlanRegistry;
import java.util.List;

/** {@link MedevacPlanRegistry} on JDBC. */
final class JdbcMedevacPlanRegistry extends JdbcVersionedStore<MedevacPlanId, MedevacPlan> implements MedevacPlanRegistry {

    JdbcMedevacPlanRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, MedevacPlan.class, "medevac_plan", "medevac-plan", List.of("duty_station"), List.of());
    }

    @Override
    protected Object[] columnValues(MedevacPlan p) {
        return new Object[] {p.dutyStation()};
    }

    @Override
    public Page<MedevacPlan> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "duty_station, id", page, office.value());
    }
}
