package io.vigil.movement.application;

import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.movement.domain.MovementData;
import io.vigil.movement.domain.RiverOption;
import io.vigil.movement.domain.RiverOptionId;
import io.vigil.movement.port.in.ManageRiverOptionsUseCase;
import io.vigil.movement.port.in.RiverOptionDetails;
import io.vigil.movement.port.out.RiverOptionRegistry;
import java.util.Optional;

/** The office's river transport options, records of the office (transport plans). */
final class RiverOptionService extends GuardedRecordsService<RiverOptionId, RiverOptionDetails, RiverOption>
        implements ManageRiverOptionsUseCase {
    private final CommandValidator validator;

    RiverOptionService(RiverOptionRegistry options, AccessGuard guard, CommandValidator validator) {
        super(new GuardedRecords<>("river-option", MovementData.TRANSPORT_PLANS, options, options::list, guard));
        this.validator = validator;
    }

    @Override
    public RiverOption create(Actor actor, RiverOptionDetails details) {
        return records.create(actor, build(actor, RiverOptionId.random(), 0, details));
    }

    @Override
    public RiverOption update(Actor actor, RiverOptionId id, long expectedVersion, RiverOptionDetails details) {
        return records.update(actor, id, build(actor, id, expectedVersion, details));
    }

    private RiverOption build(Actor actor, RiverOptionId id, long version, RiverOptionDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new RiverOption(id, actor.office(), version, d.operator(),
                d.route(), d.vessel(), d.seats(), d.lifeJackets(), d.validUntil(), Optional.ofNullable(d.notes())));
    }
}
