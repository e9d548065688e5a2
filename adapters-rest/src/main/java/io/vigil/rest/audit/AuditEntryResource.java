package io.vigil.rest.audit;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.audit.AuditEntry;
import java.time.Instant;
import java.util.List;

/** One audit trail entry as the API shows it. */
public record AuditEntryResource(String id, Instant at, String actor, AuditAction action, String resourceType,
                                 String resourceId, DataClass dataClass, boolean granted, String basis,
                                 List<String> persons) {

    public static AuditEntryResource from(AuditEntry e) {
        return new AuditEntryResource(e.id().toString(), e.at(), e.actor(), e.action(), e.resourceType(),
                e.resourceId(), e.dataClass(), e.granted(), e.basis(),
                e.persons().stream().map(PersonId::toString).toList());
    }
}
