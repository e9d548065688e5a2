package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.List;

/** A residential security measures survey: who surveyed, when, and the checklist's answers. */
public record ResidenceSurvey(Instant surveyedAt, String surveyor, List<ChecklistItem> checklist) {
    /** The default checklist, in the spirit of residential security measures standards. */
    public static final List<String> STANDARD_CHECKLIST = List.of(
            "Solid entrance doors with deadbolts and a viewer",
            "Grilles or locks on ground-floor and accessible windows",
            "Exterior lighting covering entrances and parking",
            "Perimeter wall or fence with a controlled gate",
            "Guard or concierge on duty 24/7",
            "A safe room or safe haven that can be locked from inside",
            "Smoke detector and fire extinguisher on each floor",
            "Back-up power for lights and communications",
            "Two means of communication (mobile and radio or landline)");

    public ResidenceSurvey {
        Require.nonNull(surveyedAt, "surveyedAt");
        surveyor = Require.text(surveyor, "surveyor", 200);
        checklist = List.copyOf(Require.nonNull(checklist, "checklist"));
        Require.that(!checklist.isEmpty(), "checklist", "must have at least one item");
    }

    /** Whether the residence meets every point of the checklist. */
    public boolean compliant() {
        return checklist.stream().allMatch(ChecklistItem::compliant);
    }

    /** The points the residence fails. */
    public List<ChecklistItem> failures() {
        return checklist.stream().filter(i -> !i.compliant()).toList();
    }
}
