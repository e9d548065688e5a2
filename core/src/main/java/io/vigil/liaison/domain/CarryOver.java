package io.vigil.liaison.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a new meeting of a series opens with: the items of the previous meeting, in that meeting's
 * order (what it carried over first, then what it raised, by opening), that are still open.
 */
public final class CarryOver {
    private CarryOver() {
    }

    /** The previous meeting's items in its order: those it carried over, then those it raised (by opening). */
    public static List<ActionItem> ordered(Meeting meeting, Collection<ActionItem> items) {
        Map<ActionItemId, ActionItem> byId = items.stream().collect(Collectors.toMap(ActionItem::id,
                Function.identity(), (a, b) -> a));
        List<ActionItem> ordered = new ArrayList<>();
        meeting.carriedOver().stream().map(byId::get).filter(a -> a != null).forEach(ordered::add);
        items.stream().filter(a -> a.meeting().equals(Optional.of(meeting.id())))
                .filter(a -> !meeting.carriedOver().contains(a.id())).sorted(ActionItem.BY_OPENING)
                .forEach(ordered::add);
        return ordered;
    }

    /** The ids the next meeting opens with: the previous meeting's items, in its order, still open now. */
    public static List<ActionItemId> from(Meeting previous, Collection<ActionItem> items) {
        return ordered(previous, items).stream().filter(a -> a.status().open()).map(ActionItem::id).toList();
    }
}
