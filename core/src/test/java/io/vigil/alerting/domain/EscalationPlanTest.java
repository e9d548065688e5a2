package io.vigil.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.EscalationPlan.Notice;
import io.vigil.alerting.domain.EscalationPlan.Outcome;
import io.vigil.alerting.domain.EscalationPlan.Reason;
import io.vigil.alerting.domain.EscalationPlan.Recipient;
import io.vigil.alerting.domain.EscalationPlan.Silent;
import io.vigil.alerting.domain.EscalationPlan.Stage;
import io.vigil.alerting.domain.EscalationPlan.Taken;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The escalation policy on hand-worked cases: a 15-minute warden delay, a 45-minute officer delay. */
class EscalationPlanTest {
    private static final Instant START = Instant.parse("2026-09-19T13:14:00Z");
    private static final WardenZoneId SOUTH = WardenZoneId.of("CDMX-SUR");
    private static final WardenZoneId NORTH = WardenZoneId.of("CDMX-NTE");
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    private final EscalationPlan plan = new EscalationPlan("Vigil roll-call \"M7.1 earthquake\"", START,
            Duration.ofMinutes(15), Duration.ofMinutes(45), Set.of(Channel.SMS));
    private final PersonId southWarden = PersonId.random();
    private final Silent carla = new Silent(PersonId.random(), "Carla Test", Optional.of(SOUTH));
    private final Silent elena = new Silent(PersonId.random(), "Elena Test", Optional.of(SOUTH));
    private final Silent nico = new Silent(PersonId.random(), "Nico Test", Optional.of(NORTH));
    private final Silent visitor = new Silent(PersonId.random(), "Visitor Test", Optional.empty());
    private final OnCallShift duty = shift("+52 55 9999 0000");
    private final OnCallShift backup = shift("+52 55 9999 1111");
    private final List<WardenZoneId> asked = new ArrayList<>();
    private final Function<WardenZoneId, List<PersonId>> wardens = zone -> {
        asked.add(zone);
        return Map.of(SOUTH, List.of(southWarden)).getOrDefault(zone, List.of());
    };

    private static OnCallShift shift(String phone) {
        return new OnCallShift(ShiftId.random(), OFFICE, 0, "Duty officer", "security officer", phone,
                START.minus(Duration.ofHours(1)), START.plus(Duration.ofHours(12)));
    }

