package io.vigil.liaison.domain;

/** Whether security information was obtained from a contact or shared with them. */
public enum ExchangeDirection {
    /** Received from the contact. */
    OBTAINED,
    /** Given to the contact. */
    SHARED
}
