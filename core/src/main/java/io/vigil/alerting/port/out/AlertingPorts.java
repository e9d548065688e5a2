package io.vigil.alerting.port.out;

import io.vigil.kernel.Require;

/**
 * The stores of the emergency communications context; the {@link MessageGateway} that carries its
 * messages is the host's and is passed beside them.
 */
public record AlertingPorts(OnCallRoster roster, EmergencyLog emergencies, AdvisoryBoard advisories,
                            CommunicationTestRegistry tests, CheckInLog checkIns, PhoneTreeRegistry phoneTrees,
                            MessageSettingsStore messages) {
    public AlertingPorts {
        Require.nonNull(roster, "roster");
        Require.nonNull(emergencies, "emergencies");
        Require.nonNull(advisories, "advisories");
        Require.nonNull(tests, "tests");
        Require.nonNull(checkIns, "checkIns");
        Require.nonNull(phoneTrees, "phoneTrees");
        Require.nonNull(messages, "messages");
    }
}
