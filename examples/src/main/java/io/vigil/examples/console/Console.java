package io.vigil.examples.console;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.awareness.port.in.AwarenessUseCases;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.documents.port.in.DocumentsUseCases;
import io.vigil.guard.port.in.GuardUseCases;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.kernel.InvalidValueException;
import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.store.StorageException;
import io.vigil.kernel.store.VersionConflictException;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.movement.port.in.MovementUseCases;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.rest.BearerTokens;
import io.vigil.rest.TokenRefusedException;
import io.vigil.rest.WebPages;
import io.vigil.review.port.in.ReviewUseCases;
import io.vigil.soc.port.in.SocUseCases;
import io.vigil.risk.port.in.RiskUseCases;
import io.vigil.travel.port.in.TravelUseCases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The officer's web console, served by the reference app beside the API on the same port under
 * {@code /console}: server-rendered pages (JTE) with htmx for the live parts and Leaflet for the
 * map, both from their WebJars. A viewer signs in by picking one of the demo identities (demo mode)
 * or with a bearer token the API accepts, or, when an identity provider is configured, through its
 * OpenID Connect authorization-code flow ({@link OidcSignIn}); the session (an HttpOnly, SameSite=Strict cookie, Secure
 * when configured) keeps the token on the server, and every request resolves the actor from it and
 * calls the contexts' use cases with it, so the access policy decides what each page shows and
 * every read is audited as any other. Every form carries a CSRF token; pages allow no inline script
 * or style; failures are HTML pages naming no class and no stack frame.
 */
public final class Console implements WebPages {
    /** The path the console is served under. */
    public static final String PREFIX = "/console";
    private static final Logger LOG = LoggerFactory.getLogger(Console.class);
    private static final String HTMX = "META-INF/resources/webjars/htmx.org/2.0.4/dist/htmx.min.js";
    private static final String LEAFLET = "META-INF/resources/webjars/leaflet/1.9.4/dist/";
    /** The assets served, by name: the WebJars' files and the console's own. */
    private static final Map<String, String[]> ASSETS = Map.of(
            "htmx.min.js", new String[] {HTMX, "text/javascript"},
            "leaflet.js", new String[] {LEAFLET + "leaflet.js", "text/javascript"},
            "leaflet.css", new String[] {LEAFLET + "leaflet.css", "text/css"},
            "console.css", new String[] {"io/vigil/examples/console/console.css", "text/css"},
            "console.js", new String[] {"io/vigil/examples/console/console.js", "text/javascript"},
            "map.js", new String[] {"io/vigil/examples/console/map.js", "text/javascript"});

    private final ConsoleSettings settings;
    private final BearerTokens tokens;
    private final Map<String, Actor> identities;
    private final List<Screen> screens;
    private final ConsoleSessions sessions;
    private final SignInLimits limits;
    private final Pages pages;
    private final Clock clock;
    private final String cookie;
    private final Map<String, byte[]> assets = new LinkedHashMap<>();
    private final Optional<OidcSignIn> oidc;
    private final String oidcCookie;

    /**
     * The console over the given screens.
     *
     * @param identities the identities a viewer may pick at sign-in (the demo token table, token to
     *                   actor); empty outside the demo, where a viewer signs in with a bearer token
     */
    Console(ConsoleSettings settings, BearerTokens tokens, Map<String, Actor> identities, List<Screen> screens,
            Function<OfficeId, ZoneId> zones, Languages languages, Optional<OidcSignIn> oidc, Clock clock) {
        this.zones = zones;
        this.languages = languages;
        this.languageCookie = settings.secureCookie() ? "__Host-vigil-language" : "vigil-language";
        this.oidc = oidc;
        this.oidcCookie = settings.secureCookie() ? "__Secure-vigil-oidc" : "vigil-oidc";
        this.settings = settings;
        this.tokens = tokens;
        this.identities = Map.copyOf(new LinkedHashMap<>(identities));
        this.screens = List.copyOf(screens);
        this.sessions = new ConsoleSessions(clock);
        this.limits = new SignInLimits(clock);
        this.pages = new Pages(settings);
        this.clock = clock;
        this.cookie = settings.secureCookie() ? "__Host-vigil-console" : "vigil-console";
        ASSETS.forEach((name, where) -> assets.put(name, read(where[0])));
        this.identityOrder = List.copyOf(identities.keySet());
    }

