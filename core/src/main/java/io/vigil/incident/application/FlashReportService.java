package io.vigil.incident.application;

import io.vigil.incident.domain.ChainNotice;
import io.vigil.incident.domain.IncidentData;
import io.vigil.incident.domain.IncidentPlace;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.incident.domain.IncidentSettings;
import io.vigil.incident.domain.NoticeKind;
import io.vigil.incident.domain.ReportStatus;
import io.vigil.incident.domain.ReportingRules;
import io.vigil.incident.domain.Severity;
import io.vigil.incident.domain.Verification;
import io.vigil.incident.port.in.FlashReportDetails;
import io.vigil.incident.port.in.FlashReportReceipt;
import io.vigil.incident.port.in.FlashReportsUseCase;
import io.vigil.incident.port.out.IncidentReportLog;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Flash reports from the field, opened for the officer to complete (see {@link FlashReportsUseCase}). */
final class FlashReportService implements FlashReportsUseCase {
    static final String UNPLACED = "not given: reported by SMS";
    private static final int TITLE_TEXT = 200 - TITLE.length();

    private final IncidentReportLog reports;
    private final GuardedRecords<IncidentReportId, IncidentReport> records;
    private final IncidentAccess access;
    private final SettingsService settings;
    private final ReportingChain chain;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    FlashReportService(IncidentReportLog reports, SettingsService settings, ReportingChain chain, AccessGuard guard,
                       CommandValidator validator, Clock clock) {
        this.reports = reports;
        this.records = new GuardedRecords<>(IncidentAccess.TYPE, IncidentData.INCIDENTS, reports, reports::list,
                guard);
        this.access = new IncidentAccess(guard);
        this.settings = settings;
        this.chain = chain;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public FlashReportReceipt open(Actor actor, FlashReportDetails d) {
        validator.validate(d);
        IncidentReportId id = IncidentReportId.random();
        guard.require(actor, Operation.WRITE, IncidentData.FLASH_REPORTS,
                AccessTarget.person(actor.office(), d.reporter(), Optional.empty(), Optional.empty()),
                AuditAction.CREATE, IncidentAccess.TYPE, id.toString());
        IncidentSettings office = settings.current(actor.office());
        String category = d.category().strip();
        if (!office.taxonomy().hasCategory(category)) {
            throw InvalidCommandException.of("category", "is not a category of office " + actor.office()
                    + "'s taxonomy: " + category);
        }
        Instant now = clock.instant();
        Instant occurred = d.receivedAt() == null || d.receivedAt().isAfter(now) ? now : d.receivedAt();
        String text = d.text().strip();
        IncidentReport built = CommandValidator.build("body", () -> new IncidentReport(id, actor.office(), 0,
                category, IncidentReport.TO_CLASSIFY,
                TITLE + (text.length() > TITLE_TEXT ? text.substring(0, TITLE_TEXT - 1) + "…" : text),
                text + "\n\nReported by SMS by person " + d.reporter() + " (" + d.source() + "); to be completed by"
                        + " the officer: subtype, place, persons, assets, severity.",
                occurred, now, IncidentPlace.unplaced(UNPLACED), List.of(), List.of(), Severity.CRITICAL,
                d.source(), Verification.UNVERIFIED, "person " + d.reporter() + " by SMS",
                ReportingRules.writtenDue(Severity.CRITICAL, false, occurred), Optional.empty(),
                List.<ChainNotice>of(), Optional.empty(), Optional.empty(), List.of(), ReportStatus.OPEN,
                Optional.empty()));
        IncidentReport notified = built.notified(ReportingChain.notices(built, office.chain(), NoticeKind.FLASH, now));
        IncidentReport saved = reports.save(notified);
        chain.send(saved, office.chain(), NoticeKind.FLASH);
        return new FlashReportReceipt(saved.id(), saved.category());
    }

    @Override
    public List<IncidentReport> toComplete(Actor actor) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        List<IncidentReport> shown = ReportService.latestOpen(reports, actor.office()).stream()
                .filter(IncidentReport::toComplete).toList();
        return access.shown(actor, actor.office(), shown);
    }
}
