package io.vigil.incident.domain;

/** How a member of the reporting chain is told: the channels the message gateway sends on. */
public enum NoticeChannel {
    EMAIL, SMS, APP, RADIO, PHONE
}
