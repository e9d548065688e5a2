package io.vigil.movement.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.passage.RestrictedArea;
import java.util.List;

/**
 * Outbound port: the office's restricted areas with their rules of passage, as the risk context
 * holds them. The composition root adapts the risk context's use case to it, read as the movement
 * rules' own actor of the office, so a plan's decision never depends on who asked.
 */
public interface RouteAreas {
    /** The office's restricted areas that carry a rule of passage, whatever their validity. */
    List<RestrictedArea> of(OfficeId office);
}
