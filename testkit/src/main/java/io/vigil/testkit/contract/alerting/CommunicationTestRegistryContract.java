package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Target;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.arbitraries.AlertingArbitraries;
import io.vigil.testkit.arbitraries.VigilArbitraries;
import io.vigil.testkit.contract.VersionedStoreContract;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** The contract of {@link CommunicationTestRegistry}; extend it with your adapter. */
public abstract class CommunicationTestRegistryContract
        extends VersionedStoreContract<CommTestId, CommunicationTest, CommunicationTestRegistry> {

    @Override
    protected Arbitrary<CommunicationTest> newAggregates(OfficeId office) {
        return AlertingArbitraries.communicationTests(office);
    }

    @Override
    protected CommunicationTest changed(CommunicationTest t) {
        return new CommunicationTest(t.id(), t.office(), t.version(), t.title() + " (renamed)", t.channels(),
                t.audience(), t.unreachable(), t.startedAt(), t.closesAt(), new Target(100, 30), t.startedBy(),
                t.incident().map(i -> i.withWardensAlerted(t.startedAt().plusSeconds(900)))
                        .map(TestPurpose::rollCall).orElse(TestPurpose.scheduled()));
    }

    @Test
    void the_list_is_the_offices_own_latest_first() {
        List<CommunicationTest> saved = AlertingArbitraries.communicationTests(office).list().ofSize(5).sample()
                .stream().map(store()::save).toList();
        store().save(AlertingArbitraries.communicationTests(VigilArbitraries.freshOffice()).sample());
        var page = store().list(office, new PageRequest(0, 10));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.stream()
                .sorted(CommunicationTestRegistry.LATEST_FIRST).toList());
    }

    @Test
    void a_test_of_a_large_office_is_stored_whole() {
        List<PersonId> audience = Stream.generate(PersonId::random).limit(30_000).toList();
        CommunicationTest big = new CommunicationTest(CommTestId.random(), office, 0, "Whole office", Set.of(
                Channel.SMS), audience, audience.subList(0, 10), VigilArbitraries.EPOCH,
                VigilArbitraries.EPOCH.plusSeconds(3600), new Target(90, 60), "officer", TestPurpose.scheduled());
        CommunicationTest saved = store().save(big);
        assertThat(store().findById(saved.id()).orElseThrow().audience()).containsExactlyElementsOf(audience);
    }
}
