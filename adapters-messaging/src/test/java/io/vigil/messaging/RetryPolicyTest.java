package io.vigil.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void waits_grow_by_the_factor_up_to_the_cap() {
        RetryPolicy p = new RetryPolicy(6, Duration.ofSeconds(1), 3, Duration.ofSeconds(20));
        assertThat(p.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(p.delayAfter(2)).isEqualTo(Duration.ofSeconds(3));
        assertThat(p.delayAfter(3)).isEqualTo(Duration.ofSeconds(9));
        assertThat(p.delayAfter(4)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void nonsense_policies_are_refused_naming_the_field() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, 2, Duration.ZERO))
                .hasMessageStartingWith("attempts");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(5), 0.5, Duration.ofSeconds(9)))
                .hasMessageStartingWith("factor");
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(5), 2, Duration.ofSeconds(1)))
                .hasMessageStartingWith("maxDelay");
    }
}
