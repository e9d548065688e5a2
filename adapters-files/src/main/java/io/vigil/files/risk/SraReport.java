package io.vigil.files.risk;

import io.vigil.files.AtomicFiles;
import io.vigil.kernel.Words;
import io.vigil.kernel.time.LocalTimes;
import io.vigil.risk.domain.Acceptability;
import io.vigil.risk.domain.Impact;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.Measure;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.SecurityAssessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A security risk assessment as a readable Markdown report: summary, the acceptability decision
 * with its reasons, the assessment's own risk matrix drawn as a table with every risk placed in
 * it (R1 at its residual rating, (R1) at its inherent one), and the risks with their measures.
 * Its times (approved on, valid from and to, next review, measures due) are the office's local date
 * and time with the zone named, {@code 2026-03-01 10:30 CST (America/Mexico_City)}.
 */
public final class SraReport {
    /** The report's media type. */
    public static final String MEDIA_TYPE = "text/markdown";

    private SraReport() {
    }

    /** The report of {@code a}, its times in the office's {@code zone} ({@code ZoneOffset.UTC} for none). */
    public static String markdown(SecurityAssessment a, ZoneId zone) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(text(a.title())).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Office | ").append(a.office()).append(" |\n");
        md.append("| Status | ").append(a.status()).append(a.approvedBy().map(b -> " by " + text(b)).orElse(""))
                .append(a.approvedAt().map(t -> " on " + time(t, zone)).orElse("")).append(" |\n");
        md.append("| Valid | ").append(time(a.validFrom(), zone)).append(" to ").append(time(a.validTo(), zone))
                .append(" |\n");
        md.append("| Next review | ").append(time(a.reviewDue(), zone)).append(" |\n");
        md.append("| Programme criticality | ").append(a.criticality()).append(" |\n");
        a.securityLevel().ifPresent(l -> md.append("| Security level | ").append(l).append(" |\n"));
        md.append("\n## Situation\n\n").append(a.summary().isEmpty() ? "_No summary._" : text(a.summary()))
                .append("\n\n## Decision\n\n**").append(decision(a.acceptability())).append("**\n\n");
        a.acceptability().reasons().forEach(r -> md.append("- ").append(text(r)).append('\n'));
        md.append("\n## Risk matrix\n\n");
        matrix(a, md);
        md.append("\n## Risks\n\n");
        if (a.risks().isEmpty()) {
            md.append("_No risk has been rated._\n");
        }
        for (int n = 0; n < a.risks().size(); n++) {
            Risk r = a.risks().get(n);
            md.append("### R").append(n + 1).append(". ").append(Words.of(r.category())).append(": ")
                    .append(text(r.threat())).append("\n\n");
            md.append("- Inherent: ").append(Words.of(r.likelihood())).append(" × ").append(Words.of(r.impact()))
                    .append(" = **").append(a.inherentLevel(r)).append("**\n");
            md.append("- Treatment: ").append(r.treatment()).append('\n');
            md.append("- Residual: ").append(Words.of(r.residualLikelihood())).append(" × ")
                    .append(Words.of(r.residualImpact())).append(" = **").append(a.residualLevel(r)).append("**\n");
            if (!r.measures().isEmpty()) {
                md.append("\n| Measure | Owner | Due | Status |\n|---|---|---|---|\n");
                for (Measure m : r.measures()) {
                    md.append("| ").append(cell(m.description())).append(" | ").append(cell(m.owner())).append(" | ")
                            .append(time(m.due(), zone)).append(" | ").append(m.status()).append(" |\n");
                }
            }
            md.append('\n');
        }
        return md.toString();
    }

    /** Writes the report, its times in the office's {@code zone}, to {@code <dir>/<assessment id>.md}, atomically; returns the file. */
    public static Path write(Path dir, SecurityAssessment a, ZoneId zone) throws IOException {
        Path file = dir.resolve(a.id() + ".md");
        AtomicFiles.write(file, markdown(a, zone).getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** A time of the report, in the office's zone, the zone named. */
    private static String time(Instant at, ZoneId zone) {
        return LocalTimes.format(at, zone);
    }

    private static void matrix(SecurityAssessment a, StringBuilder md) {
        md.append("| Likelihood \\ Impact |");
        for (Impact i : Impact.values()) {
            md.append(' ').append(Words.of(i)).append(" |");
        }
        md.append("\n|---|");
        md.append("---|".repeat(Impact.values().length)).append('\n');
        Likelihood[] rows = Likelihood.values();
        for (int l = rows.length - 1; l >= 0; l--) {
            md.append("| **").append(Words.of(rows[l])).append("** |");
            for (Impact i : Impact.values()) {
                List<String> here = new ArrayList<>();
                for (int n = 0; n < a.risks().size(); n++) {
                    Risk r = a.risks().get(n);
                    if (r.residualLikelihood() == rows[l] && r.residualImpact() == i) {
                        here.add("R" + (n + 1));
                    }
                    if (r.likelihood() == rows[l] && r.impact() == i
                            && (r.likelihood() != r.residualLikelihood() || r.impact() != r.residualImpact())) {
                        here.add("(R" + (n + 1) + ")");
                    }
                }
                md.append(' ').append(a.matrix().level(rows[l], i));
                if (!here.isEmpty()) {
                    md.append(": ").append(String.join(" ", here));
                }
                md.append(" |");
            }
            md.append('\n');
        }
        md.append("\nR1 marks a risk at its residual rating; (R1) at its inherent rating, when measures moved it.\n");
    }

    private static String decision(Acceptability a) {
        if (a instanceof Acceptability.ProceedWithApproval p) {
            return "Proceed with approval by the " + Words.of(p.approval());
        }
        return a instanceof Acceptability.Proceed ? "Proceed" : "Do not proceed";
    }

    /** Text that cannot break the Markdown structure. */
    private static String text(String s) {
        return s.replace("\r", "").replaceAll("(?m)^#", "\\\\#");
    }

    private static String cell(String s) {
        return text(s).replace("|", "\\|").replace("\n", " ");
    }
}
