package io.vigil.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Outcome;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lifecycle of a security risk assessment: draft, in review, approved, superseded. */
class SecurityAssessmentLifecycleTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant APPROVED_AT = Instant.parse("2026-03-10T09:30:00Z");
    private static final Risk KIDNAPPING = new Risk(ThreatCategory.CRIME, "express kidnapping", Likelihood.LIKELY,
            Impact.SEVERE, Treatment.ACCEPT, List.of(), Likelihood.LIKELY, Impact.SEVERE);

    private static SecurityAssessment in(AssessmentState state, List<Risk> risks) {
        RiskPolicy policy = RiskPolicy.standard(OfficeId.of("MX-MEX"));
        return new SecurityAssessment(AssessmentId.random(), OfficeId.of("MX-MEX"), 3, "Mexico City SRA",
                List.of(new GeoPoint(19.3, -99.2), new GeoPoint(19.5, -99.2), new GeoPoint(19.5, -99.0)), T0,
                T0.plusSeconds(86_400 * 365), "", risks, ProgrammeCriticality.PC2, Optional.empty(),
                T0.plusSeconds(86_400 * 90), state, policy.matrix(), policy.rules());
    }

    private static SecurityAssessment in(AssessmentState state) {
        return in(state, List.of(KIDNAPPING));
    }

    private static SecurityAssessment done(Outcome<SecurityAssessment> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Done.class);
        return outcome.orElseThrow();
    }

    private static List<String> reasons(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<?>) outcome).reasons();
    }

    @Test
    void a_draft_is_submitted_into_review_and_keeps_everything_else() {
        SecurityAssessment draft = in(new AssessmentState.Draft());
        SecurityAssessment submitted = done(draft.submit());
        assertThat(submitted.state()).isEqualTo(new AssessmentState.InReview());
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.IN_REVIEW);
        assertThat(submitted.approvedBy()).isEmpty();
        assertThat(submitted.id()).isEqualTo(draft.id());
        assertThat(submitted.version()).isEqualTo(3);
        assertThat(submitted.risks()).containsExactly(KIDNAPPING);
    }

    @Test
    void an_assessment_in_review_returns_to_draft() {
        assertThat(done(in(new AssessmentState.InReview()).returnToDraft()).state())
                .isEqualTo(new AssessmentState.Draft());
    }

    @Test
    void an_assessment_in_review_is_approved_by_whom_and_when() {
        SecurityAssessment approved = done(in(new AssessmentState.InReview()).approve("officer", APPROVED_AT));
        assertThat(approved.state()).isEqualTo(new AssessmentState.Approved("officer", APPROVED_AT));
        assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(approved.approvedBy()).contains("officer");
        assertThat(approved.approvedAt()).contains(APPROVED_AT);
    }

    @Test
    void an_approved_assessment_is_superseded_and_keeps_its_approval() {
        SecurityAssessment superseded = done(in(new AssessmentState.Approved("officer", APPROVED_AT)).supersede());
        assertThat(superseded.state()).isEqualTo(new AssessmentState.Superseded("officer", APPROVED_AT));
        assertThat(superseded.approvedBy()).contains("officer");
        assertThat(superseded.approvedAt()).contains(APPROVED_AT);
    }

    @Test
    void only_a_draft_is_submitted() {
        assertThat(reasons(in(new AssessmentState.InReview()).submit()))
                .containsExactly("only a DRAFT can be submitted; this assessment is IN_REVIEW");
        assertThat(reasons(in(new AssessmentState.Approved("officer", APPROVED_AT)).submit()))
                .containsExactly("only a DRAFT can be submitted; this assessment is APPROVED");
        assertThat(reasons(in(new AssessmentState.Superseded("officer", APPROVED_AT)).submit()))
                .containsExactly("only a DRAFT can be submitted; this assessment is SUPERSEDED");
    }

    @Test
    void only_an_assessment_in_review_returns_to_draft() {
        assertThat(reasons(in(new AssessmentState.Draft()).returnToDraft()))
                .containsExactly("only an assessment IN_REVIEW can return to DRAFT; this one is DRAFT");
        assertThat(reasons(in(new AssessmentState.Superseded("officer", APPROVED_AT)).returnToDraft()))
                .containsExactly("only an assessment IN_REVIEW can return to DRAFT; this one is SUPERSEDED");
    }

    @Test
    void only_an_assessment_in_review_is_approved_and_an_approval_is_not_repeated() {
        assertThat(reasons(in(new AssessmentState.Draft()).approve("officer", APPROVED_AT)))
                .containsExactly("only an assessment IN_REVIEW can be approved; this one is DRAFT");
        assertThat(reasons(in(new AssessmentState.Approved("officer", APPROVED_AT)).approve("other", T0)))
                .containsExactly("only an assessment IN_REVIEW can be approved; this one is APPROVED");
    }

    @Test
    void an_assessment_without_rated_risks_is_not_approved() {
        assertThat(reasons(in(new AssessmentState.InReview(), List.of()).approve("officer", APPROVED_AT)))
                .containsExactly("an assessment without rated risks cannot be approved");
    }

    @Test
    void a_draft_without_risks_is_refused_for_its_state_before_its_risks() {
        assertThat(reasons(in(new AssessmentState.Draft(), List.of()).approve("officer", APPROVED_AT)))
                .containsExactly("only an assessment IN_REVIEW can be approved; this one is DRAFT");
    }

    @Test
    void only_an_approved_assessment_is_superseded() {
        assertThat(reasons(in(new AssessmentState.InReview()).supersede()))
                .containsExactly("only an APPROVED assessment can be superseded; this one is IN_REVIEW");
        assertThat(reasons(in(new AssessmentState.Superseded("officer", APPROVED_AT)).supersede()))
                .containsExactly("only an APPROVED assessment can be superseded; this one is SUPERSEDED");
    }

    @Test
    void only_a_draft_may_be_changed() {
        SecurityAssessment draft = in(new AssessmentState.Draft());
        assertThat(done(draft.requireDraft("changed"))).isSameAs(draft);
        SecurityAssessment review = in(new AssessmentState.InReview());
        assertThat(reasons(review.requireDraft("removed"))).containsExactly(
                "assessment " + review.id() + " is IN_REVIEW and cannot be removed; only a DRAFT can");
    }

    @Test
    void only_an_approved_assessment_is_overdue_for_review() {
        Instant late = T0.plusSeconds(86_400 * 100);
        assertThat(in(new AssessmentState.Approved("officer", APPROVED_AT)).reviewOverdue(late)).isTrue();
        assertThat(in(new AssessmentState.Approved("officer", APPROVED_AT)).reviewOverdue(T0)).isFalse();
        assertThat(in(new AssessmentState.Superseded("officer", APPROVED_AT)).reviewOverdue(late)).isFalse();
        assertThat(in(new AssessmentState.Draft()).reviewOverdue(late)).isFalse();
    }

    @Test
    void a_stored_status_and_approval_give_the_state_they_name() {
        assertThat(AssessmentState.of(AssessmentStatus.DRAFT, Optional.empty(), Optional.empty()))
                .isEqualTo(new AssessmentState.Draft());
        assertThat(AssessmentState.of(AssessmentStatus.IN_REVIEW, Optional.empty(), Optional.empty()))
                .isEqualTo(new AssessmentState.InReview());
        assertThat(AssessmentState.of(AssessmentStatus.APPROVED, Optional.of("officer"), Optional.of(APPROVED_AT)))
                .isEqualTo(new AssessmentState.Approved("officer", APPROVED_AT));
        assertThat(AssessmentState.of(AssessmentStatus.SUPERSEDED, Optional.of("officer"), Optional.of(APPROVED_AT)))
                .isEqualTo(new AssessmentState.Superseded("officer", APPROVED_AT));
    }

    @Test
    void a_stored_approval_that_does_not_match_its_status_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AssessmentState.of(AssessmentStatus.APPROVED,
                Optional.of("officer"), Optional.empty())).hasMessage(
                "approvedAt must be set exactly when the assessment has been approved");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AssessmentState.of(AssessmentStatus.DRAFT,
                Optional.empty(), Optional.of(APPROVED_AT))).hasMessage(
                "approvedAt must be set exactly when the assessment has been approved");
    }
}
