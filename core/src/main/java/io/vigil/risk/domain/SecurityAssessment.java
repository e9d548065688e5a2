package io.vigil.risk.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.Words;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A security risk assessment of an area over a time frame. It keeps a frozen copy of the matrix
 * and acceptability table it was scored with, so changing the office's policy never rewrites it.
 *
 * @param securityLevel the legacy security level (1 minimal to 6 extreme), for organisations that use it
 */
public record SecurityAssessment(AssessmentId id, OfficeId office, long version, String title, List<GeoPoint> area,
                                 Instant validFrom, Instant validTo, String summary, List<Risk> risks,
                                 ProgrammeCriticality criticality, Optional<Integer> securityLevel,
                                 Instant reviewDue, AssessmentStatus status, RiskMatrix matrix,
                                 AcceptabilityRules rules, Optional<String> approvedBy, Optional<Instant> approvedAt)
        implements Versioned<AssessmentId, SecurityAssessment> {

    public SecurityAssessment {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version must not be negative");
        title = Require.text(title, "title", 200);
        area = List.copyOf(Require.nonNull(area, "area"));
        GeoArea.polygon(area);
        Require.nonNull(validFrom, "validFrom");
        Require.nonNull(validTo, "validTo");
        Require.that(validTo.isAfter(validFrom), "validTo must be after validFrom");
        summary = summary == null ? "" : summary.strip();
        Require.that(summary.length() <= 10_000, "summary must be at most 10000 characters");
        risks = List.copyOf(Require.nonNull(risks, "risks"));
        Require.nonNull(criticality, "criticality");
        Require.nonNull(securityLevel, "securityLevel");
        Require.that(securityLevel.map(s -> s >= 1 && s <= 6).orElse(true),
                "securityLevel must be between 1 (minimal) and 6 (extreme)");
        Require.nonNull(reviewDue, "reviewDue");
        Require.nonNull(status, "status");
        Require.nonNull(matrix, "matrix");
        Require.nonNull(rules, "rules");
        Require.nonNull(approvedBy, "approvedBy");
        Require.nonNull(approvedAt, "approvedAt");
        Require.that((status == AssessmentStatus.APPROVED || status == AssessmentStatus.SUPERSEDED)
                == approvedAt.isPresent(), "approvedAt must be set exactly when the assessment has been approved");
    }

    /** The level of a risk before its measures, on this assessment's own matrix. */
    public RiskLevel inherentLevel(Risk r) {
        return matrix.level(r.likelihood(), r.impact());
    }

    /** The level of a risk after its measures, on this assessment's own matrix. */
    public RiskLevel residualLevel(Risk r) {
        return matrix.level(r.residualLikelihood(), r.residualImpact());
    }

    /** The highest residual level of any risk; {@code VERY_LOW} when there are none. */
    public RiskLevel highestResidual() {
        return risks.stream().map(this::residualLevel).max(Comparator.naturalOrder()).orElse(RiskLevel.VERY_LOW);
    }

    /** Whether the programme may go ahead, on this assessment's own table, with the reasons. */
    public Acceptability acceptability() {
        RiskLevel highest = highestResidual();
        List<String> because = new ArrayList<>();
        if (risks.isEmpty()) {
            because.add("no risk has been rated");
        } else {
            List<String> drivers = risks.stream().filter(r -> residualLevel(r) == highest)
                    .map(r -> Words.of(r.category()) + ": " + r.threat()).toList();
            because.add("the highest residual risk is " + highest + " (" + String.join("; ", drivers) + ")");
        }
        return rules.decide(highest, criticality, because);
    }

    /** Whether the next review is overdue at {@code at}; only an approved assessment needs one. */
    public boolean reviewOverdue(Instant at) {
        return status == AssessmentStatus.APPROVED && !reviewDue.isAfter(at);
    }

    /** Submits a draft for approval. */
    public Transition submit() {
        if (status != AssessmentStatus.DRAFT) {
            return refused("only a DRAFT can be submitted; this assessment is " + status);
        }
        return done(AssessmentStatus.IN_REVIEW, Optional.empty(), Optional.empty());
    }

    /** Sends an assessment in review back to its authors. */
    public Transition returnToDraft() {
        if (status != AssessmentStatus.IN_REVIEW) {
            return refused("only an assessment IN_REVIEW can return to DRAFT; this one is " + status);
        }
        return done(AssessmentStatus.DRAFT, Optional.empty(), Optional.empty());
    }

    /** Approves an assessment in review. */
    public Transition approve(String approver, Instant at) {
        if (status != AssessmentStatus.IN_REVIEW) {
            return refused("only an assessment IN_REVIEW can be approved; this one is " + status);
        }
        if (risks.isEmpty()) {
            return refused("an assessment without rated risks cannot be approved");
        }
        return done(AssessmentStatus.APPROVED, Optional.of(approver), Optional.of(at));
    }

    /** Marks an approved assessment as replaced by a newer one. */
    public Transition supersede() {
        if (status != AssessmentStatus.APPROVED) {
            return refused("only an APPROVED assessment can be superseded; this one is " + status);
        }
        return done(AssessmentStatus.SUPERSEDED, approvedBy, approvedAt);
    }

    private Transition done(AssessmentStatus next, Optional<String> by, Optional<Instant> at) {
        return new Transition.Done(new SecurityAssessment(id, office, version, title, area, validFrom, validTo,
                summary, risks, criticality, securityLevel, reviewDue, next, matrix, rules, by, at));
    }

    private static Transition refused(String reason) {
        return new Transition.Refused(reason);
    }

    @Override
    public SecurityAssessment withVersion(long newVersion) {
        return new SecurityAssessment(id, office, newVersion, title, area, validFrom, validTo, summary, risks,
                criticality, securityLevel, reviewDue, status, matrix, rules, approvedBy, approvedAt);
    }

    /** The outcome of a lifecycle step: the changed assessment, or the reason it was refused. */
    public sealed interface Transition {
        /** The step was taken. */
        record Done(SecurityAssessment assessment) implements Transition {
        }

        /** The step was refused. */
        record Refused(String reason) implements Transition {
        }
    }
}
