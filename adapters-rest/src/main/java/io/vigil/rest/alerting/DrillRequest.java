package io.vigil.rest.alerting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Starts a drill: everyone should be reached within {@code targetMinutes}. */
public record DrillRequest(@Min(1) @Max(1440) int targetMinutes) {
}
