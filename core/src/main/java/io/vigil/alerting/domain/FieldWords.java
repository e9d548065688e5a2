package io.vigil.alerting.domain;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The grammar of an SMS from the field, in every supported language (words compare as
 * {@link ReplyWords#normal} does: case and accents ignored):
 *
 * <ul>
 *   <li><b>Call-in</b>: a one-word safe reply word of any language ({@code OK}, {@code safe},
 *   {@code fine}, {@code yes}, {@code sí}, {@code bien}, {@code oui}), then the time on the office's
 *   clock, 24-hour ({@code 14:30}, {@code 14.30}, {@code 14h30}, {@code 1430}, {@code 9:05}), then
 *   optionally where the caller is ({@code OK 14:30 PK12}, at most {@value #MAX_PLACE} characters).
 *   The word alone is a reply to a roll-call ({@link ReplyWords}), not a call-in, and so is the word
 *   followed by anything that does not start with a digit ({@code ok thanks} is a reply not
 *   understood, answered as such); one followed by a digit is a call-in, read or not.</li>
 *   <li><b>Flash report</b>: {@code FLASH} (also {@code ALERTA}, {@code ALERTE}), a category word, then
 *   what happened ({@code FLASH ARMED shots near the bridge}, at most {@value #MAX_FLASH_TEXT}
 *   characters). The category words are those of {@link #CATEGORIES} (the standard taxonomy's five
 *   categories in en, es and fr), or a category code of the office's own taxonomy as written
 *   ({@code FLASH civil-unrest ...}).</li>
 * </ul>
 *
 * A text that starts with neither is no field text ({@link #read} is empty); one that starts with a
 * call-in or flash word and goes on with something else is {@link FieldText.Garbled}, with the reason.
 */
public final class FieldWords {
    /** The most characters of a call-in's place. */
    public static final int MAX_PLACE = 200;
    /** The most characters of a flash report's text. */
    public static final int MAX_FLASH_TEXT = 300;
    /** The words that start a flash report, in every language. */
    public static final List<String> FLASH = List.of("flash", "alerta", "alerte");
    /** The category words of each standard category code, as written: English, Spanish, French. */
    public static final Map<String, List<String>> CATEGORIES = categories();

    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:.hH]([0-5][0-9])|([01][0-9]|2[0-3])([0-5][0-9])");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private FieldWords() {
    }

    private static Map<String, List<String>> categories() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        words.put("crime", List.of("crime", "crimen", "delito", "délit"));
        words.put("terrorism", List.of("terror", "terrorism", "terrorismo", "terrorisme"));
        words.put("armed-conflict", List.of("armed", "conflict", "armado", "conflicto", "armé", "conflit"));
        words.put("civil-unrest", List.of("unrest", "riot", "disturbios", "protesta", "troubles", "émeute"));
        words.put("hazards", List.of("hazard", "accident", "peligro", "accidente", "danger"));
        return java.util.Collections.unmodifiableMap(words);
    }

    /** The one-word safe reply words of every language: those that start a call-in. */
    public static Set<String> callInWords() {
        return ReplyWords.WORDS.values().stream().flatMap(w -> w.get(Answer.SAFE).stream()).map(ReplyWords::normal)
                .filter(w -> !w.contains(" ")).collect(Collectors.toUnmodifiableSet());
    }

    /** What the text says, if it starts with a call-in word followed by more, or with a flash word. */
    public static Optional<FieldText> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String said = text.strip().replaceAll("\\s+", " ");
        String[] parts = said.split(" ", 3);
        String first = ReplyWords.normal(parts[0]);
        if (FLASH.contains(first)) {
            return Optional.of(flash(parts));
        }
        if (parts.length >= 2 && Character.isDigit(parts[1].charAt(0)) && callInWords().contains(first)) {
            return Optional.of(callIn(parts));
        }
        return Optional.empty();
    }

    private static FieldText callIn(String[] parts) {
        Matcher m = TIME.matcher(parts[1].replaceAll("[.,;!]+$", ""));
        if (!m.matches()) {
            return new FieldText.Garbled(FieldText.Flow.CALL_IN, "a call-in gives the time as HH:MM after "
                    + parts[0] + ", was '" + shown(parts[1]) + "'");
        }
        int hour = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
        int minute = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        Optional<String> place = parts.length == 3 ? Optional.of(parts[2].strip()) : Optional.empty();
        if (place.isPresent() && place.get().length() > MAX_PLACE) {
            return new FieldText.Garbled(FieldText.Flow.CALL_IN, "a call-in's place must be at most " + MAX_PLACE
                    + " characters, was " + place.get().length());
        }
        return new FieldText.CallInSaid(LocalTime.of(hour, minute), place);
    }

    private static FieldText flash(String[] parts) {
        if (parts.length < 3) {
            return new FieldText.Garbled(FieldText.Flow.FLASH, "a flash report gives a category word and what"
                    + " happened after " + parts[0]);
        }
        Optional<String> category = category(parts[1]);
        if (category.isEmpty()) {
            return new FieldText.Garbled(FieldText.Flow.FLASH, "'" + shown(parts[1]) + "' is no category word");
        }
        String what = parts[2].strip();
        if (what.length() > MAX_FLASH_TEXT) {
            return new FieldText.Garbled(FieldText.Flow.FLASH, "a flash report's text must be at most "
                    + MAX_FLASH_TEXT + " characters, was " + what.length());
        }
        return new FieldText.FlashSaid(category.get(), what);
    }

    /** The category code a word stands for: a standard category's word, else the word itself if it is shaped as a code. */
    public static Optional<String> category(String word) {
        String w = ReplyWords.normal(word);
        for (Map.Entry<String, List<String>> e : CATEGORIES.entrySet()) {
            if (e.getKey().equals(w) || e.getValue().stream().map(ReplyWords::normal).anyMatch(w::equals)) {
                return Optional.of(e.getKey());
            }
        }
        return w.length() <= 50 && CODE.matcher(w).matches() && !w.matches("[0-9-]+") ? Optional.of(w)
                : Optional.empty();
    }

    private static String shown(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
