package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's travel, movement and incident screens in a real browser (headless Chromium; skipped,
 * saying so, when none is found), on one start of the reference app with the demo office: the
 * officer escalates and then approves the pending clearance, records a late call-in of the overdue
 * movement, and follows an incident up; a manager sees counts and no itinerary, and no enquiry. A
 * screenshot of each screen is kept under {@code target/console-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleOperationsBrowserTest {
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

    private String status() {
        return driver().findElement(By.id("status")).getAttribute("data-status");
    }

    private void decide(String action, String reason, String onBehalfOf) {
        String before = driver().findElement(By.cssSelector("input[name=version]")).getAttribute("value");
        new Select(driver().findElement(By.id("decide-action"))).selectByValue(action);
        driver().findElement(By.id("decide-reason")).sendKeys(reason);
        if (!onBehalfOf.isEmpty()) {
            driver().findElement(By.id("decide-behalf")).sendKeys(onBehalfOf);
        }
        driver().findElement(By.cssSelector("#decide button[type=submit]")).click();
        browser.await().until(d -> !d.findElement(By.cssSelector("input[name=version]")).getAttribute("value")
                .equals(before));
    }

    @Test
    @DisplayName("the officer opens the queue, escalates the pending clearance and approves it on the country representative's behalf")
    void officer_approves_a_pending_clearance() {
        browser.signIn("officer@demo");
        driver().findElement(By.linkText("Travel")).click();
        browser.await().until(d -> d.findElements(By.id("clearances")).size() == 1);
        List<WebElement> rows = driver().findElements(By.cssSelector("#clearances tbody tr"));
        assertThat(rows).as("the demo's four clearances and the two of the visit's members").hasSize(6);
        assertThat(rows.get(0).getAttribute("data-status")).isEqualTo("PENDING");
        WebElement ministry = rows.stream().filter(r -> r.getText().contains("Foreign Ministry")).findFirst()
                .orElseThrow();
        assertThat(ministry.getAttribute("data-status")).isEqualTo("PENDING");
        browser.screenshot("travel-queue");
        ministry.findElement(By.tagName("a")).click();
        browser.await().until(d -> d.findElements(By.id("decide")).size() == 1);
        assertThat(status()).isEqualTo("PENDING");
        assertThat(driver().findElements(By.cssSelector("#decision-1 tr[data-check]"))).hasSize(5);
        assertThat(driver().findElement(By.cssSelector("#decision-1 tr[data-check=RISK]")).getAttribute("data-outcome"))
                .isEqualTo("NEEDS_APPROVAL");
        browser.screenshot("clearance-pending");
        decide("ESCALATED", "Mexico City's residual risk is high: the country representative decides", "");
        assertThat(status()).isEqualTo("ESCALATED");
        decide("APPROVED", "Approved by the country representative by phone at 10:00", "Country representative");
        assertThat(status()).isEqualTo("APPROVED");
        List<WebElement> manual = driver().findElements(By.cssSelector("#manual li"));
        assertThat(manual).hasSize(2);
        assertThat(manual.get(1).getText()).contains("approved", "on behalf of Country representative");
        browser.screenshot("clearance-approved");
        driver().manage().window().setSize(new Dimension(390, 844));
        browser.screenshot("clearance-phone");
        driver().manage().window().setSize(new Dimension(1280, 1600));
        browser.print("clearance-print");
    }

    @Test
    @DisplayName("the officer opens the overdue movement and records a late call-in obtained by radio; it is marked late and the movement is under way again")
    void officer_records_a_late_call_in() {
        browser.signIn("officer@demo");
        driver().findElement(By.linkText("Movements")).click();
        browser.await().until(d -> d.findElements(By.id("movements")).size() == 1);
        WebElement first = driver().findElement(By.cssSelector("#movements tbody tr"));
        assertThat(first.getAttribute("data-status")).isEqualTo("OVERDUE");
        assertThat(driver().findElements(By.cssSelector("#vehicles tr[data-fit=unfit] li.problem"))).isNotEmpty();
        browser.screenshot("movements");
        first.findElement(By.tagName("a")).click();
        browser.await().until(d -> d.findElements(By.id("record-call-in")).size() == 1);
        assertThat(status()).isEqualTo("OVERDUE");
        int calls = driver().findElements(By.cssSelector("#call-ins tbody tr")).size();
        browser.screenshot("movement-overdue");
        driver().findElement(By.id("call-by")).sendKeys("Convoy leader (radio)");
        driver().findElement(By.id("call-lat")).sendKeys("19.2826");
        driver().findElement(By.id("call-lon")).sendKeys("-99.6557");
        driver().findElement(By.id("call-note")).sendKeys("Delayed at a checkpoint, all well");
        driver().findElement(By.cssSelector("#record-call-in button[type=submit]")).click();
        browser.await().until(d -> d.findElements(By.cssSelector("#call-ins tbody tr")).size() == calls + 1);
        List<WebElement> rows = driver().findElements(By.cssSelector("#call-ins tbody tr"));
        WebElement last = rows.get(rows.size() - 1);
        assertThat(last.getAttribute("data-late")).isEqualTo("true");
        assertThat(last.getText()).contains("late", "Convoy leader (radio)", "Delayed at a checkpoint");
        assertThat(status()).isEqualTo("UNDER_WAY");
        assertThat(driver().findElement(By.id("episodes")).getText()).contains("closed");
        browser.screenshot("movement-after-call-in");
    }

    @Test
    @DisplayName("the officer follows an incident up: the late report first, the chain's acknowledgements, the enquiry, an action added")
    void officer_follows_an_incident_up() {
        browser.signIn("officer@demo");
        driver().findElement(By.linkText("Incidents")).click();
        browser.await().until(d -> d.findElements(By.id("incidents")).size() == 1);
        assertThat(driver().findElement(By.cssSelector("#incidents tbody tr")).getAttribute("data-late"))
                .isEqualTo("true");
        browser.screenshot("incidents");
        driver().findElement(By.partialLinkText("Armed robbery")).click();
        browser.await().until(d -> d.findElements(By.id("add-action")).size() == 1);
        assertThat(driver().findElements(By.cssSelector("article.enquiry"))).hasSize(1);
        assertThat(driver().findElements(By.cssSelector("#notices tbody tr"))).isNotEmpty();
        int actions = driver().findElements(By.cssSelector("#follow-up tbody tr")).size();
        driver().findElement(By.id("action-description")).sendKeys("Check the gate cameras");
        driver().findElement(By.id("action-owner")).sendKeys("officer@demo");
        driver().findElement(By.id("action-due")).sendKeys("01012020");
        driver().findElement(By.id("action-due")).sendKeys(org.openqa.selenium.Keys.TAB, "0900AM");
        driver().findElement(By.cssSelector("#add-action button[type=submit]")).click();
        browser.await().until(d -> d.findElements(By.cssSelector("#follow-up tbody tr")).size() == actions + 1);
        List<WebElement> rows = driver().findElements(By.cssSelector("#follow-up tbody tr"));
        assertThat(rows.get(rows.size() - 1).getText()).contains("Check the gate cameras", "overdue");
        browser.screenshot("incident");
    }

    @Test
    @DisplayName("a manager sees the clearance counts and no clearance, no movement plan, and an incident without its persons or its enquiry")
    void manager_sees_what_a_manager_may() {
        browser.signIn("manager@demo");
        driver().findElement(By.linkText("Travel")).click();
        browser.await().until(d -> d.findElements(By.id("clearance-counts")).size() == 1);
        assertThat(driver().findElements(By.id("clearances"))).isEmpty();
        assertThat(driver().findElement(By.id("clearances-withheld")).getText()).contains("not shown to your role");
        browser.screenshot("travel-manager");
        driver().findElement(By.linkText("Movements")).click();
        browser.await().until(d -> d.findElements(By.id("plans-withheld")).size() == 1);
        assertThat(driver().getPageSource()).doesNotContain("Toluca");
        driver().findElement(By.linkText("Incidents")).click();
        driver().findElement(By.partialLinkText("Armed robbery")).click();
        browser.await().until(d -> d.findElements(By.id("enquiry-withheld")).size() == 1);
        assertThat(driver().findElements(By.cssSelector("article.enquiry"))).isEmpty();
        assertThat(driver().findElement(By.id("affected")).getText()).contains("(withheld)")
                .doesNotContain("Lucía");
        browser.screenshot("incident-manager");
    }
}
