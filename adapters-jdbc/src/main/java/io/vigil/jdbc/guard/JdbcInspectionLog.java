package io.vigil.jdbc.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.GuardContractId;
import java.time.format.DateTimeFormatter;
import io.vigil.guard.domain.InspectionId;
import io.vigil.guard.port.out.InspectionLog;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/** {@link InspectionLog} on JDBC. */
final class JdbcInspectionLog extends JdbcVersionedStore<InspectionId, Inspection> implements InspectionLog {
    /** Local times as fixed-width text, so the column sorts as the times do. */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    JdbcInspectionLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Inspection.class, "guard_inspection", "guard-inspection", List.of("contract_id", "at_key"), List.of());
    }

    @Override
    protected Object[] columnValues(Inspection c) {
        return new Object[] {c.contract().toString(), AT.format(c.at())};
    }

    @Override
    public Page<Inspection> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "at_key DESC, id", page, office.value());
    }

    @Override
    public List<Inspection> ofContract(OfficeId office, GuardContractId contract) {
        return bodies("SELECT body FROM guard_inspection WHERE office_id = ? AND contract_id = ?", office.value(),
                contract.toString()).stream().sorted(LATEST_FIRST).toList();
    }
}
