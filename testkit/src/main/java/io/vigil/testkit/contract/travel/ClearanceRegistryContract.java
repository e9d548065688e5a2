package io.vigil.testkit.contract.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.TravelGenerators;
import io.vigil.travel.domain.Clearance;
import io.vigil.travel.domain.ClearanceId;
import io.vigil.travel.domain.Trip;
import io.vigil.travel.port.out.ClearanceRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link ClearanceRegistry}; extend it with your adapter. */
public abstract class ClearanceRegistryContract extends VersionedStoreContract<ClearanceId, Clearance, ClearanceRegistry> {

    @Override
    protected Gen<Clearance> newAggregates(OfficeId office) {
        return TravelGenerators.clearances(office);
    }

    /** The clearance with a longer purpose (back to a short one when long), the same for the same version. */
    @Override
    protected Clearance changed(Clearance c) {
        Trip t = c.trip();
        String purpose = t.purpose().length() > 1500 ? "Field visit" : t.purpose() + " v" + c.version();
        return new Clearance(c.id(), c.office(), c.version(), withTravellers(t, purpose, t.travellers()),
                c.submittedBy(), c.status(), c.decisions(), c.manual());
    }

    private static Trip withTravellers(Trip t, String purpose, List<PersonId> travellers) {
        return new Trip(travellers, purpose, t.criticality(), t.legs(), t.stops(), t.escort(), t.submittedAt());
    }

    private static Clearance withTravellers(Clearance c, List<PersonId> travellers) {
        return new Clearance(c.id(), c.office(), c.version(), withTravellers(c.trip(), c.trip().purpose(), travellers),
                c.submittedBy(), c.status(), c.decisions(), c.manual());
    }

    @Test
    void the_list_is_the_offices_own_latest_submitted_first_and_paged() {
        List<Clearance> saved = draw(lists().of(TravelGenerators.clearances(office)).ofSize(5)).stream()
                .map(store()::save).sorted(ClearanceRegistry.LATEST_FIRST).toList();
        store().save(draw(TravelGenerators.clearances(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }

    @Test
    void a_travellers_clearances_are_those_they_travel_on_and_follow_changes() {
        PersonId ana = PersonId.random();
        List<Clearance> saved = new ArrayList<>();
        for (Clearance c : draw(lists().of(TravelGenerators.clearances(office)).ofSize(4))) {
            List<PersonId> who = new ArrayList<>(c.trip().travellers());
            if (saved.size() % 2 == 0) {
                who.add(ana);
            }
            saved.add(store().save(withTravellers(c, who)));
        }
        assertThat(store().ofTraveller(office, ana)).containsExactlyElementsOf(saved.stream()
                .filter(c -> c.travelling(ana)).sorted(ClearanceRegistry.LATEST_FIRST).toList()).hasSize(2);
        Clearance first = saved.get(0);
        store().save(withTravellers(first, first.trip().travellers().stream().filter(p -> !p.equals(ana)).toList()));
        assertThat(store().ofTraveller(office, ana)).containsExactly(saved.get(2));
        assertThat(store().ofTraveller(KernelGenerators.freshOffice(), ana)).isEmpty();
    }

    @Test
    void clearances_ending_after_an_instant_are_those_whose_last_arrival_is_later() {
        List<Clearance> saved = draw(lists().of(TravelGenerators.clearances(office)).ofSize(6)).stream()
                .map(store()::save).toList();
        Instant at = saved.get(2).trip().lastArrival();
        assertThat(store().endingAfter(office, at)).containsExactlyElementsOf(saved.stream()
                .filter(c -> c.trip().lastArrival().isAfter(at)).sorted(ClearanceRegistry.LATEST_FIRST).toList())
                .doesNotContain(saved.get(2));
        assertThat(store().endingAfter(office, at.minusSeconds(1))).contains(saved.get(2));
        assertThat(store().endingAfter(KernelGenerators.freshOffice(), Instant.EPOCH)).isEmpty();
    }

    @Test
    void clearances_submitted_in_a_period_include_its_start_and_exclude_its_end() {
        List<Clearance> saved = draw(lists().of(TravelGenerators.clearances(office)).ofSize(6)).stream()
                .map(store()::save).sorted(ClearanceRegistry.LATEST_FIRST).toList();
        Instant from = saved.get(4).trip().submittedAt();
        Instant to = saved.get(1).trip().submittedAt();
        assertThat(store().submittedBetween(office, from, to)).containsExactlyElementsOf(saved.stream()
                .filter(c -> !c.trip().submittedAt().isBefore(from) && c.trip().submittedAt().isBefore(to)).toList())
                .contains(saved.get(4)).doesNotContain(saved.get(1));
        assertThat(store().submittedBetween(KernelGenerators.freshOffice(), from, to)).isEmpty();
    }
}
