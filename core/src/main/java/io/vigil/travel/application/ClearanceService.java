package io.vigil.travel.application;

import io.vigil.alerting.port.in.NoticesUseCase;
import io.vigil.alerting.port.in.TemplatedNotice;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.Require;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.StorageException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.port.in.ManagePersonsUseCase;
import io.vigil.travel.domain.ApprovalLevel;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearanceId;
import io.vigil.travel.domain.ClearancePolicy;
import io.vigil.travel.domain.ClearanceStatus;
import io.vigil.travel.domain.Decision;
import io.vigil.travel.domain.ManualDecision;
import io.vigil.travel.domain.TravelData;
import io.vigil.travel.domain.Trip;
import io.vigil.travel.port.in.ClearanceCounts;
import io.vigil.travel.port.in.ClearanceDetails;
import io.vigil.travel.port.in.ClearancesUseCase;
import io.vigil.travel.port.in.DecisionDetails;
import io.vigil.travel.port.in.RedecideResult;
import io.vigil.travel.port.out.ClearanceRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clearances: submitted and decided at once, read by their travellers and security staff, decided
 * by a security officer who does not travel on them, and re-decided while their trip lasts.
 */
final class ClearanceService implements ClearancesUseCase {
    static final String TYPE = "clearance";
    private static final Logger LOG = LoggerFactory.getLogger(ClearanceService.class);

