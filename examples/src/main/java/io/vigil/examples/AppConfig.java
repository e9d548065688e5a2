package io.vigil.examples;

import io.vigil.examples.console.ConsoleSettings;
import io.vigil.jdbc.JdbcDataSources;
import io.vigil.messaging.SmtpSettings;
import io.vigil.rest.AuthenticationLimits;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reference app's settings, read from the environment.
 *
 * @param store    {@code jdbc} (default: an embedded SQLite database in the data directory, or the
 *                 database at {@code dbUrl} when set: PostgreSQL, or H2) or {@code files} (JSON files in
 *                 the data directory)
 * @param dataDir  where the embedded database or the JSON files live ({@code VIGIL_DATA_DIR})
 * @param host     the interface to listen on ({@code VIGIL_HOST}, default {@code 127.0.0.1}, this machine
 *                 only; {@code 0.0.0.0} for every interface)
 * @param port     the HTTP port ({@code VIGIL_PORT}, default 8080)
 * @param demo     whether the demo office is seeded and the demo tokens accepted ({@code VIGIL_DEMO},
 *                 {@code true} or {@code false}, default false)
 * @param tokensFile the bearer tokens accepted ({@code VIGIL_TOKENS_FILE}, see {@link TokensFile});
 *                 required unless {@code demo}
 * @param smsSecret the secret SMS providers sign replies with ({@code VIGIL_SMS_SECRET}, at least 16
 *                 characters; in the demo, a public demo secret by default, which is refused outside
 *                 the demo); without one the SMS reply route is not served
 * @param escalationSeconds how often open roll-calls are swept for due escalations
 *                 ({@code VIGIL_ESCALATION_SECONDS}, default 60)
 * @param smtp     where e-mail goes ({@code VIGIL_SMTP_HOST}, {@code VIGIL_SMTP_PORT} (25),
 *                 {@code VIGIL_SMTP_FROM}, {@code VIGIL_SMTP_USER}, {@code VIGIL_SMTP_PASSWORD},
 *                 {@code VIGIL_SMTP_STARTTLS}); without a host, e-mail stays in the outbox
 * @param webhook  the SMS/app bridge SMS and APP messages are posted to ({@code VIGIL_WEBHOOK_URL},
 *                 {@code VIGIL_WEBHOOK_SECRET}); without a URL they stay in the outbox
 * @param oidc     the identity provider whose bearer JWTs are accepted ({@code VIGIL_OIDC_*}, see {@link OidcConfig})
 * @param authLimits failed authentications allowed per client address ({@code VIGIL_AUTH_MAX_FAILURES} (20)
 *                 in {@code VIGIL_AUTH_WINDOW_SECONDS} (60), {@code VIGIL_AUTH_MAX_CLIENTS} (10,000) tracked)
 * @param limits   spans, the warden roster window, body and page sizes ({@link AppLimits})
 * @param console  the web console's session cookie and map tiles ({@link ConsoleSettings})
 */
