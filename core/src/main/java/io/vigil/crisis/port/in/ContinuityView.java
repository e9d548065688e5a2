package io.vigil.crisis.port.in;

import io.vigil.crisis.domain.ContinuityInputs;
import java.util.List;

/** The continuity inputs with their gaps: each function whose recovery time exceeds what it can tolerate. */
public record ContinuityView(ContinuityInputs inputs, List<String> gaps) {
    public ContinuityView {
        gaps = List.copyOf(gaps);
    }

    /** The inputs' view. */
    public static ContinuityView of(ContinuityInputs inputs) {
        return new ContinuityView(inputs, inputs.gaps());
    }
}
