package io.vigil.testkit.contract.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.PremisesProjectId;
import io.vigil.risk.domain.ProjectCondition;
import io.vigil.risk.port.out.PremisesProjectRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.PremisesGenerators;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link PremisesProjectRegistry}; extend it with your adapter. */
public abstract class PremisesProjectRegistryContract
        extends VersionedStoreContract<PremisesProjectId, PremisesProject, PremisesProjectRegistry> {

    @Override
    protected Gen<PremisesProject> newAggregates(OfficeId office) {
        return PremisesGenerators.projects(office);
    }

    /** The project with its first condition closed, or, without one, retitled. */
    @Override
    protected PremisesProject changed(PremisesProject p) {
        if (!p.openConditions().isEmpty()) {
            return p.closeCondition(1, new ProjectCondition.Closure("glazing certificate GC-9",
                    Instant.parse("2026-05-01T10:00:00Z"), "associate")).orElseThrow();
        }
        return new PremisesProject(p.id(), p.office(), p.version(), p.title() + " (revised)", p.kind(), p.facility(),
                p.phases(), p.checklist(), p.visits(), p.conditions(), p.installs(), p.signedOff());
    }

    @Test
    void the_list_is_the_offices_own_by_title_and_paged() {
        List<PremisesProject> saved = draw(lists().of(PremisesGenerators.projects(office)).ofSize(4)).stream()
                .map(store()::save).sorted(PremisesProjectRegistry.BY_TITLE).toList();
        store().save(draw(PremisesGenerators.projects(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 2));
        assertThat(page.total()).isEqualTo(4);
        assertThat(store().count(office)).isEqualTo(4);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 3));
    }
}
