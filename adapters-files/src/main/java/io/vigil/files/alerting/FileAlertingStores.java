package io.vigil.files.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.domain.Advisory;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.EmergencyRequest;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.domain.OnCallShift;
import io.vigil.alerting.domain.PhoneTree;
import io.vigil.alerting.port.out.AlertingPorts;
import io.vigil.files.JsonDirectory;
import io.vigil.json.VigilJson;
import io.vigil.wiring.ContextStores;
import java.nio.file.Path;
import java.util.Objects;

/** The emergency communications context's stores ({@code on-call/},
 * {@code emergencies/}, {@code advisories/}, {@code communication-tests/}, {@code check-ins/},
 * {@code phone-trees/}, {@code message-settings/}) as JSON files under a base directory, one file per record; nothing is read until first use. */
public final class FileAlertingStores implements ContextStores<AlertingPorts> {
    private final Path base;

    public FileAlertingStores(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public Class<AlertingPorts> portsType() {
        return AlertingPorts.class;
    }

    @Override
    public AlertingPorts open() {
        ObjectMapper json = VigilJson.mapper();
        return new AlertingPorts(
                new FileOnCallRoster(new JsonDirectory<>(base.resolve("on-call"), json, OnCallShift.class,
                        s -> s.id().toString())),
                new FileEmergencyLog(new JsonDirectory<>(base.resolve("emergencies"), json, EmergencyRequest.class,
                        r -> r.id().toString())),
                new FileAdvisoryBoard(new JsonDirectory<>(base.resolve("advisories"), json, Advisory.class,
                        a -> a.id().toString())),
                new FileCommunicationTestRegistry(new JsonDirectory<>(base.resolve("communication-tests"), json,
                        CommunicationTest.class, t -> t.id().toString())),
                new FileCheckInLog(new JsonDirectory<>(base.resolve("check-ins"), json,
                        FileCheckInLog.StoredCheckIn.class, FileCheckInLog.StoredCheckIn::key)),
                new FilePhoneTreeRegistry(new JsonDirectory<>(base.resolve("phone-trees"), json, PhoneTree.class,
                        t -> t.id().toString())),
                new FileMessageSettingsStore(new JsonDirectory<>(base.resolve("message-settings"), json,
                        MessageSettings.class, s -> s.id().value())));
    }
}
