package io.vigil.alerting.domain;

import io.vigil.kernel.Require;
import java.time.LocalTime;
import java.util.Optional;

/** What an SMS from the field says, as {@link FieldWords} reads it: a call-in, a flash report, or neither read. */
public sealed interface FieldText {
    /** The flow a text's first word asks for. */
    enum Flow { CALL_IN, FLASH }

    /** A call-in: the time on the office's clock and, if given, where the caller is. */
    record CallInSaid(LocalTime time, Optional<String> place) implements FieldText {
        public CallInSaid {
            Require.nonNull(time, "time");
            Require.nonNull(place, "place");
        }
    }

    /** A flash report: the category code of the office's taxonomy the word stands for, and what happened. */
    record FlashSaid(String category, String text) implements FieldText {
        public FlashSaid {
            category = Require.text(category, "category", 50);
            text = Require.text(text, "text", FieldWords.MAX_FLASH_TEXT);
        }
    }

    /** A text whose first word asks for a flow but whose rest cannot be read, and why. */
    record Garbled(Flow flow, String problem) implements FieldText {
        public Garbled {
            Require.nonNull(flow, "flow");
            problem = Require.text(problem, "problem", 300);
        }
    }
}
