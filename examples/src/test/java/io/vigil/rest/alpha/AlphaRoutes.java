package io.vigil.rest.alpha;

import io.vigil.alpha.application.AlphaService;

/** Fixture for the architecture rules: an adapter that reaches into a context's application package. */
public final class AlphaRoutes {
    private final AlphaService service;

    public AlphaRoutes(AlphaService service) {
        this.service = service;
    }

    public String name() {
        return service.name();
    }
}
