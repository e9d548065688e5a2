package io.vigil.movement.application;

import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.movement.domain.MedevacPlan;
import io.vigil.movement.domain.MedevacPlanId;
import io.vigil.movement.domain.MovementData;
import io.vigil.movement.port.in.ManageMedevacPlansUseCase;
import io.vigil.movement.port.in.MedevacPlanDetails;
import io.vigil.movement.port.out.MedevacPlanRegistry;
import java.util.Optional;

/** The office's MEDEVAC plans, records of the office (transport plans). */
final class MedevacPlanService extends GuardedRecordsService<MedevacPlanId, MedevacPlanDetails, MedevacPlan>
        implements ManageMedevacPlansUseCase {
    private final CommandValidator validator;

    MedevacPlanService(MedevacPlanRegistry plans, AccessGuard guard, CommandValidator validator) {
        super(new GuardedRecords<>("medevac-plan", MovementData.TRANSPORT_PLANS, plans, plans::list, guard));
        this.validator = validator;
    }

    @Override
    public MedevacPlan create(Actor actor, MedevacPlanDetails details) {
        return records.create(actor, build(actor, MedevacPlanId.random(), 0, details));
    }

    @Override
    public MedevacPlan update(Actor actor, MedevacPlanId id, long expectedVersion, MedevacPlanDetails details) {
        return records.update(actor, id, build(actor, id, expectedVersion, details));
    }

    private MedevacPlan build(Actor actor, MedevacPlanId id, long version, MedevacPlanDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new MedevacPlan(id, actor.office(), version, d.dutyStation(),
                d.facilities().stream().map(f -> new MedevacPlan.Facility(f.name(), f.capability(), f.phone(),
                        Optional.ofNullable(f.where()))).toList(), d.transport(),
                d.contacts().stream().map(c -> new MedevacPlan.Contact(c.name(), c.role(), c.phone())).toList(),
                d.eligible(), d.reviewDue()));
    }
}
