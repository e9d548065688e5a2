package io.vigil.crisis.application;

import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.ActivationId;
import io.vigil.crisis.domain.CrisisData;
import io.vigil.crisis.domain.EvacuationList;
import io.vigil.crisis.domain.EvacuationRoute;
import io.vigil.crisis.domain.Evacuee;
import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationArea;
import io.vigil.crisis.domain.RelocationId;
import io.vigil.crisis.domain.RelocationPlace;
import io.vigil.crisis.domain.RelocationPlan;
import io.vigil.crisis.domain.TransportOption;
import io.vigil.crisis.port.in.ActivationsUseCase;
import io.vigil.crisis.port.in.EvacueeStatusDetails;
import io.vigil.crisis.port.in.NoteDetails;
import io.vigil.crisis.port.in.RecordedStatus;
import io.vigil.crisis.port.in.RelocationDeclaration;
import io.vigil.crisis.port.in.RelocationEntries;
import io.vigil.crisis.port.in.RelocationPlanDetails;
import io.vigil.crisis.port.in.RelocationSummary;
import io.vigil.crisis.port.in.RelocationUseCase;
import io.vigil.crisis.port.out.RelocationLog;
import io.vigil.crisis.port.out.RelocationPersonnel;
import io.vigil.crisis.port.out.RelocationPlanStore;
import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Relocation and evacuation: the arrangements, declarations and their lists, and each person's state. */
final class RelocationService implements RelocationUseCase {
    private static final String TYPE = "relocation";
    private static final int ATTEMPTS = 5;

    private final Singletons<RelocationPlan> plans;
    private final RelocationLog relocations;
    private final RelocationPersonnel personnel;
    private final ActivationsUseCase activations;
    private final AccessGuard guard;
    private final CommandValidator validator;
    private final Clock clock;

