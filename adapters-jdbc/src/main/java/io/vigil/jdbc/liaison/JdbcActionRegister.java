package io.vigil.jdbc.liaison;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.port.out.ActionRegister;
import java.util.List;

/**
 * {@link ActionRegister} on JDBC. An office's records are bounded (see the liaison use cases), so a list
 * reads the office's rows and puts them in the port's exact order.
 */
final class JdbcActionRegister extends JdbcVersionedStore<ActionItemId, ActionItem> implements ActionRegister {

    JdbcActionRegister(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, ActionItem.class, "liaison_action_item", "action item", List.of("meeting_id", "owner_id", "opened_at"), List.of());
    }

    @Override
    protected Object[] columnValues(ActionItem a) {
        return new Object[] {a.meeting().map(MeetingId::toString).orElse(null), a.owner().toString(), Jdbc.timestamp(a.openedAt())};
    }

    @Override
    public Page<ActionItem> list(OfficeId office, PageRequest page) {
        return Page.of(all(office), page);
    }

    @Override
    public List<ActionItem> all(OfficeId office) {
        return bodies("SELECT body FROM liaison_action_item WHERE office_id = ?", office.value()).stream()
                .sorted(ActionItem.BY_OPENING).toList();
    }

    @Override
    public List<ActionItem> ofMeeting(OfficeId office, MeetingId meeting) {
        return bodies("SELECT body FROM liaison_action_item WHERE office_id = ? AND meeting_id = ?", office.value(),
                meeting.toString()).stream().sorted(ActionItem.BY_OPENING).toList();
    }
}
