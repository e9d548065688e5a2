package io.vigil.files.awareness;

import io.vigil.awareness.domain.Completion;
import io.vigil.awareness.domain.CompletionId;
import io.vigil.awareness.port.out.CompletionLog;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link CompletionLog} on JSON files. */
final class FileCompletionLog extends FileVersionedStore<CompletionId, Completion> implements CompletionLog.Scanned {
    FileCompletionLog(JsonDirectory<Completion> files) {
        super(files, "completion");
    }
}
