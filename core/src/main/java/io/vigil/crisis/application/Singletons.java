package io.vigil.crisis.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.store.Versioned;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.kernel.validation.CommandValidator;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** An office's one record of a kind (its plan, team, schedule): read or changed at an expected version, access-checked. */
final class Singletons<A extends Versioned<OfficeId, A>> {
    private final String type;
    private final DataClass data;
    private final VersionedStore<OfficeId, A> store;
    private final Function<OfficeId, A> empty;
    private final AccessGuard guard;

    Singletons(String type, DataClass data, VersionedStore<OfficeId, A> store, Function<OfficeId, A> empty,
               AccessGuard guard) {
        this.type = type;
        this.data = data;
        this.store = store;
        this.empty = empty;
        this.guard = guard;
    }

    /** The office's record (version 0 when none is stored), read as the actor. */
    A get(Actor actor) {
        guard.require(actor, Operation.READ, data, AccessTarget.office(actor.office()), AuditAction.READ, type,
                actor.office().value());
        return load(actor.office());
    }

    /** The office's record, unchecked. */
    A load(OfficeId office) {
        return store.findById(office).orElseGet(() -> empty.apply(office));
    }

    /**
     * Changes the office's record at the expected version once the operation is granted: a domain
     * refusal of the input becomes a field violation; a stale version is refused before the change.
     */
    A change(Actor actor, Operation op, long expectedVersion, UnaryOperator<A> change) {
        guard.require(actor, op, data, AccessTarget.office(actor.office()), AuditAction.UPDATE, type,
                actor.office().value());
        A current = load(actor.office());
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(type, actor.office(), expectedVersion, current.version());
        }
        return store.save(CommandValidator.build("body", () -> change.apply(current)));
    }
}
