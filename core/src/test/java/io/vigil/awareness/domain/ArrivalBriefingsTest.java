package io.vigil.awareness.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On-arrival briefings: due within the set days of an arrival, overdue after, and briefed only after arriving. */
class ArrivalBriefingsTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
    private final PersonId ana = PersonId.random();
    private final PersonId ben = PersonId.random();
    private final PersonId eva = PersonId.random();

    private static Instant t(String s) {
        return Instant.parse(s);
    }

    private static Briefing onArrival(String at, PersonId... attendees) {
        return new Briefing(BriefingId.random(), OFFICE, 0, BriefingKind.ON_ARRIVAL, t(at), "Mexico City office",
                "Security associate", List.of("earthquakes"), List.of(attendees));
    }

    @Test
    void an_arrival_without_a_briefing_is_due_then_overdue_after_the_set_days() {
        List<Arrival> arrivals = List.of(new Arrival(ana, t("2026-03-10T09:00:00Z"), Optional.empty()),
                new Arrival(ben, t("2026-03-18T09:00:00Z"), Optional.empty()));
        List<ArrivalBriefing> open = ArrivalBriefings.open(arrivals, List.of(), NOW, 7);
        assertThat(open).containsExactly(
                new ArrivalBriefing(ana, t("2026-03-10T09:00:00Z"), t("2026-03-17T09:00:00Z"), true),
                new ArrivalBriefing(ben, t("2026-03-18T09:00:00Z"), t("2026-03-25T09:00:00Z"), false));
    }

    @Test
    void an_on_arrival_briefing_attended_after_arriving_closes_it_and_one_before_does_not() {
        List<Arrival> arrivals = List.of(new Arrival(ana, t("2026-03-10T09:00:00Z"), Optional.empty()),
                new Arrival(ben, t("2026-03-10T09:00:00Z"), Optional.empty()));
        Briefing beforeBen = onArrival("2026-03-09T09:00:00Z", ben);
        Briefing after = onArrival("2026-03-12T09:00:00Z", ana);
        Briefing periodic = new Briefing(BriefingId.random(), OFFICE, 0, BriefingKind.PERIODIC_AWARENESS,
                t("2026-03-12T09:00:00Z"), "Office", "Associate", List.of(), List.of(ben));
        assertThat(ArrivalBriefings.open(arrivals, List.of(beforeBen, after, periodic), NOW, 7))
                .extracting(ArrivalBriefing::person).containsExactly(ben);
    }

    @Test
    void persons_who_left_or_arrived_long_ago_or_after_the_instant_are_not_listed() {
        List<Arrival> arrivals = List.of(
                new Arrival(ana, t("2026-03-01T09:00:00Z"), Optional.of(t("2026-03-05T09:00:00Z"))),
                new Arrival(ben, NOW.minus(ArrivalBriefings.LOOK_BACK).minusSeconds(1), Optional.empty()),
                new Arrival(eva, t("2026-03-21T09:00:00Z"), Optional.empty()));
        assertThat(ArrivalBriefings.open(arrivals, List.of(), NOW, 7)).isEmpty();
    }
}
