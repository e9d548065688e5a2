package io.vigil.kernel;

/**
 * Thrown by a domain invariant that names the field it is about, so the inbound edge reports the
 * field without reading it out of the message.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /**
     * @param field  the field, as the domain names it ("validTo", "contacts.value")
     * @param reason what is wrong with it ("must be after validFrom")
     */
    public InvalidValueException(String field, String reason) {
        super(field + " " + reason);
        this.field = field;
        this.reason = reason;
    }

    public InvalidValueException(String field, String reason, Throwable cause) {
        super(field + " " + reason, cause);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
