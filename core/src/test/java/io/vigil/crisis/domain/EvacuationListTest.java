package io.vigil.crisis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The relocation list's rule and the list's tracking, on hand-worked cases. */
class EvacuationListTest {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");
    private static int next = 1;

    private static PersonId id() {
        return new PersonId(new UUID(7, next++));
    }

    private static List<EvacuationList.Candidate> household(EvacueeCategory head, int dependents) {
        PersonId sponsor = id();
        List<EvacuationList.Candidate> members = new ArrayList<>();
        members.add(new EvacuationList.Candidate(sponsor, "Head " + sponsor.value(), head, sponsor, "home"));
        for (int i = 0; i < dependents; i++) {
            members.add(new EvacuationList.Candidate(id(), "Child " + i, EvacueeCategory.DEPENDENT, sponsor, "home"));
        }
        return members;
    }

    private static TransportOption van(String name, int seats) {
        return new TransportOption(name, TransportKind.VAN, seats, "fleet");
    }

    private static Map<PersonId, Optional<String>> seats(List<Evacuee> list) {
        Map<PersonId, Optional<String>> seats = new LinkedHashMap<>();
        list.forEach(e -> seats.put(e.person(), e.transport()));
        return seats;
    }

    @Test
    void a_household_of_four_with_three_seats_left_is_in_the_shortfall_whole_not_split() {
        List<EvacuationList.Candidate> family = household(EvacueeCategory.INTERNATIONAL_STAFF, 3);
        List<Evacuee> list = EvacuationList.build(family, RelocationPlan.DEFAULT_PRIORITY, List.of(van("Van", 3)));
        assertThat(list).hasSize(4).allSatisfy(e -> assertThat(e.transport()).isEmpty());
    }

    @Test
    void the_seats_a_large_household_cannot_use_go_to_the_next_one_that_fits() {
        List<EvacuationList.Candidate> family = household(EvacueeCategory.INTERNATIONAL_STAFF, 3);
        List<EvacuationList.Candidate> single = household(EvacueeCategory.NATIONAL_STAFF, 0);
        List<EvacuationList.Candidate> present = new ArrayList<>(single);
        present.addAll(family);
        List<Evacuee> list = EvacuationList.build(present, RelocationPlan.DEFAULT_PRIORITY, List.of(van("Van", 3)));
        Map<PersonId, Optional<String>> seats = seats(list);
        assertThat(seats.get(single.get(0).person())).contains("Van");
        family.forEach(m -> assertThat(seats.get(m.person())).isEmpty());
        assertThat(list.get(0).category()).as("the dependents' household comes first").isEqualTo(EvacueeCategory.DEPENDENT);
        Relocation r = relocation(list, List.of(van("Van", 3)));
        assertThat(r.counts()).isEqualTo(new RelocationCounts(5, 2, 3, 1, 4, 1, 5, 0, 0, 0, 0, false));
    }

    @Test
    void households_are_seated_in_the_priority_order_first_fit_across_options() {
        List<EvacuationList.Candidate> dependents = household(EvacueeCategory.INTERNATIONAL_STAFF, 2);
        List<EvacuationList.Candidate> consultant = household(EvacueeCategory.CONSULTANT, 0);
        List<EvacuationList.Candidate> couple = household(EvacueeCategory.INTERNATIONAL_STAFF, 0);
        PersonId partner = id();
        List<EvacuationList.Candidate> pair = new ArrayList<>(couple);
        pair.add(new EvacuationList.Candidate(partner, "Partner", EvacueeCategory.INTERNATIONAL_STAFF,
                couple.get(0).person(), "home"));
        List<EvacuationList.Candidate> national = household(EvacueeCategory.NATIONAL_STAFF, 0);
        List<EvacuationList.Candidate> present = new ArrayList<>();
        present.addAll(national);
        present.addAll(pair);
        present.addAll(consultant);
        present.addAll(dependents);
        List<TransportOption> vans = List.of(van("A", 4), van("B", 2));
        Map<PersonId, Optional<String>> seats = seats(EvacuationList.build(present, RelocationPlan.DEFAULT_PRIORITY,
                vans));
        // dependents' household of 3 -> A (1 left); consultant -> A (0 left); couple -> B (0 left); national: none
        dependents.forEach(m -> assertThat(seats.get(m.person())).contains("A"));
        assertThat(seats.get(consultant.get(0).person())).contains("A");
        pair.forEach(m -> assertThat(seats.get(m.person())).contains("B"));
        assertThat(seats.get(national.get(0).person())).isEmpty();
        // national staff first, by the office's own order
        List<EvacueeCategory> reversed = new ArrayList<>(RelocationPlan.DEFAULT_PRIORITY);
        java.util.Collections.reverse(reversed);
        Map<PersonId, Optional<String>> other = seats(EvacuationList.build(present, reversed, vans));
        assertThat(other.get(national.get(0).person())).contains("A");
    }

