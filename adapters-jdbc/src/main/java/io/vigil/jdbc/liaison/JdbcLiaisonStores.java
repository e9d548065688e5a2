package io.vigil.jdbc.liaison;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.json.VigilJson;
import io.vigil.liaison.port.out.LiaisonPorts;
import io.vigil.wiring.ContextStores;
import java.util.Objects;
import javax.sql.DataSource;

/** The liaison context's stores on JDBC, on one migrated data source (see {@code JdbcMigrations}). */
public final class JdbcLiaisonStores implements ContextStores<LiaisonPorts> {
    private final DataSource dataSource;

    /** The stores on the data source. */
    public JdbcLiaisonStores(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Class<LiaisonPorts> portsType() {
        return LiaisonPorts.class;
    }

    @Override
    public LiaisonPorts open() {
        Jdbc jdbc = new Jdbc(dataSource);
        ObjectMapper json = VigilJson.mapper();
        return new LiaisonPorts(new JdbcOrganisationRegistry(jdbc, json),
                new JdbcContactDirectory(jdbc, json),
                new JdbcContactLog(jdbc, json),
                new JdbcInformationLog(jdbc, json),
                new JdbcMeetingSeriesRegistry(jdbc, json),
                new JdbcMeetingRecords(jdbc, json),
                new JdbcActionRegister(jdbc, json),
                new JdbcAdviceRegister(jdbc, json));
    }
}
