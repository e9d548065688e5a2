package io.vigil.kernel.passage;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules of passage found, gathered by weight: reasons that deny, reasons that ask for
 * approval, and rules kept. Filled by {@link AreaPassage}; a caller lists the reasons worst first.
 */
public final class Findings {
    private final List<String> denied = new ArrayList<>();
    private final List<String> approval = new ArrayList<>();
    private final List<String> passed = new ArrayList<>();

    void deny(String reason) {
        denied.add(reason);
    }

    void ask(String reason) {
        approval.add(reason);
    }

    void pass(String reason) {
        passed.add(reason);
    }

    /** The worst outcome found: denied if any reason denies, needs approval if any asks for it, else passed. */
    public PassageOutcome outcome() {
        if (!denied.isEmpty()) {
            return PassageOutcome.DENIED;
        }
        return approval.isEmpty() ? PassageOutcome.PASSED : PassageOutcome.NEEDS_APPROVAL;
    }

    /** Every reason, the denials first, then those asking for approval, then the rules kept. */
    public List<String> reasons() {
        List<String> all = new ArrayList<>(denied);
        all.addAll(approval);
        all.addAll(passed);
        return List.copyOf(all);
    }

    /** Whether nothing was found. */
    public boolean isEmpty() {
        return denied.isEmpty() && approval.isEmpty() && passed.isEmpty();
    }
}
