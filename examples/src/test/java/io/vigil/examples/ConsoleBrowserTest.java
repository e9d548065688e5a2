package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The console in a real browser (headless Chromium), on one start of the reference app with the
 * demo office: the officer runs the demo roll-call from the board; a manager sees no address and
 * no phone on it; a staff member sees only their own profile (in Spanish, her language); the officer
 * switches the console to French and back. A screenshot of each screen is kept
 * under {@code target/console-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {
    /** A phone number as the demo office writes them (+52 55 ...), or a tel: link. */
    private static final Pattern PHONE = Pattern.compile("\\+\\d{2}[\\d ]{6,}|tel:");
    /** A place in a reason ("lives at ...", "staying at ...") or a street of the demo office. */
    private static final Pattern ADDRESS = Pattern.compile("lives at|staying at|Avenida|Calle|Insurgentes Sur \\d");

    private ReferenceApp app;
    private ConsoleBrowser browser;
    private String rollCall;

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

    private String openRollCall() {
        WebElement link = driver().findElement(By.cssSelector("#roll-calls a[href^='/console/roll-calls/']"));
        String href = link.getAttribute("href");
        link.click();
        browser.await().until(d -> d.findElements(By.id("counts-by-zone")).size() == 1);
        return href.substring(href.lastIndexOf('/') + 1);
    }

    private int count(String state) {
        return Integer.parseInt(driver().findElement(By.cssSelector("#counts-by-state [data-state='" + state + "'] dd"))
                .getText().strip());
    }

    @Test
    @DisplayName("the officer opens the demo roll-call, sees counts by zone, filters the silent, records an answer by phone and sees the counts change")
    void officer_runs_the_roll_call() {
        browser.signIn("officer@demo");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Today");
        browser.screenshot("today");
        rollCall = openRollCall();
        List<WebElement> zones = driver().findElements(By.cssSelector("#counts-by-zone tbody tr"));
        assertThat(zones).isNotEmpty();
        assertThat(zones.get(0).findElement(By.tagName("th")).getText()).isNotBlank();
        int safe = count("SAFE");
        int awaiting = count("AWAITING");
        assertThat(awaiting).isPositive();
        new Select(driver().findElement(By.id("filter-state"))).selectByValue("SILENT");
        browser.await().until(d -> d.getCurrentUrl().contains("state=SILENT"));
        List<WebElement> rows = driver().findElements(By.cssSelector("#persons tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getAttribute("data-state"))
                .isIn("AWAITING", "WITH_WARDEN", "WITH_OFFICER"));
        assertThat(rows.get(0).findElements(By.cssSelector("td.phones a[href^='tel:']"))).isNotEmpty();
        browser.screenshot("roll-call-board");
        WebElement first = rows.get(0);
        String person = first.getAttribute("id");
        new Select(first.findElement(By.cssSelector("select[name=answer]"))).selectByValue("SAFE");
        new Select(first.findElement(By.cssSelector("select[name=channel]"))).selectByValue("PHONE");
        first.findElement(By.cssSelector("form.answer button")).click();
        browser.await().until(d -> d.findElements(By.id(person)).isEmpty());
        assertThat(count("SAFE")).isEqualTo(safe + 1);
        assertThat(count("AWAITING")).isEqualTo(awaiting - 1);
        assertThat(driver().getCurrentUrl()).contains("state=SILENT");
        browser.screenshot("roll-call-after-answer");
        driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        assertThat(driver().findElement(By.cssSelector("#persons thead")).isDisplayed()).isFalse();
        browser.screenshot("roll-call-phone");
        driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1600));
        browser.print("roll-call-print");
    }

    @Test
    @DisplayName("a manager sees no address and no phone anywhere on the roll-call")
    void manager_sees_no_address_or_phone() {
        browser.signIn("manager@demo");
        openRollCall();
        String page = driver().getPageSource();
        assertThat(driver().findElements(By.cssSelector("#persons tbody tr"))).isNotEmpty();
        assertThat(PHONE.matcher(page).find()).as("a phone on the manager's roll-call").isFalse();
        assertThat(ADDRESS.matcher(page).find()).as("an address on the manager's roll-call").isFalse();
        browser.screenshot("roll-call-manager");
        driver().findElement(By.linkText("Map")).click();
        browser.await().until(d -> d.findElements(By.cssSelector("#map[data-drawn]")).size() == 1);
        assertThat(driver().findElements(By.cssSelector("#map path.leaflet-interactive"))).isNotEmpty();
        String map = driver().getPageSource();
        assertThat(map).doesNotContain("Places of affected persons");
        assertThat(PHONE.matcher(map).find()).as("a phone on the manager's map").isFalse();
        assertThat(ADDRESS.matcher(map).find()).as("an address on the manager's map").isFalse();
        browser.go("/console/map/layers.json");
        assertThat(driver().getPageSource()).contains("\"kind\":\"zone\"").doesNotContain("\"kind\":\"place\"");
        browser.go("/console/map");
        browser.await().until(d -> d.findElements(By.cssSelector("#map[data-drawn]")).size() == 1);
        browser.screenshot("map-manager");
    }

    @Test
    @DisplayName("the officer's map draws the zones, the incident area and the places of the affected")
    void officer_sees_the_places_on_the_map() {
        browser.signIn("officer@demo");
        browser.go("/console/map");
        browser.await().until(d -> d.findElements(By.cssSelector("#map[data-drawn]")).size() == 1);
        int drawn = Integer.parseInt(driver().findElement(By.id("map")).getAttribute("data-drawn"));
        assertThat(driver().findElements(By.cssSelector("ul.layer-place li"))).isNotEmpty();
        assertThat(driver().findElements(By.cssSelector("ul.layer-incident li"))).isNotEmpty();
        assertThat(drawn).isEqualTo(driver().findElements(By.cssSelector("#map path.leaflet-interactive")).size());
        browser.screenshot("map");
    }

    @Test
    @DisplayName("the officer switches the console to French with the selector, on the same page, and back to English")
    void officer_switches_the_language() {
        browser.signIn("officer@demo");
        driver().findElement(By.linkText("People")).click();
        browser.await().until(d -> d.getCurrentUrl().endsWith("/console/people"));
        assertThat(driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        new Select(driver().findElement(By.id("language"))).selectByValue("fr");
        driver().findElement(By.cssSelector("form.language button")).click();
        browser.await().until(d -> "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(driver().getCurrentUrl()).endsWith("/console/people");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Personnes");
        assertThat(driver().findElement(By.cssSelector("label[for=q]")).getText()).isEqualTo("Le nom contient");
        assertThat(driver().findElements(By.linkText("Déplacements"))).hasSize(1);
        assertThat(new Select(driver().findElement(By.id("language"))).getFirstSelectedOption().getText())
                .isEqualTo("Français");
        browser.screenshot("people-fr");
        driver().findElement(By.linkText("Aujourd'hui")).click();
        browser.await().until(d -> d.findElement(By.tagName("h1")).getText().equals("Aujourd'hui"));
        new Select(driver().findElement(By.id("language"))).selectByValue("en");
        driver().findElement(By.cssSelector("form.language button")).click();
        browser.await().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Today");
    }

    @Test
    @DisplayName("a staff member sees only their own profile")
    void staff_sees_only_their_own_profile() {
        browser.signIn("staff@demo");
        // Lucía prefers Spanish: the console follows her person's language
        driver().findElement(By.linkText("Personas")).click();
        browser.await().until(d -> d.findElements(By.tagName("h1")).size() == 1);
        assertThat(driver().findElements(By.cssSelector("table.people"))).isEmpty();
        driver().findElement(By.linkText("Su propio perfil")).click();
        browser.await().until(d -> d.getCurrentUrl().contains("/console/people/"));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Lucía Hernández Ortiz");
        String own = driver().getCurrentUrl();
        browser.screenshot("profile-staff");
        browser.signIn("officer@demo");
        driver().findElement(By.linkText("People")).click();
        List<WebElement> others = driver().findElements(By.cssSelector("table.people tbody a"));
        assertThat(others.size()).isGreaterThan(1);
        browser.screenshot("people");
        WebElement someoneElse = others.stream().filter(a -> !a.getAttribute("href").equals(own)
                && !a.getText().equals("Lucía Hernández Ortiz")).findFirst().orElseThrow();
        String other = someoneElse.getAttribute("href");
        String name = someoneElse.getText();
        browser.signIn("staff@demo");
        browser.go(other.substring(other.indexOf("/console/")));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isIn("No permitido", "No encontrado");
        assertThat(driver().getPageSource()).doesNotContain(name);
    }

    @Test
    @DisplayName("the officer sees an assessment's matrix with each risk placed at its inherent and residual rating, and the decision's reasons")
    void officer_reads_an_assessment() {
        browser.signIn("officer@demo");
        driver().findElement(By.linkText("Risk")).click();
        driver().findElement(By.cssSelector("table a[href^='/console/assessments/']")).click();
        browser.await().until(d -> d.findElements(By.id("matrix")).size() == 1);
        int risks = driver().findElements(By.cssSelector("#risks tbody tr")).size();
        assertThat(risks).isPositive();
        assertThat(driver().findElements(By.cssSelector("#matrix .marker:not(.residual)"))).hasSize(risks);
        assertThat(driver().findElements(By.cssSelector("#matrix .marker.residual"))).hasSize(risks);
        assertThat(driver().findElements(By.cssSelector("#matrix tbody td"))).hasSize(25);
        assertThat(driver().findElement(By.id("decision")).getText()).isNotBlank();
        assertThat(driver().findElements(By.cssSelector("#reasons li"))).isNotEmpty();
        browser.screenshot("assessment");
    }
}
