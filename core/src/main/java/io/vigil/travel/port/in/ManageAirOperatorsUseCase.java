package io.vigil.travel.port.in;

import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.travel.domain.AirOperator;
import io.vigil.travel.domain.AirOperatorId;

/** The air operators the office has assessed: at most {@link #MAX_OPERATORS}, each code once. */
public interface ManageAirOperatorsUseCase extends RecordsUseCase<AirOperatorId, AirOperatorDetails, AirOperator> {
    /** The most operators an office lists. */
    int MAX_OPERATORS = 500;
}
