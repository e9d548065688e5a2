package io.vigil.incident.port.out;

import io.vigil.incident.domain.Enquiry;
import io.vigil.incident.domain.EnquiryId;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;
import java.util.List;

/** Outbound port: the office's preliminary enquiries. */
public interface EnquiryFile extends VersionedStore<EnquiryId, Enquiry> {
    /** The order of every query: latest opened first, ties by id. */
    Comparator<Enquiry> LATEST_FIRST = Comparator.comparing(Enquiry::openedAt).reversed()
            .thenComparing(e -> e.id().toString());

    /** The office's enquiries, latest first. */
    Page<Enquiry> list(OfficeId office, PageRequest page);

    /** The office's enquiries into one incident, latest first. */
    List<Enquiry> ofIncident(OfficeId office, IncidentReportId incident);

    /** The office's enquiries naming {@code subject} among their investigators, latest first. */
    List<Enquiry> ofInvestigator(OfficeId office, String subject);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends EnquiryFile {
        /** The store's records, read whole on each query. */
        RecordQueries<EnquiryId, Enquiry> query();

        @Override
        default Page<Enquiry> list(OfficeId office, PageRequest page) {
            return query().page(office, LATEST_FIRST, page);
        }

        @Override
        default List<Enquiry> ofIncident(OfficeId office, IncidentReportId incident) {
            return query().list(office, e -> e.incident().filter(incident::equals).isPresent(), LATEST_FIRST);
        }

        @Override
        default List<Enquiry> ofInvestigator(OfficeId office, String subject) {
            return query().list(office, e -> e.investigatedBy(subject), LATEST_FIRST);
        }
    }
}
