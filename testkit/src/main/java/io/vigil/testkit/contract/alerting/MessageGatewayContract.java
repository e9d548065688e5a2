package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;

import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.generators.AlertingGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.testkit.generators.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of {@link MessageGateway}: each message id is sent once. Extend it with your adapter. */
public abstract class MessageGatewayContract {

    private final Samples samples = new Samples(1);

    /** The gateway under test; may be shared between tests. */
    protected abstract MessageGateway gateway();

    @Test
    void a_message_is_sent_once_however_often_it_is_resent() {
        OfficeId office = KernelGenerators.freshOffice();
        OutboundMessage m = samples.draw(AlertingGenerators.messages(office));
        assertThat(gateway().send(m)).isTrue();
        assertThat(gateway().send(m)).isFalse();
        assertThat(gateway().sent(office)).containsExactly(m);
        assertThat(gateway().wasSent(office, m.id())).isTrue();
        assertThat(gateway().wasSent(office, "never-" + m.id())).isFalse();
        assertThat(gateway().wasSent(KernelGenerators.freshOffice(), m.id())).isFalse();
    }

    @Test
    void messages_to_an_address_are_found_however_the_number_is_written() {
        OfficeId office = KernelGenerators.freshOffice();
        OutboundMessage m = samples.draw(AlertingGenerators.messages(office));
        gateway().send(m);
        assertThat(gateway().sentTo(office, m.address().replace(" ", ""))).containsExactly(m);
        assertThat(gateway().sentTo(office, "+44 20 7946 0000")).isEmpty();
    }

    @Test
    void a_resumed_broadcast_adds_only_what_was_missing_and_keeps_offices_apart() {
        OfficeId office = KernelGenerators.freshOffice();
        List<OutboundMessage> all = samples.draw(lists().of(AlertingGenerators.messages(office)).ofSize(6));
        all.subList(0, 3).forEach(gateway()::send);
        long sentNow = all.stream().filter(gateway()::send).count();
        assertThat(sentNow).isEqualTo(3);
        assertThat(gateway().sent(office)).containsExactlyInAnyOrderElementsOf(all);
        assertThat(gateway().sent(KernelGenerators.freshOffice())).isEmpty();
    }
}
