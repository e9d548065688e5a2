package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.examples.demo.guard.DemoGuard;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The console's programme screens in a real browser (headless Chromium), on one start of the
 * reference app with the demo office: the officer opens today, follows the overdue drill to its
 * page, looks at the crisis overview, opens an invoice's certification (also on a phone's width)
 * and the documents library. A screenshot of each screen is kept under
 * {@code target/console-screenshots/}; skipped, saying so, when no Chromium is found.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleProgrammeBrowserTest {
    private ReferenceApp app;
    private ConsoleBrowser browser;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        app = ReferenceApp.start(AppConfig.fromEnvironment(Map.of("VIGIL_DATA_DIR", dir.toString(), "VIGIL_PORT", "0",
                "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "true", "VIGIL_ESCALATION_SECONDS", "3600")));
        browser = ConsoleBrowser.open(app.port());
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        app.close();
    }

    private WebDriver driver() {
        return browser.driver();
    }

    private String h1() {
        return driver().findElement(By.tagName("h1")).getText();
    }

    @Test
    @DisplayName("the officer follows today's overdue drill to its page, then opens an invoice's certification")
    void officer_follows_the_overdue_items() {
        browser.signIn("officer@demo");
        assertThat(h1()).isEqualTo("Today");
        WebElement drill = driver().findElement(By.cssSelector("p.overdue[data-kind='Drill'] a"));
        assertThat(drill.getText()).startsWith("fire drill");
        browser.screenshot("today-overdue");
        drill.click();
        // the last fire drill held is the one of 240 days ago, its building emptied in 230 s against 300
        browser.await().until(d -> d.findElements(By.id("times")).size() == 1);
        assertThat(h1()).isEqualTo("Fire drill, main office");
        assertThat(driver().findElement(By.cssSelector("#times tbody tr")).getAttribute("data-met")).isEqualTo("true");
        assertThat(driver().findElement(By.cssSelector("#report h1")).getText()).startsWith("After-action report");
        browser.screenshot("crisis-drill");

        driver().findElement(By.linkText("Crisis")).click();
        browser.await().until(d -> d.findElements(By.id("drill-schedule")).size() == 1);
        assertThat(driver().findElement(By.cssSelector("#drill-schedule tbody tr")).getAttribute("data-overdue"))
                .as("the overdue drill first").isEqualTo("true");
        assertThat(driver().findElement(By.id("activate-trigger")).getAttribute("required")).isNotNull();
        browser.screenshot("crisis");

        driver().findElement(By.linkText("Guard force")).click();
        browser.await().until(d -> d.findElements(By.id("invoices")).size() == 1);
        browser.screenshot("guard");
        driver().findElement(By.linkText(DemoGuard.MATCHING_INVOICE)).click();
        browser.await().until(d -> d.findElements(By.id("lines")).size() == 1);
        assertThat(driver().findElement(By.id("payable")).getText()).isEqualTo("142,170.00");
        assertThat(driver().findElements(By.cssSelector("#lines tr[data-differs='true']"))).isEmpty();
        browser.screenshot("guard-invoice");
        driver().manage().window().setSize(new Dimension(390, 844));
        Object overflow = ((JavascriptExecutor) driver()).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
        assertThat(overflow).as("the page is wider than a phone's screen").isEqualTo(false);
        browser.screenshot("guard-invoice-phone");
        driver().manage().window().setSize(new Dimension(1280, 1600));
        browser.print("guard-invoice-print");

        driver().findElement(By.linkText("Documents")).click();
        browser.await().until(d -> d.findElements(By.id("library")).size() == 1);
        assertThat(driver().findElements(By.cssSelector("#missing tr[data-missing]"))).hasSize(4);
        browser.screenshot("documents");
    }
}
