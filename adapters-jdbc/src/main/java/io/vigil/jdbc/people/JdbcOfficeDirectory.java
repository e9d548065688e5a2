package io.vigil.jdbc.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.OfficeProfile;
import io.vigil.people.port.out.OfficeDirectory;
import java.util.List;

/** {@link OfficeDirectory} on JDBC: one row per office. */
final class JdbcOfficeDirectory extends JdbcVersionedStore<OfficeId, OfficeProfile> implements OfficeDirectory {

    JdbcOfficeDirectory(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, OfficeProfile.class, "office_profile", "office", List.of(), List.of());
    }

    @Override
    protected Object[] columnValues(OfficeProfile o) {
        return new Object[0];
    }

    @Override
    public Page<OfficeProfile> list(PageRequest page) {
        return page("1 = 1", "id", page);
    }
}
