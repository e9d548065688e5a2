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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ActionRegister} on JDBC. An office's records are bounded (see the liaison use cases), so a list
 * reads the office's rows and puts them in the port's exact order.
 */
final class JdbcActionRegister extends JdbcVersionedStore<ActionItemId, ActionItem> implements ActionRegister {

    private static final String NOT_OPEN = "-";

    JdbcActionRegister(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, ActionItem.class, "liaison_action_item", "action item", List.of("meeting_id", "owner_id", "opened_at", "open_due"), List.of());
    }

    @Override
    protected Object[] columnValues(ActionItem a) {
        return new Object[] {a.meeting().map(MeetingId::toString).orElse(null), a.owner().toString(), Jdbc.timestamp(a.openedAt()),
            openDue(a)};
    }

    /** The due day of an item still to be done (ISO, sorting as the days do), {@value #NOT_OPEN} otherwise. */
    private static String openDue(ActionItem a) {
        return a.status().open() ? a.due().toString() : NOT_OPEN;
    }

    /**
     * One query over the offices' items still to be done and due before the latest of their days, and
     * the items stored before V28 wrote their due day (read whole until their next save); each is then
     * tested against its own office's day.
     */
    @Override
    public Map<OfficeId, Integer> overdueCounts(Map<OfficeId, LocalDate> today) {
        Map<OfficeId, Integer> counts = new HashMap<>();
        if (today.isEmpty()) {
            return counts;
        }
        LocalDate latest = today.values().stream().max(LocalDate::compareTo).orElseThrow();
        bodies("SELECT body FROM liaison_action_item WHERE (open_due IS NULL OR (open_due <> ? AND open_due < ?))"
                + " AND office_id IN (" + Jdbc.marks(today.size()) + ")",
                Jdbc.officeParams(today.keySet(), NOT_OPEN, latest.toString())).stream()
                .filter(a -> a.status().open() && a.due().isBefore(today.get(a.office())))
                .forEach(a -> counts.merge(a.office(), 1, Integer::sum));
        return counts;
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
