package io.vigil.liaison.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.OfficeSelection;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.domain.ActionKind;
import io.vigil.liaison.domain.LiaisonData;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.port.in.ActionChangeDetails;
import io.vigil.liaison.port.in.ActionItemDetails;
import io.vigil.liaison.port.in.ActionItemsUseCase;
import io.vigil.liaison.port.out.ActionRegister;
import io.vigil.liaison.port.out.LiaisonPersons;
import io.vigil.liaison.port.out.MeetingRecords;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Action items and associates' tasks: each about its owner (a staff member reads their own), every
 * change of owner, due date or status logged, both kinds counted alike.
 */
final class ActionItemService implements ActionItemsUseCase {
    static final String TYPE = "action-item";

    private final ActionRegister actions;
    private final MeetingRecords meetings;
    private final LiaisonPersons persons;
    private final GuardedRecords<ActionItemId, ActionItem> records;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    ActionItemService(ActionRegister actions, MeetingRecords meetings, LiaisonPersons persons, AccessGuard guard,
                      CommandValidator validator, Clock clock) {
        this.actions = actions;
        this.meetings = meetings;
        this.persons = persons;
        this.records = new GuardedRecords<>(TYPE, LiaisonData.ACTION_ITEMS, actions, actions::list, guard)
                .about(ActionItemService::target);
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    static AccessTarget target(ActionItem a) {
        return AccessTarget.person(a.office(), a.owner(), Optional.empty(), Optional.empty());
    }

    @Override
    public ActionItem raise(Actor actor, MeetingId meeting, ActionItemDetails details) {
        validator.validate(details);
        Meeting m = meetings.findById(meeting).filter(x -> x.office().equals(actor.office()))
                .orElseThrow(() -> new NotFoundException(MeetingService.TYPE, meeting));
        return open(actor, ActionKind.MEETING_ACTION, Optional.of(m.id()), details,
                () -> actions.ofMeeting(actor.office(), meeting).size() >= ActionItem.MAX_PER_MEETING,
                "the meeting already raised " + ActionItem.MAX_PER_MEETING + " action items");
    }

    @Override
    public ActionItem assign(Actor actor, ActionItemDetails details) {
        validator.validate(details);
        return open(actor, ActionKind.ASSOCIATE_TASK, Optional.empty(), details, () -> false, "");
    }

    private ActionItem open(Actor actor, ActionKind kind, Optional<MeetingId> meeting, ActionItemDetails d,
                            BooleanSupplier full, String why) {
        ActionItem built = CommandValidator.build("body", () -> ActionItem.open(ActionItemId.random(), actor.office(),
                kind, meeting, d.title(), d.owner(), d.due(), clock.instant(), actor.subject()));
        records.require(actor, Operation.WRITE, built, AuditAction.CREATE);
        requireKnown(actor, d.owner());
        if (actions.count(actor.office()) >= MAX_ITEMS) {
            throw RefusedException.because("the office already keeps " + MAX_ITEMS + " action items");
        }
        if (full.getAsBoolean()) {
            throw RefusedException.because(why);
        }
        return actions.save(built);
    }

    @Override
    public ActionItem get(Actor actor, ActionItemId id) {
        return records.get(actor, id);
    }

    @Override
    public ActionItem change(Actor actor, ActionItemId id, long expectedVersion, ActionChangeDetails details) {
        validator.validate(details);
        if (details.owner() == null && details.due() == null && details.status() == null) {
            throw InvalidCommandException.of("body", "must give a new owner, due date or status");
        }
        ActionItem current = records.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(TYPE, id, expectedVersion, current.version());
        }
        if (details.owner() != null) {
            requireKnown(actor, details.owner());
        }
        Instant now = clock.instant();
        ActionItem next = CommandValidator.build("body", () -> current.change(Optional.ofNullable(details.owner()),
                Optional.ofNullable(details.due()), Optional.ofNullable(details.status()), now, actor.subject()));
        if (next == current) {
            return current;
        }
        records.require(actor, Operation.WRITE, next, AuditAction.UPDATE);
        return actions.save(next);
    }

    @Override
    public Page<ActionItem> list(Actor actor, PageRequest page) {
        return records.list(actor, page);
    }

    @Override
    public List<ActionItem> mine(Actor actor) {
        PersonId me = actor.person().orElseThrow(() -> RefusedException.because("actor '" + actor.subject()
                + "' is no person, so owns no action items"));
        return shown(actor, a -> a.owner().equals(me) && a.status().open(), TYPE + "-mine");
    }

    @Override
    public List<ActionItem> overdue(Actor actor, Instant at) {
        requireOffice(actor, TYPE + "-overdue");
        java.time.ZoneId zone = persons.zone(actor.office());
        return shown(actor, a -> a.overdue(at, zone), TYPE + "-overdue");
    }

    @Override
    public Map<OfficeId, Integer> overdueCounts(Actor actor, Collection<OfficeId> offices, Instant at) {
        if (at == null) {
            throw InvalidCommandException.of("at", "must not be null");
        }
        List<OfficeId> asked = OfficeSelection.require(offices, "offices");
        Map<OfficeId, LocalDate> today = new LinkedHashMap<>();
        for (OfficeId office : asked) {
            guard.requireQuietly(actor, Operation.READ, LiaisonData.LIAISON_ACTIVITY, AccessTarget.office(office),
                    AuditAction.READ, TYPE + "-overdue-counts", office.value());
            today.put(office, LocalDate.ofInstant(at, persons.zone(office)));
        }
        Map<OfficeId, Integer> stored = actions.overdueCounts(today);
        Map<OfficeId, Integer> counts = new LinkedHashMap<>();
        asked.forEach(o -> counts.put(o, stored.getOrDefault(o, 0)));
        return counts;
    }

    @Override
    public List<ActionItem> tasks(Actor actor, Optional<PersonId> associate, boolean all) {
        requireOffice(actor, TYPE + "-tasks");
        return shown(actor, a -> a.kind() == ActionKind.ASSOCIATE_TASK
                && associate.map(p -> a.owner().equals(p)).orElse(true) && (all || a.status().open()),
                TYPE + "-tasks");
    }

    private void requireOffice(Actor actor, String type) {
        guard.requireQuietly(actor, Operation.READ, LiaisonData.ACTION_ITEMS, AccessTarget.office(actor.office()),
                AuditAction.LIST, type, actor.office().value());
    }

    /** The office's items passing the filter that the actor may read, earliest due first, audited with their owners. */
    private List<ActionItem> shown(Actor actor, Predicate<ActionItem> filter, String type) {
        List<ActionItem> shown = actions.all(actor.office()).stream().filter(filter)
                .filter(a -> guard.check(actor, Operation.READ, LiaisonData.ACTION_ITEMS, target(a)).granted())
                .sorted(ActionItem.BY_DUE).toList();
        guard.record(actor, AuditAction.LIST, type, actor.office().value(), LiaisonData.ACTION_ITEMS,
                new AccessDecision.Granted(shown.isEmpty() ? "nothing shown" : guard.check(actor, Operation.READ,
                        LiaisonData.ACTION_ITEMS, target(shown.get(0))).reason()),
                shown.stream().map(ActionItem::owner).distinct().toList());
        return shown;
    }

    private void requireKnown(Actor actor, PersonId owner) {
        if (!persons.unknown(actor, List.of(owner)).isEmpty()) {
            throw InvalidCommandException.of("owner", "must be a person of office " + actor.office() + "; " + owner
                    + " is none");
        }
    }
}
