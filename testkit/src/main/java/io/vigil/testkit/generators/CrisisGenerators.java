package io.vigil.testkit.generators;

import static io.vigil.testkit.generators.KernelGenerators.freshOffice;
import static io.vigil.testkit.generators.KernelGenerators.instants;
import static io.vigil.testkit.generators.KernelGenerators.names;
import static io.vigil.testkit.generators.KernelGenerators.optionals;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.ActivationId;
import io.vigil.crisis.domain.AvoidanceMeasure;
import io.vigil.crisis.domain.Communication;
import io.vigil.crisis.domain.ContinuityInputs;
import io.vigil.crisis.domain.CrisisPlan;
import io.vigil.crisis.domain.CrisisTeam;
import io.vigil.crisis.domain.CriticalFunction;
import io.vigil.crisis.domain.Exercise;
import io.vigil.crisis.domain.ExerciseId;
import io.vigil.crisis.domain.ExerciseKind;
import io.vigil.crisis.domain.ExerciseSchedule;
import io.vigil.crisis.domain.ExerciseAction;
import io.vigil.crisis.domain.EvacuationList;
import io.vigil.crisis.domain.EvacuationRoute;
import io.vigil.crisis.domain.EvacueeCategory;
import io.vigil.crisis.domain.EvacueeStatus;
import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationArea;
import io.vigil.crisis.domain.RelocationId;
import io.vigil.crisis.domain.RelocationKind;
import io.vigil.crisis.domain.RelocationPlace;
import io.vigil.crisis.domain.RelocationPlan;
import io.vigil.crisis.domain.RouteKind;
import io.vigil.crisis.domain.TransportKind;
import io.vigil.crisis.domain.TransportOption;
import io.vigil.crisis.domain.LogEntry;
import io.vigil.crisis.domain.MeasureKind;
import io.vigil.crisis.domain.Measurement;
import io.vigil.crisis.domain.MemberCall;
import io.vigil.crisis.domain.PlanContent;
import io.vigil.crisis.domain.PlanRole;
import io.vigil.crisis.domain.Scenario;
import io.vigil.crisis.domain.ScheduleRule;
import io.vigil.crisis.domain.TeamRole;
import io.vigil.crisis.domain.TeamSeat;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the crisis context. */
public final class CrisisGenerators {
    private static final List<String> RULES = List.of("FREQ=MONTHLY;INTERVAL=6", "FREQ=YEARLY", "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1", "FREQ=DAILY;INTERVAL=30");

    private CrisisGenerators() {
    }

    /** The content of a plan version with one to three scenarios named after {@code name}. */
    public static PlanContent content(String name, int scenarios) {
        return new PlanContent(IntStream.range(0, scenarios).mapToObj(i -> new Scenario(name + " " + i,
                        List.of("trigger " + i), List.of("step one", "step two"), TeamRole.values()[i % 6])).toList(),
                List.of(new PlanRole(TeamRole.LEADER, "decides")),
                List.of(new Communication("all personnel", "SMS", TeamRole.COMMUNICATIONS)),
                List.of(new AvoidanceMeasure(MeasureKind.EVACUATION, "by air"),
                        new AvoidanceMeasure(MeasureKind.WORK_FROM_HOME, "everyone")));
    }

    /** Plans of fresh offices (a plan's id is its office), version 0: a draft, or (half the time) approved. */
    public static Gen<CrisisPlan> plans() {
        return names().zip(Generate.range(1, 3), instants(), Generate.booleans(), (name, n, at, approved) -> {
            CrisisPlan p = CrisisPlan.empty(freshOffice()).withDraft(content(name, n), "officer", at);
            return approved ? p.approve("officer", at.plusSeconds(3600)) : p;
        });
    }

    /** Teams of fresh offices, version 0: one to six seats, each with up to two alternates. */
    public static Gen<CrisisTeam> teams() {
        return Generate.range(1, 6).zip(Generate.range(0, 2), (seats, alternates) -> new CrisisTeam(freshOffice(), 0,
                IntStream.range(0, seats).mapToObj(i -> new TeamSeat(TeamRole.values()[i], PersonId.random(),
                        IntStream.range(0, alternates).mapToObj(j -> PersonId.random()).toList())).toList()));
    }

    /** Schedules of fresh offices, version 0: rules for the first one to four kinds. */
    public static Gen<ExerciseSchedule> schedules() {
        return Generate.range(1, 4).zip(Generate.pick(RULES), Generate.range(0, 3000), (n, rule, days) ->
                new ExerciseSchedule(freshOffice(), 0, IntStream.range(0, n).mapToObj(i -> new ScheduleRule(
                        ExerciseKind.values()[i], rule, LocalDate.of(2020, 1, 1).plusDays(days))).toList()));
    }

    /** Continuity inputs of fresh offices, version 0: one to three functions, some with a gap. */
    public static Gen<ContinuityInputs> continuity() {
        return names().zip(Generate.range(1, 3), Generate.range(1, 200), (name, n, hours) ->
                new ContinuityInputs(freshOffice(), 0, IntStream.range(0, n).mapToObj(i -> new CriticalFunction(
                        name + " " + i, List.of("earthquake"), "alternate site " + i, i + 1, hours, 100)).toList()));
    }

