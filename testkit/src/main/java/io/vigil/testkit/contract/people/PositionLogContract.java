package io.vigil.testkit.contract.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.port.out.PositionLog;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.PeopleGenerators;
import io.vigil.testkit.generators.Theories;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The contract of {@link PositionLog}: extend it to prove an adapter. */
public abstract class PositionLogContract {
    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");

    /** This test's office. */
    protected final OfficeId office = KernelGenerators.freshOffice();

    /** The log under test; may be shared between tests. */
    protected abstract PositionLog log();

    private PositionReport report(PersonId person, Instant at, GeoPoint where) {
        return new PositionReport(UUID.randomUUID(), office, person, at, where, "app");
    }

    @Test
    void latest_is_the_newest_report_of_the_person() {
        PersonId p = PersonId.random();
        PositionReport older = report(p, T0, GeoPoint.of(19.4, -99.1));
        PositionReport newer = report(p, T0.plusSeconds(60), GeoPoint.of(19.41, -99.1));
        log().append(newer);
        log().append(older);
        log().append(report(PersonId.random(), T0.plusSeconds(120), GeoPoint.of(19.41, -99.1)));
        assertThat(log().latest(p)).contains(newer);
        assertThat(log().ofPerson(p, 10)).containsExactly(newer, older);
        assertThat(log().ofPerson(p, 1)).containsExactly(newer);
        assertThat(log().latest(PersonId.random())).isEmpty();
    }

    @Test
    void appending_the_same_report_twice_stores_it_once() {
        PositionReport r = report(PersonId.random(), T0, GeoPoint.of(19.4, -99.1));
        log().append(r);
        log().append(r);
        assertThat(log().ofPerson(r.person(), 10)).containsExactly(r);
    }

    @Test
    void within_keeps_reports_inside_the_box_and_window_edges_included() {
        GeoBox box = new GeoBox(19.40, -99.20, 19.45, -99.10);
        TimeWindow window = new TimeWindow(T0, T0.plusSeconds(600));
        PositionReport edge = report(PersonId.random(), T0, GeoPoint.of(19.45, -99.10));
        PositionReport end = report(PersonId.random(), T0.plusSeconds(600), GeoPoint.of(19.42, -99.15));
        List.of(edge, end, report(PersonId.random(), T0.plusSeconds(601), GeoPoint.of(19.42, -99.15)),
                report(PersonId.random(), T0, GeoPoint.of(19.46, -99.15)),
                new PositionReport(UUID.randomUUID(), KernelGenerators.freshOffice(), PersonId.random(), T0,
                        GeoPoint.of(19.42, -99.15), "app")).forEach(log()::append);
        assertThat(log().within(office, box, window)).containsExactlyInAnyOrder(edge, end);
    }

    @Test
    void within_returns_exactly_the_reports_inside_the_box_and_window() {
        Gen<List<PositionReport>> reports = lists().of(PeopleGenerators.positions(office)).ofSizeBetween(1, 20);
        Gen<Integer> picks = SourceDSL.integers().between(0, 399);
        Theories.qt(15).forAll(reports, picks, KernelGenerators.durations(), KernelGenerators.points())
                .checkAssert(this::withinIsExactly);
    }

    /** The box from one report's place to another's (or to any point), the window from one's instant for a while. */
    private void withinIsExactly(List<PositionReport> reports, Integer picks, Duration length, GeoPoint far) {
        int a = picks / 20;
        int b = picks % 20;
        OfficeId here = KernelGenerators.freshOffice();
        List<PositionReport> stored = reports.stream().map(r -> new PositionReport(r.id(), here, r.person(), r.at(),
                r.position(), r.source())).toList();
        stored.forEach(log()::append);
        PositionReport first = stored.get(a % stored.size());
        GeoPoint corner = b % 2 == 0 ? stored.get(b % stored.size()).position() : far;
        GeoBox box = GeoBox.around(List.of(first.position(), corner));
        TimeWindow window = new TimeWindow(first.at().minus(length), first.at().plus(length));
        assertThat(log().within(here, box, window)).containsExactlyInAnyOrderElementsOf(stored.stream()
                .filter(r -> box.contains(r.position()) && window.contains(r.at())).toList());
    }
}
