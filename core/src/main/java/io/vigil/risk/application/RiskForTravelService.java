package io.vigil.risk.application;

import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.risk.domain.Acceptability;
import io.vigil.risk.domain.AssessmentStatus;
import io.vigil.risk.domain.ProgrammeCriticality;
import io.vigil.risk.domain.RiskData;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.in.RiskForTravelUseCase;
import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The restricted areas and approved assessments, as the travel clearance rules read them. */
final class RiskForTravelService implements RiskForTravelUseCase {
    private final AssessmentRegistry assessments;
    private final RestrictedAreaRegistry areas;
    private final AccessGuard guard;

    RiskForTravelService(AssessmentRegistry assessments, RestrictedAreaRegistry areas, AccessGuard guard) {
        this.assessments = assessments;
        this.areas = areas;
        this.guard = guard;
    }

    @Override
    public List<AreaRules> areaRules(Actor actor) {
        guard.require(actor, Operation.READ, RiskData.RISK, AccessTarget.office(actor.office()), AuditAction.LIST,
                "restricted-area", actor.office().value());
        return Page.all(page -> areas.list(actor.office(), page)).stream()
                .map(a -> new AreaRules(a.id().toString(), a.name(), a.outline(),
                        a.rules().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()), a.reason(),
                        a.validFrom(), a.validTo()))
                .toList();
    }

    @Override
    public List<ApprovedCover> approvedCovers(Actor actor) {
        guard.require(actor, Operation.READ, RiskData.RISK, AccessTarget.office(actor.office()), AuditAction.LIST,
                AssessmentService.TYPE, actor.office().value());
        return Page.all(page -> assessments.list(actor.office(), page)).stream()
                .filter(a -> a.status() == AssessmentStatus.APPROVED)
                .map(a -> new ApprovedCover(a.id().toString(), a.title(), a.area(), a.validFrom(), a.validTo(),
                        a.approvedAt().orElseThrow(), answers(a)))
                .toList();
    }

    private static List<CriticalityAnswer> answers(SecurityAssessment a) {
        return Arrays.stream(ProgrammeCriticality.values()).map(pc -> {
            Acceptability said = a.acceptabilityFor(pc);
            if (said instanceof Acceptability.ProceedWithApproval w) {
                return new CriticalityAnswer(pc.name(), "PROCEED_WITH_APPROVAL", Optional.of(w.approval().name()),
                        w.reasons());
            }
            return new CriticalityAnswer(pc.name(), said instanceof Acceptability.Proceed ? "PROCEED"
                    : "DO_NOT_PROCEED", Optional.empty(), said.reasons());
        }).toList();
    }
}
