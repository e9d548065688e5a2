package io.vigil.incident.domain;

/** What happened to a person affected by an incident. */
public enum Harm {
    KILLED, INJURED, ABDUCTED, DETAINED, HARASSED, UNHARMED
}
