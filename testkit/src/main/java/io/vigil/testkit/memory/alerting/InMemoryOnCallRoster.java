package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.ShiftId;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.memory.InMemoryVersionedStore;
import java.time.Instant;
import java.util.List;

/** {@link OnCallRoster} in memory. */
public final class InMemoryOnCallRoster extends InMemoryVersionedStore<ShiftId, OnCallShift> implements OnCallRoster {
    public InMemoryOnCallRoster() {
        super("on-call-shift");
    }

    @Override
    public List<OnCallShift> overlapping(OfficeId office, Instant from, Instant to) {
        return query.list(office, s -> s.from().isBefore(to) && s.to().isAfter(from), OnCallRoster.BY_START);
    }
}
