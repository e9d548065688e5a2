package io.vigil.wiring;

import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.movement.domain.CallIn;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.OverdueEpisode;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.review.domain.Figure;
import io.vigil.review.domain.Finding;
import io.vigil.review.domain.ReviewPeriod;
import io.vigil.review.domain.ReviewSection;
import io.vigil.review.port.out.ReviewSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The review's movements section: the high-risk movements that departed in the period, the call-ins
 * received in it, the call-ins missed in it (an overdue episode whose missed call-in was due in the
 * period) and the episodes still open at {@code asOf} (opened by then, not closed by a late call-in or
 * arrival by then). A call-in's record id is {@code <movement id>#call-in-<n>}, an episode's
 * {@code <movement id>#episode-<n>} (the n-th of the movement's log, from 1); the findings name the
 * passengers and convoy leader, for security roles.
 */
final class MovementReviewSource implements ReviewSource {
    private final MovementUseCases movement;

    MovementReviewSource(MovementUseCases movement) {
        this.movement = movement;
    }

    @Override
    public String key() {
        return "movements";
    }

    @Override
    public ReviewSection section(Actor reader, ReviewPeriod period) {
        List<Movement> all = Page.all(page -> movement.movements().list(reader, page));
        List<String> departed = new ArrayList<>();
        List<String> callIns = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<Finding> details = new ArrayList<>();
        for (Movement m : all) {
            if (period.covers(m.departure())) {
                departed.add(m.id().toString());
            }
            for (int i = 0; i < m.callIns().size(); i++) {
                CallIn c = m.callIns().get(i);
                if (period.covers(c.at())) {
                    callIns.add(m.id() + "#call-in-" + (i + 1));
                }
            }
            for (int i = 0; i < m.episodes().size(); i++) {
                OverdueEpisode e = m.episodes().get(i);
                String id = m.id() + "#episode-" + (i + 1);
                if (period.covers(e.due())) {
                    missed.add(id);
                    details.add(new Finding(id, m.title() + ": call-in due " + period.time(e.due()) + " missed"
                            + e.closedAt().filter(period::recorded).map(c -> ", contact again " + period.time(c))
                            .orElse(", no contact by " + period.time(period.asOf())), m.persons()));
                }
                if (period.recorded(e.since()) && e.closedAt().filter(period::recorded).isEmpty()) {
                    open.add(id);
                    if (!period.covers(e.due())) {
                        details.add(new Finding(id, m.title() + ": overdue since " + period.time(e.since()) + ", no contact by "
                                + period.time(period.asOf()), m.persons()));
                    }
                }
            }
        }
        ReviewSources.bounded(departed, "movements");
        ReviewSources.bounded(callIns, "call-ins");
        ReviewSources.bounded(missed, "missed call-ins");
        ReviewSources.bounded(open, "overdue episodes");
        return new ReviewSection(key(), "Movements", departed.size() + " movements, " + missed.size()
                + " call-ins missed, " + open.size() + " still overdue", List.of(
                Figure.count("movements", "Movements departed", departed),
                Figure.count("callIns", "Call-ins received", callIns),
                Figure.count("missedCallIns", "Call-ins missed (overdue episodes)", missed),
                Figure.count("stillOverdue", "Movements still overdue", open)), List.of(), details);
    }
}
