package io.vigil.testkit.contract.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
