package io.vigil.examples.console;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import io.vigil.kernel.access.Actor;
import io.vigil.rest.ApiException;
import io.vigil.rest.BearerTokens;
import io.vigil.rest.TokenRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console's sign-in through an OpenID Connect provider, with the authorization-code flow:
 * {@link #start} gives the provider's authorization URL with a random {@code state}, a
 * {@code nonce} and a PKCE S256 challenge, remembered server-side for {@link #PENDING_FOR} (at most
 * {@link #MAX_PENDING} pending, the oldest dropped first) and bound to the browser by a random value
 * kept in a cookie; {@link #finish} takes the state once (a replayed or unknown state is refused),
 * exchanges the code at the token endpoint (client secret basic, post, or a public client with PKCE
 * only), and validates the ID token with the API's JWT validation for the client id as audience
 * (issuer, signature by the issuer's key set, expiry) and its {@code nonce}. The endpoints come from
 * the issuer's discovery document ({@code /.well-known/openid-configuration}, fetched when first
 * needed and kept for {@link #DISCOVERY_MAX_AGE}) or are configured; every fetch has a
 * {@link #TIMEOUT}, reads at most {@link #MAX_DOCUMENT_BYTES} and follows no redirect.
 */
public final class OidcSignIn {
    /** The most sign-ins pending (sent to the provider, not back yet). */
    public static final int MAX_PENDING = 1_000;
    /** How long the provider may take to send the viewer back. */
    public static final Duration PENDING_FOR = Duration.ofMinutes(10);
    /** The largest discovery or token response read. */
    public static final int MAX_DOCUMENT_BYTES = 64 * 1024;
    /** The timeout for connecting to and reading from the provider. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** How long a fetched discovery document is used. */
    public static final Duration DISCOVERY_MAX_AGE = Duration.ofHours(1);
    /** The path the provider sends the viewer back to. */
    public static final String CALLBACK_PATH = Console.PREFIX + "/sign-in/oidc/callback";
    private static final Pattern CODE = Pattern.compile("[\\x21-\\x7E]{1,2048}");
    private static final Pattern ERROR = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,100}");

    /** How the console authenticates at the token endpoint. */
    public enum ClientAuth {
        /** HTTP Basic with the client id and secret ({@code client_secret_basic}). */
        BASIC,
        /** The client id and secret in the form ({@code client_secret_post}). */
        POST,
        /** A public client: the client id in the form, PKCE only. */
        NONE
    }

    /** The provider's endpoints the flow uses. */
    public record Endpoints(URI authorization, URI token, Optional<URI> endSession) {
        public Endpoints {
            checkUrl(authorization, "authorization endpoint");
            checkUrl(token, "token endpoint");
            Objects.requireNonNull(endSession, "endSession").ifPresent(u -> checkUrl(u, "end-session endpoint"));
        }
    }

    /**
     * The client the console is at the provider.
     *
     * @param providerName what the sign-in button names ("Sign in with ...")
     * @param issuer       the issuer, exactly as in the ID tokens' {@code iss}
     * @param clientId     the client id, the ID tokens' audience
     * @param clientSecret the client secret; empty for a public client ({@link ClientAuth#NONE})
     * @param redirectUri  where the provider sends the viewer back: this console's {@link #CALLBACK_PATH}
     * @param scopes       the scopes asked for besides {@code openid}
     * @param endpoints    the endpoints, when configured; empty to read them from the discovery document
     */
    public record Client(String providerName, String issuer, String clientId, Optional<String> clientSecret,
                         ClientAuth auth, URI redirectUri, List<String> scopes, Optional<Endpoints> endpoints) {
        public Client {
            Objects.requireNonNull(providerName, "providerName");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(auth, "auth");
            checkUrl(redirectUri, "redirect URI");
            if (!CALLBACK_PATH.equals(redirectUri.getPath())) {
                throw new IllegalArgumentException("the redirect URI must end at the console's " + CALLBACK_PATH
                        + ", was '" + redirectUri + "'");
            }
            if ((auth == ClientAuth.NONE) != clientSecret.isEmpty()) {
                throw new IllegalArgumentException(auth == ClientAuth.NONE ? "a public client has no secret"
                        : "client authentication " + auth + " needs the client secret");
            }
            scopes = List.copyOf(scopes);
            scopes.forEach(s -> {
                if (!SCOPE.matcher(s).matches()) {
                    throw new IllegalArgumentException("'" + s + "' is not a scope");
                }
            });
            Objects.requireNonNull(endpoints, "endpoints");
        }
    }

    /** A sign-in refused: the status to answer and what went wrong, in words for the viewer. */
    static final class Refused extends Exception {
        private final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** Who signed in: the actor, until when (the ID token's expiry), and the ID token for the logout hint. */
    record SignedIn(Actor actor, Instant until, String idToken) {
    }

    /** Where to send the viewer, and the value the browser-binding cookie must carry back. */
    record Started(URI authorization, String binding) {
    }

    private record Pending(String binding, String verifier, String nonce, Instant until) {
    }

    private record Discovered(Endpoints endpoints, Instant at) {
    }

    private final Client client;
    private final BearerTokens idTokens;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > MAX_PENDING;
        }
    };
    private Discovered discovered;

    /**
     * @param idTokens the ID tokens' validation: the issuer's JWTs with the client id as audience
     *                 (a {@code JwtBearerTokens} over the issuer's key set)
     */
    public OidcSignIn(Client client, BearerTokens idTokens, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.idTokens = Objects.requireNonNull(idTokens, "idTokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        client.endpoints().ifPresent(e -> discovered = new Discovered(e, Instant.MAX));
    }

    /** What the sign-in button names. */
    String providerName() {
        return client.providerName();
    }

    /** How many sign-ins are pending now. */
    synchronized int pending() {
        return pending.size();
    }

    /** A new sign-in: the authorization URL to send the viewer to. */
    Started start() throws Refused {
        Endpoints endpoints = endpoints();
        String state = secret();
        String binding = secret();
        String verifier = secret();
        String nonce = secret();
        synchronized (this) {
            pending.put(state, new Pending(binding, verifier, nonce, clock.instant().plus(PENDING_FOR)));
        }
        List<String> scopes = new ArrayList<>(List.of("openid"));
        client.scopes().stream().filter(s -> !scopes.contains(s)).forEach(scopes::add);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", client.clientId());
        query.put("redirect_uri", client.redirectUri().toString());
        query.put("scope", String.join(" ", scopes));
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        return new Started(withQuery(endpoints.authorization(), query), binding);
    }

    /**
     * The provider's answer at the callback: {@code state} taken (once), the browser binding
     * checked, the code exchanged, the ID token validated.
     *
     * @param binding the browser-binding cookie's value, null when absent
     */
    SignedIn finish(Map<String, String> query, String binding) throws Refused {
        String state = query.get("state");
        Pending started = take(state);
        String error = query.get("error");
        if (error != null) {
            String code = ERROR.matcher(error).matches() ? error : "an unreadable error";
            throw new Refused(code.equals("access_denied") ? 403 : 400, code.equals("access_denied")
                    ? "The identity provider did not let you sign in (access_denied)."
                    : "The identity provider answered with an error (" + code + ").");
        }
        if (started == null) {
            throw new Refused(400, "This sign-in is unknown, was already used or took longer than "
                    + PENDING_FOR.toMinutes() + " minutes: sign in again.");
        }
        if (binding == null || !MessageDigest.isEqual(binding.getBytes(StandardCharsets.UTF_8),
                started.binding().getBytes(StandardCharsets.UTF_8))) {
            throw new Refused(400, "This sign-in was started in another browser: sign in again.");
        }
        String code = query.get("code");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new Refused(400, "The identity provider sent no usable code: sign in again.");
        }
        String idToken = exchange(code, started.verifier());
        Actor actor;
        try {
            actor = idTokens.actorFor(idToken).orElseThrow(() -> new Refused(401,
                    "The identity provider's ID token is not a JWT."));
        } catch (TokenRefusedException e) {
            throw e.status() == 403 ? new Refused(403, "Your identity does not map to a Vigil actor: "
                    + e.getMessage() + ".") : new Refused(401, "The identity provider's ID token was refused: it "
                    + e.getMessage() + ".");
        } catch (ApiException e) {
            throw new Refused(503, "The identity provider's keys cannot be fetched now: try again shortly.");
        }
        Map<String, Object> claims;
        try {
            claims = SignedJWT.parse(idToken).getJWTClaimsSet().getClaims();
        } catch (ParseException e) {
            throw new Refused(401, "The identity provider's ID token cannot be read.");
        }
        Object nonce = claims.get("nonce");
        if (!(nonce instanceof String given) || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                started.nonce().getBytes(StandardCharsets.UTF_8))) {
            throw new Refused(401, "The identity provider's ID token was refused: its nonce is not this sign-in's.");
        }
        Object exp = claims.get("exp");
        Instant until = exp instanceof Date d ? d.toInstant() : clock.instant();
        return new SignedIn(actor, until, idToken);
    }

    /** The RP-initiated logout URL for a viewer signed in with {@code idToken}, when the provider has one. */
    Optional<URI> logout(String idToken) {
        Discovered known;
        synchronized (this) {
            known = discovered;
        }
        if (known == null) {
            return Optional.empty();
        }
        return known.endpoints().endSession().map(end -> {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("id_token_hint", idToken);
            query.put("client_id", client.clientId());
            URI r = client.redirectUri();
            query.put("post_logout_redirect_uri", r.getScheme() + "://" + r.getRawAuthority() + Console.PREFIX
                    + "/sign-in");
            return withQuery(end, query);
        });
    }

    private synchronized Pending take(String state) {
        if (state == null) {
            return null;
        }
        Pending p = pending.remove(state);
        Instant now = clock.instant();
        pending.values().removeIf(other -> !other.until().isAfter(now));
        return p == null || !p.until().isAfter(now) ? null : p;
    }

    private String exchange(String code, String verifier) throws Refused {
        Endpoints endpoints = endpoints();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", client.redirectUri().toString());
        form.put("code_verifier", verifier);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoints.token()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json");
        switch (client.auth()) {
            case BASIC -> request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (encode(client.clientId()) + ":" + encode(client.clientSecret().orElseThrow()))
                            .getBytes(StandardCharsets.UTF_8)));
            case POST -> {
                form.put("client_id", client.clientId());
                form.put("client_secret", client.clientSecret().orElseThrow());
            }
            case NONE -> form.put("client_id", client.clientId());
        }
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        Map<String, Object> answer;
        try {
            answer = json(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), "token endpoint");
        } catch (Answered e) {
            throw new Refused(400, "The identity provider refused to exchange the code (it answered " + e.status
                    + "): sign in again.");
        } catch (IOException e) {
            throw new Refused(502, "The identity provider's token endpoint cannot be reached or gave no usable"
                    + " answer: try again shortly.");
        }
        if (!(answer.get("id_token") instanceof String idToken) || idToken.isEmpty()) {
            throw new Refused(502, "The identity provider's token endpoint gave no ID token.");
        }
        return idToken;
    }

    private Endpoints endpoints() throws Refused {
        Instant now = clock.instant();
        synchronized (this) {
            if (discovered != null && now.isBefore(discovered.at().plus(DISCOVERY_MAX_AGE))) {
                return discovered.endpoints();
            }
        }
        URI where = URI.create(client.issuer().replaceAll("/+$", "") + "/.well-known/openid-configuration");
        try {
            Map<String, Object> doc = json(HttpRequest.newBuilder(where).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), "discovery document");
            if (!client.issuer().equals(doc.get("issuer"))) {
                throw new IOException("its issuer is not the configured issuer");
            }
            Endpoints found = new Endpoints(uri(doc, "authorization_endpoint"), uri(doc, "token_endpoint"),
                    doc.get("end_session_endpoint") == null ? Optional.empty()
                            : Optional.of(uri(doc, "end_session_endpoint")));
            synchronized (this) {
                discovered = new Discovered(found, now);
            }
            return found;
        } catch (IOException | IllegalArgumentException e) {
            synchronized (this) {
                if (discovered != null) {
                    return discovered.endpoints();
                }
            }
            throw new Refused(503, "The identity provider cannot be reached now: try again shortly.");
        }
    }

    private static URI uri(Map<String, Object> doc, String name) throws IOException {
        if (!(doc.get(name) instanceof String text)) {
            throw new IOException("it has no " + name);
        }
        return URI.create(text);
    }

    private Map<String, Object> json(HttpRequest request, String what) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
            if (response.statusCode() != 200) {
                throw new Answered(what, response.statusCode());
            }
            if (bytes.length > MAX_DOCUMENT_BYTES) {
                throw new IOException("the " + what + " is larger than " + MAX_DOCUMENT_BYTES + " bytes");
            }
            return JSONObjectUtils.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IOException("the " + what + " is not a JSON object", e);
        }
    }

    /** A provider's answer other than 200. */
    private static final class Answered extends IOException {
        private final int status;

        Answered(String what, int status) {
            super("the " + what + " answered " + status);
            this.status = status;
        }
    }

    private static URI withQuery(URI base, Map<String, String> query) {
        String q = query.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        String text = base.toString();
        return URI.create(text + (base.getRawQuery() == null ? "?" : "&") + q);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** https, or http on the loopback address only (a provider on the same machine, or a test's). */
    private static void checkUrl(URI uri, String what) {
        Objects.requireNonNull(uri, what);
        String host = uri.getHost();
        boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
        if (!uri.isAbsolute() || host == null || uri.getRawFragment() != null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && loopback)) {
            throw new IllegalArgumentException("the " + what + " must be an https URL (http only on localhost),"
                    + " was '" + uri + "'");
        }
    }
}
