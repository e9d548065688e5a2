package io.vigil.jdbc.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.documents.port.out.DocumentsPorts;
import io.vigil.jdbc.Jdbc;
import io.vigil.json.VigilJson;
import io.vigil.wiring.ContextStores;
import java.util.Objects;
import javax.sql.DataSource;

/** The documents context's stores on JDBC, on one migrated data source (see {@code JdbcMigrations}). */
public final class JdbcDocumentsStores implements ContextStores<DocumentsPorts> {
    private final DataSource dataSource;

    /** The stores on the data source. */
    public JdbcDocumentsStores(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Class<DocumentsPorts> portsType() {
        return DocumentsPorts.class;
    }

    @Override
    public DocumentsPorts open() {
        Jdbc jdbc = new Jdbc(dataSource);
        ObjectMapper json = VigilJson.mapper();
        return new DocumentsPorts(new JdbcDocumentLibrary(jdbc, json), new JdbcDocumentContents(jdbc),
                new JdbcDisseminationLog(jdbc, json));
    }
}
