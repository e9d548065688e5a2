package io.vigil.crisis.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.time.LocalTimes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** The after-action report of a drill, as Markdown: what was measured against its target, found and to be done. */
public final class AfterActionReport {
    private AfterActionReport() {
    }

    /**
     * The report of {@code e} at {@code now} in the office's {@code zone}: times are written in its local
     * time, the zone named ({@link LocalTimes}), and an action is overdue after its due day in that zone.
     * Persons are shown by the names given (by id where none is given). Text written by people is
     * escaped so it cannot change the report's structure.
     */
    public static String markdown(Exercise e, Map<PersonId, String> names, Instant now, ZoneId zone) {
        LocalDate today = LocalTimes.day(now, zone);
        StringBuilder md = new StringBuilder();
        md.append("# After-action report: ").append(text(e.title())).append("\n\n");
        md.append("- Kind: ").append(e.kind()).append('\n');
        md.append("- Held: ").append(LocalTimes.format(e.heldAt(), zone)).append('\n');
        md.append("- Participants: ").append(e.participants().size()).append("\n\n");
        md.append("## Times against targets\n\n");
        if (e.measurements().isEmpty()) {
            md.append("Nothing was timed.\n\n");
        } else {
            md.append("| Measure | Measured | Target | Met |\n|---|---|---|---|\n");
            for (Measurement m : e.measurements()) {
                md.append("| ").append(cell(m.name())).append(" | ").append(duration(m.measuredSeconds()))
                        .append(" | ").append(duration(m.targetSeconds())).append(" | ")
                        .append(m.met() ? "yes" : "**no**").append(" |\n");
            }
            md.append('\n');
        }
        e.alerting().ifPresent(run -> {
            md.append("## ").append(run.kind() == AlertingRun.Kind.COMMUNICATION_TEST ? "Communication test"
                    : "Phone-tree drill").append("\n\n");
            md.append(run.score().map(s -> s.reached() + " of " + s.audience() + " reached; " + text(s.verdict())
                    + " (scored " + LocalTimes.format(s.scoredAt(), zone) + ")").orElse("Not scored yet.")).append("\n\n");
        });
        md.append("## Findings\n\n");
        if (e.findings().isEmpty()) {
            md.append("None recorded.\n\n");
        } else {
            e.findings().forEach(f -> md.append("- ").append(text(f)).append('\n'));
            md.append('\n');
        }
        md.append("## Follow-up actions\n\n");
        if (e.actions().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| # | Action | Owner | Due | Status |\n|---|---|---|---|---|\n");
            for (ExerciseAction a : e.actions()) {
                String status = a.done().map(d -> "done " + d).orElse(a.overdue(today) ? "**overdue**" : "open");
                md.append("| ").append(a.number()).append(" | ").append(cell(a.description())).append(" | ")
                        .append(cell(names.getOrDefault(a.owner(), a.owner().toString()))).append(" | ")
                        .append(a.due()).append(" | ").append(status).append(" |\n");
            }
        }
        return md.toString();
    }

    /** "4 min 10 s" for 250 seconds. */
    public static String duration(int seconds) {
        int h = seconds / 3600;
        int m = seconds % 3600 / 60;
        int s = seconds % 60;
        return (h > 0 ? h + " h " : "") + (h > 0 || m > 0 ? m + " min " : "") + s + " s";
    }

    private static String text(String s) {
        return s.replaceAll("[\\r\\n]+", " ").replaceAll("([\\\\`*_\\[\\]#<>|])", "\\\\$1");
    }

    private static String cell(String s) {
        return text(s);
    }
}
