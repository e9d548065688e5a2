package io.vigil.rest.risk;

import io.vigil.kernel.geo.GeoPoint;
import io.vigil.rest.resource.Identified;
import io.vigil.risk.domain.Acceptability;
import io.vigil.risk.domain.AcceptabilityRule;
import io.vigil.risk.domain.ApprovalLevel;
import io.vigil.risk.domain.AssessmentStatus;
import io.vigil.risk.domain.Impact;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.Measure;
import io.vigil.risk.domain.ProgrammeCriticality;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.RiskLevel;
import io.vigil.risk.domain.ReviewSuggestion;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.ThreatCategory;
import io.vigil.risk.domain.Treatment;
import java.time.Instant;
import java.util.List;

/**
 * A security risk assessment as the API shows it: each risk with its inherent and residual level
 * on the assessment's own (frozen) matrix, and the acceptability decision with its reasons;
 * {@code reviewSuggestion} (null if none) says why a review is suggested before it is due (a trend
 * of incidents in its area, citing them).
 */
public record AssessmentResource(String id, String office, long version, String title, List<GeoPoint> area,
                                 Instant validFrom, Instant validTo, String summary, AssessmentStatus status,
                                 ProgrammeCriticality criticality, Integer securityLevel, Instant reviewDue,
                                 String approvedBy, Instant approvedAt, List<ScoredRisk> risks,
                                 RiskLevel highestResidual, Decision acceptability, List<List<RiskLevel>> matrix,
                                 List<AcceptabilityRule> rules, ReviewSuggestion reviewSuggestion)
        implements Identified {

    /** A risk with its levels. */
    public record ScoredRisk(ThreatCategory category, String threat, Likelihood likelihood, Impact impact,
                             RiskLevel inherentLevel, Treatment treatment, List<Measure> measures,
                             Likelihood residualLikelihood, Impact residualImpact, RiskLevel residualLevel) {
    }

    /** Whether the programme may go ahead: PROCEED, PROCEED_WITH_APPROVAL (by whom) or DO_NOT_PROCEED. */
    public record Decision(String decision, ApprovalLevel approval, List<String> reasons) {
        static Decision from(Acceptability a) {
            if (a instanceof Acceptability.ProceedWithApproval p) {
                return new Decision("PROCEED_WITH_APPROVAL", p.approval(), p.reasons());
            }
            return new Decision(a instanceof Acceptability.Proceed ? "PROCEED" : "DO_NOT_PROCEED", null, a.reasons());
        }
    }

    public static AssessmentResource from(SecurityAssessment a) {
        List<ScoredRisk> risks = a.risks().stream().map(r -> scored(a, r)).toList();
        return new AssessmentResource(a.id().toString(), a.office().value(), a.version(), a.title(), a.area(),
                a.validFrom(), a.validTo(), a.summary(), a.status(), a.criticality(), a.securityLevel().orElse(null),
                a.reviewDue(), a.approvedBy().orElse(null), a.approvedAt().orElse(null), risks, a.highestResidual(),
                Decision.from(a.acceptability()), a.matrix().cells(), a.rules().rules(),
                a.reviewSuggestion().orElse(null));
    }

    private static ScoredRisk scored(SecurityAssessment a, Risk r) {
        return new ScoredRisk(r.category(), r.threat(), r.likelihood(), r.impact(), a.inherentLevel(r), r.treatment(),
                r.measures(), r.residualLikelihood(), r.residualImpact(), a.residualLevel(r));
    }
}
