package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.zaxxer.hikari.HikariDataSource;
import io.vigil.alerting.domain.Audience;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.Severity;
import io.vigil.alerting.port.in.AdvisoryDetails;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.awareness.domain.Requirement;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.awareness.port.in.CourseDetails;
import io.vigil.awareness.port.out.AwarenessPorts;
import io.vigil.guard.port.out.GuardPorts;
import io.vigil.crisis.port.out.CrisisPorts;
import io.vigil.documents.port.out.DocumentsPorts;
import io.vigil.liaison.port.out.LiaisonPorts;
import io.vigil.incident.port.out.IncidentPorts;
import io.vigil.travel.port.out.TravelPorts;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.files.FilesAdapterModule;
import io.vigil.jdbc.JdbcAdapterModule;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.movement.port.in.VehicleDetails;
import io.vigil.movement.port.out.MovementPorts;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.risk.port.out.RiskPorts;
import io.vigil.testkit.memory.alerting.InMemoryMessageGateway;
import io.vigil.wiring.VigilCoreModule;
import io.vigil.incident.port.out.IncidentPorts;
import io.vigil.travel.port.out.TravelPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host that keeps its people on one adapter (here JSON files) and every other context on Vigil's JDBC. */
class MixedAdaptersTest {
    private final HikariDataSource db = JdbcDataSources.pool("jdbc:h2:mem:mixed;DB_CLOSE_DELAY=-1", "sa", "");
    private final Actor officer = Actor.of("officer", OfficeId.of("MX-MEX"), Role.SECURITY_OFFICER);

    @TempDir
    Path files;

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void each_context_writes_to_the_adapter_the_host_chose_for_it() throws Exception {
        JdbcMigrations.migrate(db);
        Injector injector = Guice.createInjector(new VigilCoreModule(),
                new JdbcAdapterModule(db, AuditLog.class, RiskPorts.class, AlertingPorts.class, AwarenessPorts.class,
                        TravelPorts.class, MovementPorts.class, GuardPorts.class, IncidentPorts.class,
                        CrisisPorts.class, DocumentsPorts.class, LiaisonPorts.class),
                new FilesAdapterModule(files, PeoplePorts.class),
                binder -> binder.bind(MessageGateway.class).to(InMemoryMessageGateway.class));

        var ana = injector.getInstance(PeopleUseCases.class).persons().register(officer, new PersonDetails("Ana",
                "Ruiz", PersonCategory.CONSULTANT, "IFC", null, List.of(), List.of(), null, null)).person();
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        injector.getInstance(AlertingUseCases.class).advisories().issue(officer, new AdvisoryDetails("Marches",
                "Avoid the Zócalo", Severity.WARNING, Audience.everyone(), Set.of(Channel.EMAIL), now,
                now.plusSeconds(3600)));
        injector.getInstance(AwarenessUseCases.class).courses().create(officer, new CourseDetails("BSAFE", "BSAFE",
                Requirement.ALL, null, List.of()));
        injector.getInstance(MovementUseCases.class).vehicles().create(officer, new VehicleDetails("MEX-1", "Hilux",
                true, LocalDate.parse("2027-01-01"), LocalDate.parse("2026-12-01"), List.of()));

        assertThat(files.resolve("persons").resolve(ana.id() + ".json")).exists();
        assertThat(count("person")).isZero();
        assertThat(count("advisory")).isEqualTo(1);
        assertThat(count("course")).isEqualTo(1);
        assertThat(count("vehicle")).isEqualTo(1);
        assertThat(count("audit_entry")).isPositive();
        try (var dirs = Files.list(files)) {
            assertThat(dirs.map(d -> d.getFileName().toString())).containsExactly("persons");
        }
    }

    @Test
    void two_adapter_modules_over_different_storage_are_reported_not_silently_merged() {
        assertThatThrownBy(() -> Guice.createInjector(new VigilCoreModule(), new JdbcAdapterModule(db),
                new JdbcAdapterModule(JdbcDataSources.pool("jdbc:h2:mem:other;DB_CLOSE_DELAY=-1", "sa", "")),
                binder -> binder.bind(MessageGateway.class).to(InMemoryMessageGateway.class)))
                .isInstanceOf(CreationException.class).hasMessageContaining("PeoplePorts");
    }

    private long count(String table) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
