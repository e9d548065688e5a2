package io.vigil.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import io.vigil.kernel.validation.InvalidCommandException;
import java.io.IOException;
import java.time.Instant;

/**
 * The instants the API accepts, in a body or a query: from 1900 to the end of 9999. Further out
 * (Java reaches a billion years either way) no date of the programme can lie, and the arithmetic
 * of a use case could overflow.
 */
final class InstantWindow {
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    static final String REASON = "must be between 1900-01-01T00:00:00Z and 9999-12-31T23:59:59Z";

    private InstantWindow() {
    }

    static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /** {@code instant} if inside the window; otherwise a violation of {@code field}. */
    static Instant check(String field, Instant instant) {
        if (!contains(instant)) {
            throw InvalidCommandException.of(field, REASON + ", was " + instant);
        }
        return instant;
    }

    /** A Jackson module that reads instants as ISO-8601 text and refuses those outside the window. */
    static SimpleModule module() {
        return new SimpleModule("vigil-instant-window").addDeserializer(Instant.class, new Deserializer());
    }

    private static final class Deserializer extends StdDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getText();
            Instant instant = InstantDeserializer.INSTANT.deserialize(p, ctxt);
            if (instant != null && !contains(instant)) {
                throw InvalidFormatException.from(p, REASON, text, Instant.class);
            }
            return instant;
        }
    }
}
