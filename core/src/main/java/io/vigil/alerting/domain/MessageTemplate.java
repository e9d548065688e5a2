package io.vigil.alerting.domain;

import io.vigil.kernel.Language;
import io.vigil.kernel.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one kind of message in one language, with named placeholders such as
 * {@code {title}}: only the kind's placeholders, every one it requires, in the GSM alphabet, and
 * short enough that with every placeholder at its longest the message fits its bound. Rendering
 * puts each value in once (a value's own braces are never read as a placeholder), folded into the
 * GSM alphabet and cut to its placeholder's length, so a rendered message never exceeds the bound
 * and never shows a placeholder.
 */
public record MessageTemplate(MessageKind kind, Language language, String text) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]{1,20})}");

    public MessageTemplate {
        Require.nonNull(kind, "kind");
        Require.nonNull(language, "language");
        Require.nonNull(text, "text");
        List<String> problems = problems(kind, text);
        Require.that(problems.isEmpty(), "text", problems.isEmpty() ? "" : String.join("; ", problems));
    }

    /** What is wrong with a text for a template of the kind, each problem in a sentence; empty when nothing. */
    public static List<String> problems(MessageKind kind, String text) {
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return List.of("must not be blank");
        }
        if (text.length() > kind.bound()) {
            return List.of("must be at most " + kind.bound() + " characters, was " + text.length());
        }
        GsmText.foreign(text).ifPresent(c -> problems.add("must be written in the GSM alphabet of SMS, but has '"
                + c + "'"));
        List<String> used = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder fixed = new StringBuilder();
        int longest = 0;
        int last = 0;
        while (m.find()) {
            fixed.append(text, last, m.start());
            last = m.end();
            String name = m.group(1);
            Integer max = kind.placeholders().get(name);
            if (max == null) {
                problems.add("names the unknown placeholder {" + name + "}; " + kind + " knows "
                        + (kind.placeholders().isEmpty() ? "none" : known(kind)));
            } else {
                used.add(name);
                longest += max;
            }
        }
        fixed.append(text.substring(last));
        if (fixed.indexOf("{") >= 0 || fixed.indexOf("}") >= 0) {
            problems.add("must use braces only around a placeholder name of lower-case letters, such as {title}");
        }
        kind.required().stream().sorted().filter(r -> !used.contains(r))
                .forEach(r -> problems.add("must use the placeholder {" + r + "}"));
        kind.list().filter(l -> used.stream().filter(l::equals).count() > 1)
                .ifPresent(l -> problems.add("must use the list {" + l + "} only once"));
        int septets = GsmText.septets(fixed.toString());
        if (septets >= 0 && septets + longest > kind.bound()) {
            problems.add("takes up to " + (septets + longest) + " characters with its placeholders at their longest ("
                    + placeholderLengths(kind, used) + "), more than the " + kind.bound() + " of " + kind.boundName());
        }
        return problems;
    }

    /** The message with the values put in; a placeholder without a value is left empty. */
    public String render(Map<String, String> values) {
        return renderPart(text, values);
    }

    /**
     * The head and tail of a digest: the text before its list placeholder and the text after, each
     * rendered as {@link #render} does; the list goes between them, as many entries as fit a page.
     *
     * @throws IllegalStateException when the kind has no list
     */
    public DigestWording digest(Map<String, String> values) {
        String list = kind.list().orElseThrow(() -> new IllegalStateException(kind + " is no digest"));
        String marker = "{" + list + "}";
        int at = text.indexOf(marker);
        return new DigestWording(renderPart(text.substring(0, at), values),
                renderPart(text.substring(at + marker.length()), values));
    }

    /** A digest's wording around its list: {@code head}, the entries, then {@code tail}. */
    public record DigestWording(String head, String tail) {
        public DigestWording {
            Require.nonNull(head, "head");
            Require.nonNull(tail, "tail");
        }
    }

    private String renderPart(String part, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(part);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(part, last, m.start());
            String name = m.group(1);
            out.append(GsmText.fold(Optional.ofNullable(values.get(name)).orElse(""), kind.placeholders().get(name)));
            last = m.end();
        }
        return out.append(part.substring(last)).toString();
    }

    private static String known(MessageKind kind) {
        return String.join(", ", kind.placeholders().keySet().stream().map(p -> "{" + p + "}").toList());
    }

    private static String placeholderLengths(MessageKind kind, List<String> used) {
        return String.join(", ", used.stream().map(p -> "{" + p + "} " + kind.placeholders().get(p)).toList());
    }
}
