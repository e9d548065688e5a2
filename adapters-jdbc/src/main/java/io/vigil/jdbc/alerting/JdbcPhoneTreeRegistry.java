package io.vigil.jdbc.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.domain.TreeId;
import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcVersionedStore;
import io.vigil.kernel.OfficeId;
import java.util.List;

/** {@link PhoneTreeRegistry} on JDBC. */
final class JdbcPhoneTreeRegistry extends JdbcVersionedStore<TreeId, PhoneTree> implements PhoneTreeRegistry {

    JdbcPhoneTreeRegistry(Jdbc jdbc, ObjectMapper json) {
        super(jdbc, json, PhoneTree.class, "phone_tree", "phone-tree", List.of("name"), List.of());
    }

    @Override
    protected Object[] columnValues(PhoneTree t) {
        return new Object[] {t.name()};
    }

    @Override
    public List<PhoneTree> list(OfficeId office) {
        return bodies("SELECT body FROM phone_tree WHERE office_id = ? ORDER BY name, id", office.value());
    }
}
