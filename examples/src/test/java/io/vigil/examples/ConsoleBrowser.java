package io.vigil.examples;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and chromium-driver, headless, for the console's browser tests: found at
 * {@code CHROME_BIN}/{@code CHROMEDRIVER} or {@code /usr/bin/chromium}/{@code /usr/bin/chromedriver};
 * when either is missing, the tests are skipped by a JUnit assumption that names what is missing.
 * Started with a fresh profile and Chromium's background connections off (this machine's closed
 * network refuses them). Screenshots go to {@code target/console-screenshots/}.
 */
final class ConsoleBrowser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    private ConsoleBrowser(WebDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** A headless Chromium on the app at {@code port}; the test is skipped when none can be found. */
    static ConsoleBrowser open(int port) throws IOException {
        Optional<String> chromium = executable("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Optional<String> driver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
        List<String> missing = new ArrayList<>();
        if (chromium.isEmpty()) {
            missing.add("Chromium (CHROME_BIN or /usr/bin/chromium)");
        }
        if (driver.isEmpty()) {
            missing.add("chromedriver (CHROMEDRIVER or /usr/bin/chromedriver)");
        }
        Assumptions.assumeTrue(missing.isEmpty(), () -> "Browser tests skipped: no " + String.join(" and no ", missing)
                + " found; install them with 'apt-get install -y chromium chromium-driver' (.ci/run does)");
        Path profile = Files.createTempDirectory("vigil-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1600", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver.get()))
                .usingAnyFreePort().build();
        return new ConsoleBrowser(new ChromeDriver(service, options), profile, "http://127.0.0.1:" + port);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens {@code path} of the app. */
    void go(String path) {
        driver.get(base + path);
    }

    /** Signs out whoever is signed in (by dropping the cookie) and signs in as the demo identity {@code subject}. */
    void signIn(String subject) {
        go("/console/sign-in");
        driver.manage().deleteAllCookies();
        go("/console/sign-in");
        driver.findElement(By.xpath("//label[starts-with(normalize-space(.), '" + subject + "')]")).click();
        driver.findElement(By.cssSelector("form.signin button[type=submit]")).click();
        await().until(d -> d.findElements(By.cssSelector("form.signout")).size() == 1);
    }

    /**
     * Waits up to 15 s; an element of a page replaced while the wait reads it (a redirect, an htmx
     * swap) is read again on the next poll rather than failing the wait.
     */
    FluentWait<WebDriver> await() {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
    }

    /** Keeps a screenshot of the page as {@code target/console-screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the page as printed (the print stylesheet) as {@code target/console-screenshots/<name>.pdf}. */
    Path print(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".pdf");
            String pdf = ((org.openqa.selenium.PrintsPage) driver).print(new org.openqa.selenium.print.PrintOptions())
                    .getContent();
            Files.write(file, java.util.Base64.getDecoder().decode(pdf));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static Optional<String> executable(String variable, String... places) {
        Stream<String> candidates = Stream.concat(Stream.ofNullable(System.getenv(variable)), Stream.of(places));
        return candidates.filter(p -> !p.isBlank() && Files.isExecutable(Path.of(p))).findFirst();
    }
}
