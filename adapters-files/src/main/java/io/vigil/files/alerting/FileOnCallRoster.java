package io.vigil.files.alerting;

import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.ShiftId;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;

/** {@link OnCallRoster} on JSON files. */
final class FileOnCallRoster extends FileVersionedStore<ShiftId, OnCallShift> implements OnCallRoster.Scanned {
    FileOnCallRoster(JsonDirectory<OnCallShift> files) {
        super(files, "on-call-shift");
    }
}
