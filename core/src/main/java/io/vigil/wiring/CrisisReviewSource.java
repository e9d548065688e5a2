package io.vigil.wiring;

import io.vigil.crisis.domain.DrillDue;
import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseAction;
import io.vigil.crisis.domain.PlanDue;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.in.OverdueReport;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The review's crisis section: the drills held in the period, their findings and follow-up actions,
 * how many actions were done by the day of {@code asOf} and how many were open past their due date
 * then, and what the crisis context reports due at {@code asOf} (drills by their schedule, the plan's
 * review and test). An action's record id is {@code <exercise id>#<number>}.
 */
final class CrisisReviewSource implements ReviewSource {
    private final CrisisUseCases crisis;

    CrisisReviewSource(CrisisUseCases crisis) {
        this.crisis = crisis;
    }

    @Override
    public String key() {
        return "crisis";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        LocalDate day = period.day(period.asOf());
        List<Exercise> held = ReviewSources.bounded(Page.all(page -> crisis.exercises().list(reader, page)).stream()
                .filter(e -> period.covers(e.heldAt())).toList(), "drills");
        List<String> findings = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        List<String> done = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        List<Finding> details = new ArrayList<>();
        for (Exercise e : held) {
            for (int i = 0; i < e.findings().size(); i++) {
                findings.add(e.id() + "#finding-" + (i + 1));
            }
            for (ExerciseAction a : e.actions()) {
                String id = e.id() + "#" + a.number();
                actions.add(id);
                boolean doneBy = a.done().filter(d -> !d.isAfter(day)).isPresent();
                if (doneBy) {
                    done.add(id);
                } else if (day.isAfter(a.due())) {
                    overdue.add(id);
                    details.add(new Finding(id, e.title() + ": " + a.description() + " (due " + a.due() + ")",
                            List.of(a.owner())));
                }
            }
        }
        ReviewSources.bounded(findings, "drill findings");
        ReviewSources.bounded(actions, "follow-up actions");
        OverdueReport due = crisis.exercises().overdue(reader, period.asOf());
        List<String> drillsOverdue = due.drills().stream().filter(DrillDue::overdue).map(d -> "drill:" + d.kind())
                .toList();
        List<String> planOverdue = due.plan().stream().filter(PlanDue::overdue).map(p -> "plan:" + p.kind()).toList();
        List<Figure> figures = List.of(
                Figure.count("drillsHeld", "Drills held", held.stream().map(e -> e.id().toString()).toList()),
                Figure.count("findings", "Findings", findings),
                Figure.count("actions", "Follow-up actions", actions),
                Figure.count("actionsDone", "Actions done", done),
                Figure.count("actionsOverdue", "Actions open past their due date", overdue),
                Figure.count("drillsOverdue", "Drill kinds overdue by the schedule", drillsOverdue),
                Figure.count("planOverdue", "Plan review or test overdue", planOverdue));
        due.drills().stream().filter(DrillDue::overdue).forEach(d -> details.add(new Finding("drill:" + d.kind(),
                d.kind() + " overdue since " + d.due().map(LocalDate::toString).orElse("its start"), List.of())));
        due.plan().stream().filter(PlanDue::overdue).forEach(p -> details.add(new Finding("plan:" + p.kind(),
                "plan " + p.kind().name().toLowerCase(java.util.Locale.ROOT) + " overdue since " + period.time(p.due()),
                List.of())));
        String summary = held.size() + " drills held, " + actions.size() + " actions, " + done.size() + " done, "
                + overdue.size() + " overdue";
        return new ReviewSection(key(), "Crisis plan and drills", summary, figures, List.of(), details);
    }
}
