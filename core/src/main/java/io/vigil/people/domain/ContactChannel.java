package io.vigil.people.domain;

import io.vigil.kernel.Require;
import java.util.regex.Pattern;

/** One way to reach a person; a person's channels are kept in their preferred order. */
public record ContactChannel(ChannelKind kind, String value, String label) {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,24}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ContactChannel {
        Require.nonNull(kind, "kind");
        value = Require.text(value, "value", 200);
        label = label == null ? "" : label.strip();
        Require.that(label.length() <= 60, "label", "must be at most 60 characters");
        Require.that(kind != ChannelKind.PHONE || PHONE.matcher(value).matches(),
                "value", "must be a phone number such as +52 55 1234 5678, was '" + value + "'");
        Require.that(kind != ChannelKind.EMAIL || EMAIL.matcher(value).matches(),
                "value", "must be an e-mail address, was '" + value + "'");
    }
}