    private final List<String> identityOrder;
    /** The time zone of each office, from its profile: the console writes instants in the viewer's. */
    private final Function<OfficeId, ZoneId> zones;
    private final Languages languages;
    /** The cookie keeping the language the viewer chose in the console (a year, this browser). */
    private final String languageCookie;

    /**
     * Where the viewer's language comes from: the language the signed-in actor's person prefers (read
     * once, at sign-in, and audited naming them; empty for an actor without a person or who may not
     * read it) and each office's default (not audited: it names nobody).
     */
    record Languages(Function<Actor, Optional<Language>> preferred, Function<OfficeId, Language> office) {
    }

    /**
     * The console with every screen of the contexts there are: today, roll-calls, people, risk, the map,
     * travel clearances, movements, incidents, crisis, relocation, guard force, documents, liaison, the
     * programme review and the SOC's overview of the offices.
     */
    public static Console of(ConsoleSettings settings, BearerTokens tokens, Map<String, Actor> identities,
                             PeopleUseCases people, RiskUseCases risk, AlertingUseCases alerting,
                             AwarenessUseCases awareness, Programme programme, Optional<OidcSignIn> oidc,
                             Clock clock) {
        return new Console(settings, tokens, identities, List.of(
                new TodayScreen(people, risk, alerting, awareness, programme),
                new RollCallScreen(people, alerting),
                new PeopleScreen(people),
                new RiskScreen(risk),
                new MapScreen(people, risk, alerting, settings),
                new TravelScreen(programme.travel(), people), new MovementScreen(programme.movement(), people),
                new IncidentScreen(programme.incident()),
                new CrisisScreen(programme.crisis()), new RelocationScreen(programme.crisis().relocation()),
                new GuardScreen(programme.guard()), new DocumentsScreen(programme.documents()),
                new LiaisonScreen(programme.liaison()), new ReviewScreen(programme.review()),
                new SocScreen(programme.soc())),
                office -> people.offices().zoneOf(office).orElse(ZoneOffset.UTC),
                new Languages(people.persons()::preferredLanguage, alerting.messages()::defaultLanguageOf),
                oidc, clock);
    }


