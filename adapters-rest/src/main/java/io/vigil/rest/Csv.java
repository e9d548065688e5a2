package io.vigil.rest;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV (UTF-8, RFC 4180) for the exports a spreadsheet opens (a zone's roster, a roll-call): cells
 * quoted when needed and defused when a spreadsheet could run them as a formula.
 */
public final class Csv {
    /** The media type of every CSV export. */
    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    private static final Pattern PHONE = Pattern.compile("\\+[0-9][0-9 ().-]*");

    private Csv() {
    }

    /** One line of cells, each made safe by {@link #cell}, ended by CRLF. */
    public static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * One cell, quoted when needed. A value a spreadsheet could run as a formula (starting with
     * {@code =}, {@code @}, {@code +}, {@code -}, a tab or a carriage return) gets a leading
     * apostrophe, whatever follows; only a telephone number ({@code +} and digits, spaces, dots,
     * dashes and parentheses, nothing else) is left as it is.
     */
    public static String cell(String value) {
        boolean formula = !value.isEmpty() && "=@+-\t\r".indexOf(value.charAt(0)) >= 0
                && !PHONE.matcher(value).matches();
        String safe = formula ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
