package io.vigil.rest.alerting;

/** The body of a response to an emergency request: what was done (or, to close it, the outcome). */
public record ActionRequest(String action) {
}
