package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.risk.application.RiskServices;
import io.vigil.risk.domain.Acceptability;
import io.vigil.risk.domain.AcceptabilityRules;
import io.vigil.risk.domain.ApprovalLevel;
import io.vigil.risk.domain.AssessmentStatus;
import io.vigil.risk.domain.Impact;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.Measure;
import io.vigil.risk.domain.MeasureStatus;
import io.vigil.risk.domain.ProgrammeCriticality;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.RiskLevel;
import io.vigil.risk.domain.RiskMatrix;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.ThreatCategory;
import io.vigil.risk.domain.Treatment;
import io.vigil.risk.port.in.AssessmentDetails;
import io.vigil.risk.port.in.RiskPolicyDetails;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.audit.InMemoryAuditLog;
import io.vigil.testkit.memory.risk.InMemoryRiskStores;
import io.vigil.wiring.Vigil;
import jakarta.validation.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The risk use cases over in-memory adapters: scoring, the frozen policy copy, lifecycle and access. */
class RiskUseCasesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private final MutableClock clock = MutableClock.at("2026-03-01T12:00:00Z");
    private final RiskUseCases risk = RiskServices.create(new InMemoryRiskStores().open(),
            Vigil.kernel(clock, new InMemoryAuditLog()));
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final Actor associate = Actor.of("associate", OFFICE, Role.SECURITY_ASSOCIATE);
    private final Actor manager = Actor.of("manager", OFFICE, Role.MANAGER);

    private static Risk kidnapping() {
        return new Risk(ThreatCategory.CRIME, "express kidnapping", Likelihood.LIKELY, Impact.SEVERE, Treatment.CONTROL,
                List.of(new Measure("Use only vetted radio taxis", "security associate", T0.plusSeconds(86_400 * 30),
                        MeasureStatus.IN_PROGRESS)), Likelihood.MODERATELY_LIKELY, Impact.SEVERE);
    }

    private static AssessmentDetails details(List<Risk> risks, ProgrammeCriticality pc) {
        return new AssessmentDetails("Mexico City SRA", GeoArea.rectangle(GeoPoint.of(19.2, -99.3),
                GeoPoint.of(19.6, -98.9)).vertices(), T0, T0.plusSeconds(86_400 * 365), "Crime is the main threat.",
                risks, pc, 3, T0.plusSeconds(86_400 * 180));
    }

    private SecurityAssessment approved(List<Risk> risks, ProgrammeCriticality pc) {
        SecurityAssessment draft = risk.assessments().create(associate, details(risks, pc));
        SecurityAssessment review = risk.assessments().submit(associate, draft.id(), draft.version());
        return risk.assessments().approve(officer, review.id(), review.version());
    }

    @Test
    void an_assessment_is_scored_on_the_matrix_and_says_whether_to_proceed_and_why() {
        SecurityAssessment a = risk.assessments().create(associate, details(List.of(kidnapping()),
                ProgrammeCriticality.PC2));
        assertThat(a.inherentLevel(a.risks().get(0))).isEqualTo(RiskLevel.HIGH);
        assertThat(a.residualLevel(a.risks().get(0))).isEqualTo(RiskLevel.HIGH);
        assertThat(a.acceptability()).isInstanceOfSatisfying(Acceptability.ProceedWithApproval.class, d -> {
            assertThat(d.approval()).isEqualTo(ApprovalLevel.COUNTRY_REPRESENTATIVE);
            assertThat(d.reasons().get(0)).contains("express kidnapping").contains("HIGH");
        });
        assertThat(risk.assessments().create(associate, details(List.of(kidnapping()), ProgrammeCriticality.PC4))
                .acceptability()).isInstanceOf(Acceptability.DoNotProceed.class);
    }

    @Test
    void changing_the_matrix_never_rewrites_an_approved_score() {
        SecurityAssessment before = approved(List.of(kidnapping()), ProgrammeCriticality.PC2);
        List<List<RiskLevel>> harsher = new ArrayList<>(RiskMatrix.standard().cells());
        for (int l = 1; l < 5; l++) {
            harsher.set(l, Collections.nCopies(5, RiskLevel.UNACCEPTABLE));
        }
        risk.policy().configure(officer, 0, new RiskPolicyDetails(harsher, AcceptabilityRules.standard().rules()));
        SecurityAssessment after = risk.assessments().get(manager, before.id());
        assertThat(after.residualLevel(after.risks().get(0))).isEqualTo(RiskLevel.HIGH);
        assertThat(after.matrix()).isEqualTo(RiskMatrix.standard());
        SecurityAssessment fresh = risk.assessments().create(associate, details(List.of(kidnapping()),
                ProgrammeCriticality.PC2));
        assertThat(fresh.residualLevel(fresh.risks().get(0))).isEqualTo(RiskLevel.UNACCEPTABLE);
    }

    @Test
    void a_broken_matrix_is_refused_with_every_problem_named_and_nothing_stored() {
        List<List<RiskLevel>> broken = new ArrayList<>(RiskMatrix.standard().cells());
        broken.set(4, List.of(RiskLevel.VERY_LOW, RiskLevel.VERY_LOW, RiskLevel.VERY_LOW, RiskLevel.VERY_LOW,
                RiskLevel.VERY_LOW));
        assertThatThrownBy(() -> risk.policy().configure(officer, 0, new RiskPolicyDetails(broken,
                AcceptabilityRules.standard().rules())))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).contains("matrix[4][0]", "matrix[4][4]"));
        assertThat(risk.policy().current(officer).version()).isZero();
        assertThat(risk.policy().current(officer).matrix()).isEqualTo(RiskMatrix.standard());
    }

    @Test
    void a_stale_policy_change_is_refused() {
        risk.policy().configure(officer, 0, new RiskPolicyDetails(RiskMatrix.standard().cells(),
                AcceptabilityRules.standard().rules()));
        assertThatThrownBy(() -> risk.policy().configure(officer, 0, new RiskPolicyDetails(
                RiskMatrix.standard().cells(), AcceptabilityRules.standard().rules())))
                .isInstanceOf(VersionConflictException.class);
    }

    @Test
    void only_a_draft_changes_and_only_an_officer_approves() {
        SecurityAssessment draft = risk.assessments().create(associate, details(List.of(kidnapping()),
                ProgrammeCriticality.PC1));
        SecurityAssessment review = risk.assessments().submit(associate, draft.id(), draft.version());
        assertThatThrownBy(() -> risk.assessments().update(associate, review.id(), review.version(),
                details(List.of(), ProgrammeCriticality.PC1))).isInstanceOf(RefusedException.class)
                .hasMessageContaining("only a DRAFT");
        assertThatThrownBy(() -> risk.assessments().approve(associate, review.id(), review.version()))
                .isInstanceOf(AccessDeniedException.class);
        SecurityAssessment approved = risk.assessments().approve(officer, review.id(), review.version());
        assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(approved.approvedBy()).contains("officer");
        assertThat(approved.approvedAt()).contains(clock.instant());
        assertThatThrownBy(() -> risk.assessments().submit(officer, approved.id(), approved.version()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("only a DRAFT can be submitted");
        assertThatThrownBy(() -> risk.assessments().remove(officer, approved.id(), approved.version()))
                .isInstanceOf(RefusedException.class);
        SecurityAssessment superseded = risk.assessments().supersede(officer, approved.id(), approved.version());
        assertThat(superseded.status()).isEqualTo(AssessmentStatus.SUPERSEDED);
    }

    @Test
    void an_assessment_without_risks_cannot_be_approved() {
        SecurityAssessment draft = risk.assessments().create(associate, details(List.of(), ProgrammeCriticality.PC1));
        SecurityAssessment review = risk.assessments().submit(associate, draft.id(), draft.version());
        assertThatThrownBy(() -> risk.assessments().approve(officer, review.id(), review.version()))
                .isInstanceOf(RefusedException.class).hasMessageContaining("without rated risks");
    }

    @Test
    void managers_read_but_do_not_write_and_staff_see_nothing() {
        SecurityAssessment a = risk.assessments().create(associate, details(List.of(kidnapping()),
                ProgrammeCriticality.PC1));
        assertThat(risk.assessments().get(manager, a.id())).isEqualTo(a);
        assertThat(risk.assessments().list(manager, new PageRequest(0, 10)).items()).containsExactly(a);
        assertThatThrownBy(() -> risk.assessments().create(manager, details(List.of(), ProgrammeCriticality.PC1)))
                .isInstanceOf(AccessDeniedException.class);
        Actor staff = Actor.staff("lucia", OFFICE, PersonId.random());
        assertThatThrownBy(() -> risk.assessments().get(staff, a.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> risk.policy().configure(manager, 0, new RiskPolicyDetails(
                RiskMatrix.standard().cells(), AcceptabilityRules.standard().rules())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overdue_reviews_are_the_approved_assessments_past_their_review_date() {
        SecurityAssessment a = approved(List.of(kidnapping()), ProgrammeCriticality.PC1);
        assertThat(risk.assessments().reviewsDue(manager, a.reviewDue().minusSeconds(1))).isEmpty();
        assertThat(risk.assessments().reviewsDue(manager, a.reviewDue())).containsExactly(a);
    }

    @Test
    void an_invalid_risk_is_refused_naming_the_field() {
        assertThatThrownBy(() -> risk.assessments().create(associate, details(List.of(kidnapping()),
                ProgrammeCriticality.PC1).withSecurityLevel(9)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("securityLevel")));
        AssessmentDetails backwards = new AssessmentDetails("SRA", details(List.of(), ProgrammeCriticality.PC1).area(),
                T0, T0.minusSeconds(1), null, List.of(), ProgrammeCriticality.PC1, null, T0);
        assertThatThrownBy(() -> risk.assessments().create(associate, backwards))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.field()).isEqualTo("validTo")));
    }
}
