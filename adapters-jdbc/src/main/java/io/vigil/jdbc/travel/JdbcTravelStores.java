package io.vigil.jdbc.travel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.json.VigilJson;
import io.vigil.travel.port.out.TravelPorts;
import io.vigil.wiring.ContextStores;
import java.util.Objects;
import javax.sql.DataSource;

/** The travel context's stores on JDBC, on one migrated data source (see {@code JdbcMigrations}). */
public final class JdbcTravelStores implements ContextStores<TravelPorts> {
    private final DataSource dataSource;

    /** The stores over a data source migrated by {@code JdbcMigrations}. */
    public JdbcTravelStores(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Class<TravelPorts> portsType() {
        return TravelPorts.class;
    }

    @Override
    public TravelPorts open() {
        Jdbc jdbc = new Jdbc(dataSource);
        ObjectMapper json = VigilJson.mapper();
        return new TravelPorts(new JdbcClearanceRegistry(jdbc, json), new JdbcAirOperatorRegistry(jdbc, json),
                new JdbcWaiverRegistry(jdbc, json), new JdbcTravelPolicyStore(jdbc, json));
    }
}
