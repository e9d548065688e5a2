package io.vigil.examples;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Role;
import io.vigil.rest.identity.CachedKeySet;
import io.vigil.rest.identity.ClaimMapping;
import io.vigil.rest.identity.JwtSettings;
import io.vigil.rest.identity.KeySetSource;
import java.net.URI;
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
 * refused as a likely typo.
 *
 * @param source      where the key set is read: {@code VIGIL_OIDC_JWKS_URL} or {@code VIGIL_OIDC_JWKS_FILE}
 * @param fromFile    whether it is a file (a file that cannot be read stops the start)
 */
record OidcConfig(JwtSettings jwt, KeySetSource source, boolean fromFile, Duration keysMaxAge,
                  Duration keysMinRefetch) {
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
    static final Set<String> KNOWN = Set.of(ISSUER, AUDIENCE, OFFICES, JWKS_URL, JWKS_FILE, CLOCK_SKEW, MAX_AGE,
            MIN_REFETCH, SUBJECT_CLAIM, OFFICE_CLAIM, ROLES_CLAIM, ROLE_MAP, PERSON_CLAIM, ZONES_CLAIM);
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
        return Optional.of(new OidcConfig(jwt, source, file.isPresent(), maxAge, minRefetch));
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
        return "issuer " + jwt.issuer() + ", audience " + jwt.audience() + ", keys from " + source.describe();
    }
}
