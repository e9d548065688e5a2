package io.vigil.testkit.contract.people;

import io.vigil.people.domain.Mission;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PositionReport;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.testkit.golden.GoldenStore;
import java.util.List;

/** The personnel context's stores for the released-bodies contract. */
public final class PeopleGoldenStores {
    private PeopleGoldenStores() {
    }

    public static List<GoldenStore<?>> of(PeoplePorts p) {
        return List.of(
                GoldenStore.versioned("persons", Person.class, p.persons()),
                GoldenStore.versioned("residences", Residence.class, p.residences()),
                GoldenStore.versioned("presences", Presence.class, p.presences()),
                GoldenStore.versioned("missions", Mission.class, p.missions()),
                new GoldenStore<>("positions", PositionReport.class, p.positions()::append,
                        r -> p.positions().ofPerson(r.person(), 100).stream().filter(r::equals).findFirst()),
                GoldenStore.versioned("warden-zones", WardenZone.class, p.zones()));
    }
}
