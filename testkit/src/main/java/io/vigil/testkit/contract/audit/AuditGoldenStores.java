package io.vigil.testkit.contract.audit;

import io.vigil.kernel.audit.AuditEntry;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditQuery;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.golden.GoldenStore;
import java.util.List;
import java.util.Optional;

/** The audit log for the released-bodies contract. */
public final class AuditGoldenStores {
    private AuditGoldenStores() {
    }

    public static List<GoldenStore<?>> of(AuditLog audit) {
        return List.of(new GoldenStore<>("audit", AuditEntry.class, audit::record,
                e -> audit.find(new AuditQuery(e.office(), Optional.of(e.actor()), Optional.empty()),
                        new PageRequest(0, 500)).items().stream().filter(e::equals).findFirst()));
    }
}
