package io.vigil.alerting.port.in;

import io.vigil.alerting.domain.CheckIn;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.RequestDeliveries;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.domain.Score;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A roll-call as it stands at {@code at}: every affected person's state, the counts per state, the
 * score, where each request stands in delivery ({@code deliveries}: queued, sent, failed after N
 * attempts with the last error), and warnings an officer must act on (nobody on call, persons
 * without an address, persons every request to whom failed, requests not yet in the outbox). The
 * residents known to be abroad at the incident's time are listed apart ({@link #abroad}): not
 * asked, not counted, not in the score.
 */
public record RollCallStatus(CommunicationTest rollCall, Instant at, List<Person> persons, Map<State, Integer> counts,
                             Score score, List<String> warnings, RequestDeliveries deliveries) {
    public RollCallStatus {
        Require.nonNull(rollCall, "rollCall");
        persons = List.copyOf(persons);
        counts = Map.copyOf(counts);
        warnings = List.copyOf(warnings);
        Require.nonNull(deliveries, "deliveries");
    }

    /** A status whose deliveries were not read. */
    public RollCallStatus(CommunicationTest rollCall, Instant at, List<Person> persons, Map<State, Integer> counts,
                          Score score, List<String> warnings) {
        this(rollCall, at, persons, counts, score, warnings, RequestDeliveries.none());
    }

    /** Where one person's "are you safe?" stands. */
    public enum State {
        /** Answered: safe. */
        SAFE,
        /**
         * Answered: needs help, at first or after "safe"; the officer on call is told at once. A "safe"
         * after it is recorded (and the officer told) but the state stays: the officer decides.
         */
        NEEDS_HELP,
        /** Asked, not answered, the warden's delay not yet passed. */
        AWAITING,
        /** Silent past the warden's delay: their warden is checking on them. */
        WITH_WARDEN,
        /** Silent past the officer's delay, or past the warden's with no warden: the officer on call has them. */
        WITH_OFFICER
    }

    /** The residents of the area known to be abroad at the incident's time, as the reader may see them. */
    public List<Incident.Abroad> abroad() {
        return rollCall.incident().map(Incident::abroad).orElse(List.of());
    }

    /**
     * One affected person: every reason they are affected (each with its place only for a reader who
     * may read it, see {@link RollCallsUseCase#status}), their zone, state, their first answer if any
     * (the one timed in the score) and every answer recorded, by time.
     */
    public record Person(PersonId person, String name, List<Incident.Reason> reasons, Optional<WardenZoneId> zone,
                         State state, Optional<CheckIn> answer, List<CheckIn> answers) {
        public Person {
            reasons = List.copyOf(reasons);
            answers = List.copyOf(answers);
        }

        /**
         * Why they are affected in words: the reasons' texts joined with "; " ("residence: lives at
         * …; hotel stay: staying at …"), each the kind alone ("residence") where the reader may not
         * read its place.
         */
        public String reason() {
            return Incident.Reason.texts(reasons);
        }
    }
}
