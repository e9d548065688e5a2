package io.vigil.awareness.port.in;

import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.CompletionId;
import io.vigil.kernel.store.RecordsUseCase;

/**
 * Record, correct, remove and read the courses persons of the office completed. A completion takes
 * the course's validity in force when it is first recorded, and keeps it through corrections of its
 * date (a correction to another course takes that course's validity).
 */
public interface RecordCompletionsUseCase extends RecordsUseCase<CompletionId, CompletionDetails, Completion> {
}
