package io.vigil.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.Language;
import io.vigil.kernel.validation.InvalidCommandException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The programme review screen's period presets and the instants it reads, at fixed instants worked by hand. */
class ReviewPeriodPresetsTest {
    private static final ConsoleLabels EN = ConsoleLabels.of(Language.EN);

    private static List<String> shown(List<ReviewScreen.Preset> presets) {
        return presets.stream().map(p -> p.label() + " " + URLDecoder.decode(p.query(), StandardCharsets.UTF_8))
                .toList();
    }

    @Test
    @DisplayName("in the middle of Q4 2026: the last 91 days, Q4 to date, then Q3, Q2 and Q1 2026 and Q4 2025")
    void presets_mid_quarter() {
        assertThat(shown(ReviewScreen.presets(Instant.parse("2026-12-03T07:30:15.123456Z"), ZoneOffset.UTC, EN))).containsExactly(
                "The last 91 days ?from=2026-09-03T07:30:15.123Z&to=2026-12-03T07:30:15.123Z&asOf=2026-12-03T07:30:15.123Z",
                "Q4 2026 to date ?from=2026-10-01T00:00:00Z&to=2026-12-03T07:30:15.123Z&asOf=2026-12-03T07:30:15.123Z",
                "Q3 2026 ?from=2026-07-01T00:00:00Z&to=2026-10-01T00:00:00Z&asOf=2026-10-01T00:00:00Z",
                "Q2 2026 ?from=2026-04-01T00:00:00Z&to=2026-07-01T00:00:00Z&asOf=2026-07-01T00:00:00Z",
                "Q1 2026 ?from=2026-01-01T00:00:00Z&to=2026-04-01T00:00:00Z&asOf=2026-04-01T00:00:00Z",
                "Q4 2025 ?from=2025-10-01T00:00:00Z&to=2026-01-01T00:00:00Z&asOf=2026-01-01T00:00:00Z");
    }

    @Test
    @DisplayName("at the first instant of a quarter there is nothing of it to date yet: the presets start with the quarter just ended")
    void presets_at_a_quarters_start() {
        assertThat(shown(ReviewScreen.presets(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC, EN))).extracting(s -> s.split(" \\?")[0])
                .containsExactly("The last 91 days", "Q4 2026", "Q3 2026", "Q2 2026", "Q1 2026");
    }

    @Test
    @DisplayName("the presets are named in the viewer's language, the periods the same")
    void presets_in_french_and_spanish() {
        Instant now = Instant.parse("2026-12-03T07:30:15.123456Z");
        assertThat(shown(ReviewScreen.presets(now, ZoneOffset.UTC, ConsoleLabels.of(Language.FR))).subList(0, 3))
                .containsExactly(
                "Les 91 derniers jours ?from=2026-09-03T07:30:15.123Z&to=2026-12-03T07:30:15.123Z&asOf=2026-12-03T07:30:15.123Z",
                "T4 2026 à ce jour ?from=2026-10-01T00:00:00Z&to=2026-12-03T07:30:15.123Z&asOf=2026-12-03T07:30:15.123Z",
                "T3 2026 ?from=2026-07-01T00:00:00Z&to=2026-10-01T00:00:00Z&asOf=2026-10-01T00:00:00Z");
        assertThat(ReviewScreen.presets(now, ZoneOffset.UTC, ConsoleLabels.of(Language.ES))).extracting(ReviewScreen.Preset::label)
                .startsWith("Los últimos 91 días", "T4 2026 hasta la fecha", "T3 2026");
    }

    @Test
    @DisplayName("across the date line the quarters start at midnight in the office's zone")
    void presets_in_kiritimati() {
        // 2026-12-31T12:00Z is already 2027-01-01 02:00 in Kiritimati (UTC+14), whose Q1 2027 began at 10:00 UTC
        assertThat(shown(ReviewScreen.presets(Instant.parse("2026-12-31T12:00:00Z"), ZoneId.of("Pacific/Kiritimati"), EN))
                .subList(1, 3)).containsExactly(
                "Q1 2027 to date ?from=2026-12-31T10:00:00Z&to=2026-12-31T12:00:00Z&asOf=2026-12-31T12:00:00Z",
                "Q4 2026 ?from=2026-09-30T10:00:00Z&to=2026-12-31T10:00:00Z&asOf=2026-12-31T10:00:00Z");
    }

    @Test
    @DisplayName("a date and time or a day is read in the office's zone, an ISO instant as it is")
    void instants_in_the_offices_zone() {
        Fields f = new Fields();
        Format.in(ZoneId.of("Pacific/Pago_Pago"), () -> {
            // Pago Pago is UTC-11
            assertThat(ReviewScreen.instant(f, "a", "2026-07-01T10:15:30Z", true)).contains(
                    Instant.parse("2026-07-01T10:15:30Z"));
            assertThat(ReviewScreen.instant(f, "b", "2026-07-01T10:15", true)).contains(
                    Instant.parse("2026-07-01T21:15:00Z"));
            assertThat(ReviewScreen.instant(f, "c", "2026-07-01", true)).contains(
                    Instant.parse("2026-07-01T11:00:00Z"));
            return null;
        });
        f.check();
        Fields gap = new Fields();
        Format.in(ZoneId.of("Europe/Paris"), () -> ReviewScreen.instant(gap, "from", "2026-03-29T02:30", true));
        Assertions.assertThatThrownBy(gap::check).isInstanceOfSatisfying(InvalidCommandException.class, e ->
                assertThat(e.violations()).extracting(v -> v.field() + ": " + v.message()).containsExactly(
                        "from: names 2026-03-29T02:30, a local time that does not exist in Europe/Paris: its clocks"
                                + " go forward from 02:00 to 03:00 that day"));
    }

    @Test
    @DisplayName("an instant is read as an ISO instant, a UTC date and time, or a UTC day; anything else is named")
    void instants() {
        Fields f = new Fields();
        assertThat(ReviewScreen.instant(f, "a", "2026-07-01T10:15:30Z", true)).contains(
                Instant.parse("2026-07-01T10:15:30Z"));
        assertThat(ReviewScreen.instant(f, "b", "2026-07-01T10:15", true)).contains(
                Instant.parse("2026-07-01T10:15:00Z"));
        assertThat(ReviewScreen.instant(f, "c", "2026-07-01", true)).contains(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(ReviewScreen.instant(f, "d", "", false)).isEqualTo(Optional.empty());
        f.check();
        Fields bad = new Fields();
        ReviewScreen.instant(bad, "from", "1 July", true);
        ReviewScreen.instant(bad, "to", null, true);
        ReviewScreen.instant(bad, "asOf", "2026-13-01", false);
        Assertions.assertThatThrownBy(bad::check).isInstanceOfSatisfying(InvalidCommandException.class, e ->
                assertThat(e.violations()).extracting(v -> v.field() + ": " + v.message().split(" such")[0])
                        .containsExactly("from: must be an instant", "to: must be given", "asOf: must be an instant"));
    }
}
