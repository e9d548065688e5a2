package io.vigil.risk.domain;

/** How a site visit found a requirement. */
public enum FindingStatus {
    MET, PARTLY_MET, NOT_MET, NOT_APPLICABLE
}
