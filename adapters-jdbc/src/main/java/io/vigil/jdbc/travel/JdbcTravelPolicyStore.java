package io.vigil.jdbc.travel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.travel.domain.TravelPolicy;
import io.vigil.travel.port.out.TravelPolicyStore;
import java.util.List;

/** {@link TravelPolicyStore} on JDBC: one row per office. */
final class JdbcTravelPolicyStore extends JdbcVersionedStore<OfficeId, TravelPolicy> implements TravelPolicyStore {

    JdbcTravelPolicyStore(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, TravelPolicy.class, "travel_policy", "travel-policy", List.of(), List.of());
    }

    @Override
    protected Object[] columnValues(TravelPolicy p) {
        return new Object[0];
    }
}
