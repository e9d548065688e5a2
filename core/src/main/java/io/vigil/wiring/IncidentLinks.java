package io.vigil.wiring;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.RollCallDetails;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.crisis.port.in.ActivationDetails;
import io.vigil.crisis.port.in.CrisisUseCases;
import io.vigil.incident.domain.NoticeChannel;
import io.vigil.incident.port.out.ChainMessenger;
import io.vigil.incident.port.out.CrisisActivator;
import io.vigil.incident.port.out.RollCallStarter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the incident context reaches the alerting and crisis contexts, built by the composition root:
 * the reporting chain is told through the host's {@link MessageGateway}, roll-calls start through
 * the alerting context's {@code RollCallsUseCase}, and the crisis team is activated through the
 * crisis context's {@code ActivationsUseCase}.
 */
public final class IncidentLinks {
    private IncidentLinks() {
    }

    /** Tells chain members through the gateway, one message per id (queued now, by the clock). */
    public static ChainMessenger messenger(MessageGateway gateway, Clock clock) {
        return (office, id, member, text) -> gateway.send(new OutboundMessage(id, office, Optional.empty(),
                channel(member.channel()), member.address(), text, clock.instant()));
    }

    /** Starts roll-calls through the alerting context's use case, with its defaults for the rest. */
    public static RollCallStarter rollCalls(AlertingUseCases alerting) {
        return (actor, description, outline, at, channels) -> alerting.rollCalls().start(actor,
                new RollCallDetails(description, outline, at, null, channels(channels), null, null, null, null,
                        null)).id().toString();
    }

    /**
     * Activates the crisis team through the crisis context's use case, the incident's id as the
     * activation's incident (which the crisis context reads back through {@link CrisisIncidentReports}).
     */
    public static CrisisActivator crisisTeam(CrisisUseCases crisis) {
        return (actor, incident, scenario, trigger) -> crisis.activations().activate(actor,
                new ActivationDetails(scenario, trigger, incident.toString())).id().toString();
    }

    private static Set<Channel> channels(Set<NoticeChannel> channels) {
        return channels.stream().map(IncidentLinks::channel).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Channel.class)));
    }

    private static Channel channel(NoticeChannel c) {
        return Channel.valueOf(c.name());
    }
}
