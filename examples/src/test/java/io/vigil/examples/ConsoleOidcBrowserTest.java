package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The console's sign-in through the fake OpenID Connect provider in a real browser (headless
 * Chromium; skipped, saying why, when there is none): the button, the provider's redirect back,
 * the page that moves on to the console, the viewer signed in.
 */
class ConsoleOidcBrowserTest {

    @Test
    @DisplayName("a browser signs in with the provider's button and lands on the console, signed in")
    void signs_in_through_the_provider(@TempDir Path dir) throws Exception {
        ConsoleOidcSignInTest.FakeProvider provider = new ConsoleOidcSignInTest.FakeProvider();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> env = new java.util.HashMap<>(Map.of("VIGIL_DATA_DIR", dir.toString(),
                "VIGIL_PORT", Integer.toString(port), "VIGIL_HOST", "127.0.0.1", "VIGIL_STORE", "files",
                "VIGIL_OIDC_ISSUER", provider.issuer(), "VIGIL_OIDC_AUDIENCE", "vigil-api",
                "VIGIL_OIDC_OFFICES", "MX-MEX", "VIGIL_OIDC_JWKS_URL", provider.issuer() + "/jwks"));
        env.putAll(Map.of("VIGIL_OIDC_CLIENT_ID", "vigil-console", "VIGIL_OIDC_CLIENT_SECRET", "s3cret-of-the-console",
                "VIGIL_OIDC_REDIRECT_URI", "http://127.0.0.1:" + port + "/console/sign-in/oidc/callback",
                "VIGIL_OIDC_PROVIDER_NAME", "UN Login"));
        try (ReferenceApp app = ReferenceApp.start(AppConfig.fromEnvironment(env));
             ConsoleBrowser browser = ConsoleBrowser.open(app.port())) {
            browser.go("/console/sign-in");
            browser.driver().findElement(By.linkText("Sign in with UN Login")).click();
            browser.await().until(d -> d.findElements(By.cssSelector("form.signout")).size() == 1
                    && d.getCurrentUrl().endsWith("/console/"));
            assertThat(browser.driver().findElement(By.cssSelector(".viewer")).getText())
                    .contains("ana.ruiz@example.org").contains("SECURITY_OFFICER");
            browser.screenshot("oidc-signed-in");
        } finally {
            provider.stop();
        }
    }
}
