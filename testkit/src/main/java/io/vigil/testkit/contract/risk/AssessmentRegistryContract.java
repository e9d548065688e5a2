package io.vigil.testkit.contract.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.AssessmentState;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.port.out.AssessmentRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.RiskGenerators;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link AssessmentRegistry}; extend it with your adapter. */
public abstract class AssessmentRegistryContract
        extends VersionedStoreContract<AssessmentId, SecurityAssessment, AssessmentRegistry> {

    @Override
    protected Gen<SecurityAssessment> newAggregates(OfficeId office) {
        return RiskGenerators.assessments(office);
    }

    @Override
    protected SecurityAssessment changed(SecurityAssessment a) {
        return new SecurityAssessment(a.id(), a.office(), a.version(), a.title() + " (revised)", a.area(),
                a.validFrom(), a.validTo(), "revised", a.risks().isEmpty() ? a.risks()
                : a.risks().subList(1, a.risks().size()), a.criticality(), a.securityLevel(), a.reviewDue(),
                a.state(), a.matrix(), a.rules());
    }

    private SecurityAssessment approved(Instant reviewDue) {
        SecurityAssessment a = sample();
        return new SecurityAssessment(a.id(), a.office(), 0, a.title(), a.area(), a.validFrom(), a.validTo(),
                a.summary(), a.risks(), a.criticality(), a.securityLevel(), reviewDue,
                new AssessmentState.Approved("officer", a.validFrom()), a.matrix(), a.rules());
    }

    @Test
    void the_list_is_the_offices_own_latest_first_and_paged() {
        List<SecurityAssessment> saved = draw(lists().of(RiskGenerators.assessments(office)).ofSize(5)).stream()
                .map(store()::save).toList();
        store().save(draw(RiskGenerators.assessments(KernelGenerators.freshOffice())));
        var first = store().list(office, new PageRequest(0, 3));
        var rest = store().list(office, new PageRequest(3, 3));
        assertThat(first.total()).isEqualTo(5);
        List<SecurityAssessment> expected = saved.stream().sorted(AssessmentRegistry.LATEST_FIRST).toList();
        assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(rest.items()).containsExactlyElementsOf(expected.subList(3, 5));
    }

    @Test
    void reviews_due_are_the_approved_ones_due_by_then_earliest_first() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        SecurityAssessment late = store().save(approved(now.minusSeconds(86_400 * 10)));
        SecurityAssessment dueNow = store().save(approved(now));
        store().save(approved(now.plusSeconds(1)));
        SecurityAssessment draft = sample();
        store().save(new SecurityAssessment(draft.id(), draft.office(), 0, draft.title(), draft.area(),
                draft.validFrom(), draft.validTo(), draft.summary(), draft.risks(), draft.criticality(),
                draft.securityLevel(), now.minusSeconds(86_400 * 30), new AssessmentState.Draft(), draft.matrix(),
                draft.rules()));
        assertThat(store().reviewsDue(office, now)).containsExactly(late, dueNow);
        assertThat(store().reviewsDue(KernelGenerators.freshOffice(), now)).isEmpty();
    }
}
