package io.vigil.kernel;

import java.util.List;

/**
 * A language Vigil writes its messages in, by its IETF tag: {@code en} (English), {@code es}
 * (Spanish) or {@code fr} (French). A person may prefer one; an office writes in its default
 * otherwise.
 */
public record Language(String value) {
    /** English. */
    public static final Language EN = new Language("en");
    /** Spanish. */
    public static final Language ES = new Language("es");
    /** French. */
    public static final Language FR = new Language("fr");
    /** Every supported language, in the order they are listed. */
    public static final List<Language> SUPPORTED = List.of(EN, ES, FR);

    public Language {
        Require.nonNull(value, "language");
        Require.that(value.equals("en") || value.equals("es") || value.equals("fr"), "language",
                "must be one of en, es, fr, was '" + (value.length() > 20 ? value.substring(0, 20) + "..." : value)
                        + "'");
    }

    /** Parses a tag; throws {@link IllegalArgumentException} naming the field for an unsupported one. */
    public static Language of(String tag) {
        return new Language(tag);
    }

    @Override
    public String toString() {
        return value;
    }
}
