package io.vigil.examples;

import io.vigil.files.risk.SraReport;
import io.vigil.people.port.in.ManageOfficesUseCase;
import io.vigil.rest.risk.AssessmentReports;
import io.vigil.risk.domain.SecurityAssessment;
import jakarta.inject.Inject;
import java.time.ZoneOffset;

/**
 * Serves the REST assessment report with the files adapter's Markdown report, its times in the
 * assessment's office's zone (UTC for an office without a profile).
 */
final class FilesSraReports implements AssessmentReports {
    private final ManageOfficesUseCase offices;

    @Inject
    FilesSraReports(ManageOfficesUseCase offices) {
        this.offices = offices;
    }

    @Override
    public String mediaType() {
        return SraReport.MEDIA_TYPE;
    }

    @Override
    public String render(SecurityAssessment assessment) {
        return SraReport.markdown(assessment, offices.zoneOf(assessment.office()).orElse(ZoneOffset.UTC));
    }
}
