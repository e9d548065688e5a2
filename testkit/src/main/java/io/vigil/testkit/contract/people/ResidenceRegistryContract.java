package io.vigil.testkit.contract.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import io.vigil.people.port.out.ResidenceRegistry;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.PeopleGenerators;
import io.vigil.testkit.generators.Theories;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link ResidenceRegistry}: extend it to prove an adapter. */
public abstract class ResidenceRegistryContract
        extends VersionedStoreContract<ResidenceId, Residence, ResidenceRegistry> {

    @Override
    protected Gen<Residence> newAggregates(OfficeId office) {
        return PeopleGenerators.residences(office);
    }

    @Override
    protected Residence changed(Residence r) {
        GeoPoint moved = GeoPoint.of(r.location().latitude() + 0.001, r.location().longitude());
        PersonId newcomer = new PersonId(UUID.nameUUIDFromBytes(r.id().toString().getBytes(StandardCharsets.UTF_8)));
        return new Residence(r.id(), r.office(), r.version(), r.occupant(), List.of(newcomer), r.address(),
                moved, Optional.empty(), r.movedIn(), Optional.of(r.movedIn().plusSeconds(86_400)));
    }

    private Residence at(OfficeId office, GeoPoint p) {
        Residence r = draw(PeopleGenerators.residences(office));
        return new Residence(r.id(), office, 0, r.occupant(), r.household(), r.address(), p, r.wardenZone(),
                r.movedIn(), r.movedOut());
    }

    @Test
    void finds_the_residences_of_an_occupant_or_household_member() {
        Residence r = store().save(sample());
        assertThat(store().ofPerson(r.occupant())).containsExactly(r);
        r.household().forEach(h -> assertThat(store().ofPerson(h)).containsExactly(r));
        assertThat(store().ofPerson(PersonId.random())).isEmpty();
    }

    @Test
    void finds_the_residences_of_many_persons_at_once_as_one_by_one() {
        Residence a = store().save(sample());
        Residence b = store().save(sample());
        PersonId nobody = PersonId.random();
        List<PersonId> asked = new ArrayList<>(List.of(a.occupant(), nobody, b.occupant(), a.occupant()));
        asked.addAll(b.household());
        var found = store().ofPersons(asked);
        assertThat(found.keySet()).containsExactlyElementsOf(new LinkedHashSet<>(asked));
        found.forEach((person, residences) -> assertThat(residences).isEqualTo(store().ofPerson(person)));
        assertThat(found.get(nobody)).isEmpty();
    }

    /** A residence of the person (occupant, or household member of someone else's) with the id's last digits given. */
    private Residence tenancy(OfficeId in, UUID ids, int last, PersonId person, boolean occupant, String zone,
                              String movedIn, String movedOut) {
        Residence r = draw(PeopleGenerators.residences(in));
        return new Residence(new ResidenceId(new UUID(ids.getMostSignificantBits(), last)), in, 0,
                occupant ? person : r.occupant(), occupant ? List.of() : List.of(person), r.address(), r.location(),
                Optional.ofNullable(zone).map(WardenZoneId::of), Instant.parse(movedIn),
                Optional.ofNullable(movedOut).map(Instant::parse));
    }

    @Test
    void a_persons_current_zone_is_that_of_the_residence_moved_into_last_and_not_yet_left() {
        UUID ids = UUID.randomUUID();
        PersonId moved = PersonId.random();
        store().save(tenancy(office, ids, 1, moved, true, "OLD-HOME", "2025-01-01T00:00:00Z", null));
        store().save(tenancy(office, ids, 2, moved, true, "NEW-HOME", "2025-06-01T08:30:00.123456789Z",
                "2026-01-01T00:00:00.000000001Z"));
        PersonId dependent = PersonId.random();
        store().save(tenancy(KernelGenerators.freshOffice(), ids, 3, dependent, false, "ELSEWHERE",
                "2024-03-01T00:00:00Z", null));
        PersonId unzoned = PersonId.random();
        store().save(tenancy(office, ids, 4, unzoned, true, null, "2024-03-01T00:00:00Z", null));
        PersonId tied = PersonId.random();
        store().save(tenancy(office, ids, 6, tied, true, "SECOND-BY-ID", "2024-03-01T00:00:00Z", null));
        store().save(tenancy(office, ids, 5, tied, true, "FIRST-BY-ID", "2024-03-01T00:00:00Z", null));
        PersonId gone = PersonId.random();
        store().save(tenancy(office, ids, 7, gone, true, "LEFT", "2024-03-01T00:00:00Z", "2025-03-01T00:00:00Z"));
        PersonId nobody = PersonId.random();
        List<PersonId> asked = List.of(nobody, tied, moved, gone, unzoned, dependent, moved);

        assertThat(store().currentZones(asked, Instant.parse("2025-12-31T23:59:59Z")))
                .containsExactly(Map.entry(tied, WardenZoneId.of("FIRST-BY-ID")),
                        Map.entry(moved, WardenZoneId.of("NEW-HOME")),
                        Map.entry(dependent, WardenZoneId.of("ELSEWHERE")));
        assertThat(store().currentZones(List.of(moved), Instant.parse("2026-01-01T00:00:00Z")))
                .as("the newer residence is left a nanosecond later").containsEntry(moved, WardenZoneId.of("NEW-HOME"));
        assertThat(store().currentZones(List.of(moved), Instant.parse("2026-01-01T00:00:00.000000001Z")))
                .as("moving out at the instant counts as gone").containsEntry(moved, WardenZoneId.of("OLD-HOME"));
        assertThat(store().currentZones(List.of(gone), Instant.parse("2025-02-28T00:00:00Z")))
                .containsExactly(Map.entry(gone, WardenZoneId.of("LEFT")));
        assertThat(store().currentZones(List.of(), Instant.parse("2025-02-28T00:00:00Z"))).isEmpty();
    }

    @Test
    void within_includes_points_on_the_edge_of_the_box_and_nothing_outside_or_of_another_office() {
        GeoBox box = new GeoBox(19.40, -99.20, 19.45, -99.10);
        Residence corner = store().save(at(office, GeoPoint.of(19.40, -99.20)));
        Residence inside = store().save(at(office, GeoPoint.of(19.42, -99.15)));
        store().save(at(office, GeoPoint.of(19.46, -99.15)));
        store().save(at(KernelGenerators.freshOffice(), GeoPoint.of(19.42, -99.15)));
        assertThat(store().within(office, box)).containsExactlyInAnyOrder(corner, inside);
    }

    @Test
    void within_returns_exactly_the_residences_whose_location_is_in_the_box() {
        Theories.qt(15).forAll(residences(), boxes()).checkAssert(this::withinIsExactly);
    }

    private void withinIsExactly(List<Residence> residences, GeoBox box) {
        OfficeId here = KernelGenerators.freshOffice();
        List<Residence> saved = residences.stream().map(r -> store().save(at(here, r.location()))).toList();
        assertThat(store().within(here, box))
                .containsExactlyInAnyOrderElementsOf(saved.stream().filter(r -> box.contains(r.location())).toList());
    }

    private Gen<List<Residence>> residences() {
        return lists().of(PeopleGenerators.residences(office)).ofSizeBetween(1, 15);
    }

    private static Gen<GeoBox> boxes() {
        return KernelGenerators.points().zip(KernelGenerators.points(), (a, b) -> GeoBox.around(List.of(a, b)));
    }

    @Test
    void lists_the_offices_residences_by_id() {
        List<Residence> saved = List.of(store().save(sample()), store().save(sample()), store().save(sample()));
        List<Residence> expected = saved.stream().sorted(Comparator.comparing(r -> r.id().toString())).toList();
        assertThat(store().list(office, PageRequest.first(10)).items()).isEqualTo(expected);
        assertThat(store().list(office, new PageRequest(1, 1)).items()).containsExactly(expected.get(1));
        assertThat(store().list(office, new PageRequest(1, 1)).total()).isEqualTo(3);
    }
}
