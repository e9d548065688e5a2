package io.vigil.movement.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;

/** The travel clearance request created from a visit for one of its members, by the clearance's id. */
public record MemberClearance(PersonId member, String clearanceId) {
    public MemberClearance {
        Require.nonNull(member, "member");
        clearanceId = Require.text(clearanceId, "clearanceId", 64);
    }
}
