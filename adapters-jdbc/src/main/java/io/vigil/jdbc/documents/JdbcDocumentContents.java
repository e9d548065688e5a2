package io.vigil.jdbc.documents;

import io.vigil.documents.domain.Content;
import io.vigil.documents.domain.ContentId;
import io.vigil.documents.domain.ContentType;
import io.vigil.documents.port.out.DocumentContents;
import io.vigil.jdbc.Jdbc;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.StorageException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/**
 * {@link DocumentContents} on JDBC: one row per content in {@code document_content}, its bytes in a
 * binary large object column (BLOB on H2 and SQLite, BYTEA on PostgreSQL), written in one transaction.
 */
final class JdbcDocumentContents implements DocumentContents {
    private final Jdbc jdbc;

    JdbcDocumentContents(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(Content content) {
        byte[] bytes = content.bytes();
        jdbc.inTransaction(c -> {
            boolean taken = !Jdbc.query(c, "SELECT id FROM document_content WHERE id = ?", rs -> rs.getString(1),
                    content.id().toString()).isEmpty();
            if (taken) {
                throw new StorageException("content " + content.id() + " is already stored", null);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_content"
                    + " (id, office_id, content_type, size_bytes, body) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, content.id().toString());
                ps.setString(2, content.office().value());
                ps.setString(3, content.type().name());
                ps.setInt(4, bytes.length);
                ps.setBytes(5, bytes);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Content> find(OfficeId office, ContentId id) {
        return jdbc.query("SELECT content_type, body FROM document_content WHERE id = ? AND office_id = ?",
                rs -> new Content(id, office, ContentType.valueOf(rs.getString(1)), bytes(rs.getBytes(2))),
                id.toString(), office.value()).stream().findFirst();
    }

    @Override
    public void delete(OfficeId office, ContentId id) {
        jdbc.inTransaction(c -> Jdbc.update(c, "DELETE FROM document_content WHERE id = ? AND office_id = ?",
                id.toString(), office.value()));
    }

    private static byte[] bytes(byte[] stored) throws SQLException {
        if (stored == null) {
            throw new SQLException("a stored content has no bytes");
        }
        return stored;
    }
}
