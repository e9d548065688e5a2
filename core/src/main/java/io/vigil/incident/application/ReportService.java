package io.vigil.incident.application;

import io.vigil.incident.domain.AffectedAsset;
import io.vigil.incident.domain.AffectedPerson;
import io.vigil.incident.domain.ChainNotice;
import io.vigil.incident.domain.Enquiry;
import io.vigil.incident.domain.IncidentData;
import io.vigil.incident.domain.IncidentPlace;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.incident.domain.IncidentSettings;
import io.vigil.incident.domain.NoticeKind;
import io.vigil.incident.domain.ReportStatus;
import io.vigil.incident.domain.ReportingRules;
import io.vigil.incident.domain.Taxonomy;
import io.vigil.incident.domain.WrittenReport;
import io.vigil.incident.port.in.AcknowledgementDetails;
import io.vigil.incident.port.in.ActionDetails;
import io.vigil.incident.port.in.IncidentCrisisActivationDetails;
import io.vigil.incident.port.in.IncidentDetails;
import io.vigil.incident.port.in.IncidentReportsUseCase;
import io.vigil.incident.port.in.IncidentRollCallDetails;
import io.vigil.incident.port.in.OverdueItem;
import io.vigil.incident.port.in.WrittenReportDetails;
import io.vigil.incident.port.out.CrisisActivator;
import io.vigil.incident.port.out.EnquiryFile;
import io.vigil.incident.port.out.IncidentReportLog;
import io.vigil.incident.port.out.RollCallStarter;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Incident reports: recorded against the taxonomy, reported up the chain, followed up and closed. */
final class ReportService implements IncidentReportsUseCase {
    /** The most reports the late and overdue views look at (the latest open ones). */
    static final int MAX_OPEN_SCANNED = 1000;

    private final IncidentReportLog reports;
    private final EnquiryFile enquiries;
    private final GuardedRecords<IncidentReportId, IncidentReport> records;
    private final IncidentAccess access;
    private final SettingsService settings;
    private final ReportingChain chain;
    private final RollCallStarter rollCalls;
    private final CrisisActivator crisisTeam;
    private final CommandValidator validator;
    private final Clock clock;

    ReportService(IncidentReportLog reports, EnquiryFile enquiries, SettingsService settings, ReportingChain chain,
                  RollCallStarter rollCalls, CrisisActivator crisisTeam, AccessGuard guard, CommandValidator validator,
                  Clock clock) {
        this.reports = reports;
        this.enquiries = enquiries;
        this.records = new GuardedRecords<>(IncidentAccess.TYPE, IncidentData.INCIDENTS, reports, reports::list,
                guard);
        this.access = new IncidentAccess(guard);
        this.settings = settings;
        this.chain = chain;
        this.rollCalls = rollCalls;
        this.crisisTeam = crisisTeam;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public IncidentReport create(Actor actor, IncidentDetails details) {
        IncidentSettings office = settings.current(actor.office());
        Instant now = clock.instant();
        IncidentReport built = build(actor, IncidentReportId.random(), 0, details, office.taxonomy(), now,
                actor.subject());
        if (built.flashRequired()) {
            built = built.notified(ReportingChain.notices(built, office.chain(), NoticeKind.FLASH, now));
        }
        access.requirePersonsWrite(actor, built, AuditAction.CREATE);
        IncidentReport saved = records.create(actor, built);
        if (saved.flashRequired()) {
            chain.send(saved, office.chain(), NoticeKind.FLASH);
        }
        return access.shown(actor, saved, AuditAction.CREATE);
    }

    @Override
    public IncidentReport get(Actor actor, IncidentReportId id) {
        return access.shown(actor, records.get(actor, id), AuditAction.READ);
    }

    @Override
    public IncidentReport update(Actor actor, IncidentReportId id, long expectedVersion, IncidentDetails details) {
        IncidentSettings office = settings.current(actor.office());
        IncidentReport current = records.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(IncidentAccess.TYPE, id, expectedVersion, current.version());
        }
        if (current.status() == ReportStatus.CLOSED) {
            throw RefusedException.because("incident " + id + " is closed and cannot be changed");
        }
        IncidentReport replaced = build(actor, id, expectedVersion, details, office.taxonomy(), current.recordedAt(),
                current.reportedBy());
        IncidentReport next = new IncidentReport(id, current.office(), expectedVersion, replaced.category(),
                replaced.subtype(), replaced.title(), replaced.narrative(), replaced.occurredAt(), current.recordedAt(),
                replaced.place(), replaced.persons(), replaced.assets(), replaced.severity(), replaced.source(),
                replaced.verification(), current.reportedBy(), replaced.writtenDue(), current.writtenReport(),
                current.notices(), current.rollCall(), current.crisisActivation(), current.actions(), current.status(), current.closedAt());
        access.requirePersonsWrite(actor, current, AuditAction.UPDATE);
        access.requirePersonsWrite(actor, next, AuditAction.UPDATE);
        return access.shown(actor, reports.save(next), AuditAction.UPDATE);
    }

