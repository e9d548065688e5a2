package io.vigil.jdbc.travel;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.travel.domain.Waiver;
import io.vigil.travel.domain.WaiverId;
import io.vigil.travel.port.out.WaiverRegistry;
import java.util.List;

/** {@link WaiverRegistry} on JDBC; a traveller's waivers are put in the port's exact order after loading. */
final class JdbcWaiverRegistry extends JdbcVersionedStore<WaiverId, Waiver> implements WaiverRegistry {

    JdbcWaiverRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Waiver.class, "travel_waiver", "waiver", List.of("person_id", "recorded_at"), List.of());
    }

    @Override
    protected Object[] columnValues(Waiver w) {
        return new Object[] {w.traveller().toString(), Jdbc.timestamp(w.recordedAt())};
    }

    @Override
    public Page<Waiver> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "recorded_at DESC, id", page, office.value());
    }

    @Override
    public List<Waiver> ofTraveller(OfficeId office, PersonId person) {
        return bodies("SELECT body FROM travel_waiver WHERE office_id = ? AND person_id = ?", office.value(),
                person.toString()).stream().sorted(LATEST_FIRST).toList();
    }
}
