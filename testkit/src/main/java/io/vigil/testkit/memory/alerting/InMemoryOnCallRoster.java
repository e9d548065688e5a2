package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.ShiftId;
import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link OnCallRoster} in memory. */
public final class InMemoryOnCallRoster extends InMemoryVersionedStore<ShiftId, OnCallShift>
        implements OnCallRoster.Scanned {
    public InMemoryOnCallRoster() {
        super("on-call-shift");
    }
}
