package io.vigil.crisis.domain;

import java.util.List;

/**
 * A relocation list in figures, naming nobody: persons and households on it, the seats of its
 * transport, how many are seated and how many are in the shortfall (persons and households, and the
 * seats they would need), how many stand in each state, and whether everyone is accounted for.
 */
public record RelocationCounts(int persons, int households, int seats, int seated, int shortfallPersons,
                               int shortfallHouseholds, int toMove, int moved, int arrived, int notFound, int stays,
                               boolean everyoneAccountedFor) {

    /** The figures of a list whose transport has {@code seats} seats. */
    public static RelocationCounts of(List<Evacuee> list, int seats) {
        int[] by = new int[EvacueeStatus.values().length];
        list.forEach(e -> by[e.status().ordinal()]++);
        long households = list.stream().map(Evacuee::household).distinct().count();
        long shortHouseholds = list.stream().filter(e -> !e.seated()).map(Evacuee::household).distinct().count();
        int seated = (int) list.stream().filter(Evacuee::seated).count();
        return new RelocationCounts(list.size(), (int) households, seats, seated, list.size() - seated,
                (int) shortHouseholds, by[EvacueeStatus.TO_MOVE.ordinal()], by[EvacueeStatus.MOVED.ordinal()],
                by[EvacueeStatus.ARRIVED.ordinal()], by[EvacueeStatus.NOT_FOUND.ordinal()],
                by[EvacueeStatus.STAYS.ordinal()], list.stream().allMatch(e -> e.status().accountedFor()));
    }
}
