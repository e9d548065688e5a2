package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's locator example asks about a window around the day it is run (the demo's data is
 * around the app's first start), not a fixed window that the calendar leaves behind.
 */
class ReadmeLocatorExampleTest {
    private static final Pattern SEARCH = Pattern.compile(
            "locator/search -d '(\\{.*?\\})'", Pattern.DOTALL);
    private static final String TODAY = "'\"$(date -u +%F)\"'";

    @Test
    void the_locator_example_uses_dates_relative_to_the_day_it_is_run() throws IOException {
        String body = searchBody();
        assertThat(body).as("no fixed date in the locator example").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(body).contains(TODAY);
        for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 12, 1), LocalDate.of(2031, 6, 15)}) {
            JsonNode asRun = new ObjectMapper().readTree(body.replace(TODAY, day.toString()));
            Instant from = Instant.parse(asRun.path("from").asText());
            Instant to = Instant.parse(asRun.path("to").asText());
            Instant noon = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
            assertThat(from).as("run on %s", day).isBefore(noon);
            assertThat(to).as("run on %s", day).isAfter(noon);
            assertThat(asRun.path("area").size()).isGreaterThanOrEqualTo(3);
        }
    }

    private static String searchBody() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("README.md")) || !Files.exists(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        Matcher m = SEARCH.matcher(Files.readString(dir.resolve("README.md")));
        assertThat(m.find()).as("the README has a locator search example").isTrue();
        return m.group(1);
    }
}
