package io.vigil.alerting.domain;

import io.vigil.kernel.Language;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words an SMS reply may answer a check-in or roll-call with: {@code 1} or a word for safe,
 * {@code 2} or a word for needs help, in each supported language. A reply is read whole, with
 * case, accents, blanks around, a leading {@code ¡} and a final {@code .} or {@code !} ignored ("Sí." is {@code si});
 * anything else is no answer.
 */
public final class ReplyWords {
    /** The words of each language, as written (see {@link #normal}), for each answer. */
    public static final Map<Language, Map<Answer, List<String>>> WORDS = Map.of(
            Language.EN, Map.of(Answer.SAFE, List.of("safe", "ok", "fine", "yes"),
                    Answer.NEEDS_HELP, List.of("help", "sos")),
            Language.ES, Map.of(Answer.SAFE, List.of("sí", "bien", "ok", "a salvo"),
                    Answer.NEEDS_HELP, List.of("ayuda", "auxilio", "sos")),
            Language.FR, Map.of(Answer.SAFE, List.of("oui", "ok", "bien", "ça va"),
                    Answer.NEEDS_HELP, List.of("aide", "au secours", "sos")));
    /** The longest reply read, in characters: a longer one is no answer. */
    public static final int MAX_REPLY = 40;

    private ReplyWords() {
    }

    /** The answer a reply's text gives, if it gives one. */
    public static Optional<Answer> answer(String text) {
        if (text == null || text.length() > MAX_REPLY) {
            return Optional.empty();
        }
        String said = normal(text);
        if (said.equals("1")) {
            return Optional.of(Answer.SAFE);
        }
        if (said.equals("2")) {
            return Optional.of(Answer.NEEDS_HELP);
        }
        for (Map<Answer, List<String>> words : WORDS.values()) {
            for (Map.Entry<Answer, List<String>> e : words.entrySet()) {
                if (e.getValue().stream().map(ReplyWords::normal).anyMatch(said::equals)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** A text as replies are compared: lower case, no accents, inner blanks one space, no leading ¡, no final . or !. */
    public static String normal(String text) {
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        return bare.replaceAll("^[¡]+", "").replaceAll("[.!]+$", "").strip();
    }
}
