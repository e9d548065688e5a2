package io.vigil.testkit.contract.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.incident.domain.Enquiry;
import io.vigil.incident.domain.EnquiryId;
import io.vigil.incident.port.out.EnquiryFile;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.IncidentGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link EnquiryFile}; extend it with your adapter. */
public abstract class EnquiryFileContract extends VersionedStoreContract<EnquiryId, Enquiry, EnquiryFile> {

    @Override
    protected Gen<Enquiry> newAggregates(OfficeId office) {
        return IncidentGenerators.enquiries(office);
    }

    /** The enquiry with one finding more, or (with five) its last investigator swapped for another. */
    @Override
    protected Enquiry changed(Enquiry e) {
        if (e.findings().size() < 5) {
            return e.addFinding("Finding " + e.version()).orElseThrow();
        }
        List<String> who = new ArrayList<>(e.investigators());
        who.set(who.size() - 1, "investigator-v" + e.version());
        return new Enquiry(e.id(), e.office(), e.version(), e.incident(), e.title(), who, e.persons(), e.findings(),
                e.measures(), e.openedBy(), e.openedAt(), e.status(), e.closedAt());
    }

    @Test
    void the_list_is_the_offices_own_latest_first_and_paged() {
        List<Enquiry> saved = draw(lists().of(IncidentGenerators.enquiries(office)).ofSize(5)).stream()
                .map(store()::save).sorted(EnquiryFile.LATEST_FIRST).toList();
        store().save(draw(IncidentGenerators.enquiries(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }

    @Test
    void enquiries_of_an_incident_are_the_offices_own_into_it() {
        List<Enquiry> saved = draw(lists().of(IncidentGenerators.enquiries(office)).ofSize(3)).stream()
                .map(store()::save).toList();
        Enquiry first = saved.get(0);
        Enquiry second = store().save(new Enquiry(EnquiryId.random(), office, 0, first.incident(), "Second look",
                List.of("someone"), List.of(), List.of(), List.of(), "officer", first.openedAt().plusSeconds(60),
                first.status(), first.closedAt()));
        assertThat(store().ofIncident(office, first.incident().orElseThrow()))
                .containsExactlyElementsOf(List.of(second, first).stream().sorted(EnquiryFile.LATEST_FIRST).toList());
        assertThat(store().ofIncident(KernelGenerators.freshOffice(), first.incident().orElseThrow())).isEmpty();
    }

    @Test
    void enquiries_of_an_investigator_follow_changes_of_investigators() {
        List<Enquiry> saved = draw(lists().of(IncidentGenerators.enquiries(office)).ofSize(3)).stream()
                .map(store()::save).toList();
        Enquiry first = saved.get(0);
        String anna = "anna-" + first.id();
        Enquiry named = store().save(new Enquiry(first.id(), office, first.version(), first.incident(), first.title(),
                List.of(first.investigators().get(0), anna), first.persons(), first.findings(), first.measures(),
                first.openedBy(), first.openedAt(), first.status(), first.closedAt()));
        assertThat(store().ofInvestigator(office, anna)).containsExactly(named);
        store().save(new Enquiry(first.id(), office, named.version(), first.incident(), first.title(),
                List.of(first.investigators().get(0)), first.persons(), first.findings(), first.measures(),
                first.openedBy(), first.openedAt(), first.status(), first.closedAt()));
        assertThat(store().ofInvestigator(office, anna)).isEmpty();
        assertThat(store().ofInvestigator(KernelGenerators.freshOffice(), first.investigators().get(0))).isEmpty();
    }
}
