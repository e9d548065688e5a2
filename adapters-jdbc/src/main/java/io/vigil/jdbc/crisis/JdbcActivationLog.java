package io.vigil.jdbc.crisis;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.crisis.domain.Activation;
import io.vigil.crisis.domain.ActivationId;
import io.vigil.crisis.port.out.ActivationLog;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;

/** {@link ActivationLog} on JDBC, with the activation time and whether it is open as columns. */
final class JdbcActivationLog extends JdbcVersionedStore<ActivationId, Activation> implements ActivationLog {

    JdbcActivationLog(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, Activation.class, "crisis_activation", "activation", List.of("activated_at", "open_flag"),
                List.of());
    }

    @Override
    protected Object[] columnValues(Activation a) {
        return new Object[] {Jdbc.timestamp(a.activatedAt()), a.open() ? 1 : 0};
    }

    @Override
    public Page<Activation> list(OfficeId office, PageRequest page) {
        return page("office_id = ?", "activated_at DESC, id", page, office.value());
    }

    @Override
    public List<Activation> open(OfficeId office) {
        return bodies("SELECT body FROM crisis_activation WHERE office_id = ? AND open_flag = 1", office.value())
                .stream().sorted(LATEST_FIRST).toList();
    }
}
