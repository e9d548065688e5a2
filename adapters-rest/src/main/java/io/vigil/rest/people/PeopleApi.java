package io.vigil.rest.people;

import io.vigil.kernel.audit.AuditTrail;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The personnel context's routes: persons and their records, movements, the locator and the audit
 * trail, warden zones, the office profiles; the CSV roster import when a {@link RosterImporter} is given.
 */
public final class PeopleApi implements RouteSet {
    private final PeopleUseCases people;
    private final AuditTrail audit;
    private final Clock clock;
    private final Optional<RosterImporter> roster;

    public PeopleApi(PeopleUseCases people, AuditTrail audit, Clock clock, Optional<RosterImporter> roster) {
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.roster = roster;
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> all = new ArrayList<>();
        all.addAll(new PersonRoutes(http, people.persons(), people.residences(), people.presences(),
                people.missions(), people.positions(), roster).routes());
        all.addAll(new MovementRoutes(http, people.residences(), people.presences(), people.missions(),
                people.positions()).routes());
        all.addAll(new LocatorRoutes(http, people.locator(), audit, clock).routes());
        all.addAll(new HeadcountRoutes(http, people.headcounts(), clock).routes());
        all.addAll(new WardenZoneRoutes(http, people.zones(), people.offices(), clock).routes());
        all.addAll(new OfficeRoutes(http, people.offices()).routes());
        return all;
    }
}
