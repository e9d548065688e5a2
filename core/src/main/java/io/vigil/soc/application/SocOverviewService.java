package io.vigil.soc.application;

import io.vigil.alerting.port.in.OfficeRollCalls;
import io.vigil.alerting.port.in.RollCallViewUseCase;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.OfficeSelection;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.liaison.port.in.ActionItemsUseCase;
import io.vigil.movement.port.in.DeploymentUseCase;
import io.vigil.people.port.in.HeadcountUseCase;
import io.vigil.people.port.in.OfficeHeadcount;
import io.vigil.soc.port.in.OfficeOverview;
import io.vigil.soc.port.in.SocOverview;
import io.vigil.soc.port.in.SocOverviewUseCase;
import io.vigil.soc.port.out.SocOffices;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The overview from four aggregated reads, each across every office asked and each access-checked
 * and audited by its own context: the headcounts first, so an actor who may not read an office's
 * headcount is refused before anything else is read.
 */
final class SocOverviewService implements SocOverviewUseCase {
    private final HeadcountUseCase headcounts;
    private final RollCallViewUseCase rollCalls;
    private final DeploymentUseCase movements;
    private final ActionItemsUseCase actions;
    private final SocOffices offices;

    SocOverviewService(HeadcountUseCase headcounts, RollCallViewUseCase rollCalls, DeploymentUseCase movements,
                       ActionItemsUseCase actions, SocOffices offices) {
        this.headcounts = headcounts;
        this.rollCalls = rollCalls;
        this.movements = movements;
        this.actions = actions;
        this.offices = offices;
    }

    @Override
    public SocOverview overview(Actor actor, Instant at) {
        requireAt(at);
        Map<OfficeId, String> readable = offices.readable(actor);
        TreeSet<String> all = new TreeSet<>();
        readable.keySet().forEach(o -> all.add(o.value()));
        all.add(actor.office().value());
        List<OfficeId> asked = all.stream().limit(OfficeSelection.MAX).map(OfficeId::of).toList();
        return build(actor, asked, readable, at, all.size() <= OfficeSelection.MAX);
    }

    @Override
    public SocOverview overview(Actor actor, Collection<OfficeId> named, Instant at) {
        requireAt(at);
        List<OfficeId> asked = OfficeSelection.require(named, "offices");
        return build(actor, asked, null, at, true);
    }

    private SocOverview build(Actor actor, List<OfficeId> asked, Map<OfficeId, String> names, Instant at,
                              boolean complete) {
        List<OfficeHeadcount> people = headcounts.headcounts(actor, asked, at);
        List<OfficeRollCalls> calls = rollCalls.openRollCalls(actor, asked, at);
        Map<OfficeId, Integer> lateMovements = movements.overdueMovements(actor, asked, at);
        Map<OfficeId, Integer> lateActions = actions.overdueCounts(actor, asked, at);
        Map<OfficeId, String> named = names != null ? names : offices.readable(actor);
        List<OfficeOverview> rows = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            OfficeId office = asked.get(i);
            rows.add(new OfficeOverview(office, Optional.ofNullable(named.get(office)), people.get(i), calls.get(i),
                    lateMovements.getOrDefault(office, 0), lateActions.getOrDefault(office, 0)));
        }
        return new SocOverview(at, rows, complete);
    }

    private static void requireAt(Instant at) {
        if (at == null) {
            throw InvalidCommandException.of("at", "must not be null");
        }
    }
}
