package io.vigil.liaison.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.domain.LiaisonData;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Access to the contact and information logs: {@link LiaisonData#LIAISON_LOG} for the office, and
 * the contact an entry is about as need-to-know as the contact itself (an entry about a confidential
 * contact the actor may not read is not found, or left out of a list).
 */
final class LogAccess {
    private final ContactAccess contacts;
    private final AccessGuard guard;

    LogAccess(ContactAccess contacts, AccessGuard guard) {
        this.contacts = contacts;
        this.guard = guard;
    }

    /** The contact a new entry is about, once the actor may write the log and read the contact. */
    LiaisonContact forEntry(Actor actor, LiaisonContactId id, Instant at, Instant now, String type) {
        guard.require(actor, Operation.WRITE, LiaisonData.LIAISON_LOG, AccessTarget.office(actor.office()),
                AuditAction.CREATE, type, id.toString());
        if (at.isAfter(now)) {
            throw InvalidCommandException.of("at", "must not be in the future (now is " + now + ")");
        }
        LiaisonContact c;
        try {
            c = contacts.find(id);
        } catch (NotFoundException e) {
            throw InvalidCommandException.of("contact", "must be a contact of office " + actor.office() + "; " + id
                    + " is none");
        }
        if (!c.office().equals(actor.office())) {
            throw InvalidCommandException.of("contact", "must be a contact of office " + actor.office() + "; " + id
                    + " is none");
        }
        contacts.require(actor, Operation.READ, c, AuditAction.READ);
        return c;
    }

    /** Requires reading one entry about {@code contact}: the log, and the contact (audited with its name). */
    private void requireEntry(Actor actor, LiaisonContactId contact, String type, String id, OfficeId office) {
        guard.require(actor, Operation.READ, LiaisonData.LIAISON_LOG, AccessTarget.office(office), AuditAction.READ,
                type, id);
        LiaisonContact c = contacts.find(contact);
        contacts.require(actor, Operation.READ, c, AuditAction.READ);
    }

    /** Requires listing the office's log (audited), and gives the office's contacts the actor may read, by id. */
    Map<LiaisonContactId, LiaisonContact> forList(Actor actor, String type) {
        guard.require(actor, Operation.READ, LiaisonData.LIAISON_LOG, AccessTarget.office(actor.office()),
                AuditAction.LIST, type, actor.office().value());
        Map<LiaisonContactId, LiaisonContact> all = contacts.byId(actor.office());
        all.values().removeIf(c -> !contacts.readable(actor, c));
        return all;
    }

    /** One entry of a log, once the actor may read the log and the contact it is about (audited). */
    <E> E entry(Actor actor, Optional<E> found, String type, Object id, Function<E, LiaisonContactId> contact,
                Function<E, OfficeId> office) {
        E e = found.orElseThrow(() -> new NotFoundException(type, id));
        requireEntry(actor, contact.apply(e), type, id.toString(), office.apply(e));
        return e;
    }

    /** A page of the office's log ({@code all}, read once the list is allowed), without the entries about contacts the actor may not read. */
    <E> Page<E> page(Actor actor, String type, Supplier<List<E>> all, Function<E, LiaisonContactId> contact,
                     PageRequest page) {
        Map<LiaisonContactId, LiaisonContact> readable = forList(actor, type);
        Page<E> shown = Page.of(all.get().stream().filter(e -> readable.containsKey(contact.apply(e))).toList(), page);
        exposed(actor, shown.items(), contact, readable);
        return shown;
    }

    /** The entries about one contact ({@code fetch}, read once the actor may read the contact). */
    <E> List<E> ofContact(Actor actor, String type, LiaisonContactId id, Function<E, LiaisonContactId> contact,
                          BiFunction<OfficeId, LiaisonContactId, List<E>> fetch) {
        Map<LiaisonContactId, LiaisonContact> readable = forList(actor, type);
        if (!readable.containsKey(id)) {
            throw new NotFoundException(ContactAccess.TYPE, id);
        }
        List<E> shown = fetch.apply(actor.office(), id);
        exposed(actor, shown, contact, readable);
        return shown;
    }

    /** Audits the confidential contacts a list named. */
    <E> void exposed(Actor actor, Collection<E> shown, Function<E, LiaisonContactId> contact,
                     Map<LiaisonContactId, LiaisonContact> readable) {
        contacts.auditExposed(actor, AuditAction.LIST, shown.stream().map(contact).distinct().map(readable::get)
                .filter(c -> c != null).toList());
    }
}
