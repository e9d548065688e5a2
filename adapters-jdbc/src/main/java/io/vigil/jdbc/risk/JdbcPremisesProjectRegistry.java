package io.vigil.jdbc.risk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.risk.domain.PremisesProject;
import io.vigil.risk.domain.PremisesProjectId;
import io.vigil.risk.port.out.PremisesProjectRegistry;
import java.util.List;

/**
 * {@link PremisesProjectRegistry} on JDBC. An office keeps at most a few hundred projects, so a list
 * reads the office's rows and puts them in the port's exact order (title as Java compares it, then id).
 */
final class JdbcPremisesProjectRegistry extends JdbcVersionedStore<PremisesProjectId, PremisesProject>
        implements PremisesProjectRegistry {

    JdbcPremisesProjectRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, PremisesProject.class, "premises_project", "premises-project", List.of("facility_id"),
                List.of());
    }

    @Override
    protected Object[] columnValues(PremisesProject p) {
        return new Object[] {p.facility().toString()};
    }

    @Override
    public Page<PremisesProject> list(OfficeId office, PageRequest page) {
        return Page.of(bodies("SELECT body FROM premises_project WHERE office_id = ?", office.value()).stream()
                .sorted(BY_TITLE).toList(), page);
    }
}
