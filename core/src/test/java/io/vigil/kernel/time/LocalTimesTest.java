package io.vigil.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The display format of local times, worked by hand from each zone's offset on the day. */
class LocalTimesTest {

    @Test
    void mexico_city_and_bangui_name_their_zone() {
        Instant at = Instant.parse("2026-10-03T20:30:00Z");
        // Mexico City keeps UTC-6 all year since 2022; Bangui is UTC+1
        assertThat(LocalTimes.format(at, ZoneId.of("America/Mexico_City")))
                .isEqualTo("2026-10-03 14:30 CST (America/Mexico_City)");
        assertThat(LocalTimes.format(at, ZoneId.of("Africa/Bangui"))).isEqualTo("2026-10-03 21:30 WAT (Africa/Bangui)");
        assertThat(LocalTimes.clock(at, ZoneId.of("Africa/Bangui"))).isEqualTo("21:30 WAT");
    }

    @Test
    void across_the_date_line_the_local_day_is_the_next_or_the_previous() {
        Instant at = Instant.parse("2026-10-03T20:30:00Z");
        // Kiritimati is UTC+14, Pago Pago UTC-11: the same instant falls on 4 and 3 October
        assertThat(LocalTimes.day(at, ZoneId.of("Pacific/Kiritimati"))).isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(LocalTimes.format(at, ZoneId.of("Pacific/Kiritimati"))).startsWith("2026-10-04 10:30 ")
                .endsWith(" (Pacific/Kiritimati)");
        assertThat(LocalTimes.day(Instant.parse("2026-10-04T05:00:00Z"), ZoneId.of("Pacific/Pago_Pago")))
                .isEqualTo(LocalDate.of(2026, 10, 3));
    }

    @Test
    void daylight_saving_in_paris_moves_the_offset_on_the_last_sunday_of_march() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        // 29 March 2026: clocks go from 02:00 CET (UTC+1) to 03:00 CEST (UTC+2) at 01:00 UTC
        assertThat(LocalTimes.format(Instant.parse("2026-03-29T00:30:00Z"), paris))
                .isEqualTo("2026-03-29 01:30 CET (Europe/Paris)");
        assertThat(LocalTimes.format(Instant.parse("2026-03-29T01:30:00Z"), paris))
                .isEqualTo("2026-03-29 03:30 CEST (Europe/Paris)");
        // Havana: UTC-4 in summer (CDT), UTC-5 in winter (CST)
        assertThat(LocalTimes.format(Instant.parse("2026-07-01T12:00:00Z"), ZoneId.of("America/Havana")))
                .isEqualTo("2026-07-01 08:00 CDT (America/Havana)");
        assertThat(LocalTimes.format(Instant.parse("2026-01-15T12:00:00Z"), ZoneId.of("America/Havana")))
                .isEqualTo("2026-01-15 07:00 CST (America/Havana)");
    }

    @Test
    void the_utc_offset_of_an_office_without_a_profile_is_named_utc() {
        assertThat(LocalTimes.format(Instant.parse("2026-10-03T20:30:00Z"), java.time.ZoneOffset.UTC))
                .isEqualTo("2026-10-03 20:30 UTC (UTC)");
        assertThat(LocalTimes.clock(Instant.parse("2026-10-03T20:30:00Z"), java.time.ZoneOffset.UTC)).isEqualTo("20:30 UTC");
    }
}
