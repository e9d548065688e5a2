package io.vigil.rest;

import io.vigil.kernel.VigilException;

/** An HTTP-level refusal raised by the adapter itself (401, 404 of a route, 415, 428). */
public final class ApiException extends VigilException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    public ApiException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