record AppConfig(Store store, Path dataDir, String host, int port, boolean demo, Optional<Path> tokensFile,
                 Optional<String> dbUrl, String dbUser, String dbPassword, Optional<String> smsSecret,
                 int escalationSeconds, Optional<SmtpSettings> smtp,
                 Optional<Webhook> webhook, Optional<OidcConfig> oidc, AuthenticationLimits authLimits,
                 AppLimits limits, ConsoleSettings console) {

    /** An outbound webhook: where to post, and the secret to sign with. */
    record Webhook(URI url, String secret) {
    }
    /** The SMS webhook secret when VIGIL_SMS_SECRET is not set in the demo; refused outside it. */
    static final String DEMO_SMS_SECRET = "demo-sms-webhook-secret";

    /** Where the reference app keeps its data. */
    enum Store { JDBC, FILES }

    static AppConfig fromEnvironment(Map<String, String> env) {
        String store = env.getOrDefault("VIGIL_STORE", "jdbc").strip().toUpperCase(Locale.ROOT);
        Store kind;
        try {
            kind = Store.valueOf(store);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("VIGIL_STORE must be jdbc or files, was '" + store + "'", e);
        }
        int port = number(env, "VIGIL_PORT", 8080, 0, 65_535);
        int escalationSeconds = number(env, "VIGIL_ESCALATION_SECONDS", 60, 1, 3600);
        Optional<String> smsSecret = text(env, "VIGIL_SMS_SECRET");
        if (smsSecret.isPresent() && smsSecret.get().length() < 16) {
            throw new IllegalArgumentException("VIGIL_SMS_SECRET must be at least 16 characters");
        }
        Optional<String> url = Optional.ofNullable(env.get("VIGIL_DB_URL")).map(String::strip)
                .filter(s -> !s.isEmpty());
        if (url.isPresent() && kind == Store.FILES) {
            throw new IllegalArgumentException("VIGIL_DB_URL is set but VIGIL_STORE is files; choose one");
        }
        Optional<SmtpSettings> smtp = smtp(env);
        Optional<Webhook> webhook = webhook(env);
        boolean demo = flag(env, "VIGIL_DEMO");
        Optional<Path> tokensFile = text(env, TokensFile.VARIABLE).map(Path::of);
        Optional<OidcConfig> oidc = OidcConfig.fromEnvironment(env);
        if (!demo && tokensFile.isEmpty() && oidc.isEmpty()) {
            throw new IllegalArgumentException("no bearer tokens: set " + TokensFile.VARIABLE + " to a file of"
                    + " tokens (see the README), " + OidcConfig.ISSUER + " and the other " + OidcConfig.PREFIX
                    + " variables for your identity provider's JWTs, or VIGIL_DEMO=true for the demo office and"
                    + " its public tokens");
        }
        AuthenticationLimits authLimits = new AuthenticationLimits(
                number(env, "VIGIL_AUTH_MAX_FAILURES", AuthenticationLimits.DEFAULT_MAX_FAILURES, 1, 1_000_000),
                Duration.ofSeconds(number(env, "VIGIL_AUTH_WINDOW_SECONDS",
                        (int) AuthenticationLimits.DEFAULT_WINDOW.toSeconds(), 1, 86_400)),
                number(env, "VIGIL_AUTH_MAX_CLIENTS", AuthenticationLimits.DEFAULT_MAX_CLIENTS, 1, 1_000_000));
        if (!demo && smsSecret.filter(DEMO_SMS_SECRET::equals).isPresent()) {
            throw new IllegalArgumentException("VIGIL_SMS_SECRET is the public demo secret, accepted only with"
                    + " VIGIL_DEMO=true: set a secret of your own");
        }
        Path dataDir = Path.of(env.getOrDefault("VIGIL_DATA_DIR", "vigil-data"));
        if (kind == Store.JDBC && url.isEmpty()) {
            requireNoOldH2(dataDir);
        }
        return new AppConfig(kind, dataDir,
                text(env, "VIGIL_HOST").orElse("127.0.0.1"), port, demo, tokensFile, url,
                env.getOrDefault("VIGIL_DB_USER", "vigil"), env.getOrDefault("VIGIL_DB_PASSWORD", ""),
                demo ? smsSecret.or(() -> Optional.of(DEMO_SMS_SECRET)) : smsSecret, escalationSeconds, smtp,
                webhook, oidc, authLimits, AppLimits.fromEnvironment(env), ConsoleSettings.fromEnvironment(env));
    }

    /**
     * Release 0.1 kept the embedded database in H2 ({@code vigil.mv.db}); the embedded default is now
     * SQLite. Rather than start empty beside the old data, the app names the way to keep using it.
     */
    private static void requireNoOldH2(Path dataDir) {
        Path h2 = dataDir.resolve("vigil.mv.db");
        if (Files.exists(h2) && !Files.exists(dataDir.resolve(JdbcDataSources.SQLITE_FILE))) {
            throw new IllegalArgumentException("VIGIL_DATA_DIR " + dataDir.toAbsolutePath() + " holds an H2 database"
                    + " (vigil.mv.db) from an earlier release, and the embedded default is now SQLite: set VIGIL_DB_URL=jdbc:h2:file:"
                    + dataDir.toAbsolutePath().resolve("vigil") + " to keep using it, or move it away to start afresh");
        }
    }

    /** The directory of the embedded database. */
    Path embeddedDatabaseDir() {
        return dataDir;
    }

    private static boolean flag(Map<String, String> env, String name) {
        String value = text(env, name).orElse("false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(name + " must be true or false, was '" + value + "'");
        }
        return value.equals("true");
    }

    private static Optional<SmtpSettings> smtp(Map<String, String> env) {
        Optional<String> host = text(env, "VIGIL_SMTP_HOST");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        String from = text(env, "VIGIL_SMTP_FROM").orElseThrow(() -> new IllegalArgumentException(
                "VIGIL_SMTP_FROM must name the sender address when VIGIL_SMTP_HOST is set"));
        Optional<String> user = text(env, "VIGIL_SMTP_USER");
        Optional<String> password = text(env, "VIGIL_SMTP_PASSWORD");
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("VIGIL_SMTP_USER and VIGIL_SMTP_PASSWORD go together");
        }
        try {
            return Optional.of(new SmtpSettings(host.get(), number(env, "VIGIL_SMTP_PORT", 25, 1, 65_535), from, user,
                    password, Boolean.parseBoolean(env.getOrDefault("VIGIL_SMTP_STARTTLS", "false").strip()),
                    Duration.ofSeconds(10)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("VIGIL_SMTP_" + e.getMessage(), e);
        }
    }

    private static Optional<Webhook> webhook(Map<String, String> env) {
        Optional<String> url = text(env, "VIGIL_WEBHOOK_URL");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(url.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("VIGIL_WEBHOOK_URL must be a URL, was '" + url.get() + "'", e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("VIGIL_WEBHOOK_URL must be an http or https URL, was '" + url.get()
                    + "'");
        }
        String secret = text(env, "VIGIL_WEBHOOK_SECRET").filter(s -> s.length() >= 16).orElseThrow(() ->
                new IllegalArgumentException("VIGIL_WEBHOOK_SECRET must be at least 16 characters when"
                        + " VIGIL_WEBHOOK_URL is set"));
        return Optional.of(new Webhook(uri, secret));
    }

    static Optional<String> text(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    static int number(Map<String, String> env, String name, int fallback, int min, int max) {
        String text = env.getOrDefault(name, Integer.toString(fallback)).strip();
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + text + "'", e);
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** Where the data is, for the start-up log. */
    String describeStore() {
        if (store == Store.FILES) {
            return "JSON files in " + dataDir.toAbsolutePath();
        }
        return dbUrl.map(u -> "JDBC " + u).orElse("SQLite database "
                + dataDir.toAbsolutePath().resolve(JdbcDataSources.SQLITE_FILE));
    }
}
