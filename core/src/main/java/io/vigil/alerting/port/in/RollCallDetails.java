package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Channel;
import io.vigil.kernel.geo.GeoPoint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What an officer says to start a roll-call: what happened, where (the area's outline) and when
 * ({@code at}, default now), how far back the locator looks for people in the area (default 120
 * minutes before {@code at}), the channels to ask on, when silence goes to the warden (default 15
 * minutes) and to the officer on call (default 45), how long the roll-call stays open (default 240
 * minutes) and its target (default 100 % within 60 minutes).
 */
public record RollCallDetails(
        @NotBlank @Size(max = 200) String description,
        @NotNull @Size(min = 3, max = 1000) List<@NotNull GeoPoint> outline,
        Instant at,
        @Min(0) @Max(1440) Integer lookbackMinutes,
        @NotEmpty Set<@NotNull Channel> channels,
        @Min(1) @Max(1440) Integer wardenAfterMinutes,
        @Min(1) @Max(1440) Integer officerAfterMinutes,
        @Min(1) @Max(CommunicationTest.LONGEST_OPEN_MINUTES) Integer openMinutes,
        @Min(1) @Max(100) Integer targetPercent,
        @Min(1) @Max(CommunicationTest.LONGEST_OPEN_MINUTES) Integer targetMinutes) {

    public RollCallDetails {
        lookbackMinutes = lookbackMinutes == null ? 120 : lookbackMinutes;
        wardenAfterMinutes = wardenAfterMinutes == null ? 15 : wardenAfterMinutes;
        officerAfterMinutes = officerAfterMinutes == null ? 45 : officerAfterMinutes;
        openMinutes = openMinutes == null ? 240 : openMinutes;
        targetPercent = targetPercent == null ? 100 : targetPercent;
        targetMinutes = targetMinutes == null ? 60 : targetMinutes;
    }
}
