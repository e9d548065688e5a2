package io.vigil.examples;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import com.nimbusds.jose.KeySourceException;
import com.zaxxer.hikari.HikariDataSource;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.EscalationReport;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.alerting.port.out.RequestQueueing;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.crisis.port.in.SweepReport;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.examples.console.Console;
import io.vigil.examples.console.OidcSignIn;
import io.vigil.examples.demo.DemoTokens;
import io.vigil.examples.demo.alerting.DemoOnCall;
import io.vigil.examples.demo.awareness.DemoAwareness;
import io.vigil.examples.demo.bangui.DemoBangui;
import io.vigil.examples.demo.bangui.DemoOfficeProfiles;
import io.vigil.examples.demo.crisis.DemoCrisis;
import io.vigil.examples.demo.crisis.DemoRelocation;
import io.vigil.examples.demo.documents.DemoDocuments;
import io.vigil.examples.demo.guard.DemoGuard;
import io.vigil.examples.demo.incident.DemoIncident;
import io.vigil.examples.demo.liaison.DemoLiaison;
import io.vigil.examples.demo.movement.DemoMovement;
import io.vigil.examples.demo.movement.DemoVisits;
import io.vigil.examples.demo.people.DemoOffice;
import io.vigil.examples.demo.review.DemoReview;
import io.vigil.examples.demo.risk.DemoRisk;
import io.vigil.examples.demo.travel.DemoTravel;
import io.vigil.files.FilesAdapterModule;
import io.vigil.files.alerting.FileOutbox;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.jdbc.JdbcAdapterModule;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.OneTransactionDataSource;
import io.vigil.jdbc.alerting.JdbcOutbox;
import io.vigil.json.VigilJson;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.messaging.DeliveryModule;
import io.vigil.messaging.Dispatcher;
import io.vigil.messaging.RetryPolicy;
import io.vigil.messaging.SmtpTransport;
import io.vigil.messaging.Transport;
import io.vigil.messaging.WebhookTransport;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.people.domain.SpanLimits;
import io.vigil.people.domain.WardenRosterWindow;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.rest.AuthenticationLimits;
import io.vigil.rest.BearerTokens;
import io.vigil.rest.HealthCheck;
import io.vigil.rest.RestApi;
import io.vigil.rest.RestApiModule;
import io.vigil.rest.RestApiSettings;
import io.vigil.rest.RestLimits;
import io.vigil.rest.StaticBearerTokens;
import io.vigil.rest.WebPages;
import io.vigil.rest.identity.CachedKeySet;
import io.vigil.rest.identity.JwtBearerTokens;
import io.vigil.rest.identity.JwtSettings;
import io.vigil.rest.people.RosterImporter;
import io.vigil.rest.people.WardenZoneTokens;
import io.vigil.rest.risk.AssessmentReports;
import io.vigil.review.port.in.ReviewUseCases;
import io.vigil.soc.port.in.SocUseCases;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.travel.port.in.TravelUseCases;
import io.vigil.wiring.VigilCoreModule;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference app: the composition root that wires Vigil with Guice and serves it over HTTP,
 * to the bearer tokens of {@code VIGIL_TOKENS_FILE} and the JWTs of the identity provider
 * {@code VIGIL_OIDC_*} configures; with {@code VIGIL_DEMO=true} it also seeds a
 * demo country office on first start and accepts the demo tokens. Configure it with environment variables
 * ({@link AppConfig}).
 */
