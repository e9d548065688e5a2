package io.vigil.testkit.contract.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.incident.domain.ReportStatus;
import io.vigil.incident.port.out.IncidentReportLog;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.IncidentGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The contract of {@link IncidentReportLog}; extend it with your adapter. */
public abstract class IncidentReportLogContract
        extends VersionedStoreContract<IncidentReportId, IncidentReport, IncidentReportLog> {

    @Override
    protected Gen<IncidentReport> newAggregates(OfficeId office) {
        return IncidentGenerators.reports(office);
    }

    /** The report an hour later, with a longer narrative and (up to twenty) one action more. */
    @Override
    protected IncidentReport changed(IncidentReport r) {
        IncidentReport moved = new IncidentReport(r.id(), r.office(), r.version(), r.category(), r.subtype(), r.title(),
                r.narrative() + " More.", r.occurredAt().plusSeconds(3600), r.recordedAt(), r.place(), r.persons(),
                r.assets(), r.severity(), r.source(), r.verification(), r.reportedBy(), r.writtenDue(),
                r.writtenReport(), r.notices(), r.rollCall(), r.crisisActivation(), r.actions(), r.status(),
                r.closedAt());
        return r.actions().size() < 20 ? moved.addAction("Follow up " + r.version(), "officer",
                r.occurredAt().plusSeconds(86_400)).orElseThrow() : moved;
    }

    private List<IncidentReport> saveFive() {
        return draw(lists().of(IncidentGenerators.reports(office)).ofSize(5)).stream().map(store()::save).toList();
    }

    @Test
    void the_list_is_the_offices_own_latest_first_and_paged() {
        List<IncidentReport> saved = saveFive().stream().sorted(IncidentReportLog.LATEST_FIRST).toList();
        store().save(draw(IncidentGenerators.reports(KernelGenerators.freshOffice())));
        var page = store().list(office, new PageRequest(1, 3));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).containsExactlyElementsOf(saved.subList(1, 4));
    }

    @Test
    void reports_between_two_instants_are_the_offices_own_from_included_until_excluded() {
        List<IncidentReport> saved = saveFive().stream().sorted(IncidentReportLog.LATEST_FIRST).toList();
        Instant until = saved.get(0).occurredAt();
        Instant from = saved.get(3).occurredAt();
        assertThat(store().between(office, from, until)).containsExactlyElementsOf(saved.stream()
                .filter(r -> !r.occurredAt().isBefore(from) && r.occurredAt().isBefore(until)).toList())
                .contains(saved.get(3)).doesNotContain(saved.get(0));
        assertThat(store().between(KernelGenerators.freshOffice(), from, until.plusSeconds(1))).isEmpty();
    }

    @Test
    void open_reports_are_the_offices_own_not_closed_and_follow_closing() {
        List<IncidentReport> saved = saveFive();
        IncidentReport first = saved.get(0);
        IncidentReport closed = store().save(new IncidentReport(first.id(), office, first.version(), first.category(),
                first.subtype(), first.title(), first.narrative(), first.occurredAt(), first.recordedAt(),
                first.place(), first.persons(), first.assets(), first.severity(), first.source(),
                first.verification(), first.reportedBy(), first.writtenDue(), first.writtenReport(), first.notices(),
                first.rollCall(), first.crisisActivation(), List.of(), ReportStatus.CLOSED, Optional.of(first.occurredAt())));
        assertThat(store().open(office)).containsExactlyElementsOf(saved.subList(1, 5).stream()
                .sorted(IncidentReportLog.LATEST_FIRST).toList()).doesNotContain(closed);
        assertThat(store().open(KernelGenerators.freshOffice())).isEmpty();
    }
}
