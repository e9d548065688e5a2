package io.vigil.people.application;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.PeopleData;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.PresenceId;
import io.vigil.people.domain.SpanLimits;
import io.vigil.people.port.in.ManagePresencesUseCase;
import io.vigil.people.port.in.PresenceDetails;
import io.vigil.people.port.out.PresenceLog;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Records arrivals and departures; a person's stays never overlap. */
final class PresenceService extends GuardedRecordsService<PresenceId, PresenceDetails, Presence>
        implements ManagePresencesUseCase {
    static final String TYPE = "presence";

    private final PresenceLog presences;
    private final PersonAccess access;
    private final References refs;
    private final CommandValidator validator;
    private final SpanLimits spans;

    @Inject
    PresenceService(PresenceLog presences, PersonAccess access, References refs, CommandValidator validator,
                    SpanLimits spans) {
        super(access.records(TYPE, PeopleData.MOVEMENT, presences, presences::list)
                .about(p -> access.target(p.office(), p.person())));
        this.presences = presences;
        this.access = access;
        this.refs = refs;
        this.validator = validator;
        this.spans = spans;
    }

    @Override
    public Presence create(Actor actor, PresenceDetails details) {
        return store(actor, PresenceId.random(), 0, details, AuditAction.CREATE);
    }

    @Override
    public Presence depart(Actor actor, PresenceId id, long expectedVersion, Instant departure) {
        Presence current = records.find(actor, id);
        if (departure == null) {
            throw InvalidCommandException.of("departure", "must not be null");
        }
        return store(actor, id, expectedVersion, new PresenceDetails(current.person(), current.arrival(), departure),
                AuditAction.UPDATE);
    }

    @Override
    public Presence update(Actor actor, PresenceId id, long expectedVersion, PresenceDetails details) {
        records.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        return store(actor, id, expectedVersion, details, AuditAction.UPDATE);
    }

    @Override
    public List<Presence> ofPerson(Actor actor, PersonId person) {
        return access.ofPerson(actor, PeopleData.MOVEMENT, TYPE, person, presences::ofPerson);
    }

    /** Checks the stay as changed, refuses an overlap with another stay of the person, and stores it. */
    private Presence store(Actor actor, PresenceId id, long version, PresenceDetails d, AuditAction action) {
        validator.validate(d);
        if (d.departure() != null && !spans.presenceFits(d.arrival(), d.departure())) {
            throw InvalidCommandException.of("departure", "must be at most " + spans.presenceYears()
                    + " years after arrival, was " + d.departure());
        }
        refs.person(actor.office(), d.person(), "person");
        Presence candidate = CommandValidator.build("body", () -> new Presence(id, actor.office(), version, d.person(),
                d.arrival(), Optional.ofNullable(d.departure())));
        records.require(actor, Operation.WRITE, candidate, action);
        presences.ofPerson(d.person()).stream()
                .filter(other -> !other.id().equals(id) && overlap(other, candidate))
                .findFirst().ifPresent(other -> {
                    throw RefusedException.because("the stay overlaps stay " + other.id() + " of the same person, from "
                            + other.arrival() + other.departure().map(x -> " to " + x).orElse(" (still open)"));
                });
        return presences.save(candidate);
    }

    private static boolean overlap(Presence a, Presence b) {
        boolean aEndsBeforeB = a.departure().map(d -> !d.isAfter(b.arrival())).orElse(false);
        boolean bEndsBeforeA = b.departure().map(d -> !d.isAfter(a.arrival())).orElse(false);
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
