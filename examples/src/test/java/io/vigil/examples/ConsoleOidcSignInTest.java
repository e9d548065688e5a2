package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's sign-in through an OpenID Connect provider, against a fake provider in this
 * process (discovery, authorize, token, key set, end session), followed by hand at the HTTP level.
 */
class ConsoleOidcSignInTest {
    private static final String SUBJECT = "ana.ruiz@example.org";
    private static final String CALLBACK = "/console/sign-in/oidc/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** What the fake provider's token endpoint does. */
    enum Mode { GOOD, WRONG_NONCE, WRONG_AUDIENCE, EXPIRED, REFUSE_EXCHANGE }

    @TempDir
    static Path dir;
    static FakeProvider provider;
    static ReferenceApp app;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final Map<String, String> cookies = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        provider = new FakeProvider();
        app = ReferenceApp.start(AppConfig.fromEnvironment(env(provider)));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        provider.stop();
    }

    @BeforeEach
    void good() {
        provider.mode = Mode.GOOD;
    }

    static Map<String, String> env(FakeProvider p) {
        Map<String, String> env = new HashMap<>(Map.of("VIGIL_DATA_DIR", dir.resolve("data").toString(),
                "VIGIL_PORT", "0", "VIGIL_HOST", "127.0.0.1", "VIGIL_STORE", "files",
                "VIGIL_OIDC_ISSUER", p.issuer(), "VIGIL_OIDC_AUDIENCE", "vigil-api", "VIGIL_OIDC_OFFICES", "MX-MEX",
                "VIGIL_OIDC_JWKS_URL", p.issuer() + "/jwks"));
        env.putAll(Map.of("VIGIL_OIDC_CLIENT_ID", "vigil-console", "VIGIL_OIDC_CLIENT_SECRET", "s3cret-of-the-console",
                "VIGIL_OIDC_REDIRECT_URI", "http://localhost:8080" + CALLBACK, "VIGIL_OIDC_SCOPES", "profile email",
                "VIGIL_OIDC_PROVIDER_NAME", "UN Login"));
        return env;
    }

    @Test
    @DisplayName("sign-in through the provider: PKCE S256, state and nonce sent; code exchanged with the secret;"
            + " a session opened with the console's cookie rules; sign-out offers the provider's logout")
    void happy_path() throws Exception {
        assertThat(get("/console/sign-in").body()).contains("Sign in with UN Login")
                .contains("href=\"/console/sign-in/oidc\"");
        HttpResponse<String> start = get("/console/sign-in/oidc");
        assertThat(start.statusCode()).isEqualTo(303);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(provider.issuer() + "/authorize?");
        Map<String, String> asked = query(authorize);
        assertThat(asked).containsEntry("response_type", "code").containsEntry("client_id", "vigil-console")
                .containsEntry("redirect_uri", "http://localhost:8080" + CALLBACK)
                .containsEntry("scope", "openid profile email").containsEntry("code_challenge_method", "S256");
        assertThat(asked.get("state")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(asked.get("nonce")).hasSizeGreaterThanOrEqualTo(43);
        assertThat(start.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("vigil-oidc=")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        HttpResponse<String> signedIn = callback(authorize);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("You are signed in as " + SUBJECT);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("vigil-console=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
        assertThat(provider.exchanges.get(asked.get("state"))).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("vigil-console:s3cret-of-the-console".getBytes(StandardCharsets.UTF_8)));

        HttpResponse<String> today = get("/console/");
        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body()).contains(SUBJECT).contains("SECURITY_OFFICER");

        Matcher csrf = CSRF.matcher(today.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> out = post("/console/sign-out", "csrf=" + URLEncoder.encode(csrf.group(1),
                StandardCharsets.UTF_8));
        assertThat(out.statusCode()).isEqualTo(200);
        assertThat(out.body()).contains("Sign out at UN Login").contains(provider.issuer() + "/logout?id_token_hint=")
                .contains("post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fconsole%2Fsign-in");
        assertThat(get("/console/").statusCode()).isEqualTo(303);
    }

    @Test
    @DisplayName("a state that is not the one sent, or a callback in another browser, is refused and signs no one in")
    void wrong_state() throws Exception {
        URI authorize = begin();
        URI back = provider.authorize(authorize);
        Map<String, String> q = query(back);
        HttpResponse<String> wrong = get(CALLBACK + "?code=" + q.get("code") + "&state=not-the-state");
        refused(wrong, 400, "This sign-in is unknown, was already used");

        cookies.remove("vigil-oidc");
        HttpResponse<String> elsewhere = get(back.getRawPath() + "?" + back.getRawQuery());
        refused(elsewhere, 400, "started in another browser");
    }

    @Test
    @DisplayName("a state is taken once: the callback replayed is refused")
    void replayed_state() throws Exception {
        URI authorize = begin();
        URI back = provider.authorize(authorize);
        Map<String, String> binding = new LinkedHashMap<>(cookies);
        assertThat(get(back.getRawPath() + "?" + back.getRawQuery()).statusCode()).isEqualTo(200);
        cookies.clear();
        cookies.putAll(binding);
        refused(get(back.getRawPath() + "?" + back.getRawQuery()), 400, "was already used");
    }

    @Test
    @DisplayName("an ID token with another nonce is refused")
    void wrong_nonce() throws Exception {
        provider.mode = Mode.WRONG_NONCE;
        refused(callback(begin()), 401, "its nonce is not this sign-in's");
    }

    @Test
    @DisplayName("an ID token for another audience (the API's, say) is refused")
    void wrong_audience() throws Exception {
        provider.mode = Mode.WRONG_AUDIENCE;
        refused(callback(begin()), 401, "audience (aud)");
    }

    @Test
    @DisplayName("an expired ID token is refused")
    void expired() throws Exception {
        provider.mode = Mode.EXPIRED;
        refused(callback(begin()), 401, "has expired (exp)");
    }

    @Test
    @DisplayName("the provider's access_denied is a 403 page")
    void provider_error() throws Exception {
        Map<String, String> asked = query(begin());
        refused(get(CALLBACK + "?error=access_denied&state=" + URLEncoder.encode(asked.get("state"),
                StandardCharsets.UTF_8)), 403, "did not let you sign in (access_denied)");
    }

    @Test
    @DisplayName("a token endpoint refusing the code is a 400 page")
    void exchange_failure() throws Exception {
        provider.mode = Mode.REFUSE_EXCHANGE;
        refused(callback(begin()), 400, "refused to exchange the code (it answered 400)");
    }

    @Test
    @DisplayName("the client's variables: every problem named at once, and nothing starts")
    void config_validation() {
        Map<String, String> env = env(provider);
        env.put("VIGIL_OIDC_CLIENT_AUTH", "none");
        env.put("VIGIL_OIDC_REDIRECT_URI", "http://vigil.example.org/console/sign-in/oidc/callback");
        env.put("VIGIL_OIDC_SCOPES", "profile bad\"scope");
        env.put("VIGIL_OIDC_TOKEN_URL", "https://login.example.org/token");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(env)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VIGIL_OIDC_CLIENT_AUTH: none (a public client) takes no client secret")
                .hasMessageContaining("VIGIL_OIDC_REDIRECT_URI: must be an https URL")
                .hasMessageContaining("VIGIL_OIDC_SCOPES: 'bad\"scope' is not a scope")
                .hasMessageContaining("VIGIL_OIDC_AUTHORIZATION_URL and VIGIL_OIDC_TOKEN_URL: set both");

        Map<String, String> noId = env(provider);
        noId.remove("VIGIL_OIDC_CLIENT_ID");
        noId.put("VIGIL_OIDC_REDIRECT_URI", "https://vigil.example.org/console/");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(noId))
                .hasMessageContaining("VIGIL_OIDC_CLIENT_ID: must be set")
                .hasMessageContaining("VIGIL_OIDC_REDIRECT_URI: must end at the console's callback");

        Map<String, String> typo = env(provider);
        typo.put("VIGIL_OIDC_CLIENT_SECRETS", "x");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(typo)).hasMessageContaining("VIGIL_OIDC_CLIENT_SECRETS:"
                + " not a known variable");

        Map<String, String> basic = env(provider);
        basic.remove("VIGIL_OIDC_CLIENT_SECRET");
        basic.put("VIGIL_OIDC_CLIENT_AUTH", "basic");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(basic)).hasMessageContaining(
                "VIGIL_OIDC_CLIENT_SECRET or VIGIL_OIDC_CLIENT_SECRET_FILE: must be set for client authentication basic");
    }

    @Test
    @DisplayName("the client secret may come from a file; a public client needs none")
    void secret_file_and_public_client() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), "from-a-file\n");
        Map<String, String> env = env(provider);
        env.remove("VIGIL_OIDC_CLIENT_SECRET");
        env.put("VIGIL_OIDC_CLIENT_SECRET_FILE", secret.toString());
        env.put("VIGIL_OIDC_CLIENT_AUTH", "post");
        OidcConfig config = AppConfig.fromEnvironment(env).oidc().orElseThrow();
        assertThat(config.client().orElseThrow().clientSecret()).contains("from-a-file");
        assertThat(config.client().orElseThrow().auth().name()).isEqualTo("POST");

        Map<String, String> open = env(provider);
        open.remove("VIGIL_OIDC_CLIENT_SECRET");
        OidcConfig pub = AppConfig.fromEnvironment(open).oidc().orElseThrow();
        assertThat(pub.client().orElseThrow().auth().name()).isEqualTo("NONE");
        assertThat(pub.client().orElseThrow().clientSecret()).isEmpty();
    }

    // --- the flow by hand ---

    private URI begin() throws Exception {
        HttpResponse<String> start = get("/console/sign-in/oidc");
        assertThat(start.statusCode()).isEqualTo(303);
        return URI.create(start.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> callback(URI authorize) throws Exception {
        URI back = provider.authorize(authorize);
        return get(back.getRawPath() + "?" + back.getRawQuery());
    }

    private void refused(HttpResponse<String> page, int status, String says) throws Exception {
        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains(says).doesNotContain("Exception").doesNotContain("at io.vigil");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("vigil-console="));
        assertThat(get("/console/").statusCode()).isEqualTo(303);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return keep(http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return keep(http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (!cookies.isEmpty()) {
            b.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .toList()));
        }
        return b;
    }

    private HttpResponse<String> keep(HttpResponse<String> r) {
        for (String set : r.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return r;
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> q = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                q.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length < 2 ? ""
                        : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    /** The fake provider: discovery, authorize (straight back with a code), token, key set, end session. */
    static final class FakeProvider {
        private record Grant(String state, String nonce, String challenge, String redirect) {
        }

        final HttpServer server;
        final RSAKey key;
        final Map<String, Grant> codes = new ConcurrentHashMap<>();
        /** The Authorization header each exchange came with, by the grant's state. */
        final Map<String, String> exchanges = new ConcurrentHashMap<>();
        volatile Mode mode = Mode.GOOD;

        FakeProvider() throws Exception {
            key = new RSAKeyGenerator(2048).keyID("fake-1").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/.well-known/openid-configuration", x -> send(x, 200, "{\"issuer\":\"" + issuer()
                    + "\",\"authorization_endpoint\":\"" + issuer() + "/authorize\",\"token_endpoint\":\"" + issuer()
                    + "/token\",\"jwks_uri\":\"" + issuer() + "/jwks\",\"end_session_endpoint\":\"" + issuer()
                    + "/logout\"}"));
            server.createContext("/jwks", x -> send(x, 200, new JWKSet(key.toPublicJWK()).toString()));
            server.createContext("/token", this::token);
            server.createContext("/authorize", x -> {
                URI back = authorize(URI.create(issuer() + x.getRequestURI()));
                x.getResponseHeaders().add("Location", back.toString());
                x.sendResponseHeaders(302, -1);
                x.close();
            });
            server.start();
        }

        String issuer() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }

        /** What the browser meets at the authorization endpoint: the viewer signs in, is sent back with a code. */
        URI authorize(URI authorize) {
            Map<String, String> q = query(authorize);
            String code = "code-" + codes.size() + "-" + q.get("state").substring(0, 8);
            codes.put(code, new Grant(q.get("state"), q.get("nonce"), q.get("code_challenge"), q.get("redirect_uri")));
            URI redirect = URI.create(q.get("redirect_uri"));
            return URI.create(redirect + "?code=" + code + "&state=" + URLEncoder.encode(q.get("state"),
                    StandardCharsets.UTF_8));
        }

        private void token(HttpExchange x) throws IOException {
            Map<String, String> form = query(URI.create("?" + new String(x.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)));
            Grant grant = codes.remove(form.getOrDefault("code", ""));
            if (mode == Mode.REFUSE_EXCHANGE || grant == null || !"authorization_code".equals(form.get("grant_type"))
                    || !grant.redirect().equals(form.get("redirect_uri"))
                    || !grant.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
                send(x, 400, "{\"error\":\"invalid_grant\"}");
                return;
            }
            exchanges.put(grant.state(), x.getRequestHeaders().getFirst("Authorization"));
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer())
                    .audience(mode == Mode.WRONG_AUDIENCE ? "vigil-api" : "vigil-console").subject(SUBJECT)
                    .issueTime(Date.from(now.minusSeconds(mode == Mode.EXPIRED ? 7_200 : 0)))
                    .expirationTime(Date.from(mode == Mode.EXPIRED ? now.minusSeconds(3_600) : now.plusSeconds(600)))
                    .claim("nonce", mode == Mode.WRONG_NONCE ? "another-nonce" : grant.nonce())
                    .claim("roles", List.of("SECURITY_OFFICER")).build();
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                        claims);
                jwt.sign(new RSASSASigner(key));
                send(x, 200, "{\"access_token\":\"opaque\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                        + "\"id_token\":\"" + jwt.serialize() + "\"}");
            } catch (Exception e) {
                send(x, 500, "{}");
            }
        }

        private static String s256(String verifier) {
            try {
                return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private static void send(HttpExchange x, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(status, bytes.length);
            x.getResponseBody().write(bytes);
            x.close();
        }
    }
}
