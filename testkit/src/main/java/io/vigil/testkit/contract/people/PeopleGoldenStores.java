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
                new GoldenStore<>("persons", Person.class, r -> p.persons().save(r.withVersion(0)),
                        r -> p.persons().findById(r.id())),
                new GoldenStore<>("residences", Residence.class, r -> p.residences().save(r.withVersion(0)),
                        r -> p.residences().findById(r.id())),
                new GoldenStore<>("presences", Presence.class, r -> p.presences().save(r.withVersion(0)),
                        r -> p.presences().findById(r.id())),
                new GoldenStore<>("missions", Mission.class, r -> p.missions().save(r.withVersion(0)),
                        r -> p.missions().findById(r.id())),
                new GoldenStore<>("positions", PositionReport.class, p.positions()::append,
                        r -> p.positions().ofPerson(r.person(), 100).stream().filter(r::equals).findFirst()),
                new GoldenStore<>("warden-zones", WardenZone.class, r -> p.zones().save(r.withVersion(0)),
                        r -> p.zones().findById(r.id())));
    }
}
