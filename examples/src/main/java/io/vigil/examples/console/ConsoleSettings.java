package io.vigil.examples.console;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The console's settings, read from the environment.
 *
 * @param secureCookie whether the session cookie is marked {@code Secure} (and named with the
 *                     {@code __Host-} prefix): set {@code VIGIL_CONSOLE_SECURE_COOKIE=true} when the
 *                     app is served behind TLS (a reverse proxy), as it should be anywhere but a laptop
 * @param tileUrl      a map tile URL template ({@code VIGIL_CONSOLE_TILE_URL}, https, with {@code {z}},
 *                     {@code {x}} and {@code {y}}); none by default, so the map fetches nothing from
 *                     the internet and draws its layers on a plain background
 */
public record ConsoleSettings(boolean secureCookie, Optional<String> tileUrl) {
    /** The variable that marks the session cookie {@code Secure}. */
    public static final String SECURE_COOKIE = "VIGIL_CONSOLE_SECURE_COOKIE";
    /** The variable that names a map tile URL template. */
    public static final String TILE_URL = "VIGIL_CONSOLE_TILE_URL";

    /** Checks the tile URL: https, with the three placeholders, at most 500 characters. */
    public ConsoleSettings {
        tileUrl.ifPresent(url -> {
            if (url.length() > 500 || !url.startsWith("https://") || !url.contains("{z}") || !url.contains("{x}")
                    || !url.contains("{y}") || url.contains("'") || url.contains(" ") || url.contains(";")) {
                throw new IllegalArgumentException(TILE_URL + " must be an https URL of at most 500 characters"
                        + " with {z}, {x} and {y} (and no quote, space or semicolon), was '" + url + "'");
            }
        });
    }

    /** No secure cookie, no tiles. */
    public static ConsoleSettings defaults() {
        return new ConsoleSettings(false, Optional.empty());
    }

    /** The settings {@code env} gives; an unusable value is refused naming its variable. */
    public static ConsoleSettings fromEnvironment(Map<String, String> env) {
        String secure = env.getOrDefault(SECURE_COOKIE, "false").strip().toLowerCase(Locale.ROOT);
        if (!secure.equals("true") && !secure.equals("false")) {
            throw new IllegalArgumentException(SECURE_COOKIE + " must be true or false, was '" + secure + "'");
        }
        Optional<String> tiles = Optional.ofNullable(env.get(TILE_URL)).map(String::strip).filter(s -> !s.isEmpty());
        return new ConsoleSettings(secure.equals("true"), tiles);
    }

    /** The origin tiles come from ({@code https://tiles.example.org}), which the CSP allows images from. */
    public Optional<String> tileOrigin() {
        return tileUrl.map(url -> {
            URI uri = URI.create(url.replace("{", "").replace("}", ""));
            return uri.getScheme() + "://" + uri.getRawAuthority();
        });
    }
}
