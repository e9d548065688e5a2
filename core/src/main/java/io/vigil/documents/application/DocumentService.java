package io.vigil.documents.application;

import io.vigil.documents.domain.Content;
import io.vigil.documents.domain.ContentId;
import io.vigil.documents.domain.ContentType;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentId;
import io.vigil.documents.domain.DocumentVersion;
import io.vigil.documents.domain.DocumentsData;
import io.vigil.documents.domain.ListedArea;
import io.vigil.documents.domain.RestrictedAreasList;
import io.vigil.documents.port.in.DocumentDetails;
import io.vigil.documents.port.in.DocumentReading;
import io.vigil.documents.port.in.ManageDocumentsUseCase;
import io.vigil.documents.port.in.PublishDetails;
import io.vigil.documents.port.out.DisseminationLog;
import io.vigil.documents.port.out.DocumentContents;
import io.vigil.documents.port.out.DocumentLibrary;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.time.LocalTimes;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.risk.port.in.RestrictedAreaListUseCase;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The library: each document checked against the data class of its classification, for every read
 * (audited) and write; versions published content first, the content removed again if the document
 * cannot be saved; the restricted-areas list generated from the risk context on every read, and
 * stored as a snapshot version when it is disseminated.
 */
final class DocumentService implements ManageDocumentsUseCase {
    static final String TYPE = "document";

    private final DocumentLibrary documents;
    private final DocumentContents contents;
    private final DisseminationLog disseminations;
    private final RestrictedAreaListUseCase areas;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    /** The offices' profiles: a review is overdue from the day after it is due in the office's zone. */
    private final ManageOfficesUseCase offices;

    DocumentService(DocumentLibrary documents, DocumentContents contents, DisseminationLog disseminations,
                    RestrictedAreaListUseCase areas, ManageOfficesUseCase offices, AccessGuard guard,
                    CommandValidator validator, Clock clock) {
        this.offices = offices;
        this.documents = documents;
        this.contents = contents;
        this.disseminations = disseminations;
        this.areas = areas;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public Document create(Actor actor, DocumentDetails details) {
        Document built = build(actor, DocumentId.random(), 0, details, List.of());
        require(actor, Operation.WRITE, built, AuditAction.CREATE);
        if (documents.count(actor.office()) >= MAX_DOCUMENTS) {
            throw RefusedException.because("the office's library already holds " + MAX_DOCUMENTS + " documents");
        }
        return documents.save(built);
    }

    @Override
    public Document get(Actor actor, DocumentId id) {
        Document d = find(id);
        require(actor, Operation.READ, d, AuditAction.READ);
        return d;
    }

    @Override
    public Document update(Actor actor, DocumentId id, long expectedVersion, DocumentDetails details) {
        Document current = find(id);
        require(actor, Operation.WRITE, current, AuditAction.UPDATE);
        Document built = build(actor, id, expectedVersion, details, current.versions());
        require(actor, Operation.WRITE, built, AuditAction.UPDATE);
        return documents.save(built);
    }

    @Override
    public void remove(Actor actor, DocumentId id, long expectedVersion) {
        Document current = find(id);
        require(actor, Operation.WRITE, current, AuditAction.DELETE);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(TYPE, id, expectedVersion, current.version());
        }
        documents.delete(id, expectedVersion);
        current.versions().forEach(v -> contents.delete(current.office(), v.content()));
        disseminations.ofDocument(current.office(), id).forEach(d -> disseminations.delete(d.id(), d.version()));
    }

    @Override
    public Page<Document> list(Actor actor, PageRequest page) {
        guard.require(actor, Operation.READ, DocumentsData.OFFICE_DOCUMENTS, AccessTarget.office(actor.office()),
                AuditAction.LIST, TYPE, actor.office().value());
        return Page.of(readable(actor), page);
    }

