package io.vigil.documents.application;

import io.vigil.alerting.port.in.NoticesUseCase;
import io.vigil.alerting.port.in.TemplatedNotice;
import io.vigil.documents.domain.AcknowledgementStatus;
import io.vigil.documents.domain.Dissemination;
import io.vigil.documents.domain.DisseminationId;
import io.vigil.documents.domain.Document;
import io.vigil.documents.domain.DocumentId;
import io.vigil.documents.domain.DocumentVersion;
import io.vigil.documents.domain.DocumentsData;
import io.vigil.documents.domain.NoticeChannel;
import io.vigil.documents.port.in.DisseminateDocumentsUseCase;
import io.vigil.documents.port.in.DisseminationDetails;
import io.vigil.documents.port.in.MissingAcknowledgements;
import io.vigil.documents.port.out.DisseminationLog;
import io.vigil.documents.port.out.Notice;
import io.vigil.documents.port.out.NoticeGateway;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.port.in.Reachable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Disseminations: a generated document (the restricted-areas list) snapshotted as a new version
 * first, so the dissemination refers to what its recipients read; the audience resolved now, the
 * dissemination stored with its recipients, then a
 * notice per person per channel queued in the outbox; acknowledgements from many people at once
 * retried on version conflicts; the report of who has not acknowledged what applies to them.
 */
final class DisseminationService implements DisseminateDocumentsUseCase {
    static final String TYPE = "dissemination";
    private static final int ACK_ATTEMPTS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(DisseminationService.class);

