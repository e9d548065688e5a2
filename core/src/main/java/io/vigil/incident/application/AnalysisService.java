package io.vigil.incident.application;

import io.vigil.incident.domain.AffectedAsset;
import io.vigil.incident.domain.Damage;
import io.vigil.incident.domain.Harm;
import io.vigil.incident.domain.IncidentData;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentSettings;
import io.vigil.incident.domain.IncidentTrends;
import io.vigil.incident.port.in.IncidentAnalysisUseCase;
import io.vigil.incident.port.in.IncidentExport;
import io.vigil.incident.port.in.TrendFinding;
import io.vigil.incident.port.out.IncidentReportLog;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.risk.port.in.AssessmentArea;
import io.vigil.risk.port.in.ReviewSuggestionsUseCase;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Trends that mark risk assessments for review, and the neutral export. */
final class AnalysisService implements IncidentAnalysisUseCase {
    private final IncidentReportLog reports;
    private final SettingsService settings;
    private final ReviewSuggestionsUseCase risk;
    private final ManageOfficesUseCase offices;
    private final AccessGuard guard;

    AnalysisService(IncidentReportLog reports, SettingsService settings, ReviewSuggestionsUseCase risk,
                    ManageOfficesUseCase offices, AccessGuard guard) {
        this.reports = reports;
        this.offices = offices;
        this.settings = settings;
        this.risk = risk;
        this.guard = guard;
    }

    @Override
    public List<TrendFinding> reviewTrends(Actor actor, Instant at) {
        guard.require(actor, Operation.READ, IncidentData.INCIDENTS, AccessTarget.office(actor.office()),
                AuditAction.LIST, "incident-trends", actor.office().value());
        List<IncidentReport> recent = reports.between(actor.office(), at.minus(IncidentTrends.WINDOW),
                at.plusNanos(1));
        List<TrendFinding> found = new ArrayList<>();
        for (AssessmentArea a : risk.approvedAreas(actor)) {
            Map<String, List<IncidentReport>> trends = IncidentTrends.trends(recent, GeoArea.polygon(a.area()), at);
            for (Map.Entry<String, List<IncidentReport>> t : trends.entrySet()) {
                List<String> ids = t.getValue().stream().map(r -> r.id().toString()).toList();
                found.add(new TrendFinding(a.id(), a.title(), t.getKey(), ids));
            }
            if (!trends.isEmpty()) {
                List<String> cited = trends.values().stream().flatMap(List::stream).map(r -> r.id().toString())
                        .distinct().limit(100).toList();
                String reason = String.join("; ", trends.entrySet().stream().map(t -> t.getValue().size()
                        + " incidents of category " + t.getKey() + " in its area within 90 days").toList());
                risk.suggestReview(actor, a.id(), reason.length() <= 500 ? reason : reason.substring(0, 499) + "…",
                        cited);
            }
        }
        return found;
    }

    @Override
    public IncidentExport export(Actor actor, Instant from, Instant until) {
        if (!until.isAfter(from)) {
            throw InvalidCommandException.of("until", "must be after from");
        }
        guard.require(actor, Operation.READ, IncidentData.INCIDENTS, AccessTarget.office(actor.office()),
                AuditAction.LIST, "incident-export", actor.office().value());
        IncidentSettings office = settings.current(actor.office());
        List<IncidentReport> found = reports.between(actor.office(), from, until);
        if (found.size() > MAX_ROWS) {
            throw RefusedException.because(found.size() + " incidents happened in that time, more than the "
                    + MAX_ROWS + " one export holds; narrow it");
        }
        List<String> unmapped = found.stream().map(IncidentReport::subtype).distinct()
                .filter(s -> !office.codes().containsKey(s)).sorted()
                .map(s -> "subtype " + s + " has no code in the mapping to " + office.codeList()).toList();
        if (!unmapped.isEmpty()) {
            throw new RefusedException(unmapped);
        }
        List<IncidentExport.Row> rows = found.stream().map(r -> row(r, office.codes().get(r.subtype()))).toList();
        return new IncidentExport(office.codeList(), from, until,
                offices.zoneOf(actor.office()).orElse(ZoneOffset.UTC).getId(), rows);
    }

    private static IncidentExport.Row row(IncidentReport r, String code) {
        GeoPoint where = r.place().point().orElseGet(() -> centre(r.place().area()));
        return new IncidentExport.Row(r.id().toString(), code, r.category(), r.subtype(), r.occurredAt(),
                where.latitude(), where.longitude(), r.place().description(), r.severity(), r.verification(),
                count(r, Harm.KILLED), count(r, Harm.INJURED), count(r, Harm.ABDUCTED), count(r, Harm.DETAINED),
                count(r, Harm.HARASSED),
                (int) r.assets().stream().map(AffectedAsset::damage).filter(d -> d != Damage.NONE).count(),
                r.status().name());
    }

    private static GeoPoint centre(List<GeoPoint> area) {
        return GeoPoint.of(area.stream().mapToDouble(GeoPoint::latitude).average().orElse(0),
                area.stream().mapToDouble(GeoPoint::longitude).average().orElse(0));
    }

    private static int count(IncidentReport r, Harm harm) {
        return (int) r.persons().stream().filter(p -> p.harm() == harm).count();
    }
}
