package io.vigil.travel.port.in;

import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.travel.domain.Waiver;
import io.vigil.travel.domain.WaiverId;

/**
 * Training waivers: recorded, changed and removed by the security officer alone, read by security
 * staff and by the traveller they waive. Each change re-decides the traveller's live clearances.
 */
public interface ManageWaiversUseCase extends RecordsUseCase<WaiverId, WaiverDetails, Waiver> {
    /** The most waivers an office keeps. */
    int MAX_WAIVERS = 2000;
}
