package io.vigil.people.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;

/**
 * One office's persons counted by whereabouts at an instant, without names: in the country (a stay
 * covers the instant), abroad (stays are recorded, none covers it) and with no stay recorded (as
 * {@link io.vigil.people.domain.Whereabouts}).
 */
public record OfficeHeadcount(OfficeId office, long inCountry, long abroad, long noStayRecorded) {
    public OfficeHeadcount {
        Require.nonNull(office, "office");
        Require.that(inCountry >= 0, "inCountry", "must not be negative");
        Require.that(abroad >= 0, "abroad", "must not be negative");
        Require.that(noStayRecorded >= 0, "noStayRecorded", "must not be negative");
    }

    /** Every person of the office. */
    public long total() {
        return inCountry + abroad + noStayRecorded;
    }
}
