package io.vigil.awareness.application;

import io.vigil.awareness.domain.Arrival;
import io.vigil.awareness.domain.ArrivalBriefing;
import io.vigil.awareness.domain.ArrivalBriefings;
import io.vigil.awareness.domain.AwarenessData;
import io.vigil.awareness.domain.AwarenessPolicy;
import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.Course;
import io.vigil.awareness.domain.CourseStatus;
import io.vigil.awareness.domain.DesignatedArea;
import io.vigil.awareness.domain.Requirement;
import io.vigil.awareness.domain.TrainingStatus;
import io.vigil.awareness.port.in.ComplianceReport;
import io.vigil.awareness.port.in.CourseStanding;
import io.vigil.awareness.port.in.PersonTraining;
import io.vigil.awareness.port.in.TrainingRecordsUseCase;
import io.vigil.awareness.port.out.AwarenessPorts;
import io.vigil.awareness.port.out.ProcedureAcknowledgements;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import io.vigil.kernel.paging.Page;
import io.vigil.people.port.in.LocatePersonnelUseCase;
import io.vigil.people.port.in.LocateQuery;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.people.port.in.ManagePresencesUseCase;
import io.vigil.people.port.in.PersonView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Training records, the compliance report and the on-arrival briefings due. Persons, their units and
 * categories come from the people context's use cases, their locations from its locator and their
 * arrivals from its stays, each read with the actor's own access; every read here is audited with
 * the persons it names. Expiry warnings count days on the office's local calendar (UTC for an office
 * without a profile).
 */
final class TrainingRecordService implements TrainingRecordsUseCase {
    static final String RECORD = "training-record";
    static final String REPORT = "training-compliance";
    static final String ARRIVALS = "arrival-briefings";

    private final AwarenessPorts ports;
    private final Roster roster;
    private final LocatePersonnelUseCase locator;
    private final ManagePresencesUseCase presences;
    private final ProcedureAcknowledgements acknowledgements;
    private final AccessGuard guard;
    private final ManageOfficesUseCase offices;

    TrainingRecordService(AwarenessPorts ports, Roster roster, LocatePersonnelUseCase locator,
                          ManagePresencesUseCase presences, ProcedureAcknowledgements acknowledgements,
                          AccessGuard guard, ManageOfficesUseCase offices) {
        this.ports = ports;
        this.acknowledgements = acknowledgements;
        this.roster = roster;
        this.locator = locator;
        this.presences = presences;
        this.guard = guard;
        this.offices = offices;
    }

    private ZoneId zone(Actor actor) {
        return offices.zoneOf(actor.office()).orElse(ZoneOffset.UTC);
    }

    @Override
    public PersonTraining record(Actor actor, PersonId person, Instant at) {
        Require.nonNull(person, "person");
        Require.nonNull(at, "at");
        AccessTarget target = AccessTarget.person(actor.office(), person, Optional.empty(), Optional.empty());
        if (guard.check(actor, Operation.READ, AwarenessData.TRAINING, target).granted()
                || !guard.check(actor, Operation.READ, AwarenessData.UNIT_TRAINING,
                        AccessTarget.office(actor.office())).granted()) {
            guard.require(actor, Operation.READ, AwarenessData.TRAINING, target, AuditAction.READ, RECORD,
                    person.toString());
            roster.person(actor, person);
        } else {
            requireUnitManager(actor, person);
        }
        AwarenessPolicy policy = PolicyService.current(ports.policies(), actor);
        List<Completion> completions = ports.completions().ofPerson(actor.office(), person);
        List<CourseStanding> courses = catalogue(actor).stream().map(c -> new CourseStanding(c.code(), c.title(),
                c.requirement(), TrainingStatus.of(c.id(), completions, at, policy.warningDays(), zone(actor)))).toList();
        return new PersonTraining(person, at, courses, completions,
                ports.briefings().attendedBy(actor.office(), person));
    }

