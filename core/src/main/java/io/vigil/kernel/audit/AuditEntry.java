package io.vigil.kernel.audit;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.access.DataClass;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of the audit trail: who did what to which record, when, and on what basis.
 *
 * @param granted  whether the policy allowed it
 * @param basis    the policy's reason (grant basis or denial reason)
 * @param persons  whose personal data was involved
 */
public record AuditEntry(UUID id, Instant at, OfficeId office, String actor, AuditAction action,
                         String resourceType, String resourceId, DataClass dataClass, boolean granted,
                         String basis, List<PersonId> persons) {
    public AuditEntry {
        Require.nonNull(id, "id");
        Require.nonNull(at, "at");
        Require.nonNull(office, "office");
        actor = Require.text(actor, "actor");
        Require.nonNull(action, "action");
        resourceType = Require.text(resourceType, "resourceType");
        Require.nonNull(resourceId, "resourceId");
        Require.nonNull(dataClass, "dataClass");
        basis = Require.text(basis, "basis");
        persons = List.copyOf(Require.nonNull(persons, "persons"));
    }
}
