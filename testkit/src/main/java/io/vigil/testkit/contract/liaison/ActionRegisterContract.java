package io.vigil.testkit.contract.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.domain.ActionKind;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.port.out.ActionRegister;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.LiaisonGenerators;
import java.util.List;
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
}
