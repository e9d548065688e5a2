package io.vigil.files.awareness;

import io.vigil.awareness.domain.Briefing;
import io.vigil.awareness.domain.BriefingId;
import io.vigil.awareness.port.out.BriefingLog;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link BriefingLog} on JSON files. */
final class FileBriefingLog extends FileVersionedStore<BriefingId, Briefing> implements BriefingLog.Scanned {
    FileBriefingLog(JsonDirectory<Briefing> files) {
        super(files, "briefing");
    }
}
