package io.vigil.testkit.contract.alerting;

import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.testkit.golden.GoldenStore;
import java.util.List;

/** The emergency communications context's stores for the released-bodies contract. */
public final class AlertingGoldenStores {
    private AlertingGoldenStores() {
    }

    /** A recorded answer as the release's files adapter stored it: the test it answers and the answer. */
    public record GoldenCheckIn(CommTestId test, CheckIn checkIn) {
    }

    public static List<GoldenStore<?>> of(AlertingPorts p) {
        return List.of(
                GoldenStore.versioned("on-call", OnCallShift.class, p.roster()),
                GoldenStore.versioned("emergencies", EmergencyRequest.class, p.emergencies()),
                GoldenStore.versioned("advisories", Advisory.class, p.advisories()),
                GoldenStore.versioned("communication-tests", CommunicationTest.class, p.tests()),
                new GoldenStore<>("check-ins", GoldenCheckIn.class, r -> p.checkIns().record(r.test(), r.checkIn()),
                        r -> p.checkIns().of(r.test()).stream().filter(r.checkIn()::equals).findFirst()
                                .map(c -> new GoldenCheckIn(r.test(), c))),
                GoldenStore.versioned("phone-trees", PhoneTree.class, p.phoneTrees()));
    }
}
