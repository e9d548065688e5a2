package io.vigil.alerting.domain;

/** The ways a message reaches people. */
public enum Channel {
    EMAIL, SMS, APP, RADIO, PHONE
}
