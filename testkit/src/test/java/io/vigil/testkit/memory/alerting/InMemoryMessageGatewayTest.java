package io.vigil.testkit.memory.alerting;

import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.testkit.contract.alerting.MessageGatewayContract;

class InMemoryMessageGatewayTest extends MessageGatewayContract {
    private static final InMemoryMessageGateway GATEWAY = new InMemoryMessageGateway();

    @Override
    protected MessageGateway gateway() {
        return GATEWAY;
    }
}