    /** Activations of the office, version 0: by hand or from an incident, with members, a log, open or not. */
    public static Gen<Activation> activations(OfficeId office) {
        return names().zip(instants(), optionals(Generate.range(1, 99_999)), Generate.range(1, 6),
                (scenario, at, incident, members) -> new Activation(ActivationId.random(), office, 0,
                        incident.map(i -> "INC-" + i), scenario, "trigger of " + scenario, "officer", at,
                        IntStream.range(0, members).mapToObj(i -> MemberCall.told(PersonId.random(),
                                TeamRole.values()[i % 6], i >= 3, 2)).toList(),
                        List.of(new LogEntry(at, "officer", "activated")), List.of(),
                        members % 2 == 0 ? Optional.of(at.plusSeconds(7200)) : Optional.empty()));
    }

    /** Drills of the office, version 0, with participants, a time measured, findings and actions. */
    public static Gen<Exercise> exercises(OfficeId office) {
        return Generate.enumValues(ExerciseKind.class).zip(names(), instants(), Generate.range(0, 4),
                (kind, title, at, n) -> {
                    List<ExerciseAction> actions = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        actions.add(new ExerciseAction(i + 1, "action " + i, PersonId.random(),
                                at.atZone(ZoneOffset.UTC).toLocalDate().plusDays(10L * i), Optional.empty()));
                    }
                    return new Exercise(ExerciseId.random(), office, 0, kind, title + " drill", at,
                            IntStream.range(0, n + 1).mapToObj(i -> PersonId.random()).toList(),
                            List.of(new Measurement("building emptied", 200 + n, 300)),
                            n > 1 ? List.of("finding " + n) : List.of(), actions, Optional.empty());
                });
    }

    /** An area of a relocation plan with its code, an outline, an assembly point, a haven, a route and {@code options} transport options. */
    public static RelocationArea area(String code, int options) {
        GeoPoint a = GeoPoint.of(19.40, -99.20);
        GeoPoint b = GeoPoint.of(19.45, -99.10);
        return new RelocationArea(code, "Area " + code, List.of(a, GeoPoint.of(19.40, -99.10), b), Optional.empty(),
                List.of(new RelocationPlace("Assembly " + code, a, 200, List.of("warden +52 55 0000 0000"))),
                List.of(new RelocationPlace("Haven " + code, b, 500, List.of())),
                List.of(new EvacuationRoute("Route " + code, RouteKind.PRIMARY, "office", "haven", List.of(a, b))),
                IntStream.range(0, options).mapToObj(i -> new TransportOption("Vehicle " + i, TransportKind.VAN,
                        4 + i, "provider " + i)).toList());
    }

    /** Relocation plans of fresh offices, version 0: one to three areas, the default priority order or its reverse. */
    public static Gen<RelocationPlan> relocationPlans() {
        return Generate.range(1, 3).zip(Generate.range(0, 3), Generate.booleans(), (areas, options, reversed) -> {
            List<EvacueeCategory> priority = new ArrayList<>(RelocationPlan.DEFAULT_PRIORITY);
            if (reversed) {
                Collections.reverse(priority);
            }
            return new RelocationPlan(freshOffice(), 0, IntStream.range(0, areas).mapToObj(i -> area("A" + i, options))
                    .toList(), priority);
        });
    }

    /**
     * Relocations of the office, version 0: households of one to three persons packed by the list's
     * rule into two vans of four and five seats, some with a state recorded.
     */
    public static Gen<Relocation> relocations(OfficeId office) {
        return Generate.enumValues(RelocationKind.class).zip(instants(), Generate.range(0, 6), Generate.range(1, 3),
                (kind, at, households, size) -> {
                    List<EvacuationList.Candidate> present = new ArrayList<>();
                    for (int h = 0; h < households; h++) {
                        PersonId sponsor = PersonId.random();
                        present.add(new EvacuationList.Candidate(sponsor, "Sponsor " + h,
                                EvacueeCategory.INTERNATIONAL_STAFF, sponsor, "residence " + h));
                        for (int d = 1; d < size; d++) {
                            present.add(new EvacuationList.Candidate(PersonId.random(), "Dependent " + h + "." + d,
                                    EvacueeCategory.DEPENDENT, sponsor, "residence " + h));
                        }
                    }
                    List<TransportOption> transport = List.of(new TransportOption("Van 1", TransportKind.VAN, 4, "fleet"),
                            new TransportOption("Van 2", TransportKind.VAN, 5, "fleet"));
                    Relocation r = new Relocation(RelocationId.random(), office, 0, kind, "A0", "Area A0", "Haven A0",
                            at, "officer", at, Optional.empty(), transport, RelocationPlan.DEFAULT_PRIORITY,
                            EvacuationList.build(present, RelocationPlan.DEFAULT_PRIORITY, transport));
                    return r.evacuees().isEmpty() ? r : r.record(r.evacuees().get(0).person(), EvacueeStatus.MOVED,
                            Optional.empty(), "soc", at.plusSeconds(600));
                });
    }

    /** Lists of drills of the office. */
    public static Gen<List<Exercise>> exerciseLists(OfficeId office, int size) {
        return lists().of(exercises(office)).ofSize(size);
    }
}
