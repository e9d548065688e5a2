package io.vigil.incident.application;

import io.vigil.incident.domain.Enquiry;
import io.vigil.incident.domain.EnquiryId;
import io.vigil.incident.domain.IncidentData;
import io.vigil.incident.domain.ReportStatus;
import io.vigil.incident.port.in.EnquiriesUseCase;
import io.vigil.incident.port.in.EnquiryDetails;
import io.vigil.incident.port.in.FindingDetails;
import io.vigil.incident.port.in.MeasureDetails;
import io.vigil.incident.port.in.OverdueItem;
import io.vigil.incident.port.out.EnquiryFile;
import io.vigil.incident.port.out.IncidentReportLog;
import io.vigil.kernel.Outcome;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessDeniedException;
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
import io.vigil.kernel.validation.InvalidCommandException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Preliminary enquiries, need-to-know: the policy's grant of {@link IncidentData#ENQUIRIES} (the
 * security officer) or being named an investigator of the enquiry; every read, write and refusal
 * is audited naming the persons the enquiry concerns.
 */
final class EnquiryService implements EnquiriesUseCase {
    static final String TYPE = "enquiry";

    private final EnquiryFile enquiries;
    private final IncidentReportLog reports;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    EnquiryService(EnquiryFile enquiries, IncidentReportLog reports, AccessGuard guard, CommandValidator validator,
                   Clock clock) {
        this.enquiries = enquiries;
        this.reports = reports;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    /** Whether the actor may do {@code op} on the enquiry: the policy's grant (officer) or naming them. */
    private AccessDecision decide(Actor actor, Operation op, Enquiry e) {
        AccessDecision policy = guard.check(actor, op, IncidentData.ENQUIRIES, AccessTarget.office(e.office()));
        if (policy.granted()) {
            return policy;
        }
        if (actor.office().equals(e.office()) && e.investigatedBy(actor.subject())) {
            return new AccessDecision.Granted("named investigator of enquiry " + e.id());
        }
        return new AccessDecision.Denied("only the security officer and the investigators enquiry " + e.id()
                + " names may " + (op == Operation.READ ? "read" : "change") + " it");
    }

    private Enquiry require(Actor actor, Operation op, Enquiry e, AuditAction action) {
        AccessDecision d = decide(actor, op, e);
        guard.record(actor, action, TYPE, e.id().toString(), IncidentData.ENQUIRIES, d, e.persons());
        if (d instanceof AccessDecision.Denied denied) {
            throw new AccessDeniedException(denied.reason());
        }
        return e;
    }

    private void requireOfficer(Actor actor, Operation op, Enquiry e, AuditAction action) {
        AccessDecision d = guard.check(actor, op, IncidentData.ENQUIRIES, AccessTarget.office(e.office()));
        if (!d.granted()) {
            d = new AccessDecision.Denied("only the security officer may " + (action == AuditAction.CREATE
                    ? "open" : "close") + " an enquiry");
        }
        guard.record(actor, action, TYPE, e.id().toString(), IncidentData.ENQUIRIES, d, e.persons());
        if (d instanceof AccessDecision.Denied denied) {
            throw new AccessDeniedException(denied.reason());
        }
    }

    private Enquiry find(EnquiryId id) {
        return enquiries.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    @Override
    public Enquiry open(Actor actor, EnquiryDetails d) {
        validator.validate(d);
        Enquiry built = CommandValidator.build("body", () -> new Enquiry(EnquiryId.random(), actor.office(), 0,
                Optional.ofNullable(d.incident()), d.title(), d.investigators(), d.persons(), List.of(), List.of(),
                actor.subject(), clock.instant(), ReportStatus.OPEN, Optional.empty()));
        requireOfficer(actor, Operation.WRITE, built, AuditAction.CREATE);
        if (d.incident() != null && reports.findById(d.incident()).filter(r -> r.office().equals(actor.office()))
                .isEmpty()) {
            throw InvalidCommandException.of("incident", "is not an incident report of office " + actor.office()
                    + ": " + d.incident());
        }
        return enquiries.save(built);
    }

    @Override
    public Enquiry get(Actor actor, EnquiryId id) {
        return require(actor, Operation.READ, find(id), AuditAction.READ);
    }

    @Override
    public Page<Enquiry> list(Actor actor, PageRequest page) {
        AccessDecision policy = guard.check(actor, Operation.READ, IncidentData.ENQUIRIES,
                AccessTarget.office(actor.office()));
        Page<Enquiry> found = policy.granted() ? enquiries.list(actor.office(), page)
                : Page.of(enquiries.ofInvestigator(actor.office(), actor.subject()), page);
        AccessDecision basis = policy.granted() ? policy : new AccessDecision.Granted("named investigator");
        guard.record(actor, AuditAction.LIST, TYPE, actor.office().value(), IncidentData.ENQUIRIES, basis,
                found.items().stream().flatMap(e -> e.persons().stream()).distinct().toList());
        return found;
    }

    private Enquiry change(Actor actor, EnquiryId id, long expectedVersion, UnaryOperator<Enquiry> step) {
        Enquiry current = require(actor, Operation.WRITE, find(id), AuditAction.UPDATE);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(TYPE, id, expectedVersion, current.version());
        }
        return enquiries.save(CommandValidator.build("body", () -> step.apply(current)));
    }

    @Override
    public Enquiry addFinding(Actor actor, EnquiryId id, long expectedVersion, FindingDetails details) {
        validator.validate(details);
        return change(actor, id, expectedVersion, e -> e.addFinding(details.text()).orElseThrow());
    }

    @Override
    public Enquiry addMeasure(Actor actor, EnquiryId id, long expectedVersion, MeasureDetails details) {
        validator.validate(details);
        return change(actor, id, expectedVersion, e -> e.addMeasure(details.description(), details.agreedWith(),
                details.owner(), details.due()).orElseThrow());
    }

    @Override
    public Enquiry completeMeasure(Actor actor, EnquiryId id, int number, long expectedVersion) {
        return change(actor, id, expectedVersion, e -> e.completeMeasure(number, clock.instant()).orElseThrow());
    }

    @Override
    public Enquiry close(Actor actor, EnquiryId id, long expectedVersion) {
        Enquiry current = find(id);
        requireOfficer(actor, Operation.WRITE, current, AuditAction.UPDATE);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(TYPE, id, expectedVersion, current.version());
        }
        Outcome<Enquiry> closed = current.close(clock.instant());
        return enquiries.save(closed.orElseThrow());
    }

    @Override
    public List<OverdueItem> overdueMeasures(Actor actor, java.time.Instant at) {
        List<OverdueItem> overdue = new ArrayList<>();
        for (Enquiry e : Page.all(p -> list(actor, p))) {
            if (e.open()) {
                e.overdueMeasures(at).forEach(m -> overdue.add(new OverdueItem("enquiry", e.id().toString(),
                        e.title(), m)));
            }
        }
        return overdue;
    }
}
