package io.vigil.rest;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.validation.InvalidCommandException;
import java.util.Optional;
import java.util.Set;

/**
 * The office a request reads, named by the query parameter {@code office}: a SOC operator, who
 * watches every office, reads another office's data with {@code GET ...?office=CF-BGF} and acts
 * there as that office's SOC for the request, with that role alone (a token that is also, say, a
 * security officer of its own office is not an officer of the other); every other actor reads only
 * their own office (naming it is allowed, naming another is refused with 403), and nobody writes to
 * another office this way.
 */
final class ReadingOffice {
    static final String PARAM = "office";

    private ReadingOffice() {
    }

    static Actor of(Context ctx, Actor actor) {
        String raw = ctx.queryParam(PARAM);
        if (raw == null) {
            return actor;
        }
        OfficeId office;
        try {
            office = OfficeId.of(raw.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidCommandException.of(PARAM, "must be an office id such as MX-MEX, was '" + raw + "'");
        }
        if (office.equals(actor.office())) {
            return actor;
        }
        if (!actor.has(Role.SOC_OPERATOR)) {
            throw new ApiException(403, "Forbidden", "only a SOC operator reads another office than their own ("
                    + actor.office() + "); leave out office=" + office);
        }
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            throw new ApiException(403, "Forbidden", "office=" + office + " names another office only to read"
                    + " (GET); nobody writes to another office than their own (" + actor.office() + ")");
        }
        return new Actor(actor.subject(), office, Set.of(Role.SOC_OPERATOR), Optional.empty(), Set.of());
    }
}
