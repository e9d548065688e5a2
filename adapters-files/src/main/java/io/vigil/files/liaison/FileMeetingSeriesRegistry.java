package io.vigil.files.liaison;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.MeetingSeriesId;
import io.vigil.liaison.port.out.MeetingSeriesRegistry;

/** {@link MeetingSeriesRegistry} on JSON files. */
final class FileMeetingSeriesRegistry extends FileVersionedStore<MeetingSeriesId, MeetingSeries> implements MeetingSeriesRegistry.Scanned {
    FileMeetingSeriesRegistry(JsonDirectory<MeetingSeries> files) {
        super(files, "meeting series");
    }
}
