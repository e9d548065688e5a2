package io.vigil.crisis.application;

import io.vigil.crisis.domain.ContinuityInputs;
import io.vigil.crisis.domain.CrisisData;
import io.vigil.crisis.domain.CriticalFunction;
import io.vigil.crisis.port.in.ContinuityDetails;
import io.vigil.crisis.port.in.ContinuityUseCase;
import io.vigil.crisis.port.in.ContinuityView;
import io.vigil.crisis.port.out.ContinuityStore;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.validation.CommandValidator;

/** The security inputs of the business continuity plan, with their gaps. */
final class ContinuityService implements ContinuityUseCase {
    private final Singletons<ContinuityInputs> inputs;
    private final CommandValidator validator;

    ContinuityService(ContinuityStore store, AccessGuard guard, CommandValidator validator) {
        this.inputs = new Singletons<>("continuity-inputs", CrisisData.CONTINUITY, store, ContinuityInputs::empty,
                guard);
        this.validator = validator;
    }

    @Override
    public ContinuityView get(Actor actor) {
        return ContinuityView.of(inputs.get(actor));
    }

    @Override
    public ContinuityView set(Actor actor, long expectedVersion, ContinuityDetails details) {
        validator.validate(details);
        return ContinuityView.of(inputs.change(actor, Operation.WRITE, expectedVersion,
                current -> new ContinuityInputs(current.id(), current.version(), details.functions().stream()
                        .map(f -> new CriticalFunction(f.name(), f.threats(), f.alternateSite(), f.minimumStaff(),
                                f.recoveryTimeHours(), f.maxTolerableHours())).toList())));
    }
}
