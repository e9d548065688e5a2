package io.vigil.alerting.domain;

import java.text.Normalizer;

/**
 * The GSM 03.38 default alphabet an SMS of 160 characters is written in: how many septets a text
 * takes (a character of the extension table, such as a brace or {@code €}, takes two), and
 * a value folded into the basic table so it can be put into an SMS without changing its encoding
 * (accents the alphabet lacks are dropped, {@code á} becomes {@code a}; anything else unknown
 * becomes {@code ?}; line breaks and controls become spaces).
 */
public final class GsmText {
    /** The septets of one SMS. */
    public static final int SMS = 160;
    /** The septets of two joined SMS (each part loses 7 septets to the joining header). */
    public static final int TWO_SMS = 306;
    /** The septets of three joined SMS (153 each). */
    public static final int THREE_SMS = 459;
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private GsmText() {
    }

    /** The septets the text takes, or -1 when it has a character outside the alphabet. */
    public static int septets(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                n++;
            } else if (EXTENSION.indexOf(c) >= 0) {
                n += 2;
            } else {
                return -1;
            }
        }
        return n;
    }

    /** The first character of the text outside the alphabet, if any. */
    public static java.util.Optional<Character> foreign(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) < 0 && EXTENSION.indexOf(c) < 0) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    /** The value in characters of the basic table only, one septet each, cut to at most {@code max}. */
    public static String fold(String value, int max) {
        StringBuilder out = new StringBuilder(Math.min(max, value.length()));
        for (int i = 0; i < value.length() && out.length() < max; i++) {
            out.append(fold(value.charAt(i)));
        }
        return out.toString();
    }

    private static char fold(char c) {
        if (c == '\n' || c == '\r' || Character.isISOControl(c) || Character.isWhitespace(c)) {
            return ' ';
        }
        if (BASIC.indexOf(c) >= 0) {
            return c;
        }
        String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (bare.length() == 1 && BASIC.indexOf(bare.charAt(0)) >= 0) {
            return bare.charAt(0);
        }
        return switch (c) {
            case '{', '[' -> '(';
            case '}', ']' -> ')';
            case '~', '–', '—' -> '-';
            case '\\', '|' -> '/';
            case '’', '‘' -> '\'';
            case '“', '”', '«', '»' -> '"';
            case '€' -> 'E';
            default -> '?';
        };
    }
}
