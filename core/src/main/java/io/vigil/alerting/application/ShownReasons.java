package io.vigil.alerting.application;

import io.vigil.alerting.domain.Incident;
import io.vigil.kernel.PersonId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A roll-call's reasons as a reader may see them: the kinds of reason to ask the locator about, per
 * person, and the incident with every reason whose place the reader may not read cut to its kind.
 */
final class ShownReasons {
    private ShownReasons() {
    }

    /**
     * A kind asked for each resident listed abroad: that they are abroad, and since when, is their
     * movements, so the locator is asked whether the reader may read those (any movement kind of
     * reason stands for the person's movements).
     */
    static final String MOVEMENTS = "LAST_KNOWN_POSITION";

    /** The kinds of the reasons kept for each affected person and each resident listed abroad. */
    static Map<PersonId, Set<String>> kinds(Incident incident) {
        Map<PersonId, Set<String>> kinds = new LinkedHashMap<>();
        incident.affected().forEach(a -> a.reasons().forEach(r -> kinds.computeIfAbsent(a.person(),
                p -> new LinkedHashSet<>()).add(r.apparentKind().name())));
        incident.abroad().forEach(a -> {
            Set<String> theirs = kinds.computeIfAbsent(a.person(), p -> new LinkedHashSet<>());
            theirs.add(a.residence().apparentKind().name());
            theirs.add(MOVEMENTS);
        });
        return kinds;
    }

    /**
     * The incident with each reason whole where its kind is readable for its person, its kind alone
     * elsewhere, and the residents abroad only for a reader of their movements.
     */
    static Incident of(Incident incident, Map<PersonId, Set<String>> readable) {
        List<Incident.Affected> affected = incident.affected().stream().map(a -> a.withReasons(a.reasons().stream()
                .map(r -> shown(r, readable.getOrDefault(a.person(), Set.of()))).toList())).toList();
        List<Incident.Abroad> abroad = incident.abroad().stream()
                .filter(a -> readable.getOrDefault(a.person(), Set.of()).contains(MOVEMENTS))
                .map(a -> a.withResidence(shown(a.residence(), readable.getOrDefault(a.person(), Set.of())))).toList();
        return incident.withAffected(affected).withAbroad(abroad);
    }

    /** The reasons of one person, whole where their kind is in {@code readable}, their kind alone elsewhere. */
    static List<Incident.Reason> of(List<Incident.Reason> reasons, Set<String> readable) {
        return reasons.stream().map(r -> shown(r, readable)).toList();
    }

    /** The kinds of these reasons, as {@link #kinds} gives them. */
    static Set<String> kindsOf(List<Incident.Reason> reasons) {
        Set<String> kinds = new LinkedHashSet<>();
        reasons.forEach(r -> kinds.add(r.apparentKind().name()));
        return kinds;
    }

    private static Incident.Reason shown(Incident.Reason r, Set<String> readable) {
        return readable.contains(r.apparentKind().name()) ? r : r.placeless();
    }
}
