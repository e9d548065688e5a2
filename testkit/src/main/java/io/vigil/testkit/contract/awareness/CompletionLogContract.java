package io.vigil.testkit.contract.awareness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.CompletionId;
import io.vigil.awareness.domain.CourseId;
import io.vigil.awareness.port.out.CompletionLog;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.AwarenessGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The contract of {@link CompletionLog}; extend it with your adapter. */
public abstract class CompletionLogContract extends VersionedStoreContract<CompletionId, Completion, CompletionLog> {

    @Override
    protected Gen<Completion> newAggregates(OfficeId office) {
        return AwarenessGenerators.completions(office);
    }

    /** The completion a day earlier, with a certificate reference. */
    @Override
    protected Completion changed(Completion c) {
        return new Completion(c.id(), c.office(), c.version(), c.person(), c.course(), c.completedAt().minusSeconds(86400),
                c.validityMonths(), Completion.expiry(c.completedAt().minusSeconds(86400), c.validityMonths()),
                Optional.of("CERT-" + c.version()), c.recordedBy(), c.recordedAt());
    }

    @Test
    void the_list_is_the_offices_own_latest_first_and_paged() {
        List<Completion> saved = draw(lists().of(AwarenessGenerators.completions(office)).ofSize(5)).stream()
                .map(store()::save).sorted(CompletionLog.LATEST_FIRST).toList();
        store().save(draw(AwarenessGenerators.completions(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }

    @Test
    void a_persons_and_a_courses_completions_are_the_offices_own_latest_first() {
        PersonId anna = PersonId.random();
        PersonId ben = PersonId.random();
        CourseId bsafe = CourseId.random();
        CourseId ssafe = CourseId.random();
        List<Completion> saved = draw(lists().of(AwarenessGenerators.completions(office,
                Generate.pick(List.of(anna, ben)), Generate.pick(List.of(bsafe, ssafe)))).ofSize(8)).stream()
                .map(store()::save).toList();
        store().save(draw(AwarenessGenerators.completions(KernelGenerators.freshOffice(), Generate.constant(anna),
                Generate.constant(bsafe))));
        assertThat(store().ofPerson(office, anna)).containsExactlyElementsOf(saved.stream()
                .filter(c -> c.person().equals(anna)).sorted(CompletionLog.LATEST_FIRST).toList());
        assertThat(store().ofCourse(office, ssafe)).containsExactlyElementsOf(saved.stream()
                .filter(c -> c.course().equals(ssafe)).sorted(CompletionLog.LATEST_FIRST).toList());
        assertThat(store().ofPerson(office, PersonId.random())).isEmpty();
    }
}
