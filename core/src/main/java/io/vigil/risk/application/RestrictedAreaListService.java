package io.vigil.risk.application;

import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.risk.domain.MovementRule;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RiskData;
import io.vigil.risk.port.in.AreaInForce;
import io.vigil.risk.port.in.RestrictedAreaListUseCase;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The published restricted-areas list: the areas in force, read as {@link RiskData#AREA_LIST}. */
final class RestrictedAreaListService implements RestrictedAreaListUseCase {
    private final RestrictedAreaRegistry areas;
    private final AccessGuard guard;

    RestrictedAreaListService(RestrictedAreaRegistry areas, AccessGuard guard) {
        this.areas = areas;
        this.guard = guard;
    }

    @Override
    public List<AreaInForce> inForce(Actor actor, Instant at) {
        guard.require(actor, Operation.READ, RiskData.AREA_LIST, AccessTarget.office(actor.office()),
                AuditAction.LIST, "restricted-area-list", actor.office().value());
        return Page.all(page -> areas.list(actor.office(), page)).stream().filter(a -> a.inForceAt(at))
                .sorted(Comparator.comparing(RestrictedArea::name).thenComparing(a -> a.id().toString()))
                .map(a -> new AreaInForce(a.name(), a.rules().stream().sorted().map(MovementRule::name).toList(),
                        a.reason(), a.validFrom(), a.validTo()))
                .toList();
    }
}
