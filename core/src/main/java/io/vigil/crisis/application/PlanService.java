package io.vigil.crisis.application;

import io.vigil.crisis.domain.AvoidanceMeasure;
import io.vigil.crisis.domain.Communication;
import io.vigil.crisis.domain.CrisisData;
import io.vigil.crisis.domain.CrisisPlan;
import io.vigil.crisis.domain.PlanContent;
import io.vigil.crisis.domain.PlanRole;
import io.vigil.crisis.domain.Scenario;
import io.vigil.crisis.port.in.CrisisPlanUseCase;
import io.vigil.crisis.port.in.PlanCheckDetails;
import io.vigil.crisis.port.in.PlanDetails;
import io.vigil.crisis.port.in.PlanView;
import io.vigil.crisis.port.out.CrisisPlanStore;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import java.time.Clock;
import java.time.Instant;

/** The versioned Crisis Management Plan: drafted, approved by the officer, reviewed and tested yearly. */
final class PlanService implements CrisisPlanUseCase {
    private final Singletons<CrisisPlan> plans;
    private final CommandValidator validator;
    private final Clock clock;

    PlanService(CrisisPlanStore store, AccessGuard guard, CommandValidator validator, Clock clock) {
        this.plans = new Singletons<>("crisis-plan", CrisisData.CRISIS_PLAN, store, CrisisPlan::empty, guard);
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public PlanView plan(Actor actor, Instant at) {
        return view(plans.get(actor), at);
    }

    @Override
    public PlanView draft(Actor actor, long expectedVersion, PlanDetails details) {
        validator.validate(details);
        Instant now = clock.instant();
        return view(plans.change(actor, Operation.WRITE, expectedVersion,
                p -> p.withDraft(content(details), actor.subject(), now)), now);
    }

    @Override
    public PlanView approve(Actor actor, long expectedVersion) {
        Instant now = clock.instant();
        return view(plans.change(actor, Operation.APPROVE, expectedVersion, p -> p.approve(actor.subject(), now)), now);
    }

    @Override
    public PlanView recordReview(Actor actor, long expectedVersion, PlanCheckDetails details) {
        Instant at = checked(details);
        return view(plans.change(actor, Operation.WRITE, expectedVersion, p -> p.reviewed(at)), clock.instant());
    }

    @Override
    public PlanView recordTest(Actor actor, long expectedVersion, PlanCheckDetails details) {
        Instant at = checked(details);
        return view(plans.change(actor, Operation.WRITE, expectedVersion, p -> p.tested(at)), clock.instant());
    }

    private Instant checked(PlanCheckDetails details) {
        validator.validate(details);
        if (details.at().isAfter(clock.instant())) {
            throw InvalidCommandException.of("at", "must not be in the future");
        }
        return details.at();
    }

    private static PlanView view(CrisisPlan plan, Instant at) {
        return new PlanView(plan, plan.dues(at));
    }

    private static PlanContent content(PlanDetails d) {
        return CommandValidator.build("body", () -> new PlanContent(
                d.scenarios().stream().map(s -> new Scenario(s.name(), s.triggers(), s.steps(), s.lead())).toList(),
                d.roles().stream().map(r -> new PlanRole(r.role(), r.responsibilities())).toList(),
                d.communications().stream().map(c -> new Communication(c.audience(), c.means(), c.owner())).toList(),
                d.measures().stream().map(m -> new AvoidanceMeasure(m.kind(), m.description())).toList()));
    }
}