    RelocationService(RelocationPlanStore plans, RelocationLog relocations, RelocationPersonnel personnel,
                      ActivationsUseCase activations, AccessGuard guard, CommandValidator validator, Clock clock) {
        this.plans = new Singletons<>("relocation-plan", CrisisData.RELOCATION_SITES, plans, RelocationPlan::empty,
                guard);
        this.relocations = relocations;
        this.personnel = personnel;
        this.activations = activations;
        this.guard = guard;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public RelocationPlan plan(Actor actor) {
        return plans.get(actor);
    }

    @Override
    public RelocationPlan setPlan(Actor actor, long expectedVersion, RelocationPlanDetails details) {
        validator.validate(details);
        List<FieldViolation> violations = new ArrayList<>();
        List<RelocationArea> areas = new ArrayList<>();
        for (int i = 0; i < details.areas().size(); i++) {
            RelocationPlanDetails.RelocationAreaDetails a = details.areas().get(i);
            String at = "areas[" + i + "].";
            built(violations, at, () -> new RelocationArea(a.code(), a.name(), a.outline(), Optional.ofNullable(a.zone()),
                    places(a.assemblyPoints()), places(a.safeHavens()), a.routes().stream().map(r ->
                            new EvacuationRoute(r.name(), r.kind(), r.from(), r.to(), r.points())).toList(),
                    a.transport().stream().map(t -> new TransportOption(t.name(), t.kind(), t.seats(), t.provider()))
                            .toList())).ifPresent(areas::add);
            if (a.zone() != null) {
                try {
                    personnel.zoneOutline(actor, a.zone(), at + "zone");
                } catch (InvalidCommandException e) {
                    violations.addAll(e.violations());
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        return plans.change(actor, Operation.WRITE, expectedVersion, current -> new RelocationPlan(current.id(),
                current.version(), areas, details.priority() == null ? current.priority() : details.priority()));
    }

    private static List<RelocationPlace> places(List<RelocationPlanDetails.RelocationPlaceDetails> places) {
        return places.stream().map(p -> new RelocationPlace(p.name(), p.point(), p.capacity(), p.contacts())).toList();
    }

    private static <T> Optional<T> built(List<FieldViolation> violations, String prefix, Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (InvalidValueException e) {
            violations.add(new FieldViolation(prefix + e.field(), e.reason()));
            return Optional.empty();
        }
    }

    @Override
    public Relocation declare(Actor actor, RelocationDeclaration details) {
        validator.validate(details);
        guard.require(actor, Operation.WRITE, CrisisData.RELOCATION_LIST, AccessTarget.office(actor.office()),
                AuditAction.CREATE, TYPE, actor.office().value());
        Instant now = clock.instant();
        RelocationPlan plan = plans.load(actor.office());
        List<FieldViolation> violations = new ArrayList<>();
        Optional<RelocationArea> area = plan.area(details.area());
        if (area.isEmpty()) {
            violations.add(new FieldViolation("area", "must be the code of an area of the office's arrangements: "
                    + (plan.areas().isEmpty() ? "it has none" : plan.areas().stream().map(RelocationArea::code)
                    .collect(Collectors.joining(", ")))));
        }
        Optional<RelocationPlace> haven = area.flatMap(a -> a.haven(details.haven()));
        if (area.isPresent() && haven.isEmpty()) {
            violations.add(new FieldViolation("haven", "must be a safe haven of area " + area.get().code() + ": "
                    + (area.get().safeHavens().isEmpty() ? "it has none" : area.get().safeHavens().stream()
                    .map(RelocationPlace::name).collect(Collectors.joining(", ")))));
        }
        Instant at = Optional.ofNullable(details.at()).orElse(now);
        if (at.isBefore(now.minus(MAX_OFFSET)) || at.isAfter(now.plus(MAX_OFFSET))) {
            violations.add(new FieldViolation("at", "must be at most " + MAX_OFFSET.toDays()
                    + " days before or after now"));
        }
        Optional<ActivationId> activation = Optional.empty();
        if (details.activation() != null && !details.activation().isBlank()) {
            try {
                activation = Optional.of(ActivationId.of(details.activation().strip()));
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("activation", "must be the id of an activation of the crisis team,"
                        + " was '" + details.activation() + "'"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommandException(violations);
        }
        RelocationArea where = area.orElseThrow();
        Optional<Activation> from = activation.map(id -> {
            try {
                return activations.get(actor, id);
            } catch (NotFoundException e) {
                throw InvalidCommandException.of("activation", "is not an activation of office " + actor.office()
                        + ": " + id);
            }
        });
        from.filter(a -> !a.open()).ifPresent(a -> {
            throw RefusedException.because("activation " + a.id() + " was stood down; declare from an open one");
        });
        List<GeoPoint> outline = where.zone().map(z -> personnel.zoneOutline(actor, z, "area"))
                .orElse(where.outline());
        List<EvacuationList.Candidate> present = personnel.present(actor, outline, at, MAX_PERSONS);
        if (present.size() > MAX_PERSONS) {
            throw RefusedException.because("area " + where.code() + " holds more than " + MAX_PERSONS
                    + " persons at " + at + "; declare for smaller areas");
        }
        List<Evacuee> list = EvacuationList.build(present, plan.priority(), where.transport());
        Relocation built = CommandValidator.build("body", () -> new Relocation(RelocationId.random(), actor.office(),
                0, details.kind(), where.code(), where.name(), haven.orElseThrow().name(), at, actor.subject(), now,
                from.map(Activation::id), where.transport(), plan.priority(), list));
        String basis = guard.requireQuietly(actor, Operation.READ, CrisisData.RELOCATION_LIST,
                AccessTarget.office(actor.office()), AuditAction.READ, TYPE, built.id().toString());
        Relocation saved = relocations.save(built);
        expose(actor, saved, saved.persons(), basis);
        from.ifPresent(a -> activations.note(actor, a.id(), new NoteDetails(saved.kind() + " declared for area "
                + where.code() + " (" + where.name() + ") to " + saved.haven() + ": " + saved.counts().persons()
                + " persons, " + saved.counts().seats() + " seats, " + saved.counts().shortfallPersons()
                + " in the shortfall (relocation " + saved.id() + ")")));
        return saved;
    }

    @Override
    public Relocation get(Actor actor, RelocationId id) {
        String basis = guard.requireQuietly(actor, Operation.READ, CrisisData.RELOCATION_LIST,
                AccessTarget.office(actor.office()), AuditAction.READ, TYPE, id.toString());
        Relocation r = load(actor, id);
        expose(actor, r, r.persons(), basis);
        return r;
    }

    @Override
    public RelocationSummary summary(Actor actor, RelocationId id) {
        guard.require(actor, Operation.READ, CrisisData.RELOCATION_COUNTS, AccessTarget.office(actor.office()),
                AuditAction.READ, TYPE, id.toString());
        return RelocationSummary.of(load(actor, id));
    }

    @Override
    public Page<RelocationSummary> list(Actor actor, PageRequest page) {
        guard.require(actor, Operation.READ, CrisisData.RELOCATION_COUNTS, AccessTarget.office(actor.office()),
                AuditAction.LIST, TYPE, actor.office().value());
        Page<Relocation> found = relocations.list(actor.office(), page);
        return found.map(RelocationSummary::of);
    }

    @Override
    public RelocationEntries own(Actor actor, RelocationId id) {
        Relocation r = load(actor, id);
        PersonId me = actor.person().orElseThrow(() -> InvalidCommandException.of("person",
                "only a person of the office has an entry on a relocation list"));
        List<Evacuee> mine = new ArrayList<>();
        String basis = null;
        for (Evacuee e : r.evacuees()) {
            if (e.person().equals(me) || e.household().equals(me)) {
                AccessDecision decision = guard.check(actor, Operation.READ, CrisisData.RELOCATION_LIST, target(r, e));
                if (decision.granted()) {
                    mine.add(e);
                    basis = basis == null ? decision.reason() : basis;
                }
            }
        }
        if (basis != null) {
            expose(actor, r, mine.stream().map(Evacuee::person).toList(), basis);
        }
        return new RelocationEntries(r.id(), r.kind(), r.areaName(), r.haven(), r.at(), mine);
    }

    @Override
    public RecordedStatus record(Actor actor, RelocationId id, EvacueeStatusDetails details) {
        validator.validate(details);
        for (int attempt = 1; ; attempt++) {
            Relocation current = load(actor, id);
            Evacuee entry = current.evacuee(details.person()).orElseThrow(() -> InvalidCommandException.of("person",
                    "is not on the list of relocation " + id + ": " + details.person()));
            guard.require(actor, Operation.WRITE, CrisisData.RELOCATION_LIST, target(current, entry),
                    AuditAction.UPDATE, TYPE, id.toString());
            Relocation next = CommandValidator.build("status", () -> current.record(details.person(),
                    details.status(), Optional.ofNullable(details.note()), actor.subject(), clock.instant()));
            try {
                Relocation saved = next == current ? current : relocations.save(next);
                return new RecordedStatus(saved.id(), saved.version(), saved.evacuee(details.person()).orElseThrow(),
                        saved.counts());
            } catch (VersionConflictException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The access target of a person on a list: them, with their sponsor when they are a dependent. */
    private static AccessTarget target(Relocation r, Evacuee e) {
        Optional<PersonId> sponsor = e.household().equals(e.person()) ? Optional.empty() : Optional.of(e.household());
        return AccessTarget.person(r.office(), e.person(), sponsor, Optional.empty());
    }

    private Relocation load(Actor actor, RelocationId id) {
        return relocations.findById(id).filter(r -> r.office().equals(actor.office()))
                .orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    /** Audits a read of the list's names: the persons shown. */
    private void expose(Actor actor, Relocation r, List<PersonId> shown, String basis) {
        guard.record(actor, AuditAction.READ, TYPE, r.id().toString(), CrisisData.RELOCATION_LIST,
                new AccessDecision.Granted(basis), shown);
    }
}