    /** A manager reads the record of a person of their own unit (the unit of the person the manager is). */
    private void requireUnitManager(Actor actor, PersonId person) {
        String unit = roster.person(actor, person).orgUnit();
        Optional<String> own = roster.unitOf(actor);
        AccessDecision decision = own.filter(unit::equals).<AccessDecision>map(u -> new AccessDecision.Granted(
                        "manager of unit " + u + " of office " + actor.office()))
                .orElseGet(() -> new AccessDecision.Denied("actor '" + actor.subject() + "' manages "
                        + own.map(u -> "unit " + u).orElse("no unit (the actor names no person)")
                        + " and the person is of unit " + unit + "; a manager reads the training records of their"
                        + " own unit only"));
        guard.record(actor, AuditAction.READ, RECORD, person.toString(), AwarenessData.UNIT_TRAINING, decision,
                List.of(person));
        if (decision instanceof AccessDecision.Denied denied) {
            throw new AccessDeniedException(denied.reason());
        }
    }

    @Override
    public ComplianceReport compliance(Actor actor, Instant at) {
        Require.nonNull(at, "at");
        AccessTarget office = AccessTarget.office(actor.office());
        DataClass data = AwarenessData.TRAINING;
        Optional<String> unit = Optional.empty();
        if (!guard.check(actor, Operation.READ, AwarenessData.TRAINING, office).granted()
                && guard.check(actor, Operation.READ, AwarenessData.UNIT_TRAINING, office).granted()) {
            data = AwarenessData.UNIT_TRAINING;
            unit = roster.unitOf(actor);
            if (unit.isEmpty()) {
                guard.record(actor, AuditAction.LIST, REPORT, actor.office().value(), data, new AccessDecision.Denied(
                        "a manager sees the report of their own unit, and actor '" + actor.subject()
                                + "' names no person"), List.of());
                throw new AccessDeniedException("a manager sees the report of their own unit, and actor '"
                        + actor.subject() + "' names no person, so has no unit");
            }
        }
        String basis = guard.requireQuietly(actor, Operation.READ, data, office, AuditAction.LIST, REPORT,
                actor.office().value());
        boolean located = unit.isEmpty();
        List<PersonView> everyone = roster.office(actor, unit);
        List<PersonView> persons = everyone.stream().filter(p -> !Roster.dependent(p)).toList();
        Map<PersonId, List<Completion>> done = Page.all(page -> ports.completions().list(actor.office(), page))
                .stream().collect(Collectors.groupingBy(Completion::person));
        List<Integer> warnings = PolicyService.current(ports.policies(), actor).warningDays();
        ZoneId zone = zone(actor);
        List<ComplianceReport.CourseCompliance> courses = new ArrayList<>();
        for (Course course : catalogue(actor)) {
            if (course.required()) {
                Map<PersonId, List<String>> areas = course.requirement() == Requirement.ALL ? Map.of()
                        : located ? locate(actor, course, at) : Map.of();
                List<PersonView> required = persons.stream().filter(p -> course.requirement() == Requirement.ALL
                        || areas.containsKey(p.personId())).toList();
                courses.add(compliance(course, required, done, areas, at, warnings, zone));
            }
        }
        guard.record(actor, AuditAction.LIST, REPORT, actor.office().value(), data, new AccessDecision.Granted(basis),
                courses.stream().flatMap(c -> c.gaps().stream()).map(ComplianceReport.Gap::person).distinct()
                        .toList());
        Optional<List<ProcedureAcknowledgements.ProcedureStanding>> standing = acknowledgements.standing(actor, at);
        return new ComplianceReport(actor.office(), at, unit, located, courses, standing.isPresent(),
                standing.orElse(List.of()).stream().map(s -> procedure(s, everyone)).toList());
    }

