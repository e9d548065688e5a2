package io.vigil.documents.domain;

/** Whom a document applies to, or a dissemination goes to. */
public enum AudienceKind {
    /** Everyone the office is responsible for. */
    EVERYONE,
    /** One category of personnel (e.g. {@code INTERNATIONAL_STAFF}). */
    CATEGORY,
    /** One organisation unit. */
    UNIT,
    /** The residents of one warden zone. */
    ZONE,
    /** The travellers to an area: whoever the locator places in it over the next {@value DocumentAudience#TRAVEL_DAYS} days. */
    AREA
}
