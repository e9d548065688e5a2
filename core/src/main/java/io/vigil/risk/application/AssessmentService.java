package io.vigil.risk.application;

import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.ConflictException;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.AssessmentStatus;
import io.vigil.risk.domain.RiskData;
import io.vigil.risk.domain.RiskPolicy;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.in.AssessmentDetails;
import io.vigil.risk.port.in.ManageAssessmentsUseCase;
import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.risk.port.out.RiskPolicyStore;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Security risk assessments: drafts scored with the office's policy, then frozen from submission on. */
final class AssessmentService implements ManageAssessmentsUseCase {
    static final String TYPE = "assessment";

    private final AssessmentRegistry assessments;
    private final GuardedRecords<AssessmentId, SecurityAssessment> records;
    private final RiskPolicyStore policies;
    private final CommandValidator validator;
    private final Clock clock;

    @Inject
    AssessmentService(AssessmentRegistry assessments, RiskPolicyStore policies, AccessGuard guard,
                      CommandValidator validator, Clock clock) {
        this.assessments = assessments;
        this.records = new GuardedRecords<>(TYPE, RiskData.RISK, assessments, assessments::list, guard);
        this.policies = policies;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public SecurityAssessment create(Actor actor, AssessmentDetails details) {
        return records.create(actor, draft(actor, AssessmentId.random(), 0, details));
    }

    @Override
    public SecurityAssessment update(Actor actor, AssessmentId id, long expectedVersion, AssessmentDetails details) {
        SecurityAssessment current = records.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        requireDraft(current, "changed");
        return assessments.save(draft(actor, id, expectedVersion, details));
    }

    @Override
    public void remove(Actor actor, AssessmentId id, long expectedVersion) {
        SecurityAssessment current = records.load(actor, id, Operation.WRITE, AuditAction.DELETE);
        requireDraft(current, "removed");
        assessments.delete(id, expectedVersion);
    }

    @Override
    public SecurityAssessment get(Actor actor, AssessmentId id) {
        return records.get(actor, id);
    }

    @Override
    public Page<SecurityAssessment> list(Actor actor, PageRequest page) {
        return records.list(actor, page);
    }

    @Override
    public SecurityAssessment submit(Actor actor, AssessmentId id, long expectedVersion) {
        return step(actor, id, expectedVersion, Operation.WRITE, SecurityAssessment::submit);
    }

    @Override
    public SecurityAssessment returnToDraft(Actor actor, AssessmentId id, long expectedVersion) {
        return step(actor, id, expectedVersion, Operation.WRITE, SecurityAssessment::returnToDraft);
    }

    @Override
    public SecurityAssessment approve(Actor actor, AssessmentId id, long expectedVersion) {
        Instant now = clock.instant();
        return step(actor, id, expectedVersion, Operation.APPROVE, a -> a.approve(actor.subject(), now));
    }

    @Override
    public SecurityAssessment supersede(Actor actor, AssessmentId id, long expectedVersion) {
        return step(actor, id, expectedVersion, Operation.WRITE, SecurityAssessment::supersede);
    }

    @Override
    public List<SecurityAssessment> reviewsDue(Actor actor, Instant at) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        return assessments.reviewsDue(actor.office(), at);
    }

    private SecurityAssessment step(Actor actor, AssessmentId id, long expectedVersion, Operation op,
                                    Function<SecurityAssessment, SecurityAssessment.Transition> transition) {
        return records.change(actor, id, expectedVersion, op, current -> {
            SecurityAssessment.Transition outcome = transition.apply(current);
            if (outcome instanceof SecurityAssessment.Transition.Refused refused) {
                throw new ConflictException(refused.reason());
            }
            return ((SecurityAssessment.Transition.Done) outcome).assessment();
        });
    }

    private SecurityAssessment draft(Actor actor, AssessmentId id, long version, AssessmentDetails d) {
        validator.validate(d);
        RiskPolicy policy = policies.findById(actor.office()).orElseGet(() -> RiskPolicy.standard(actor.office()));
        return CommandValidator.build("body", () -> new SecurityAssessment(id, actor.office(), version, d.title(),
                d.area(), d.validFrom(), d.validTo(), d.summary(), d.risks(), d.criticality(),
                Optional.ofNullable(d.securityLevel()), d.reviewDue(), AssessmentStatus.DRAFT, policy.matrix(),
                policy.rules(), Optional.empty(), Optional.empty()));
    }

    private static void requireDraft(SecurityAssessment a, String verb) {
        if (a.status() != AssessmentStatus.DRAFT) {
            throw new ConflictException("assessment " + a.id() + " is " + a.status() + " and cannot be " + verb
                    + "; only a DRAFT can");
        }
    }
}
