package io.vigil.rest;

import io.vigil.kernel.VigilException;

/** An HTTP-level refusal raised by the adapter itself (401, 404 of a route, 415, 428). */
final class ApiException extends VigilException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    ApiException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
