package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.RequestId;
import io.vigil.alerting.domain.RequestStatus;
import io.vigil.alerting.domain.ResponseEntry;
import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.arbitraries.AlertingArbitraries;
import io.vigil.testkit.arbitraries.VigilArbitraries;
import io.vigil.testkit.contract.VersionedStoreContract;
import java.util.List;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** The contract of {@link EmergencyLog}; extend it with your adapter. */
public abstract class EmergencyLogContract extends VersionedStoreContract<RequestId, EmergencyRequest, EmergencyLog> {

    @Override
    protected Arbitrary<EmergencyRequest> newAggregates(OfficeId office) {
        return AlertingArbitraries.requests(office).filter(r -> r.status() == RequestStatus.OPEN);
    }

    @Override
    protected EmergencyRequest changed(EmergencyRequest r) {
        return r.respond(new ResponseEntry(r.receivedAt().plusSeconds(60), "duty", "called back")).orElseThrow();
    }

    @Test
    void the_log_is_the_offices_own_latest_first_and_filters_open_requests() {
        List<EmergencyRequest> saved = AlertingArbitraries.requests(office).list().ofSize(6).sample().stream()
                .map(store()::save).toList();
        store().save(AlertingArbitraries.requests(VigilArbitraries.freshOffice()).sample());
        var all = store().list(office, false, new PageRequest(0, 10));
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.items()).containsExactlyElementsOf(saved.stream().sorted(EmergencyLog.LATEST_FIRST).toList());
        List<EmergencyRequest> open = saved.stream().filter(r -> r.status() == RequestStatus.OPEN).sorted(EmergencyLog.LATEST_FIRST)
                .toList();
        assertThat(store().list(office, true, new PageRequest(0, 10)).items()).containsExactlyElementsOf(open);
    }
}
