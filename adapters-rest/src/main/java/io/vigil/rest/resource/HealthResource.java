package io.vigil.rest.resource;

/** The answer of the health check: {@code UP}, or {@code DOWN} (with status 503) when the stores cannot be reached. */
public record HealthResource(String status, String version) {
}
