package io.vigil.documents.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/**
 * One published version of a document: its number (1, 2, ...), where its content is stored, of
 * which type and size, its SHA-256 digest, what changed, and who published it when.
 */
public record DocumentVersion(int number, ContentId content, ContentType type, long bytes, String sha256,
                              String note, Instant publishedAt, String publishedBy) {
    public DocumentVersion {
        Require.that(number >= 1, "number", "must be at least 1");
        Require.nonNull(content, "content");
        Require.nonNull(type, "type");
        Require.that(bytes >= 1 && bytes <= Content.MAX_BYTES, "bytes", "must be between 1 and " + Content.MAX_BYTES);
        sha256 = Require.text(sha256, "sha256", 64);
        note = note == null ? "" : note.strip();
        Require.that(note.length() <= 500, "note", "must be at most 500 characters");
        Require.nonNull(publishedAt, "publishedAt");
        publishedBy = Require.text(publishedBy, "publishedBy", 200);
    }
}
