package io.vigil.wiring;

import io.vigil.alerting.port.out.FieldReports;
import io.vigil.incident.port.in.FlashReportDetails;
import io.vigil.incident.port.in.FlashReportReceipt;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.movement.port.in.FieldCallInDetails;
import io.vigil.movement.port.in.FieldCallInReceipt;
import io.vigil.movement.port.in.MovementUseCases;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The call-ins and flash reports an SMS from the field reports, handed to the movement context's
 * {@code FieldCallInsUseCase} and the incident context's {@code FlashReportsUseCase} (their access
 * rules, refusals and audit apply). Both contexts are resolved on each call, not when this is built:
 * they are built after the alerting context, which they use in turn.
 */
public final class FieldLinks implements FieldReports {
    private final Supplier<MovementUseCases> movements;
    private final Supplier<IncidentUseCases> incidents;

    /** Links to the use cases {@code movements} and {@code incidents} supply once those contexts are built. */
    public FieldLinks(Supplier<MovementUseCases> movements, Supplier<IncidentUseCases> incidents) {
        this.movements = Objects.requireNonNull(movements, "movements");
        this.incidents = Objects.requireNonNull(incidents, "incidents");
    }

    @Override
    public CallInLogged callIn(Actor actor, PersonId caller, String by, LocalTime time, Optional<String> place) {
        MovementUseCases resolved = Objects.requireNonNull(movements.get(), "the movement context is not built yet");
        FieldCallInReceipt r = resolved.fieldCallIns().callIn(actor, new FieldCallInDetails(caller, by, time,
                place.orElse(null)));
        return new CallInLogged(r.movement().toString(), r.title(), r.at());
    }

    @Override
    public FlashLogged flash(Actor actor, PersonId reporter, String source, String category, String text,
                             Instant at) {
        IncidentUseCases resolved = Objects.requireNonNull(incidents.get(), "the incident context is not built yet");
        FlashReportReceipt r = resolved.flashReports().open(actor, new FlashReportDetails(reporter, source, category,
                text, at));
        return new FlashLogged(r.incident().toString(), r.category());
    }
}
