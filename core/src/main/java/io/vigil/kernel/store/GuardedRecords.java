package io.vigil.kernel.store;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.CommandValidator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * The access-checked create, read, update, delete and list of one kind of office record, written
 * once for the contexts' services: every call passes the access policy for the record's data
 * class first, and writes are audited.
 *
 * <p>A record is about its office unless {@link #about} or {@link #aboutPersons} names the persons
 * it describes. A record about persons is checked against them: it is hidden (not found) from
 * actors of another office who may not read that office's data, a replacement is checked before
 * and after the change (the persons may change with it), and a list is audited with the persons
 * it exposes.
 */
public final class GuardedRecords<I, A extends Versioned<I, A>> {
    private final String type;
    private final DataClass data;
    private final VersionedStore<I, A> store;
    private final BiFunction<OfficeId, PageRequest, Page<A>> lister;
    private final AccessGuard guard;
    private final Scope<A> scope;
    private final boolean personal;

    /**
     * @param type   the resource type named in the audit trail and in not-found errors
     * @param lister how the store lists an office's records; null for records never listed whole
     */
    public GuardedRecords(String type, DataClass data, VersionedStore<I, A> store,
                          BiFunction<OfficeId, PageRequest, Page<A>> lister, AccessGuard guard) {
        this(type, data, store, lister, guard, null);
    }

    private GuardedRecords(String type, DataClass data, VersionedStore<I, A> store,
                           BiFunction<OfficeId, PageRequest, Page<A>> lister, AccessGuard guard, Scope<A> scope) {
        this.type = type;
        this.data = data;
        this.store = store;
        this.lister = lister;
        this.guard = guard;
        this.personal = scope != null;
        this.scope = personal ? scope : officeScope();
    }

    /** Records about their office: the default. */
    private Scope<A> officeScope() {
        return new Scope<>() {
            @Override
            public String require(Actor actor, Operation op, DataClass of, A record, AuditAction action, String id) {
                return guard.require(actor, op, of, AccessTarget.office(record.office()), action, type, id);
            }

            @Override
            public List<PersonId> persons(A record) {
                return List.of();
            }
        };
    }

    /** These records, each about the one person its access target names (with their sponsor and zone). */
    public GuardedRecords<I, A> about(Function<? super A, AccessTarget> target) {
        return new GuardedRecords<>(type, data, store, lister, guard, new Scope<>() {
            @Override
            public String require(Actor actor, Operation op, DataClass of, A record, AuditAction action, String id) {
                return guard.require(actor, op, of, target.apply(record), action, type, id);
            }

            @Override
            public List<PersonId> persons(A record) {
                return target.apply(record).person().stream().toList();
            }
        });
    }

    /**
     * These records, each about several persons of its office (a residence's residents, a
     * mission's members): a read needs access for any of them, a write for every one of them.
     *
     * @param target the access target of one person of an office
     */
    public GuardedRecords<I, A> aboutPersons(Function<? super A, List<PersonId>> persons,
                                             BiFunction<OfficeId, PersonId, AccessTarget> target) {
        return new GuardedRecords<>(type, data, store, lister, guard, new Scope<>() {
            @Override
            public String require(Actor actor, Operation op, DataClass of, A record, AuditAction action, String id) {
                return guard.requireForAll(actor, op, of, record.office(), persons.apply(record), target, action,
                        type, id);
            }

            @Override
            public List<PersonId> persons(A record) {
                return persons.apply(record);
            }
        });
    }

    /** Stores a new record built for the actor's office. */
    public A create(Actor actor, A built) {
        requireCreate(actor, built);
        return store.save(built);
    }

    /**
     * Stores a new record built for the actor's office unless the office already keeps {@code max}
     * {@code what}: refused naming the limit. The limit is counted once the actor may write, so a
     * caller without the right is denied rather than told how full the office is.
     */
    public A create(Actor actor, A built, ToLongFunction<OfficeId> count, int max, String what) {
        requireCreate(actor, built);
        if (count.applyAsLong(actor.office()) >= max) {
            throw RefusedException.because("the office already keeps " + max + " " + what);
        }
        return store.save(built);
    }

    private void requireCreate(Actor actor, A built) {
        if (!personal) {
            requireOffice(actor, Operation.WRITE, AuditAction.CREATE, built.id().toString());
        } else {
            require(actor, Operation.WRITE, built, AuditAction.CREATE);
        }
    }

    /** Stores a changed record; {@code built} carries the expected version. */
    public A update(Actor actor, I id, A built) {
        return update(actor, id, current -> built);
    }

    /**
     * Stores a changed record built from the stored one (checked first); the result carries the
     * expected version. A record about persons is checked again as changed.
     */
    public A update(Actor actor, I id, Function<? super A, ? extends A> build) {
        A current = load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        A built = build.apply(current);
        if (personal) {
            require(actor, Operation.WRITE, built, AuditAction.UPDATE);
        }
        return store.save(built);
    }

    /** Removes a record at the expected version; returns it as it was. */
    public A remove(Actor actor, I id, long expectedVersion) {
        return remove(actor, id, expectedVersion, current -> { });
    }

    /**
     * Removes a record at the expected version once {@code precondition} accepts it (it throws to
     * refuse, a {@link io.vigil.kernel.RefusedException} for a rule between records); a stale version is refused
     * before the precondition is asked. Returns the record as it was.
     */
    public A remove(Actor actor, I id, long expectedVersion, Consumer<? super A> precondition) {
        A current = load(actor, id, Operation.WRITE, AuditAction.DELETE);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(type, id, expectedVersion, current.version());
        }
        precondition.accept(current);
        store.delete(id, expectedVersion);
        return current;
    }

    public A get(Actor actor, I id) {
        return load(actor, id, Operation.READ, AuditAction.READ);
    }

    /** A page of the actor's office's records; a list of records about persons is audited with them. */
    public Page<A> list(Actor actor, PageRequest page) {
        if (lister == null) {
            throw new IllegalStateException(type + " records are not listed as a whole");
        }
        if (!personal) {
            requireOffice(actor, Operation.READ, AuditAction.LIST, actor.office().value());
            return lister.apply(actor.office(), page);
        }
        String basis = guard.requireQuietly(actor, Operation.READ, data, AccessTarget.office(actor.office()),
                AuditAction.LIST, type, actor.office().value());
        Page<A> result = lister.apply(actor.office(), page);
        if (data.sensitive()) {
            guard.record(actor, AuditAction.LIST, type, actor.office().value(), data,
                    new AccessDecision.Granted(basis),
                    result.items().stream().flatMap(a -> scope.persons(a).stream()).distinct().toList());
        }
        return result;
    }

    /**
     * Changes a stored record in place: loads it and requires the operation on it (audited as an
     * update), refuses a stale {@code expectedVersion}, applies {@code change} (a domain refusal of
     * the input becomes a field violation) and stores the result.
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

    /** Requires the operation on a record (its office, or the persons it is about); returns the basis. */
    public String require(Actor actor, Operation op, A record, AuditAction action) {
        return require(actor, op, data, record, action);
    }

    /** Requires the operation on another class of a record's data, such as the contacts of a person. */
    public String require(Actor actor, Operation op, DataClass of, A record, AuditAction action) {
        return scope.require(actor, op, of, record, action, record.id().toString());
    }

    /** Loads a record and requires the operation on it. */
    public A load(Actor actor, I id, Operation op, AuditAction action) {
        A a = find(actor, id);
        require(actor, op, a, action);
        return a;
    }

    /**
     * A stored record, unchecked; a record about persons of an office whose data the actor may not
     * read is not found.
     */
    public A find(Actor actor, I id) {
        Optional<A> found = store.findById(id);
        if (personal) {
            found = found.filter(a -> actor.office().equals(a.office())
                    || guard.check(actor, Operation.READ, data, AccessTarget.office(a.office())).granted());
        }
        return found.orElseThrow(() -> new NotFoundException(type, id));
    }

    /** Whom a record's access is decided for: its office, or the persons it is about. */
    private interface Scope<A> {
        String require(Actor actor, Operation op, DataClass of, A record, AuditAction action, String id);

        List<PersonId> persons(A record);
    }
}
