package io.vigil.risk.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Outcome;
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
 * @param state         where it is in its lifecycle, with the approval once approved
 * @param reviewSuggestion why a review is suggested before it is due (a trend of incidents in its
 *                      area), if it is; stored bodies without it read as none
 */
public record SecurityAssessment(AssessmentId id, OfficeId office, long version, String title, List<GeoPoint> area,
                                 Instant validFrom, Instant validTo, String summary, List<Risk> risks,
                                 ProgrammeCriticality criticality, Optional<Integer> securityLevel,
                                 Instant reviewDue, AssessmentState state, RiskMatrix matrix,
                                 AcceptabilityRules rules, Optional<ReviewSuggestion> reviewSuggestion)
        implements Versioned<AssessmentId, SecurityAssessment> {

    public SecurityAssessment {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        title = Require.text(title, "title", 200);
        area = List.copyOf(Require.nonNull(area, "area"));
        GeoArea.polygon(area);
        Require.nonNull(validFrom, "validFrom");
        Require.nonNull(validTo, "validTo");
        Require.that(validTo.isAfter(validFrom), "validTo", "must be after validFrom");
        summary = summary == null ? "" : summary.strip();
        Require.that(summary.length() <= 10_000, "summary", "must be at most 10000 characters");
        risks = List.copyOf(Require.nonNull(risks, "risks"));
        Require.nonNull(criticality, "criticality");
        Require.nonNull(securityLevel, "securityLevel");
        Require.that(securityLevel.map(s -> s >= 1 && s <= 6).orElse(true),
                "securityLevel", "must be between 1 (minimal) and 6 (extreme)");
        Require.nonNull(reviewDue, "reviewDue");
        Require.nonNull(state, "state");
        Require.nonNull(matrix, "matrix");
        Require.nonNull(rules, "rules");
        reviewSuggestion = reviewSuggestion == null ? Optional.empty() : reviewSuggestion;
    }

    /** An assessment without a review suggestion. */
    public SecurityAssessment(AssessmentId id, OfficeId office, long version, String title, List<GeoPoint> area,
                              Instant validFrom, Instant validTo, String summary, List<Risk> risks,
                              ProgrammeCriticality criticality, Optional<Integer> securityLevel, Instant reviewDue,
                              AssessmentState state, RiskMatrix matrix, AcceptabilityRules rules) {
        this(id, office, version, title, area, validFrom, validTo, summary, risks, criticality, securityLevel,
                reviewDue, state, matrix, rules, Optional.empty());
    }

    /** The same assessment with its review suggested for this reason. */
    public SecurityAssessment withReviewSuggested(ReviewSuggestion suggestion) {
        return new SecurityAssessment(id, office, version, title, area, validFrom, validTo, summary, risks,
                criticality, securityLevel, reviewDue, state, matrix, rules, Optional.of(suggestion));
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
        return acceptabilityFor(criticality);
    }

    /**
     * Whether a programme of criticality {@code pc} may go ahead in this assessment's area, on its own
     * table, with the reasons (a trip of another programme than the assessment's own).
     */
    public Acceptability acceptabilityFor(ProgrammeCriticality pc) {
        RiskLevel highest = highestResidual();
        List<String> because = new ArrayList<>();
        if (risks.isEmpty()) {
            because.add("no risk has been rated");
        } else {
            List<String> drivers = risks.stream().filter(r -> residualLevel(r) == highest)
                    .map(r -> Words.of(r.category()) + ": " + r.threat()).toList();
            because.add("the highest residual risk is " + highest + " (" + String.join("; ", drivers) + ")");
        }
        return rules.decide(highest, pc, because);
    }

    /** The name of its state. */
    public AssessmentStatus status() {
        return state.status();
    }

    /** Who approved it, once approved (a superseded assessment keeps its approval). */
    public Optional<String> approvedBy() {
        if (state instanceof AssessmentState.Approved a) {
            return Optional.of(a.by());
        }
        return state instanceof AssessmentState.Superseded s ? Optional.of(s.approvedBy()) : Optional.empty();
    }

    /** When it was approved, once approved (a superseded assessment keeps its approval). */
    public Optional<Instant> approvedAt() {
        if (state instanceof AssessmentState.Approved a) {
            return Optional.of(a.at());
        }
        return state instanceof AssessmentState.Superseded s ? Optional.of(s.approvedAt()) : Optional.empty();
    }

    /** Whether the next review is overdue at {@code at}; only an approved assessment needs one. */
    public boolean reviewOverdue(Instant at) {
        return state instanceof AssessmentState.Approved && !reviewDue.isAfter(at);
    }

    /** This assessment, if it may still be {@code verb} ("changed", "removed"): only a draft may. */
    public Outcome<SecurityAssessment> requireDraft(String verb) {
        if (state instanceof AssessmentState.Draft) {
            return Outcome.done(this);
        }
        return Outcome.refused("assessment " + id + " is " + status() + " and cannot be " + verb
                + "; only a DRAFT can");
    }

    /** Submits a draft for approval. */
    public Outcome<SecurityAssessment> submit() {
        return state.submit().map(this::in);
    }

    /** Sends an assessment in review back to its authors. */
    public Outcome<SecurityAssessment> returnToDraft() {
        return state.returnToDraft().map(this::in);
    }

    /** Approves an assessment in review that has rated risks. */
    public Outcome<SecurityAssessment> approve(String approver, Instant at) {
        return state.approve(approver, at).flatMap(next -> risks.isEmpty()
                ? Outcome.refused("an assessment without rated risks cannot be approved")
                : Outcome.done(in(next)));
    }

    /** Marks an approved assessment as replaced by a newer one. */
    public Outcome<SecurityAssessment> supersede() {
        return state.supersede().map(this::in);
    }

    /** This assessment in {@code next} state. */
    private SecurityAssessment in(AssessmentState next) {
        return new SecurityAssessment(id, office, version, title, area, validFrom, validTo, summary, risks,
                criticality, securityLevel, reviewDue, next, matrix, rules, reviewSuggestion);
    }

    @Override
    public SecurityAssessment withVersion(long newVersion) {
        return new SecurityAssessment(id, office, newVersion, title, area, validFrom, validTo, summary, risks,
                criticality, securityLevel, reviewDue, state, matrix, rules, reviewSuggestion);
    }
}
