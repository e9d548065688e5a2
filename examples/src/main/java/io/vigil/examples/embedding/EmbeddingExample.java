package io.vigil.examples.embedding;

import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.files.alerting.FileOutbox;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.alerting.JdbcAlertingStores;
import io.vigil.jdbc.audit.JdbcAuditStores;
import io.vigil.jdbc.awareness.JdbcAwarenessStores;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.jdbc.risk.JdbcRiskStores;
import io.vigil.json.VigilJson;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PersonView;
import io.vigil.wiring.Vigil;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * Vigil embedded by hand, without a container: every context's stores on one JDBC data source,
 * messages to a file outbox. The README's "By hand" snippet is the text between the tags.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** Migrates {@code dataSource} and wires every context over it; messages go to {@code outbox}. */
    public static Vigil wire(DataSource dataSource, Path outbox) {
        // tag::wire[]
        JdbcMigrations.migrate(dataSource);                      // creates or updates the schema
        Kernel kernel = Vigil.kernel(Clock.systemUTC(), new JdbcAuditStores(dataSource).open());
        MessageGateway gateway = new FileOutbox(outbox, VigilJson.mapper());
        Vigil vigil = Vigil.create(kernel, new JdbcPeopleStores(dataSource).open(),
                new JdbcRiskStores(dataSource).open(), new JdbcAlertingStores(dataSource).open(),
                new JdbcAwarenessStores(dataSource).open(), gateway);
        // end::wire[]
        return vigil;
    }

    /** The security officer of the example office. */
    public static Actor officer() {
        // tag::actor[]
        Actor officer = Actor.of("alice@example.org", OfficeId.of("MX-MEX"), Role.SECURITY_OFFICER);
        // end::actor[]
        return officer;
    }

    /** Registers Ana Ruiz through the personnel use cases of {@code vigil}. */
    public static PersonView registerAna(Vigil vigil, Actor officer) {
        // tag::use[]
        PeopleUseCases people = vigil.people();  // and vigil.risk(), vigil.alerting(), vigil.awareness(), vigil.audit()
        // end::use[]
        return registerAna(people, officer);
    }

    /** Registers Ana Ruiz, national staff of the IBRD, as {@code officer}. */
    public static PersonView registerAna(PeopleUseCases people, Actor officer) {
        // tag::register[]
        PersonView ana = people.persons().register(officer, new PersonDetails("Ana", "Ruiz",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(), List.of(), null, null));
        // end::register[]
        return ana;
    }
}
