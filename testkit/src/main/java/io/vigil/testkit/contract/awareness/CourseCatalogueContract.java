package io.vigil.testkit.contract.awareness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.CourseId;
import io.vigil.awareness.domain.ValidityChange;
import io.vigil.awareness.port.out.CourseCatalogue;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.AwarenessGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link CourseCatalogue}; extend it with your adapter. */
public abstract class CourseCatalogueContract extends VersionedStoreContract<CourseId, Course, CourseCatalogue> {

    @Override
    protected Gen<Course> newAggregates(OfficeId office) {
        return AwarenessGenerators.courses(office);
    }

    /** The course retitled, with its validity changed and the change in its history. */
    @Override
    protected Course changed(Course c) {
        Optional<Integer> to = c.validityMonths().map(m -> m + 1).or(() -> Optional.of(36));
        List<ValidityChange> history = new ArrayList<>(c.history());
        history.add(AwarenessGenerators.changeOf(c, to));
        return new Course(c.id(), c.office(), c.version(), c.code(), c.title() + " (revised)", c.requirement(), to,
                c.areas(), history);
    }

    @Test
    void the_list_is_the_offices_own_by_code_and_paged() {
        List<Course> saved = draw(lists().of(AwarenessGenerators.courses(office)).ofSize(4)).stream()
                .map(store()::save).sorted(CourseCatalogue.BY_CODE).toList();
        store().save(draw(AwarenessGenerators.courses(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 2));
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 3));
    }
}
