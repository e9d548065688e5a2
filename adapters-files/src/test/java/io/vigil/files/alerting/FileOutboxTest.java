package io.vigil.files.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.json.VigilJson;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.contract.alerting.MessageGatewayContract;
import io.vigil.testkit.generators.AlertingGenerators;
import io.vigil.testkit.generators.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOutboxTest extends MessageGatewayContract {
    @TempDir
    static Path dir;
    private static FileOutbox outbox;

    @Override
    protected MessageGateway gateway() {
        if (outbox == null) {
            outbox = new FileOutbox(dir.resolve("outbox"), VigilJson.mapper());
        }
        return outbox;
    }

    @Test
    void each_message_is_one_file_that_a_fresh_outbox_on_the_same_directory_will_not_send_again(
            @TempDir Path own) throws Exception {
        OutboundMessage m = Samples.one(AlertingGenerators.messages(OfficeId.of("MX-MEX")), 1);
        assertThat(new FileOutbox(own, VigilJson.mapper()).send(m)).isTrue();
        assertThat(Files.exists(own.resolve(m.id() + ".json"))).isTrue();
        FileOutbox afterRestart = new FileOutbox(own, VigilJson.mapper());
        assertThat(afterRestart.send(m)).as("a crash and restart does not send it twice").isFalse();
        assertThat(afterRestart.sent(OfficeId.of("MX-MEX"))).containsExactly(m);
    }
}
