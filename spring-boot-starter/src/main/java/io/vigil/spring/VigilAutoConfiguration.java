package io.vigil.spring;

import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.awareness.port.out.AwarenessPorts;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.guard.port.out.GuardPorts;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.incident.port.out.IncidentPorts;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.out.CrisisPorts;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.review.port.in.ReviewUseCases;
import io.vigil.soc.port.in.SocUseCases;
import io.vigil.documents.port.out.DocumentsPorts;
import io.vigil.jdbc.alerting.JdbcAlertingStores;
import io.vigil.jdbc.alerting.JdbcOutbox;
import io.vigil.jdbc.audit.JdbcAuditStores;
import io.vigil.jdbc.awareness.JdbcAwarenessStores;
import io.vigil.jdbc.travel.JdbcTravelStores;
import io.vigil.travel.port.in.TravelUseCases;
import io.vigil.travel.port.out.TravelPorts;
import io.vigil.jdbc.movement.JdbcMovementStores;
import io.vigil.jdbc.guard.JdbcGuardStores;
import io.vigil.jdbc.incident.JdbcIncidentStores;
import io.vigil.jdbc.crisis.JdbcCrisisStores;
import io.vigil.jdbc.documents.JdbcDocumentsStores;
import io.vigil.jdbc.liaison.JdbcLiaisonStores;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.liaison.port.out.LiaisonPorts;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.jdbc.risk.JdbcRiskStores;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.AccessPolicy;
import io.vigil.kernel.audit.AuditLog;
import io.vigil.kernel.audit.AuditTrail;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.movement.port.out.MovementPorts;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.out.PeoplePorts;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.risk.port.out.RiskPorts;
import io.vigil.wiring.Vigil;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Vigil's use cases as Spring beans, built with Vigil's plain constructors (no Guice): every context's
 * stores on the host's {@code DataSource}, Vigil's migrations run first, messages queued in the outbox
 * table there. Delivering them takes a {@code Dispatcher} (vigil-adapters-messaging), which the host
 * starts and closes; the starter does not. Every bean backs off when the host defines its own of that type: a {@code MessageGateway} for real
 * delivery, an {@code AccessPolicy}, a {@code Clock}, one context's ports record on its own systems.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(VigilProperties.class)
