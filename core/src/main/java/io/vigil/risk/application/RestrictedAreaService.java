package io.vigil.risk.application;

import io.vigil.kernel.event.DomainEventPublisher;
import io.vigil.risk.event.RiskEvent;
import java.time.Clock;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RestrictedAreaId;
import io.vigil.risk.domain.RiskData;
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
final class RestrictedAreaService extends GuardedRecordsService<RestrictedAreaId, RestrictedAreaDetails, RestrictedArea>
        implements ManageRestrictedAreasUseCase {
    private final RestrictedAreaRegistry areas;
    private final CommandValidator validator;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Inject
    RestrictedAreaService(RestrictedAreaRegistry areas, AccessGuard guard, CommandValidator validator,
                          DomainEventPublisher events, Clock clock) {
        super(new GuardedRecords<>("restricted-area", RiskData.RISK, areas, areas::list, guard));
        this.areas = areas;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public RestrictedArea create(Actor actor, RestrictedAreaDetails details) {
        return published(records.create(actor, build(actor, RestrictedAreaId.random(), 0, details)));
    }

    @Override
    public RestrictedArea update(Actor actor, RestrictedAreaId id, long expectedVersion, RestrictedAreaDetails d) {
        return published(records.update(actor, id, build(actor, id, expectedVersion, d)));
    }

    @Override
    public void remove(Actor actor, RestrictedAreaId id, long expectedVersion) {
        published(records.remove(actor, id, expectedVersion));
    }

    /** Publishes that the area, just stored or removed, changed. */
    private RestrictedArea published(RestrictedArea area) {
        events.publish(new RiskEvent.RestrictedAreaChanged(area.office(), clock.instant(), area.id().toString()));
        return area;
    }

    @Override
    public List<RestrictedArea> applicable(Actor actor, RuleQuery query) {
        validator.validate(query);
        records.requireOffice(actor, Operation.READ, AuditAction.LOCATE, actor.office().value());
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
        records.requireOffice(actor, Operation.WRITE, AuditAction.CREATE, built.size() + " areas");
        List<RestrictedArea> saved = built.stream().map(areas::save).toList();
        saved.stream().findFirst().ifPresent(this::published);
        return saved;
    }

    private RestrictedArea build(Actor actor, RestrictedAreaId id, long version, RestrictedAreaDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new RestrictedArea(id, actor.office(), version, d.name(),
                d.outline(), d.rules(), d.reason(), d.validFrom(), Optional.ofNullable(d.validTo())));
    }
}
