package io.vigil.movement.application;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.GuardedRecords;
import io.vigil.kernel.store.GuardedRecordsService;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.movement.domain.MemberClearance;
import io.vigil.movement.domain.MovementData;
import io.vigil.movement.domain.ProgrammeItem;
import io.vigil.movement.domain.ProtectiveMeasure;
import io.vigil.movement.domain.Readiness;
import io.vigil.movement.domain.ReadinessPolicy;
import io.vigil.movement.domain.SiteAssessment;
import io.vigil.movement.domain.SupportRequest;
import io.vigil.movement.domain.SupportStatus;
import io.vigil.movement.domain.Visit;
import io.vigil.movement.domain.VisitId;
import io.vigil.movement.port.in.ManageVisitsUseCase;
import io.vigil.movement.port.in.MemberClearancesDetails;
import io.vigil.movement.port.in.SiteAssessmentDetails;
import io.vigil.movement.port.in.SupportAnswerDetails;
import io.vigil.movement.port.in.SupportRequestDetails;
import io.vigil.movement.port.in.VisitDetails;
import io.vigil.movement.port.in.VisitSummary;
import io.vigil.movement.port.out.MovementPartners;
import io.vigil.movement.port.out.MovementPorts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Visits (protective operations) about their members: reading one needs access to the visit
 * programmes of any member, writing to every one. Readiness reads the venues' assessments and the
 * members' clearances through the context's own ports; managers see summaries only.
 */
final class VisitService extends GuardedRecordsService<VisitId, VisitDetails, Visit> implements ManageVisitsUseCase {
    static final String TYPE = "visit";

