package io.vigil.incident.port.in;

import java.util.List;

/**
 * A trend inside a risk assessment's area: the assessment, the category, and the incidents that
 * make it (three or more within 90 days), which the assessment's review suggestion cites.
 */
public record TrendFinding(String assessment, String assessmentTitle, String category, List<String> incidents) {
}
