package io.vigil.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The restricted-areas list writes its times in the office's local time, the zone named; worked by hand. */
class RestrictedAreasListTest {
    private static final ListedArea RIVER = new ListedArea("River road", List.of("CONVOY_ONLY"), "floods",
            Instant.parse("2026-03-01T10:30:00Z"), Optional.of(Instant.parse("2026-03-29T01:30:00Z")));

    @Test
    void across_the_date_line_kiritimati_reads_the_next_day() {
        // Kiritimati is UTC+14: 10:30 UTC on 1 March is 00:30 on 2 March there
        String md = RestrictedAreasList.markdown("Restricted areas", List.of(RIVER), Instant.parse("2026-03-05T12:00:00Z"),
                ZoneId.of("Pacific/Kiritimati"));
        assertThat(md).contains("Generated at 2026-03-06 02:00 LINT (Pacific/Kiritimati) from")
                .contains("- In force: from 2026-03-02 00:30 LINT (Pacific/Kiritimati) until 2026-03-29 15:30 LINT"
                        + " (Pacific/Kiritimati)\n");
    }

    @Test
    void with_daylight_saving_paris_writes_winter_and_summer_offsets() {
        // Paris: CET (UTC+1) on 1 March, CEST (UTC+2) from 01:00 UTC on 29 March
        String md = RestrictedAreasList.markdown("Restricted areas", List.of(RIVER), Instant.parse("2026-03-05T12:00:00Z"),
                ZoneId.of("Europe/Paris"));
        assertThat(md).contains("- In force: from 2026-03-01 11:30 CET (Europe/Paris) until 2026-03-29 03:30 CEST"
                + " (Europe/Paris)\n");
    }
}