    /**
     * The use cases of the security programme's contexts whose screens the console shows (travel,
     * movements, incidents, crisis, guard force, documents, liaison, the programme review, the SOC's overview) and whose overdue
     * items its today page lists.
     */
    public record Programme(TravelUseCases travel, CrisisUseCases crisis, GuardUseCases guard, DocumentsUseCases documents,
                            MovementUseCases movement, IncidentUseCases incident, LiaisonUseCases liaison,
                            ReviewUseCases review, SocUseCases soc) {
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void register(JavalinConfig config) {
        Routes routes = new Routes(config);
        config.routes.addHttpHandler(HandlerType.GET, "/", ctx -> ctx.redirect(PREFIX + "/", HttpStatus.SEE_OTHER));
        config.routes.addHttpHandler(HandlerType.GET, PREFIX + "/sign-in", this::signInPage);
        config.routes.addHttpHandler(HandlerType.POST, PREFIX + "/sign-in", this::signIn);
        config.routes.addHttpHandler(HandlerType.POST, PREFIX + "/sign-out", this::signOut);
        config.routes.addHttpHandler(HandlerType.GET, PREFIX + "/sign-in/oidc", this::oidcStart);
        config.routes.addHttpHandler(HandlerType.GET, OidcSignIn.CALLBACK_PATH, this::oidcCallback);
        config.routes.addHttpHandler(HandlerType.GET, PREFIX + "/assets/{name}", this::asset);
        routes.form("/language", this::chooseLanguage);
        screens.forEach(s -> s.register(routes));
    }

    @Override
    public void error(Context ctx, int status) {
        String title = switch (status) {
            case 400 -> "error.bad-request";
            case 403 -> "error.not-allowed";
            case 404 -> "error.not-found";
            case 405 -> "error.method-not-allowed";
            case 409 -> "error.refused";
            case 413 -> "error.too-large";
            case 502, 503 -> "error.provider-unavailable";
            default -> status >= 500 ? "error.went-wrong" : "error.request-refused";
        };
        String detail = switch (status) {
            case 404 -> "There is no page at " + ctx.path() + ".";
            case 405 -> ctx.method().name() + " is not allowed on " + ctx.path() + ".";
            default -> status >= 500 ? "The console could not answer; the failure is in the app's log." : "";
        };
        errorPage(ctx, status, title, detail.isEmpty() ? List.of() : List.of(detail));
    }

    /** How many sessions the console keeps now. */
    int sessions() {
        return sessions.size();
    }

    /** An error page titled by the label {@code titleKey}, in the viewer's language; the details as given. */
    private void errorPage(Context ctx, int status, String titleKey, List<String> details) {
        Optional<ConsoleSessions.Session> session = sessions.find(ctx.cookie(cookie));
        String csrf = session.map(ConsoleSessions.Session::csrf).orElse("");
        Optional<ConsoleSessions.Session> signed = session.filter(ConsoleSessions.Session::signedIn);
        ConsoleLabels labels = labels(ctx, signed, signed.flatMap(this::actorOf));
        String title = labels.t(titleKey);
        Frame frame = signed.isPresent()
                ? new Frame(title, "", Optional.of(labels.t("layout.signed-in")), csrf, navigation(), labels, here(ctx))
                : Frame.anonymous(title, csrf, labels);
        pages.send(ctx, status, pages.render("error.jte", new ErrorPage(frame, status, title, details)));
    }

    /**
     * The labels in the viewer's language: the one chosen in the console (its cookie), else the
     * one their person prefers, else their office's default, else English.
     */
    private ConsoleLabels labels(Context ctx, Optional<ConsoleSessions.Session> session, Optional<Actor> actor) {
        return ConsoleLabels.of(ConsoleLabels.choose(ctx.cookie(languageCookie),
                session.flatMap(ConsoleSessions.Session::preferred),
                actor.map(a -> languages.office().apply(a.office()))));
    }

    /** The page's path under the console, with its query, for the language selector to come back to. */
    private static String here(Context ctx) {
        String path = ctx.path().startsWith(PREFIX) ? ctx.path().substring(PREFIX.length()) : "/";
        String query = ctx.queryString();
        String here = (path.isEmpty() ? "/" : path) + (query == null || query.isEmpty() ? "" : "?" + query);
        return here.length() > MAX_BACK ? "/" : here;
    }

    /** The longest path the language selector comes back to (a longer one goes back to today). */
    static final int MAX_BACK = 2_000;

    /** The language selector: keeps the choice in a cookie (a year) and goes back to the page it was on. */
    private String chooseLanguage(Request r) {
        Fields f = new Fields();
        Optional<Language> language = f.parsed("language", r.form("language"), Language::of, "one of en, es, fr");
        if (language.isEmpty() && (r.form("language") == null || r.form("language").isBlank())) {
            f.bad("language", "must be one of en, es, fr");
        }
        Optional<String> back = f.text("back", r.form("back"), MAX_BACK);
        if (back.isPresent() && (!back.get().startsWith("/") || back.get().startsWith("//")
                || back.get().contains("\\") || back.get().chars().anyMatch(ch -> ch <= ' ' || ch == 0x7f))) {
            f.bad("back", "must be a path of the console");
        }
        f.check();
        r.ctx.cookie(new Cookie(languageCookie, language.orElseThrow().value(), "/", (int) Duration.ofDays(365)
                .toSeconds(), settings.secureCookie(), true, null, SameSite.STRICT));
        return back.orElse("/");
    }

    private List<Frame.Nav> navigation() {
        return screens.stream().flatMap(s -> s.nav().stream()).toList();
    }

    private void signInPage(Context ctx) {
        ConsoleSessions.Session session = sessions.find(ctx.cookie(cookie)).orElseGet(() -> {
            ConsoleSessions.Session s = sessions.start();
            setCookie(ctx, s.id());
            return s;
        });
        if (session.signedIn()) {
            ctx.redirect(PREFIX + "/", HttpStatus.SEE_OTHER);
            return;
        }
        signInForm(ctx, session, 200, Optional.empty());
    }

    private void signInForm(Context ctx, ConsoleSessions.Session session, int status, Optional<String> problem) {
        List<SignInPage.Identity> choices = identityOrder.stream().map(t -> {
            Actor a = identities.get(t);
            return new SignInPage.Identity(t, a.subject(), a.roles().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining(", ")));
        }).toList();
        pages.send(ctx, status, pages.render("signin.jte", new SignInPage(Frame.anonymous(
                labels(ctx, Optional.empty(), Optional.empty()).t("signin.title"), session.csrf(),
                labels(ctx, Optional.empty(), Optional.empty())),
                choices, oidc.map(OidcSignIn::providerName), problem)));
    }

