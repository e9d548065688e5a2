package io.vigil.testkit.contract.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.OfficeProfile;
import io.vigil.people.port.out.OfficeDirectory;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.PeopleGenerators;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link OfficeDirectory}; extend it with your adapter. A profile's id is its office,
 * so every new profile belongs to a fresh office.
 */
public abstract class OfficeDirectoryContract extends VersionedStoreContract<OfficeId, OfficeProfile, OfficeDirectory> {

    @Override
    protected Gen<OfficeProfile> newAggregates(OfficeId office) {
        return PeopleGenerators.offices();
    }

    /** The profile moved to another zone (Bangui, or Kiritimati from Bangui). */
    @Override
    protected OfficeProfile changed(OfficeProfile o) {
        ZoneId other = o.timeZone().getId().equals("Africa/Bangui") ? ZoneId.of("Pacific/Kiritimati")
                : ZoneId.of("Africa/Bangui");
        return new OfficeProfile(o.id(), o.version(), o.name(), other, o.country());
    }

    @Test
    void a_stored_profile_keeps_its_zone_and_country() {
        OfficeProfile saved = store().save(new OfficeProfile(draw(PeopleGenerators.offices()).id(), 0,
                "IOM Bangui", ZoneId.of("Africa/Bangui"), "CF"));
        OfficeProfile found = store().findById(saved.id()).orElseThrow();
        assertThat(found.timeZone()).isEqualTo(ZoneId.of("Africa/Bangui"));
        assertThat(found.country()).isEqualTo("CF");
        assertThat(found.name()).isEqualTo("IOM Bangui");
    }

    @Test
    void the_list_holds_every_office_by_id_a_page_at_a_time() {
        List<OfficeProfile> saved = draw(lists().of(PeopleGenerators.offices()).ofSize(5)).stream()
                .map(store()::save).toList();
        Set<OfficeId> ids = saved.stream().map(OfficeProfile::id).collect(Collectors.toSet());
        List<OfficeProfile> all = Page.all(store()::list);
        assertThat(all).isSortedAccordingTo(OfficeDirectory.BY_ID);
        assertThat(all.stream().filter(o -> ids.contains(o.id())).toList())
                .containsExactlyElementsOf(saved.stream().sorted(OfficeDirectory.BY_ID).toList());
        Page<OfficeProfile> first = store().list(new PageRequest(0, 2));
        assertThat(first.items()).hasSize(2).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(first.total()).isEqualTo(all.size());
    }
}
