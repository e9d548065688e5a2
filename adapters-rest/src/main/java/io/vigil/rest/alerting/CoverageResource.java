package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Coverage;
import io.vigil.kernel.time.TimeWindow;
import java.time.Instant;
import java.util.List;

/** The roster over a period, with every gap and its warning. */
public record CoverageResource(Instant from, Instant to, List<ShiftResource> shifts, List<TimeWindow> gaps,
                               List<String> warnings) {

    public static CoverageResource from(Coverage c) {
        return new CoverageResource(c.period().from(), c.period().to(),
                c.shifts().stream().map(ShiftResource::from).toList(), c.gaps(), c.warnings());
    }
}
