package io.vigil.crisis.domain;

import io.vigil.kernel.Require;

/** What the plan gives one team seat to do. */
public record PlanRole(TeamRole role, String responsibilities) {
    public PlanRole {
        Require.nonNull(role, "role");
        responsibilities = Require.text(responsibilities, "responsibilities", 1000);
    }
}
