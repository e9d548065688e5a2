package io.vigil.examples.demo.bangui;

import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.people.port.in.OfficeDetails;
import io.vigil.people.port.in.PeopleUseCases;

/**
 * The profiles of the two demo offices, set on first start before anything else is seeded (their zones
 * are the ones every context then uses): Mexico City ({@code America/Mexico_City}) and Bangui
 * ({@code Africa/Bangui}). Each is set by its own office's security officer, only while unset.
 */
public final class DemoOfficeProfiles {
    private final PeopleUseCases people;

    public DemoOfficeProfiles(PeopleUseCases people) {
        this.people = people;
    }

    /** Sets each demo office's profile unless it is set. */
    public void seedIfEmpty() {
        seed(DemoOffice.OFFICE, new OfficeDetails("World Bank Group, Mexico City country office",
                "America/Mexico_City", "MX"));
        seed(DemoBanguiOffice.OFFICE, new OfficeDetails("IOM Bangui", "Africa/Bangui", "CF"));
    }

    private void seed(OfficeId office, OfficeDetails details) {
        Actor officer = Actor.of("vigil-demo-seed", office, Role.SECURITY_OFFICER);
        try {
            people.offices().get(officer, office);
        } catch (NotFoundException e) {
            people.offices().set(officer, office, 0, details);
        }
    }
}
