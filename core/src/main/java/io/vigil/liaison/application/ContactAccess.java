package io.vigil.liaison.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.domain.LiaisonData;
import io.vigil.liaison.port.out.ContactDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Need-to-know on contacts, written once for the liaison services: an ordinary contact is decided
 * as {@link LiaisonData#LIAISON_CONTACTS}, a confidential one as {@link LiaisonData#CONFIDENTIAL_CONTACTS};
 * a confidential contact the actor may not read is not found (its denial audited), and every access
 * granted to one is audited with the contact's name.
 */
final class ContactAccess {
    static final String TYPE = "liaison-contact";
    static final String CONFIDENTIAL = "confidential-contact";

    private final ContactDirectory contacts;
    private final AccessGuard guard;

    ContactAccess(ContactDirectory contacts, AccessGuard guard) {
        this.contacts = contacts;
        this.guard = guard;
    }

    /** The stored contact, unchecked. */
    LiaisonContact find(LiaisonContactId id) {
        return contacts.findById(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    /** The contact, once the actor may perform {@code op} on it (audited). */
    LiaisonContact load(Actor actor, LiaisonContactId id, Operation op, AuditAction action) {
        LiaisonContact c = find(id);
        require(actor, op, c, action);
        return c;
    }

    /** Requires the operation on the contact; a confidential contact the actor may not read is not found. */
    void require(Actor actor, Operation op, LiaisonContact c, AuditAction action) {
        if (!c.confidential()) {
            guard.require(actor, op, LiaisonData.LIAISON_CONTACTS, AccessTarget.office(c.office()), action, TYPE,
                    c.id().toString());
            return;
        }
        AccessDecision d = guard.check(actor, op, LiaisonData.CONFIDENTIAL_CONTACTS, AccessTarget.office(c.office()));
        if (d instanceof AccessDecision.Denied denied) {
            guard.record(actor, action, CONFIDENTIAL, c.id().toString(), LiaisonData.CONFIDENTIAL_CONTACTS, d,
                    List.of());
            boolean reads = guard.check(actor, Operation.READ, LiaisonData.CONFIDENTIAL_CONTACTS,
                    AccessTarget.office(c.office())).granted();
            if (reads) {
                throw new AccessDeniedException(denied.reason());
            }
            throw new NotFoundException(TYPE, c.id());
        }
        audit(actor, action, c, d.reason());
    }

    /** Whether the actor may read the contact (unaudited: the caller audits what it shows). */
    boolean readable(Actor actor, LiaisonContact c) {
        return guard.check(actor, Operation.READ, c.sensitivity().data(), AccessTarget.office(c.office())).granted();
    }

    /** Audits that a confidential contact was shown, naming them. */
    void audit(Actor actor, AuditAction action, LiaisonContact c, String basis) {
        if (c.confidential()) {
            guard.record(actor, action, CONFIDENTIAL, c.id().toString(), LiaisonData.CONFIDENTIAL_CONTACTS,
                    new AccessDecision.Granted(basis + "; contact " + c.name()), List.of());
        }
    }

    /** Audits the confidential contacts among those an answer exposed, each by name. */
    void auditExposed(Actor actor, AuditAction action, Collection<LiaisonContact> shown) {
        shown.stream().filter(LiaisonContact::confidential).distinct().forEach(c -> audit(actor, action, c,
                guard.check(actor, Operation.READ, LiaisonData.CONFIDENTIAL_CONTACTS,
                        AccessTarget.office(c.office())).reason()));
    }

    /** The office's contacts by id. */
    Map<LiaisonContactId, LiaisonContact> byId(OfficeId office) {
        return contacts.all(office).stream().collect(Collectors.toMap(LiaisonContact::id, Function.identity()));
    }
}
