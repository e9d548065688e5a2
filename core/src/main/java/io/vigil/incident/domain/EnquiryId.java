package io.vigil.incident.domain;

import io.vigil.kernel.Ids;
import io.vigil.kernel.Require;
import java.util.UUID;

/** Identifies a preliminary enquiry of the incident context. */
public record EnquiryId(UUID value) {
    public EnquiryId {
        Require.nonNull(value, "enquiryId");
    }

    /** A new random id. */
    public static EnquiryId random() {
        return new EnquiryId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text. */
    public static EnquiryId of(String text) {
        return new EnquiryId(Ids.parse(text, "enquiryId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
