package io.vigil.kernel;

import java.util.List;

/**
 * Thrown when a use case refuses a step by a business rule (the request is closed, the assessment
 * is not a draft, the person still sponsors dependents): the reasons are data, never parsed.
 */
public final class RefusedException extends VigilException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> reasons;

    public RefusedException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** A refusal for one reason. */
    public static RefusedException because(String reason) {
        return new RefusedException(List.of(reason));
    }

    /** The reasons, each a sentence for a person. */
    public List<String> reasons() {
        return reasons;
    }
}
