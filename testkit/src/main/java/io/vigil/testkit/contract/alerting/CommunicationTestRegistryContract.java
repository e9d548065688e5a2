package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.Target;
import io.vigil.alerting.domain.TestPurpose;
import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.AlertingGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        CommunicationTest longest = store().save(timed(other, true, at.minus(CommunicationTestRegistry.LONGEST_OPEN)
                .plusSeconds(1), at.plusSeconds(1)));
        store().save(timed(office, true, at.minusSeconds(7200), at));               // closed at the instant
        store().save(timed(office, true, at.plusSeconds(1), at.plusSeconds(3600)));  // not started yet
        store().save(timed(office, false, at.minusSeconds(60), at.plusSeconds(3600))); // a scheduled test
        store().save(timed(KernelGenerators.freshOffice(), true, at.minusSeconds(60), at.plusSeconds(60)));
        assertThat(store().openRollCalls(List.of(office, other), at)).containsExactly(startingNow, open, longest);
        assertThat(store().openRollCalls(List.of(other), at.plusSeconds(1))).isEmpty();
        assertThat(store().openRollCalls(List.of(), at)).isEmpty();
    }

    @Test
    void a_roll_call_of_many_affected_keeps_every_entry_and_its_unreachable_in_their_order() {
        CommunicationTest big = rollCall(20_000);
        CommunicationTest saved = store().save(big);
        CommunicationTest found = store().findById(saved.id()).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.unreachable()).containsExactlyElementsOf(big.unreachable());
    }

    @Test
    void an_escalation_step_recorded_on_a_large_roll_call_keeps_its_audience() {
        CommunicationTest saved = store().save(rollCall(5_000));
        Incident stepped = saved.incident().orElseThrow().withWardensAlerted(saved.startedAt().plusSeconds(900));
        CommunicationTest next = store().save(saved.withIncident(stepped));
        assertThat(store().findById(saved.id()).orElseThrow()).isEqualTo(next);
        assertThat(store().list(office, new PageRequest(0, 10)).items()).containsExactly(next);
    }

    @Test
    void a_later_save_with_another_audience_stores_that_audience() {
        CommunicationTest saved = store().save(rollCall(50));
        List<Incident.Affected> fewer = saved.incident().orElseThrow().affected().subList(10, 40);
        List<PersonId> persons = fewer.stream().map(Incident.Affected::person).toList();
        Incident incident = saved.incident().orElseThrow();
        CommunicationTest changed = new CommunicationTest(saved.id(), office, saved.version(), saved.title(),
                saved.channels(), persons, List.of(persons.get(5)), saved.startedAt(), saved.closesAt(),
                saved.target(), saved.startedBy(), TestPurpose.rollCall(new Incident(incident.outline(),
                incident.at(), incident.wardenAfterMinutes(), incident.officerAfterMinutes(), fewer,
                Optional.empty(), Optional.empty(), incident.abroad())));
        CommunicationTest next = store().save(changed);
        assertThat(store().findById(saved.id()).orElseThrow()).isEqualTo(next);
        assertThat(next.audience()).hasSize(30);
    }

    @Test
    void a_deleted_roll_call_is_gone_and_its_id_may_be_stored_again() {
        CommunicationTest saved = store().save(rollCall(100));
        store().delete(saved.id(), saved.version());
        assertThat(store().findById(saved.id())).isEmpty();
        CommunicationTest again = store().save(rollCall(saved.id(), 30));
        assertThat(store().findById(saved.id()).orElseThrow()).isEqualTo(again);
    }

    /** A roll-call of {@code n} affected (zones, one or two reasons each), every seventh unreachable, in reverse order. */
    private CommunicationTest rollCall(int n) {
        return rollCall(CommTestId.random(), n);
    }

    private CommunicationTest rollCall(CommTestId id, int n) {
        List<Incident.Affected> affected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            GeoPoint home = new GeoPoint(19.4 + i * 1e-6, -99.1);
            Incident.Reason residence = Incident.Reason.located(Incident.ReasonKind.RESIDENCE, "lives at Calle " + i,
                    home, KernelGenerators.EPOCH.minusSeconds(86_400), Optional.empty(), "r-" + i);
            List<Incident.Reason> reasons = i % 3 == 0 ? List.of(residence, Incident.Reason.located(
                    Incident.ReasonKind.LAST_KNOWN_POSITION, "reported near Calle " + i, home,
                    KernelGenerators.EPOCH.minusSeconds(60), Optional.empty(), "p-" + i)) : List.of(residence);
            affected.add(new Incident.Affected(PersonId.random(), "Persona " + i,
                    i % 2 == 0 ? Optional.of(WardenZoneId.of("Z-" + i % 5)) : Optional.empty(), reasons));
        }
        List<PersonId> audience = affected.stream().map(Incident.Affected::person).toList();
        List<PersonId> unreachable = new ArrayList<>();
        for (int i = n - 1; i >= 0; i -= 7) {
            unreachable.add(audience.get(i));
        }
        return new CommunicationTest(id, office, 0, "Earthquake roll-call", Set.of(Channel.SMS, Channel.EMAIL),
                audience, unreachable, KernelGenerators.EPOCH, KernelGenerators.EPOCH.plusSeconds(3600),
                new Target(90, 60), "officer", TestPurpose.rollCall(new Incident(GeoArea.rectangle(
                new GeoPoint(19.3, -99.2), new GeoPoint(19.5, -99.0)).vertices(), KernelGenerators.EPOCH.minusSeconds(
                300), 15, 45, affected, Optional.empty(), Optional.empty(), List.of())));
    }
}
