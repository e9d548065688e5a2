package io.vigil.testkit.generators;


import static io.vigil.testkit.generators.KernelGenerators.durations;
import static io.vigil.testkit.generators.KernelGenerators.instants;
import static io.vigil.testkit.generators.KernelGenerators.names;
import static io.vigil.testkit.generators.KernelGenerators.optionals;
import static io.vigil.testkit.generators.KernelGenerators.points;
import static org.quicktheories.generators.SourceDSL.lists;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the emergency communications context. */
public final class AlertingGenerators {
    private AlertingGenerators() {
    }

    /** On-call shifts of the office in 2026, version 0. */
    public static Gen<OnCallShift> shifts(OfficeId office) {
        return names().zip(Generate.pick(List.of("Country security officer", "Security associate", "Duty officer")),
                instants(), durations(), (name, function, from, length) -> new OnCallShift(ShiftId.random(), office,
                        0, name, function, "+52 55 1234 5678", from, from.plus(length)));
    }

    /** Emergency requests of the office, open or closed, version 0. */
    public static Gen<EmergencyRequest> requests(OfficeId office) {
        return requests(office, Generate.enumValues(RequestStatus.class));
    }

    /** Open emergency requests of the office, version 0. */
    public static Gen<EmergencyRequest> openRequests(OfficeId office) {
        return requests(office, Generate.constant(RequestStatus.OPEN));
    }

    private static Gen<EmergencyRequest> requests(OfficeId office, Gen<RequestStatus> statuses) {
        return names().zip(instants(), optionals(points()), statuses, durations(),
                (caller, at, where, status, after) -> new EmergencyRequest(RequestId.random(), office, 0, at,
                        caller, "+52 55 9876 5432", caller + " reports a robbery", where, "Duty officer",
                        status == RequestStatus.CLOSED ? List.of(new ResponseEntry(at.plus(after), "duty", "resolved"))
                                : List.of(),
                        RequestState.of(status, status == RequestStatus.CLOSED ? Optional.of(at.plus(after))
                                : Optional.empty())));
    }

    /** The channels a message goes out on: every channel but {@code IN_PERSON}, which is only how an answer came. */
    public static Gen<Channel> sendingChannels() {
        return Generate.pick(Arrays.stream(Channel.values()).filter(c -> c != Channel.IN_PERSON).toList());
    }

    /** Non-empty sets of {@link #sendingChannels}. */
    public static Gen<Set<Channel>> sendingChannelSets() {
        return lists().of(sendingChannels()).ofSizeBetween(1, Channel.values().length - 1).map(EnumSet::copyOf);
    }

    /** Advisories of the office for everyone, with up to three acknowledgements, version 0. */
    public static Gen<Advisory> advisories(OfficeId office) {
        Gen<String> names = names();
        Gen<Severity> severities = Generate.enumValues(Severity.class);
        Gen<Set<Channel>> channels = sendingChannelSets();
        Gen<Instant> instants = instants();
        Gen<Duration> durations = durations();
        Gen<Integer> acks = Generate.range(0, 3);
        return in -> {
            String name = names.generate(in);
            Severity severity = severities.generate(in);
            Set<Channel> via = channels.generate(in);
            Instant from = instants.generate(in);
            Duration length = durations.generate(in);
            int acknowledged = acks.generate(in);
            return new Advisory(AdvisoryId.random(), office, 0, "Advisory " + name, "Avoid " + name, severity,
                    Audience.everyone(), via, from, from.plus(length.multipliedBy(10)), "officer",
                    Stream.generate(PersonId::random).limit(acknowledged).map(p -> new Acknowledgement(p, from))
                            .toList());
        };
    }

