package io.vigil.crisis.domain;

import io.vigil.kernel.Require;
import java.util.List;

/** A crisis scenario of the plan: what triggers it, the response steps in order, and the team seat that leads. */
public record Scenario(String name, List<String> triggers, List<String> steps, TeamRole lead) {
    /** The most triggers, and the most steps, of a scenario. */
    public static final int MAX_ITEMS = 30;

    public Scenario {
        name = Require.text(name, "name", 100);
        triggers = texts(triggers, "triggers");
        steps = texts(steps, "steps");
        Require.that(!triggers.isEmpty(), "triggers", "must name at least one trigger");
        Require.that(!steps.isEmpty(), "steps", "must name at least one response step");
        Require.nonNull(lead, "lead");
    }

    static List<String> texts(List<String> items, String field) {
        List<String> checked = Require.noNulls(items, field).stream().map(t -> Require.text(t, field, 500)).toList();
        Require.that(checked.size() <= MAX_ITEMS, field, "must have at most " + MAX_ITEMS + " entries");
        return checked;
    }
}
