package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's settings from the environment: a Secure cookie behind TLS, a tile server for the map. */
class ConsoleSecureCookieTest {

    @Test
    @DisplayName("behind TLS the cookie is Secure and __Host- named; a tile server is allowed images by the CSP and given to the map")
    void secure_cookie_and_tiles(@TempDir Path dir) throws Exception {
        try (ReferenceApp app = ReferenceApp.start(AppConfig.fromEnvironment(Map.of("VIGIL_STORE", "files",
                "VIGIL_DATA_DIR", dir.toString(), "VIGIL_PORT", "0", "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "true",
                "VIGIL_CONSOLE_SECURE_COOKIE", "true",
                "VIGIL_CONSOLE_TILE_URL", "https://tiles.example.org/{z}/{x}/{y}.png")))) {
            ConsoleClient c = new ConsoleClient(app.port());
            HttpResponse<String> page = c.get("/console/sign-in");
            String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith("__Host-vigil-console=").containsIgnoringCase("; Secure")
                    .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("img-src 'self' data: https://tiles.example.org;");
        }
    }

    @Test
    @DisplayName("an unusable console setting stops the start naming its variable")
    void bad_settings_are_refused() {
        Map<String, String> base = Map.of("VIGIL_DEMO", "true");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(with(base, "VIGIL_CONSOLE_SECURE_COOKIE", "yes")))
                .hasMessageContaining("VIGIL_CONSOLE_SECURE_COOKIE");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(with(base, "VIGIL_CONSOLE_TILE_URL",
                "http://tiles.example.org/{z}/{x}/{y}.png"))).hasMessageContaining("VIGIL_CONSOLE_TILE_URL");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(with(base, "VIGIL_CONSOLE_TILE_URL",
                "https://tiles.example.org/'; script-src *"))).hasMessageContaining("VIGIL_CONSOLE_TILE_URL");
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> env = new java.util.HashMap<>(base);
        env.put(key, value);
        return env;
    }
}
