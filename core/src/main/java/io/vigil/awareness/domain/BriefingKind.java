package io.vigil.awareness.domain;

/** The kinds of security briefing and session an office holds. */
public enum BriefingKind {
    /** Before travel to the duty station or a mission area. */
    ADVANCE,
    /** On arrival at the duty station: due within the office's set number of days of an arrival. */
    ON_ARRIVAL,
    /** A periodic security awareness briefing. */
    PERIODIC_AWARENESS,
    /** Personal-safety training (first aid, hostage survival, driving). */
    PERSONAL_SAFETY_TRAINING,
    /** A preparedness session (earthquake, evacuation, relocation drills). */
    PREPAREDNESS_SESSION
}
