package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.RequestId;
import io.vigil.alerting.domain.RequestStatus;
import io.vigil.alerting.domain.ResponseEntry;
import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.AlertingGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link EmergencyLog}; extend it with your adapter. */
public abstract class EmergencyLogContract extends VersionedStoreContract<RequestId, EmergencyRequest, EmergencyLog> {

    @Override
    protected Gen<EmergencyRequest> newAggregates(OfficeId office) {
        return AlertingGenerators.openRequests(office);
    }

    @Override
    protected EmergencyRequest changed(EmergencyRequest r) {
        return r.respond(new ResponseEntry(r.receivedAt().plusSeconds(60), "duty", "called back")).orElseThrow();
    }

    @Test
    void the_log_is_the_offices_own_latest_first_and_filters_open_requests() {
        List<EmergencyRequest> saved = draw(lists().of(AlertingGenerators.requests(office)).ofSize(6)).stream()
                .map(store()::save).toList();
        store().save(draw(AlertingGenerators.requests(KernelGenerators.freshOffice())));
        var all = store().list(office, false, new PageRequest(0, 10));
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.items()).containsExactlyElementsOf(saved.stream().sorted(EmergencyLog.LATEST_FIRST).toList());
        List<EmergencyRequest> open = saved.stream().filter(r -> r.status() == RequestStatus.OPEN).sorted(EmergencyLog.LATEST_FIRST)
                .toList();
        assertThat(store().list(office, true, new PageRequest(0, 10)).items()).containsExactlyElementsOf(open);
    }
}
