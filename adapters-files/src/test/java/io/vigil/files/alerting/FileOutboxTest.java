package io.vigil.files.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.alerting.domain.Delivery;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.json.VigilJson;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.store.StorageException;
import io.vigil.testkit.contract.alerting.MessageGatewayContract;
import io.vigil.testkit.generators.AlertingGenerators;
import io.vigil.testkit.generators.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.SourceDSL;

class FileOutboxTest extends MessageGatewayContract {
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");
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

    private static List<OutboundMessage> messages(int n) {
        return new Samples(3).draw(SourceDSL.lists().of(AlertingGenerators.messages(OFFICE)).ofSize(n));
    }

    @Test
    void queued_messages_and_outcomes_survive_a_restart_and_are_not_queued_again(@TempDir Path own) {
        List<OutboundMessage> batch = messages(3);
        FileOutbox first = new FileOutbox(own, VigilJson.mapper());
        assertThat(first.sendAll(batch)).isEqualTo(3);
        OutboundMessage m = batch.get(0);
        first.claim(m.channel(), "a", m.queuedAt(), m.queuedAt().plusSeconds(60), 10);
        DeliveryState sent = new DeliveryState.Sent(2, Instant.parse("2026-09-19T13:15:00Z"));
        assertThat(first.record(m.id(), "a", sent)).isTrue();
        FileOutbox afterRestart = new FileOutbox(own, VigilJson.mapper());
        assertThat(afterRestart.sendAll(batch)).as("a crash and restart does not queue them twice").isZero();
        assertThat(afterRestart.sent(OFFICE)).containsExactlyElementsOf(batch);
        assertThat(afterRestart.deliveries(OFFICE, m.id())).extracting(Delivery::state).containsExactly(sent);
    }

    @Test
    void a_batch_is_one_append_to_the_journal_and_a_line_torn_by_a_crash_is_skipped(@TempDir Path own)
            throws Exception {
        List<OutboundMessage> batch = messages(4);
        new FileOutbox(own, VigilJson.mapper()).sendAll(batch);
        Path journal = own.resolve(FileOutbox.JOURNAL);
        assertThat(Files.readAllLines(journal)).hasSize(4);
        Files.writeString(journal, "{\"queued\":{\"id\":\"torn-", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        FileOutbox afterCrash = new FileOutbox(own, VigilJson.mapper());
        assertThat(afterCrash.sent(OFFICE)).containsExactlyElementsOf(batch);
    }

    @Test
    void the_messages_of_release_0_1_one_file_each_are_read_as_sent(@TempDir Path own) throws Exception {
        OutboundMessage m = messages(1).get(0);
        Files.write(own.resolve(m.id() + ".json"), VigilJson.mapper().writeValueAsBytes(m));
        FileOutbox outbox = new FileOutbox(own, VigilJson.mapper());
        assertThat(outbox.send(m)).isFalse();
        assertThat(outbox.deliveries(OFFICE, m.id())).extracting(Delivery::state)
                .containsExactly(new DeliveryState.Sent(1, m.queuedAt()));
        assertThat(outbox.claim(m.channel(), "a", Instant.MAX, Instant.MAX, 10)).isEmpty();
    }

    @Test
    void a_batch_that_cannot_be_written_leaves_the_outbox_as_it_was(@TempDir Path own) throws Exception {
        FileOutbox outbox = new FileOutbox(own, VigilJson.mapper());
        List<OutboundMessage> batch = messages(2);
        outbox.send(batch.get(0));
        Path journal = own.resolve(FileOutbox.JOURNAL);
        byte[] before = Files.readAllBytes(journal);
        Path aside = own.resolve("aside");
        Files.move(journal, aside);
        Files.createDirectory(journal);
        assertThatThrownBy(() -> outbox.sendAll(batch)).isInstanceOf(StorageException.class);
        assertThat(outbox.sent(OFFICE)).as("nothing half-recorded").containsExactly(batch.get(0));
        Files.delete(journal);
        Files.move(aside, journal);
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
        assertThat(outbox.sendAll(batch)).as("the same batch, once the disk is back").isEqualTo(1);
        assertThat(new FileOutbox(own, VigilJson.mapper()).sent(OFFICE)).containsExactlyElementsOf(batch);
    }
}