    private final DisseminationLog log;
    private final DocumentService library;
    private final Audiences audiences;
    private final NoticeGateway notices;
    private final NoticesUseCase wording;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    DisseminationService(DisseminationLog log, DocumentService library, Audiences audiences,
                         NoticeGateway notices, NoticesUseCase wording, AccessGuard guard, CommandValidator validator,
                         Clock clock) {
        this.log = log;
        this.library = library;
        this.audiences = audiences;
        this.notices = notices;
        this.wording = wording;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public Dissemination disseminate(Actor actor, DocumentId id, DisseminationDetails details) {
        String basis = guard.requireQuietly(actor, Operation.WRITE, DocumentsData.ACKNOWLEDGEMENTS,
                AccessTarget.office(actor.office()), AuditAction.CREATE, TYPE, id.toString());
        validator.validate(details);
        Document found = library.get(actor, id);
        if (!found.kind().generated() && found.current().isEmpty()) {
            throw RefusedException.because("document \"" + found.title() + "\" has no published version to send");
        }
        Instant now = clock.instant();
        List<Reachable> reached = audiences.resolve(actor, details.audience(), now);
        if (reached.size() > Dissemination.MAX_RECIPIENTS) {
            throw RefusedException.because("the audience holds " + reached.size() + " persons; a dissemination"
                    + " reaches at most " + Dissemination.MAX_RECIPIENTS);
        }
        Document document = found.kind().generated() ? library.snapshot(actor, found) : found;
        DocumentVersion current = document.current().orElseThrow();
        Dissemination built = CommandValidator.build("body", () -> new Dissemination(DisseminationId.random(),
                actor.office(), 0, id, current.number(), details.audience(), details.channels(), now,
                actor.subject(), reached.stream().map(Reachable::person).toList(), List.of()));
        guard.record(actor, AuditAction.CREATE, TYPE, built.id().toString(), DocumentsData.ACKNOWLEDGEMENTS,
                new AccessDecision.Granted(basis), built.recipients());
        Dissemination saved = log.save(built);
        queue(saved, document, reached);
        return saved;
    }

    @Override
    public Dissemination acknowledge(Actor actor, DisseminationId id) {
        PersonId person = actor.person().orElseThrow(() -> RefusedException.because("actor '" + actor.subject()
                + "' acts for no person, so there is nobody to acknowledge the document"));
        for (int attempt = 1; ; attempt++) {
            Dissemination current = log.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
            guard.require(actor, Operation.READ, DocumentsData.ACKNOWLEDGEMENTS, AccessTarget.person(current.office(),
                    person, Optional.empty(), Optional.empty()), AuditAction.UPDATE, TYPE, id.toString());
            if (!current.recipients().contains(person)) {
                throw RefusedException.because("this version of the document was not sent to actor '"
                        + actor.subject() + "'");
            }
            Dissemination next = current.acknowledge(person, clock.instant());
            if (next == current) {
                return current;
            }
            try {
                return log.save(next);
            } catch (VersionConflictException e) {
                if (attempt >= ACK_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Dissemination get(Actor actor, DisseminationId id) {
        Dissemination d = log.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        String basis = guard.requireQuietly(actor, Operation.READ, DocumentsData.ACKNOWLEDGEMENTS,
                AccessTarget.office(d.office()), AuditAction.READ, TYPE, id.toString());
        guard.record(actor, AuditAction.READ, TYPE, id.toString(), DocumentsData.ACKNOWLEDGEMENTS,
                new AccessDecision.Granted(basis), d.recipients());
        return d;
    }

    @Override
    public Page<Dissemination> list(Actor actor, PageRequest page) {
        String basis = guard.requireQuietly(actor, Operation.READ, DocumentsData.ACKNOWLEDGEMENTS,
                AccessTarget.office(actor.office()), AuditAction.LIST, TYPE, actor.office().value());
        Page<Dissemination> found = log.list(actor.office(), page);
        guard.record(actor, AuditAction.LIST, TYPE, actor.office().value(), DocumentsData.ACKNOWLEDGEMENTS,
                new AccessDecision.Granted(basis),
                found.items().stream().flatMap(d -> d.recipients().stream()).distinct().toList());
        return found;
    }

    @Override
    public MissingAcknowledgements missing(Actor actor, Instant at) {
        String basis = guard.requireQuietly(actor, Operation.READ, DocumentsData.ACKNOWLEDGEMENTS,
                AccessTarget.office(actor.office()), AuditAction.LIST, "missing-acknowledgements",
                actor.office().value());
        List<MissingAcknowledgements.Procedure> procedures = new ArrayList<>();
        List<PersonId> named = new ArrayList<>();
        for (Document d : library.readable(actor)) {
            if (!d.kind().procedure() || d.appliesTo().isEmpty() || d.current().isEmpty()) {
                continue;
            }
            List<Reachable> applicable = audiences.resolve(actor, d.appliesTo().get(), at);
            Map<PersonId, String> names = applicable.stream().collect(Collectors.toMap(Reachable::person,
                    Reachable::displayName, (a, b) -> a));
            AcknowledgementStatus status = AcknowledgementStatus.of(d.id(), d.current().get().number(),
                    applicable.stream().map(Reachable::person).toList(), log.ofDocument(d.office(), d.id()));
            named.addAll(status.acknowledged());
            named.addAll(status.missing());
            procedures.add(new MissingAcknowledgements.Procedure(d.id(), d.title(), status.currentVersion(),
                    status.acknowledged().size() + status.missing().size(),
                    status.acknowledged().stream().map(p -> new MissingAcknowledgements.Person(p, names.get(p))).toList(),
                    status.missing().stream().map(p -> new MissingAcknowledgements.Person(p, names.get(p))).toList()));
        }
        guard.record(actor, AuditAction.LIST, "missing-acknowledgements", actor.office().value(),
                DocumentsData.ACKNOWLEDGEMENTS, new AccessDecision.Granted(basis), named.stream().distinct().toList());
        return new MissingAcknowledgements(at, procedures);
    }

    /**
     * Queues the notices of a dissemination, worded from the office's {@code DOCUMENT_ISSUED} template
     * (read once) in each person's language (the office's default otherwise).
     */
    private void queue(Dissemination d, Document document, List<Reachable> reached) {
        try {
            List<Notice> batch = notices(d, document, reached);
            if (!batch.isEmpty()) {
                notices.sendAll(batch);
            }
        } catch (RuntimeException e) {
            // the dissemination is stored: a notice that cannot be worded or queued never undoes it
            LOG.warn("Dissemination {} is stored but its notices could not be queued ({})", d.id(), e.getMessage());
        }
    }

    private List<Notice> notices(Dissemination d, Document document, List<Reachable> reached) {
        Map<String, String> values = Map.of("title", document.title(), "version",
                Integer.toString(d.documentVersion()), "ref", d.id().toString());
        NoticesUseCase.NoticeWording words = wording.wording(d.office());
        List<Notice> batch = new ArrayList<>();
        for (Reachable r : reached) {
            String text = words.word(TemplatedNotice.DOCUMENT_ISSUED, r.language(), values, Map.of());
            for (NoticeChannel c : d.channels().stream().sorted().toList()) {
                Optional.ofNullable(r.addresses().get(c.contactKind())).ifPresent(address -> batch.add(new Notice(
                        "doc-" + d.id() + "-" + r.person() + "-" + c.name().toLowerCase(Locale.ROOT),
                        d.office(), r.person(), c, address, text)));
            }
        }
        return batch;
    }

}
