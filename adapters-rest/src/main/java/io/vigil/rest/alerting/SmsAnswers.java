package io.vigil.rest.alerting;

import io.vigil.alerting.domain.Answer;
import io.vigil.kernel.validation.InvalidCommandException;

/** Reads the answer out of an SMS reply's text: {@code 1} is safe, {@code 2} needs help, blanks around ignored. */
final class SmsAnswers {
    private static final int SHOWN = 20;

    private SmsAnswers() {
    }

    /**
     * The answer the text gives.
     *
     * @throws InvalidCommandException naming {@code text} for any other text (an empty or missing one too)
     */
    static Answer of(String text) {
        String said = text == null ? "" : text.strip();
        return switch (said) {
            case "1" -> Answer.SAFE;
            case "2" -> Answer.NEEDS_HELP;
            default -> throw InvalidCommandException.of("text", "must be 1 (safe) or 2 (needs help), was '"
                    + (said.length() > SHOWN ? said.substring(0, SHOWN) + "…" : said) + "'");
        };
    }
}
