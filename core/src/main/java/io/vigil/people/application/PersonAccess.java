package io.vigil.people.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.Residence;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.people.port.out.ResidenceRegistry;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
     * Requires access to data about several persons at once (a residence, a mission): a read needs
     * access for any of them, a write for every one of them. The deciding grant or denial is
     * audited with all of them.
     */
    String requireFor(Actor actor, Operation op, DataClass data, OfficeId office, Collection<PersonId> people,
                      AuditAction action, String type, String id) {
        AccessDecision deciding = null;
        for (PersonId p : people) {
            deciding = guard.check(actor, op, data, target(office, p));
            if (deciding.granted() == (op == Operation.READ)) {
                break;
            }
        }
        if (deciding == null) {
            deciding = guard.check(actor, op, data, AccessTarget.office(office));
        }
        guard.record(actor, action, type, id, data, deciding, List.copyOf(people));
        if (deciding instanceof AccessDecision.Denied denied) {
            throw new AccessDeniedException(denied.reason());
        }
        return deciding.reason();
    }

    /**
     * Requires office-wide access (lists, the locator, headcounts) and returns its basis; a denial
     * is audited and thrown. The caller audits a granted sensitive read with the persons it exposed.
     */
    String requireOffice(Actor actor, Operation op, DataClass data, AuditAction action, String type) {
        AccessDecision d = guard.check(actor, op, data, AccessTarget.office(actor.office()));
        if (d instanceof AccessDecision.Denied denied) {
            guard.record(actor, action, type, actor.office().value(), data, d, List.of());
            throw new AccessDeniedException(denied.reason());
        }
        return d.reason();
    }

    /** Whether records of {@code office} exist for the actor: their own office, or one they may read. */
    boolean visible(Actor actor, OfficeId office, DataClass data) {
        return actor.office().equals(office)
                || guard.check(actor, Operation.READ, data, AccessTarget.office(office)).granted();
    }

    void audit(Actor actor, AuditAction action, String type, String id, DataClass data, String basis,
               List<PersonId> involved) {
        guard.record(actor, action, type, id, data, new AccessDecision.Granted(basis), involved);
    }

    /** The zone of the person's current residence (the latest moved into and not yet left), if any. */
    Optional<WardenZoneId> currentZone(PersonId id) {
        return zoneNow(residences.ofPerson(id), clock.instant());
    }

    /** {@link #currentZone} for many persons at once; persons living in no zone are absent. */
    Map<PersonId, WardenZoneId> currentZones(Collection<PersonId> ids) {
        Instant now = clock.instant();
        Map<PersonId, WardenZoneId> zones = new LinkedHashMap<>();
        residences.ofPersons(ids).forEach((person, lived) -> zoneNow(lived, now).ifPresent(z -> zones.put(person, z)));
        return zones;
    }

    private static Optional<WardenZoneId> zoneNow(List<Residence> lived, Instant now) {
        return lived.stream()
                .filter(r -> r.movedOut().map(now::isBefore).orElse(true))
                .max(Comparator.comparing(Residence::movedIn))
                .flatMap(Residence::wardenZone);
    }
}
