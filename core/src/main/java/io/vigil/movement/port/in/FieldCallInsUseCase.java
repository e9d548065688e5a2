package io.vigil.movement.port.in;

import io.vigil.kernel.access.Actor;
import java.time.Duration;

/**
 * Call-ins from the field: a passenger or convoy leader of a movement under way calls in from their
 * own phone (the alerting context reads the SMS and names the caller). The call-in goes to the one
 * movement under way now that names the caller, as {@link ManageMovementsUseCase#callIn} records it
 * (closing an overdue episode). The time given is read on the office's clock (the time zone of its
 * movement settings, which follow the office's profile): the latest such time not more than 12 hours
 * ahead (so "OK 23:58" received at 00:03 is the day before); one more than {@link #AHEAD} ahead of
 * now is refused, one ahead by less is recorded as now. Needs write access to
 * {@code FIELD_CALL_INS} (the SMS provider's integration has it); audited with the movement's persons.
 */
public interface FieldCallInsUseCase {
    /** How far ahead of the clock a call-in's time may be (the caller's watch runs fast): five minutes. */
    Duration AHEAD = Duration.ofMinutes(5);

    /**
     * Records the call-in on the caller's movement under way.
     *
     * @throws io.vigil.kernel.validation.InvalidCommandException naming {@code time} when it is more
     *         than {@link #AHEAD} ahead of now, or any invalid field
     * @throws io.vigil.kernel.RefusedException when no movement under way names the caller, when
     *         several do, or when the movement refuses the call-in (before its departure)
     */
    FieldCallInReceipt callIn(Actor actor, FieldCallInDetails details);
}
