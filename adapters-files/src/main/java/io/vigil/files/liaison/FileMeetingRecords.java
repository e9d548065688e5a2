package io.vigil.files.liaison;

import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.port.out.MeetingRecords;

/** {@link MeetingRecords} on JSON files. */
final class FileMeetingRecords extends FileVersionedStore<MeetingId, Meeting> implements MeetingRecords.Scanned {
    FileMeetingRecords(JsonDirectory<Meeting> files) {
        super(files, "meeting");
    }
}
