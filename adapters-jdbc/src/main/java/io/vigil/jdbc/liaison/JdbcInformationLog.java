package io.vigil.jdbc.liaison;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.ExchangeId;
import io.vigil.liaison.domain.InformationExchange;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.port.out.InformationLog;
import java.util.List;

/**
 * {@link InformationLog} on JDBC. An office's records are bounded (see the liaison use cases), so a list
 * reads the office's rows and puts them in the port's exact order.
 */
final class JdbcInformationLog extends JdbcVersionedStore<ExchangeId, InformationExchange> implements InformationLog {

    JdbcInformationLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, InformationExchange.class, "liaison_exchange", "information exchange", List.of("contact_id", "at_time"), List.of());
    }

    @Override
    protected Object[] columnValues(InformationExchange e) {
        return new Object[] {e.contact().toString(), Jdbc.timestamp(e.at())};
    }

    @Override
    public Page<InformationExchange> list(OfficeId office, PageRequest page) {
        return Page.of(all(office), page);
    }

    @Override
    public List<InformationExchange> all(OfficeId office) {
        return bodies("SELECT body FROM liaison_exchange WHERE office_id = ?", office.value()).stream()
                .sorted(InformationExchange.LATEST_FIRST).toList();
    }

    @Override
    public List<InformationExchange> ofContact(OfficeId office, LiaisonContactId contact) {
        return bodies("SELECT body FROM liaison_exchange WHERE office_id = ? AND contact_id = ?", office.value(),
                contact.toString()).stream().sorted(InformationExchange.LATEST_FIRST).toList();
    }
}