    /** A procedure's standing counted over the persons of the report (of the manager's unit, for a manager). */
    private static ComplianceReport.ProcedureCompliance procedure(ProcedureAcknowledgements.ProcedureStanding standing,
                                                                  List<PersonView> persons) {
        Map<PersonId, PersonView> byId = persons.stream().collect(Collectors.toMap(PersonView::personId, p -> p,
                (a, b) -> a));
        Map<List<String>, int[]> groups = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        int applies = 0;
        int missing = 0;
        for (boolean acknowledged : new boolean[] {true, false}) {
            for (PersonId id : acknowledged ? standing.acknowledged() : standing.missing()) {
                PersonView p = byId.get(id);
                if (p == null) {
                    continue;
                }
                int[] counts = groups.computeIfAbsent(List.of(p.orgUnit(), p.category()), k -> new int[2]);
                counts[0]++;
                applies++;
                if (!acknowledged) {
                    counts[1]++;
                    missing++;
                }
            }
        }
        return new ComplianceReport.ProcedureCompliance(standing.document(), standing.title(), standing.version(),
                applies, missing, groups.entrySet().stream().map(e -> new ComplianceReport.ProcedureCount(
                        e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1])).toList());
    }

    private static ComplianceReport.CourseCompliance compliance(Course course, List<PersonView> required,
                                                                Map<PersonId, List<Completion>> done,
                                                                Map<PersonId, List<String>> areas, Instant at,
                                                                List<Integer> warnings, ZoneId zone) {
        List<ComplianceReport.Gap> gaps = new ArrayList<>();
        Map<List<String>, int[]> groups = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        for (PersonView p : required) {
            CourseStatus status = TrainingStatus.of(course.id(), done.getOrDefault(p.personId(), List.of()), at,
                    warnings, zone);
            int[] counts = groups.computeIfAbsent(List.of(p.orgUnit(), p.category()), k -> new int[4]);
            counts[0]++;
            if (status.gap()) {
                counts[1 + status.state().ordinal()]++;
                gaps.add(new ComplianceReport.Gap(p.personId(), p.displayName(), p.orgUnit(), p.category(), status,
                        areas.getOrDefault(p.personId(), List.of())));
            }
        }
        gaps.sort(Comparator.comparing((ComplianceReport.Gap g) -> g.status().state())
                .thenComparing(g -> g.status().validUntil().orElse(Instant.MIN)).thenComparing(ComplianceReport.Gap::name)
                .thenComparing(g -> g.person().toString()));
        List<ComplianceReport.GroupCount> counts = groups.entrySet().stream().map(e -> new ComplianceReport.GroupCount(
                e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                e.getValue()[3])).toList();
        return new ComplianceReport.CourseCompliance(course.id(), course.code(), course.title(), course.requirement(),
                required.size(), gaps, counts);
    }

    /** Each person the locator places in one of the course's areas at the instant, with those areas' names. */
    private Map<PersonId, List<String>> locate(Actor actor, Course course, Instant at) {
        Map<PersonId, List<String>> found = new LinkedHashMap<>();
        for (DesignatedArea area : course.areas()) {
            for (PersonId p : locator.locate(actor, new LocateQuery(area.vertices(), at, at)).persons()) {
                found.computeIfAbsent(p, k -> new ArrayList<>()).add(area.name());
            }
        }
        return found;
    }

    @Override
    public List<ArrivalBriefing> arrivalBriefings(Actor actor, Instant at) {
        Require.nonNull(at, "at");
        String basis = guard.requireQuietly(actor, Operation.READ, AwarenessData.TRAINING,
                AccessTarget.office(actor.office()), AuditAction.LIST, ARRIVALS, actor.office().value());
        List<Arrival> arrivals = Page.all(page -> presences.stays(actor, page)).stream()
                .map(s -> new Arrival(s.person(), s.arrival(), s.departure())).toList();
        List<ArrivalBriefing> open = ArrivalBriefings.open(arrivals,
                ports.briefings().since(actor.office(), at.minus(ArrivalBriefings.LOOK_BACK)), at,
                PolicyService.current(ports.policies(), actor).onArrivalDays());
        guard.record(actor, AuditAction.LIST, ARRIVALS, actor.office().value(), AwarenessData.TRAINING,
                new AccessDecision.Granted(basis), open.stream().map(ArrivalBriefing::person).distinct().toList());
        return open;
    }

    private List<Course> catalogue(Actor actor) {
        return Page.all(page -> ports.courses().list(actor.office(), page));
    }
}
