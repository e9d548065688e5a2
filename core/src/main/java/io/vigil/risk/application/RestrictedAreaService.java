package io.vigil.risk.application;

import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RestrictedAreaId;
import io.vigil.risk.port.in.ManageRestrictedAreasUseCase;
import io.vigil.risk.port.in.RestrictedAreaDetails;
import io.vigil.risk.port.in.RuleQuery;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Restricted and high-risk areas: candidates by bounding box from the store, exact geometry here. */
final class RestrictedAreaService implements ManageRestrictedAreasUseCase {
    static final String TYPE = "restricted-area";

    private final RestrictedAreaRegistry areas;
    private final AccessGuard guard;
    private final CommandValidator validator;

    @Inject
    RestrictedAreaService(RestrictedAreaRegistry areas, AccessGuard guard, CommandValidator validator) {
        this.areas = areas;
        this.guard = guard;
        this.validator = validator;
    }

    @Override
    public RestrictedArea create(Actor actor, RestrictedAreaDetails details) {
        RestrictedArea area = build(actor, RestrictedAreaId.random(), 0, details);
        require(actor, Operation.WRITE, AccessTarget.office(actor.office()), AuditAction.CREATE, area.id().toString());
        return areas.save(area);
    }

    @Override
    public RestrictedArea update(Actor actor, RestrictedAreaId id, long expectedVersion, RestrictedAreaDetails d) {
        load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        return areas.save(build(actor, id, expectedVersion, d));
    }

    @Override
    public void remove(Actor actor, RestrictedAreaId id, long expectedVersion) {
        load(actor, id, Operation.WRITE, AuditAction.DELETE);
        areas.delete(id, expectedVersion);
    }

    @Override
    public RestrictedArea get(Actor actor, RestrictedAreaId id) {
        return load(actor, id, Operation.READ, AuditAction.READ);
    }

    @Override
    public Page<RestrictedArea> list(Actor actor, PageRequest page) {
        require(actor, Operation.READ, AccessTarget.office(actor.office()), AuditAction.LIST, actor.office().value());
        return areas.list(actor.office(), page);
    }

    @Override
    public List<RestrictedArea> applicable(Actor actor, RuleQuery query) {
        validator.validate(query);
        require(actor, Operation.READ, AccessTarget.office(actor.office()), AuditAction.LOCATE, actor.office().value());
        return areas.candidates(actor.office(), GeoBox.around(query.route())).stream()
                .filter(a -> a.appliesTo(query.route(), query.at()))
                .sorted(Comparator.comparing(RestrictedArea::name).thenComparing(a -> a.id().toString()))
                .toList();
    }

    @Override
    public List<RestrictedArea> createAll(Actor actor, List<RestrictedAreaDetails> details) {
        List<RestrictedArea> built = new ArrayList<>();
        List<FieldViolation> problems = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            try {
                built.add(build(actor, RestrictedAreaId.random(), 0, details.get(i)));
            } catch (InvalidCommandException e) {
                String prefix = "areas[" + i + "].";
                e.violations().forEach(v -> problems.add(new FieldViolation(prefix + v.field(), v.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        require(actor, Operation.WRITE, AccessTarget.office(actor.office()), AuditAction.CREATE,
                built.size() + " areas");
        return built.stream().map(areas::save).toList();
    }

    private RestrictedArea build(Actor actor, RestrictedAreaId id, long version, RestrictedAreaDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new RestrictedArea(id, actor.office(), version, d.name(),
                d.outline(), d.rules(), d.reason(), d.validFrom(), Optional.ofNullable(d.validTo())));
    }

    private RestrictedArea load(Actor actor, RestrictedAreaId id, Operation op, AuditAction action) {
        RestrictedArea a = areas.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        require(actor, op, AccessTarget.office(a.office()), action, id.toString());
        return a;
    }

    private void require(Actor actor, Operation op, AccessTarget target, AuditAction action, String resource) {
        guard.require(actor, op, DataClass.RISK, target, action, TYPE, resource);
    }
}
