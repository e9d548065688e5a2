package io.vigil.testkit.contract.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.PersonFilter;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.PeopleGenerators;
import io.vigil.testkit.generators.Theories;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The contract of {@link PersonDirectory}: extend it to prove an adapter. */
public abstract class PersonDirectoryContract extends VersionedStoreContract<PersonId, Person, PersonDirectory> {

    @Override
    protected Gen<Person> newAggregates(OfficeId office) {
        return PeopleGenerators.persons(office);
    }

    @Override
    protected Person changed(Person p) {
        return new Person(p.id(), p.office(), p.version(), p.givenName() + "x", p.familyName(), p.category(),
                p.orgUnit().equals("IFC") ? "IBRD" : "IFC", p.sponsor(), List.of(), p.emergencyContacts(),
                Optional.of("changed"), p.bloodType());
    }

    private Person named(OfficeId office, String given, String family, PersonCategory category, String unit) {
        Person p = draw(PeopleGenerators.persons(office));
        return new Person(p.id(), office, 0, given, family, category, unit, Optional.empty(), p.contacts(),
                p.emergencyContacts(), p.specialNeeds(), p.bloodType());
    }

    @Test
    void lists_are_ordered_by_family_then_given_name_ignoring_case() {
        List<String> families = List.of("núñez", "Álvarez", "Zapata", "ávila", "Nava", "O'Brien", "nava");
        families.forEach(f -> store().save(named(office, "Ana", f, PersonCategory.NATIONAL_STAFF, "IBRD")));
        List<Person> listed = store().list(office, PersonFilter.all(), PageRequest.first(50)).items();
        assertThat(listed).hasSize(families.size()).isSortedAccordingTo(Person.ORDER);
    }

    @Test
    void pages_partition_the_filtered_list() {
        Theories.qt(10).forAll(KernelGenerators.inFreshOffices(o -> lists().of(PeopleGenerators.persons(o)).ofSize(12)),
                KernelGenerators.inFreshOffices(PeopleGenerators::persons), Generate.range(1, 7))
                .checkAssert(this::pagesPartition);
    }

    private void pagesPartition(List<Person> persons, Person stranger, int pageSize) {
        OfficeId here = persons.get(0).office();
        List<Person> saved = new ArrayList<>();
        persons.forEach(p -> saved.add(store().save(p)));
        store().save(stranger);
        PersonFilter filter = new PersonFilter(Optional.empty(), Optional.of("IFC"), Optional.empty());
        List<Person> expected = saved.stream().filter(filter::matches).sorted(Person.ORDER).toList();
        List<Person> collected = new ArrayList<>();
        for (int offset = 0; offset < expected.size() + pageSize; offset += pageSize) {
            Page<Person> page = store().list(here, filter, new PageRequest(offset, pageSize));
            assertThat(page.total()).isEqualTo(expected.size());
            collected.addAll(page.items());
        }
        assertThat(collected).isEqualTo(expected);
    }

    @Test
    void filters_by_category_unit_and_name_fragment() {
        Person a = store().save(named(office, "María", "Guzmán", PersonCategory.CONSULTANT, "IFC"));
        store().save(named(office, "Mario", "Guzmán", PersonCategory.NATIONAL_STAFF, "IFC"));
        store().save(named(office, "María", "López", PersonCategory.CONSULTANT, "IBRD"));
        PersonFilter filter = new PersonFilter(Optional.of(PersonCategory.CONSULTANT), Optional.of("IFC"),
                Optional.of("maría guz"));
        assertThat(store().list(office, filter, PageRequest.first(10)).items()).containsExactly(a);
    }

    @Test
    void lists_never_show_another_offices_persons() {
        store().save(draw(PeopleGenerators.persons(KernelGenerators.freshOffice())));
        assertThat(store().list(office, PersonFilter.all(), PageRequest.first(10)).total()).isZero();
    }

    @Test
    void finds_the_dependents_of_a_sponsor() {
        Person sponsor = store().save(sample());
        Person d1 = store().save(draw(PeopleGenerators.dependents(office, sponsor.id())));
        Person d2 = store().save(draw(PeopleGenerators.dependents(office, sponsor.id())));
        store().save(sample());
        assertThat(store().dependentsOf(sponsor.id())).containsExactlyInAnyOrder(d1, d2)
                .isSortedAccordingTo(Person.ORDER);
    }

    @Test
    void finds_the_dependents_of_any_of_several_sponsors_at_once() {
        Person first = store().save(sample());
        Person second = store().save(sample());
        Person none = store().save(sample());
        Person d1 = store().save(draw(PeopleGenerators.dependents(office, first.id())));
        Person d2 = store().save(draw(PeopleGenerators.dependents(office, second.id())));
        Person d3 = store().save(draw(PeopleGenerators.dependents(office, second.id())));
        Person other = store().save(sample());
        store().save(draw(PeopleGenerators.dependents(office, other.id())));
        assertThat(store().dependentsOfAny(List.of(first.id(), second.id(), none.id(), PersonId.random())))
                .containsExactlyInAnyOrder(d1, d2, d3).isSortedAccordingTo(Person.ORDER);
        assertThat(store().dependentsOfAny(List.of())).isEmpty();
        assertThat(store().dependentsOfAny(List.of(none.id()))).isEmpty();
    }

    @Test
    void finds_all_existing_persons_of_a_list_of_ids() {
        Person a = store().save(sample());
        Person b = store().save(sample());
        assertThat(store().findAll(List.of(a.id(), PersonId.random(), b.id(), a.id())))
                .containsExactlyInAnyOrder(a, b).isSortedAccordingTo(Person.ORDER);
        assertThat(store().findAll(List.of())).isEmpty();
    }

    @Test
    void counts_the_persons_of_each_office_asked_in_one_read() {
        OfficeId other = KernelGenerators.freshOffice();
        draw(lists().of(newAggregates(office)).ofSize(3)).forEach(store()::save);
        store().save(draw(newAggregates(other)));
        store().save(draw(newAggregates(KernelGenerators.freshOffice())));
        OfficeId empty = KernelGenerators.freshOffice();
        assertThat(store().countByOffice(List.of(office, other, empty))).isEqualTo(Map.of(office, 3L, other, 1L));
        assertThat(store().countByOffice(List.of())).isEmpty();
    }
}
