package io.vigil.rest.crisis;

import io.vigil.crisis.domain.CriticalFunction;
import io.vigil.crisis.port.in.ContinuityView;
import java.util.List;

/** The business continuity inputs as the API shows them, with their gaps. */
public record ContinuityResource(String office, long version, List<CriticalFunction> functions, List<String> gaps)
        implements CrisisApi.Versioned {

    /** The view's resource. */
    public static ContinuityResource from(ContinuityView view) {
        return new ContinuityResource(view.inputs().id().value(), view.inputs().version(), view.inputs().functions(),
                view.gaps());
    }
}
