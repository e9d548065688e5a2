package io.vigil.examples.console;

import io.vigil.kernel.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's labels in one language: the navigation, headings, column headers, buttons, form
 * labels and status words of its screens, from the catalogue {@code labels_<tag>.properties}
 * (UTF-8) beside this class, one file per supported {@link Language}. English is complete; every key
 * is in all three files ({@code ConsoleLabelsTest} checks it, and that every key a template or
 * screen names exists). Record data (names, titles, texts people wrote) is never translated. A key
 * missing from a language shows in English, one missing from English shows as the key itself, so a
 * page never fails for a label.
 */
public final class ConsoleLabels {
    private static final Map<Language, Map<String, String>> CATALOGUE = load();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([0-9])}");

    private final Language language;
    private final Map<String, String> table;

    private ConsoleLabels(Language language) {
        this.language = language;
        this.table = CATALOGUE.get(language);
    }

    /** The labels in {@code language}. */
    public static ConsoleLabels of(Language language) {
        return new ConsoleLabels(language);
    }

    /**
     * The viewer's language: the one they chose in the console ({@code chosen}, a tag; one not
     * supported is ignored), else the one their person prefers, else their office's default, else
     * English.
     */
    static Language choose(String chosen, Optional<Language> preferred, Optional<Language> office) {
        Optional<Language> picked = Language.SUPPORTED.stream().filter(l -> l.value().equals(chosen)).findFirst();
        return picked.or(() -> preferred).or(() -> office).orElse(Language.EN);
    }

    /** The language, as the {@code lang} attribute writes it. */
    public String lang() {
        return language.value();
    }

    /** The label of {@code key}, in this language (else in English, else the key). */
    public String t(String key) {
        String found = table.get(key);
        if (found == null) {
            found = CATALOGUE.get(Language.EN).getOrDefault(key, key);
        }
        return found;
    }

    /** The label of {@code key} with {@code {0}}, {@code {1}}, ... replaced, in order, by {@code values}. */
    public String t(String key, Object... values) {
        // one pass: a value that contains "{1}" is never read as a placeholder
        return PLACEHOLDER.matcher(t(key)).replaceAll(m -> {
            int i = Integer.parseInt(m.group(1));
            return Matcher.quoteReplacement(i < values.length ? String.valueOf(values[i]) : m.group());
        });
    }

    /**
     * A status word: the label {@code word.<constant in lower case, hyphens for underscores>} (such as {@code word.needs-help}),
     * else the constant in English words as {@link Format#words} writes it.
     */
    public String word(Enum<?> constant) {
        String key = "word." + constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String found = table.get(key);
        if (found == null) {
            found = CATALOGUE.get(Language.EN).get(key);
        }
        return found == null ? Format.words(constant) : found;
    }

    /**
     * The label of a navigation entry: {@code nav.<its key>}, else the label the screen gave it
     * (so a screen's entry shows in English until its key is in the catalogue).
     */
    public String nav(Frame.Nav entry) {
        String key = "nav." + entry.key();
        String found = table.get(key);
        if (found == null) {
            found = CATALOGUE.get(Language.EN).get(key);
        }
        return found == null ? entry.label() : found;
    }

    /**
     * The name of a part of a page, as a screen gives it to {@link Shown#of} in English, in this
     * language: the label {@code part.<its slug>} (such as {@code part.the-contact-log}), else as given.
     */
    public String part(String what) {
        String key = "part." + slug(what);
        String found = table.get(key);
        if (found == null) {
            found = CATALOGUE.get(Language.EN).get(key);
        }
        return found == null ? what : found;
    }

    /**
     * Why a part of a page is not shown ({@link Shown#withheld}) in this language: "the part: not
     * shown to your role" with the part named by {@link #part}; any other message as given.
     */
    public String withheld(String message) {
        if (!message.endsWith(Shown.NOT_SHOWN)) {
            return message;
        }
        return t("not-shown-to-your-role", part(message.substring(0, message.length() - Shown.NOT_SHOWN.length())));
    }

    /** {@code what} in lower case, each run of other characters than letters and digits one hyphen, none at the ends. */
    static String slug(String what) {
        return what.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The languages a viewer may choose, each named in itself, this one marked. */
    public List<Choice> choices() {
        return Language.SUPPORTED.stream().map(l -> new Choice(l.value(), CATALOGUE.get(l).get("language.name"),
                l.equals(language))).toList();
    }

    /** One language the selector offers: its tag, its name in itself, whether it is the one shown. */
    public record Choice(String tag, String name, boolean selected) {
    }

    /** Every key and label of one language's file, sorted by key (for the catalogue's tests). */
    static Map<String, String> table(Language language) {
        return new TreeMap<>(CATALOGUE.get(language));
    }

    private static Map<Language, Map<String, String>> load() {
        Map<Language, Map<String, String>> all = new LinkedHashMap<>();
        for (Language l : Language.SUPPORTED) {
            String resource = "labels_" + l.value() + ".properties";
            Properties p = new Properties();
            try (InputStream in = ConsoleLabels.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the console's labels " + resource + " are missing from the class path");
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> table = new LinkedHashMap<>();
            p.stringPropertyNames().forEach(k -> table.put(k, p.getProperty(k)));
            all.put(l, Map.copyOf(table));
        }
        return Map.copyOf(all);
    }
}
