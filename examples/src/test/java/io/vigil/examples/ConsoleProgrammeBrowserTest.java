package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.examples.demo.guard.DemoGuard;
import io.vigil.examples.demo.liaison.DemoLiaison;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The console's programme screens in a real browser (headless Chromium), on one start of the
 * reference app with the demo office: the officer opens today, follows the overdue drill to its
 * page, looks at the crisis overview, opens an invoice's certification (also on a phone's width)
 * and the documents library; follows today's overdue liaison action to the liaison page and tries to
 * share information above a contact's level, makes the programme review of the last 91 days (also on
 * a phone's width) and declares a relocation for the demo area. A screenshot of each screen is kept under
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

    @Test
    @DisplayName("the officer follows today's overdue liaison action, is refused sharing above a contact's level, reviews the quarter and declares a relocation")
    void officer_liaison_review_and_relocation() {
        browser.signIn("officer@demo");
        WebElement action = driver().findElement(By.cssSelector("p.overdue[data-kind='Liaison action'] a"));
        assertThat(action.getText()).isEqualTo("Update the warden list of zone Norte");
        action.click();
        browser.await().until(d -> d.findElements(By.id("actions-overdue")).size() == 1);
        assertThat(h1()).isEqualTo("Liaison");
        assertThat(driver().findElements(By.cssSelector("#actions-overdue tr[data-overdue='true']"))).hasSize(1);
        assertThat(driver().findElement(By.cssSelector("#contacts tr[data-stale='true']")).getText())
                .contains(DemoLiaison.NETWORK_CONTACT, "stale");
        browser.screenshot("liaison");
        new Select(driver().findElement(By.id("exchange-who"))).selectByVisibleText("Comandante Héctor Ruiz");
        new Select(driver().findElement(By.id("exchange-direction"))).selectByValue("SHARED");
        new Select(driver().findElement(By.id("exchange-level"))).selectByValue("STRICTLY_CONFIDENTIAL");
        driver().findElement(By.id("exchange-summary")).sendKeys("the head of office's movements next week");
        driver().findElement(By.cssSelector("#record-exchange button[type=submit]")).click();
        browser.await().until(d -> d.findElement(By.tagName("h1")).getText().equals("Refused"));
        assertThat(driver().findElement(By.tagName("main")).getText()).contains(
                "may not be shared with Comandante Héctor Ruiz, who is cleared to INTERNAL only");
        browser.screenshot("liaison-refused");

        driver().findElement(By.linkText("Review")).click();
        browser.await().until(d -> d.findElements(By.id("presets")).size() == 1);
        driver().findElement(By.linkText("The last 91 days")).click();
        browser.await().until(d -> d.findElements(By.id("review")).size() == 1);
        assertThat(driver().findElement(By.id("review-kind")).getText()).startsWith("Full review");
        assertThat(driver().findElements(By.cssSelector("#review figure.chart svg"))).isNotEmpty();
        assertThat(driver().findElement(By.cssSelector("#section-liaison [data-figure='staleContacts'] td.value"))
                .getText()).isEqualTo("1");
        browser.screenshot("review");
        driver().manage().window().setSize(new Dimension(390, 844));
        Object overflow = ((JavascriptExecutor) driver()).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
        assertThat(overflow).as("the review is wider than a phone's screen").isEqualTo(false);
        browser.screenshot("review-phone");
        driver().manage().window().setSize(new Dimension(1280, 1600));

        driver().findElement(By.linkText("Relocation")).click();
        browser.await().until(d -> d.findElements(By.id("declare")).size() == 1);
        browser.screenshot("relocation-plan");
        driver().findElement(By.cssSelector("#declare button[type=submit]")).click();
        browser.await().until(d -> d.findElements(By.id("counts")).size() == 1);
        int persons = Integer.parseInt(driver().findElement(By.id("count-persons")).getText());
        assertThat(driver().findElements(By.cssSelector("#evacuees tbody tr"))).hasSize(persons);
        browser.screenshot("relocation-list");
    }
}
