package io.vigil.crisis.domain;

import io.vigil.kernel.Require;

/** A line of the plan's communications: who is told, by what means, and which team seat tells them. */
public record Communication(String audience, String means, TeamRole owner) {
    public Communication {
        audience = Require.text(audience, "audience", 200);
        means = Require.text(means, "means", 200);
        Require.nonNull(owner, "owner");
    }
}
