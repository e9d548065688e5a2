package io.vigil.movement.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.OfficeSelection;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.movement.domain.Movement;
import io.vigil.movement.domain.MovementData;
import io.vigil.movement.port.in.Deployment;
import io.vigil.movement.port.in.DeploymentUseCase;
import io.vigil.movement.port.out.MovementLog;
import io.vigil.people.port.in.LocatePersonnelUseCase;
import io.vigil.people.port.in.LocateQuery;
import io.vigil.people.port.in.LocatorResult;
import io.vigil.people.port.in.ManageWardenZonesUseCase;
import io.vigil.people.port.in.WardenZoneDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deployment numbers per warden zone: the present from the people context's locator (named for
 * readers of movements, a count for readers of headcounts), the travelling from the office's
 * movements under way whose route enters the zone.
 */
final class DeploymentService implements DeploymentUseCase {
    static final String TYPE = "deployment";

    /** The resource type a refusal of {@link #overdueMovements} is audited under. */
    static final String OVERDUE_TYPE = "overdue-movement-counts";

    private final MovementLog movements;
    private final ManageWardenZonesUseCase zones;
    private final LocatePersonnelUseCase locator;
    private final AccessGuard guard;

    DeploymentService(MovementLog movements, ManageWardenZonesUseCase zones, LocatePersonnelUseCase locator,
                      AccessGuard guard) {
        this.movements = movements;
        this.zones = zones;
        this.locator = locator;
        this.guard = guard;
    }

    @Override
    public Map<OfficeId, Integer> overdueMovements(Actor actor, Collection<OfficeId> offices, Instant at) {
        if (at == null) {
            throw InvalidCommandException.of("at", "must not be null");
        }
        List<OfficeId> asked = OfficeSelection.require(offices, "offices");
        for (OfficeId office : asked) {
            guard.requireQuietly(actor, Operation.READ, MovementData.DEPLOYMENT_COUNTS, AccessTarget.office(office),
                    AuditAction.READ, OVERDUE_TYPE, office.value());
        }
        Map<OfficeId, Integer> stored = movements.overdueCounts(asked, at);
        Map<OfficeId, Integer> counts = new LinkedHashMap<>();
        asked.forEach(o -> counts.put(o, stored.getOrDefault(o, 0)));
        return counts;
    }

    @Override
    public Deployment deployment(Actor actor, Instant at) {
        if (at == null) {
            throw InvalidCommandException.of("at", "must not be null");
        }
        OfficeId office = actor.office();
        AccessTarget whole = AccessTarget.office(office);
        AccessDecision plans = guard.check(actor, Operation.READ, MovementData.MOVEMENT_PLANS, whole);
        String basis = plans.granted() ? plans.reason() : guard.requireQuietly(actor, Operation.READ,
                MovementData.DEPLOYMENT_COUNTS, whole, AuditAction.READ, TYPE, office.value());
        List<Movement> underWay = Page.all(page -> movements.list(office, page)).stream()
                .filter(m -> m.underWayAt(at)).toList();
        List<Deployment.Area> areas = new ArrayList<>();
        Set<PersonId> travellers = new LinkedHashSet<>();
        for (WardenZoneDetails zone : zones.all(actor)) {
            GeoArea area = GeoArea.polygon(zone.outline());
            Map<PersonId, Deployment.Travelling> travelling = new LinkedHashMap<>();
            underWay.stream().filter(m -> m.passesThrough(area)).forEach(m -> m.persons()
                    .forEach(p -> travelling.putIfAbsent(p, new Deployment.Travelling(p, m.id(), m.title()))));
            LocateQuery query = new LocateQuery(zone.outline(), at, at);
            if (plans.granted()) {
                LocatorResult found = locator.locate(actor, query);
                List<Deployment.Present> present = found.reasons().entrySet().stream()
                        .map(e -> new Deployment.Present(e.getKey(), e.getValue())).toList();
                travellers.addAll(travelling.keySet());
                areas.add(new Deployment.Area(zone.id(), zone.name(), present.size(), travelling.size(), present,
                        List.copyOf(travelling.values())));
            } else {
                areas.add(new Deployment.Area(zone.id(), zone.name(), locator.countWithin(actor, query),
                        travelling.size(), List.of(), List.of()));
            }
        }
        guard.record(actor, AuditAction.READ, TYPE, office.value(),
                plans.granted() ? MovementData.MOVEMENT_PLANS : MovementData.DEPLOYMENT_COUNTS,
                new AccessDecision.Granted(basis), List.copyOf(travellers));
        return new Deployment(office, at, plans.granted(), areas);
    }
}
