package io.vigil.examples.console;

import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.ActivationId;
import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseId;
import io.vigil.crisis.domain.PlanVersion;
import io.vigil.crisis.domain.Scenario;
import io.vigil.crisis.domain.SitrepTopic;
import io.vigil.crisis.domain.LogEntry;
import io.vigil.crisis.port.in.ActivationDetails;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.in.NoteDetails;
import io.vigil.crisis.port.in.OverdueReport;
import io.vigil.crisis.port.in.PlanView;
import io.vigil.crisis.port.in.TeamView;
import io.vigil.crisis.port.in.TopicDetails;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Crisis: the Crisis Management Plan in force (its version, scenarios, and review and test due
 * dates, overdue ones marked), the crisis team with its alternates and the completeness check's
 * gaps, the activations (open ones first) and the drills (overdue ones first); an activation with
 * its members' answers, its situation-report topics (the next update due, overdue ones marked) and
 * its log; a drill with its times against their targets, findings, follow-up actions and the
 * after-action report. An officer activates the team by hand, adds a situation-report topic and
 * records a topic's update.
 */
public final class CrisisScreen implements Screen {
    /** The most activations and drills listed. */
    static final int MAX_LISTED = 100;
    /** The longest text of a trigger or a situation-report update the console accepts. */
    static final int MAX_NOTE = 1000;
    /** The after-action report's Markdown, rendered with raw HTML escaped and unsafe link targets removed. */
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .softbreak("<br>\n").build();

    private final CrisisUseCases crisis;

    CrisisScreen(CrisisUseCases crisis) {
        this.crisis = crisis;
    }

    /** The crisis overview's model. */
    public record Overview(Frame frame, Shown<Plan> plan, Shown<TeamView> team, Shown<List<Activation>> activations,
                           Shown<OverdueReport> due, Shown<List<Exercise>> drills, Instant now) {
    }

    /** The plan as the page shows it: the version in force (if any), the draft (if any), the dues. */
    public record Plan(PlanView view, Optional<PlanVersion> current, Optional<PlanVersion> draft,
                       List<String> scenarios) {
    }

    /** An activation's model: it, whether it is open, its topics with whether each is overdue now, the log latest first. */
    public record ActivationPage(Frame frame, Activation activation, List<Topic> topics, List<LogEntry> log,
                                 Instant now) {
    }

    /** A situation-report topic and whether its next update is overdue. */
    public record Topic(SitrepTopic topic, boolean overdue) {
    }

    /** A drill's model: it, its follow-up actions with whether each is overdue today, the report as safe HTML. */
    public record DrillPage(Frame frame, Exercise drill, List<Action> actions, Shown<String> reportHtml) {
    }

