package io.vigil.liaison.domain;

/** How a contact is reached. */
public enum LiaisonChannelKind {
    /** A desk phone. */
    PHONE,
    /** A mobile phone. */
    MOBILE,
    /** An e-mail address. */
    EMAIL,
    /** A radio call sign or channel. */
    RADIO,
    /** A messaging application's handle. */
    MESSAGING
}
