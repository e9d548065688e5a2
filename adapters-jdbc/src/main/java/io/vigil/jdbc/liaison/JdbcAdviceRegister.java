package io.vigil.jdbc.liaison;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.AdviceId;
import io.vigil.liaison.domain.LiaisonAdvice;
import io.vigil.liaison.port.out.AdviceRegister;
import java.util.List;

/**
 * {@link AdviceRegister} on JDBC. An office's records are bounded (see the liaison use cases), so a list
 * reads the office's rows and puts them in the port's exact order.
 */
final class JdbcAdviceRegister extends JdbcVersionedStore<AdviceId, LiaisonAdvice> implements AdviceRegister {

    JdbcAdviceRegister(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, LiaisonAdvice.class, "liaison_advice", "advice", List.of("given_at"), List.of());
    }

    @Override
    protected Object[] columnValues(LiaisonAdvice a) {
        return new Object[] {Jdbc.timestamp(a.givenAt())};
    }

    @Override
    public Page<LiaisonAdvice> list(OfficeId office, PageRequest page) {
        return Page.of(all(office), page);
    }

    @Override
    public List<LiaisonAdvice> all(OfficeId office) {
        return bodies("SELECT body FROM liaison_advice WHERE office_id = ?", office.value()).stream()
                .sorted(LiaisonAdvice.LATEST_FIRST).toList();
    }
}
