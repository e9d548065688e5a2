package io.vigil.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The window around now within which a warden may ask for their zone's roster. */
class WardenRosterWindowTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void the_window_includes_both_ends_and_nothing_beyond() {
        WardenRosterWindow w = new WardenRosterWindow(Duration.ofHours(24), Duration.ofHours(2));
        assertThat(w.covers(NOW, Instant.parse("2026-02-28T12:00:00Z"))).isTrue();
        assertThat(w.covers(NOW, Instant.parse("2026-02-28T11:59:59Z"))).isFalse();
        assertThat(w.covers(NOW, Instant.parse("2026-03-01T14:00:00Z"))).isTrue();
        assertThat(w.covers(NOW, Instant.parse("2026-03-01T14:00:01Z"))).isFalse();
        assertThat(w.covers(NOW, Instant.parse("2019-06-01T00:00:00Z"))).isFalse();
        assertThat(w.describe()).isEqualTo("24 hours before now to 2 hours after it");
        assertThat(WardenRosterWindow.DEFAULT.describe()).isEqualTo("7 days before now to 7 days after it");
    }

    @Test
    void a_negative_or_unbounded_side_is_refused_naming_it() {
        assertThatThrownBy(() -> new WardenRosterWindow(Duration.ofHours(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("back");
        assertThatThrownBy(() -> new WardenRosterWindow(Duration.ZERO, Duration.ofDays(40_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ahead");
        assertThat(new WardenRosterWindow(Duration.ZERO, Duration.ZERO).covers(NOW, NOW)).isTrue();
    }
}
