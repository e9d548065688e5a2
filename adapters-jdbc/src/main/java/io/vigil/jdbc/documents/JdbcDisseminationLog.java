package io.vigil.jdbc.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.DisseminationId;
import io.vigil.documents.domain.DocumentId;
import io.vigil.documents.port.out.DisseminationLog;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/**
 * {@link DisseminationLog} on JDBC. Timestamp columns hold microseconds, so a document's list is put
 * in the port's exact order after loading.
 */
final class JdbcDisseminationLog extends JdbcVersionedStore<DisseminationId, Dissemination>
        implements DisseminationLog {

    JdbcDisseminationLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Dissemination.class, "dissemination", "dissemination", List.of("document_id", "sent_at"),
                List.of());
    }

    @Override
    protected Object[] columnValues(Dissemination d) {
        return new Object[] {d.document().toString(), Jdbc.timestamp(d.sentAt())};
    }

    @Override
    public Page<Dissemination> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "sent_at DESC, id", page, office.value());
    }

    @Override
    public List<Dissemination> ofDocument(OfficeId office, DocumentId document) {
        return bodies("SELECT body FROM dissemination WHERE office_id = ? AND document_id = ?", office.value(),
                document.toString()).stream().sorted(LATEST_FIRST).toList();
    }
}