    private final ClearanceRegistry clearances;
    private final RulesInputs inputs;
    private final ManagePersonsUseCase persons;
    private final NoticesUseCase notices;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    ClearanceService(ClearanceRegistry clearances, RulesInputs inputs, ManagePersonsUseCase persons,
                     NoticesUseCase notices, AccessGuard guard, CommandValidator validator, Clock clock) {
        this.clearances = clearances;
        this.inputs = inputs;
        this.persons = persons;
        this.notices = notices;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    static AccessTarget target(OfficeId office, PersonId person) {
        return AccessTarget.person(office, person, Optional.empty(), Optional.empty());
    }

    private String require(Actor actor, Operation op, OfficeId office, List<PersonId> travellers, AuditAction action,
                           String id) {
        return guard.requireForAll(actor, op, TravelData.CLEARANCES, office, travellers, ClearanceService::target,
                action, TYPE, id);
    }

    @Override
    public Clearance submit(Actor actor, ClearanceDetails details) {
        validator.validate(details);
        Instant now = clock.instant();
        Trip trip = TripBuilder.build(details, now);
        ClearanceId id = ClearanceId.random();
        require(actor, Operation.WRITE, actor.office(), trip.travellers(), AuditAction.CREATE, id.toString());
        Actor rules = RulesInputs.actor(actor.office());
        for (int i = 0; i < trip.travellers().size(); i++) {
            try {
                persons.get(rules, trip.travellers().get(i));
            } catch (NotFoundException e) {
                throw InvalidCommandException.of("travellers[" + i + "]", "is not a person of office "
                        + actor.office());
            }
        }
        RulesInputs.Office office = inputs.office(actor.office(), now);
        Decision decision = ClearancePolicy.decide(trip, office.forTrip(trip, Optional.empty()), now, "submitted");
        return clearances.save(Clearance.submitted(id, actor.office(), trip, actor.subject(), decision));
    }

    @Override
    public Clearance get(Actor actor, ClearanceId id) {
        Clearance c = find(actor, id);
        require(actor, Operation.READ, c.office(), c.trip().travellers(), AuditAction.READ, id.toString());
        return c;
    }

    /** The clearance, or not found: also for a clearance of another office. */
    private Clearance find(Actor actor, ClearanceId id) {
        return clearances.findById(id).filter(c -> c.office().equals(actor.office()))
                .orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    @Override
    public Page<Clearance> list(Actor actor, PageRequest page) {
        AccessTarget office = AccessTarget.office(actor.office());
        if (guard.check(actor, Operation.READ, TravelData.CLEARANCES, office).granted()) {
            String basis = guard.requireQuietly(actor, Operation.READ, TravelData.CLEARANCES, office, AuditAction.LIST,
                    TYPE, actor.office().value());
            Page<Clearance> found = clearances.list(actor.office(), page);
            audit(actor, basis, found.items());
            return found;
        }
        if (actor.person().isEmpty()) {
            guard.require(actor, Operation.READ, TravelData.CLEARANCES, office, AuditAction.LIST, TYPE,
                    actor.office().value());
        }
        PersonId self = actor.person().orElseThrow();
        String basis = guard.requireQuietly(actor, Operation.READ, TravelData.CLEARANCES, target(actor.office(), self),
                AuditAction.LIST, TYPE, self.toString());
        Page<Clearance> own = Page.of(clearances.ofTraveller(actor.office(), self), page);
        audit(actor, basis, own.items());
        return own;
    }

    private void audit(Actor actor, String basis, List<Clearance> shown) {
        guard.record(actor, AuditAction.LIST, TYPE, actor.office().value(), TravelData.CLEARANCES,
                new AccessDecision.Granted(basis),
                shown.stream().flatMap(c -> c.trip().travellers().stream()).distinct().toList());
    }

    @Override
    public ClearanceCounts counts(Actor actor, Instant from, Instant to) {
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        if (!to.isAfter(from)) {
            throw InvalidCommandException.of("to", "must be after from");
        }
        guard.require(actor, Operation.READ, TravelData.CLEARANCE_COUNTS, AccessTarget.office(actor.office()),
                AuditAction.LIST, "clearance-counts", actor.office().value());
        Map<ClearanceStatus, Integer> by = new EnumMap<>(ClearanceStatus.class);
        for (ClearanceStatus s : ClearanceStatus.values()) {
            by.put(s, 0);
        }
        List<Clearance> found = clearances.submittedBetween(actor.office(), from, to);
        found.forEach(c -> by.merge(c.status(), 1, Integer::sum));
        return new ClearanceCounts(actor.office(), from, to, found.size(), by);
    }

    @Override
    public Clearance decide(Actor actor, ClearanceId id, long expectedVersion, DecisionDetails details) {
        validator.validate(details);
        Clearance c = find(actor, id);
        require(actor, Operation.APPROVE, c.office(), c.trip().travellers(), AuditAction.UPDATE, id.toString());
        if (actor.person().filter(c::travelling).isPresent()) {
            String reason = "a traveller cannot decide a clearance they travel on";
            guard.record(actor, AuditAction.UPDATE, TYPE, id.toString(), TravelData.CLEARANCES,
                    new AccessDecision.Denied(reason), c.trip().travellers());
            throw new AccessDeniedException(reason);
        }
        if (c.version() != expectedVersion) {
            throw new VersionConflictException(TYPE, id, expectedVersion, c.version());
        }
        Decision rules = c.latest();
        Optional<ApprovalLevel> level = rules.level();
        Optional<String> onBehalf = Optional.ofNullable(details.onBehalfOf()).map(String::strip)
                .filter(s -> !s.isEmpty());
        Instant now = clock.instant();
        ClearanceStatus next = switch (details.action()) {
            case APPROVED -> approve(c, level, onBehalf);
            case DENIED -> {
                if (c.status() == ClearanceStatus.DENIED || c.status() == ClearanceStatus.REVOKED) {
                    throw RefusedException.because("clearance " + id + " is " + c.status() + " already");
                }
                yield ClearanceStatus.DENIED;
            }
            case ESCALATED -> {
                if (c.status() != ClearanceStatus.PENDING || level.filter(ApprovalLevel::aboveOfficer).isEmpty()) {
                    throw RefusedException.because("only a PENDING clearance needing approval above the security"
                            + " officer is escalated; this one is " + c.status()
                            + level.map(l -> " and needs the " + words(l)).orElse(""));
                }
                yield ClearanceStatus.ESCALATED;
            }
        };
        Optional<ApprovalLevel> decidedAt = details.action() == ManualDecision.Action.APPROVED
                ? Optional.of(c.status() == ClearanceStatus.ESCALATED ? level.orElseThrow()
                        : ApprovalLevel.SECURITY_OFFICER)
                : details.action() == ManualDecision.Action.ESCALATED ? level : Optional.empty();
        ManualDecision m = CommandValidator.build("body", () -> new ManualDecision(details.action(), actor.subject(),
                now, details.reason(), onBehalf, rules.verdict(), decidedAt));
        return clearances.save(CommandValidator.build("body", () -> c.decidedBy(m, next)));
    }

    private static ClearanceStatus approve(Clearance c, Optional<ApprovalLevel> level, Optional<String> onBehalf) {
        switch (c.status()) {
            case PENDING -> {
                if (level.filter(ApprovalLevel::aboveOfficer).isPresent()) {
                    throw RefusedException.because("clearance " + c.id() + " needs approval by the "
                            + words(level.get()) + ", above the security officer: escalate it, then record that"
                            + " decision on their behalf");
                }
            }
            case ESCALATED -> {
                if (onBehalf.isEmpty()) {
                    throw InvalidCommandException.of("onBehalfOf", "must name who approved at the level of the "
                            + words(level.orElseThrow()));
                }
            }
            case DENIED, REVOKED -> {
                // an override of the rules: recorded with its reason, reported as differing from the rules
            }
            default -> throw RefusedException.because("clearance " + c.id() + " is " + c.status() + " already");
        }
        return ClearanceStatus.APPROVED;
    }

    private static String words(ApprovalLevel level) {
        return level.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    @Override
    public RedecideResult redecide(Actor actor, Instant at, String trigger) {
        Require.nonNull(at, "at");
        String given = trigger == null || trigger.isBlank() ? "scheduled" : trigger.strip();
        String why = given.length() > 150 ? given.substring(0, 150) : given;
        guard.require(actor, Operation.WRITE, TravelData.CLEARANCES, AccessTarget.office(actor.office()),
                AuditAction.UPDATE, TYPE, "redecide");
        RulesInputs.Office office = inputs.office(actor.office(), at);
        List<ClearanceId> changed = new ArrayList<>();
        List<ClearanceId> revoked = new ArrayList<>();
        for (Clearance c : office.live()) {
            Decision d = ClearancePolicy.decide(c.trip(), office.forTrip(c.trip(), Optional.of(c.id())),
                    clock.instant(), "re-decided: " + why);
            Clearance next = c.redecided(d);
            if (next == c) {
                continue;
            }
            try {
                clearances.save(next);
            } catch (VersionConflictException e) {
                LOG.info("Clearance {} changed while it was re-decided; the next re-decision takes it up", c.id());
                continue;
            }
            changed.add(c.id());
            if (next.status() == ClearanceStatus.REVOKED) {
                revoked.add(c.id());
                tell(next);
            }
        }
        return new RedecideResult(at, office.live().size(), changed, revoked);
    }

    /**
     * Tells the travellers (each in their language) and the officer on call that a clearance is
     * revoked, from the office's {@code CLEARANCE_REVOKED} template; the revocation stands if it cannot.
     */
    private void tell(Clearance c) {
        Decision d = c.latest();
        String because = d.checks().stream().filter(k -> k.outcome() == io.vigil.travel.domain.CheckOutcome.DENIED)
                .flatMap(k -> k.reasons().stream()).findFirst().orElse("the rules now deny it");
        try {
            notices.notify(RulesInputs.actor(c.office()), "clearance-" + c.id() + "-revoked-" + c.decisions().size(),
                    c.trip().travellers(), TemplatedNotice.CLEARANCE_REVOKED, Map.of("clearance", c.id().toString(),
                            "reason", because), Map.of("departure", c.trip().firstDeparture()));
        } catch (StorageException | AccessDeniedException e) {
            LOG.warn("Clearance {} is revoked but its notice could not be queued: {}", c.id(), e.getMessage());
        }
    }

}
