package io.vigil.rest.risk;

import io.vigil.risk.domain.SecurityAssessment;

/**
 * Renders a security risk assessment as a readable report for
 * {@code GET /api/v1/assessments/{id}/report}; the host binds one (the files adapter's
 * Markdown report), or the route is not served.
 */
public interface AssessmentReports {
    /** The report's media type, such as {@code text/markdown}. */
    String mediaType();

    /** The report. */
    String render(SecurityAssessment assessment);
}
