package io.vigil.liaison.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Outcome;
import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The liaison rules on hand-worked cases: staleness, the change log, the carry-over order, sharing. */
class LiaisonRulesTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final PersonId ANA = new PersonId(new UUID(0, 1));
    private static final PersonId JORGE = new PersonId(new UUID(0, 2));
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static LiaisonContact contact(Optional<Integer> staleAfter, InformationLevel cleared) {
        return new LiaisonContact(LiaisonContactId.random(), OFFICE, 0, OrganisationId.random(), "Claire Dubois",
                "RSO", List.of(), ContactSensitivity.ORDINARY, cleared, staleAfter, T0);
    }

    @Test
    void a_contact_is_stale_only_after_more_than_its_threshold_of_days_its_own_before_its_kinds() {
        // police: 30 days by kind; last reached 2026-01-01T10:00Z
        assertThat(Staleness.at(Instant.parse("2026-01-31T10:00:00Z"), T0, 30).stale()).isFalse();
        assertThat(Staleness.at(Instant.parse("2026-01-31T10:00:01Z"), T0, 30).stale()).isTrue();
        assertThat(Staleness.at(Instant.parse("2026-02-10T10:00:00Z"), T0, 30).days()).isEqualTo(40);
        assertThat(contact(Optional.empty(), InformationLevel.PUBLIC)
                .staleAfterDays(OrganisationKind.HOST_LAW_ENFORCEMENT)).isEqualTo(30);
        assertThat(contact(Optional.empty(), InformationLevel.PUBLIC).staleAfterDays(OrganisationKind.UNDSS))
                .isEqualTo(14);
        assertThat(contact(Optional.of(7), InformationLevel.PUBLIC).staleAfterDays(OrganisationKind.UNDSS))
                .isEqualTo(7);
    }

    @Test
    void every_change_of_owner_due_date_and_status_is_logged_and_past_states_are_replayed() {
        Instant opened = Instant.parse("2026-02-01T09:00:00Z");
        ActionItem a = ActionItem.open(ActionItemId.random(), OFFICE, ActionKind.ASSOCIATE_TASK, Optional.empty(),
                "Visit zone Sur", ANA, LocalDate.parse("2026-02-10"), opened, "officer");
        Instant t1 = Instant.parse("2026-02-05T09:00:00Z");
        Instant t2 = Instant.parse("2026-02-12T09:00:00Z");
        ActionItem b = a.change(Optional.of(JORGE), Optional.of(LocalDate.parse("2026-02-20")),
                Optional.of(ActionStatus.IN_PROGRESS), t1, "associate")
                .change(Optional.empty(), Optional.empty(), Optional.of(ActionStatus.DONE), t2, "officer");
        assertThat(b.changes()).containsExactly(
                new ActionChange(t1, "associate", ActionField.OWNER, ANA.toString(), JORGE.toString()),
                new ActionChange(t1, "associate", ActionField.DUE, "2026-02-10", "2026-02-20"),
                new ActionChange(t1, "associate", ActionField.STATUS, "OPEN", "IN_PROGRESS"),
                new ActionChange(t2, "officer", ActionField.STATUS, "IN_PROGRESS", "DONE"));
        assertThat(b.stateAt(Instant.parse("2026-01-31T00:00:00Z"))).isEmpty();
        assertThat(b.stateAt(Instant.parse("2026-02-03T00:00:00Z"))).contains(new ActionState(ANA,
                LocalDate.parse("2026-02-10"), ActionStatus.OPEN));
        assertThat(b.stateAt(Instant.parse("2026-02-11T00:00:00Z"))).contains(new ActionState(JORGE,
                LocalDate.parse("2026-02-20"), ActionStatus.IN_PROGRESS));
        assertThat(b.state()).isEqualTo(new ActionState(JORGE, LocalDate.parse("2026-02-20"), ActionStatus.DONE));
        assertThat(b.closedAt()).contains(t2);
        assertThat(a.overdue(Instant.parse("2026-02-10T23:59:59Z"), ZoneOffset.UTC)).as("due that day: not yet overdue")
                .isFalse();
        assertThat(a.overdue(Instant.parse("2026-02-11T00:00:00Z"), ZoneOffset.UTC)).isTrue();
        assertThat(b.overdue(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC)).as("done").isFalse();
        // Kiritimati (UTC+14) is already on 11 February at 10:00 UTC on the 10th; Pago Pago (UTC-11) is
        // still on 10 February at 10:59 UTC on the 11th
        assertThat(a.overdue(Instant.parse("2026-02-10T10:00:00Z"), ZoneId.of("Pacific/Kiritimati"))).isTrue();
        assertThat(a.overdue(Instant.parse("2026-02-11T10:59:00Z"), ZoneId.of("Pacific/Pago_Pago"))).isFalse();
        assertThat(a.overdue(Instant.parse("2026-02-11T11:00:00Z"), ZoneId.of("Pacific/Pago_Pago"))).isTrue();
        // New York keeps EDT (UTC-4) until 06:00 UTC on 1 November: 04:00 UTC is already midnight there
        ActionItem c = ActionItem.open(a.id(), a.office(), a.kind(), a.meeting(), "Check", ANA,
                LocalDate.parse("2026-10-31"), Instant.parse("2026-10-01T00:00:00Z"), "officer");
        assertThat(c.overdue(Instant.parse("2026-11-01T03:59:00Z"), ZoneId.of("America/New_York"))).isFalse();
        assertThat(c.overdue(Instant.parse("2026-11-01T04:00:00Z"), ZoneId.of("America/New_York"))).isTrue();
        assertThat(a.change(Optional.of(ANA), Optional.empty(), Optional.empty(), t1, "officer")).isSameAs(a);
    }

    @Test
    void a_new_meeting_opens_with_the_previous_ones_open_items_carried_first_then_raised_by_opening() {
        MeetingSeriesId series = MeetingSeriesId.random();
        MeetingId previous = MeetingId.random();
        ActionItem older = item(Optional.of(MeetingId.random()), "2026-01-02T09:00:00Z", ActionStatus.OPEN);
        ActionItem closedOlder = item(Optional.of(MeetingId.random()), "2026-01-03T09:00:00Z", ActionStatus.DONE);
        ActionItem late = item(Optional.of(previous), "2026-01-20T11:00:00Z", ActionStatus.IN_PROGRESS);
        ActionItem early = item(Optional.of(previous), "2026-01-20T10:00:00Z", ActionStatus.OPEN);
        ActionItem dropped = item(Optional.of(previous), "2026-01-20T10:30:00Z", ActionStatus.DROPPED);
        Meeting m = new Meeting(previous, OFFICE, 1, series, Instant.parse("2026-01-20T09:00:00Z"), List.of(),
                List.of(), List.of(), "", List.of(), List.of(closedOlder.id(), older.id()),
                Instant.parse("2026-01-20T12:00:00Z"));
        assertThat(CarryOver.from(m, List.of(late, dropped, early, older, closedOlder)))
                .containsExactly(older.id(), early.id(), late.id());
    }

    private static ActionItem item(Optional<MeetingId> meeting, String openedAt, ActionStatus status) {
        Instant at = Instant.parse(openedAt);
        return ActionItem.open(ActionItemId.random(), OFFICE, ActionKind.MEETING_ACTION, meeting, "item " + openedAt,
                ANA, LocalDate.parse("2026-02-01"), at, "officer")
                .change(Optional.empty(), Optional.empty(), Optional.of(status), at.plusSeconds(60), "officer");
    }

    @Test
    void information_is_shared_only_up_to_the_contacts_level_and_obtained_at_any() {
        LiaisonContact internal = contact(Optional.empty(), InformationLevel.INTERNAL);
        assertThat(InformationExchange.admissible(internal, ExchangeDirection.SHARED, InformationLevel.INTERNAL))
                .isEqualTo(Outcome.done(InformationLevel.INTERNAL));
        assertThat(InformationExchange.admissible(internal, ExchangeDirection.SHARED, InformationLevel.CONFIDENTIAL))
                .isEqualTo(Outcome.refused("information of level CONFIDENTIAL may not be shared with Claire Dubois,"
                        + " who is cleared to INTERNAL only"));
        assertThat(InformationExchange.admissible(internal, ExchangeDirection.OBTAINED,
                InformationLevel.STRICTLY_CONFIDENTIAL)).isInstanceOf(Outcome.Done.class);
    }
}
