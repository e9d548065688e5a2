package io.vigil.alerting.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.time.Instant;
import java.util.regex.Pattern;

/** Who is on call for the office from {@code from} until {@code to}, in which function, on which number. */
public record OnCallShift(ShiftId id, OfficeId office, long version, String responder, String function,
                          String phone, Instant from, Instant to) implements Versioned<ShiftId, OnCallShift> {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,24}");

    public OnCallShift {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        responder = Require.text(responder, "responder", 200);
        function = Require.text(function, "function", 200);
        phone = Require.text(phone, "phone", 40);
        Require.that(PHONE.matcher(phone).matches(), "phone", "must be a phone number such as +52 55 1234 5678, was '"
                + phone + "'");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.that(to.isAfter(from), "to", "must be after from");
    }

    /** Whether the shift covers the instant ({@code to} is exclusive). */
    public boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    @Override
    public OnCallShift withVersion(long newVersion) {
        return new OnCallShift(id, office, newVersion, responder, function, phone, from, to);
    }
}
