package io.vigil.messaging;

import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.testkit.contract.alerting.MessageGatewayContract;
import io.vigil.testkit.memory.alerting.InMemoryMessageGateway;
import java.util.Map;

/** The delivering gateway keeps the gateway contract, every channel through a transport that accepts. */
class DeliveringGatewayTest extends MessageGatewayContract {
    private static final DeliveringGateway GATEWAY = new DeliveringGateway(new InMemoryMessageGateway(), Map.of(
            Channel.SMS, m -> { }, Channel.EMAIL, m -> { }, Channel.APP, m -> { }), RetryPolicy.standard(), d -> { });

    @Override
    protected MessageGateway gateway() {
        return GATEWAY;
    }
}
