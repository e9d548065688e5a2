package io.vigil.documents.domain;

/** The channels a document's dissemination notice goes out on, through the office's message gateway. */
public enum NoticeChannel {
    EMAIL("EMAIL"), SMS("PHONE"), APP("MESSAGING");

    private final String contactKind;

    NoticeChannel(String contactKind) {
        this.contactKind = contactKind;
    }

    /** The kind of contact address the channel delivers to ({@code EMAIL}, {@code PHONE}, {@code MESSAGING}). */
    public String contactKind() {
        return contactKind;
    }
}
