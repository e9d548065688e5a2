package io.vigil.alerting.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One message to one address over one channel. Its id is stable (the same request resent has the
 * same id), so a gateway sends each id once however often a broadcast is resumed.
 *
 * @param recipient the person it is for; empty for a duty phone (the officer on call)
 */
public record OutboundMessage(String id, OfficeId office, Optional<PersonId> recipient, Channel channel,
                              String address, String text, Instant queuedAt) {
    /** The longest text a message carries, in characters. */
    public static final int MAX_TEXT = 2000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]+");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

    public OutboundMessage {
        id = Require.text(id, "id", 200);
        Require.that(isId(id), "id", "must be letters, digits and dashes, was '" + id + "'");
        Require.nonNull(office, "office");
        Require.nonNull(recipient, "recipient");
        Require.nonNull(channel, "channel");
        address = Require.text(address, "address", 200);
        text = Require.text(text, "text", MAX_TEXT);
        Require.nonNull(queuedAt, "queuedAt");
    }

    /**
     * An address in a form that compares equal however it was written: a phone number (digits,
     * spaces, dashes, dots, parentheses, an optional leading +) becomes its digits; anything else
     * is trimmed and lower-cased.
     */
    public static String normalise(String address) {
        String a = address.strip();
        return PHONE.matcher(a).matches() ? NOT_DIGIT.matcher(a).replaceAll("") : a.toLowerCase(Locale.ROOT);
    }

    /** Whether the text is a message id's characters: letters, digits and dashes, at least one. */
    public static boolean isId(String text) {
        return ID.matcher(text).matches();
    }
}
