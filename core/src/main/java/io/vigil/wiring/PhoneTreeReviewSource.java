package io.vigil.wiring;

import io.vigil.alerting.domain.Drill;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.Trend;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.review.domain.Chart;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The review's telephone-tree and roll-call section: the drills of the office's trees started in the
 * period, scored on the calls made by {@code asOf} (target met or missed, the share of members
 * reached), and the roll-calls started in the period with how many answered each (a chart). A drill's
 * record id is its own id; the findings (drills that missed their target) name the members nobody
 * reached, for security roles.
 */
final class PhoneTreeReviewSource implements ReviewSource {
    private final AlertingUseCases alerting;

    PhoneTreeReviewSource(AlertingUseCases alerting) {
        this.alerting = alerting;
    }

    @Override
    public String key() {
        return "phoneTrees";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        List<String> held = new ArrayList<>();
        List<String> met = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<Finding> details = new ArrayList<>();
        long members = 0;
        long reached = 0;
        for (PhoneTree tree : Page.all(page -> alerting.phoneTrees().list(reader, page))) {
            for (Drill d : tree.drills()) {
                if (!period.covers(d.startedAt())) {
                    continue;
                }
                // scored on the calls made by asOf, so a call logged since cannot change it
                Drill.Result r = new Drill(d.id(), d.startedAt(), d.targetMinutes(), d.root(), d.links(), d.calls()
                        .stream().filter(c -> period.recorded(c.at())).toList(), d.state()).result();
                String id = d.id().toString();
                held.add(id);
                members += r.reached().size() + r.unreached().size();
                reached += r.reached().size();
                if (r.targetMet()) {
                    met.add(id);
                } else {
                    missed.add(id);
                    details.add(new Finding(id, tree.name() + " drill of " + period.day(d.startedAt()) + ": "
                            + r.verdict(), r.unreached()));
                }
            }
        }
        ReviewSources.bounded(held, "telephone tree drills");
        List<Trend.Point> rollCalls = ReviewSources.bounded(alerting.tests().trend(reader, period.from(), period.to())
                .points().stream().filter(Trend.Point::rollCall).toList(), "roll-calls");
        List<Trend.Point> charted = rollCalls.subList(Math.max(0, rollCalls.size() - Chart.MAX_BARS), rollCalls.size());
        List<Chart.Bar> bars = charted.stream().map(p -> new Chart.Bar(period.day(p.startedAt()) + " " + p.title(),
                Math.round(p.responseRate() * p.audience()))).toList();
        List<Figure> figures = List.of(
                Figure.count("drillsHeld", "Telephone tree drills held", held),
                Figure.count("drillTargetsMet", "Drills that reached everyone in time", met),
                Figure.count("drillTargetsMissed", "Drills that missed their target", missed),
                new Figure("membersReached", "Members reached in the drills", members == 0 ? 0
                        : Math.round(100.0 * reached / members), Figure.Unit.PERCENT, held),
                Figure.count("rollCalls", "Roll-calls started",
                        rollCalls.stream().map(p -> p.id().toString()).toList()));
        return new ReviewSection(key(), "Telephone tree drills and roll-calls", held.size() + " drills, "
                + met.size() + " met their target; " + rollCalls.size() + " roll-calls", figures,
                List.of(new Chart("rollCallAnswers", "Persons who answered each roll-call"
                        + (charted.size() < rollCalls.size() ? " (the latest " + Chart.MAX_BARS + ")" : ""),
                        Figure.Unit.COUNT, bars)), details);
    }
}