    @Test
    void a_person_given_twice_is_listed_once() {
        List<EvacuationList.Candidate> single = household(EvacueeCategory.CONSULTANT, 0);
        List<EvacuationList.Candidate> twice = List.of(single.get(0), single.get(0));
        assertThat(EvacuationList.build(twice, RelocationPlan.DEFAULT_PRIORITY, List.of(van("V", 1)))).hasSize(1);
    }

    private static Relocation relocation(List<Evacuee> list, List<TransportOption> transport) {
        return new Relocation(RelocationId.random(), OfficeId.of("MX-MEX"), 0, RelocationKind.RELOCATION, "A",
                "Area", "Haven", T, "officer", T, Optional.empty(), transport, RelocationPlan.DEFAULT_PRIORITY, list);
    }

    @Test
    void a_list_refuses_more_persons_in_an_option_than_its_seats_and_a_split_household() {
        PersonId sponsor = id();
        PersonId child = id();
        Evacuee a = new Evacuee(sponsor, "A", EvacueeCategory.INTERNATIONAL_STAFF, sponsor, "home", Optional.of("V"),
                List.of());
        Evacuee b = new Evacuee(child, "B", EvacueeCategory.DEPENDENT, sponsor, "home", Optional.of("V"), List.of());
        assertThatThrownBy(() -> relocation(List.of(a, b), List.of(van("V", 1))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 1");
        Evacuee split = new Evacuee(child, "B", EvacueeCategory.DEPENDENT, sponsor, "home", Optional.empty(), List.of());
        assertThatThrownBy(() -> relocation(List.of(a, split), List.of(van("V", 2))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("household");
    }

    @Test
    void states_are_recorded_after_each_other_until_everyone_is_accounted_for() {
        List<EvacuationList.Candidate> family = household(EvacueeCategory.INTERNATIONAL_STAFF, 1);
        Relocation r = relocation(EvacuationList.build(family, RelocationPlan.DEFAULT_PRIORITY, List.of(van("V", 2))),
                List.of(van("V", 2)));
        PersonId head = family.get(0).person();
        PersonId child = family.get(1).person();
        assertThatThrownBy(() -> r.record(head, EvacueeStatus.NOT_FOUND, Optional.of("  "), "soc", T))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("note");
        Relocation missing = r.record(head, EvacueeStatus.NOT_FOUND, Optional.of("not at home"), "soc", T);
        Relocation found = missing.record(head, EvacueeStatus.ARRIVED, Optional.empty(), "warden", T.plusSeconds(60));
        assertThat(found.evacuee(head).orElseThrow().changes()).extracting(StatusChange::status)
                .containsExactly(EvacueeStatus.NOT_FOUND, EvacueeStatus.ARRIVED);
        assertThat(found.record(head, EvacueeStatus.ARRIVED, Optional.empty(), "soc", T)).isSameAs(found);
        assertThat(found.counts().everyoneAccountedFor()).isFalse();
        Relocation done = found.record(child, EvacueeStatus.STAYS, Optional.of("with the other parent"), "soc", T);
        assertThat(done.counts().everyoneAccountedFor()).isTrue();
        assertThat(done.counts().arrived()).isEqualTo(1);
        assertThat(done.counts().stays()).isEqualTo(1);
        assertThatThrownBy(() -> done.record(id(), EvacueeStatus.MOVED, Optional.empty(), "soc", T))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("not on the list");
    }
}
