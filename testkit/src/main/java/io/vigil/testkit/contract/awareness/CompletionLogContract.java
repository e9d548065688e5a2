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
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
                c.validityMonths(), Completion.expiry(c.completedAt().minusSeconds(86400), c.validityMonths(),
                        ZoneOffset.UTC),
                Optional.of("CERT-" + c.version()), c.recordedBy(), c.recordedAt());
    }

    /**
     * A completion at 2026-03-30T10:00Z, 2026-03-31 00:00 in Kiritimati (UTC+14), valid one month: on
     * the local calendar it lapses 2026-04-30 00:00 there (2026-04-29T10:00Z), under the rule in UTC of
     * the completions stored before at 2026-04-30T10:00Z. Both are stored and read back as written.
     */
    @Test
    void a_completion_stored_under_the_utc_rule_and_one_under_the_local_calendar_read_back_unchanged() {
        Instant completed = Instant.parse("2026-03-30T10:00:00Z");
        Instant recorded = Instant.parse("2026-03-31T08:00:00Z");
        Completion utc = new Completion(CompletionId.random(), office, 0, PersonId.random(), CourseId.random(),
                completed, Optional.of(1), Optional.of(Instant.parse("2026-04-30T10:00:00Z")), Optional.empty(),
                "associate", recorded);
        Completion local = Completion.of(CompletionId.random(), office, PersonId.random(), CourseId.random(),
                completed, Optional.of(1), ZoneId.of("Pacific/Kiritimati"), Optional.of("CERT-1"), "associate",
                recorded);
        assertThat(local.validUntil()).contains(Instant.parse("2026-04-29T10:00:00Z"));
        Completion savedUtc = store().save(utc);
        Completion savedLocal = store().save(local);
        assertThat(store().findById(utc.id())).contains(savedUtc);
        assertThat(store().findById(local.id())).contains(savedLocal);
        assertThat(store().findById(utc.id()).orElseThrow().validUntil())
                .contains(Instant.parse("2026-04-30T10:00:00Z"));
        assertThat(store().findById(local.id()).orElseThrow().validUntil())
                .contains(Instant.parse("2026-04-29T10:00:00Z"));
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
