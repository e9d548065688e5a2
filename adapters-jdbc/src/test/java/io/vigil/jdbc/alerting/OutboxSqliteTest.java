package io.vigil.jdbc.alerting;

import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.alerting.MessageGatewayContract;

class OutboxSqliteTest extends MessageGatewayContract {
    private static MessageGateway outbox;

    @Override
    protected MessageGateway gateway() {
        if (outbox == null) {
            outbox = new JdbcOutbox(TestDatabases.sqlite());
        }
        return outbox;
    }
}
