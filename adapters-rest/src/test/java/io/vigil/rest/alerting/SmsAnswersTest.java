package io.vigil.rest.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.Answer;
import io.vigil.kernel.validation.InvalidCommandException;
import org.junit.jupiter.api.Test;

/** The SMS webhook reads "1" as safe and "2" as needs help, and refuses any other text naming {@code text}. */
class SmsAnswersTest {

    @Test
    void one_is_safe_and_two_needs_help_with_blanks_around_ignored() {
        assertThat(SmsAnswers.of("1")).isEqualTo(Answer.SAFE);
        assertThat(SmsAnswers.of(" 2 ")).isEqualTo(Answer.NEEDS_HELP);
        assertThat(SmsAnswers.of("\n1\t")).isEqualTo(Answer.SAFE);
    }

    @Test
    void any_other_text_is_refused_naming_the_text_and_quoting_at_most_twenty_characters() {
        assertThatThrownBy(() -> SmsAnswers.of("yes"))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("text"));
        assertThatThrownBy(() -> SmsAnswers.of("12"))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.message()).containsExactly("must be 1 (safe) or 2 (needs help), was '12'"));
        assertThatThrownBy(() -> SmsAnswers.of("I am fine, thank you very much"))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.message()).containsExactly(
                                "must be 1 (safe) or 2 (needs help), was 'I am fine, thank you…'"));
        assertThatThrownBy(() -> SmsAnswers.of(null)).isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> SmsAnswers.of("  ")).isInstanceOf(InvalidCommandException.class);
    }
}
