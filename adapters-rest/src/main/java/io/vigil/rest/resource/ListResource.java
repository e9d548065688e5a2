package io.vigil.rest.resource;

import java.util.List;

/** A short, complete list. */
public record ListResource<T>(List<T> items) {
}
