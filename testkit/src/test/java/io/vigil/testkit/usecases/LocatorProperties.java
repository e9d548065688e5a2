package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.Kernel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.event.InProcessEventBus;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.kernel.validation.CommandValidator;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.domain.Residence;
import io.vigil.people.port.in.LocateQuery;
import io.vigil.people.port.in.LocatorResult;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.NaiveLocator;
import io.vigil.testkit.arbitraries.VigilArbitraries;
import io.vigil.testkit.memory.audit.InMemoryAuditLog;
import io.vigil.testkit.memory.people.InMemoryPeopleStores;
import io.vigil.wiring.AccessRegistry;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** The indexed locator finds exactly what checking every record would find, for the same reasons. */
class LocatorProperties {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Provide
    Arbitrary<List<Residence>> residences() {
        return VigilArbitraries.residences(OFFICE).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<Mission>> missions() {
        return VigilArbitraries.missions(OFFICE).list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<PositionReport>> positions() {
        return VigilArbitraries.positions(OFFICE).list().ofMaxSize(25);
    }

    @Property(tries = 150)
    @StatisticsReport(onFailureOnly = true)
    void locator_equals_a_full_scan(@ForAll("residences") List<Residence> residences,
                                    @ForAll("missions") List<Mission> missions,
                                    @ForAll("positions") List<PositionReport> positions,
                                    @ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b,
                                    @ForAll("instants") Instant from, @ForAll("durations") Duration length) {
        PeoplePorts ports = new InMemoryPeopleStores().open();
        List<Residence> savedResidences = residences.stream().map(ports.residences()::save).toList();
        List<Mission> savedMissions = missions.stream().map(ports.missions()::save).toList();
        positions.forEach(ports.positions()::append);
        PeopleUseCases people = PeopleServices.create(ports, new Kernel(MutableClock.at("2027-01-01T00:00:00Z"),
                AccessRegistry.defaultPolicy(), new CommandValidator(VALIDATOR), new InProcessEventBus(),
                new InMemoryAuditLog()));

        GeoPoint sw = GeoPoint.of(Math.min(a.latitude(), b.latitude()), Math.min(a.longitude(), b.longitude()));
        GeoPoint ne = GeoPoint.of(Math.max(a.latitude(), b.latitude()) + 0.001,
                Math.max(a.longitude(), b.longitude()) + 0.001);
        GeoArea area = GeoArea.rectangle(sw, ne);
        Instant to = from.plus(length).plusSeconds(1);
        LocatorResult found = people.locator().locate(Actor.of("officer", OFFICE, Role.SECURITY_OFFICER),
                new LocateQuery(area.vertices(), from, to));

        Statistics.collect(found.hits().isEmpty() ? "no hits" : "hits");
        assertThat(found.hits()).isEqualTo(NaiveLocator.locate(savedResidences, savedMissions, positions, area,
                new TimeWindow(from, to)));
        Statistics.coverage(c -> c.check("hits").percentage(p -> p >= 20));
    }

    @Provide
    Arbitrary<GeoPoint> points() {
        return VigilArbitraries.points();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return VigilArbitraries.instants();
    }

    @Provide
    Arbitrary<Duration> durations() {
        return VigilArbitraries.durations();
    }
}
