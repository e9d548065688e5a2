package io.vigil.movement.application;

import io.vigil.kernel.validation.InvalidCommandException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/** The time zone a settings write keeps: the office profile's when it is set, else the one given or kept. */
final class OfficeZone {
    private OfficeZone() {
    }

    /**
     * The zone to store: with an office profile, its zone (a different one given is refused, naming
     * {@code timeZone}); without one, the zone given, or the current one when none is given.
     */
    static String settled(Optional<ZoneId> profile, String given, Supplier<String> current) {
        String asked = given == null || given.isBlank() ? null : given.strip();
        if (profile.isPresent()) {
            if (asked != null && !asked.equals(profile.get().getId())) {
                throw InvalidCommandException.of("timeZone", "is the office profile's time zone "
                        + profile.get().getId() + ", was '" + asked + "': change it in the office's profile, or leave"
                        + " it out");
            }
            return profile.get().getId();
        }
        return asked != null ? asked : current.get();
    }
}
