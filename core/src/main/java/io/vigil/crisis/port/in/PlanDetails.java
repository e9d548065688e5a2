package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.MeasureKind;
import io.vigil.crisis.domain.TeamRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a draft of the Crisis Management Plan says: its scenarios (each with triggers, response steps
 * and the seat that leads), the roles of the team, the communications and the measures to avoid
 * risk (listed in their usual order whatever order they come in).
 */
public record PlanDetails(
        @NotEmpty @Size(max = 20) List<@NotNull @Valid ScenarioDetails> scenarios,
        @Size(max = 6) List<@NotNull @Valid RoleDetails> roles,
        @Size(max = 30) List<@NotNull @Valid CommunicationDetails> communications,
        @Size(max = 5) List<@NotNull @Valid MeasureDetails> measures) {
    public PlanDetails {
        roles = roles == null ? List.of() : roles;
        communications = communications == null ? List.of() : communications;
        measures = measures == null ? List.of() : measures;
    }

    /** A scenario: its name, what triggers it, the response steps in order, and the seat that leads. */
    public record ScenarioDetails(@NotBlank @Size(max = 100) String name,
                                  @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 500) String> triggers,
                                  @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 500) String> steps,
                                  @NotNull TeamRole lead) {
    }

    /** What the plan gives a seat of the team to do. */
    public record RoleDetails(@NotNull TeamRole role, @NotBlank @Size(max = 1000) String responsibilities) {
    }

    /** Who is told, by what means, by which seat. */
    public record CommunicationDetails(@NotBlank @Size(max = 200) String audience,
                                       @NotBlank @Size(max = 200) String means, @NotNull TeamRole owner) {
    }

    /** A measure to avoid risk and what it means for the office. */
    public record MeasureDetails(@NotNull MeasureKind kind, @NotBlank @Size(max = 1000) String description) {
    }
}
