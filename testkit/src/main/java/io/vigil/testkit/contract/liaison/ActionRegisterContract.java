package io.vigil.testkit.contract.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.domain.ActionKind;
import io.vigil.liaison.domain.ActionStatus;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.port.out.ActionRegister;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.LiaisonGenerators;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link ActionRegister}; extend it with your adapter. */
public abstract class ActionRegisterContract extends VersionedStoreContract<ActionItemId, ActionItem, ActionRegister> {

    @Override
    protected Gen<ActionItem> newAggregates(OfficeId office) {
        return LiaisonGenerators.actions(office);
    }

    /** The item handed to another owner (one fixed by its id) and a week later. */
    @Override
    protected ActionItem changed(ActionItem x) {
        return x.change(Optional.of(new PersonId(new UUID(x.id().value().getLeastSignificantBits(), 7))), Optional.of(x.due().plusDays(7)), Optional.empty(), x.openedAt().plusSeconds(3600), "associate");
    }

    @Test
    void the_list_is_the_offices_own_in_order_and_paged() {
        assertOfficeList(ActionItem.BY_OPENING, store()::list, store()::all, store()::count);
    }

    @Test
    void ofMeeting_gives_the_offices_records_of_that_meeting_in_order() {
        MeetingId one = MeetingId.random();
        MeetingId other = MeetingId.random();
        List<ActionItem> mine = draw(lists().of(LiaisonGenerators.actions(office)).ofSize(4)).stream()
                .map(x -> new ActionItem(x.id(), x.office(), 0, ActionKind.MEETING_ACTION, Optional.of(one), x.title(), x.owner(), x.due(), x.status(), x.openedAt(), x.openedBy(), x.changes())).map(store()::save).sorted(ActionItem.BY_OPENING).toList();
        ActionItem x = draw(LiaisonGenerators.actions(office));
        store().save(new ActionItem(x.id(), x.office(), 0, ActionKind.MEETING_ACTION, Optional.of(other), x.title(), x.owner(), x.due(), x.status(), x.openedAt(), x.openedBy(), x.changes()));
        x = draw(LiaisonGenerators.actions(KernelGenerators.freshOffice()));
        store().save(new ActionItem(x.id(), x.office(), 0, ActionKind.MEETING_ACTION, Optional.of(one), x.title(), x.owner(), x.due(), x.status(), x.openedAt(), x.openedBy(), x.changes()));
        assertThat(store().ofMeeting(office, one)).containsExactlyElementsOf(mine);
    }

    private ActionItem item(OfficeId of, LocalDate due) {
        return ActionItem.open(ActionItemId.random(), of, ActionKind.ASSOCIATE_TASK, Optional.empty(), "Check the radios",
                PersonId.random(), due, Instant.parse("2026-02-01T09:00:00Z"), "officer");
    }

    @Test
    void counts_by_office_the_items_still_to_do_and_due_before_that_offices_day() {
        OfficeId other = KernelGenerators.freshOffice();
        LocalDate day = LocalDate.parse("2026-03-10");
        Instant later = Instant.parse("2026-03-01T09:00:00Z");
        store().save(item(office, day.minusDays(1)));
        store().save(item(office, day.minusDays(30)));
        store().save(item(office, day));                                             // due today: not overdue
        ActionItem started = item(office, day.minusDays(2));
        store().save(started.change(Optional.empty(), Optional.empty(), Optional.of(ActionStatus.IN_PROGRESS),
                later, "associate"));
        ActionItem done = item(office, day.minusDays(3));
        store().save(done.change(Optional.empty(), Optional.empty(), Optional.of(ActionStatus.DONE), later,
                "associate"));
        store().save(item(other, day.minusDays(1)));
        store().save(item(other, day.plusDays(1)));
        store().save(item(KernelGenerators.freshOffice(), day.minusDays(5)));
        // the other office is asked on its own day, two days later: its item due on the 11th is overdue there
        assertThat(store().overdueCounts(Map.of(office, day, other, day.plusDays(2))))
                .isEqualTo(Map.of(office, 3, other, 2));
        assertThat(store().overdueCounts(Map.of(office, day.minusDays(30)))).isEmpty();
        assertThat(store().overdueCounts(Map.of())).isEmpty();
    }
}
