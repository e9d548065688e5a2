package io.vigil.rest;

import java.util.List;

/**
 * One context's routes, contributed to the {@link RestApi} (by a Guice multibinder in
 * {@link RestApiModule}, or in a list by a host that wires by hand).
 */
public interface RouteSet {

    /** The routes, each answering through {@code http}. */
    List<ApiRoute> routes(Http http);
}
