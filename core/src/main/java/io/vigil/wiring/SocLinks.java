package io.vigil.wiring;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.paging.Page;
import io.vigil.people.domain.OfficeProfile;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.soc.port.out.SocOffices;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the SOC context reaches the people context, built by the composition root: the office profiles. */
public final class SocLinks {
    private SocLinks() {
    }

    /** The offices whose profile the caller reads through {@code people.offices()}, with their names. */
    public static SocOffices offices(PeopleUseCases people) {
        return actor -> {
            Map<OfficeId, String> readable = new LinkedHashMap<>();
            for (OfficeProfile o : Page.all(page -> people.offices().list(actor, page))) {
                readable.put(o.id(), o.name());
            }
            return readable;
        };
    }
}
