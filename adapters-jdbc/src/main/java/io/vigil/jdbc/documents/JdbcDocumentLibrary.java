package io.vigil.jdbc.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentId;
import io.vigil.documents.port.out.DocumentLibrary;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/**
 * {@link DocumentLibrary} on JDBC. An office holds at most a few hundred documents, so a list reads
 * the office's rows and puts them in the port's exact order (title as Java compares it, then id).
 */
final class JdbcDocumentLibrary extends JdbcVersionedStore<DocumentId, Document> implements DocumentLibrary {

    JdbcDocumentLibrary(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Document.class, "document", "document", List.of("title"), List.of());
    }

    @Override
    protected Object[] columnValues(Document d) {
        return new Object[] {d.title()};
    }

    @Override
    public Page<Document> list(OfficeId office, PageRequest page) {
        return Page.of(all(office), page);
    }

    @Override
    public List<Document> all(OfficeId office) {
        return bodies("SELECT body FROM document WHERE office_id = ?", office.value()).stream()
                .sorted(Document.BY_TITLE).toList();
    }
}