    @Override
    public Document publish(Actor actor, DocumentId id, long expectedVersion, PublishDetails details) {
        Document current = find(id);
        require(actor, Operation.WRITE, current, AuditAction.UPDATE);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(TYPE, id, expectedVersion, current.version());
        }
        validator.validate(details);
        Content content = CommandValidator.build("content", () -> new Content(ContentId.random(), current.office(),
                ContentType.of(details.contentType()), details.content()));
        Document published = CommandValidator.build("body", () -> current.publish(content, details.note(),
                clock.instant(), actor.subject()));
        contents.put(content);
        try {
            return documents.save(published);
        } catch (RuntimeException e) {
            contents.delete(content.office(), content.id());
            throw e;
        }
    }

    @Override
    public DocumentReading read(Actor actor, DocumentId id) {
        Document d = get(actor, id);
        if (d.kind().generated()) {
            Instant now = clock.instant();
            return new DocumentReading(d, 0, ContentType.MARKDOWN, generate(actor, d, now), now, true);
        }
        DocumentVersion v = d.current().orElseThrow(() -> RefusedException.because("document \"" + d.title()
                + "\" has no published version yet"));
        return reading(d, v);
    }

    @Override
    public DocumentReading read(Actor actor, DocumentId id, int versionNumber) {
        Document d = get(actor, id);
        DocumentVersion v = d.version(versionNumber)
                .orElseThrow(() -> new NotFoundException("document version", id + "/" + versionNumber));
        return reading(d, v);
    }

    @Override
    public List<Document> overdueReviews(Actor actor, Instant at) {
        guard.require(actor, Operation.READ, DocumentsData.OFFICE_DOCUMENTS, AccessTarget.office(actor.office()),
                AuditAction.LIST, TYPE + "-review", actor.office().value());
        LocalDate today = LocalTimes.day(at, offices.zoneOf(actor.office()).orElse(ZoneOffset.UTC));
        return readable(actor).stream().filter(d -> d.reviewOverdue(today))
                .sorted(Comparator.comparing(Document::reviewDue).thenComparing(Document.BY_TITLE)).toList();
    }

    /**
     * Stores the generated document's content as generated now as its next version (content first,
     * removed again if the document cannot be saved), for a dissemination to refer to what was sent.
     */
    Document snapshot(Actor actor, Document d) {
        require(actor, Operation.WRITE, d, AuditAction.UPDATE);
        if (d.versions().size() >= Document.MAX_VERSIONS) {
            throw RefusedException.because("\"" + d.title() + "\" already keeps " + Document.MAX_VERSIONS
                    + " disseminated snapshots");
        }
        Instant now = clock.instant();
        Content content = CommandValidator.build("content", () -> new Content(ContentId.random(), d.office(),
                ContentType.MARKDOWN, generate(actor, d, now)));
        Document snapshotted = CommandValidator.build("body", () -> d.snapshot(content, now, actor.subject()));
        contents.put(content);
        try {
            return documents.save(snapshotted);
        } catch (RuntimeException e) {
            contents.delete(content.office(), content.id());
            throw e;
        }
    }

    private byte[] generate(Actor actor, Document d, Instant at) {
        List<ListedArea> listed = areas.inForce(actor, at).stream()
                .map(a -> new ListedArea(a.name(), a.rules(), a.reason(), a.validFrom(), a.validTo())).toList();
        return RestrictedAreasList.markdown(d.title(), listed, at,
                offices.zoneOf(actor.office()).orElse(ZoneOffset.UTC)).getBytes(StandardCharsets.UTF_8);
    }

    private DocumentReading reading(Document d, DocumentVersion v) {
        Content c = contents.find(d.office(), v.content())
                .orElseThrow(() -> new NotFoundException("document content", d.id() + "/" + v.number()));
        return new DocumentReading(d, v.number(), v.type(), c.bytes(), v.publishedAt(), false);
    }

    /** The office's documents the actor may read, by title (the check itself unaudited: the list is). */
    List<Document> readable(Actor actor) {
        return documents.all(actor.office()).stream().filter(d -> guard.check(actor, Operation.READ,
                d.classification().data(), AccessTarget.office(d.office())).granted()).toList();
    }

    private Document find(DocumentId id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    private void require(Actor actor, Operation op, Document d, AuditAction action) {
        guard.require(actor, op, d.classification().data(), AccessTarget.office(d.office()), action, TYPE,
                d.id().toString());
    }

    private Document build(Actor actor, DocumentId id, long version, DocumentDetails d,
                           List<DocumentVersion> versions) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new Document(id, actor.office(), version, d.kind(), d.title(),
                d.owner(), d.classification(), d.reviewDue(), Optional.ofNullable(d.appliesTo()), versions));
    }
}
