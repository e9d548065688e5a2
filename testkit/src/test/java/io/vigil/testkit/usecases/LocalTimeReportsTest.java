package io.vigil.testkit.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.incident.domain.Severity;
import io.vigil.incident.domain.Verification;
import io.vigil.incident.port.in.IncidentDetails;
import io.vigil.incident.port.in.PlaceDetails;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.port.in.ActionItemDetails;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.review.domain.Chart;
import io.vigil.review.domain.ProgrammeReview;
import io.vigil.review.domain.ReviewMarkdown;
import io.vigil.testkit.memory.InMemoryVigil;
import io.vigil.testkit.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Reports and rules in the office's zone: the programme review counts by the office's local months and
 * writes its period in local time with the zone named, for an office across the date line and one with
 * daylight saving, whatever the JVM's default zone; a liaison action falls overdue on the office's day. Expected values are worked by hand from each zone's offset.
 */
class LocalTimeReportsTest {
    private static final OfficeId OFFICE = OfficeId.of("KI-CXI");
    private final MutableClock clock = MutableClock.at("2026-06-01T00:00:00Z");
    private final InMemoryVigil vigil = InMemoryVigil.create(clock);
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);

    private void zone(String zone) {
        vigil.people().offices().set(officer, OFFICE, 0, new OfficeDetails("Office", zone, "KI"));
    }

    private void incidentAt(String occurred) {
        clock.set(Instant.parse(occurred).plusSeconds(3600));
        vigil.incident().reports().create(officer, new IncidentDetails("crime", "theft", "Phone snatched", null,
                Instant.parse(occurred), new PlaceDetails("Market", GeoPoint.of(1.87, -157.4), null), List.of(),
                List.of(), Severity.MODERATE, "the staff member", Verification.CONFIRMED));
    }

    private ProgrammeReview review(String from, String to) {
        clock.set(Instant.parse("2026-12-10T00:00:00Z"));
        return vigil.review().programme().review(officer, Instant.parse(from), Instant.parse(to), Instant.parse(to));
    }

    @Test
    void across_the_date_line_the_review_counts_incidents_by_the_offices_month_and_writes_its_local_period() {
        zone("Pacific/Kiritimati");
        // Kiritimati is UTC+14: noon UTC on 31 July is 02:00 on 1 August there
        incidentAt("2026-07-31T12:00:00Z");
        // the quarter from 1 July to 1 October, midnight in Kiritimati (10:00 UTC the day before)
        ProgrammeReview r = review("2026-06-30T10:00:00Z", "2026-09-30T10:00:00Z");
        assertThat(r.section("incidents").charts().get(0).bars()).containsExactly(new Chart.Bar("2026-07", 0),
                new Chart.Bar("2026-08", 1), new Chart.Bar("2026-09", 0));
        assertThat(ReviewMarkdown.render(r)).contains("Period 2026-07-01 00:00 LINT (Pacific/Kiritimati) to"
                + " 2026-10-01 00:00 LINT (Pacific/Kiritimati), as of 2026-10-01 00:00 LINT (Pacific/Kiritimati).");
        assertThat(r.period().zone().getId()).isEqualTo("Pacific/Kiritimati");
    }

    @Test
    void with_daylight_saving_the_month_is_counted_at_the_days_offset_whatever_the_jvm_zone() {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
        try {
            zone("America/New_York");
            // 03:30 UTC on 1 November is 23:30 EDT (UTC-4) on 31 October: clocks go back only at 06:00 UTC
            incidentAt("2026-11-01T03:30:00Z");
            // 1 October 00:00 EDT is 04:00 UTC; 1 December 00:00 EST (UTC-5) is 05:00 UTC
            ProgrammeReview r = review("2026-10-01T04:00:00Z", "2026-12-01T05:00:00Z");
            assertThat(r.section("incidents").charts().get(0).bars()).containsExactly(new Chart.Bar("2026-10", 1),
                    new Chart.Bar("2026-11", 0));
            assertThat(ReviewMarkdown.render(r)).contains("Period 2026-10-01 00:00 EDT (America/New_York) to"
                    + " 2026-12-01 00:00 EST (America/New_York)");
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void a_liaison_action_is_overdue_once_its_due_day_has_passed_in_the_offices_zone() {
        zone("Pacific/Kiritimati");
        PersonId ana = vigil.people().persons().register(officer, new PersonDetails("Ana", "Teuea",
                PersonCategory.CONSULTANT, "IFC", null, List.of(), List.of(), null, null)).person().id();
        ActionItem call = vigil.liaison().actions().assign(officer, new ActionItemDetails("Call the police chief", ana,
                LocalDate.parse("2026-06-10")));
        // 09:59 UTC on 10 June is 23:59 on the 10th in Kiritimati (UTC+14): due that day, not overdue
        assertThat(vigil.liaison().actions().overdue(officer, Instant.parse("2026-06-10T09:59:00Z"))).isEmpty();
        // 10:00 UTC, still 10 June in UTC, is midnight on the 11th there
        assertThat(vigil.liaison().actions().overdue(officer, Instant.parse("2026-06-10T10:00:00Z")))
                .extracting(ActionItem::id).containsExactly(call.id());
    }

    @Test
    void an_office_without_a_profile_reads_its_review_in_utc() {
        incidentAt("2026-07-31T12:00:00Z");
        ProgrammeReview r = review("2026-07-01T00:00:00Z", "2026-09-01T00:00:00Z");
        assertThat(r.section("incidents").charts().get(0).bars()).containsExactly(new Chart.Bar("2026-07", 1),
                new Chart.Bar("2026-08", 0));
        assertThat(ReviewMarkdown.render(r)).contains("Period 2026-07-01 00:00 UTC (UTC) to");
    }
}
