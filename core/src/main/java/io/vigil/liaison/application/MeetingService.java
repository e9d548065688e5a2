package io.vigil.liaison.application;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.domain.CarryOver;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.domain.LiaisonData;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.domain.MeetingSeriesId;
import io.vigil.liaison.port.in.MeetingAgenda;
import io.vigil.liaison.port.in.MeetingDetails;
import io.vigil.liaison.port.in.MeetingsUseCase;
import io.vigil.liaison.port.out.ActionRegister;
import io.vigil.liaison.port.out.LiaisonPersons;
import io.vigil.liaison.port.out.MeetingRecords;
import io.vigil.liaison.port.out.MeetingSeriesRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The meetings: attendees checked against the people context and the office's contacts, and a new
 * meeting opening with the previous meeting's open items, in its order.
 */
final class MeetingService extends GuardedRecordsService<MeetingId, MeetingDetails, Meeting> implements MeetingsUseCase {
    static final String TYPE = "meeting";

    private final MeetingRecords meetings;
    private final MeetingSeriesRegistry series;
    private final ActionRegister actions;
    private final ContactAccess contacts;
    private final LiaisonPersons persons;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    MeetingService(MeetingRecords meetings, MeetingSeriesRegistry series, ActionRegister actions,
                   ContactAccess contacts, LiaisonPersons persons, AccessGuard guard, CommandValidator validator,
                   Clock clock) {
        super(new GuardedRecords<>(TYPE, LiaisonData.MEETINGS, meetings, meetings::list, guard)
                .aboutPersons(Meeting::attendees, (office, p) -> AccessTarget.person(office, p, Optional.empty(),
                        Optional.empty())));
        this.meetings = meetings;
        this.series = series;
        this.actions = actions;
        this.contacts = contacts;
        this.persons = persons;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public Meeting create(Actor actor, MeetingDetails details) {
        validator.validate(details);
        records.requireOffice(actor, Operation.WRITE, AuditAction.CREATE, details.series().toString());
        check(actor, details);
        if (meetings.count(actor.office()) >= MAX_MEETINGS) {
            throw RefusedException.because("the office already keeps " + MAX_MEETINGS + " meetings");
        }
        List<ActionItemId> carried = meetings.ofSeries(actor.office(), details.series()).stream()
                .filter(m -> m.heldAt().isBefore(details.heldAt())).findFirst()
                .map(previous -> CarryOver.from(previous, actions.all(actor.office()))).orElse(List.of());
        Meeting built = build(actor, MeetingId.random(), 0, details, carried, clock.instant());
        return meetings.save(built);
    }

    @Override
    public Meeting update(Actor actor, MeetingId id, long expectedVersion, MeetingDetails details) {
        validator.validate(details);
        return records.update(actor, id, current -> {
            if (!current.series().equals(details.series())) {
                throw InvalidCommandException.of("series", "a meeting stays in its series (" + current.series()
                        + ")");
            }
            check(actor, details);
            return build(actor, id, expectedVersion, details, current.carriedOver(), current.recordedAt());
        });
    }

    @Override
    public void remove(Actor actor, MeetingId id, long expectedVersion) {
        records.remove(actor, id, expectedVersion, current -> {
            int raised = actions.ofMeeting(current.office(), id).size();
            if (raised > 0) {
                throw RefusedException.because("the meeting raised " + raised + " action items, which are kept; the"
                        + " meeting is kept with them");
            }
        });
    }

    @Override
    public MeetingAgenda agenda(Actor actor, MeetingId id) {
        Meeting m = records.get(actor, id);
        guard.require(actor, Operation.READ, LiaisonData.ACTION_ITEMS, AccessTarget.office(m.office()),
                AuditAction.LIST, TYPE + "-actions", id.toString());
        Map<ActionItemId, ActionItem> all = actions.all(m.office()).stream()
                .collect(Collectors.toMap(ActionItem::id, Function.identity()));
        List<ActionItem> carried = m.carriedOver().stream().map(all::get).filter(Objects::nonNull).toList();
        return new MeetingAgenda(m, carried, actions.ofMeeting(m.office(), id));
    }

    @Override
    public List<Meeting> ofSeries(Actor actor, MeetingSeriesId seriesId) {
        records.requireOffice(actor, Operation.READ, AuditAction.LIST, seriesId.toString());
        return meetings.ofSeries(actor.office(), seriesId);
    }

    /** The series and every attendee named exist in the office, all wrong fields named at once. */
    private void check(Actor actor, MeetingDetails d) {
        List<FieldViolation> wrong = new ArrayList<>();
        if (series.findById(d.series()).filter(s -> s.office().equals(actor.office())).isEmpty()) {
            wrong.add(new FieldViolation("series", "must be a meeting series of office " + actor.office() + "; "
                    + d.series() + " is none"));
        }
        List<PersonId> attendees = Objects.requireNonNullElse(d.attendees(), List.of());
        Set<PersonId> unknown = attendees.isEmpty() ? Set.of() : persons.unknown(actor, attendees);
        if (!unknown.isEmpty()) {
            wrong.add(new FieldViolation("attendees", "must be persons of office " + actor.office() + "; "
                    + unknown.stream().map(PersonId::toString).sorted().collect(Collectors.joining(", "))
                    + (unknown.size() == 1 ? " is none" : " are none")));
        }
        Map<LiaisonContactId, LiaisonContact> known = contacts.byId(actor.office());
        List<String> strangers = Objects.requireNonNullElse(d.externalAttendees(), List.<LiaisonContactId>of())
                .stream().filter(c -> c == null || !known.containsKey(c)).map(String::valueOf).sorted().toList();
        if (!strangers.isEmpty()) {
            wrong.add(new FieldViolation("externalAttendees", "must be contacts of office " + actor.office() + "; "
                    + String.join(", ", strangers) + (strangers.size() == 1 ? " is none" : " are none")));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidCommandException(wrong);
        }
    }

    private Meeting build(Actor actor, MeetingId id, long version, MeetingDetails d, List<ActionItemId> carried,
                          Instant recordedAt) {
        return CommandValidator.build("body", () -> new Meeting(id, actor.office(), version, d.series(), d.heldAt(),
                Objects.requireNonNullElse(d.attendees(), List.of()),
                Objects.requireNonNullElse(d.externalAttendees(), List.of()),
                Objects.requireNonNullElse(d.agenda(), List.of()), Objects.requireNonNullElse(d.minutes(), ""),
                Objects.requireNonNullElse(d.decisions(), List.of()), carried, recordedAt));
    }
}
