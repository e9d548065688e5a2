package io.vigil.jdbc.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.guard.domain.LabourStandards;
import java.util.Optional;
import io.vigil.guard.domain.StandardsId;
import io.vigil.guard.port.out.LabourStandardsBook;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/** {@link LabourStandardsBook} on JDBC. */
final class JdbcLabourStandardsBook extends JdbcVersionedStore<StandardsId, LabourStandards> implements LabourStandardsBook {
    JdbcLabourStandardsBook(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, LabourStandards.class, "guard_standards", "guard-standards", List.of("country"), List.of());
    }

    @Override
    protected Object[] columnValues(LabourStandards c) {
        return new Object[] {c.country()};
    }

    @Override
    public Page<LabourStandards> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "country, id", page, office.value());
    }

    @Override
    public Optional<LabourStandards> ofCountry(OfficeId office, String country) {
        return bodies("SELECT body FROM guard_standards WHERE office_id = ? AND country = ?", office.value(), country)
                .stream().sorted(BY_COUNTRY).findFirst();
    }
}
