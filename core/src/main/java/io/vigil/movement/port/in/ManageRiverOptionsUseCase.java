package io.vigil.movement.port.in;

import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.movement.domain.RiverOption;
import io.vigil.movement.domain.RiverOptionId;

/** Record the river transport options the office may use, with their validity. */
public interface ManageRiverOptionsUseCase extends RecordsUseCase<RiverOptionId, RiverOptionDetails, RiverOption> {
}
