package io.vigil.examples;

import io.vigil.examples.console.OidcSignIn;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Role;
import io.vigil.rest.identity.CachedKeySet;
import io.vigil.rest.identity.ClaimMapping;
import io.vigil.rest.identity.JwtSettings;
import io.vigil.rest.identity.KeySetSource;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The identity provider whose bearer JWTs the reference app accepts, read from the {@code VIGIL_OIDC_*}
 * variables (docs/identity.md). Setting any of them asks for it; then the issuer, the audience, the
 * offices served and one key set source are required, and an unknown {@code VIGIL_OIDC_} variable is
 * refused as a likely typo. With {@code VIGIL_OIDC_CLIENT_ID} the console also signs in through the
 * provider's authorization-code flow ({@link OidcSignIn}); the client's variables are checked
 * together, every problem named at once.
 *
 * @param source      where the key set is read: {@code VIGIL_OIDC_JWKS_URL} or {@code VIGIL_OIDC_JWKS_FILE}
 * @param fromFile    whether it is a file (a file that cannot be read stops the start)
 * @param client      the console's client at the provider, when {@code VIGIL_OIDC_CLIENT_ID} is set
 */
record OidcConfig(JwtSettings jwt, KeySetSource source, boolean fromFile, Duration keysMaxAge,
                  Duration keysMinRefetch, Optional<OidcSignIn.Client> client) {
    static final String PREFIX = "VIGIL_OIDC_";
    static final String ISSUER = PREFIX + "ISSUER";
    static final String AUDIENCE = PREFIX + "AUDIENCE";
    static final String OFFICES = PREFIX + "OFFICES";
    static final String JWKS_URL = PREFIX + "JWKS_URL";
    static final String JWKS_FILE = PREFIX + "JWKS_FILE";
    static final String CLOCK_SKEW = PREFIX + "CLOCK_SKEW_SECONDS";
    static final String MAX_AGE = PREFIX + "JWKS_MAX_AGE_SECONDS";
    static final String MIN_REFETCH = PREFIX + "JWKS_MIN_REFETCH_SECONDS";
    static final String SUBJECT_CLAIM = PREFIX + "SUBJECT_CLAIM";
    static final String OFFICE_CLAIM = PREFIX + "OFFICE_CLAIM";
    static final String ROLES_CLAIM = PREFIX + "ROLES_CLAIM";
    static final String ROLE_MAP = PREFIX + "ROLE_MAP";
    static final String PERSON_CLAIM = PREFIX + "PERSON_CLAIM";
    static final String ZONES_CLAIM = PREFIX + "ZONES_CLAIM";
    static final String CLIENT_ID = PREFIX + "CLIENT_ID";
    static final String CLIENT_SECRET = PREFIX + "CLIENT_SECRET";
    static final String CLIENT_SECRET_FILE = PREFIX + "CLIENT_SECRET_FILE";
    static final String CLIENT_AUTH = PREFIX + "CLIENT_AUTH";
    static final String REDIRECT_URI = PREFIX + "REDIRECT_URI";
    static final String SCOPES = PREFIX + "SCOPES";
    static final String PROVIDER_NAME = PREFIX + "PROVIDER_NAME";
    static final String AUTHORIZATION_URL = PREFIX + "AUTHORIZATION_URL";
    static final String TOKEN_URL = PREFIX + "TOKEN_URL";
    static final String END_SESSION_URL = PREFIX + "END_SESSION_URL";
    /** The variables of the console's client; any of them but the client id asks for the client id too. */
    static final List<String> CLIENT = List.of(CLIENT_ID, CLIENT_SECRET, CLIENT_SECRET_FILE, CLIENT_AUTH, REDIRECT_URI,
            SCOPES, PROVIDER_NAME, AUTHORIZATION_URL, TOKEN_URL, END_SESSION_URL);
    static final Set<String> KNOWN = Set.copyOf(concat(List.of(ISSUER, AUDIENCE, OFFICES, JWKS_URL, JWKS_FILE,
            CLOCK_SKEW, MAX_AGE, MIN_REFETCH, SUBJECT_CLAIM, OFFICE_CLAIM, ROLES_CLAIM, ROLE_MAP, PERSON_CLAIM,
            ZONES_CLAIM), CLIENT));
    /** The longest client id, secret and provider name. */
    static final int MAX_CLIENT_TEXT = 500;
    /** The most scopes asked for besides {@code openid}. */
    static final int MAX_SCOPES = 20;
    static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);

    /** The identity provider's configuration, if any {@code VIGIL_OIDC_} variable is set. */
    static Optional<OidcConfig> fromEnvironment(Map<String, String> env) {
        Set<String> given = env.entrySet().stream().filter(e -> e.getKey().startsWith(PREFIX))
                .filter(e -> e.getValue() != null && !e.getValue().isBlank()).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        if (given.isEmpty()) {
            return Optional.empty();
        }
        List<String> unknown = given.stream().filter(name -> !KNOWN.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", unknown) + ": not a known variable; the identity"
                    + " provider is configured by " + String.join(", ", new TreeSet<>(KNOWN)));
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of(ISSUER, AUDIENCE, OFFICES)) {
            if (!given.contains(required)) {
                missing.add(required);
            }
        }
        if (!given.contains(JWKS_URL) && !given.contains(JWKS_FILE)) {
            missing.add(JWKS_URL + " or " + JWKS_FILE);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the identity provider's configuration is incomplete (" + String.join(
                    ", ", given) + " set): set " + String.join(", ", missing));
        }
        if (given.contains(JWKS_URL) && given.contains(JWKS_FILE)) {
            throw new IllegalArgumentException(JWKS_URL + " and " + JWKS_FILE + " are both set; choose one");
        }
        Set<OfficeId> offices = new LinkedHashSet<>();
        for (String office : AppConfig.text(env, OFFICES).orElseThrow().split(",")) {
            offices.add(parsed(OFFICES, () -> OfficeId.of(office.strip())));
        }
        Optional<String> officeClaim = AppConfig.text(env, OFFICE_CLAIM);
        if (officeClaim.isEmpty() && offices.size() > 1) {
            throw new IllegalArgumentException(OFFICES + " names " + offices.size() + " offices: set " + OFFICE_CLAIM
                    + " to the claim that says which one a token acts in");
        }
        ClaimMapping claims = parsed(PREFIX + "*_CLAIM", () -> new ClaimMapping(
                AppConfig.text(env, SUBJECT_CLAIM).orElse("sub"), officeClaim, offices,
                AppConfig.text(env, ROLES_CLAIM).orElse("roles"), roleMap(AppConfig.text(env, ROLE_MAP)),
                AppConfig.text(env, PERSON_CLAIM).orElse("vigil_person"),
                AppConfig.text(env, ZONES_CLAIM).orElse("vigil_zones")));
        Duration skew = Duration.ofSeconds(AppConfig.number(env, CLOCK_SKEW, 60, 0, 300));
        JwtSettings jwt = parsed(ISSUER + " or " + AUDIENCE, () -> new JwtSettings(AppConfig.text(env, ISSUER)
                .orElseThrow(), AppConfig.text(env, AUDIENCE).orElseThrow(), skew, claims));
        Duration maxAge = Duration.ofSeconds(AppConfig.number(env, MAX_AGE, 600, 60, 86_400));
        Duration minRefetch = Duration.ofSeconds(AppConfig.number(env, MIN_REFETCH, 60, 1, 3_600));
        if (minRefetch.compareTo(maxAge) > 0) {
            throw new IllegalArgumentException(MIN_REFETCH + " must be at most " + MAX_AGE);
        }
        Optional<String> file = AppConfig.text(env, JWKS_FILE);
        KeySetSource source = file.isPresent() ? KeySetSource.file(Path.of(file.get()))
                : parsed(JWKS_URL, () -> KeySetSource.url(URI.create(AppConfig.text(env, JWKS_URL).orElseThrow()),
                        FETCH_TIMEOUT));
        return Optional.of(new OidcConfig(jwt, source, file.isPresent(), maxAge, minRefetch, client(env, given,
                jwt.issuer())));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The console's client, every problem of its variables named at once. */
    private static Optional<OidcSignIn.Client> client(Map<String, String> env, Set<String> given, String issuer) {
        if (CLIENT.stream().noneMatch(given::contains)) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        Optional<String> id = AppConfig.text(env, CLIENT_ID);
        if (id.isEmpty()) {
            problems.add(CLIENT_ID + ": must be set for the console's sign-in ("
                    + CLIENT.stream().filter(given::contains).collect(Collectors.joining(", ")) + " set)");
        } else if (id.get().length() > MAX_CLIENT_TEXT) {
            problems.add(CLIENT_ID + ": must be at most " + MAX_CLIENT_TEXT + " characters");
        }
        Optional<String> secret = AppConfig.text(env, CLIENT_SECRET);
        Optional<String> secretFile = AppConfig.text(env, CLIENT_SECRET_FILE);
        if (secret.isPresent() && secretFile.isPresent()) {
            problems.add(CLIENT_SECRET + " and " + CLIENT_SECRET_FILE + ": both set; choose one");
        } else if (secretFile.isPresent()) {
            try {
                secret = Optional.of(Files.readString(Path.of(secretFile.get()), StandardCharsets.UTF_8).strip())
                        .filter(s -> !s.isEmpty());
                if (secret.isEmpty()) {
                    problems.add(CLIENT_SECRET_FILE + ": " + secretFile.get() + " is empty");
                }
            } catch (IOException | RuntimeException e) {
                problems.add(CLIENT_SECRET_FILE + ": cannot read " + secretFile.get());
            }
        }
        if (secret.filter(s -> s.length() > MAX_CLIENT_TEXT).isPresent()) {
            problems.add(CLIENT_SECRET + ": must be at most " + MAX_CLIENT_TEXT + " characters");
        }
        String authText = AppConfig.text(env, CLIENT_AUTH).orElse(secret.isPresent() || secretFile.isPresent()
                ? "basic" : "none").toLowerCase(Locale.ROOT);
        OidcSignIn.ClientAuth auth = switch (authText) {
            case "basic" -> OidcSignIn.ClientAuth.BASIC;
            case "post" -> OidcSignIn.ClientAuth.POST;
            case "none" -> OidcSignIn.ClientAuth.NONE;
            default -> {
                problems.add(CLIENT_AUTH + ": must be basic, post or none, was '" + authText + "'");
                yield null;
            }
        };
        if (auth == OidcSignIn.ClientAuth.NONE && (secret.isPresent() || secretFile.isPresent())) {
            problems.add(CLIENT_AUTH + ": none (a public client) takes no client secret, but one is set");
        } else if (auth != null && auth != OidcSignIn.ClientAuth.NONE && secret.isEmpty() && secretFile.isEmpty()) {
            problems.add(CLIENT_SECRET + " or " + CLIENT_SECRET_FILE + ": must be set for client authentication "
                    + authText);
        }
        URI redirect = url(env, REDIRECT_URI, problems, true);
        if (redirect != null && !OidcSignIn.CALLBACK_PATH.equals(redirect.getPath())) {
            problems.add(REDIRECT_URI + ": must end at the console's callback " + OidcSignIn.CALLBACK_PATH
                    + ", was '" + redirect + "'");
            redirect = null;
        }
        List<String> scopes = AppConfig.text(env, SCOPES).map(t -> List.of(t.split("[\\s,]+"))).orElse(List.of())
                .stream().filter(s -> !s.isEmpty()).distinct().toList();
        if (scopes.size() > MAX_SCOPES) {
            problems.add(SCOPES + ": at most " + MAX_SCOPES + " scopes, found " + scopes.size());
        }
        scopes.stream().filter(s -> !s.matches("[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,100}")).findFirst()
                .ifPresent(s -> problems.add(SCOPES + ": '" + s + "' is not a scope"));
        String name = AppConfig.text(env, PROVIDER_NAME).orElse("your identity provider");
        if (name.length() > 100) {
            problems.add(PROVIDER_NAME + ": must be at most 100 characters");
        }
        URI authorization = url(env, AUTHORIZATION_URL, problems, false);
        URI token = url(env, TOKEN_URL, problems, false);
        URI endSession = url(env, END_SESSION_URL, problems, false);
        boolean explicit = given.contains(AUTHORIZATION_URL) || given.contains(TOKEN_URL)
                || given.contains(END_SESSION_URL);
        if (explicit && (!given.contains(AUTHORIZATION_URL) || !given.contains(TOKEN_URL))) {
            problems.add(AUTHORIZATION_URL + " and " + TOKEN_URL + ": set both, or neither to read them from the"
                    + " issuer's discovery document");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the console's sign-in through the identity provider cannot be"
                    + " configured: " + String.join("; ", problems));
        }
        Optional<OidcSignIn.Endpoints> endpoints = explicit ? Optional.of(new OidcSignIn.Endpoints(authorization,
                token, Optional.ofNullable(endSession))) : Optional.empty();
        return Optional.of(new OidcSignIn.Client(name, issuer, id.orElseThrow(), auth == OidcSignIn.ClientAuth.NONE
                ? Optional.empty() : secret, auth, redirect, scopes, endpoints));
    }

    /** An https URL (http only on localhost) in {@code name}, or null with the problem added. */
    private static URI url(Map<String, String> env, String name, List<String> problems, boolean required) {
        Optional<String> text = AppConfig.text(env, name);
        if (text.isEmpty()) {
            if (required) {
                problems.add(name + ": must be set for the console's sign-in");
            }
            return null;
        }
        try {
            URI uri = new URI(text.get());
            String host = uri.getHost();
            boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
            if (text.get().length() > 2_000 || !uri.isAbsolute() || host == null || uri.getRawFragment() != null
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && loopback)) {
                problems.add(name + ": must be an https URL of at most 2,000 characters (http only on localhost),"
                        + " was '" + text.get() + "'");
                return null;
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            problems.add(name + ": is not a URL, was '" + text.get() + "'");
            return null;
        }
    }

    /** {@code name=ROLE,...}; without it every Vigil role under its own name. */
    private static Map<String, Role> roleMap(Optional<String> text) {
        if (text.isEmpty()) {
            return ClaimMapping.rolesByName();
        }
        Map<String, Role> map = new LinkedHashMap<>();
        for (String pair : text.get().split(",")) {
            String[] parts = pair.split("=", -1);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException(ROLE_MAP + " must be name=ROLE pairs separated by commas, found '"
                        + pair.strip() + "'");
            }
            Role role;
            try {
                role = Role.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(ROLE_MAP + ": unknown role '" + parts[1].strip() + "'; roles are "
                        + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")), e);
            }
            if (map.putIfAbsent(parts[0].strip(), role) != null) {
                throw new IllegalArgumentException(ROLE_MAP + " maps '" + parts[0].strip() + "' twice");
            }
        }
        return map;
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parsed(String variable, Parse<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + ": " + e.getMessage(), e);
        }
    }

    /** The key set, cached with the configured ages. */
    CachedKeySet keys(Clock clock) {
        return new CachedKeySet(source, keysMaxAge, keysMinRefetch, clock);
    }

    /** For the start-up log. */
    String describe() {
        return "issuer " + jwt.issuer() + ", audience " + jwt.audience() + ", keys from " + source.describe()
                + client.map(c -> "; the console signs in as client " + c.clientId() + " (" + c.auth().name()
                .toLowerCase(Locale.ROOT) + "), back at " + c.redirectUri()).orElse("");
    }
}
