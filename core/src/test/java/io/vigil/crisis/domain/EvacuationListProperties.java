package io.vigil.crisis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.PersonId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The relocation list's guarantees over generated households, priority orders and transport. The
 * oracles are the rules as stated, checked on the output: households whole, seats never exceeded,
 * everyone once, and a household of lower priority seated ahead of one in the shortfall only when
 * it is smaller (it fit where the other did not); none in the shortfall would fit in the seats left.
 */
class EvacuationListProperties {
    private static final EvacueeCategory[] CATEGORIES = EvacueeCategory.values();

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("QT_SEED", 20261202L)).withExamples(300);
    }

    /** A household as drawn: its size (1 to 6) and its head's category (the others are dependents). */
    private record Drawn(int size, int category) {
    }

    private static final Gen<List<Drawn>> HOUSEHOLDS = SourceDSL.lists().of(Generate.range(1, 6)
            .zip(Generate.range(0, CATEGORIES.length - 1), Drawn::new)).ofSizeBetween(0, 25);
    private static final Gen<List<Integer>> SEATS = SourceDSL.lists().of(Generate.range(1, 12)).ofSizeBetween(0, 5);
    private static final Gen<List<EvacueeCategory>> PRIORITIES = Generate.longRange(0, Long.MAX_VALUE).map(seed -> {
        List<EvacueeCategory> order = new ArrayList<>(List.of(CATEGORIES));
        Collections.shuffle(order, new java.util.Random(seed));
        return order;
    });

    private static List<EvacuationList.Candidate> present(List<Drawn> households) {
        List<EvacuationList.Candidate> present = new ArrayList<>();
        long n = 1;
        for (Drawn d : households) {
            PersonId head = new PersonId(new UUID(1, n++));
            present.add(new EvacuationList.Candidate(head, "Head " + n, CATEGORIES[d.category()], head, "home"));
            for (int i = 1; i < d.size(); i++) {
                present.add(new EvacuationList.Candidate(new PersonId(new UUID(1, n++)), "Member " + n,
                        EvacueeCategory.DEPENDENT, head, "home"));
            }
        }
        Collections.reverse(present);
        return present;
    }

    private static List<TransportOption> transport(List<Integer> seats) {
        List<TransportOption> options = new ArrayList<>();
        for (int i = 0; i < seats.size(); i++) {
            options.add(new TransportOption("T" + i, TransportKind.BUS, seats.get(i), "p"));
        }
        return options;
    }

    @Test
    void every_person_present_is_on_the_list_exactly_once_seated_or_in_the_shortfall() {
        qt().forAll(HOUSEHOLDS, SEATS, PRIORITIES).checkAssert((households, seats, priority) -> {
            List<EvacuationList.Candidate> present = present(households);
            List<Evacuee> list = EvacuationList.build(present, priority, transport(seats));
            assertThat(list).extracting(Evacuee::person)
                    .containsExactlyInAnyOrderElementsOf(present.stream().map(EvacuationList.Candidate::person).toList());
        });
    }

    @Test
    void a_household_is_never_split_and_no_option_is_given_more_persons_than_seats() {
        qt().forAll(HOUSEHOLDS, SEATS, PRIORITIES).checkAssert((households, seats, priority) -> {
            List<TransportOption> options = transport(seats);
            List<Evacuee> list = EvacuationList.build(present(households), priority, options);
            Map<PersonId, List<Optional<String>>> byHousehold = list.stream().collect(Collectors.groupingBy(
                    Evacuee::household, Collectors.mapping(Evacuee::transport, Collectors.toList())));
            byHousehold.values().forEach(t -> assertThat(t).containsOnly(t.get(0)));
            Map<String, Long> taken = list.stream().filter(Evacuee::seated)
                    .collect(Collectors.groupingBy(e -> e.transport().orElseThrow(), Collectors.counting()));
            options.forEach(o -> assertThat(taken.getOrDefault(o.name(), 0L)).isLessThanOrEqualTo(o.seats()));
        });
    }

    @Test
    void a_lower_priority_household_is_seated_ahead_of_one_in_the_shortfall_only_when_it_is_smaller() {
        qt().forAll(HOUSEHOLDS, SEATS, PRIORITIES).checkAssert((households, seats, priority) -> {
            List<Evacuee> list = EvacuationList.build(present(households), priority, transport(seats));
            Map<PersonId, List<Evacuee>> byHousehold = list.stream().collect(Collectors.groupingBy(Evacuee::household));
            Map<PersonId, Integer> rank = new HashMap<>();
            byHousehold.forEach((h, members) -> rank.put(h, members.stream()
                    .mapToInt(e -> priority.indexOf(e.category())).min().orElseThrow()));
            for (var shortH : byHousehold.entrySet()) {
                if (shortH.getValue().get(0).seated()) {
                    continue;
                }
                for (var seatedH : byHousehold.entrySet()) {
                    if (seatedH.getValue().get(0).seated() && rank.get(seatedH.getKey()) > rank.get(shortH.getKey())) {
                        assertThat(seatedH.getValue().size()).isLessThan(shortH.getValue().size());
                    }
                }
            }
        });
    }

    @Test
    void no_household_in_the_shortfall_would_fit_in_the_seats_left_over() {
        qt().forAll(HOUSEHOLDS, SEATS, PRIORITIES).checkAssert((households, seats, priority) -> {
            List<TransportOption> options = transport(seats);
            List<Evacuee> list = EvacuationList.build(present(households), priority, options);
            Map<String, Long> taken = list.stream().filter(Evacuee::seated)
                    .collect(Collectors.groupingBy(e -> e.transport().orElseThrow(), Collectors.counting()));
            long mostLeft = options.stream().mapToLong(o -> o.seats() - taken.getOrDefault(o.name(), 0L)).max()
                    .orElse(0);
            list.stream().filter(e -> !e.seated()).collect(Collectors.groupingBy(Evacuee::household,
                    Collectors.counting())).values().forEach(size -> assertThat(size).isGreaterThan(mostLeft));
        });
    }

    @Test
    void when_every_household_is_one_person_the_seats_go_strictly_by_priority() {
        qt().forAll(SourceDSL.lists().of(Generate.range(0, CATEGORIES.length - 1).map(c -> new Drawn(1, c)))
                .ofSizeBetween(0, 30), SEATS, PRIORITIES).checkAssert((households, seats, priority) -> {
            List<Evacuee> list = EvacuationList.build(present(households), priority, transport(seats));
            int worstSeated = list.stream().filter(Evacuee::seated).mapToInt(e -> priority.indexOf(e.category()))
                    .max().orElse(-1);
            int bestShort = list.stream().filter(e -> !e.seated()).mapToInt(e -> priority.indexOf(e.category()))
                    .min().orElse(Integer.MAX_VALUE);
            assertThat(worstSeated).isLessThanOrEqualTo(bestShort);
            int total = seats.stream().mapToInt(Integer::intValue).sum();
            assertThat(list.stream().filter(Evacuee::seated).count()).isEqualTo(Math.min(total, list.size()));
        });
    }

    @Test
    void the_list_always_satisfies_the_relocations_own_invariants() {
        qt().forAll(HOUSEHOLDS, SEATS, PRIORITIES).checkAssert((households, seats, priority) -> {
            List<TransportOption> options = transport(seats);
            Relocation r = new Relocation(RelocationId.random(), io.vigil.kernel.OfficeId.of("MX-MEX"), 0,
                    RelocationKind.EVACUATION, "A", "Area", "Haven", java.time.Instant.EPOCH, "officer",
                    java.time.Instant.EPOCH, Optional.empty(), options, priority,
                    EvacuationList.build(present(households), priority, options));
            assertThat(r.counts().seated() + r.counts().shortfallPersons()).isEqualTo(
                    households.stream().mapToInt(Drawn::size).sum());
        });
    }
}
