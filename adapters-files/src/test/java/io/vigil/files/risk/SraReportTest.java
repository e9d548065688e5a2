package io.vigil.files.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.geo.GeoArea;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.risk.domain.AcceptabilityRules;
import io.vigil.risk.domain.AssessmentId;
import io.vigil.risk.domain.AssessmentState;
import io.vigil.risk.domain.Impact;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.Measure;
import io.vigil.risk.domain.MeasureStatus;
import io.vigil.risk.domain.ProgrammeCriticality;
import io.vigil.risk.domain.Risk;
import io.vigil.risk.domain.RiskMatrix;
import io.vigil.risk.domain.SecurityAssessment;
import io.vigil.risk.domain.ThreatCategory;
import io.vigil.risk.domain.Treatment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SraReportTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    private static SecurityAssessment sra() {
        Risk kidnapping = new Risk(ThreatCategory.CRIME, "express kidnapping", Likelihood.LIKELY, Impact.SEVERE,
                Treatment.CONTROL, List.of(new Measure("Vetted taxis | only", "associate", T0, MeasureStatus.PLANNED)),
                Likelihood.UNLIKELY, Impact.SEVERE);
        Risk quake = new Risk(ThreatCategory.HAZARDS, "earthquake", Likelihood.MODERATELY_LIKELY, Impact.CRITICAL,
                Treatment.ACCEPT, List.of(), Likelihood.MODERATELY_LIKELY, Impact.CRITICAL);
        return new SecurityAssessment(AssessmentId.random(), OfficeId.of("MX-MEX"), 3, "Mexico City SRA",
                GeoArea.rectangle(GeoPoint.of(19.2, -99.3), GeoPoint.of(19.6, -98.9)).vertices(), T0,
                T0.plusSeconds(86_400 * 365), "# not a heading\nCrime dominates.", List.of(kidnapping, quake),
                ProgrammeCriticality.PC2, Optional.of(3), T0.plusSeconds(86_400 * 90),
                new AssessmentState.Approved("officer", T0), RiskMatrix.standard(), AcceptabilityRules.standard());
    }

    @Test
    void the_matrix_is_drawn_with_every_risk_placed_at_its_ratings() {
        String md = SraReport.markdown(sra(), ZoneOffset.UTC);
        assertThat(md).startsWith("# Mexico City SRA");
        assertThat(md).contains("| **likely** | LOW | MEDIUM | HIGH | HIGH: (R1) | VERY_HIGH |");
        assertThat(md).contains("| **unlikely** | VERY_LOW | LOW | LOW | MEDIUM: R1 | MEDIUM |");
        assertThat(md).contains("| **moderately likely** | VERY_LOW | LOW | MEDIUM | HIGH | HIGH: R2 |");
        assertThat(md).contains("**Proceed with approval by the country representative**");
        assertThat(md).contains("Vetted taxis \\| only").contains("\\# not a heading");
        assertThat(md.lines().filter(l -> l.startsWith("| **")).count()).isEqualTo(5);
    }

    @Test
    void the_report_is_written_atomically_as_a_file(@TempDir Path dir) throws Exception {
        SecurityAssessment a = sra();
        Path file = SraReport.write(dir.resolve("reports"), a, MEXICO_CITY);
        assertThat(file.getFileName().toString()).isEqualTo(a.id() + ".md");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(SraReport.markdown(a, MEXICO_CITY));
    }

    @Test
    void its_times_are_the_offices_local_date_and_time_with_the_zone_named() {
        // 2026-03-01T00:00Z is 18:00 on 28 February in Mexico City (UTC-6) and 14:00 on 1 March in Kiritimati (UTC+14)
        String mexico = SraReport.markdown(sra(), MEXICO_CITY);
        assertThat(mexico).contains("| Status | APPROVED by officer on 2026-02-28 18:00 CST (America/Mexico_City) |")
                .contains("| Valid | 2026-02-28 18:00 CST (America/Mexico_City) to"
                        + " 2027-02-28 18:00 CST (America/Mexico_City) |")
                .contains("| Next review | 2026-05-29 18:00 CST (America/Mexico_City) |")
                .contains("| 2026-02-28 18:00 CST (America/Mexico_City) | PLANNED |")
                .doesNotContain("2026-03-01T00:00:00Z");
        assertThat(SraReport.markdown(sra(), ZoneId.of("Pacific/Kiritimati")))
                .contains("on 2026-03-01 14:00 LINT (Pacific/Kiritimati) |");
        assertThat(SraReport.markdown(sra(), ZoneOffset.UTC)).contains("on 2026-03-01 00:00 UTC (UTC) |");
    }
}
