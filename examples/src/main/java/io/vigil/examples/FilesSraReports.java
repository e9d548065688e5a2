package io.vigil.examples;

import io.vigil.files.risk.SraReport;
import io.vigil.rest.risk.AssessmentReports;
import io.vigil.risk.domain.SecurityAssessment;

/** Serves the REST assessment report with the files adapter's Markdown report. */
final class FilesSraReports implements AssessmentReports {

    @Override
    public String mediaType() {
        return SraReport.MEDIA_TYPE;
    }

    @Override
    public String render(SecurityAssessment assessment) {
        return SraReport.markdown(assessment);
    }
}
