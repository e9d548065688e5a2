package io.vigil.liaison.port.in;

import io.vigil.kernel.store.RecordsUseCase;
import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.MeetingSeriesId;

/**
 * The office's meeting series (at most {@value #MAX_SERIES}), by name, the security roles'. A series
 * with meetings is not removed.
 */
public interface MeetingSeriesUseCase extends RecordsUseCase<MeetingSeriesId, MeetingSeriesDetails, MeetingSeries> {
    /** The most series an office keeps. */
    int MAX_SERIES = 100;
}