    /** A follow-up action and whether it is overdue today. */
    public record Action(io.vigil.crisis.domain.ExerciseAction action, boolean overdue) {
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("crisis", "Crisis", Console.PREFIX + "/crisis"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/crisis", r -> {
            Instant now = r.now();
            Shown<Plan> plan = Shown.of("The crisis management plan", () -> plan(crisis.plan().plan(r.actor(), now)));
            Shown<TeamView> team = Shown.of("The crisis team", () -> crisis.team().team(r.actor()));
            Shown<List<Activation>> activations = Shown.of("Activations", () -> crisis.activations()
                    .list(r.actor(), PageRequest.first(MAX_LISTED)).items().stream()
                    .sorted(Comparator.comparing((Activation a) -> !a.open())).toList());
            Shown<OverdueReport> due = Shown.of("The drill schedule", () -> crisis.exercises().overdue(r.actor(), now));
            Shown<List<Exercise>> drills = Shown.of("Drills", () -> crisis.exercises()
                    .list(r.actor(), PageRequest.first(MAX_LISTED)).items().stream()
                    .sorted(Comparator.comparing((Exercise e) -> e.overdueActions(today(now)).isEmpty())).toList());
            return r.render("crisis/overview.jte", new Overview(r.frame(r.t("title.crisis"), "crisis"), plan, team, activations,
                    due, drills, now));
        });
        routes.form("/crisis/activations", r -> {
            Fields f = new Fields();
            Optional<String> scenario = f.required("scenario", r.form("scenario"));
            Optional<String> trigger = f.required("trigger", r.form("trigger"), MAX_NOTE);
            f.check();
            Activation a = crisis.activations().activate(r.actor(), new ActivationDetails(scenario.orElseThrow(),
                    trigger.orElseThrow(), null));
            return "/crisis/activations/" + a.id();
        });
        routes.page("/crisis/activations/{id}", r -> {
            Activation a = crisis.activations().get(r.actor(), activationId(r));
            Instant now = r.now();
            List<Topic> topics = a.topics().stream().map(t -> new Topic(t, a.open() && t.dueAt(now))).toList();
            List<LogEntry> log = new ArrayList<>(a.log());
            Collections.reverse(log);
            return r.render("crisis/activation.jte", new ActivationPage(r.frame(r.labels().t("title.activation", a.scenario()),
                    "crisis"), a, topics, log, now));
        });
        routes.form("/crisis/activations/{id}/topics", r -> {
            Fields f = new Fields();
            Optional<ActivationId> id = f.id("id", r.path("id"), ActivationId::of);
            Optional<String> title = f.required("title", r.form("title"));
            Optional<PersonId> owner = f.id("owner", r.form("owner"), PersonId::of);
            if (r.form("owner") == null || r.form("owner").isBlank()) {
                f.required("owner", r.form("owner"));
            }
            Optional<Integer> cadence = f.number("cadence", r.form("cadence"), SitrepTopic.MIN_CADENCE,
                    SitrepTopic.MAX_CADENCE);
            f.check();
            crisis.activations().addTopic(r.actor(), id.orElseThrow(), new TopicDetails(title.orElseThrow(),
                    owner.orElseThrow(), cadence.orElseThrow()));
            return "/crisis/activations/" + id.orElseThrow();
        });
        routes.form("/crisis/activations/{id}/topics/{topic}", r -> {
            Fields f = new Fields();
            Optional<ActivationId> id = f.id("id", r.path("id"), ActivationId::of);
            Optional<Integer> topic = f.number("topic", r.path("topic"), 1, Activation.MAX_TOPICS);
            Optional<String> text = f.required("text", r.form("text"), MAX_NOTE);
            f.check();
            crisis.activations().updateTopic(r.actor(), id.orElseThrow(), topic.orElseThrow(),
                    new NoteDetails(text.orElseThrow()));
            return "/crisis/activations/" + id.orElseThrow();
        });
        routes.page("/crisis/drills/{id}", r -> {
            Fields f = new Fields();
            Optional<ExerciseId> id = f.id("id", r.path("id"), ExerciseId::of);
            f.check();
            Exercise drill = crisis.exercises().get(r.actor(), id.orElseThrow());
            LocalDate today = today(r.now());
            List<Action> actions = drill.actions().stream().map(a -> new Action(a, a.overdue(today))).toList();
            Shown<String> report = Shown.of("The after-action report", () -> html(crisis.exercises()
                    .report(r.actor(), drill.id())));
            return r.render("crisis/drill.jte", new DrillPage(r.frame(drill.title(), "crisis"), drill, actions, report));
        });
    }

    private static ActivationId activationId(Console.Request r) {
        Fields f = new Fields();
        Optional<ActivationId> id = f.id("id", r.path("id"), ActivationId::of);
        f.check();
        return id.orElseThrow();
    }

    private static Plan plan(PlanView view) {
        Optional<PlanVersion> current = view.plan().current();
        return new Plan(view, current, view.plan().draft(), current.map(v -> v.content().scenarios().stream()
                .map(Scenario::name).toList()).orElse(List.of()));
    }

    /** The day of {@code at} in the viewer's office's zone, as the crisis and guard contexts count their dues. */
    static LocalDate today(Instant at) {
        return at.atZone(Format.zone()).toLocalDate();
    }

    /** Markdown as HTML: raw HTML in it escaped, so a {@code <script>} shows as text; unsafe link targets removed. */
    static String html(String markdown) {
        return HTML.render(MARKDOWN.parse(markdown));
    }
}
