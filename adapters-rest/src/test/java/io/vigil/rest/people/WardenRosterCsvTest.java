package io.vigil.rest.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.people.port.in.ZoneRoster;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The warden's roster CSV writes a visitor's check-out in ISO-8601 UTC and again in the office's local time,
 * its zone named; worked by hand from each zone's offset on the day.
 */
class WardenRosterCsvTest {
    private static final PersonId VISITOR = PersonId.of("00000000-0000-4000-8000-000000000001");

    private static ZoneRoster roster(Instant until) {
        return new ZoneRoster(WardenZoneId.of("Z-1"), "Centre", Instant.parse("2026-03-01T00:00:00Z"), List.of(),
                List.of(new ZoneRoster.Entry(VISITOR, "Ana Visitor", "MISSION", ZoneRoster.Role.VISITOR, "Hotel Sol",
                        Optional.of("+1 555 0100"), Optional.empty(), Optional.of(until))));
    }

    @Test
    void across_the_date_line_the_check_out_is_the_day_before_utc_in_pago_pago() {
        // Pago Pago is UTC-11: 05:00 UTC on 2 March is 18:00 on 1 March there
        String csv = WardenZoneRoutes.csv(roster(Instant.parse("2026-03-02T05:00:00Z")), ZoneId.of("Pacific/Pago_Pago"));
        assertThat(csv).startsWith("person,name,category,role,place,phone,email,until,until_local\r\n")
                .endsWith(VISITOR + ",Ana Visitor,MISSION,VISITOR,Hotel Sol,+1 555 0100,,2026-03-02T05:00:00Z,"
                        + "2026-03-01 18:00 SST (Pacific/Pago_Pago)\r\n");
    }

    @Test
    void with_daylight_saving_paris_writes_the_summer_offset_after_the_switch() {
        ZoneId paris = ZoneId.of("Europe/Paris");
        // 29 March 2026: CET (UTC+1) until 01:00 UTC, CEST (UTC+2) after
        assertThat(WardenZoneRoutes.csv(roster(Instant.parse("2026-03-29T00:30:00Z")), paris))
                .contains(",2026-03-29T00:30:00Z,2026-03-29 01:30 CET (Europe/Paris)\r\n");
        assertThat(WardenZoneRoutes.csv(roster(Instant.parse("2026-03-29T01:30:00Z")), paris))
                .contains(",2026-03-29T01:30:00Z,2026-03-29 03:30 CEST (Europe/Paris)\r\n");
    }
}
