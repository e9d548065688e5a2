package io.vigil.guard.port.out;

import io.vigil.guard.domain.LabourStandards;
import io.vigil.guard.domain.StandardsId;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.store.RecordQueries;
import io.vigil.kernel.store.VersionedStore;
import java.util.Comparator;
import java.util.Optional;

/** Outbound port: each country's labour standards and public holidays, as data. */
public interface LabourStandardsBook extends VersionedStore<StandardsId, LabourStandards> {
    /** The order of every query: by country, ties by id. */
    Comparator<LabourStandards> BY_COUNTRY = Comparator.comparing(LabourStandards::country).thenComparing(s -> s.id().toString());

    /** A page of the office's records, in the order of {@link #BY_COUNTRY}. */
    Page<LabourStandards> list(OfficeId office, PageRequest page);

    /** The office's standards for a country (the first by id, if several were recorded). */
    Optional<LabourStandards> ofCountry(OfficeId office, String country);

    /** This port answered by reading every stored record (in memory, a directory of files). */
    interface Scanned extends LabourStandardsBook {
        /** The store's records, read whole on each query. */
        RecordQueries<StandardsId, LabourStandards> query();

        @Override
        default Page<LabourStandards> list(OfficeId office, PageRequest page) {
            return query().page(office, BY_COUNTRY, page);
        }

        @Override
        default Optional<LabourStandards> ofCountry(OfficeId office, String country) {
            return query().list(office, s -> s.country().equals(country), BY_COUNTRY).stream().findFirst();
        }
    }
}
