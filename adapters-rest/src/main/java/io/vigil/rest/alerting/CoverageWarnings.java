package io.vigil.rest.alerting;

import java.util.List;

/** What a change to the on-call roster leaves uncovered, one sentence per gap. */
public record CoverageWarnings(List<String> warnings) {
}
