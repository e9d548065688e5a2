package io.vigil.risk.application;

import io.vigil.kernel.Outcome;
import io.vigil.kernel.event.DomainEventPublisher;
import io.vigil.risk.event.RiskEvent;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.AssessmentStatus;
import io.vigil.risk.domain.RiskData;
import io.vigil.risk.domain.AssessmentState;
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
final class AssessmentService extends GuardedRecordsService<AssessmentId, AssessmentDetails, SecurityAssessment>
        implements ManageAssessmentsUseCase {
    static final String TYPE = "assessment";

    private final AssessmentRegistry assessments;
    private final RiskPolicyStore policies;
    private final CommandValidator validator;
    private final Clock clock;
    private final DomainEventPublisher events;

    @Inject
    AssessmentService(AssessmentRegistry assessments, RiskPolicyStore policies, AccessGuard guard,
                      CommandValidator validator, Clock clock, DomainEventPublisher events) {
        super(new GuardedRecords<>(TYPE, RiskData.RISK, assessments, assessments::list, guard));
        this.assessments = assessments;
        this.policies = policies;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public SecurityAssessment create(Actor actor, AssessmentDetails details) {
        return records.create(actor, draft(actor, AssessmentId.random(), 0, details));
    }

    @Override
    public SecurityAssessment update(Actor actor, AssessmentId id, long expectedVersion, AssessmentDetails details) {
        SecurityAssessment current = records.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        current.requireDraft("changed").orElseThrow();
        return assessments.save(draft(actor, id, expectedVersion, details));
    }

    @Override
    public void remove(Actor actor, AssessmentId id, long expectedVersion) {
        SecurityAssessment current = records.load(actor, id, Operation.WRITE, AuditAction.DELETE);
        current.requireDraft("removed").orElseThrow();
        assessments.delete(id, expectedVersion);
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
        return published(step(actor, id, expectedVersion, Operation.APPROVE, a -> a.approve(actor.subject(), now)));
    }

    @Override
    public SecurityAssessment supersede(Actor actor, AssessmentId id, long expectedVersion) {
        return published(step(actor, id, expectedVersion, Operation.WRITE, SecurityAssessment::supersede));
    }

    /** Publishes that the assessment, just stored, changed what covers its area. */
    private SecurityAssessment published(SecurityAssessment stored) {
        events.publish(new RiskEvent.AssessmentChanged(stored.office(), clock.instant(), stored.id().toString(),
                stored.status().name()));
        return stored;
    }

    @Override
    public List<SecurityAssessment> reviewsDue(Actor actor, Instant at) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        return assessments.reviewsDue(actor.office(), at);
    }

    private SecurityAssessment step(Actor actor, AssessmentId id, long expectedVersion, Operation op,
                                    Function<SecurityAssessment, Outcome<SecurityAssessment>> transition) {
        return records.change(actor, id, expectedVersion, op, current -> transition.apply(current).orElseThrow());
    }

    private SecurityAssessment draft(Actor actor, AssessmentId id, long version, AssessmentDetails d) {
        validator.validate(d);
        RiskPolicy policy = policies.findById(actor.office()).orElseGet(() -> RiskPolicy.standard(actor.office()));
        return CommandValidator.build("body", () -> new SecurityAssessment(id, actor.office(), version, d.title(),
                d.area(), d.validFrom(), d.validTo(), d.summary(), d.risks(), d.criticality(),
                Optional.ofNullable(d.securityLevel()), d.reviewDue(), new AssessmentState.Draft(), policy.matrix(),
                policy.rules()));
    }
}
