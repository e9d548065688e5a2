package io.vigil.examples.embedding;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.alerting.JdbcAlertingStores;
import io.vigil.jdbc.alerting.JdbcOutbox;
import io.vigil.jdbc.audit.JdbcAuditStores;
import io.vigil.jdbc.awareness.JdbcAwarenessStores;
import io.vigil.jdbc.travel.JdbcTravelStores;
import io.vigil.jdbc.movement.JdbcMovementStores;
import io.vigil.jdbc.guard.JdbcGuardStores;
import io.vigil.jdbc.incident.JdbcIncidentStores;
import io.vigil.jdbc.crisis.JdbcCrisisStores;
import io.vigil.jdbc.documents.JdbcDocumentsStores;
import io.vigil.jdbc.liaison.JdbcLiaisonStores;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.jdbc.risk.JdbcRiskStores;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.messaging.Dispatcher;
import io.vigil.messaging.RetryPolicy;
import io.vigil.messaging.SmtpSettings;
import io.vigil.messaging.SmtpTransport;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PersonView;
import io.vigil.wiring.Vigil;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Vigil embedded by hand, without a container: every context's stores and the outbox on one JDBC
 * data source, and a dispatcher delivering the outbox in the background. The README's "By hand" snippet is the text between the tags.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** Migrates {@code dataSource} and wires every context over it; messages are queued in its outbox table. */
    public static Vigil wire(DataSource dataSource) {
        // tag::wire[]
        JdbcMigrations.migrate(dataSource);                      // creates or updates the schema
        Kernel kernel = Vigil.kernel(Clock.systemUTC(), new JdbcAuditStores(dataSource).open());
        MessageGateway gateway = new JdbcOutbox(dataSource);      // the outbox: a table beside the others
        Vigil vigil = Vigil.create(kernel, new JdbcPeopleStores(dataSource).open(),
                new JdbcRiskStores(dataSource).open(), new JdbcAlertingStores(dataSource).open(),
                new JdbcAwarenessStores(dataSource).open(), new JdbcTravelStores(dataSource).open(),
                new JdbcMovementStores(dataSource).open(), new JdbcGuardStores(dataSource).open(),
                new JdbcIncidentStores(dataSource).open(), new JdbcCrisisStores(dataSource).open(),
                new JdbcDocumentsStores(dataSource).open(), new JdbcLiaisonStores(dataSource).open(), gateway);
        // end::wire[]
        return vigil;
    }

    /**
     * Starts delivering the outbox on {@code dataSource}: e-mail through the SMTP server, in the
     * background; the host closes the dispatcher at shutdown.
     */
    public static Dispatcher deliver(DataSource dataSource, SmtpSettings smtp) {
        // tag::deliver[]
        Dispatcher dispatcher = new Dispatcher(new JdbcOutbox(dataSource),
                Map.of(Channel.EMAIL, new SmtpTransport(smtp)), RetryPolicy.standard(),
                Dispatcher.Settings.standard(), Clock.systemUTC()).start();   // dispatcher.close() at shutdown
        // end::deliver[]
        return dispatcher;
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
        PeopleUseCases people = vigil.people();  // and vigil.risk(), vigil.alerting(), ..., vigil.documents(), vigil.liaison(), vigil.audit()
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