public class VigilAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public VigilAutoConfiguration() {
    }

    /**
     * Vigil's schema, migrated unless {@code vigil.jdbc.migrate=false}.
     *
     * @param dataSource the host's data source
     * @param properties the {@code vigil.*} properties
     * @return the schema every store bean depends on
     */
    @Bean
    @ConditionalOnMissingBean
    public VigilSchema vigilSchema(DataSource dataSource, VigilProperties properties) {
        return properties.jdbc().migrate()
                ? VigilSchema.migrate(dataSource, properties.jdbc().historyTable())
                : VigilSchema.managedByHost();
    }

    /**
     * The office the host acts for, when {@code vigil.office} is set.
     *
     * @param properties the {@code vigil.*} properties
     * @return the office
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("vigil.office")
    public OfficeId vigilOffice(VigilProperties properties) {
        return OfficeId.of(properties.office());
    }

    /**
     * The clock Vigil reads the time from.
     *
     * @return the system clock in UTC
     */
    @Bean
    @ConditionalOnMissingBean
    public Clock vigilClock() {
        return Clock.systemUTC();
    }

    /**
     * The audit log on JDBC.
     *
     * @param dataSource the host's data source
     * @param schema     the migrated schema
     * @return the audit log
     */
    @Bean
    @ConditionalOnMissingBean
    public AuditLog vigilAuditLog(DataSource dataSource, VigilSchema schema) {
        return new JdbcAuditStores(dataSource).open();
    }

    /**
     * The kernel every context is built from: the host's {@code AccessPolicy} bean if it has one, else
     * the default need-to-know policy.
     *
     * @param clock  the clock
     * @param audit  the audit log
     * @param policy the host's access policy, if any
     * @return the kernel
     */
    @Bean
    @ConditionalOnMissingBean
    public Kernel vigilKernel(Clock clock, AuditLog audit, ObjectProvider<AccessPolicy> policy) {
        AccessPolicy own = policy.getIfAvailable();
        return own == null ? Vigil.kernel(clock, audit) : Kernel.of(clock, own, audit);
    }

    /**
     * The personnel context's stores on JDBC.
     *
     * @param dataSource the host's data source
     * @param schema     the migrated schema
     * @return the ports record
     */
    @Bean
    @ConditionalOnMissingBean
    public PeoplePorts vigilPeoplePorts(DataSource dataSource, VigilSchema schema) {
        return new JdbcPeopleStores(dataSource).open();
    }

    /**
     * The risk context's stores on JDBC.
     *
     * @param dataSource the host's data source
     * @param schema     the migrated schema
     * @return the ports record
     */
    @Bean
    @ConditionalOnMissingBean
    public RiskPorts vigilRiskPorts(DataSource dataSource, VigilSchema schema) {
        return new JdbcRiskStores(dataSource).open();
    }

    /**
     * The alerting context's stores on JDBC.
     *
     * @param dataSource the host's data source
     * @param schema     the migrated schema
     * @return the ports record
     */
    @Bean
    @ConditionalOnMissingBean
    public AlertingPorts vigilAlertingPorts(DataSource dataSource, VigilSchema schema) {
        return new JdbcAlertingStores(dataSource).open();
    }

    /**
     * The awareness context's stores on JDBC.
     *
     * @param dataSource the host's data source
     * @param schema     the migrated schema
     * @return the ports record
     */
    @Bean
    @ConditionalOnMissingBean
    public AwarenessPorts vigilAwarenessPorts(DataSource dataSource, VigilSchema schema) {
        return new JdbcAwarenessStores(dataSource).open();
    }

    /**
     * The travel context's stores on JDBC.
     *
     * @param dataSource the host's data source
     * @param schema     the migrated schema
     * @return the ports record
     */
    @Bean
    @ConditionalOnMissingBean
    public TravelPorts vigilTravelPorts(DataSource dataSource, VigilSchema schema) {
        return new JdbcTravelStores(dataSource).open();
    }

    /**
     * The movement context's stores on JDBC.
     *
     * @param dataSource the host's data source
     * @param schema     the migrated schema
     * @return the ports record
     */
    @Bean
    @ConditionalOnMissingBean
    public MovementPorts vigilMovementPorts(DataSource dataSource, VigilSchema schema) {
        return new JdbcMovementStores(dataSource).open();
    }

    /**
     * The guard-force context's stores on JDBC.
     *
     * @param dataSource the host's data source
     * @param schema     the migrated schema
     * @return the ports record
     */
    @Bean
    @ConditionalOnMissingBean
    public GuardPorts vigilGuardPorts(DataSource dataSource, VigilSchema schema) {
        return new JdbcGuardStores(dataSource).open();
    }

    /**
     * The incident context's stores on JDBC.
     *
     * @param dataSource the host's data source
     * @param schema     the migrated schema
     * @return the ports record
     */
    @Bean
    @ConditionalOnMissingBean
    public IncidentPorts vigilIncidentPorts(DataSource dataSource, VigilSchema schema) {
        return new JdbcIncidentStores(dataSource).open();
    }

    /**
     * The crisis context's stores on JDBC.
     *
     * @param dataSource the host's data source
     * @param schema     the migrated schema
     * @return the ports record
     */
    @Bean
    @ConditionalOnMissingBean
    public CrisisPorts vigilCrisisPorts(DataSource dataSource, VigilSchema schema) {
        return new JdbcCrisisStores(dataSource).open();
    }

    /**
     * The documents context's stores on JDBC (the library, the contents, the disseminations).
     *
     * @param dataSource the host's data source
     * @param schema     the migrated schema
     * @return the ports record
     */
    @Bean
    @ConditionalOnMissingBean
    public DocumentsPorts vigilDocumentsPorts(DataSource dataSource, VigilSchema schema) {
        return new JdbcDocumentsStores(dataSource).open();
    }

    /**
     * The liaison context's stores on JDBC (organisations, contacts, the logs, meetings, action items, advice).
     *
     * @param dataSource the host's data source
     * @param schema     the migrated schema
     * @return the ports record
     */
    @Bean
    @ConditionalOnMissingBean
    public LiaisonPorts vigilLiaisonPorts(DataSource dataSource, VigilSchema schema) {
        return new JdbcLiaisonStores(dataSource).open();
    }

    /**
     * Where Vigil's messages go: the outbox table ({@code outbox}, migration V8) on the host's data
     * source, which is also the delivery log and is shared by every instance of the host on that
     * database. A {@code Dispatcher} of {@code vigil-adapters-messaging}, started by the host, delivers
     * it; a host's own {@code MessageGateway} bean replaces it.
     *
     * @param dataSource the host's data source
     * @param schema     the migrated schema
     * @return the JDBC outbox
     */
    @Bean
    @ConditionalOnMissingBean
    public MessageGateway vigilMessageGateway(DataSource dataSource, VigilSchema schema) {
        return new JdbcOutbox(dataSource);
    }

    /**
     * Every context's use cases, from {@link Vigil#create}.
     *
     * @param kernel   the kernel
     * @param people   the personnel stores
     * @param risk     the risk stores
     * @param alerting  the alerting stores
     * @param awareness the awareness stores
     * @param travel    the travel stores
     * @param movement  the movement stores
     * @param guard     the guard-force stores
     * @param incident  the incident stores
     * @param crisis    the crisis stores
     * @param documents the documents stores
     * @param liaison   the liaison stores
     * @param gateway   the message gateway
     * @return the use cases of every context
     */
    @Bean
    @ConditionalOnMissingBean
    public Vigil vigil(Kernel kernel, PeoplePorts people, RiskPorts risk, AlertingPorts alerting,
                       AwarenessPorts awareness, TravelPorts travel, MovementPorts movement, GuardPorts guard,
                       IncidentPorts incident, CrisisPorts crisis,
                       DocumentsPorts documents, LiaisonPorts liaison,
                       MessageGateway gateway) {
        return Vigil.create(kernel, people, risk, alerting, awareness, travel, movement, guard, incident, crisis,
                documents, liaison, gateway);
    }

    /**
     * The personnel and locator use cases.
     *
     * @param vigil every context's use cases
     * @return the personnel use cases
     */
    @Bean
    @ConditionalOnMissingBean
    public PeopleUseCases vigilPeople(Vigil vigil) {
        return vigil.people();
    }

    /**
     * The security risk management use cases.
     *
     * @param vigil every context's use cases
     * @return the risk use cases
     */
    @Bean
    @ConditionalOnMissingBean
    public RiskUseCases vigilRisk(Vigil vigil) {
        return vigil.risk();
    }

    /**
     * The emergency communications and accountability use cases (roll-calls, tests, on-call, ...).
     *
     * @param vigil every context's use cases
     * @return the alerting use cases
     */
    @Bean
    @ConditionalOnMissingBean
    public AlertingUseCases vigilAlerting(Vigil vigil) {
        return vigil.alerting();
    }

    /**
     * The security awareness use cases (courses, completions, briefings, compliance).
     *
     * @param vigil every context's use cases
     * @return the awareness use cases
     */
    @Bean
    @ConditionalOnMissingBean
    public AwarenessUseCases vigilAwareness(Vigil vigil) {
        return vigil.awareness();
    }

    /**
     * The travel clearance use cases (clearances, air operators, waivers, reports).
     *
     * @param vigil every context's use cases
     * @return the travel use cases
     */
    @Bean
    @ConditionalOnMissingBean
    public TravelUseCases vigilTravel(Vigil vigil) {
        return vigil.travel();
    }

    /**
     * The movement use cases (movement plans with call-ins and escalation, vehicles, drivers).
     *
     * @param vigil every context's use cases
     * @return the movement use cases
     */
    @Bean
    @ConditionalOnMissingBean
    public MovementUseCases vigilMovement(Vigil vigil) {
        return vigil.movement();
    }

    /**
     * The guard-force use cases (contracts, rosters, invoices and their certification, issues, inspections).
     *
     * @param vigil every context's use cases
     * @return the guard-force use cases
     */
    @Bean
    @ConditionalOnMissingBean
    public GuardUseCases vigilGuard(Vigil vigil) {
        return vigil.guard();
    }

    /**
     * The incident use cases (reports, enquiries, trends, export).
     *
     * @param vigil every context's use cases
     * @return the incident use cases
     */
    @Bean
    @ConditionalOnMissingBean
    public IncidentUseCases vigilIncident(Vigil vigil) {
        return vigil.incident();
    }

    /**
     * The crisis use cases (plan, team, activations, drills, continuity inputs).
     *
     * @param vigil every context's use cases
     * @return the crisis use cases
     */
    @Bean
    @ConditionalOnMissingBean
    public CrisisUseCases vigilCrisis(Vigil vigil) {
        return vigil.crisis();
    }

    /**
     * The security documents use cases (the library, dissemination with acknowledgement).
     *
     * @param vigil every context's use cases
     * @return the documents use cases
     */
    @Bean
    @ConditionalOnMissingBean
    public DocumentsUseCases vigilDocuments(Vigil vigil) {
        return vigil.documents();
    }

    /**
     * The liaison use cases (contacts and logs, meetings and action items, advice, the activity figures).
     *
     * @param vigil every context's use cases
     * @return the liaison use cases
     */
    @Bean
    @ConditionalOnMissingBean
    public LiaisonUseCases vigilLiaison(Vigil vigil) {
        return vigil.liaison();
    }

    /**
     * The periodic programme review's use cases (built from every other context's).
     *
     * @param vigil every context's use cases
     * @return the review use cases
     */
    @Bean
    @ConditionalOnMissingBean
    public ReviewUseCases vigilReview(Vigil vigil) {
        return vigil.review();
    }

    /**
     * The SOC's use cases: the cross-office overview (built from the people, alerting, movement and
     * liaison contexts').
     *
     * @param vigil every context's use cases
     * @return the SOC use cases
     */
    @Bean
    @ConditionalOnMissingBean
    public SocUseCases vigilSoc(Vigil vigil) {
        return vigil.soc();
    }

    /**
     * The audit trail's read use case.
     *
     * @param vigil every context's use cases
     * @return the audit trail
     */
    @Bean
    @ConditionalOnMissingBean
    public AuditTrail vigilAuditTrail(Vigil vigil) {
        return vigil.audit();
    }
}
