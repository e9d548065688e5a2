package io.vigil.people.application;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.event.DomainEventPublisher;
import io.vigil.kernel.store.GuardedRecordsService;
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
final class ResidenceService extends GuardedRecordsService<ResidenceId, ResidenceDetails, Residence>
        implements ManageResidencesUseCase {
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
        super(access.records(TYPE, PeopleData.RESIDENCE, residences, residences::list)
                .aboutPersons(Residence::residents, access::target));
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
        return changed(records.create(actor, build(actor, ResidenceId.random(), 0, details)));
    }

    @Override
    public Residence update(Actor actor, ResidenceId id, long expectedVersion, ResidenceDetails details) {
        return changed(records.update(actor, id, current -> build(actor, id, expectedVersion, details)));
    }

    @Override
    public void remove(Actor actor, ResidenceId id, long expectedVersion) {
        Residence removed = records.remove(actor, id, expectedVersion);
        events.publish(new PersonnelEvent.ResidenceChanged(removed.office(), clock.instant(), id));
    }

    @Override
    public List<Residence> ofPerson(Actor actor, PersonId person) {
        return access.ofPerson(actor, PeopleData.RESIDENCE, TYPE, person, residences::ofPerson);
    }

    private Residence build(Actor actor, ResidenceId id, long version, ResidenceDetails d) {
        validator.validate(d);
        refs.person(actor.office(), d.occupant(), "occupant");
        refs.allExist(actor.office(), d.household(), "household");
        Optional<WardenZoneId> zone = zoneOf(actor, d);
        return CommandValidator.build("body", () -> new Residence(id, actor.office(), version,
                d.occupant(), d.household(), d.address(), d.location(), zone,
                d.movedIn(), Optional.ofNullable(d.movedOut())));
    }

    private Residence changed(Residence saved) {
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
}
