package io.vigil.benchmarks;

import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.event.InProcessEventBus;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.Residence;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.alerting.InMemoryAdvisoryBoard;
import io.vigil.testkit.memory.alerting.InMemoryAlertingStores;
import io.vigil.testkit.memory.alerting.InMemoryCheckInLog;
import io.vigil.testkit.memory.alerting.InMemoryCommunicationTestRegistry;
import io.vigil.testkit.memory.alerting.InMemoryEmergencyLog;
import io.vigil.testkit.memory.alerting.InMemoryOnCallRoster;
import io.vigil.testkit.memory.alerting.InMemoryPhoneTreeRegistry;
import io.vigil.testkit.memory.people.InMemoryMissionRegistry;
import io.vigil.testkit.memory.people.InMemoryPeopleStores;
import io.vigil.testkit.memory.people.InMemoryPersonDirectory;
import io.vigil.testkit.memory.people.InMemoryPositionLog;
import io.vigil.testkit.memory.people.InMemoryPresenceLog;
import io.vigil.testkit.memory.people.InMemoryResidenceRegistry;
import io.vigil.testkit.memory.people.InMemoryWardenZoneRegistry;
import io.vigil.wiring.Vigil;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole roll-call start ({@code RollCallsUseCase.start}) on the in-memory adapters: the locator
 * query over {@code persons} persons with residences, itineraries and positions (the data of
 * {@link LocatorBenchmark}), the contact directory and each affected person's zone, storing the
 * roll-call and asking everyone by SMS through a gateway that only counts.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class RollCallBenchmark {
    private static final Actor OFFICER = Actor.of("officer", LocatorData.OFFICE, Role.SECURITY_OFFICER);

    /** Sends nothing, keeps nothing: counts. */
    static final class CountingGateway implements MessageGateway {
        final LongAdder sent = new LongAdder();

        @Override
        public boolean send(OutboundMessage message) {
            sent.increment();
            return true;
        }

        @Override
        public List<OutboundMessage> sent(OfficeId office) {
            return List.of();
        }
    }

    /** The office, loaded. */
    @State(Scope.Benchmark)
    public static class Office {
        @Param("100000")
        int persons;
        @Param("300000")
        int legs;
        @Param("100000")
        int positions;

        AlertingUseCases alerting;
        RollCallDetails incident;
        int affected;

        @Setup(Level.Trial)
        public void load() {
            LocatorData data = new LocatorData(persons, legs, positions);
            CountingAuditLog audit = new CountingAuditLog();
            PeoplePorts ports = new InMemoryPeopleStores().open();
            Set<PersonId> everyone = new LinkedHashSet<>();
            data.residences.stream().map(Residence::occupant).forEach(everyone::add);
            data.missions.forEach(m -> everyone.addAll(m.members()));
            data.positions.forEach(p -> everyone.add(p.person()));
            int n = 0;
            for (PersonId p : everyone) {
                ports.persons().save(new Person(p, LocatorData.OFFICE, 0, "Person", "No " + n,
                        PersonCategory.NATIONAL_STAFF, "IBRD", Optional.empty(), List.of(new ContactChannel(
                                ChannelKind.PHONE, String.format("+52 55 %08d", n++), "mobile")), List.of(),
                        Optional.empty(), Optional.empty()));
            }
            LocatorBenchmark.load(data, ports);
            MutableClock clock = MutableClock.at(data.query.to().plusSeconds(60).toString());
            Kernel kernel = Vigil.kernel(clock, audit);
            PeopleUseCases people = PeopleServices.create(ports, kernel);
            alerting = AlertingServices.create(new InMemoryAlertingStores().open(), new CountingGateway(), people,
                    kernel);
            int lookback = (int) Duration.between(data.query.from(), data.query.to()).toMinutes();
            incident = new RollCallDetails("Benchmark incident", data.query.area(), data.query.to(), lookback,
                    Set.of(Channel.SMS), 15, 45, null, null, null);
            affected = alerting.rollCalls().start(OFFICER, incident).audience().size();
            if (affected == 0) {
                throw new IllegalStateException("the benchmark incident should affect someone");
            }
        }
    }

    @Benchmark
    public CommunicationTest startRollCall(Office office) {
        return office.alerting.rollCalls().start(OFFICER, office.incident);
    }
}
