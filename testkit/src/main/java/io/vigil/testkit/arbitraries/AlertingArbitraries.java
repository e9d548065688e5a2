package io.vigil.testkit.arbitraries;

import io.vigil.alerting.domain.Acknowledgement;
import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.AdvisoryId;
import io.vigil.alerting.domain.Audience;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Drill;
import io.vigil.alerting.domain.DrillId;
import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.RequestId;
import io.vigil.alerting.domain.RequestState;
import io.vigil.alerting.domain.RequestStatus;
import io.vigil.alerting.domain.ResponseEntry;
import io.vigil.alerting.domain.Severity;
import io.vigil.alerting.domain.ShiftId;
import io.vigil.alerting.domain.Target;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.alerting.domain.TreeId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries for the emergency communications context. */
public final class AlertingArbitraries {
    private AlertingArbitraries() {
    }

    /** On-call shifts of the office in 2026, version 0. */
    public static Arbitrary<OnCallShift> shifts(OfficeId office) {
        return Combinators.combine(VigilArbitraries.names(), Arbitraries.of("Country security officer",
                        "Security associate", "Duty officer"), VigilArbitraries.instants(), VigilArbitraries.durations())
                .as((name, function, from, length) -> new OnCallShift(ShiftId.random(), office, 0, name, function,
                        "+52 55 1234 5678", from, from.plus(length)));
    }

    /** Emergency requests of the office, open or closed, version 0. */
    public static Arbitrary<EmergencyRequest> requests(OfficeId office) {
        return Combinators.combine(VigilArbitraries.names(), VigilArbitraries.instants(),
                VigilArbitraries.points().optional(), Arbitraries.of(RequestStatus.class), VigilArbitraries.durations())
                .as((caller, at, where, status, after) -> new EmergencyRequest(RequestId.random(), office, 0, at,
                        caller, "+52 55 9876 5432", caller + " reports a robbery", where, "Duty officer",
                        status == RequestStatus.CLOSED ? List.of(new ResponseEntry(at.plus(after), "duty", "resolved"))
                                : List.of(),
                        RequestState.of(status, status == RequestStatus.CLOSED ? Optional.of(at.plus(after))
                                : Optional.empty())));
    }

    /** Advisories of the office for everyone, with a few acknowledgements, version 0. */
    public static Arbitrary<Advisory> advisories(OfficeId office) {
        return Combinators.combine(VigilArbitraries.names(), Arbitraries.of(Severity.class),
                Arbitraries.of(Channel.class).set().ofMinSize(1), VigilArbitraries.instants(),
                VigilArbitraries.durations(), Arbitraries.integers().between(0, 3))
                .as((name, severity, channels, from, length, acks) -> new Advisory(AdvisoryId.random(), office, 0,
                        "Advisory " + name, "Avoid " + name, severity, Audience.everyone(), channels, from,
                        from.plus(length.multipliedBy(10)), "officer", Stream.generate(PersonId::random).limit(acks)
                        .map(p -> new Acknowledgement(p, from)).toList()));
    }

    /** Communication tests of the office with two to six persons, about half of them roll-calls, version 0. */
    public static Arbitrary<CommunicationTest> communicationTests(OfficeId office) {
        return Combinators.combine(VigilArbitraries.names(), Arbitraries.of(Channel.class).set().ofMinSize(1),
                Arbitraries.integers().between(2, 6), VigilArbitraries.instants(), VigilArbitraries.durations(),
                Arbitraries.of(true, false), VigilArbitraries.points())
                .as((name, channels, size, start, open, rollCall, corner) -> {
                    List<PersonId> audience = Stream.generate(PersonId::random).limit(size).toList();
                    TestPurpose purpose = rollCall ? TestPurpose.rollCall(new Incident(GeoArea.rectangle(corner,
                            new GeoPoint(corner.latitude() + 0.01, corner.longitude() + 0.01)).vertices(),
                            start.minusSeconds(600), 15, 45, audience.stream().map(p -> new Incident.Affected(p,
                                    "Person " + name, Optional.of(WardenZoneId.of("Z-" + name.length())),
                                    "residence: Calle " + name)).toList(), Optional.empty(), Optional.empty()))
                            : TestPurpose.scheduled();
                    return new CommunicationTest(CommTestId.random(), office, 0, "Test " + name, channels, audience,
                            audience.subList(0, 1), start, start.plus(open), new Target(90, 60), "officer",
                            purpose);
                });
    }

    /** Messages of the office, each with a fresh id. */
    public static Arbitrary<OutboundMessage> messages(OfficeId office) {
        return Combinators.combine(Arbitraries.of(Channel.class), VigilArbitraries.instants(), VigilArbitraries.names())
                .as((channel, at, name) -> new OutboundMessage("m-" + UUID.randomUUID(), office,
                        Optional.of(PersonId.random()).filter(p -> channel != Channel.PHONE), channel,
                        "+52 55 1234 5678", "Are you safe, " + name + "?", at));
    }

    /**
     * Telephone trees of the office, version 0: a root calling two to four persons, each of whom
     * calls up to two more, some links with a fallback, and a finished drill with a call or two.
     */
    public static Arbitrary<PhoneTree> phoneTrees(OfficeId office) {
        return Combinators.combine(VigilArbitraries.names(), Arbitraries.integers().between(2, 4),
                Arbitraries.integers().between(0, 2), VigilArbitraries.instants(), Arbitraries.of(true, false))
                .as((name, first, second, start, answered) -> {
                    PersonId root = PersonId.random();
                    List<PhoneTree.Link> links = new java.util.ArrayList<>();
                    for (int i = 0; i < first; i++) {
                        PersonId callee = PersonId.random();
                        links.add(new PhoneTree.Link(root, callee, i == 0 ? List.of(PersonId.random()) : List.of()));
                        for (int j = 0; j < second; j++) {
                            links.add(new PhoneTree.Link(callee, PersonId.random(), List.of()));
                        }
                    }
                    PhoneTree tree = new PhoneTree(TreeId.random(), office, 0, "Tree " + name, root, links,
                            List.of());
                    Drill drill = Drill.of(DrillId.random(), tree, start, 30).withCall(new Drill.Call(root, links.get(0).callee(),
                            start.plusSeconds(60), answered)).orElseThrow().ended(start.plusSeconds(1800)).orElseThrow();
                    return tree.withDrill(drill);
                });
    }
}
