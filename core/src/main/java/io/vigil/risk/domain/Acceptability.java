package io.vigil.risk.domain;

import io.vigil.kernel.Require;
import java.util.List;

/** Whether a programme may go ahead at its residual risk, always with the reasons. */
public sealed interface Acceptability {

    /** Why the decision was made, in sentences an officer can repeat. */
    List<String> reasons();

    /** Go ahead. */
    record Proceed(List<String> reasons) implements Acceptability {
        public Proceed {
            reasons = List.copyOf(Require.nonNull(reasons, "reasons"));
        }
    }

    /** Go ahead once the named level has approved. */
    record ProceedWithApproval(ApprovalLevel approval, List<String> reasons) implements Acceptability {
        public ProceedWithApproval {
            Require.nonNull(approval, "approval");
            reasons = List.copyOf(Require.nonNull(reasons, "reasons"));
        }
    }

    /** Do not go ahead. */
    record DoNotProceed(List<String> reasons) implements Acceptability {
        public DoNotProceed {
            reasons = List.copyOf(Require.nonNull(reasons, "reasons"));
        }
    }
}
