package io.vigil.crisis.domain;

import io.vigil.kernel.Require;
import java.util.Comparator;
import java.util.List;

/**
 * What one version of the Crisis Management Plan says: its scenarios, the roles of the team, its
 * communications and its measures to avoid risk, which it always lists in their usual order
 * ({@link MeasureKind}: alternate work modalities, relocation, evacuation), whatever order they
 * were given in.
 */
public record PlanContent(List<Scenario> scenarios, List<PlanRole> roles, List<Communication> communications,
                          List<AvoidanceMeasure> measures) {
    /** The most scenarios of a version. */
    public static final int MAX_SCENARIOS = 20;
    /** The most communications lines of a version. */
    public static final int MAX_COMMUNICATIONS = 30;

    public PlanContent {
        scenarios = Require.noNulls(scenarios, "scenarios");
        Require.that(!scenarios.isEmpty() && scenarios.size() <= MAX_SCENARIOS, "scenarios",
                "must have 1 to " + MAX_SCENARIOS + " scenarios");
        Require.that(scenarios.stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).distinct().count()
                == scenarios.size(), "scenarios", "must have distinct names");
        roles = Require.noNulls(roles, "roles");
        Require.that(roles.stream().map(PlanRole::role).distinct().count() == roles.size(), "roles",
                "must name each team role once");
        communications = Require.noNulls(communications, "communications");
        Require.that(communications.size() <= MAX_COMMUNICATIONS, "communications",
                "must have at most " + MAX_COMMUNICATIONS + " lines");
        measures = Require.noNulls(measures, "measures").stream()
                .sorted(Comparator.comparing(AvoidanceMeasure::kind)).toList();
        Require.that(measures.stream().map(AvoidanceMeasure::kind).distinct().count() == measures.size(), "measures",
                "must name each kind of measure once");
    }

    /** The scenario of that name (case ignored), if the plan has one. */
    public java.util.Optional<Scenario> scenario(String name) {
        return scenarios.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
