package io.vigil.jdbc.guard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.guard.domain.Roster;
import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.RosterId;
import io.vigil.guard.port.out.RosterBook;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/** {@link RosterBook} on JDBC. */
final class JdbcRosterBook extends JdbcVersionedStore<RosterId, Roster> implements RosterBook {
    JdbcRosterBook(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Roster.class, "guard_roster", "guard-roster", List.of("contract_id", "from_day"), List.of());
    }

    @Override
    protected Object[] columnValues(Roster c) {
        return new Object[] {c.contract().toString(), c.from().toString()};
    }

    @Override
    public Page<Roster> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "from_day DESC, id", page, office.value());
    }

    @Override
    public List<Roster> ofContract(OfficeId office, GuardContractId contract) {
        return bodies("SELECT body FROM guard_roster WHERE office_id = ? AND contract_id = ?", office.value(),
                contract.toString()).stream().sorted(LATEST_FIRST).toList();
    }
}
