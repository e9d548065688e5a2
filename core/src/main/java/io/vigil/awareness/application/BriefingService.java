package io.vigil.awareness.application;

import io.vigil.awareness.domain.AwarenessData;
import io.vigil.awareness.domain.Briefing;
import io.vigil.awareness.domain.BriefingId;
import io.vigil.awareness.port.in.BriefingDetails;
import io.vigil.awareness.port.in.ManageBriefingsUseCase;
import io.vigil.awareness.port.out.BriefingLog;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.people.port.in.PersonView;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Briefings, each about its attendees: reading one needs access to the training record of any of
 * them (an attendee reads it), recording one access to every one; the attendees are persons of the
 * office.
 */
final class BriefingService extends GuardedRecordsService<BriefingId, BriefingDetails, Briefing>
        implements ManageBriefingsUseCase {
    private final Roster roster;
    private final AccessGuard guard;
    private final CommandValidator validator;

    BriefingService(BriefingLog briefings, Roster roster, AccessGuard guard, CommandValidator validator) {
        super(new GuardedRecords<>("briefing", AwarenessData.TRAINING, briefings, briefings::list, guard)
                .aboutPersons(Briefing::attendees, BriefingService::target));
        this.roster = roster;
        this.guard = guard;
        this.validator = validator;
    }

    static AccessTarget target(OfficeId office, PersonId person) {
        return AccessTarget.person(office, person, Optional.empty(), Optional.empty());
    }

    @Override
    public Briefing create(Actor actor, BriefingDetails details) {
        return records.create(actor, checked(actor, build(actor, BriefingId.random(), 0, details)));
    }

    @Override
    public Briefing update(Actor actor, BriefingId id, long expectedVersion, BriefingDetails details) {
        Briefing built = build(actor, id, expectedVersion, details);
        return records.update(actor, id, current -> checked(actor, built));
    }

    /** The briefing once every attendee is known to be of the office (asked only of an actor who may record it). */
    private Briefing checked(Actor actor, Briefing built) {
        if (built.attendees().isEmpty() || !guard.check(actor, Operation.WRITE, AwarenessData.TRAINING,
                AccessTarget.office(actor.office())).granted()) {
            return built;
        }
        Set<PersonId> members = roster.office(actor, Optional.empty()).stream().map(PersonView::personId)
                .collect(Collectors.toSet());
        List<FieldViolation> strangers = new ArrayList<>();
        for (int i = 0; i < built.attendees().size(); i++) {
            if (!members.contains(built.attendees().get(i))) {
                strangers.add(new FieldViolation("attendees[" + i + "]", "is not a person of office "
                        + actor.office()));
            }
        }
        if (!strangers.isEmpty()) {
            throw new InvalidCommandException(strangers);
        }
        return built;
    }

    private Briefing build(Actor actor, BriefingId id, long version, BriefingDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new Briefing(id, actor.office(), version, d.kind(), d.at(),
                d.place(), d.presenter(), d.topics(), d.attendees()));
    }
}
