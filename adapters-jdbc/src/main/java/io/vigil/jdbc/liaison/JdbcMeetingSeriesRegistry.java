package io.vigil.jdbc.liaison;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.MeetingSeriesId;
import io.vigil.liaison.port.out.MeetingSeriesRegistry;
import java.util.List;

/**
 * {@link MeetingSeriesRegistry} on JDBC. An office's records are bounded (see the liaison use cases), so a list
 * reads the office's rows and puts them in the port's exact order.
 */
final class JdbcMeetingSeriesRegistry extends JdbcVersionedStore<MeetingSeriesId, MeetingSeries> implements MeetingSeriesRegistry {

    JdbcMeetingSeriesRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, MeetingSeries.class, "liaison_meeting_series", "meeting series", List.of("name"), List.of());
    }

    @Override
    protected Object[] columnValues(MeetingSeries s) {
        return new Object[] {s.name()};
    }

    @Override
    public Page<MeetingSeries> list(OfficeId office, PageRequest page) {
        return Page.of(all(office), page);
    }

    @Override
    public List<MeetingSeries> all(OfficeId office) {
        return bodies("SELECT body FROM liaison_meeting_series WHERE office_id = ?", office.value()).stream()
                .sorted(MeetingSeries.BY_NAME).toList();
    }
}
