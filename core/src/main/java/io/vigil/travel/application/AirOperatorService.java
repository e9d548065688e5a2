package io.vigil.travel.application;

import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.travel.domain.AirOperator;
import io.vigil.travel.domain.AirOperatorId;
import io.vigil.travel.domain.TravelData;
import io.vigil.travel.port.in.AirOperatorDetails;
import io.vigil.travel.port.in.ManageAirOperatorsUseCase;
import io.vigil.travel.port.out.AirOperatorRegistry;
import java.util.Locale;
import java.util.function.Consumer;

/** The office's assessed air operators: each code once, at most {@value ManageAirOperatorsUseCase#MAX_OPERATORS}. */
final class AirOperatorService extends GuardedRecordsService<AirOperatorId, AirOperatorDetails, AirOperator>
        implements ManageAirOperatorsUseCase {
    private final AirOperatorRegistry operators;
    private final CommandValidator validator;
    private final Consumer<Actor> changed;

    AirOperatorService(AirOperatorRegistry operators, AccessGuard guard, CommandValidator validator,
                       Consumer<Actor> changed) {
        super(new GuardedRecords<>("air-operator", TravelData.TRAVEL_SETTINGS, operators, operators::list, guard));
        this.operators = operators;
        this.validator = validator;
        this.changed = changed;
    }

    @Override
    public AirOperator create(Actor actor, AirOperatorDetails details) {
        validator.validate(details);
        AirOperator built = build(actor, AirOperatorId.random(), 0, details);
        records.requireOffice(actor, io.vigil.kernel.access.Operation.WRITE, io.vigil.kernel.audit.AuditAction.CREATE,
                built.id().toString());
        var all = Page.all(page -> operators.list(actor.office(), page));
        if (all.size() >= MAX_OPERATORS) {
            throw RefusedException.because("the office lists " + MAX_OPERATORS + " air operators already");
        }
        unique(all, built);
        AirOperator saved = records.create(actor, built);
        changed.accept(actor);
        return saved;
    }

    @Override
    public AirOperator update(Actor actor, AirOperatorId id, long expectedVersion, AirOperatorDetails details) {
        validator.validate(details);
        AirOperator built = build(actor, id, expectedVersion, details);
        AirOperator saved = records.update(actor, id, current -> {
            unique(Page.all(page -> operators.list(actor.office(), page)), built);
            return built;
        });
        changed.accept(actor);
        return saved;
    }

    @Override
    public void remove(Actor actor, AirOperatorId id, long expectedVersion) {
        records.remove(actor, id, expectedVersion);
        changed.accept(actor);
    }

    private static void unique(java.util.List<AirOperator> all, AirOperator built) {
        if (all.stream().anyMatch(o -> o.code().equals(built.code()) && !o.id().equals(built.id()))) {
            throw InvalidCommandException.of("code", "is the code of another operator of the office");
        }
    }

    private static AirOperator build(Actor actor, AirOperatorId id, long version, AirOperatorDetails d) {
        return CommandValidator.build("body", () -> new AirOperator(id, actor.office(), version,
                d.code().toUpperCase(Locale.ROOT), d.name(), d.barred(), d.reason(), d.assessedAt(), d.validUntil()));
    }
}
