package io.vigil.testkit.contract.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.domain.Place;
import io.vigil.people.domain.TravelMode;
import io.vigil.people.port.out.MissionRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.PeopleGenerators;
import io.vigil.testkit.generators.Theories;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The contract of {@link MissionRegistry}: extend it to prove an adapter. */
public abstract class MissionRegistryContract extends VersionedStoreContract<MissionId, Mission, MissionRegistry> {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    @Override
    protected Gen<Mission> newAggregates(OfficeId office) {
        return PeopleGenerators.missions(office);
    }

    /** The leg a revision adds to a mission without legs; fixed, so that changed() is deterministic. */
    private static final ItineraryLeg REVISED_LEG = new ItineraryLeg(TravelMode.ROAD,
            new Place("Zócalo", GeoPoint.of(19.4326, -99.1332)), new Place("Coyoacán", GeoPoint.of(19.3500, -99.1620)),
            Instant.parse("2026-05-01T09:00:00Z"), Instant.parse("2026-05-01T10:00:00Z"));

    @Override
    protected Mission changed(Mission m) {
        return new Mission(m.id(), m.office(), m.version(), m.name() + " (revised)", "revised", m.members(),
                m.legs().isEmpty() ? List.of(REVISED_LEG) : m.legs().subList(1, m.legs().size()),
                m.stays());
    }

    /** A mission of one new member with the given legs, and the given stays by that member. */
    private Mission mission(OfficeId office, List<ItineraryLeg> legs, List<HotelStay> stays) {
        return new Mission(MissionId.random(), office, 0, "M", "", List.of(PersonId.random()), legs,
                stays.stream().map(s -> s.withGuests(List.of())).toList());
    }

    @Test
    void a_road_leg_crossing_the_box_is_a_candidate_even_with_both_ends_outside() {
        GeoBox box = new GeoBox(19.40, -99.20, 19.45, -99.10);
        ItineraryLeg across = new ItineraryLeg(TravelMode.ROAD, new Place("W", GeoPoint.of(19.42, -99.30)),
                new Place("E", GeoPoint.of(19.42, -99.00)), T0, T0.plusSeconds(7200));
        Mission m = store().save(mission(office, List.of(across), List.of()));
        assertThat(store().candidatesWithin(office, box, new TimeWindow(T0.plusSeconds(3600), T0.plusSeconds(3700))))
                .contains(m);
        assertThat(store().candidatesWithin(office, box, TimeWindow.at(T0.plusSeconds(7201)))).doesNotContain(m);
        assertThat(store().candidatesWithin(KernelGenerators.freshOffice(), box, TimeWindow.at(T0))).isEmpty();
    }

    @Test
    void a_hotel_stay_in_the_box_is_a_candidate_while_it_lasts() {
        GeoBox box = new GeoBox(19.40, -99.20, 19.45, -99.10);
        HotelStay stay = new HotelStay(new Place("Hotel", GeoPoint.of(19.43, -99.17)), T0, T0.plusSeconds(86_400));
        Mission m = store().save(mission(office, List.of(), List.of(stay)));
        assertThat(store().candidatesWithin(office, box, TimeWindow.at(T0.plusSeconds(86_400)))).contains(m);
        assertThat(store().candidatesWithin(office, box, TimeWindow.at(T0.minusSeconds(1)))).doesNotContain(m);
    }

    @Test
    void candidates_never_miss_a_mission_that_may_be_within() {
        Theories.qt(15).forAll(missions(), boxes(), windows()).checkAssert(this::candidatesInclude);
    }

    private void candidatesInclude(List<Mission> missions, GeoBox box, TimeWindow window) {
        OfficeId here = KernelGenerators.freshOffice();
        List<Mission> saved = missions.stream().map(m -> store().save(mission(here, m.legs(), m.stays()))).toList();
        List<Mission> candidates = store().candidatesWithin(here, box, window);
        assertThat(candidates).allMatch(m -> m.office().equals(here));
        assertThat(candidates).containsAll(saved.stream().filter(m -> m.mayBeWithin(box, window)).toList());
        assertThat(candidates).doesNotHaveDuplicates();
    }

    private Gen<List<Mission>> missions() {
        return lists().of(PeopleGenerators.missions(office)).ofSizeBetween(1, 12);
    }

    private static Gen<GeoBox> boxes() {
        return KernelGenerators.points().zip(KernelGenerators.points(), (a, b) -> GeoBox.around(List.of(a, b)));
    }

    private static Gen<TimeWindow> windows() {
        return KernelGenerators.instants().zip(KernelGenerators.durations().map(d -> d.multipliedBy(20)),
                (from, d) -> new TimeWindow(from, from.plus(d)));
    }

    /**
     * A leg or a stay of any length up to two centuries, most of them near a power of four days (the
     * bounds of an index by length), starting at any second of a day.
     */
    private static Gen<Duration> spanLengths() {
        Gen<Duration> nearBound = SourceDSL.integers().between(0, 9).zip(SourceDSL.longs().between(-3_600, 3_600),
                (k, seconds) -> Duration.ofDays(1L << (2 * k)).plusSeconds(seconds).abs());
        Gen<Duration> any = SourceDSL.longs().between(0, 200L * 366 * 86_400).map(s -> Duration.ofSeconds(s));
        return Generate.oneOf(nearBound, any);
    }

    @Test
    void a_leg_or_stay_of_any_length_is_a_candidate_at_each_instant_it_covers() {
        GeoBox box = new GeoBox(19.40, -99.20, 19.45, -99.10);
        Place inside = new Place("Hotel", GeoPoint.of(19.43, -99.17));
        Theories.qt(40).forAll(spanLengths(), SourceDSL.longs().between(0, 86_399), SourceDSL.integers().between(0, 100))
                .checkAssert((length, second, percent) -> {
                    OfficeId here = KernelGenerators.freshOffice();
                    Instant start = T0.plusSeconds(second);
                    Instant end = start.plus(length);
                    Instant within = start.plus(length.multipliedBy(percent).dividedBy(100));
                    Mission leg = store().save(mission(here,
                            List.of(new ItineraryLeg(TravelMode.ROAD, inside, inside, start, end)), List.of()));
                    Mission stay = store().save(mission(here, List.of(), List.of(new HotelStay(inside, start, end))));
                    for (TimeWindow w : List.of(TimeWindow.at(start), TimeWindow.at(end), TimeWindow.at(within),
                            new TimeWindow(end, end.plus(Duration.ofDays(40))),
                            new TimeWindow(start.minus(Duration.ofDays(40)), start))) {
                        assertThat(store().candidatesWithin(here, box, w)).as(length + " at " + w).contains(leg, stay);
                    }
                });
    }

    @Test
    void finds_the_missions_of_a_member_and_lists_by_id() {
        Mission a = store().save(sample());
        Mission b = store().save(sample());
        assertThat(store().ofPerson(a.members().get(0))).containsExactly(a);
        assertThat(store().list(office, PageRequest.first(10)).items()).containsExactlyInAnyOrder(a, b);
        assertThat(store().list(office, PageRequest.first(10)).items())
                .isSortedAccordingTo(Comparator.comparing(m -> m.id().toString()));
    }
}