public final class ReferenceApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceApp.class);
    /** The database lock the demo seeding runs under (a PostgreSQL advisory lock key: "VIGILDEM" in ASCII). */
    static final long DEMO_SEED_LOCK = 0x5649_4749_4c44_454dL;

    private final RestApi api;
    private final Optional<HikariDataSource> dataSource;
    private final StoreHealth health;
    private final ScheduledExecutorService escalations;
    private final BackgroundRequests requests;
    private final Dispatcher dispatcher;

    private ReferenceApp(RestApi api, Optional<HikariDataSource> dataSource, StoreHealth health,
                         ScheduledExecutorService escalations, BackgroundRequests requests, Dispatcher dispatcher) {
        this.api = api;
        this.dataSource = dataSource;
        this.health = health;
        this.escalations = escalations;
        this.requests = requests;
        this.dispatcher = dispatcher;
    }

    public static void main(String[] args) {
        ReferenceApp app;
        try {
            app = start(AppConfig.fromEnvironment(System.getenv()));
        } catch (IllegalArgumentException e) {
            LOG.error("Vigil cannot start: {}", e.getMessage());
            Runtime.getRuntime().exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "vigil-shutdown"));
    }

    /** Wires, seeds the demo office (on first start, when asked) and starts the app. */
    static ReferenceApp start(AppConfig config) {
        Map<String, Actor> tokens = new LinkedHashMap<>(config.tokensFile().map(TokensFile::read).orElse(Map.of()));
        Optional<CachedKeySet> keys = config.oidc().map(ReferenceApp::keys);
        Optional<BearerTokens> jwts = config.oidc().map(oidc -> new JwtBearerTokens(oidc.jwt(), keys.orElseThrow(),
                Clock.systemUTC()));
        Optional<OidcSignIn> oidcSignIn = config.oidc().flatMap(oidc -> oidc.client().map(client -> new OidcSignIn(
                client, new JwtBearerTokens(new JwtSettings(oidc.jwt().issuer(), client.clientId(),
                        oidc.jwt().clockSkew(), oidc.jwt().claims()), keys.orElseThrow(), Clock.systemUTC()),
                Clock.systemUTC())));
        requireFreePort(config);
        Optional<HikariDataSource> dataSource = Optional.empty();
        Optional<OneTransactionDataSource> once = Optional.empty();
        Module storage;
        StoreHealth health;
        MessageGateway outbox;
        String outboxPlace;
        if (config.store() == AppConfig.Store.FILES) {
            Path json = config.dataDir().resolve("json");
            try {
                Files.createDirectories(json);
            } catch (IOException e) {
                throw new IllegalArgumentException("VIGIL_DATA_DIR: cannot create " + json.toAbsolutePath() + " ("
                        + e + ")", e);
            }
            if (config.demo()) {
                FilesSeeding.seedOnce(config.dataDir(), json, staging -> seedDemo(Guice.createInjector(
                        new VigilCoreModule(), new FilesAdapterModule(staging), gatewayModule(config))));
            }
            storage = new FilesAdapterModule(json);
            health = StoreHealth.files(json);
            Path journal = config.dataDir().resolve("outbox");
            outbox = new FileOutbox(journal, VigilJson.mapper());
            outboxPlace = journal.toAbsolutePath().toString();
        } else {
            HikariDataSource ds = config.dbUrl()
                    .map(url -> JdbcDataSources.pool(url, config.dbUser(), config.dbPassword()))
                    .orElseGet(() -> JdbcDataSources.sqliteFile(config.embeddedDatabaseDir()));
            dataSource = Optional.of(ds);
            JdbcMigrations.migrate(ds);
            OneTransactionDataSource stores = new OneTransactionDataSource(ds);
            once = Optional.of(stores);
            storage = new JdbcAdapterModule(stores);
            health = StoreHealth.jdbc(ds, stores.writeHealth());
            outbox = new JdbcOutbox(stores);
            outboxPlace = "the database's outbox table";
        }
        LOG.info("Vigil reference app: data in {}; outgoing messages in {}", config.describeStore(), outboxPlace);
        MessageGateway gateway = outbox;
        BackgroundRequests requests = new BackgroundRequests();
        Injector core = Guice.createInjector(new VigilCoreModule(), storage, new AbstractModule() {
            @Override
            protected void configure() {
                bind(MessageGateway.class).toInstance(gateway);
                OptionalBinder.newOptionalBinder(binder(), RequestQueueing.class).setBinding().toInstance(requests);
                OptionalBinder.newOptionalBinder(binder(), SpanLimits.class).setBinding()
                        .toInstance(config.limits().spans());
                OptionalBinder.newOptionalBinder(binder(), WardenRosterWindow.class).setBinding()
                        .toInstance(config.limits().rosterWindow());
            }
        }, new DeliveryModule(transports(config), RetryPolicy.standard(), Dispatcher.Settings.standard()));
        Dispatcher dispatcher = core.getInstance(Dispatcher.class);
        PeopleUseCases people = core.getInstance(PeopleUseCases.class);
        AlertingUseCases alerting = core.getInstance(AlertingUseCases.class);
        Optional<OneTransactionDataSource> seedingDb = once;
        Map<String, Actor> demoTokens = !config.demo() ? Map.of() : seedingDb
                .map(db -> db.once(DEMO_SEED_LOCK, () -> seedDemo(core, people, alerting)))
                .orElseGet(() -> seedDemo(core, people, alerting));
        requests.inBackground();
        demoTokens.forEach((token, actor) -> {
            if (tokens.putIfAbsent(token, actor) != null) {
                throw new IllegalArgumentException(TokensFile.VARIABLE + " names the demo token " + token);
            }
        });
        List<BearerTokens> sources = new ArrayList<>(List.of(new StaticBearerTokens(tokens)));
        jwts.ifPresent(sources::add);
        BearerTokens bearer = new WardenZoneTokens(BearerTokens.anyOf(sources), people.zones());
        Console.Programme programme = new Console.Programme(core.getInstance(TravelUseCases.class), core.getInstance(CrisisUseCases.class),
                core.getInstance(GuardUseCases.class), core.getInstance(DocumentsUseCases.class),
                core.getInstance(MovementUseCases.class), core.getInstance(IncidentUseCases.class),
                core.getInstance(LiaisonUseCases.class), core.getInstance(ReviewUseCases.class),
                core.getInstance(SocUseCases.class));
        Console console = Console.of(config.console(), bearer, demoTokens, people, core.getInstance(RiskUseCases.class),
                alerting, core.getInstance(AwarenessUseCases.class), programme, oidcSignIn, core.getInstance(Clock.class));
        RestApi api = start(core.createChildInjector(new RestApiModule(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(RestApiSettings.class).toInstance(new RestApiSettings(config.host(), config.port(),
                        config.smsSecret()));
                bind(BearerTokens.class).toInstance(bearer);
                Multibinder.newSetBinder(binder(), WebPages.class).addBinding().toInstance(console);
                OptionalBinder.newOptionalBinder(binder(), AuthenticationLimits.class).setBinding()
                        .toInstance(config.authLimits());
                OptionalBinder.newOptionalBinder(binder(), RosterImporter.class).setBinding()
                        .to(FilesRosterImporter.class);
                OptionalBinder.newOptionalBinder(binder(), AssessmentReports.class).setBinding()
                        .to(FilesSraReports.class);
                OptionalBinder.newOptionalBinder(binder(), HealthCheck.class).setBinding().toInstance(health);
                OptionalBinder.newOptionalBinder(binder(), RestLimits.class).setBinding()
                        .toInstance(config.limits().rest());
            }
        }).getInstance(RestApi.class), config, dataSource);
        config.tokensFile().ifPresent(file -> LOG.info("Bearer tokens: {} from {} ({})", tokens.size()
                - demoTokens.size(), TokensFile.VARIABLE, file.toAbsolutePath()));
        if (config.demo()) {
            LOG.info("Demo bearer tokens (VIGIL_DEMO=true; every request needs 'Authorization: Bearer <token>'):");
            demoTokens.forEach((token, actor) -> LOG.info("  {}  {} {}", String.format("%-21s", token),
                    actor.roles(), actor.subject()));
            LOG.info("The console: http://localhost:{}/console/ (pick a demo identity to sign in)", api.port());
            LOG.info("Try: curl -H 'Authorization: Bearer demo-officer' http://localhost:{}/api/v1/persons",
                    api.port());
            LOG.info("The quarterly programme review: curl -H 'Authorization: Bearer demo-manager'"
                    + " 'http://localhost:{}/api/v1/review.pdf{}' > review.pdf (also .md, .html and JSON)", api.port(),
                    DemoReview.quarterUpTo(Instant.now()).query());
        }
        if (config.smsSecret().filter(AppConfig.DEMO_SMS_SECRET::equals).isPresent()) {
            LOG.info("SMS replies: POST /api/v1/inbound/sms/{} signed with the demo secret '{}' (set"
                    + " VIGIL_SMS_SECRET for anything but a demo)", DemoOffice.OFFICE, AppConfig.DEMO_SMS_SECRET);
        } else if (config.smsSecret().isEmpty()) {
            LOG.info("SMS replies are not served: set VIGIL_SMS_SECRET to accept them");
        }
        config.oidc().ifPresent(oidc -> LOG.info("Bearer JWTs ({}): {}", OidcConfig.PREFIX + "*", oidc.describe()));
        LOG.info("Failed authentications: {} per client address in {} s, then 429 (VIGIL_AUTH_*)",
                config.authLimits().maxFailures(), config.authLimits().window().toSeconds());
        Set<OfficeId> offices = new TreeSet<>(Comparator.comparing(OfficeId::value));
        tokens.values().forEach(actor -> offices.add(actor.office()));
        config.oidc().ifPresent(oidc -> offices.addAll(oidc.jwt().claims().offices()));
        ScheduledExecutorService sweeps = sweep(alerting, core.getInstance(MovementUseCases.class), offices,
                config.escalationSeconds());
        crisisSweep(sweeps, core.getInstance(CrisisUseCases.class), offices, config.escalationSeconds());
        return new ReferenceApp(api, dataSource, health, sweeps, requests, dispatcher);
    }

    /**
     * The identity provider's key set (for its bearer JWTs and the console's ID tokens), fetched
     * once now: a key set file that cannot be read or parsed stops the start; an issuer that cannot
     * be reached yet is logged, and JWTs are answered 503 until its keys can be fetched.
     */
    private static CachedKeySet keys(OidcConfig oidc) {
        CachedKeySet keys = oidc.keys(Clock.systemUTC());
        try {
            keys.refresh();
        } catch (KeySourceException e) {
            if (oidc.fromFile()) {
                throw new IllegalArgumentException(OidcConfig.JWKS_FILE + ": " + e.getMessage(), e);
            }
            LOG.warn("The identity provider's key set cannot be fetched yet ({}); JWTs are answered 503 until it can",
                    e.getMessage());
        }
        return keys;
    }

    /**
     * Refuses a port that is taken before anything is migrated or seeded; the API's own start
     * reports it again should another process take it in between.
     */
    private static void requireFreePort(AppConfig config) {
        if (config.port() == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(config.host(), config.port()));
        } catch (IOException e) {
            throw cannotListen(config, e);
        }
    }

    private static RestApi start(RestApi api, AppConfig config, Optional<HikariDataSource> dataSource) {
        try {
            return api.start();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException bind) {
                    dataSource.ifPresent(HikariDataSource::close);
                    throw cannotListen(config, bind);
                }
            }
            throw e;
        }
    }

    private static IllegalArgumentException cannotListen(AppConfig config, IOException e) {
        String where = config.host() + ":" + config.port();
        if (e instanceof BindException && String.valueOf(e.getMessage()).contains("in use")) {
            return new IllegalArgumentException("VIGIL_PORT " + config.port() + " is in use on " + config.host()
                    + ": stop what listens there or choose another VIGIL_PORT", e);
        }
        return new IllegalArgumentException("cannot listen on " + where + " (" + e.getMessage() + "): check"
                + " VIGIL_HOST and VIGIL_PORT", e);
    }

    /**
     * Seeds the demo office on its first start; returns the demo tokens, in the order they are printed.
     * On JDBC it runs as one transaction under {@link #DEMO_SEED_LOCK}: a start killed while seeding leaves
     * nothing seeded, and of two instances starting at once on an empty database one seeds, the other
     * waits and finds it seeded. On JSON files, {@link FilesSeeding} gives the same.
     */
    private static Map<String, Actor> seedDemo(Injector core) {
        return seedDemo(core, core.getInstance(PeopleUseCases.class), core.getInstance(AlertingUseCases.class));
    }

    private static Map<String, Actor> seedDemo(Injector core, PeopleUseCases people, AlertingUseCases alerting) {
        LOG.info("Demo office: seeding it unless it is there");
        DemoOffice demo = new DemoOffice(people);
        Instant now = core.getInstance(Clock.class).instant();
        new DemoOfficeProfiles(people).seedIfEmpty();
        if (demo.seedIfEmpty(now)) {
            LOG.info("First start: seeded the demo office {}", DemoOffice.OFFICE);
        }
        new DemoRisk(core.getInstance(RiskUseCases.class), people).seedIfEmpty(now);
        new DemoOnCall(alerting, people).seedIfEmpty(now);
        new DemoAwareness(core.getInstance(AwarenessUseCases.class), people).seedIfEmpty(now);
        new DemoTravel(core.getInstance(TravelUseCases.class), people, core.getInstance(AwarenessUseCases.class))
                .seedIfEmpty(now);
        new DemoMovement(core.getInstance(MovementUseCases.class)).seedIfEmpty(now, demo.find(DemoOffice.WARDEN_NAME),
                DemoOffice.WARDEN_NAME, List.of(demo.find(DemoOffice.STAFF_NAME)));
        new DemoVisits(core.getInstance(MovementUseCases.class), core.getInstance(RiskUseCases.class)).seedIfEmpty(now,
                List.of(demo.find(DemoOffice.STAFF_NAME), demo.find(DemoOffice.WARDEN_NAME)));
        new DemoIncident(core.getInstance(IncidentUseCases.class), demo.find(DemoOffice.STAFF_NAME)).seedIfEmpty(now);
        new DemoGuard(core.getInstance(GuardUseCases.class), core.getInstance(RiskUseCases.class)).seedIfEmpty();
        new DemoCrisis(core.getInstance(CrisisUseCases.class), people).seedIfEmpty(now);
        new DemoRelocation(core.getInstance(CrisisUseCases.class).relocation()).seedIfEmpty();
        new DemoDocuments(core.getInstance(DocumentsUseCases.class)).seedIfEmpty(now);
        new DemoLiaison(core.getInstance(LiaisonUseCases.class), demo.find(DemoOffice.STAFF_NAME),
                demo.find(DemoOffice.WARDEN_NAME)).seedIfEmpty(now);
        Map<String, Actor> tokens = DemoTokens.table(demo.find(DemoOffice.STAFF_NAME),
                demo.find(DemoOffice.WARDEN_NAME));
        tokens.putAll(DemoBangui.seedIfEmpty(core, people, now));
        return tokens;
    }

    /**
     * The outbox of the demo seeding on JSON files, which runs before the app's own injector exists:
     * the app's own journal, so the demo's requests are delivered once the app runs.
     */
    private static Module gatewayModule(AppConfig config) {
        Path outbox = config.dataDir().resolve("outbox");
        return new AbstractModule() {
            @Override
            protected void configure() {
                bind(MessageGateway.class).toInstance(new FileOutbox(outbox, VigilJson.mapper()));
            }
        };
    }

    /**
     * The transports: e-mail and the SMS/app webhook when configured. Every message is recorded in
     * the outbox (the database's table, or the file journal on the files store) and delivered from
     * there in the background; an id found there is never queued again, and messages of channels
     * without a transport stay queued.
     */
    private static Map<Channel, Transport> transports(AppConfig config) {
        Map<Channel, Transport> transports = new EnumMap<>(Channel.class);
        config.smtp().ifPresent(smtp -> transports.put(Channel.EMAIL, new SmtpTransport(smtp)));
        config.webhook().ifPresent(hook -> {
            Transport bridge = new WebhookTransport(hook.url(), hook.secret(), VigilJson.mapper(),
                    Duration.ofSeconds(10), Clock.systemUTC());
            transports.put(Channel.SMS, bridge);
            transports.put(Channel.APP, bridge);
        });
        LOG.info("Message channels: {} delivered in the background, every message recorded in the outbox",
                transports.isEmpty() ? "none" : transports.keySet());
        return transports;
    }

    /**
     * Sweeps the open roll-calls and the tracked movements of every office a token acts in for due
     * escalations every {@code seconds}, as the SOC would; a failed sweep is logged and the next one
     * tries again.
     */
    private static ScheduledExecutorService sweep(AlertingUseCases alerting, MovementUseCases movement,
                                                  Set<OfficeId> offices, int seconds) {
        List<Actor> socs = offices.stream().map(office -> Actor.of("vigil-escalation-sweep", office,
                Role.SOC_OPERATOR)).toList();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "vigil-escalations");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> socs.forEach(soc -> {
            try {
                EscalationReport report = alerting.rollCalls().escalateAll(soc);
                if (report.sent() > 0) {
                    LOG.info("Roll-call escalations in {}: {} messages sent", soc.office(), report.sent());
                }
                report.warnings().forEach(w -> LOG.warn("Roll-call escalation: {}", w));
            } catch (RuntimeException e) {
                LOG.error("Roll-call escalation sweep of {} failed; retrying in {} s", soc.office(), seconds, e);
            }
            try {
                EscalationReport report = movement.movements().escalateAll(soc);
                if (report.sent() > 0) {
                    LOG.info("Movement escalations in {}: {} messages sent", soc.office(), report.sent());
                }
            } catch (RuntimeException e) {
                LOG.error("Movement escalation sweep of {} failed; retrying in {} s", soc.office(), seconds, e);
            }
        }), seconds, seconds, TimeUnit.SECONDS);
        return executor;
    }

    /**
     * Reminds, on the sweeps' thread every {@code seconds}, the owners of the crisis activations'
     * situation-report topics whose update is due, as the SOC would; a failed sweep is logged and the
     * next one tries again.
     */
    private static void crisisSweep(ScheduledExecutorService executor, CrisisUseCases crisis, Set<OfficeId> offices,
                                    int seconds) {
        List<Actor> socs = offices.stream().map(office -> Actor.of("vigil-crisis-sweep", office,
                Role.SOC_OPERATOR)).toList();
        executor.scheduleWithFixedDelay(() -> socs.forEach(soc -> {
            try {
                SweepReport report = crisis.activations().remindDue(soc);
                if (report.sent() > 0) {
                    LOG.info("Situation-report reminders in {}: {} messages sent", soc.office(), report.sent());
                }
                report.warnings().forEach(w -> LOG.warn("Situation-report reminder: {}", w));
            } catch (RuntimeException e) {
                LOG.error("Situation-report sweep of {} failed; retrying in {} s", soc.office(), seconds, e);
            }
        }), seconds, seconds, TimeUnit.SECONDS);
    }

    /** The HTTP port the app listens on. */
    int port() {
        return api.port();
    }

    /** The JDBC data source, when the app uses one (tests close it under the app). */
    Optional<HikariDataSource> dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        escalations.shutdownNow();
        api.close();
        requests.close();
        dispatcher.close();
        health.close();
        dataSource.ifPresent(HikariDataSource::close);
        LOG.info("Vigil reference app stopped");
    }
}
