package io.vigil.risk.domain;

import java.time.Instant;

/** A maintenance or test of an asset that is due soon, or overdue. */
public record DueCheck(FacilityId facility, String facilityName, String assetTag, AssetKind assetKind,
                       CheckKind check, Instant due, boolean overdue) {
}
