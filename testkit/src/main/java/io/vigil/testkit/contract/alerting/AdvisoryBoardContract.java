package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.alerting.port.out.AdvisoryBoard;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.AlertingGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link AdvisoryBoard}; extend it with your adapter. */
public abstract class AdvisoryBoardContract extends VersionedStoreContract<AdvisoryId, Advisory, AdvisoryBoard> {

    @Override
    protected Gen<Advisory> newAggregates(OfficeId office) {
        return AlertingGenerators.advisories(office);
    }

    @Override
    protected Advisory changed(Advisory a) {
        return a.acknowledge(new PersonId(new UUID(7, a.acknowledgements().size())), a.validFrom());
    }

    @Test
    void active_are_the_offices_own_in_force_at_the_instant_latest_first() {
        List<Advisory> saved = draw(lists().of(AlertingGenerators.advisories(office)).ofSize(6)).stream()
                .map(store()::save).toList();
        store().save(draw(AlertingGenerators.advisories(KernelGenerators.freshOffice())));
        Instant at = saved.get(0).validFrom();
        List<Advisory> expected = saved.stream().filter(a -> a.activeAt(at)).sorted(AdvisoryBoard.LATEST_FIRST)
                .toList();
        assertThat(store().active(office, at)).containsExactlyElementsOf(expected).contains(saved.get(0));
        assertThat(store().active(office, saved.get(0).validTo())).doesNotContain(saved.get(0));
        var all = store().list(office, new PageRequest(0, 10));
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.items()).containsExactlyElementsOf(saved.stream().sorted(AdvisoryBoard.LATEST_FIRST).toList());
    }
}
