package io.vigil.guard.port.in;

import io.vigil.guard.domain.LabourStandards;
import io.vigil.guard.domain.StandardsId;
import io.vigil.kernel.store.RecordsUseCase;

/** Each country's labour standards and public holidays, as data (security roles only); one record per country. */
public interface ManageLabourStandardsUseCase extends RecordsUseCase<StandardsId, StandardsDetails, LabourStandards> {
    /** The most countries' standards of an office. */
    int MAX_STANDARDS = 50;
}
