package io.vigil.jdbc.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.domain.RestrictedAreaId;
import io.vigil.risk.port.out.RestrictedAreaRegistry;
import java.util.List;

/** {@link RestrictedAreaRegistry} on JDBC, with each outline's bounding box in columns. */
final class JdbcRestrictedAreaRegistry extends JdbcVersionedStore<RestrictedAreaId, RestrictedArea>
        implements RestrictedAreaRegistry {

    JdbcRestrictedAreaRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, RestrictedArea.class, "restricted_area", "restricted-area",
                List.of("name", "min_latitude", "min_longitude", "max_latitude", "max_longitude"), List.of());
    }

    @Override
    protected Object[] columnValues(RestrictedArea a) {
        GeoBox b = a.bounds();
        return new Object[] {a.name(), b.minLatitude(), b.minLongitude(), b.maxLatitude(), b.maxLongitude()};
    }

    @Override
    public Page<RestrictedArea> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "name, id", page, office.value());
    }

    @Override
    public List<RestrictedArea> candidates(OfficeId office, GeoBox box) {
        return bodies("SELECT body FROM restricted_area WHERE office_id = ? AND min_latitude <= ?"
                        + " AND max_latitude >= ? AND min_longitude <= ? AND max_longitude >= ? ORDER BY name, id",
                office.value(), box.maxLatitude(), box.minLatitude(), box.maxLongitude(), box.minLongitude());
    }
}
