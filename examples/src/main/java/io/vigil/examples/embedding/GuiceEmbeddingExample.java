package io.vigil.examples.embedding;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.jdbc.JdbcAdapterModule;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.alerting.JdbcOutbox;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.wiring.VigilCoreModule;
import javax.sql.DataSource;

/**
 * Vigil embedded with Guice: the core module, one adapter module and the host's gateway binding.
 * The README's "With Guice" snippet is the text between the tags.
 */
public final class GuiceEmbeddingExample {
    private GuiceEmbeddingExample() {
    }

    /** The personnel use cases from an injector over {@code dataSource} (migrated here), its outbox table too. */
    public static PeopleUseCases people(DataSource dataSource) {
        // tag::guice[]
        JdbcMigrations.migrate(dataSource);
        Injector injector = Guice.createInjector(new VigilCoreModule(), new JdbcAdapterModule(dataSource),
                binder -> binder.bind(MessageGateway.class).toInstance(new JdbcOutbox(dataSource)));
        PeopleUseCases people = injector.getInstance(PeopleUseCases.class);
        // end::guice[]
        return people;
    }
}
