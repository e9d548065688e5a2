package io.vigil.testkit.memory;

import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.testkit.contract.MessageGatewayContract;

class InMemoryMessageGatewayTest extends MessageGatewayContract {
    private static final InMemoryMessageGateway GATEWAY = new InMemoryMessageGateway();

    @Override
    protected MessageGateway gateway() {
        return GATEWAY;
    }
}
