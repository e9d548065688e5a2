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
                new GoldenStore<>("on-call", OnCallShift.class, r -> p.roster().save(r.withVersion(0)),
                        r -> p.roster().findById(r.id())),
                new GoldenStore<>("emergencies", EmergencyRequest.class, r -> p.emergencies().save(r.withVersion(0)),
                        r -> p.emergencies().findById(r.id())),
                new GoldenStore<>("advisories", Advisory.class, r -> p.advisories().save(r.withVersion(0)),
                        r -> p.advisories().findById(r.id())),
                new GoldenStore<>("communication-tests", CommunicationTest.class,
                        r -> p.tests().save(r.withVersion(0)), r -> p.tests().findById(r.id())),
                new GoldenStore<>("check-ins", GoldenCheckIn.class, r -> p.checkIns().record(r.test(), r.checkIn()),
                        r -> p.checkIns().of(r.test()).stream().filter(r.checkIn()::equals).findFirst()
                                .map(c -> new GoldenCheckIn(r.test(), c))),
                new GoldenStore<>("phone-trees", PhoneTree.class, r -> p.phoneTrees().save(r.withVersion(0)),
                        r -> p.phoneTrees().findById(r.id())));
    }
}
