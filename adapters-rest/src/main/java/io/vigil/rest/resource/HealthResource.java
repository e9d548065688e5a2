package io.vigil.rest.resource;

/** The answer of the health check. */
public record HealthResource(String status, String version) {
}
