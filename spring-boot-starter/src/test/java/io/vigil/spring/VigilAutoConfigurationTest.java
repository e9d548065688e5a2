package io.vigil.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.jdbc.alerting.JdbcOutbox;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PersonView;
import io.vigil.wiring.Vigil;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration: beans over the host's data source, migrations first, each bean replaceable. */
class VigilAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(VigilAutoConfiguration.class));

    private static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    private static List<String> tables(DataSource ds) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", null)) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        return names;
    }

    @Test
    void over_a_data_source_it_migrates_vigil_into_its_own_history_and_gives_every_contexts_use_cases() {
        DataSource ds = h2();
        runner.withBean(DataSource.class, () -> ds)
                .withPropertyValues("vigil.office=MX-MEX")
                .run(context -> {
                    assertThat(context).hasSingleBean(Vigil.class).hasSingleBean(PeopleUseCases.class)
                            .hasSingleBean(AlertingUseCases.class).hasSingleBean(JdbcOutbox.class);
                    assertThat(context.getBean(OfficeId.class)).isEqualTo(OfficeId.of("MX-MEX"));
                    assertThat(context.getBean(VigilSchema.class).migrated()).isTrue();
                    assertThat(tables(ds)).contains("vigil_schema_history", "person")
                            .doesNotContain("flyway_schema_history");
                    Actor officer = Actor.of("officer", OfficeId.of("MX-MEX"), Role.SECURITY_OFFICER);
                    PersonView ana = context.getBean(PeopleUseCases.class).persons().register(officer,
                            new PersonDetails("Ana", "Ruiz", PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(),
                                    List.of(), null, null));
                    try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement()
                            .executeQuery("SELECT COUNT(*) FROM person")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getInt(1)).as("Ana, stored on the host's data source").isEqualTo(1);
                    }
                    assertThat(context.getBean(Vigil.class).people().persons().get(officer, ana.person().id())
                            .person().givenName()).isEqualTo("Ana");
                });
    }

    @Test
    void in_a_schema_that_already_holds_the_hosts_tables_and_flyway_history_vigils_migrations_still_run()
            throws Exception {
        DataSource ds = h2();
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("CREATE TABLE host_orders (id INT PRIMARY KEY)");
            c.createStatement().execute("CREATE TABLE \"flyway_schema_history\" (\"installed_rank\" INT PRIMARY KEY)");
            c.createStatement().execute("INSERT INTO host_orders VALUES (7)");
        }
        runner.withBean(DataSource.class, () -> ds)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Vigil.class);
                    assertThat(tables(ds)).contains("host_orders", "flyway_schema_history", "vigil_schema_history",
                            "person", "communication_test");
                    try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement()
                            .executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getInt(1)).as("the host's history, untouched").isZero();
                    }
                });
    }

    @Test
    void the_default_gateway_queues_messages_in_the_outbox_table_of_the_hosts_data_source_for_every_instance()
            throws Exception {
        DataSource ds = h2();
        OutboundMessage message = new OutboundMessage("m-shared", OfficeId.of("MX-MEX"),
                Optional.of(PersonId.random()), Channel.SMS, "+52 55 1000 1000", "Are you safe?",
                Instant.parse("2026-09-19T13:14:00Z"));
        runner.withBean(DataSource.class, () -> ds).run(first -> {
            assertThat(first.getBean(MessageGateway.class).send(message)).isTrue();
            try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement()
                    .executeQuery("SELECT COUNT(*) FROM outbox")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).as("the message, queued on the host's data source").isEqualTo(1);
            }
            runner.withBean(DataSource.class, () -> ds).run(second -> {
                MessageGateway other = second.getBean(MessageGateway.class);
                assertThat(other).isNotSameAs(first.getBean(MessageGateway.class));
                assertThat(other.sent(OfficeId.of("MX-MEX"))).extracting(OutboundMessage::id)
                        .as("a second instance on the same database sees it").containsExactly("m-shared");
                assertThat(other.send(message)).as("and does not queue it twice").isFalse();
            });
        });
    }

    @Test
    void a_hosts_own_gateway_replaces_the_jdbc_outbox() {
        MessageGateway own = new JdbcOutbox(h2());
        runner.withBean(DataSource.class, VigilAutoConfigurationTest::h2)
                .withBean(MessageGateway.class, () -> own)
                .run(context -> {
                    assertThat(context).hasSingleBean(MessageGateway.class);
                    assertThat(context.getBean(MessageGateway.class)).isSameAs(own);
                });
    }

    @Test
    void with_migrations_off_the_schema_is_left_to_the_host() {
        DataSource ds = h2();
        runner.withBean(DataSource.class, () -> ds).withPropertyValues("vigil.jdbc.migrate=false")
                .run(context -> {
                    assertThat(context.getBean(VigilSchema.class).migrated()).isFalse();
                    assertThat(tables(ds)).isEmpty();
                    assertThat(context).doesNotHaveBean(OfficeId.class);
                });
    }

    @Test
    void without_a_data_source_nothing_is_configured() {
        runner.run(context -> assertThat(context).doesNotHaveBean(Vigil.class).doesNotHaveBean(VigilSchema.class));
    }
}
