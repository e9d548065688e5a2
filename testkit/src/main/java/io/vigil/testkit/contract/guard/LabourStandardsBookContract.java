package io.vigil.testkit.contract.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.guard.domain.LabourStandards;
import io.vigil.guard.domain.StandardsId;
import io.vigil.guard.port.out.LabourStandardsBook;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.GuardGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link LabourStandardsBook}; extend it with your adapter. */
public abstract class LabourStandardsBookContract extends VersionedStoreContract<StandardsId, LabourStandards, LabourStandardsBook> {

    @Override
    protected Gen<LabourStandards> newAggregates(OfficeId office) {
        return GuardGenerators.standards(office);
    }

    @Override
    protected LabourStandards changed(LabourStandards c) {
        return new LabourStandards(c.id(), c.office(), c.version(), c.country(), c.name() + " (amended)", c.maxDayShiftHours(),
                c.maxNightShiftHours(), c.maxMixedShiftHours(), c.maxDailyOvertimeHours(), c.maxOvertimeDaysPerWeek(),
                c.maxWeeklyHours(), c.minWeeklyRestHours(), c.nightStarts(), c.nightEnds(), c.mixedNightLimit(), c.wages(),
                List.of());
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        List<LabourStandards> saved = draw(lists().of(GuardGenerators.standards(office)).ofSize(4)).stream()
                .map(store()::save).sorted(LabourStandardsBook.BY_COUNTRY).toList();
        store().save(draw(GuardGenerators.standards(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 2));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 3));
    }

    @Test
    void the_standards_of_a_country_are_found_in_the_office_only() {
        LabourStandards saved = store().save(sample());
        assertThat(store().ofCountry(office, saved.country())).contains(saved);
        assertThat(store().ofCountry(KernelGenerators.freshOffice(), saved.country())).isEmpty();
    }
}
