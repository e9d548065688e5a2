package io.vigil.jdbc.travel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.travel.domain.AirOperator;
import io.vigil.travel.domain.AirOperatorId;
import io.vigil.travel.port.out.AirOperatorRegistry;
import java.util.List;

/** {@link AirOperatorRegistry} on JDBC; codes sort byte-wise. */
final class JdbcAirOperatorRegistry extends JdbcVersionedStore<AirOperatorId, AirOperator> implements AirOperatorRegistry {

    JdbcAirOperatorRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, AirOperator.class, "air_operator", "air-operator", List.of("code"), List.of());
    }

    @Override
    protected Object[] columnValues(AirOperator o) {
        return new Object[] {o.code()};
    }

    @Override
    public Page<AirOperator> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "code, id", page, office.value());
    }
}
