package io.vigil.incident.domain;

import io.vigil.kernel.Require;

/**
 * One member of an office's reporting chain: their role in it ({@code COM}, {@code RSO},
 * {@code SOC}, or any other code the office sets), their name, and the channel and address they
 * are told on.
 */
public record ChainMember(String role, String name, NoticeChannel channel, String address) {
    public ChainMember {
        role = Require.text(role, "role", 20);
        Require.that(role.matches("[A-Z][A-Z0-9_]*"), "role", "must be capital letters, digits and underscores");
        name = Require.text(name, "name", 200);
        Require.nonNull(channel, "channel");
        address = Require.text(address, "address", 200);
    }
}