    /**
     * Communication tests of the office with two to six persons, about half of them roll-calls (the
     * first person with a residence and a hotel stay as reasons, the others with one reason kept as
     * text as release 0.1 kept it, and one resident listed abroad), version 0.
     */
    public static Gen<CommunicationTest> communicationTests(OfficeId office) {
        Gen<String> names = names();
        Gen<Set<Channel>> channels = sendingChannelSets();
        Gen<Integer> sizes = Generate.range(2, 6);
        Gen<Instant> instants = instants();
        Gen<Duration> durations = durations();
        Gen<Boolean> rollCalls = Generate.booleans();
        Gen<GeoPoint> corners = points();
        return in -> {
            String name = names.generate(in);
            Set<Channel> via = channels.generate(in);
            int size = sizes.generate(in);
            Instant start = instants.generate(in);
            Duration open = durations.generate(in);
            boolean rollCall = rollCalls.generate(in);
            GeoPoint corner = corners.generate(in);
            List<PersonId> audience = Stream.generate(PersonId::random).limit(size).toList();
            Incident.Reason home = Incident.Reason.located(Incident.ReasonKind.RESIDENCE, "lives at Calle " + name,
                    corner, start.minusSeconds(86_400), Optional.empty(), "r-" + name.length());
            Incident.Reason stay = Incident.Reason.located(Incident.ReasonKind.HOTEL_STAY, "staying at Hotel " + name,
                    corner, start.minusSeconds(3600), Optional.of(start.plusSeconds(7200)), "m-" + name.length());
            TestPurpose purpose = rollCall ? TestPurpose.rollCall(new Incident(GeoArea.rectangle(corner,
                    new GeoPoint(corner.latitude() + 0.01, corner.longitude() + 0.01)).vertices(),
                    start.minusSeconds(600), 15, 45, audience.stream().map(p -> p.equals(audience.get(0))
                            ? new Incident.Affected(p, "Person " + name, Optional.empty(), List.of(home, stay))
                            : new Incident.Affected(p, "Person " + name, Optional.of(WardenZoneId.of("Z-"
                            + name.length())), "residence: Calle " + name)).toList(), Optional.empty(),
                    Optional.empty(), List.of(new Incident.Abroad(PersonId.random(), "Abroad " + name, home,
                            Optional.of(start.minusSeconds(7200))))))
                    : TestPurpose.scheduled();
            return new CommunicationTest(CommTestId.random(), office, 0, "Test " + name, via, audience,
                    audience.subList(0, 1), start, start.plus(open), new Target(90, 60), "officer", purpose);
        };
    }

    /** Messages of the office, each with a fresh id. */
    public static Gen<OutboundMessage> messages(OfficeId office) {
        return sendingChannels().zip(instants(), names(),
                (channel, at, name) -> new OutboundMessage("m-" + UUID.randomUUID(), office,
                        Optional.of(PersonId.random()).filter(p -> channel != Channel.PHONE), channel,
                        "+52 55 1234 5678", "Are you safe, " + name + "?", at));
    }

    /**
     * Telephone trees of the office, version 0: a root calling two to four persons, each of whom
     * calls up to two more, the first link with a fallback, and a finished drill with one call.
     */
    public static Gen<PhoneTree> phoneTrees(OfficeId office) {
        return names().zip(Generate.range(2, 4), Generate.range(0, 2), instants(), Generate.booleans(),
                (name, first, second, start, answered) -> {
                    PersonId root = PersonId.random();
                    List<PhoneTree.Link> links = new ArrayList<>();
                    for (int i = 0; i < first; i++) {
                        PersonId callee = PersonId.random();
                        links.add(new PhoneTree.Link(root, callee, i == 0 ? List.of(PersonId.random()) : List.of()));
                        for (int j = 0; j < second; j++) {
                            links.add(new PhoneTree.Link(callee, PersonId.random(), List.of()));
                        }
                    }
                    PhoneTree tree = new PhoneTree(TreeId.random(), office, 0, "Tree " + name, root, links,
                            List.of());
                    Drill drill = Drill.of(DrillId.random(), tree, start, 30).withCall(new Drill.Call(root,
                            links.get(0).callee(), start.plusSeconds(60), answered)).orElseThrow().ended(start.plusSeconds(1800)).orElseThrow();
                    return tree.withDrill(drill);
                });
    }

    /**
     * Message settings of fresh offices: a default language, and up to three own templates (of
     * distinct kinds in that language, a name and the kind's name, then each placeholder it requires).
     */
    public static Gen<io.vigil.alerting.domain.MessageSettings> messageSettings() {
        return Generate.pick(io.vigil.kernel.Language.SUPPORTED).zip(Generate.range(0, 3), names(),
                (language, n, name) -> new io.vigil.alerting.domain.MessageSettings(KernelGenerators.freshOffice(),
                        0, language, Stream.of(io.vigil.alerting.domain.MessageKind.values()).limit(n)
                        .map(k -> new io.vigil.alerting.domain.MessageTemplate(k, language,
                                io.vigil.alerting.domain.GsmText.fold(name, 20) + ", " + k.name().toLowerCase(java.util.Locale.ROOT)
                                        + k.required().stream().sorted().map(r -> " {" + r + "}")
                                        .collect(java.util.stream.Collectors.joining()) + ".")).toList()));
    }
}
