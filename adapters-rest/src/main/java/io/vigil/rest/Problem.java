package io.vigil.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vigil.kernel.validation.FieldViolation;
import java.util.List;

/**
 * An RFC 9457 problem detail, with the violated fields for validation problems, the reasons for a
 * business refusal (409), and the correlation id under which an internal error (500) was logged.
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldViolation> errors,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> reasons,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String correlationId) {
    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A problem without reasons or correlation id. */
    public Problem(String type, String title, int status, String detail, String instance,
                   List<FieldViolation> errors) {
        this(type, title, status, detail, instance, errors, List.of(), null);
    }
}
