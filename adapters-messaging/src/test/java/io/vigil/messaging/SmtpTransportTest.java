package io.vigil.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.DeliveryState;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.alerting.InMemoryMessageGateway;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** E-mail against a real SMTP server (GreenMail) on a free port. */
class SmtpTransportTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetup.SMTP.dynamicPort());

    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    private static OutboundMessage mail(String id, String to) {
        return new OutboundMessage(id, OFFICE, Optional.of(PersonId.random()), Channel.EMAIL, to,
                "Vigil roll-call: earthquake. Are you safe? Reply 1 if you are safe, 2 if you need help.\nÑandú",
                Instant.parse("2026-09-19T13:15:00Z"));
    }

    private SmtpTransport transport() {
        return new SmtpTransport(SmtpSettings.plain("127.0.0.1", SMTP.getSmtp().getPort(), "security@vigil.example"));
    }

    @Test
    void a_message_arrives_with_its_id_as_message_id_subject_and_text() throws Exception {
        transport().deliver(mail("rc-1-ana-email", "ana@ibrd.example.org"));
        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getHeader("Message-ID")[0]).isEqualTo("<rc-1-ana-email@vigil>");
        assertThat(received.getSubject()).as("the first line, cut to 78 characters")
                .startsWith("Vigil roll-call: earthquake. Are you safe?").hasSize(78).endsWith("…");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ana@ibrd.example.org");
        assertThat(GreenMailUtil.getBody(received)).contains("Reply 1");
    }

    @Test
    void through_the_outbox_and_dispatcher_each_id_goes_out_once() throws Exception {
        InMemoryMessageGateway outbox = new InMemoryMessageGateway();
        Dispatcher dispatcher = new Dispatcher(outbox, Map.of(Channel.EMAIL, transport()), RetryPolicy.standard(),
                Dispatcher.Settings.standard(), Clock.systemUTC());
        assertThat(outbox.send(mail("rc-2-beto-email", "beto@ifc.example.org"))).isTrue();
        assertThat(outbox.send(mail("rc-2-beto-email", "beto@ifc.example.org"))).isFalse();
        assertThat(dispatcher.runOnce()).isEqualTo(1);
        assertThat(dispatcher.runOnce()).isZero();
        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_bad_address_fails_for_good_and_an_unreachable_server_may_pass() throws Exception {
        assertThatThrownBy(() -> transport().deliver(mail("rc-3-x-email", "not an address")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isFalse());
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        SmtpTransport nowhere = new SmtpTransport(new SmtpSettings("127.0.0.1", closed, "security@vigil.example",
                Optional.empty(), Optional.empty(), false, Duration.ofSeconds(2)));
        assertThatThrownBy(() -> nowhere.deliver(mail("rc-3-y-email", "y@example.org")))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());

        InMemoryMessageGateway outbox = new InMemoryMessageGateway();
        MutableClock clock = MutableClock.at("2026-09-19T13:15:00Z");
        Dispatcher dispatcher = new Dispatcher(outbox, Map.of(Channel.EMAIL, nowhere),
                new RetryPolicy(2, Duration.ofMillis(100), 2, Duration.ofSeconds(1)), Dispatcher.Settings.standard(),
                clock);
        outbox.send(mail("rc-3-z-email", "z@example.org"));
        dispatcher.runOnce();
        assertThat(outbox.deliveries(OFFICE, "rc-3-z").get(0).state()).isInstanceOfSatisfying(
                DeliveryState.Queued.class, q -> assertThat(q.dueAt()).isEqualTo(clock.instant().plusMillis(100)));
        clock.advance(Duration.ofMillis(100));
        dispatcher.runOnce();
        assertThat(outbox.deliveries(OFFICE, "rc-3-z").get(0).state()).isInstanceOfSatisfying(
                DeliveryState.Failed.class, f -> assertThat(f.lastError()).startsWith("SMTP 127.0.0.1:" + closed));
    }

    @Test
    void long_first_lines_are_cut_for_the_subject() {
        assertThat(SmtpTransport.subject("x".repeat(100))).hasSize(78).endsWith("…");
        assertThat(SmtpTransport.subject("short\nrest")).isEqualTo("short");
    }
}
