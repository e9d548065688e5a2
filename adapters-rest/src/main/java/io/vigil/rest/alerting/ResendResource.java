package io.vigil.rest.alerting;

/** How many requests a resend sent now (0 when everyone already had theirs). */
public record ResendResource(int sent) {
}