    @Override
    public void remove(Actor actor, IncidentReportId id, long expectedVersion) {
        records.remove(actor, id, expectedVersion, current -> {
            List<String> linked = enquiries.ofIncident(current.office(), id).stream()
                    .map(e -> "enquiry " + e.id() + " looks into incident " + id).toList();
            if (!linked.isEmpty()) {
                throw new RefusedException(linked);
            }
        });
    }

    @Override
    public Page<IncidentReport> list(Actor actor, PageRequest page) {
        Page<IncidentReport> found = records.list(actor, page);
        return new Page<>(access.shown(actor, actor.office(), found.items()), found.total(), found.offset(),
                found.limit());
    }

    @Override
    public IncidentReport submitWritten(Actor actor, IncidentReportId id, long expectedVersion,
                                        WrittenReportDetails details) {
        validator.validate(details);
        IncidentSettings office = settings.current(actor.office());
        Instant now = clock.instant();
        IncidentReport saved = records.change(actor, id, expectedVersion, Operation.WRITE, r -> {
            IncidentReport written = r.submitWritten(new WrittenReport(details.text(), now, actor.subject()))
                    .orElseThrow();
            return written.notified(ReportingChain.notices(written, office.chain(), NoticeKind.WRITTEN, now));
        });
        chain.send(saved, office.chain(), NoticeKind.WRITTEN);
        return access.shown(actor, saved, AuditAction.UPDATE);
    }

    @Override
    public IncidentReport acknowledge(Actor actor, IncidentReportId id, AcknowledgementDetails details) {
        validator.validate(details);
        Instant now = clock.instant();
        return access.shown(actor, records.changeLatest(actor, id, Operation.READ, 5,
                r -> r.acknowledge(details.role(), actor.subject(), now).orElseThrow()), AuditAction.UPDATE);
    }

    @Override
    public IncidentReport addAction(Actor actor, IncidentReportId id, long expectedVersion, ActionDetails details) {
        validator.validate(details);
        return access.shown(actor, records.change(actor, id, expectedVersion, Operation.WRITE,
                r -> r.addAction(details.description(), details.owner(), details.due()).orElseThrow()),
                AuditAction.UPDATE);
    }

    @Override
    public IncidentReport completeAction(Actor actor, IncidentReportId id, int number, long expectedVersion) {
        Instant now = clock.instant();
        return access.shown(actor, records.change(actor, id, expectedVersion, Operation.WRITE,
                r -> r.completeAction(number, now).orElseThrow()), AuditAction.UPDATE);
    }

