package io.vigil.rest.people;

import io.vigil.kernel.WardenZoneId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.people.port.in.ManageWardenZonesUseCase;
import io.vigil.rest.BearerTokens;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Bearer tokens whose wardens look after the zones as they are drawn now, not as the identity
 * provider last knew them: a warden actor's zones are replaced, on every request, by the zones
 * that name their person as warden or alternate, and an actor who looks after no zone any more
 * loses the warden role (and is refused if it was their only role). The access policy and the
 * zone rosters can then never disagree.
 */
public final class WardenZoneTokens implements BearerTokens {
    private final BearerTokens tokens;
    private final ManageWardenZonesUseCase zones;

    public WardenZoneTokens(BearerTokens tokens, ManageWardenZonesUseCase zones) {
        this.tokens = tokens;
        this.zones = zones;
    }

    @Override
    public Optional<Actor> actorFor(String token) {
        return tokens.actorFor(token).flatMap(this::current);
    }

    private Optional<Actor> current(Actor actor) {
        if (!actor.has(Role.WARDEN) || actor.person().isEmpty()) {
            return Optional.of(actor);
        }
        Set<WardenZoneId> lookedAfter = zones.lookedAfterBy(actor, actor.person().get());
        if (!lookedAfter.isEmpty()) {
            return Optional.of(new Actor(actor.subject(), actor.office(), actor.roles(), actor.person(), lookedAfter));
        }
        Set<Role> roles = EnumSet.copyOf(actor.roles());
        roles.remove(Role.WARDEN);
        return roles.isEmpty() ? Optional.empty()
                : Optional.of(new Actor(actor.subject(), actor.office(), roles, actor.person(), Set.of()));
    }
}