    private void signIn(Context ctx) {
        Optional<ConsoleSessions.Session> found = sessions.find(ctx.cookie(cookie));
        if (found.isEmpty() || !found.get().csrfMatches(ctx.formParam("csrf"))) {
            errorPage(ctx, 403, "error.not-allowed", List.of("The sign-in form has expired: open the sign-in page again."));
            return;
        }
        ConsoleSessions.Session session = found.get();
        String identity = ctx.formParam("identity");
        String token = ctx.formParam("token");
        String chosen = identity != null && !identity.isBlank() ? identity.strip() : token == null ? "" : token.strip();
        if (identity != null && !identity.isBlank() && !identities.containsKey(chosen)) {
            signInForm(ctx, session, 400, Optional.of("identity: not one of the identities offered"));
            return;
        }
        if (chosen.isEmpty() || chosen.length() > 8_192) {
            signInForm(ctx, session, 400, Optional.of(identities.isEmpty() ? "token: must be given (at most 8,192"
                    + " characters)" : "identity: pick one"));
            return;
        }
        boolean picked = identity != null && !identity.isBlank();
        Optional<Duration> wait = picked ? Optional.empty() : limits.wait(ctx.ip());
        if (wait.isPresent()) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
            signInForm(ctx, session, 429, Optional.of("Too many failed sign-ins from your address: try again in "
                    + Math.max(1, wait.get().toSeconds()) + " s"));
            return;
        }
        Optional<Actor> actor = actorFor(chosen);
        if (actor.isEmpty()) {
            if (!picked) {
                limits.failed(ctx.ip());
            }
            signInForm(ctx, session, 401, Optional.of("token: not accepted"));
            return;
        }
        ConsoleSessions.Session signed = sessions.signIn(session, chosen, languages.preferred().apply(actor.get()));
        setCookie(ctx, signed.id());
        LOG.info("Console: {} signed in", actor.get().subject());
        ctx.redirect(PREFIX + "/", HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        Optional<ConsoleSessions.Session> found = sessions.find(ctx.cookie(cookie));
        if (found.isPresent() && !found.get().csrfMatches(ctx.formParam("csrf"))) {
            errorPage(ctx, 403, "error.not-allowed", List.of("The form has expired: reload the page and sign out again."));
            return;
        }
        found.ifPresent(s -> sessions.end(s.id()));
        setCookie(ctx, "");
        Optional<java.net.URI> logout = found.flatMap(ConsoleSessions.Session::oidc)
                .flatMap(o -> oidc.flatMap(p -> p.logout(o.idToken())));
        if (logout.isPresent()) {
            // a page with a link, not a redirect: the CSP's form-action would stop a form's redirect to the provider
            ConsoleLabels labels = labels(ctx, Optional.empty(), Optional.empty());
            String provider = oidc.orElseThrow().providerName();
            pages.send(ctx, 200, pages.render("oidc.jte", new OidcPage(Frame.anonymous(labels.t("title.signed-out"), "",
                    labels), labels.t("title.signed-out"), labels.t("signin.signed-out-still-at", provider),
                    logout.get().toString(), labels.t("signin.sign-out-at", provider))));
            return;
        }
        ctx.redirect(PREFIX + "/sign-in", HttpStatus.SEE_OTHER);
    }

