package io.vigil.testkit.contract.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.wiring.AccessRegistry;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.Theories;
import io.vigil.testkit.memory.audit.InMemoryAuditLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The contract of {@link AuditLog}: extend it to prove an adapter. */
public abstract class AuditLogContract {

    /** The log under test; may be shared between tests. */
    protected abstract AuditLog log();

    @Test
    void finds_entries_newest_first_by_office_actor_and_person() {
        Theories.qt(15).forAll(KernelGenerators.inFreshOffices(o -> lists().of(KernelGenerators.auditEntries(o))
                        .ofSizeBetween(1, 20)), KernelGenerators.inFreshOffices(KernelGenerators::auditEntries),
                Generate.range(1, 6)).checkAssert(this::findsEveryEntryPageByPage);
    }

    /**
     * An entry naming more persons than an adapter may write in one batch (a roll-call's locate names
     * every affected person), some of them twice, is found by each of them, on either side of any
     * batch boundary up to 1,000 rows, and once.
     */
    @Test
    void an_entry_naming_thousands_of_persons_is_found_by_each_of_them() {
        OfficeId office = KernelGenerators.freshOffice();
        List<PersonId> named = IntStream.range(0, 1_201).mapToObj(n -> new PersonId(new UUID(0xA0D17L, n))).toList();
        List<PersonId> persons = new ArrayList<>(named);
        persons.addAll(named.subList(0, 50));
        AuditEntry many = new AuditEntry(UUID.randomUUID(), Instant.parse("2026-03-01T08:00:00Z"), office, "officer",
                AuditAction.LOCATE, "locator", office.value(), AccessRegistry.dataClasses().get(0), true,
                "security officer", persons);
        AuditEntry other = new AuditEntry(UUID.randomUUID(), Instant.parse("2026-03-01T07:00:00Z"), office,
                "officer", AuditAction.READ, "person", "x", AccessRegistry.dataClasses().get(0), true,
                "security officer", List.of(new PersonId(new UUID(0xA0D18L, 0))));
        log().record(many);
        log().record(other);

        for (int n : new int[] {0, 49, 50, 99, 100, 199, 200, 249, 250, 499, 500, 999, 1_000, 1_200}) {
            var page = log().find(new AuditQuery(office, Optional.empty(), Optional.of(named.get(n))),
                    new PageRequest(0, 10));
            assertThat(page.items()).as("entries naming person %d", n).containsExactly(many);
            assertThat(page.total()).isEqualTo(1);
        }
        assertThat(log().find(AuditQuery.office(office), new PageRequest(0, 10)).items())
                .containsExactly(many, other);
    }

    /**
     * Entries naming a few persons (an answer, a read of a person: the most frequent entries), one
     * of them twice, each as many as or one more than an adapter may write in one statement, are
     * found by each of their persons, once.
     */
    @Test
    void entries_naming_a_few_persons_are_found_by_each_of_them_once() {
        OfficeId office = KernelGenerators.freshOffice();
        List<AuditEntry> entries = new ArrayList<>();
        for (int size : new int[] {1, 2, 49, 50, 51}) {
            List<PersonId> named = IntStream.range(0, size).mapToObj(n -> new PersonId(new UUID(0xA0D19L + size, n)))
                    .toList();
            List<PersonId> persons = new ArrayList<>(named);
            persons.add(named.get(0));
            AuditEntry entry = new AuditEntry(UUID.randomUUID(), Instant.parse("2026-03-01T08:00:00Z")
                    .plusSeconds(size), office, "integration", AuditAction.UPDATE, "communication-test", "t" + size,
                    AccessRegistry.dataClasses().get(0), true, "integration", persons);
            log().record(entry);
            entries.add(0, entry);
            for (PersonId p : named) {
                var page = log().find(new AuditQuery(office, Optional.empty(), Optional.of(p)), new PageRequest(0, 10));
                assertThat(page.items()).as("entries naming person %s of %d", p, size).containsExactly(entry);
                assertThat(page.total()).isEqualTo(1);
            }
        }
        assertThat(log().find(AuditQuery.office(office), new PageRequest(0, 10)).items())
                .containsExactlyElementsOf(entries);
    }

    private void findsEveryEntryPageByPage(List<AuditEntry> entries, AuditEntry stranger, int pageSize) {
        OfficeId office = entries.get(0).office();
        entries.forEach(log()::record);
        log().record(stranger);

        for (AuditQuery q : queries(office, entries)) {
            List<AuditEntry> expected = entries.stream().filter(q::matches).sorted(InMemoryAuditLog.NEWEST_FIRST)
                    .toList();
            List<AuditEntry> collected = new ArrayList<>();
            for (int offset = 0; offset < expected.size() + pageSize; offset += pageSize) {
                var page = log().find(q, new PageRequest(offset, pageSize));
                assertThat(page.total()).isEqualTo(expected.size());
                collected.addAll(page.items());
            }
            assertThat(collected).as("query %s", q).isEqualTo(expected);
        }
    }

    private static List<AuditQuery> queries(OfficeId office, List<AuditEntry> entries) {
        AuditEntry first = entries.get(0);
        List<AuditQuery> queries = new ArrayList<>();
        queries.add(AuditQuery.office(office));
        queries.add(new AuditQuery(office, Optional.of(first.actor()), Optional.empty()));
        first.persons().stream().findFirst()
                .ifPresent(p -> queries.add(new AuditQuery(office, Optional.empty(), Optional.of(p))));
        return queries;
    }
}
