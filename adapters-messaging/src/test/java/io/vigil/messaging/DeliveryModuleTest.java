package io.vigil.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.vigil.alerting.domain.Channel;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.testkit.memory.alerting.InMemoryMessageGateway;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Guice: the module gives one started dispatcher over the bound outbox, which the host closes. */
class DeliveryModuleTest {
    @Test
    void the_injector_gives_one_started_dispatcher_that_delivers_the_bound_outbox() throws Exception {
        InMemoryMessageGateway outbox = new InMemoryMessageGateway();
        CountDownLatch delivered = new CountDownLatch(1);
        Injector injector = Guice.createInjector(new DeliveryModule(Map.of(Channel.SMS, m -> delivered.countDown()),
                RetryPolicy.standard(), new Dispatcher.Settings(1, 10, Duration.ofMinutes(1), Duration.ofMillis(20),
                        Duration.ofSeconds(5))), binder -> {
                            binder.bind(MessageGateway.class).toInstance(outbox);
                            binder.bind(Clock.class).toInstance(Clock.systemUTC());
                        });
        try (Dispatcher dispatcher = injector.getInstance(Dispatcher.class)) {
            assertThat(injector.getInstance(Dispatcher.class)).isSameAs(dispatcher);
            outbox.send(new OutboundMessage("m-guice", OfficeId.of("MX-MEX"), Optional.of(PersonId.random()),
                    Channel.SMS, "+52 55 1000 1000", "Are you safe?", Clock.systemUTC().instant()));
            assertThat(delivered.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(dispatcher.channels()).containsExactly(Channel.SMS);
        }
    }
}
