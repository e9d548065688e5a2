package io.vigil.people.domain;

import io.vigil.kernel.Require;

/** Someone to call if something happens to the person. */
public record EmergencyContact(String name, String relationship, String phone) {
    public EmergencyContact {
        name = Require.text(name, "name", 200);
        relationship = Require.text(relationship, "relationship", 60);
        phone = new ContactChannel(ChannelKind.PHONE, phone, "").value();
    }
}