    private static Instant after(long minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void before_the_wardens_delay_nothing_is_due_and_no_warden_is_looked_up() {
        Outcome outcome = plan.at(after(14), new Taken(false, false), List.of(carla, visitor), wardens, List.of(duty));

        assertThat(outcome.notices()).isEmpty();
        assertThat(outcome.warnings()).isEmpty();
        assertThat(outcome.wardensStep()).isFalse();
        assertThat(outcome.officerStep()).isFalse();
        assertThat(asked).isEmpty();
    }

    @Test
    void at_the_wardens_delay_each_zone_gets_one_digest_and_the_persons_without_a_warden_go_to_every_shift() {
        Outcome outcome = plan.at(after(15), new Taken(false, false), List.of(carla, nico, visitor, elena), wardens,
                List.of(duty, backup));

        assertThat(asked).containsExactly(SOUTH, NORTH);
        assertThat(outcome.wardensStep()).isTrue();
        assertThat(outcome.officerStep()).isFalse();
        assertThat(outcome.notices()).hasSize(3);
        Notice digest = outcome.notices().get(0);
        assertThat(digest.key()).isEqualTo("warden-" + southWarden);
        assertThat(digest.to()).isEqualTo(new Recipient.Warden(southWarden, SOUTH));
        assertThat(digest.reason()).isEqualTo(Reason.SILENT_PAST_WARDEN_DELAY);
        assertThat(digest.about()).containsExactly(carla.person(), elena.person());
        assertThat(digest.text()).isEqualTo("Vigil roll-call \"M7.1 earthquake\": no answer after 15 minutes from"
                + " 2 persons in zone CDMX-SUR: Carla Test, Elena Test. Please check on them (your zone roster has"
                + " their phones).");
        String noWarden = "Vigil roll-call \"M7.1 earthquake\": no answer after 15 minutes from 2 persons with no"
                + " warden: Visitor Test, Nico Test.";
        String head = "Vigil roll-call \"M7.1 earthquake\": no answer after 15 minutes from 2 persons with no"
                + " warden: ";
        assertThat(outcome.notices().subList(1, 3)).containsExactly(
                new Notice("officer-nowarden-" + duty.id(), new Recipient.OnCall(duty.id(), "+52 55 9999 0000"),
                        Reason.NO_REACHABLE_WARDEN, List.of(visitor.person(), nico.person()), head,
                        List.of("Visitor Test", "Nico Test"), "."),
                new Notice("officer-nowarden-" + backup.id(), new Recipient.OnCall(backup.id(), "+52 55 9999 1111"),
                        Reason.NO_REACHABLE_WARDEN, List.of(visitor.person(), nico.person()), head,
                        List.of("Visitor Test", "Nico Test"), "."));
        assertThat(outcome.notices().get(1).text()).isEqualTo(noWarden);
        assertThat(outcome.warnings()).containsExactly("zone CDMX-NTE has no warden reachable on [SMS]; its silent"
                + " persons go to the officer on call");
    }

    @Test
    void the_first_reachable_of_the_wardens_and_alternates_gets_the_digest() {
        PersonId alternate = PersonId.random();
        Outcome outcome = plan.at(after(20), new Taken(false, false), List.of(nico),
                zone -> List.of(alternate, southWarden), List.of(duty));

        assertThat(outcome.notices()).singleElement().satisfies(n -> {
            assertThat(n.to()).isEqualTo(new Recipient.Warden(alternate, NORTH));
            assertThat(n.text()).contains("from 1 person in zone CDMX-NTE: Nico Test.");
        });
        assertThat(outcome.warnings()).isEmpty();
    }

    @Test
    void once_the_wardens_step_is_taken_it_is_not_repeated_and_the_officer_is_told_at_the_officers_delay() {
        Outcome between = plan.at(after(44), new Taken(true, false), List.of(carla, visitor), wardens, List.of(duty));
        assertThat(between.notices()).isEmpty();
        assertThat(between.wardensStep()).isFalse();

        Outcome outcome = plan.at(after(45), new Taken(true, false), List.of(carla, visitor), wardens, List.of(duty));

        assertThat(asked).isEmpty();
        assertThat(outcome.wardensStep()).isFalse();
        assertThat(outcome.officerStep()).isTrue();
        assertThat(outcome.notices()).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo("officer-" + duty.id());
            assertThat(n.to()).isEqualTo(new Recipient.OnCall(duty.id(), "+52 55 9999 0000"));
            assertThat(n.reason()).isEqualTo(Reason.SILENT_PAST_OFFICER_DELAY);
            assertThat(n.about()).containsExactly(carla.person(), visitor.person());
            assertThat(n.text()).isEqualTo("Vigil roll-call \"M7.1 earthquake\": no answer after 45"
                    + " minutes from 2 persons: Carla Test, Visitor Test.");
        });
        assertThat(plan.at(after(60), new Taken(true, true), List.of(carla), wardens, List.of(duty)).notices())
                .as("both steps taken").isEmpty();
    }

    @Test
    void a_first_look_after_both_delays_takes_both_steps_wardens_first() {
        Outcome outcome = plan.at(after(50), new Taken(false, false), List.of(carla), wardens, List.of(duty));

        assertThat(outcome.wardensStep()).isTrue();
        assertThat(outcome.officerStep()).isTrue();
        assertThat(outcome.notices()).extracting(Notice::key).containsExactly("warden-" + southWarden,
                "officer-" + duty.id());
    }

    @Test
    void with_nobody_on_call_the_officers_notices_become_warnings_and_the_steps_are_taken_all_the_same() {
        Outcome outcome = plan.at(after(45), new Taken(false, false), List.of(visitor), wardens, List.of());

        assertThat(outcome.notices()).isEmpty();
        assertThat(outcome.warnings()).containsExactly(
                "nobody is on call to be told: no answer after 15 minutes from 1 person with no warden: Visitor Test",
                "nobody is on call to be told: no answer after 45 minutes from 1 person: Visitor Test");
        assertThat(outcome.wardensStep()).isTrue();
        assertThat(outcome.officerStep()).isTrue();
    }

    @Test
    void when_everyone_answered_the_steps_are_taken_without_a_notice() {
        Outcome outcome = plan.at(after(46), new Taken(false, false), List.of(), wardens, List.of(duty));

        assertThat(outcome.notices()).isEmpty();
        assertThat(outcome.warnings()).isEmpty();
        assertThat(outcome.wardensStep()).isTrue();
        assertThat(outcome.officerStep()).isTrue();
    }

    @Test
    void a_message_names_every_silent_person_with_their_phone() {
        List<Silent> many = IntStream.rangeClosed(1, 27).mapToObj(i -> new Silent(PersonId.random(), "P" + i,
                Optional.empty())).toList();
        Map<PersonId, String> phones = new HashMap<>();
        many.stream().limit(26).forEach(p -> phones.put(p.person(), "+52 55 " + p.name()));

        Outcome outcome = plan.at(after(45), new Taken(true, false), many, wardens, List.of(duty),
                p -> Optional.ofNullable(phones.get(p)));

        assertThat(outcome.notices()).singleElement().satisfies(n -> {
            assertThat(n.text()).startsWith("Vigil roll-call \"M7.1 earthquake\": no answer after 45 minutes from"
                    + " 27 persons: P1 (+52 55 P1), P2 (+52 55 P2), P3 (+52 55 P3),");
            assertThat(n.text()).endsWith(", P25 (+52 55 P25), P26 (+52 55 P26), P27 (no phone).");
            assertThat(n.about()).hasSize(27);
        });
    }

    @Test
    void a_notice_too_long_for_one_message_goes_out_in_numbered_pages_that_together_name_everyone() {
        List<String> entries = IntStream.rangeClosed(1, 40).mapToObj(i -> "Person Number" + i + " Family"
                + " (+52 55 1000 " + (1000 + i) + ")").toList();
        Notice notice = new Notice("warden-x", new Recipient.Warden(southWarden, SOUTH),
                Reason.SILENT_PAST_WARDEN_DELAY, List.of(), "Vigil roll-call \"Quake\": no answer from 40 persons: ",
                entries, ". Please check on them.");

        List<String> sms = notice.pages(459);
        assertThat(sms).hasSizeGreaterThan(1).allMatch(page -> page.length() <= 459);
        for (int k = 0; k < sms.size(); k++) {
            assertThat(sms.get(k)).startsWith("(" + (k + 1) + "/" + sms.size() + ") Vigil roll-call \"Quake\"");
        }
        assertThat(sms.get(sms.size() - 1)).endsWith(". Please check on them.");
        assertThat(sms.get(0)).endsWith(" …");
        String all = String.join("\n", sms);
        entries.forEach(e -> assertThat(all).containsOnlyOnce(e));
        assertThat(notice.pages(20_000)).containsExactly(notice.text());
    }

    @Test
    void a_silent_person_is_awaited_then_with_the_warden_or_at_once_with_the_officer_without_a_zone() {
        assertThat(plan.stageOf(carla.zone(), after(14))).isEqualTo(Stage.AWAITING);
        assertThat(plan.stageOf(visitor.zone(), after(14))).isEqualTo(Stage.AWAITING);
        assertThat(plan.stageOf(carla.zone(), after(15))).isEqualTo(Stage.WITH_WARDEN);
        assertThat(plan.stageOf(visitor.zone(), after(15))).isEqualTo(Stage.WITH_OFFICER);
        assertThat(plan.stageOf(carla.zone(), after(44))).isEqualTo(Stage.WITH_WARDEN);
        assertThat(plan.stageOf(carla.zone(), after(45))).isEqualTo(Stage.WITH_OFFICER);
    }

    @Test
    void a_roll_calls_plan_takes_its_title_start_delays_and_channels() {
        PersonId ana = PersonId.random();
        Incident incident = new Incident(GeoArea.rectangle(new GeoPoint(19.3, -99.25), new GeoPoint(19.45, -99.1))
                .vertices(), START.minusSeconds(240), 10, 30, List.of(new Incident.Affected(ana, "Ana Test",
                Optional.empty(), "residence: lives at Calle 1")), Optional.empty(), Optional.empty());
        CommunicationTest rollCall = new CommunicationTest(CommTestId.random(), OFFICE, 0, "Flood", Set.of(
                Channel.SMS, Channel.EMAIL), List.of(ana), List.of(), START, START.plus(Duration.ofHours(4)),
                new Target(100, 60), "officer", TestPurpose.rollCall(incident));

        assertThat(EscalationPlan.forRollCall(rollCall)).isEqualTo(new EscalationPlan("Vigil roll-call \"Flood\"",
                START, Duration.ofMinutes(10), Duration.ofMinutes(30), Set.of(Channel.EMAIL, Channel.SMS)));
        assertThat(Taken.of(incident.withWardensAlerted(START.plusSeconds(600)))).isEqualTo(new Taken(true, false));
    }
}
