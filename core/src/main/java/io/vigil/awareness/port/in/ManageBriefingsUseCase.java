package io.vigil.awareness.port.in;

import io.vigil.awareness.domain.Briefing;
import io.vigil.awareness.domain.BriefingId;
import io.vigil.kernel.store.RecordsUseCase;

/** Record the office's briefings and sessions with their attendance. */
public interface ManageBriefingsUseCase extends RecordsUseCase<BriefingId, BriefingDetails, Briefing> {
}
