package io.vigil.documents.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A security document of the office's library: what it is, its owner, when it is next reviewed,
 * who may read it, whom it applies to (a procedure or policy only) and its published versions,
 * oldest first (at most {@value #MAX_VERSIONS}). The restricted-areas list is generated from the
 * risk context's areas whenever it is read; its versions are only the snapshots stored when it is
 * disseminated (what its recipients read and acknowledge), never uploaded content.
 */
public record Document(DocumentId id, OfficeId office, long version, DocumentKind kind, String title, String owner,
                       Classification classification, LocalDate reviewDue, Optional<DocumentAudience> appliesTo,
                       List<DocumentVersion> versions) implements Versioned<DocumentId, Document> {
    /** The most versions a document keeps. */
    public static final int MAX_VERSIONS = 50;
    /** The order of the library: by title, ties by id. */
    public static final Comparator<Document> BY_TITLE = Comparator.comparing(Document::title)
            .thenComparing(d -> d.id().toString());

    public Document {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(kind, "kind");
        title = Require.text(title, "title", 200);
        owner = Require.text(owner, "owner", 200);
        Require.nonNull(classification, "classification");
        Require.nonNull(reviewDue, "reviewDue");
        Require.nonNull(appliesTo, "appliesTo");
        Require.that(appliesTo.isEmpty() || kind.procedure(), "appliesTo",
                "must only be given for a procedure or policy (SOP, POLICY)");
        versions = Require.noNulls(versions, "versions");
        Require.that(versions.size() <= MAX_VERSIONS, "versions", "must be at most " + MAX_VERSIONS);
        for (int i = 0; i < versions.size(); i++) {
            Require.that(versions.get(i).number() == i + 1, "versions", "must be numbered 1, 2, ... in order");
        }
    }

    /** The latest published version, if any. */
    public Optional<DocumentVersion> current() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The version of that number, if published. */
    public Optional<DocumentVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    /** Whether its review date has passed on {@code today}. */
    public boolean reviewOverdue(LocalDate today) {
        return reviewDue.isBefore(today);
    }

    /** The document with another version published from the content. */
    public Document publish(Content content, String note, Instant at, String by) {
        Require.that(!kind.generated(), "kind", "the restricted-areas list is generated, not uploaded");
        return append(content, note, at, by);
    }

    /** The generated document with another version: the snapshot of its content as generated at {@code at}. */
    public Document snapshot(Content content, Instant at, String by) {
        Require.that(kind.generated(), "kind", "only a generated document is snapshotted; publish the others");
        return append(content, "snapshot as generated at " + at, at, by);
    }

    private Document append(Content content, String note, Instant at, String by) {
        Require.that(versions.size() < MAX_VERSIONS, "versions", "the document already has " + MAX_VERSIONS
                + " versions");
        List<DocumentVersion> more = new ArrayList<>(versions);
        more.add(new DocumentVersion(versions.size() + 1, content.id(), content.type(), content.size(),
                content.sha256(), note, at, by));
        return new Document(id, office, version, kind, title, owner, classification, reviewDue, appliesTo, more);
    }

    @Override
    public Document withVersion(long newVersion) {
        return new Document(id, office, newVersion, kind, title, owner, classification, reviewDue, appliesTo,
                versions);
    }
}
