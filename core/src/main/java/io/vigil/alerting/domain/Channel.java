package io.vigil.alerting.domain;

/**
 * The ways a message reaches people, and an answer comes back. {@code IN_PERSON} is only how an
 * answer was obtained (recorded on the person's behalf): nothing is sent on it, so no test or
 * roll-call asks on it.
 */
public enum Channel {
    EMAIL, SMS, APP, RADIO, PHONE, IN_PERSON
}
