package io.vigil.kernel.access;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking: a subject (user name, service name), the office they act in, their roles,
 * the person they are (if any) and the warden zones they look after.
 */
public record Actor(String subject, OfficeId office, Set<Role> roles, Optional<PersonId> person,
                    Set<WardenZoneId> wardenZones) {
    public Actor {
        subject = Require.text(subject, "subject", 200);
        Require.nonNull(office, "office");
        Require.nonNull(roles, "roles");
        Require.that(!roles.isEmpty(), "roles", "must not be empty");
        roles = Set.copyOf(EnumSet.copyOf(roles));
        Require.nonNull(person, "person");
        wardenZones = Set.copyOf(Require.nonNull(wardenZones, "wardenZones"));
        Require.that(!roles.contains(Role.STAFF) || person.isPresent(),
                "a STAFF actor must name the person they are");
        Require.that(!roles.contains(Role.WARDEN) || !wardenZones.isEmpty(),
                "a WARDEN actor must name at least one zone");
    }

    /** An actor that is not a person (an officer account, a service). */
    public static Actor of(String subject, OfficeId office, Role... roles) {
        return new Actor(subject, office, Set.of(roles), Optional.empty(), Set.of());
    }

    /** A staff member acting for themself. */
    public static Actor staff(String subject, OfficeId office, PersonId person) {
        return new Actor(subject, office, Set.of(Role.STAFF), Optional.of(person), Set.of());
    }

    /** A warden of the given zones, who is also a staff member. */
    public static Actor warden(String subject, OfficeId office, PersonId person, Set<WardenZoneId> zones) {
        return new Actor(subject, office, Set.of(Role.WARDEN, Role.STAFF), Optional.of(person), zones);
    }

    /** Whether the actor holds the role. */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
