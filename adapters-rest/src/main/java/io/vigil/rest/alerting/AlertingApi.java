package io.vigil.rest.alerting;

import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.rest.ApiRoute;
import io.vigil.rest.Http;
import io.vigil.rest.RouteSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The emergency communications context's routes: on-call, emergencies, advisories, communication
 * tests, roll-calls, telephone trees, message templates, and the signed SMS reply webhook when a secret is given.
 */
public final class AlertingApi implements RouteSet {
    private final AlertingUseCases alerting;
    private final Clock clock;
    private final Optional<String> smsWebhookSecret;
    private final RollCallEvents.Limits streams;

    public AlertingApi(AlertingUseCases alerting, Clock clock, Optional<String> smsWebhookSecret) {
        this(alerting, clock, smsWebhookSecret, RollCallEvents.Limits.DEFAULT);
    }

    /** As above, with the roll-call event streams' limits (open streams, lifetime, polling interval). */
    AlertingApi(AlertingUseCases alerting, Clock clock, Optional<String> smsWebhookSecret,
                RollCallEvents.Limits streams) {
        this.alerting = alerting;
        this.clock = clock;
        this.smsWebhookSecret = smsWebhookSecret;
        this.streams = streams;
    }

    @Override
    public List<ApiRoute> routes(Http http) {
        List<ApiRoute> all = new ArrayList<>();
        all.addAll(new AlertingRoutes(http, alerting, clock).routes());
        all.addAll(new RollCallRoutes(http, alerting.rollCalls(), alerting.tests()).routes());
        all.addAll(new RollCallViewRoutes(http, alerting.rollCallView(), streams).routes());
        all.addAll(new PhoneTreeRoutes(http, alerting.phoneTrees()).routes());
        all.addAll(new MessageTemplateRoutes(http, alerting.messages()).routes());
        smsWebhookSecret.ifPresent(secret -> all.addAll(new SmsWebhookRoutes(http, alerting.smsReplies(), secret, clock)
                .routes()));
        return all;
    }
}
