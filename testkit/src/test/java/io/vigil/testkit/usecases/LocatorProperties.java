package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.Kernel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
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
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.Residence;
import io.vigil.people.port.in.LocateQuery;
import io.vigil.people.port.in.LocatorResult;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.NaiveLocator;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.PeopleGenerators;
import io.vigil.testkit.generators.Theories;
import io.vigil.testkit.memory.audit.InMemoryAuditLog;
import io.vigil.testkit.memory.people.InMemoryPeopleStores;
import io.vigil.wiring.AccessRegistry;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The indexed locator finds exactly what checking every record would find, for the same reasons. */
class LocatorProperties {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final int EXAMPLES = 150;

    /**
     * What the office holds: up to 25 residences, 10 missions, 25 position reports and 25 stays in the
     * country, each stay by a resident of one of the residences (the others have no stay recorded).
     */
    private record Office(List<Residence> residences, List<Mission> missions, List<PositionReport> positions,
                          List<Presence> presences) {
        Office {
            List<PersonId> residents = residences.stream().flatMap(r -> r.residents().stream()).toList();
            List<Presence> given = presences;
            presences = residents.isEmpty() ? List.of() : IntStream.range(0, given.size()).mapToObj(i -> {
                Presence p = given.get(i);
                return new Presence(p.id(), p.office(), 0, residents.get(i % residents.size()), p.arrival(),
                        p.departure());
            }).toList();
        }
    }

    /** What is asked: the box spanned by two points (a little more), from an instant for a while. */
    private record Query(GeoPoint a, GeoPoint b, Instant from, Duration length) {
    }

    private static Gen<Office> offices() {
        return lists().of(PeopleGenerators.residences(OFFICE)).ofSizeBetween(0, 25)
                .zip(lists().of(PeopleGenerators.missions(OFFICE)).ofSizeBetween(0, 10),
                        lists().of(PeopleGenerators.positions(OFFICE)).ofSizeBetween(0, 25),
                        lists().of(PeopleGenerators.presences(OFFICE)).ofSizeBetween(0, 25), Office::new);
    }

    /** One time in two the box has one of the office's residences at a corner, so there is often someone to find. */
    private static Gen<Query> queries(Office office) {
        List<GeoPoint> homes = office.residences().stream().map(Residence::location).toList();
        Gen<GeoPoint> corners = homes.isEmpty() ? KernelGenerators.points()
                : Generate.oneOf(KernelGenerators.points(), Generate.pick(homes));
        return corners.zip(KernelGenerators.points(), KernelGenerators.instants(), KernelGenerators.durations(),
                Query::new);
    }

    @Test
    void locator_equals_a_full_scan() {
        AtomicInteger tried = new AtomicInteger();
        AtomicInteger withHits = new AtomicInteger();
        Gen<Pair<Office, Query>> examples = offices().flatMap(o -> queries(o).map(q -> Pair.of(o, q)));
        Theories.qt(EXAMPLES).forAll(examples).checkAssert(example -> {
            Office office = example._1;
            Query query = example._2;
            tried.incrementAndGet();
            if (locatorEqualsAFullScan(office, query)) {
                withHits.incrementAndGet();
            }
        });
        assertThat(100.0 * withHits.get() / tried.get()).as("percentage of the %d examples with hits", tried.get())
                .isGreaterThanOrEqualTo(20);
    }

    /** Checks one example; tells whether the locator found anyone. */
    private static boolean locatorEqualsAFullScan(Office office, Query query) {
        PeoplePorts ports = new InMemoryPeopleStores().open();
        List<Residence> savedResidences = office.residences().stream().map(ports.residences()::save).toList();
        List<Mission> savedMissions = office.missions().stream().map(ports.missions()::save).toList();
        office.positions().forEach(ports.positions()::append);
        office.presences().forEach(ports.presences()::save);
        PeopleUseCases people = PeopleServices.create(ports, new Kernel(MutableClock.at("2027-01-01T00:00:00Z"),
                AccessRegistry.defaultPolicy(), new CommandValidator(VALIDATOR), new InProcessEventBus(),
                new InMemoryAuditLog()));

        GeoPoint a = query.a();
        GeoPoint b = query.b();
        GeoPoint sw = GeoPoint.of(Math.min(a.latitude(), b.latitude()), Math.min(a.longitude(), b.longitude()));
        GeoPoint ne = GeoPoint.of(Math.max(a.latitude(), b.latitude()) + 0.001,
                Math.max(a.longitude(), b.longitude()) + 0.001);
        GeoArea area = GeoArea.rectangle(sw, ne);
        Instant from = query.from();
        Instant to = from.plus(query.length()).plusSeconds(1);
        LocatorResult found = people.locator().locate(Actor.of("officer", OFFICE, Role.SECURITY_OFFICER),
                new LocateQuery(area.vertices(), from, to));

        assertThat(found.hits()).isEqualTo(NaiveLocator.locate(savedResidences, savedMissions, office.positions(),
                office.presences(), area, new TimeWindow(from, to)));
        return !found.hits().isEmpty();
    }
}
