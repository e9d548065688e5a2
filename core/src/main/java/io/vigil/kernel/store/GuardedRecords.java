package io.vigil.kernel.store;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.CommandValidator;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The access-checked create, read, update, delete and list of one kind of office record, written
 * once for the contexts' services: every call passes the access policy for the record's data
 * class first, and writes are audited.
 */
public final class GuardedRecords<I, A extends Versioned<I, A>> {
    private final String type;
    private final DataClass data;
    private final VersionedStore<I, A> store;
    private final BiFunction<OfficeId, PageRequest, Page<A>> lister;
    private final AccessGuard guard;

    /**
     * @param type   the resource type named in the audit trail and in not-found errors
     * @param lister how the store lists an office's records; null for records never listed whole
     */
    public GuardedRecords(String type, DataClass data, VersionedStore<I, A> store,
                          BiFunction<OfficeId, PageRequest, Page<A>> lister, AccessGuard guard) {
        this.type = type;
        this.data = data;
        this.store = store;
        this.lister = lister;
        this.guard = guard;
    }

    /** Stores a new record built for the actor's office. */
    public A create(Actor actor, A built) {
        requireOffice(actor, Operation.WRITE, AuditAction.CREATE, built.id().toString());
        return store.save(built);
    }

    /** Stores a changed record; {@code built} carries the expected version. */
    public A update(Actor actor, I id, A built) {
        load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        return store.save(built);
    }

    /** Removes a record at the expected version; returns it as it was. */
    public A remove(Actor actor, I id, long expectedVersion) {
        A removed = load(actor, id, Operation.WRITE, AuditAction.DELETE);
        store.delete(id, expectedVersion);
        return removed;
    }

    public A get(Actor actor, I id) {
        return load(actor, id, Operation.READ, AuditAction.READ);
    }

    public Page<A> list(Actor actor, PageRequest page) {
        if (lister == null) {
            throw new IllegalStateException(type + " records are not listed as a whole");
        }
        requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
        return lister.apply(actor.office(), page);
    }

    /**
     * Changes a stored record in place: loads it and requires the operation on its office (audited
     * as an update), refuses a stale {@code expectedVersion}, applies {@code change} (a domain
     * refusal of the input becomes a field violation) and stores the result.
     */
    public A change(Actor actor, I id, long expectedVersion, Operation op, UnaryOperator<A> change) {
        A current = load(actor, id, op, AuditAction.UPDATE);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(type, id, expectedVersion, current.version());
        }
        return store.save(CommandValidator.build("body", () -> change.apply(current)));
    }

    /**
     * Changes a stored record at whatever version is current, for changes many people make at once
     * (acknowledgements, calls logged during a drill): loads it and requires the operation (audited
     * as an update), applies {@code change}, and stores the result; when someone else stored a newer
     * version meanwhile, it starts again, at most {@code attempts} times. A change that returns its
     * input unchanged stores nothing.
     */
    public A changeLatest(Actor actor, I id, Operation op, int attempts, UnaryOperator<A> change) {
        for (int attempt = 1; ; attempt++) {
            A current = load(actor, id, op, AuditAction.UPDATE);
            A next = CommandValidator.build("body", () -> change.apply(current));
            if (next == current) {
                return current;
            }
            try {
                return store.save(next);
            } catch (VersionConflictException e) {
                if (attempt >= attempts) {
                    throw e;
                }
            }
        }
    }

    /** Requires the operation on the actor's office as a whole. */
    public void requireOffice(Actor actor, Operation op, AuditAction action, String resource) {
        guard.require(actor, op, data, AccessTarget.office(actor.office()), action, type, resource);
    }

    /** Loads a record and requires the operation on its office. */
    public A load(Actor actor, I id, Operation op, AuditAction action) {
        A a = store.findById(id).orElseThrow(() -> new NotFoundException(type, id));
        guard.require(actor, op, data, AccessTarget.office(a.office()), action, type, id.toString());
        return a;
    }
}
