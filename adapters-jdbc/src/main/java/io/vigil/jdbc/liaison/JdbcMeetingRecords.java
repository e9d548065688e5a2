package io.vigil.jdbc.liaison;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.domain.MeetingSeriesId;
import io.vigil.liaison.port.out.MeetingRecords;
import java.util.List;

/**
 * {@link MeetingRecords} on JDBC. An office's records are bounded (see the liaison use cases), so a list
 * reads the office's rows and puts them in the port's exact order.
 */
final class JdbcMeetingRecords extends JdbcVersionedStore<MeetingId, Meeting> implements MeetingRecords {

    JdbcMeetingRecords(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Meeting.class, "liaison_meeting", "meeting", List.of("series_id", "held_at"), List.of());
    }

    @Override
    protected Object[] columnValues(Meeting m) {
        return new Object[] {m.series().toString(), Jdbc.timestamp(m.heldAt())};
    }

    @Override
    public Page<Meeting> list(OfficeId office, PageRequest page) {
        return Page.of(all(office), page);
    }

    @Override
    public List<Meeting> all(OfficeId office) {
        return bodies("SELECT body FROM liaison_meeting WHERE office_id = ?", office.value()).stream()
                .sorted(Meeting.LATEST_FIRST).toList();
    }

    @Override
    public List<Meeting> ofSeries(OfficeId office, MeetingSeriesId series) {
        return bodies("SELECT body FROM liaison_meeting WHERE office_id = ? AND series_id = ?", office.value(),
                series.toString()).stream().sorted(Meeting.LATEST_FIRST).toList();
    }
}
