package io.vigil.guard.port.in;

import io.vigil.guard.domain.GuardContractId;
import io.vigil.guard.domain.Inspection;
import io.vigil.guard.domain.InspectionId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.RecordsUseCase;
import java.time.LocalDate;
import java.util.List;

/** Site inspections under a contract (security roles only), and each site's next one. */
public interface InspectionsUseCase extends RecordsUseCase<InspectionId, InspectionDetails, Inspection> {
    /** The most inspections of one contract. */
    int MAX_PER_CONTRACT = 5000;

    /** Each site of the contract's posts with its next inspection as of {@code day}, overdue first. */
    List<InspectionDue> schedule(Actor actor, GuardContractId contract, LocalDate day);
}
