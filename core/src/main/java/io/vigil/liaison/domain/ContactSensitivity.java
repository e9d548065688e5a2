package io.vigil.liaison.domain;

/** Whether a contact is known to whoever reads the liaison list, or only to the security roles. */
public enum ContactSensitivity {
    /** Readable with the organisations (managers included). */
    ORDINARY(LiaisonData.LIAISON_CONTACTS),
    /** Need-to-know: the security roles alone; every read audited with the contact's name. */
    CONFIDENTIAL(LiaisonData.CONFIDENTIAL_CONTACTS);

    private final LiaisonData data;

    ContactSensitivity(LiaisonData data) {
        this.data = data;
    }

    /** The data class the access policy decides a read or write of such a contact by. */
    public LiaisonData data() {
        return data;
    }
}
