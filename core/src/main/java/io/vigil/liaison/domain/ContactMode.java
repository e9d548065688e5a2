package io.vigil.liaison.domain;

/** How a contact was reached, in the contact log. */
public enum ContactMode {
    /** In person. */
    MET,
    /** By telephone or radio. */
    CALLED,
    /** By e-mail. */
    EMAILED,
    /** By a messaging application. */
    MESSAGED
}
