package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.Drill;
import io.vigil.alerting.domain.PhoneTree;

/** A drill of a telephone tree with its outcome so far. */
public record DrillReport(PhoneTree tree, Drill drill, Drill.Result result) {
    /** The report of one drill of the tree. */
    public static DrillReport of(PhoneTree tree, Drill drill) {
        return new DrillReport(tree, drill, drill.result());
    }
}
