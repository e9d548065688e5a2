package io.vigil.testkit.contract.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.Theories;
import io.vigil.testkit.memory.audit.InMemoryAuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