    private final MovementPorts ports;
    private final MovementPartners partners;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    VisitService(MovementPorts ports, MovementPartners partners, AccessGuard guard, CommandValidator validator,
                 Clock clock) {
        super(new GuardedRecords<>(TYPE, MovementData.VISIT_PROGRAMMES, ports.visits(), ports.visits()::list, guard)
                .aboutPersons(Visit::members, VisitService::target));
        this.ports = ports;
        this.partners = partners;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    static AccessTarget target(OfficeId office, PersonId person) {
        return AccessTarget.person(office, person, Optional.empty(), Optional.empty());
    }

    @Override
    public Visit create(Actor actor, VisitDetails details) {
        return records.create(actor, build(actor, VisitId.random(), 0, details));
    }

    @Override
    public Visit update(Actor actor, VisitId id, long expectedVersion, VisitDetails details) {
        Visit built = build(actor, id, expectedVersion, details);
        return records.update(actor, id, current -> CommandValidator.build("body", () -> built.withRecordsOf(current)));
    }

    @Override
    public Visit assessSite(Actor actor, VisitId id, long expectedVersion, SiteAssessmentDetails d) {
        validator.validate(d);
        Instant now = clock.instant();
        return records.change(actor, id, expectedVersion, Operation.WRITE, v -> v.withAdvance(new SiteAssessment(
                Optional.ofNullable(d.primaryRoute()).map(r -> new SiteAssessment.Route(r.description(), r.travelMinutes())),
                Optional.ofNullable(d.alternateRoute()).map(r -> new SiteAssessment.Route(r.description(),
                        r.travelMinutes())),
                Optional.ofNullable(d.hospital()).map(h -> new SiteAssessment.EmergencyService(h.name(), h.phone(),
                        h.travelMinutes())),
                Optional.ofNullable(d.police()).map(p -> new SiteAssessment.EmergencyService(p.name(), p.phone(),
                        p.travelMinutes())),
                blankless(d.safeRoom()), blankless(d.assemblyPoint()), actor.subject(), now)));
    }

    @Override
    public Visit requestSupport(Actor actor, VisitId id, long expectedVersion, SupportRequestDetails d) {
        validator.validate(d);
        Instant at = notAfterNow(d.requestedAt(), "requestedAt");
        return records.change(actor, id, expectedVersion, Operation.WRITE, v -> {
            if (v.support().size() >= Visit.MAX_SUPPORT) {
                throw RefusedException.because("visit " + id + " has " + Visit.MAX_SUPPORT
                        + " support requests already, the most a visit keeps");
            }
            List<SupportRequest> next = new ArrayList<>(v.support());
            next.add(new SupportRequest(UUID.randomUUID(), d.provider(), d.what(), at, SupportStatus.REQUESTED,
                    Optional.empty()));
            return v.withSupport(next);
        });
    }

    @Override
    public Visit answerSupport(Actor actor, VisitId id, UUID request, long expectedVersion, SupportAnswerDetails d) {
        validator.validate(d);
        if (d.status() == SupportStatus.REQUESTED) {
            throw InvalidCommandException.of("status", "must be CONFIRMED or DECLINED");
        }
        Instant at = notAfterNow(d.at(), "at");
        return records.change(actor, id, expectedVersion, Operation.WRITE, v -> {
            SupportRequest found = v.support().stream().filter(s -> s.id().equals(request)).findFirst()
                    .orElseThrow(() -> new io.vigil.kernel.store.NotFoundException("support-request", request));
            if (found.status() != SupportStatus.REQUESTED) {
                throw RefusedException.because("support request " + request + " was " + found.status()
                        + " already on " + found.answeredAt().orElseThrow());
            }
            if (at.isBefore(found.requestedAt())) {
                throw InvalidCommandException.of("at", "must not be before the request was made ("
                        + found.requestedAt() + ")");
            }
            return v.withSupport(v.support().stream().map(s -> s == found ? s.answered(d.status(), at) : s).toList());
        });
    }

    @Override
    public Visit requestClearances(Actor actor, VisitId id, long expectedVersion, MemberClearancesDetails d) {
        validator.validate(d);
        Visit v = records.load(actor, id, Operation.WRITE, AuditAction.UPDATE);
        if (v.version() != expectedVersion) {
            throw new io.vigil.kernel.store.VersionConflictException(TYPE, id, expectedVersion, v.version());
        }
        var trip = VisitTrips.trip(v, d.criticality(), partners.venues().of(v.office(), VisitTrips.venueIds(v)));
        List<MemberClearance> created = new ArrayList<>(v.clearances());
        try {
            for (PersonId member : v.members()) {
                if (created.stream().noneMatch(c -> c.member().equals(member))) {
                    created.add(new MemberClearance(member, partners.clearances().request(actor, member, trip)));
                }
            }
        } catch (RuntimeException refused) {
            // the requests the travel context took before one was refused are kept on the visit
            if (created.size() > v.clearances().size()) {
                ports.visits().save(v.withClearances(created));
            }
            throw refused;
        }
        return ports.visits().save(v.withClearances(created));
    }

    @Override
    public Readiness readiness(Actor actor, VisitId id) {
        return readinessOf(records.get(actor, id));
    }

    @Override
    public Page<VisitSummary> summaries(Actor actor, PageRequest page) {
        guard.require(actor, Operation.READ, MovementData.VISIT_READINESS, AccessTarget.office(actor.office()),
                AuditAction.LIST, "visit-summaries", actor.office().value());
        Page<Visit> visits = ports.visits().list(actor.office(), page);
        return new Page<>(visits.items().stream().map(this::summary).toList(), visits.total(), visits.offset(),
                visits.limit());
    }

    private VisitSummary summary(Visit v) {
        Readiness r = readinessOf(v);
        Map<Readiness.Kind, Integer> counts = new EnumMap<>(Readiness.Kind.class);
        for (Readiness.Kind k : Readiness.Kind.values()) {
            counts.put(k, 0);
        }
        r.blockers().forEach(b -> counts.merge(b.kind(), 1, Integer::sum));
        return new VisitSummary(v.id(), v.title(), v.kind(), v.members().size(), v.programme().size(), r.ready(),
                counts);
    }

    private Readiness readinessOf(Visit v) {
        var venues = partners.venues().of(v.office(), VisitTrips.venueIds(v));
        var clearances = partners.clearances().standing(v.office(), v.clearances().stream()
                .map(MemberClearance::clearanceId).collect(Collectors.toSet()));
        var settings = ports.settings().findById(v.office())
                .orElseGet(() -> io.vigil.movement.domain.MovementSettings.standard(v.office()));
        return ReadinessPolicy.assess(v, venues, clearances, settings.supportLeadDays(), settings.zone());
    }

    private Visit build(Actor actor, VisitId id, long version, VisitDetails d) {
        validator.validate(d);
        return CommandValidator.build("body", () -> new Visit(id, actor.office(), version, d.title(), d.kind(),
                blankless(d.principal()), d.members(), d.starts(), d.ends(),
                d.programme().stream().map(p -> new ProgrammeItem(p.title(), p.place(), Optional.ofNullable(p.venue()),
                        p.from(), p.to())).toList(), Optional.empty(),
                d.measures().stream().map(m -> new ProtectiveMeasure(m.threat(), m.measure())).toList(), List.of(),
                List.of()));
    }

    private static Optional<String> blankless(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
    }

    private Instant notAfterNow(Instant at, String field) {
        Instant now = clock.instant();
        if (at == null) {
            return now;
        }
        if (at.isAfter(now)) {
            throw InvalidCommandException.of(field, "must not be in the future (now is " + now + ")");
        }
        return at;
    }
}
