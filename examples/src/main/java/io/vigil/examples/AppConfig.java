package io.vigil.examples;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reference app's settings, read from the environment.
 *
 * @param store    {@code jdbc} (default: H2 files in the data directory, or PostgreSQL when
 *                 {@code dbUrl} is set) or {@code files} (JSON files in the data directory)
 * @param dataDir  where the embedded database or the JSON files live ({@code VIGIL_DATA_DIR})
 * @param port     the HTTP port ({@code VIGIL_PORT}, default 8080)
 */
record AppConfig(Store store, Path dataDir, String host, int port, Optional<String> dbUrl, String dbUser,
                 String dbPassword) {

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
        String portText = env.getOrDefault("VIGIL_PORT", "8080").strip();
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("VIGIL_PORT must be a port number, was '" + portText + "'", e);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("VIGIL_PORT must be between 0 and 65535, was " + port);
        }
        Optional<String> url = Optional.ofNullable(env.get("VIGIL_DB_URL")).map(String::strip)
                .filter(s -> !s.isEmpty());
        if (url.isPresent() && kind == Store.FILES) {
            throw new IllegalArgumentException("VIGIL_DB_URL is set but VIGIL_STORE is files; choose one");
        }
        return new AppConfig(kind, Path.of(env.getOrDefault("VIGIL_DATA_DIR", "vigil-data")),
                env.getOrDefault("VIGIL_HOST", "0.0.0.0"), port, url, env.getOrDefault("VIGIL_DB_USER", "vigil"),
                env.getOrDefault("VIGIL_DB_PASSWORD", ""));
    }

    /** Where the data is, for the start-up log. */
    String describeStore() {
        if (store == Store.FILES) {
            return "JSON files in " + dataDir.toAbsolutePath();
        }
        return dbUrl.map(u -> "JDBC " + u).orElse("H2 database in " + dataDir.toAbsolutePath());
    }
}
