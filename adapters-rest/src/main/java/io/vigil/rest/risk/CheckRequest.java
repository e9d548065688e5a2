package io.vigil.rest.risk;

import io.vigil.risk.domain.CheckResult;

/** The body of {@code POST /api/v1/facilities/{id}/checks}: which asset, and the result. */
public record CheckRequest(String assetTag, CheckResult result) {
}
