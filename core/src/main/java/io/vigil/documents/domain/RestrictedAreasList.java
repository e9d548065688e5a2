package io.vigil.documents.domain;

import io.vigil.kernel.time.LocalTimes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The restricted-areas list as Markdown, written from the areas in force at the instant it is
 * read, so it is never a stale copy: one section per area with its movement rules, validity
 * and reason, its times in the office's local time with the zone named ({@link LocalTimes}). Text
 * from the areas is escaped, so a name cannot inject Markdown or HTML.
 */
public final class RestrictedAreasList {
    private RestrictedAreasList() {
    }

    /** The list's Markdown for the areas in force at {@code at}, in the order given, times in the office's {@code zone}. */
    public static String markdown(String title, List<ListedArea> areas, Instant at, ZoneId zone) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(title)).append("\n\n");
        md.append("Generated at ").append(LocalTimes.format(at, zone)).append(" from the risk context's areas in force then (")
                .append(areas.size()).append(areas.size() == 1 ? " area" : " areas").append(").\n\n");
        if (areas.isEmpty()) {
            md.append("No restricted or high-risk area is in force.\n");
            return md.toString();
        }
        for (ListedArea a : areas) {
            md.append("## ").append(escape(a.name())).append("\n\n")
                    .append("- Movement rules: ")
                    .append(escape(String.join(", ", a.rules().stream().map(RestrictedAreasList::words).toList())))
                    .append("\n- In force: from ").append(LocalTimes.format(a.validFrom(), zone))
                    .append(a.validTo().map(t -> " until " + LocalTimes.format(t, zone)).orElse(", open-ended")).append("\n");
            if (!a.reason().isEmpty()) {
                md.append("- Reason: ").append(escape(a.reason())).append("\n");
            }
            md.append("\n");
        }
        return md.toString();
    }

    private static String words(String rule) {
        return rule.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Markdown's and HTML's special characters escaped with a backslash or an entity; line breaks as spaces. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '(', ')' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
