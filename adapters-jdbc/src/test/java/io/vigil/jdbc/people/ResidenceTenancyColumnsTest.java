package io.vigil.jdbc.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.TestDatabases;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.Address;
import io.vigil.people.domain.Residence;
import io.vigil.people.domain.ResidenceId;
import io.vigil.people.port.out.ResidenceRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A residence's tenancy is kept beside its body (V32): the zone and the exact instants of moving in
 * and out, from which a person's current zone is read without the body; a residence stored before
 * those columns (they are empty) is read from its body, and its next save fills them.
 */
class ResidenceTenancyColumnsTest {
    private static final Instant IN = Instant.parse("2025-02-03T04:05:06.123456789Z");
    private static final Instant OUT = Instant.parse("2027-02-03T04:05:06.987654321Z");

    private static DataSource database(String name) {
        return switch (name) {
            case "postgresql" -> TestDatabases.postgres();
            case "sqlite" -> TestDatabases.sqlite();
            default -> TestDatabases.h2();
        };
    }

    private static Residence residence(PersonId occupant, String zone) {
        return new Residence(ResidenceId.random(), OfficeId.of("MX-MEX"), 0, occupant, List.of(),
                new Address("Calle 1", "Centro", "Ciudad", "MX"), GeoPoint.of(19.4, -99.1),
                Optional.of(WardenZoneId.of(zone)), IN, Optional.of(OUT));
    }

    private static List<String> columns(Jdbc jdbc, Residence r) {
        return jdbc.query("SELECT warden_zone_id, moved_in_at, moved_out_at FROM residence WHERE id = ?",
                rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), r.id().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "sqlite", "postgresql"})
    void the_tenancy_is_read_from_its_columns_or_from_the_body_of_a_residence_stored_before_them(String db) {
        DataSource source = database(db);
        Jdbc jdbc = new Jdbc(source);
        ResidenceRegistry residences = new JdbcPeopleStores(source).open().residences();
        PersonId current = PersonId.random();
        PersonId older = PersonId.random();
        Residence stored = residences.save(residence(current, "WITH-COLUMNS"));
        Residence legacy = residences.save(residence(older, "FROM-BODY"));
        assertThat(columns(jdbc, stored)).containsExactly("WITH-COLUMNS 2025-02-03T04:05:06.123456789Z"
                + " 2027-02-03T04:05:06.987654321Z");

        jdbc.inTransaction(c -> Jdbc.update(c, "UPDATE residence SET warden_zone_id = NULL, moved_in_at = NULL,"
                + " moved_out_at = NULL WHERE id = ?", legacy.id().toString()));
        assertThat(residences.currentZones(List.of(current, older), OUT.minusNanos(1))).containsExactly(
                Map.entry(current, WardenZoneId.of("WITH-COLUMNS")), Map.entry(older, WardenZoneId.of("FROM-BODY")));
        assertThat(residences.currentZones(List.of(current, older), OUT)).as("both moved out").isEmpty();

        residences.save(legacy);
        assertThat(columns(jdbc, legacy)).containsExactly("FROM-BODY 2025-02-03T04:05:06.123456789Z"
                + " 2027-02-03T04:05:06.987654321Z");
    }
}
