package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Target;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.AlertingGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link CommunicationTestRegistry}; extend it with your adapter. */
public abstract class CommunicationTestRegistryContract
        extends VersionedStoreContract<CommTestId, CommunicationTest, CommunicationTestRegistry> {

    @Override
    protected Gen<CommunicationTest> newAggregates(OfficeId office) {
        return AlertingGenerators.communicationTests(office);
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
        List<CommunicationTest> saved = draw(lists().of(AlertingGenerators.communicationTests(office)).ofSize(5))
                .stream().map(store()::save).toList();
        store().save(draw(AlertingGenerators.communicationTests(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(0, 10));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.stream()
                .sorted(CommunicationTestRegistry.LATEST_FIRST).toList());
    }

    @Test
    void a_test_of_a_large_office_is_stored_whole() {
        List<PersonId> audience = Stream.generate(PersonId::random).limit(30_000).toList();
        CommunicationTest big = new CommunicationTest(CommTestId.random(), office, 0, "Whole office", Set.of(
                Channel.SMS), audience, audience.subList(0, 10), KernelGenerators.EPOCH,
                KernelGenerators.EPOCH.plusSeconds(3600), new Target(90, 60), "officer", TestPurpose.scheduled());
        CommunicationTest saved = store().save(big);
        assertThat(store().findById(saved.id()).orElseThrow().audience()).containsExactlyElementsOf(audience);
    }

    /** A test drawn from the generator, a roll-call or not, re-timed to the window given. */
    private CommunicationTest timed(OfficeId of, boolean rollCall, Instant start, Instant close) {
        CommunicationTest t;
        do {
            t = draw(AlertingGenerators.communicationTests(of));
        } while (t.rollCall() != rollCall);
        return new CommunicationTest(t.id(), t.office(), 0, t.title(), t.channels(), t.audience(), t.unreachable(),
                start, close, t.target(), t.startedBy(), t.purpose());
    }

    @Test
    void the_open_roll_calls_of_the_offices_asked_are_those_started_by_the_instant_and_closing_after_it() {
        OfficeId other = KernelGenerators.freshOffice();
        Instant at = Instant.parse("2026-05-01T12:00:00Z");
        CommunicationTest open = store().save(timed(office, true, at.minusSeconds(3600), at.plusSeconds(3600)));
        CommunicationTest startingNow = store().save(timed(office, true, at, at.plusSeconds(60)));
        CommunicationTest longest = store().save(timed(other, true, at.minus(CommunicationTestRegistry.LONGEST_OPEN),
                at.plusSeconds(1)));
        store().save(timed(office, true, at.minusSeconds(7200), at));               // closed at the instant
        store().save(timed(office, true, at.plusSeconds(1), at.plusSeconds(3600)));  // not started yet
        store().save(timed(office, false, at.minusSeconds(60), at.plusSeconds(3600))); // a scheduled test
        store().save(timed(KernelGenerators.freshOffice(), true, at.minusSeconds(60), at.plusSeconds(60)));
        assertThat(store().openRollCalls(List.of(office, other), at)).containsExactly(startingNow, open, longest);
        assertThat(store().openRollCalls(List.of(other), at.plusSeconds(1))).isEmpty();
        assertThat(store().openRollCalls(List.of(), at)).isEmpty();
    }
}
