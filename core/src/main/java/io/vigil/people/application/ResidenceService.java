package io.vigil.people.application;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.event.DomainEventPublisher;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.PersonnelEvent;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.in.ManageResidencesUseCase;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.people.port.out.WardenZoneRegistry;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Records and reads residences; residence data is sensitive, so every read is audited. */
final class ResidenceService implements ManageResidencesUseCase {
    static final String TYPE = "residence";

    private final ResidenceRegistry residences;
    private final WardenZoneRegistry zones;
    private final PersonAccess access;
    private final References refs;
    private final CommandValidator validator;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Inject
    ResidenceService(ResidenceRegistry residences, WardenZoneRegistry zones, PersonAccess access, References refs,
                     CommandValidator validator, DomainEventPublisher events, Clock clock) {
        this.residences = residences;
        this.zones = zones;
        this.access = access;
        this.refs = refs;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Residence create(Actor actor, ResidenceDetails details) {
        return store(actor, ResidenceId.random(), 0, details, AuditAction.CREATE);
    }

    @Override
    public Residence update(Actor actor, ResidenceId id, long expectedVersion, ResidenceDetails details) {
        Residence current = load(actor, id);
        access.requireFor(actor, Operation.WRITE, PeopleData.RESIDENCE, current.office(), current.residents(),
                AuditAction.UPDATE, TYPE, id.toString());
        return store(actor, id, expectedVersion, details, AuditAction.UPDATE);
    }

    @Override
    public void remove(Actor actor, ResidenceId id, long expectedVersion) {
        Residence current = load(actor, id);
        access.requireFor(actor, Operation.WRITE, PeopleData.RESIDENCE, current.office(), current.residents(),
                AuditAction.DELETE, TYPE, id.toString());
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(TYPE, id, expectedVersion, current.version());
        }
        residences.delete(id, expectedVersion);
        events.publish(new PersonnelEvent.ResidenceChanged(current.office(), clock.instant(), id));
    }

    @Override
    public Residence get(Actor actor, ResidenceId id) {
        Residence r = load(actor, id);
        access.requireFor(actor, Operation.READ, PeopleData.RESIDENCE, r.office(), r.residents(), AuditAction.READ,
                TYPE, id.toString());
        return r;
    }

    @Override
    public List<Residence> ofPerson(Actor actor, PersonId person) {
        access.require(actor, Operation.READ, PeopleData.RESIDENCE, access.target(actor.office(), person),
                AuditAction.LIST, TYPE, person.toString());
        return residences.ofPerson(person).stream().filter(r -> r.office().equals(actor.office())).toList();
    }

    @Override
    public Page<Residence> list(Actor actor, PageRequest page) {
        String basis = access.requireOffice(actor, Operation.READ, PeopleData.RESIDENCE, AuditAction.LIST, TYPE);
        Page<Residence> result = residences.list(actor.office(), page);
        access.audit(actor, AuditAction.LIST, TYPE, actor.office().value(), PeopleData.RESIDENCE, basis,
                result.items().stream().flatMap(r -> r.residents().stream()).toList());
        return result;
    }

    private Residence store(Actor actor, ResidenceId id, long version, ResidenceDetails d, AuditAction action) {
        validator.validate(d);
        refs.person(actor.office(), d.occupant(), "occupant");
        refs.allExist(actor.office(), d.household(), "household");
        Optional<WardenZoneId> zone = zoneOf(actor, d);
        Residence candidate = CommandValidator.build("body", () -> new Residence(id, actor.office(), version,
                d.occupant(), d.household(), d.address(), d.location(), zone,
                d.movedIn(), Optional.ofNullable(d.movedOut())));
        access.requireFor(actor, Operation.WRITE, PeopleData.RESIDENCE, actor.office(), candidate.residents(), action,
                TYPE, id.toString());
        Residence saved = residences.save(candidate);
        events.publish(new PersonnelEvent.ResidenceChanged(saved.office(), clock.instant(), saved.id()));
        return saved;
    }

    /**
     * The zone the residence lies in when the office has drawn zones (a different zone given by the
     * caller is refused); the caller's zone, if any, when it has none.
     */
    private Optional<WardenZoneId> zoneOf(Actor actor, ResidenceDetails d) {
        List<WardenZone> drawn = zones.list(actor.office());
        if (drawn.isEmpty()) {
            return Optional.ofNullable(d.wardenZone());
        }
        Optional<WardenZoneId> lies = WardenZone.assigner(drawn).apply(d.location());
        if (d.wardenZone() != null && !lies.equals(Optional.of(d.wardenZone()))) {
            throw InvalidCommandException.of("wardenZone", "is assigned from the office's warden zones, and the"
                    + " location lies in " + lies.map(z -> "zone " + z).orElse("no zone") + "; leave it out");
        }
        return lies;
    }

    private Residence load(Actor actor, ResidenceId id) {
        return residences.findById(id).filter(r -> access.visible(actor, r.office(), PeopleData.RESIDENCE))
                .orElseThrow(() -> new NotFoundException(TYPE, id));
    }
}
