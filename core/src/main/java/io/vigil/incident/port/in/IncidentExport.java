package io.vigil.incident.port.in;

import io.vigil.incident.domain.Severity;
import io.vigil.incident.domain.Verification;
import io.vigil.kernel.Require;
import io.vigil.kernel.time.LocalTimes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Incidents in a neutral form for another organisation's system: each row with its subtype mapped
 * to the external code list's code, counts of persons by harm (never names) and of assets damaged.
 * Instants are UTC; {@code timeZone} is the office's IANA zone, in which the CSV's last column
 * ({@code occurredLocal}) writes each {@code occurredAt} again for people to read.
 */
public record IncidentExport(String codeList, Instant from, Instant until, String timeZone, List<Row> rows) {
    /**
     * The CSV columns, in order: {@code occurredAt} in ISO-8601 UTC for programs, {@code occurredLocal}
     * the same instant in the office's local time with its zone named ({@link LocalTimes}).
     */
    public static final List<String> COLUMNS = List.of("id", "externalCode", "category", "subtype", "occurredAt",
            "latitude", "longitude", "place", "severity", "verification", "killed", "injured", "abducted",
            "detained", "harassed", "assetsDamaged", "status", "occurredLocal");

    public IncidentExport {
        Require.nonNull(timeZone, "timeZone");
        ZoneId.of(timeZone);
        rows = List.copyOf(rows);
    }

    /** One incident. */
    public record Row(String id, String externalCode, String category, String subtype, Instant occurredAt,
                      Double latitude, Double longitude, String place, Severity severity, Verification verification,
                      int killed, int injured, int abducted, int detained, int harassed, int assetsDamaged,
                      String status) {
        List<String> cells(ZoneId zone) {
            return List.of(id, defused(externalCode), category, subtype, occurredAt.toString(),
                    latitude == null ? "" : latitude.toString(), longitude == null ? "" : longitude.toString(),
                    defused(place), severity.name(), verification.name(), Integer.toString(killed), Integer.toString(injured),
                    Integer.toString(abducted), Integer.toString(detained), Integer.toString(harassed),
                    Integer.toString(assetsDamaged), status, LocalTimes.format(occurredAt, zone));
        }
    }

    /** Free text a spreadsheet could run as a formula (=, @, +, - first) gets a leading apostrophe. */
    static String defused(String text) {
        return !text.isEmpty() && "=@+-\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** The rows as CSV (RFC 4180: a header line, fields quoted when they hold a comma, quote or line break). */
    public String csv() {
        StringBuilder out = new StringBuilder();
        line(out, COLUMNS);
        ZoneId zone = ZoneId.of(timeZone);
        rows.forEach(r -> line(out, r.cells(zone)));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }
}
