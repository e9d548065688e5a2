package io.vigil.crisis.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relocation list's rule: households are kept whole and seated in the priority order.
 *
 * <p>The persons present are grouped into households (by their household key). A household ranks
 * as its highest-placed member's category in the priority order; households are taken by rank,
 * then larger first (so a family is not left behind by single travellers of its own rank), then by
 * household key. Each household is seated whole in the first transport option, in the area's
 * order, that still has a seat for every member; a household no option has room for is in the
 * shortfall, whole, and the next households are still tried (seats a large household cannot use are
 * not left empty). Nobody is dropped: each person present is on the list exactly once, seated or in
 * the shortfall, and no option is given more persons than it has seats.
 */
public final class EvacuationList {
    private EvacuationList() {
    }

    /**
     * A person the locator placed in the area: their name and category, their household's key (their
     * sponsor's id for a dependent, their own otherwise) and where they were found.
     */
    public record Candidate(PersonId person, String name, EvacueeCategory category, PersonId household,
                            String place) {
        public Candidate {
            Require.nonNull(person, "person");
            Require.nonNull(name, "name");
            Require.nonNull(category, "category");
            Require.nonNull(household, "household");
            Require.nonNull(place, "place");
        }
    }

    /**
     * The list for these persons (a person given twice counts once, as first given), in the order
     * households were taken, each member placed in their household's option or in the shortfall.
     */
    public static List<Evacuee> build(List<Candidate> present, List<EvacueeCategory> priority,
                                      List<TransportOption> transport) {
        Require.that(priority.size() == EvacueeCategory.values().length, "priority", "must list every category");
        Map<PersonId, Candidate> persons = new LinkedHashMap<>();
        present.forEach(c -> persons.putIfAbsent(c.person(), c));
        Map<PersonId, List<Candidate>> households = new LinkedHashMap<>();
        persons.values().forEach(c -> households.computeIfAbsent(c.household(), h -> new ArrayList<>()).add(c));
        Comparator<Candidate> byRank = Comparator.comparingInt(c -> priority.indexOf(c.category()));
        Comparator<Candidate> members = byRank.thenComparing(Candidate::name).thenComparing(c -> c.person().toString());
        List<List<Candidate>> ordered = households.values().stream()
                .map(h -> h.stream().sorted(members).toList())
                .sorted(Comparator.<List<Candidate>>comparingInt(h -> priority.indexOf(h.get(0).category()))
                        .thenComparing(h -> -h.size())
                        .thenComparing(h -> h.get(0).household().toString()))
                .toList();
        int[] left = transport.stream().mapToInt(TransportOption::seats).toArray();
        List<Evacuee> list = new ArrayList<>(persons.size());
        for (List<Candidate> household : ordered) {
            Optional<String> seat = Optional.empty();
            for (int i = 0; i < left.length; i++) {
                if (left[i] >= household.size()) {
                    left[i] -= household.size();
                    seat = Optional.of(transport.get(i).name());
                    break;
                }
            }
            for (Candidate c : household) {
                list.add(new Evacuee(c.person(), c.name(), c.category(), c.household(), c.place(), seat, List.of()));
            }
        }
        return List.copyOf(list);
    }
}
