package io.vigil.files.alerting;

import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.ShiftId;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.files.FileVersionedStore;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import java.time.Instant;
import java.util.List;

/** {@link OnCallRoster} on JSON files. */
final class FileOnCallRoster extends FileVersionedStore<ShiftId, OnCallShift> implements OnCallRoster {
    FileOnCallRoster(JsonDirectory<OnCallShift> files) {
        super(files, "on-call-shift");
    }

    @Override
    public List<OnCallShift> overlapping(OfficeId office, Instant from, Instant to) {
        return query.list(office, s -> s.from().isBefore(to) && s.to().isAfter(from), OnCallRoster.BY_START);
    }
}