    /** Sends the viewer to the identity provider, with a new state bound to this browser by a cookie. */
    private void oidcStart(Context ctx) {
        if (oidc.isEmpty()) {
            error(ctx, 404);
            return;
        }
        OidcSignIn.Started started;
        try {
            started = oidc.get().start();
        } catch (OidcSignIn.Refused e) {
            errorPage(ctx, e.status(), e.status() >= 500 ? "error.provider-unavailable" : "error.sign-in-refused",
                    List.of(e.getMessage()));
            return;
        }
        // SameSite=Lax: the provider sends the viewer back with a cross-site navigation, which a Strict cookie misses
        ctx.cookie(new Cookie(oidcCookie, started.binding(), OidcSignIn.CALLBACK_PATH,
                (int) OidcSignIn.PENDING_FOR.toSeconds(), settings.secureCookie(), true, null, SameSite.LAX));
        ctx.redirect(started.authorization().toString(), HttpStatus.SEE_OTHER);
    }

    /** The provider's answer: the state, the code exchanged, the ID token checked, then a session. */
    private void oidcCallback(Context ctx) {
        if (oidc.isEmpty()) {
            error(ctx, 404);
            return;
        }
        Optional<Duration> wait = limits.wait(ctx.ip());
        if (wait.isPresent()) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
            errorPage(ctx, 429, "error.too-many-sign-ins", List.of("Too many failed sign-ins from your address: try again"
                    + " in " + Math.max(1, wait.get().toSeconds()) + " s"));
            return;
        }
        String binding = ctx.cookie(oidcCookie);
        ctx.cookie(new Cookie(oidcCookie, "", OidcSignIn.CALLBACK_PATH, 0, settings.secureCookie(), true, null,
                SameSite.LAX));
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : List.of("state", "code", "error")) {
            Optional.ofNullable(ctx.queryParam(name)).ifPresent(v -> query.put(name, v));
        }
        OidcSignIn.SignedIn signedIn;
        try {
            signedIn = oidc.get().finish(query, binding);
        } catch (OidcSignIn.Refused e) {
            if (e.status() < 500) {
                limits.failed(ctx.ip());
            }
            LOG.info("Console: a sign-in through the identity provider was refused ({})", e.getMessage());
            errorPage(ctx, e.status(), e.status() >= 500 ? "error.provider-unavailable" : "error.sign-in-refused",
                    List.of(e.getMessage()));
            return;
        }
        ConsoleSessions.Session before = sessions.find(ctx.cookie(cookie)).orElseGet(sessions::start);
        ConsoleSessions.Session signed = sessions.signIn(before, signedIn, languages.preferred().apply(signedIn.actor()));
        setCookie(ctx, signed.id());
        LOG.info("Console: {} signed in through {}", signedIn.actor().subject(), oidc.get().providerName());
        // a page, not a redirect: after the provider's cross-site redirect the Strict session cookie is sent only
        // on a navigation that starts here
        ctx.header("Refresh", "0; url=" + PREFIX + "/");
        ConsoleLabels labels = labels(ctx, Optional.empty(), Optional.empty());
        pages.send(ctx, 200, pages.render("oidc.jte", new OidcPage(Frame.anonymous(labels.t("title.signed-in"), "",
                labels), labels.t("title.signed-in"), labels.t("signin.signed-in-as", signedIn.actor().subject()),
                PREFIX + "/", labels.t("signin.go-on-to-the-console"))));
    }

    /** The actor a signed-in session acts as now: its token's, or the identity provider's sign-in's. */
    private Optional<Actor> actorOf(ConsoleSessions.Session s) {
        return s.token().isPresent() ? actorFor(s.token().get()) : s.oidc().map(OidcSignIn.SignedIn::actor);
    }

    private Optional<Actor> actorFor(String token) {
        try {
            return tokens.actorFor(token);
        } catch (TokenRefusedException e) {
            return Optional.empty();
        }
    }

    private void setCookie(Context ctx, String value) {
        ctx.cookie(new Cookie(cookie, value, "/", value.isEmpty() ? 0 : -1, settings.secureCookie(), true, null,
                SameSite.STRICT));
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("name");
        byte[] body = assets.get(name);
        if (body == null) {
            error(ctx, 404);
            return;
        }
        pages.headers(ctx);
        ctx.header("Cache-Control", "private, max-age=3600");
        ctx.status(200).contentType(ASSETS.get(name)[1] + "; charset=utf-8").result(body);
    }

    private static byte[] read(String resource) {
        try (InputStream in = Console.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the console's asset " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves a signed-in request: the viewer's actor resolved, the answer's failures as pages. */
    private void serve(Context ctx, boolean form, Handler handler) {
        Optional<ConsoleSessions.Session> session = sessions.find(ctx.cookie(cookie)).filter(
                ConsoleSessions.Session::signedIn);
        Optional<Actor> actor = session.flatMap(this::actorOf);
        if (actor.isEmpty()) {
            session.ifPresent(s -> sessions.end(s.id()));
            if ("true".equals(ctx.header("HX-Request"))) {
                ctx.header("HX-Redirect", PREFIX + "/sign-in");
                ctx.status(204);
            } else if (form) {
                errorPage(ctx, 403, "error.not-allowed", List.of("You are not signed in: sign in and try again."));
            } else {
                ctx.redirect(PREFIX + "/sign-in", HttpStatus.SEE_OTHER);
            }
            return;
        }
        if (form && !session.get().csrfMatches(ctx.formParam("csrf"))) {
            errorPage(ctx, 403, "error.not-allowed", List.of("The form has expired: reload the page and try again."));
            return;
        }
        Request request = new Request(ctx, actor.get(), session.get(), clock.instant(),
                labels(ctx, session, actor));
        ZoneId zone = zones.apply(actor.get().office());
        try {
            Format.in(zone, () -> {
                handler.handle(request);
                return null;
            });
        } catch (InvalidCommandException e) {
            errorPage(ctx, 400, "error.bad-request", e.violations().stream().map(v -> v.field() + ": " + v.message())
                    .toList());
        } catch (InvalidValueException e) {
            errorPage(ctx, 400, "error.bad-request", List.of(e.field() + ": " + e.reason()));
        } catch (AccessDeniedException e) {
            errorPage(ctx, 403, "error.not-allowed", List.of("Your role does not let you see or do this: " + e.getMessage()));
        } catch (NotFoundException e) {
            errorPage(ctx, 404, "error.not-found", List.of(e.getMessage()));
        } catch (RefusedException e) {
            errorPage(ctx, 409, "error.refused", e.reasons());
        } catch (VersionConflictException e) {
            errorPage(ctx, 409, "error.refused", List.of("It changed meanwhile: reload the page and try again."));
        } catch (StorageException e) {
            LOG.error("Console: {} {}: the stores failed", ctx.method().name(), ctx.path(), e);
            errorPage(ctx, 503, "error.unavailable", List.of("The stores cannot be reached now: try again shortly."));
        }
    }

    /** What a route does with a signed-in request. */
    @FunctionalInterface
    interface Handler {
        void handle(Request request);
    }

    /** What a page answers: the rendered HTML. */
    @FunctionalInterface
    interface PageHandler {
        String page(Request request);
    }

    /** What a file route answers. */
    @FunctionalInterface
    interface FileHandler {
        Download file(Request request);
    }

    /** A file the console sends: its content type, bytes, the name to save it as (if any) and its own policy (if any). */
    record Download(String contentType, byte[] body, Optional<String> attachment, Optional<String> csp) {
    }

    /** What a form does: records what it was given, and says where the viewer goes next. */
    @FunctionalInterface
    interface FormHandler {
        String submit(Request request);
    }

    /** The registrar a {@link Screen} adds its routes with, under {@link #PREFIX}. */
    final class Routes {
        private final JavalinConfig config;

        private Routes(JavalinConfig config) {
            this.config = config;
        }

        /** A page at {@code PREFIX + path}. */
        void page(String path, PageHandler handler) {
            config.routes.addHttpHandler(HandlerType.GET, PREFIX + path, ctx -> serve(ctx, false,
                    r -> pages.send(ctx, 200, handler.page(r))));
        }

        /** A JSON document at {@code PREFIX + path} (the map's layers), with the console's headers. */
        void json(String path, PageHandler handler) {
            config.routes.addHttpHandler(HandlerType.GET, PREFIX + path, ctx -> serve(ctx, false, r -> {
                String body = handler.page(r);
                pages.headers(ctx);
                ctx.status(200).contentType("application/geo+json").result(body);
            }));
        }

        /**
         * A file at {@code PREFIX + path} (a download): the console's headers, then the file's own type,
         * disposition and, when it gives one, its own Content-Security-Policy.
         */
        void file(String path, FileHandler handler) {
            config.routes.addHttpHandler(HandlerType.GET, PREFIX + path, ctx -> serve(ctx, false, r -> {
                Download file = handler.file(r);
                pages.headers(ctx);
                file.csp().ifPresent(csp -> ctx.header("Content-Security-Policy", csp));
                file.attachment().ifPresent(name -> ctx.header("Content-Disposition", "attachment; filename=\""
                        + name + "\""));
                ctx.status(200).contentType(file.contentType()).result(file.body());
            }));
        }

        /** A form posted to {@code PREFIX + path}: its CSRF token checked, then a redirect (303) to where it says. */
        void form(String path, FormHandler handler) {
            config.routes.addHttpHandler(HandlerType.POST, PREFIX + path, ctx -> serve(ctx, true,
                    r -> ctx.redirect(PREFIX + handler.submit(r), HttpStatus.SEE_OTHER)));
        }
    }

    /** A signed-in request: its context, the viewer's actor and session, and the instant it is served at. */
    final class Request {
        private final Context ctx;
        private final Actor actor;
        private final ConsoleSessions.Session session;
        private final Instant now;
        private final ConsoleLabels labels;

        private Request(Context ctx, Actor actor, ConsoleSessions.Session session, Instant now, ConsoleLabels labels) {
            this.ctx = ctx;
            this.actor = actor;
            this.session = session;
            this.now = now;
            this.labels = labels;
        }

        /** The labels in the viewer's language. */
        ConsoleLabels labels() {
            return labels;
        }

        /** The label of {@code key} in the viewer's language (a page's title, say). */
        String t(String key) {
            return labels.t(key);
        }

        Actor actor() {
            return actor;
        }

        Instant now() {
            return now;
        }

        /** A query parameter, as given (null when absent). */
        String query(String name) {
            return ctx.queryParam(name);
        }

        /** A form field, as given (null when absent). */
        String form(String name) {
            return ctx.formParam(name);
        }

        /** A path parameter. */
        String path(String name) {
            return ctx.pathParam(name);
        }

        /** Whether htmx asked (for a fragment of the page). */
        boolean fragment() {
            return "true".equals(ctx.header("HX-Request"));
        }

        /** The layout's data for a page titled {@code title} under the navigation entry {@code current}. */
        Frame frame(String title, String current) {
            List<String> roles = new ArrayList<>(actor.roles().stream().map(Enum::name).sorted().toList());
            return new Frame(title, current, Optional.of(actor.subject() + " (" + String.join(", ", roles) + ")"),
                    session.csrf(), navigation(), labels, here(ctx));
        }

        /**
         * A fragment of a page (such as a part htmx refreshes), its one parameter {@code param} given
         * {@code model} and its parameter {@code lbl} the viewer's labels.
         */
        String fragment(String name, String param, Object model) {
            return pages.render(name, Map.of(param, model, "lbl", labels));
        }

        /** The template {@code name} rendered with {@code model}. */
        String render(String name, Object model) {
            return pages.render(name, model);
        }
    }
}
