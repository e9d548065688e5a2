package io.vigil.risk.application;

import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.risk.domain.AcceptabilityRules;
import io.vigil.risk.domain.RiskData;
import io.vigil.risk.domain.RiskMatrix;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.port.in.ConfigureRiskPolicyUseCase;
import io.vigil.risk.port.in.RiskPolicyDetails;
import io.vigil.risk.port.out.RiskPolicyStore;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The office's risk matrix and acceptability table: validated with every reason, versioned. */
final class RiskPolicyService implements ConfigureRiskPolicyUseCase {
    static final String TYPE = "risk-policy";

    private final RiskPolicyStore policies;
    private final AccessGuard guard;
    private final CommandValidator validator;

    @Inject
    RiskPolicyService(RiskPolicyStore policies, AccessGuard guard, CommandValidator validator) {
        this.policies = policies;
        this.guard = guard;
        this.validator = validator;
    }

    @Override
    public RiskPolicy current(Actor actor) {
        guard.require(actor, Operation.READ, RiskData.RISK, AccessTarget.office(actor.office()), AuditAction.READ,
                TYPE, actor.office().value());
        return policies.findById(actor.office()).orElseGet(() -> RiskPolicy.standard(actor.office()));
    }

    @Override
    public RiskPolicy configure(Actor actor, long expectedVersion, RiskPolicyDetails details) {
        validator.validate(details);
        List<FieldViolation> problems = new ArrayList<>();
        RiskMatrix.problems(details.matrix()).forEach(p -> problems.add(
                new FieldViolation(p.field().replaceFirst("^cells", "matrix"), p.message())));
        AcceptabilityRules.problems(details.rules()).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        guard.require(actor, Operation.WRITE, RiskData.RISK, AccessTarget.office(actor.office()),
                AuditAction.UPDATE, TYPE, actor.office().value());
        long stored = policies.findById(actor.office()).map(RiskPolicy::version).orElse(0L);
        if (stored != expectedVersion) {
            throw new VersionConflictException(TYPE, actor.office(), expectedVersion, stored);
        }
        return policies.save(new RiskPolicy(actor.office(), expectedVersion, new RiskMatrix(details.matrix()),
                new AcceptabilityRules(details.rules())));
    }
}
