package io.vigil.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.Require;
import org.junit.jupiter.api.Test;

class CommandValidatorTest {

    private static InvalidCommandException refusal(Runnable r) {
        try {
            r.run();
        } catch (InvalidCommandException e) {
            return e;
        }
        throw new AssertionError("expected an InvalidCommandException");
    }

    @Test
    void a_domain_refusal_that_names_its_field_is_reported_on_that_field() {
        InvalidCommandException e = refusal(() -> CommandValidator.build("body",
                () -> Require.text(" ", "familyName")));
        assertThat(e.violations()).containsExactly(
                new FieldViolation("familyName", "must not be blank"));
    }

    @Test
    void a_refusal_without_a_field_is_reported_on_the_fallback() {
        InvalidCommandException e = refusal(() -> CommandValidator.build("area", () -> {
            throw new IllegalArgumentException("Area crosses itself");
        }));
        assertThat(e.violations()).containsExactly(
                new FieldViolation("area", "Area crosses itself"));
    }

    @Test
    void a_null_command_is_refused() {
        assertThatThrownBy(() -> new CommandValidator(null).validate(null))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("body");
    }

    @Test
    void a_programming_error_is_not_reported_as_a_field_violation() {
        assertThatThrownBy(() -> CommandValidator.build("body", () -> Require.nonNull(null, "office")))
                .isInstanceOf(NullPointerException.class).hasMessage("office must not be null");
    }

    @Test
    void a_message_that_starts_like_a_field_is_not_read_as_one() {
        InvalidCommandException e = refusal(() -> CommandValidator.build("area", () -> {
            throw new IllegalArgumentException("outline must be closed");
        }));
        assertThat(e.violations()).containsExactly(new FieldViolation("area", "outline must be closed"));
    }
}
