package io.vigil.alerting.domain;

import io.vigil.kernel.Require;
import java.util.Optional;

/**
 * Why a communication test was started: as a {@link Scheduled} exercise of the office's channels,
 * or as a {@link RollCall} after an {@link Incident}, whose audience is whoever the locator found
 * in the incident's area and whose silence escalates.
 */
public sealed interface TestPurpose {

    /** A scheduled test (the monthly test, a drill's test): nobody is in danger, nothing escalates. */
    static TestPurpose scheduled() {
        return Scheduled.INSTANCE;
    }

    /** A roll-call after the incident. */
    static TestPurpose rollCall(Incident incident) {
        return new RollCall(incident);
    }

    /** The incident, for a roll-call; empty for a scheduled test. */
    Optional<Incident> incident();

    /** A scheduled test of the office's channels. */
    enum Scheduled implements TestPurpose {
        INSTANCE;

        @Override
        public Optional<Incident> incident() {
            return Optional.empty();
        }
    }

    /** A roll-call after an incident: who is affected and how far their silence has escalated. */
    record RollCall(Incident about) implements TestPurpose {
        public RollCall {
            Require.nonNull(about, "incident");
        }

        @Override
        public Optional<Incident> incident() {
            return Optional.of(about);
        }
    }
}
