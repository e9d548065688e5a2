package io.vigil.benchmarks;

import io.vigil.alerting.application.AlertingServices;
import io.vigil.alerting.domain.Answer;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.CheckInDetails;
import io.vigil.alerting.port.in.RollCallCursor;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.alerting.port.in.RollCallView;
import io.vigil.alerting.port.in.RollCallViewQuery;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.ResidenceDetails;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.alerting.InMemoryAlertingStores;
import io.vigil.testkit.memory.people.InMemoryPeopleStores;
import io.vigil.wiring.Vigil;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
 * The officer's roll-call view on the in-memory adapters, over a roll-call of {@code affected}
 * persons (a sponsor in every tenth with a dependent, half of them answered): the first page of 50
 * with households and phones, a page of 500 (what the CSV export reads at a time), and a
 * "changed since" poll that finds nothing new (what an event stream does every interval).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class RollCallViewBenchmark {
    private static final Actor OFFICER = Actor.of("officer", LocatorData.OFFICE, Role.SECURITY_OFFICER);

    /** The roll-call, started and half answered. */
    @State(Scope.Benchmark)
    public static class RollCall {
        @Param("10000")
        int affected;

        AlertingUseCases alerting;
        CommTestId id;
        RollCallCursor cursor;

        @Setup(Level.Trial)
        public void load() {
            MutableClock clock = MutableClock.at("2026-09-19T13:14:00Z");
            Kernel kernel = Vigil.kernel(clock, new CountingAuditLog());
            PeopleUseCases people = PeopleServices.create(new InMemoryPeopleStores().open(), kernel);
            alerting = AlertingServices.create(new InMemoryAlertingStores().open(),
                    new RollCallBenchmark.CountingGateway(), people, kernel);
            Instant start = clock.instant();
            PersonId previous = null;
            for (int i = 0; i < affected; i++) {
                PersonId sponsor = i % 10 == 9 ? previous : null;
                PersonCategory category = sponsor == null ? PersonCategory.NATIONAL_STAFF : PersonCategory.DEPENDENT;
                PersonId p = people.persons().register(OFFICER, new PersonDetails("Person", String.format("No %06d",
                        i), category, "IBRD", sponsor, sponsor == null ? List.of(new ContactChannel(ChannelKind.PHONE,
                        String.format("+52 55 %08d", i), "mobile")) : List.of(), List.of(), null, null)).person().id();
                people.residences().create(OFFICER, new ResidenceDetails(p, List.of(), new Address("Calle " + i, "",
                        "Ciudad de México", "MX"), new GeoPoint(19.30 + (i % 100) * 0.001, -99.20 + (i / 100) * 0.0001),
                        null, start.minus(Duration.ofDays(100)), null));
                previous = p;
            }
            id = alerting.rollCalls().start(OFFICER, new RollCallDetails("Benchmark quake", GeoArea.rectangle(
                    new GeoPoint(19.29, -99.21), new GeoPoint(19.41, -99.18)).vertices(), null, null,
                    Set.of(Channel.SMS), 15, 45, null, null, null)).id();
            RollCallView all = alerting.rollCallView().view(OFFICER, id, RollCallViewQuery.all(PageRequest.first(1)));
            if (all.persons().total() != affected) {
                throw new IllegalStateException("expected " + affected + " affected, found " + all.persons().total());
            }
            clock.advance(Duration.ofMinutes(5));
            List<PersonId> asked = alerting.rollCalls().status(OFFICER, id).persons().stream()
                    .map(RollCallStatus.Person::person).toList();
            for (int i = 0; i < asked.size(); i += 2) {
                alerting.tests().checkIn(OFFICER, id, new CheckInDetails(asked.get(i), Answer.SAFE, Channel.SMS, null));
            }
            clock.advance(Duration.ofMinutes(1));
            cursor = alerting.rollCallView().view(OFFICER, id, RollCallViewQuery.all(PageRequest.first(1))).cursor();
        }
    }

    @Benchmark
    public RollCallView firstPageOf50(RollCall r) {
        return r.alerting.rollCallView().view(OFFICER, r.id, RollCallViewQuery.all(PageRequest.first(50)));
    }

    @Benchmark
    public RollCallView pageOf500(RollCall r) {
        return r.alerting.rollCallView().view(OFFICER, r.id, RollCallViewQuery.all(new PageRequest(1000, 500)));
    }

    @Benchmark
    public RollCallView changedSinceNothingNew(RollCall r) {
        return r.alerting.rollCallView().view(OFFICER, r.id, new RollCallViewQuery(Optional.empty(), Optional.empty(),
                false, Optional.of(r.cursor), PageRequest.first(50)));
    }
}
