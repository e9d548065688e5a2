package io.vigil.testkit.contract.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.arbitraries.VigilArbitraries;
import io.vigil.testkit.memory.audit.InMemoryAuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The contract of {@link AuditLog}: extend it to prove an adapter. */
public abstract class AuditLogContract {

    /** The log under test; may be shared between tests. */
    protected abstract AuditLog log();

    @Property(tries = 15)
    void finds_entries_newest_first_by_office_actor_and_person(@ForAll @IntRange(min = 1, max = 20) int count,
                                                               @ForAll @IntRange(min = 1, max = 6) int pageSize) {
        OfficeId office = VigilArbitraries.freshOffice();
        List<AuditEntry> entries = VigilArbitraries.auditEntries(office).list().ofSize(count).sample();
        entries.forEach(log()::record);
        log().record(VigilArbitraries.auditEntries(VigilArbitraries.freshOffice()).sample());

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
