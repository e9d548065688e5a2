package io.vigil.awareness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A completion's expiry on the office's local calendar: a completion on the last local day of a month
 * either side of the date line, across a daylight-saving change and into its gap, and the completions
 * stored under the earlier rule in UTC still accepted, with the range the constructor accepts.
 */
class CompletionLocalCalendarTest {
    private static final OfficeId OFFICE = OfficeId.of("KI-CXI");
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Completion completed(String at, int months, ZoneId zone) {
        Instant t = Instant.parse(at);
        return Completion.of(CompletionId.random(), OFFICE, PersonId.random(), CourseId.random(), t,
                Optional.of(months), zone, Optional.empty(), "associate", t);
    }

    private static Completion stored(String at, int months, String until) {
        Instant t = Instant.parse(at);
        return new Completion(CompletionId.random(), OFFICE, 3, PersonId.random(), CourseId.random(), t,
                Optional.of(months), Optional.of(Instant.parse(until)), Optional.empty(), "associate", t);
    }

    @Test
    void on_the_last_local_day_of_a_month_in_kiritimati_the_months_count_from_that_local_day() {
        // 2026-03-30T10:00Z is 2026-03-31 00:00 in Kiritimati (UTC+14), the last local day of March.
        Completion c = completed("2026-03-30T10:00:00Z", 1, KIRITIMATI);
        assertThat(c.validUntil()).contains(Instant.parse("2026-04-29T10:00:00Z"));
        assertThat(LocalDateTime.ofInstant(c.validUntil().orElseThrow(), KIRITIMATI))
                .isEqualTo(LocalDateTime.parse("2026-04-30T00:00"));
        // 37 months from the last local day of January end on the last local day of February 2029.
        Completion ssafe = completed("2026-01-30T10:00:00Z", 37, KIRITIMATI);
        assertThat(LocalDateTime.ofInstant(ssafe.validUntil().orElseThrow(), KIRITIMATI))
                .isEqualTo(LocalDateTime.parse("2029-02-28T00:00"));
        assertThat(ssafe.validUntil()).contains(Instant.parse("2029-02-27T10:00:00Z"));
    }

    @Test
    void on_the_last_local_day_of_a_month_in_pago_pago_the_months_count_from_that_local_day() {
        // 2026-02-01T10:00Z is 2026-01-31 23:00 in Pago Pago (UTC-11), the last local day of January.
        Completion c = completed("2026-02-01T10:00:00Z", 1, PAGO_PAGO);
        assertThat(LocalDateTime.ofInstant(c.validUntil().orElseThrow(), PAGO_PAGO))
                .isEqualTo(LocalDateTime.parse("2026-02-28T23:00"));
        assertThat(c.validUntil()).contains(Instant.parse("2026-03-01T10:00:00Z"));
        // 2026-01-31T10:00Z is 2026-01-30 23:00 there: a local day 30 stays day 30 where UTC's 31 is clamped.
        Completion day30 = completed("2026-01-31T10:00:00Z", 3, PAGO_PAGO);
        assertThat(day30.validUntil()).contains(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(completed("2026-01-31T10:00:00Z", 3, ZoneOffset.UTC).validUntil())
                .contains(Instant.parse("2026-04-30T10:00:00Z"));
    }

    @Test
    void in_paris_the_local_time_is_kept_across_a_daylight_saving_change_and_a_gap_moves_later() {
        // 10:00 CET (UTC+1) in February; three months later 10:00 CEST (UTC+2), an hour earlier in UTC.
        Completion winter = completed("2026-02-15T09:00:00Z", 3, PARIS);
        assertThat(winter.validUntil()).contains(Instant.parse("2026-05-15T08:00:00Z"));
        // 2026-01-29 02:30 CET plus two months is 2026-03-29 02:30, which the spring change skips: 03:30 CEST.
        Completion gap = completed("2026-01-29T01:30:00Z", 2, PARIS);
        assertThat(gap.validUntil()).contains(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(LocalDateTime.ofInstant(gap.validUntil().orElseThrow(), PARIS))
                .isEqualTo(LocalDateTime.parse("2026-03-29T03:30"));
        // 2026-09-25 02:30 CEST plus one month is 2026-10-25 02:30, which exists twice: the earlier, CEST, is kept.
        Completion overlap = completed("2026-09-25T00:30:00Z", 1, PARIS);
        assertThat(overlap.validUntil()).contains(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void a_completion_stored_under_the_utc_rule_is_still_accepted() {
        Completion old = stored("2026-01-30T10:00:00Z", 1, "2026-02-28T10:00:00Z");
        assertThat(old.validUntil()).contains(Instant.parse("2026-02-28T10:00:00Z"));
        assertThat(old.withVersion(4).validUntil()).isEqualTo(old.validUntil());
    }

    @Test
    void the_constructor_accepts_the_expiries_of_offsets_from_minus_to_plus_18_hours_and_nothing_beyond() {
        String at = "2026-01-31T12:00:00Z";
        // The earliest: the date at -18:00, 2026-01-30, plus a month, 2026-02-28 00:00, read at +18:00.
        assertThat(stored(at, 1, "2026-02-27T06:00:00Z").validUntil()).isPresent();
        // The latest: the date at +18:00, 2026-02-01, plus a month, 2026-03-01, its end read at -18:00.
        assertThat(stored(at, 1, "2026-03-02T18:00:00Z").validUntil()).isPresent();
        for (String outside : new String[] {"2026-02-27T05:59:59Z", "2026-03-02T18:00:01Z", "2026-01-31T12:00:00Z"}) {
            assertThatThrownBy(() -> stored(at, 1, outside)).as(outside)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field())
                            .isEqualTo("validUntil"));
        }
        assertThatThrownBy(() -> new Completion(CompletionId.random(), OFFICE, 0, PersonId.random(),
                CourseId.random(), Instant.parse(at), Optional.empty(), Optional.of(Instant.parse("2026-03-01T00:00:00Z")),
                Optional.empty(), "associate", Instant.parse(at)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("validUntil"));
        assertThatThrownBy(() -> new Completion(CompletionId.random(), OFFICE, 0, PersonId.random(),
                CourseId.random(), Instant.parse(at), Optional.of(1), Optional.empty(),
                Optional.empty(), "associate", Instant.parse(at)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("validUntil"));
    }

    @Test
    void an_expiry_computed_in_any_zone_of_the_tz_database_is_accepted() {
        String[] instants = {"2026-01-31T12:00:00Z", "2026-01-30T10:00:00Z", "2011-12-29T10:30:00Z",
            "2026-03-29T01:30:00Z", "2026-10-25T00:30:00Z", "2024-02-29T23:59:59Z"};
        for (String zone : ZoneId.getAvailableZoneIds()) {
            for (String at : instants) {
                for (int months : new int[] {1, 11, 36, 240}) {
                    assertThat(completed(at, months, ZoneId.of(zone)).validUntil()).as("%s %s %s", zone, at, months)
                            .isPresent();
                }
            }
        }
    }
}
