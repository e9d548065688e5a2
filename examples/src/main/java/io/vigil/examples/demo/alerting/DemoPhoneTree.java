package io.vigil.examples.demo.alerting;

import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.port.in.PhoneTreeDetails;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.ZoneRoster;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A demo office's telephone tree, drawn from its warden zones as they are: the warden of the root
 * zone calls the other zones' wardens (their alternates as fallbacks), and each warden calls two
 * people with a phone living in their zone; nobody is called twice.
 */
public final class DemoPhoneTree {
    private DemoPhoneTree() {
    }

    /** The tree named {@code name} of the actor's office, rooted at the warden of {@code rootZone}. */
    public static PhoneTreeDetails of(PeopleUseCases people, Actor officer, WardenZoneId rootZone, String name,
                                      Instant now) {
        List<WardenZone> zones = people.zones().list(officer, new PageRequest(0, 20)).items();
        WardenZone top = zones.stream().filter(z -> z.id().equals(rootZone)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo warden zone " + rootZone));
        PersonId root = top.warden();
        List<PhoneTree.Link> links = new ArrayList<>();
        Set<PersonId> placed = new HashSet<>(List.of(root));
        for (WardenZone z : zones) {
            if (!z.equals(top) && placed.add(z.warden())) {
                links.add(new PhoneTree.Link(root, z.warden(), z.alternates().stream()
                        .filter(a -> !a.equals(root)).toList()));
            }
        }
        for (WardenZone z : zones) {
            people.zones().roster(officer, z.id(), now).entries().stream()
                    .filter(e -> e.role() == ZoneRoster.Role.RESIDENT && e.phone().isPresent())
                    .map(ZoneRoster.Entry::person).filter(placed::add).limit(2)
                    .forEach(p -> links.add(new PhoneTree.Link(z.warden(), p, List.of())));
        }
        return new PhoneTreeDetails(name, root, links);
    }
}
