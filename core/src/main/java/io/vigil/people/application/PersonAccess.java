package io.vigil.people.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.Versioned;
import io.vigil.kernel.store.VersionedStore;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.Tenancy;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.ResidenceRegistry;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Builds access targets for persons (sponsor, warden zone of the current residence) and applies the guard. */
final class PersonAccess {
    private final AccessGuard guard;
    private final PersonDirectory persons;
    private final ResidenceRegistry residences;
    private final Clock clock;

    @Inject
    PersonAccess(AccessGuard guard, PersonDirectory persons, ResidenceRegistry residences, Clock clock) {
        this.guard = guard;
        this.persons = persons;
        this.residences = residences;
        this.clock = clock;
    }

    AccessTarget target(Person p) {
        return AccessTarget.person(p.office(), p.id(), p.sponsor(), currentZone(p.id()));
    }

    AccessTarget target(OfficeId office, PersonId id) {
        Optional<Person> p = persons.findById(id).filter(x -> x.office().equals(office));
        return p.map(this::target).orElseGet(() -> AccessTarget.person(office, id, Optional.empty(), currentZone(id)));
    }

    AccessDecision check(Actor actor, Operation op, DataClass data, AccessTarget target) {
        return guard.check(actor, op, data, target);
    }

    /** Requires access to the data of one person; audits; throws when denied. */
    String require(Actor actor, Operation op, DataClass data, AccessTarget target, AuditAction action,
                   String type, String id) {
        return guard.require(actor, op, data, target, action, type, id);
    }

    /**
     * Requires office-wide access (lists, the locator, headcounts) and returns its basis; a denial
     * is audited and thrown. The caller audits a granted sensitive read with the persons it exposed.
     */
    String requireOffice(Actor actor, Operation op, DataClass data, AuditAction action, String type) {
        return guard.requireQuietly(actor, op, data, AccessTarget.office(actor.office()), action, type,
                actor.office().value());
    }

    /** {@link #requireOffice(Actor, Operation, DataClass, AuditAction, String)} for another office (the SOC's reads). */
    String requireOffice(Actor actor, OfficeId office, Operation op, DataClass data, AuditAction action, String type) {
        return guard.requireQuietly(actor, op, data, AccessTarget.office(office), action, type, office.value());
    }

    /**
     * One person's records in the actor's office (their stays, residences, missions): reading them
     * needs access to that class of the person's data, and is audited as a list about the person.
     */
    <A extends Versioned<?, A>> List<A> ofPerson(Actor actor, DataClass data, String type, PersonId person,
                                                 Function<PersonId, List<A>> stored) {
        guard.require(actor, Operation.READ, data, target(actor.office(), person), AuditAction.LIST, type,
                person.toString());
        return stored.apply(person).stream().filter(a -> a.office().equals(actor.office())).toList();
    }

    /**
     * Access-checked records of the personnel context over the context's guard; the caller names
     * the persons each record is about ({@link GuardedRecords#about}, {@link GuardedRecords#aboutPersons}).
     */
    <I, A extends Versioned<I, A>> GuardedRecords<I, A> records(String type, DataClass data,
                                                              VersionedStore<I, A> store,
                                                              BiFunction<OfficeId, PageRequest, Page<A>> lister) {
        return new GuardedRecords<>(type, data, store, lister, guard);
    }

    void audit(Actor actor, AuditAction action, String type, String id, DataClass data, String basis,
               List<PersonId> involved) {
        guard.record(actor, action, type, id, data, new AccessDecision.Granted(basis), involved);
    }

    /** The zone of the person's current residence (the latest moved into and not yet left), if any. */
    Optional<WardenZoneId> currentZone(PersonId id) {
        return Tenancy.currentZone(residences.ofPerson(id).stream().map(Residence::tenancy).toList(),
                clock.instant());
    }

    /** {@link #currentZone} for many persons at once ({@link ResidenceRegistry#currentZones}); persons living in no zone are absent. */
    Map<PersonId, WardenZoneId> currentZones(Collection<PersonId> ids) {
        return residences.currentZones(ids, clock.instant());
    }
}
