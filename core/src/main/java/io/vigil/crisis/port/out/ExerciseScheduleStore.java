package io.vigil.crisis.port.out;

import io.vigil.crisis.domain.ExerciseSchedule;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.VersionedStore;

/** Outbound port: the drill schedule of each office, keyed by office. */
public interface ExerciseScheduleStore extends VersionedStore<OfficeId, ExerciseSchedule> {
}
