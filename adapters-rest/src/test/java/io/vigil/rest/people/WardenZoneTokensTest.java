package io.vigil.rest.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.WardenZoneDetails;
import io.vigil.rest.StaticBearerTokens;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WardenZoneTokensTest {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    private final InMemoryVigil vigil = InMemoryVigil.create(MutableClock.at("2026-03-01T12:00:00Z"));
    private final Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
    private final PersonId jorge = vigil.people().persons().register(officer, new PersonDetails("Jorge", "Castillo",
            PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(), List.of(), null, null)).person().id();
    private final WardenZoneTokens tokens = new WardenZoneTokens(new StaticBearerTokens(Map.of(
            "warden", Actor.warden("jorge", OFFICE, jorge, Set.of(WardenZoneId.of("AS-THE-IDP-SAYS"))),
            "lone", new Actor("lone", OFFICE, Set.of(Role.WARDEN), Optional.of(jorge),
                    Set.of(WardenZoneId.of("X"))),
            "officer", officer)), vigil.people().zones());

    @Test
    void a_warden_looks_after_the_zones_as_drawn_and_no_others() {
        WardenZone south = vigil.people().zones().create(officer, new WardenZoneDetails(WardenZoneId.of("CDMX-SUR"), "Sur",
                GeoArea.rectangle(new GeoPoint(19.3, -99.3), new GeoPoint(19.4, -99.1)).vertices(), jorge,
                List.of()));
        assertThat(tokens.actorFor("warden").orElseThrow().wardenZones()).containsExactly(south.id());
        assertThat(tokens.actorFor("officer")).contains(officer);

        vigil.people().zones().remove(officer, south.id(), south.version());
        Actor demoted = tokens.actorFor("warden").orElseThrow();
        assertThat(demoted.roles()).containsExactly(Role.STAFF);
        assertThat(demoted.wardenZones()).isEmpty();
        assertThat(tokens.actorFor("lone")).as("nothing left to act as").isEmpty();
        assertThat(tokens.actorFor("unknown")).isEmpty();
    }
}
