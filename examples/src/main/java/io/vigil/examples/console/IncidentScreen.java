package io.vigil.examples.console;

import io.vigil.incident.domain.Enquiry;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.incident.domain.NoticeKind;
import io.vigil.incident.port.in.ActionDetails;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Incidents: the office's incident reports (those whose flash or written report is late first),
 * and an incident's page with its follow-up actions (owner, due, overdue marked) and the form to add
 * one, the reporting chain's notices and acknowledgements, the roll-call and crisis activation it
 * started, and its enquiries only for those the core lets read them (the security officer and the
 * investigators each names); the persons named only for readers of incident persons.
 */
public final class IncidentScreen implements Screen {
    /** The most incident reports listed: the latest ones. */
    static final int MAX_LISTED = 200;
    /** The most enquiries read to find an incident's: the latest ones the viewer may read. */
    static final int MAX_ENQUIRIES = PageRequest.MAX_LIMIT;

    private final IncidentUseCases incidents;

    IncidentScreen(IncidentUseCases incidents) {
        this.incidents = incidents;
    }

    /** The list's model. */
    public record Reports(Frame frame, List<Line> reports, long total) {
    }

    /** One incident in the list, with whether its flash or written report is late and how many actions are overdue. */
    public record Line(String id, IncidentReport report, boolean late, boolean flashMissing, int overdueActions) {
    }

    /** An incident's model: the report, its lateness, its actions, and its enquiries as the viewer may read them. */
    public record IncidentPage(Frame frame, IncidentReport report, boolean late, boolean flashMissing, Instant now,
                               List<Enquiry> enquiries, String enquiriesWithheld) {
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("incident", "Incidents", Console.PREFIX + "/incidents"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/incidents", r -> {
            Actor actor = r.actor();
            Instant now = r.now();
            Page<IncidentReport> page = incidents.reports().list(actor, PageRequest.first(MAX_LISTED));
            Set<String> late = incidents.reports().lateReports(actor, now).stream().map(i -> i.id().toString())
                    .collect(Collectors.toSet());
            List<Line> lines = page.items().stream().map(i -> new Line(i.id().toString(), i,
                            late.contains(i.id().toString()) || i.writtenLate(now), flashMissing(i),
                            i.overdueActions(now).size()))
                    .sorted(Comparator.comparing((Line l) -> !(l.late() || l.flashMissing()))
                            .thenComparing((Line l) -> l.report().occurredAt(), Comparator.reverseOrder())).toList();
            return r.render("incident/incidents.jte", new Reports(r.frame(r.t("title.incidents"), "incident"), lines,
                    page.total()));
        });
        routes.page("/incidents/{id}", r -> {
            Fields f = new Fields();
            Optional<IncidentReportId> id = f.id("id", r.path("id"), IncidentReportId::of);
            f.check();
            Actor actor = r.actor();
            IncidentReport report = incidents.reports().get(actor, id.orElseThrow());
            List<Enquiry> enquiries = incidents.enquiries().list(actor, PageRequest.first(MAX_ENQUIRIES)).items()
                    .stream().filter(e -> e.incident().filter(report.id()::equals).isPresent()).toList();
            return r.render("incident/incident.jte", new IncidentPage(r.frame(r.labels().t("title.incident", report.title()),
                    "incident"), report, report.writtenLate(r.now()), flashMissing(report), r.now(), enquiries,
                    // a viewer who may read no enquiry of the incident is told so, whether or not there is one
                    enquiries.isEmpty() ? r.t("enquiries-not-shown-to-your-role") : ""));
        });
        routes.form("/incidents/{id}/actions", r -> {
            Fields f = new Fields();
            Optional<IncidentReportId> id = f.id("id", r.path("id"), IncidentReportId::of);
            Optional<String> descriptionText = f.required("description", r.form("description"));
            Optional<String> description = descriptionText.isEmpty() ? Optional.empty()
                    : f.text("description", r.form("description"), 1000);
            Optional<String> owner = f.required("owner", r.form("owner"));
            Optional<String> dueText = f.required("due", r.form("due"));
            Optional<Instant> due = dueText.isEmpty() ? Optional.empty() : MovementScreen.instant(f, "due", r.form("due"));
            Optional<Long> version = TravelScreen.version(f, r.form("version"));
            f.check();
            incidents.reports().addAction(r.actor(), id.orElseThrow(), version.orElseThrow(),
                    new ActionDetails(description.orElseThrow(), owner.orElseThrow(), due.orElseThrow()));
            return "/incidents/" + id.get() + "#actions";
        });
    }

    /** Whether a critical incident's flash report has not gone to the reporting chain. */
    static boolean flashMissing(IncidentReport report) {
        return report.flashRequired() && report.notices().stream().noneMatch(n -> n.kind() == NoticeKind.FLASH);
    }
}
