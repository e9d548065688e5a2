package io.vigil.jdbc.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.guard.domain.GuardContract;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.port.out.GuardContractRegistry;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/** {@link GuardContractRegistry} on JDBC. */
final class JdbcGuardContractRegistry extends JdbcVersionedStore<GuardContractId, GuardContract> implements GuardContractRegistry {
    JdbcGuardContractRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, GuardContract.class, "guard_contract", "guard-contract", List.of("reference"), List.of());
    }

    @Override
    protected Object[] columnValues(GuardContract c) {
        return new Object[] {c.reference()};
    }

    @Override
    public Page<GuardContract> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "reference, id", page, office.value());
    }
}
