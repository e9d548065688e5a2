package io.vigil.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reply words of every language, read with case, accents, blanks around and a final . or ! ignored. */
class ReplyWordsTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "1|SAFE", "' 2 '|NEEDS_HELP", "'\n1\t'|SAFE",
        // English
        "safe|SAFE", "Safe.|SAFE", "OK|SAFE", "fine|SAFE", "yes|SAFE", "HELP|NEEDS_HELP", "help!|NEEDS_HELP",
        "sos|NEEDS_HELP",
        // Spanish
        "sí|SAFE", "Sí.|SAFE", "SÍ|SAFE", "si|SAFE", "bien|SAFE", "a salvo|SAFE", "'A  SALVO'|SAFE",
        "ayuda|NEEDS_HELP", "¡Ayuda!|NEEDS_HELP", "auxilio|NEEDS_HELP",
        // French
        "oui|SAFE", "Oui !|SAFE", "ça va|SAFE", "Ca va|SAFE", "aide|NEEDS_HELP", "AIDE|NEEDS_HELP",
        "au secours|NEEDS_HELP", "Au secours !|NEEDS_HELP"})
    void a_reply_word_gives_its_answer(String text, Answer expected) {
        assertThat(ReplyWords.answer(text)).contains(expected);
    }

    @ParameterizedTest(name = "''{0}'' gives no answer")
    @ValueSource(strings = {"12", "1 2", "3", "0", "yes please", "no", "non", "maybe", "ayudame", "aidez-moi",
        "OK 14:30 PK12", "safe safe", "sí sí", "?", "1111111111111111111111111111111111111111 "})
    @NullAndEmptySource
    void any_other_text_gives_no_answer(String text) {
        assertThat(ReplyWords.answer(text)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest(name = "''{0}'' reads as ''{1}''")
    @CsvSource(delimiter = '|', value = {"'  Sí. '|si", "ÇA  VA !!|ca va", "Ayuda!.|ayuda", "'Au\tsecours'|au secours"})
    void replies_compare_lower_cased_without_accents_blanks_or_final_marks(String text, String expected) {
        assertThat(ReplyWords.normal(text)).isEqualTo(expected);
    }
}
