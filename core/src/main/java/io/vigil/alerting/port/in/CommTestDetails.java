package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * A communication test to start: its title, channels, audience (everyone, or one category of
 * personnel), how long it stays open, its target, and when it started (default now; a test run
 * earlier by telephone tree may be recorded with its real start).
 */
public record CommTestDetails(
        @NotBlank @Size(max = 200) String title,
        @NotEmpty Set<@NotNull Channel> channels,
        @Size(max = 40) String category,
        @Min(1) @Max(CommunicationTest.LONGEST_OPEN_MINUTES) int openMinutes,
        @Min(1) @Max(100) int targetPercent,
        @Min(1) @Max(CommunicationTest.LONGEST_OPEN_MINUTES) int targetMinutes,
        Instant startedAt) {
}