    @Override
    public IncidentReport startRollCall(Actor actor, IncidentReportId id, long expectedVersion,
                                        IncidentRollCallDetails details) {
        validator.validate(details);
        IncidentReport current = records.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(IncidentAccess.TYPE, id, expectedVersion, current.version());
        }
        if (current.status() == ReportStatus.CLOSED) {
            throw RefusedException.because("incident " + id + " is closed");
        }
        current.linkRollCall("pending").orElseThrow();
        List<GeoPoint> outline = !details.outline().isEmpty() ? details.outline() : current.place().area();
        if (outline.size() < 3) {
            throw InvalidCommandException.of("outline", details.outline().isEmpty()
                    ? "is required: incident " + id + " is placed at a point, not an area"
                    : "must have at least 3 points");
        }
        CommandValidator.build("outline", () -> io.vigil.kernel.geo.GeoArea.polygon(outline));
        String rollCall = rollCalls.start(actor, current.title() + " (" + current.place().description() + ")",
                outline, current.occurredAt(), details.channels());
        return access.shown(actor, reports.save(current.linkRollCall(rollCall).orElseThrow()), AuditAction.UPDATE);
    }

    @Override
    public IncidentReport activateCrisisTeam(Actor actor, IncidentReportId id, long expectedVersion,
                                             IncidentCrisisActivationDetails details) {
        validator.validate(details);
        IncidentReport current = records.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(IncidentAccess.TYPE, id, expectedVersion, current.version());
        }
        if (current.status() == ReportStatus.CLOSED) {
            throw RefusedException.because("incident " + id + " is closed");
        }
        current.linkCrisisActivation("pending").orElseThrow();
        String activation = crisisTeam.activate(actor, id, details.scenario(), details.trigger());
        return access.shown(actor, reports.save(current.linkCrisisActivation(activation).orElseThrow()),
                AuditAction.UPDATE);
    }

    @Override
    public IncidentReport close(Actor actor, IncidentReportId id, long expectedVersion) {
        IncidentReport current = records.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(IncidentAccess.TYPE, id, expectedVersion, current.version());
        }
        List<io.vigil.incident.domain.EnquiryId> open = enquiries.ofIncident(current.office(), id).stream()
                .filter(Enquiry::open).map(Enquiry::id).toList();
        return access.shown(actor, reports.save(current.close(clock.instant(), open).orElseThrow()),
                AuditAction.UPDATE);
    }

    @Override
    public List<IncidentReport> lateReports(Actor actor, Instant at) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        List<IncidentReport> late = openOnes(actor).stream().filter(r -> r.writtenLate(at)).toList();
        return access.shown(actor, actor.office(), late);
    }

    @Override
    public List<OverdueItem> overdueActions(Actor actor, Instant at) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        List<OverdueItem> overdue = new ArrayList<>();
        for (IncidentReport r : openOnes(actor)) {
            r.overdueActions(at).forEach(a -> overdue.add(new OverdueItem("incident", r.id().toString(), r.title(),
                    a)));
        }
        return overdue;
    }

    private List<IncidentReport> openOnes(Actor actor) {
        return latestOpen(reports, actor.office());
    }

    /** The office's open reports the late, overdue and to-complete views look at: the latest {@link #MAX_OPEN_SCANNED}. */
    static List<IncidentReport> latestOpen(IncidentReportLog reports, OfficeId office) {
        List<IncidentReport> open = reports.open(office);
        return open.size() <= MAX_OPEN_SCANNED ? open : open.subList(0, MAX_OPEN_SCANNED);
    }

    private IncidentReport build(Actor actor, IncidentReportId id, long version, IncidentDetails d, Taxonomy taxonomy,
                                 Instant recordedAt, String reportedBy) {
        validator.validate(d);
        List<FieldViolation> bad = new ArrayList<>();
        Optional<Taxonomy.Subtype> subtype = taxonomy.subtype(d.category(), d.subtype());
        if (!taxonomy.hasCategory(d.category())) {
            bad.add(new FieldViolation("category", "is not a category of office " + actor.office()
                    + "'s taxonomy: " + d.category()));
        } else if (subtype.isEmpty()) {
            bad.add(new FieldViolation("subtype", "is not a subtype of " + d.category() + " in office "
                    + actor.office() + "'s taxonomy: " + d.subtype()));
        }
        if (d.place().point() == null && d.place().area().isEmpty()) {
            bad.add(new FieldViolation("place", "must give either a point or an area, not both"));
        }
        if (d.occurredAt().isAfter(recordedAt.plusSeconds(300))) {
            bad.add(new FieldViolation("occurredAt", "must not be in the future"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidCommandException(bad);
        }
        IncidentPlace place = CommandValidator.build("place", () -> new IncidentPlace(d.place().description(),
                Optional.ofNullable(d.place().point()), d.place().area()));
        return CommandValidator.build("body", () -> new IncidentReport(id, actor.office(), version, d.category(),
                d.subtype(), d.title(), d.narrative(), d.occurredAt(), recordedAt, place,
                d.persons().stream().map(p -> new AffectedPerson(Optional.ofNullable(p.person()), p.name(), p.harm()))
                        .toList(),
                d.assets().stream().map(a -> new AffectedAsset(a.description(), a.damage())).toList(),
                d.severity(), d.source(), d.verification(), reportedBy,
                ReportingRules.writtenDue(d.severity(), subtype.get().alwaysReportable(), d.occurredAt()),
                Optional.empty(), List.<ChainNotice>of(), Optional.empty(), Optional.empty(), List.of(),
                ReportStatus.OPEN,
                Optional.empty()));
    }
}
