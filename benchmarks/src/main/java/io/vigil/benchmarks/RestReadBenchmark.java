package io.vigil.benchmarks;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.vigil.kernel.Kernel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.people.application.PeopleServices;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.rest.RestApi;
import io.vigil.rest.RestApiSettings;
import io.vigil.rest.StaticBearerTokens;
import io.vigil.rest.people.PeopleApi;
import io.vigil.testkit.memory.people.InMemoryPeopleStores;
import io.vigil.wiring.Vigil;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A REST read through Vigil's API against a bare Javalin handler, side by side in one run, both on
 * loopback and driven by the JDK's HTTP client from {@code @Threads} client threads.
 * {@code vigilPersonRead} is {@code GET /api/v1/persons/{id}} as the security officer: the bearer
 * token, the office scope, the people context's need-to-know decision on the person's contacts and
 * its audit entry (counted, not stored: {@link CountingAuditLog}), the person's JSON with its ETag.
 * {@code bareJavalin} answers the same path with the same bytes, precomputed, and nothing else. The
 * organisation-scale issue asks the first for at least half the second's throughput.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(4)
public class RestReadBenchmark {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
    private static final String TOKEN = "benchmark-officer-token";

    private final CountingAuditLog audit = new CountingAuditLog();
    private RestApi api;
    private Javalin bare;
    private HttpClient client;
    private HttpRequest vigilRequest;
    private HttpRequest bareRequest;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        Clock clock = Clock.systemUTC();
        Kernel kernel = Vigil.kernel(clock, audit);
        PeopleUseCases people = PeopleServices.create(new InMemoryPeopleStores().open(), kernel);
        Actor officer = Actor.of("officer", OFFICE, Role.SECURITY_OFFICER);
        PersonId person = people.persons().register(officer, new PersonDetails("Lucía", "Hernández",
                PersonCategory.NATIONAL_STAFF, "IBRD", null, List.of(new ContactChannel(ChannelKind.PHONE,
                        "+52 55 5555 0101", "mobile"), new ContactChannel(ChannelKind.EMAIL, "lucia@example.org",
                        "work")), List.of(), null, null)).person().id();
        api = new RestApi(new RestApiSettings("127.0.0.1", 0, Optional.empty()),
                new StaticBearerTokens(Map.of(TOKEN, officer)),
                List.of(new PeopleApi(people, kernel.auditTrail(), clock, Optional.empty()))).start();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String path = "/api/v1/persons/" + person;
        vigilRequest = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .header("Authorization", "Bearer " + TOKEN).GET().build();
        HttpResponse<byte[]> first = client.send(vigilRequest, HttpResponse.BodyHandlers.ofByteArray());
        if (first.statusCode() != 200) {
            throw new IllegalStateException("the Vigil read answered " + first.statusCode() + ": "
                    + new String(first.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] body = first.body();
        String etag = first.headers().firstValue("ETag").orElse("\"0\"");
        bare = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.routes.addHttpHandler(HandlerType.GET, "/api/v1/persons/{id}", ctx -> ctx
                    .contentType("application/json").header("ETag", etag).result(body));
        }).start();
        bareRequest = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bare.port() + path))
                .header("Authorization", "Bearer " + TOKEN).GET().build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (api != null) {
            api.close();
        }
        if (bare != null) {
            bare.stop();
        }
        System.out.println("audit entries written by the Vigil reads: " + audit.recorded());
    }

    @Benchmark
    public int vigilPersonRead() throws IOException, InterruptedException {
        return read(vigilRequest);
    }

    @Benchmark
    public int bareJavalin() throws IOException, InterruptedException {
        return read(bareRequest);
    }

    private int read(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("answered " + r.statusCode());
        }
        return r.body().length;
    }
}
