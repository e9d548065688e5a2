package io.vigil.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.vigil.json.VigilJson;
import io.vigil.kernel.access.Actor;
import io.vigil.rest.resource.HealthResource;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vigil's HTTP API: every use case of Vigil's contexts under {@code /api/v1}, bearer-token
 * authentication (with a limit on failed authentications per client address), RFC 9457 problems
 * for every error, ETags and If-Match for changes, and an OpenAPI 3.1 document at {@code /api/v1/openapi.json} built from the same route table.
 *
 * <pre>{@code
 * RestApi api = new RestApi(new RestApiSettings("0.0.0.0", 8080), tokens, List.of(
 *         new PeopleApi(vigil.people(), vigil.audit(), clock, Optional.empty()),
 *         new RiskApi(vigil.risk(), clock, Optional.empty()),
 *         new AlertingApi(vigil.alerting(), clock, Optional.empty()))).start();
 * }</pre>
 */
public final class RestApi implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);
    static final String OPENAPI_PATH = "/api/v1/openapi.json";

    private final RestApiSettings settings;
    private final Authenticator authenticator;
    private final Http http;
    private final ProblemMapper problems;
    private final List<ApiRoute> routes;
    private final byte[] openApi;
    private final Javalin app;
    private final List<WebPages> pages;

    /** The API over the given route sets (each context's, in order), with health and OpenAPI routes of its own. */
    public RestApi(RestApiSettings settings, BearerTokens tokens, List<? extends RouteSet> routeSets) {
        this(settings, tokens, routeSets, HealthCheck.apiOnly());
    }

    /** As above, with a health route that answers 503 DOWN when {@code health} finds the stores unreachable. */
    public RestApi(RestApiSettings settings, BearerTokens tokens, List<? extends RouteSet> routeSets,
                   HealthCheck health) {
        this(settings, tokens, routeSets, health, RestLimits.DEFAULT, AuthenticationLimits.defaults());
    }

    /** As above, with the body size and page size of {@code limits}. */
    public RestApi(RestApiSettings settings, BearerTokens tokens, List<? extends RouteSet> routeSets,
                   HealthCheck health, RestLimits limits) {
        this(settings, tokens, routeSets, health, limits, AuthenticationLimits.defaults());
    }

    /** As above, with the given limit on failed authentications per client address. */
    public RestApi(RestApiSettings settings, BearerTokens tokens, List<? extends RouteSet> routeSets,
                   HealthCheck health, AuthenticationLimits authLimits) {
        this(settings, tokens, routeSets, health, RestLimits.DEFAULT, authLimits);
    }

    /** As above, with the clock that times the windows of failed authentications. */
    public RestApi(RestApiSettings settings, BearerTokens tokens, List<? extends RouteSet> routeSets,
                   HealthCheck health, AuthenticationLimits authLimits, Clock clock) {
        this(settings, tokens, routeSets, health, RestLimits.DEFAULT, authLimits, clock);
    }

    /** As above, with body and page sizes and the limit on failed authentications per client address. */
    public RestApi(RestApiSettings settings, BearerTokens tokens, List<? extends RouteSet> routeSets,
                   HealthCheck health, RestLimits limits, AuthenticationLimits authLimits) {
        this(settings, tokens, routeSets, health, limits, authLimits, Clock.systemUTC());
    }

    /** As above, with the clock that times the windows of failed authentications. */
    public RestApi(RestApiSettings settings, BearerTokens tokens, List<? extends RouteSet> routeSets,
                   HealthCheck health, RestLimits limits, AuthenticationLimits authLimits, Clock clock) {
        this(settings, tokens, routeSets, health, limits, authLimits, clock, List.of());
    }

    /**
     * As above, with web pages served on the same port beside the API (a console), each under its own
     * path prefix, with its own error pages there.
     */
    public RestApi(RestApiSettings settings, BearerTokens tokens, List<? extends RouteSet> routeSets,
                   HealthCheck health, RestLimits limits, AuthenticationLimits authLimits, Clock clock,
                   List<? extends WebPages> pages) {
        this.settings = settings;
        this.pages = List.copyOf(pages);
        for (WebPages p : this.pages) {
            if (!p.prefix().startsWith("/") || p.prefix().startsWith("/api") || p.prefix().length() < 2) {
                throw new IllegalArgumentException("web pages' prefix must be a path outside /api: " + p.prefix());
            }
        }
        this.authenticator = new Authenticator(tokens, authLimits, clock);
        ObjectMapper json = VigilJson.mapper().registerModule(InstantWindow.module());
        this.http = new Http(json, limits);
        this.problems = new ProblemMapper(http);
        List<ApiRoute> all = new ArrayList<>();
        all.add(ApiRoute.route(HandlerType.GET, "/api/v1/health", "System",
                        "Whether the API and its stores are up (503 DEGRADED when every pooled connection is in"
                                + " use, 503 DOWN when the stores cannot be reached)").open()
                .returns(HealthResource.class)
                .handle((ctx, actor) -> {
                    HealthReport report = health.report();
                    http.send(ctx, report.status().httpStatus(), HealthResource.from(report, version()));
                }));
        all.add(ApiRoute.route(HandlerType.GET, OPENAPI_PATH, "System", "This OpenAPI 3.1 document")
                .operationId("getOpenApiDocument").open()
                .handle((ctx, actor) -> ctx.status(200).contentType(Http.JSON).result(openApiBytes())));
        routeSets.forEach(set -> all.addAll(set.routes(http)));
        this.routes = List.copyOf(all);
        try {
            this.openApi = json.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(OpenApi.document(json, version(), routes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = limits.maxBodyBytes();
            // Jetty's header cache would match a cached "Authorization" case-insensitively: a token variant
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorPages(json)));
            config.jetty.modifyServletContextHandler(context -> {
                context.setErrorHandler(new ProblemErrorPages(json));
                context.addFilter(new FilterHolder(new SecurityHeaders()), "/*", EnumSet.of(DispatcherType.REQUEST));
            });
            for (ApiRoute route : routes) {
                config.routes.addHttpHandler(route.method(), route.path(), ctx -> serve(route, ctx));
            }
            this.pages.forEach(p -> p.register(config));
            config.routes.exception(Exception.class, this::failed);
            config.routes.exception(HttpResponseException.class, this::failed);
            config.routes.error(404, ctx -> unanswered(ctx, 404, "Not found", "no route " + ctx.path()));
            config.routes.error(405, ctx -> unanswered(ctx, 405, "Method not allowed",
                    ctx.method().name() + " is not allowed on " + ctx.path()));
        });
    }

    /** Starts listening; returns this API. */
    public RestApi start() {
        app.start();
        LOG.info("Vigil API listening on http://{}:{}/api/v1 (OpenAPI at {})", settings.host(), app.port(),
                OPENAPI_PATH);
        return this;
    }

    /** The port the API listens on (the chosen one when configured with port 0). */
    public int port() {
        return app.port();
    }

    /** Stops listening. */
    @Override
    public void close() {
        app.stop();
    }

    /** How many client addresses the limit on failed authentications tracks now. */
    int trackedClients() {
        return authenticator.tracked();
    }

    /** The route table, as documented. */
    List<ApiRoute> routes() {
        return routes;
    }

    /** What Javalin actually serves, as "METHOD path". */
    List<String> servedEndpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path).toList();
    }

    private byte[] openApiBytes() {
        return openApi.clone();
    }

    private void serve(ApiRoute route, Context ctx) throws Exception {
        Actor actor = route.authenticated() ? ReadingOffice.of(ctx, authenticator.actor(ctx)) : null;
        route.handler().handle(ctx, actor);
    }

    private void failed(Exception e, Context ctx) {
        Optional<WebPages> page = pagesOf(ctx);
        if (page.isPresent() && !(e instanceof HttpResponseException)) {
            LOG.error("{} {} failed", ctx.method().name(), ctx.path(), e);
            ctx.status(500);
            page.get().error(ctx, 500);
        } else if (page.isPresent()) {
            page.get().error(ctx, ((HttpResponseException) e).getStatus());
        } else {
            problems.handle(e, ctx);
        }
    }

    private Optional<WebPages> pagesOf(Context ctx) {
        String path = ctx.path();
        return pages.stream().filter(p -> path.equals(p.prefix()) || path.startsWith(p.prefix() + "/")).findFirst();
    }

    private void unanswered(Context ctx, int status, String title, String detail) {
        Optional<WebPages> page = pagesOf(ctx);
        if (page.isPresent()) {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("text/html")) {
                page.get().error(ctx, status);
            }
            return;
        }
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith(Http.PROBLEM_JSON)) {
            problems.write(ctx, problems.status(status, title, detail, ctx.path()));
        }
    }

    private static String version() {
        Properties p = new Properties();
        try (InputStream in = RestApi.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
