package io.vigil.alerting.domain;

/** Whom an advisory addresses. */
public enum AudienceKind {
    /** Everyone the office is responsible for. */
    EVERYONE,
    /** The persons of one warden zone. */
    ZONE,
    /** Travellers in an area. */
    AREA,
    /** One category of personnel (e.g. INTERNATIONAL_STAFF). */
    CATEGORY
}
