package io.vigil.movement.domain;

import io.vigil.kernel.PersonId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A visit's readiness as a pure policy, listing every blocker with its reason in the order of
 * {@link Readiness.Kind}, each input deciding its own blockers alone:
 * <ol>
 * <li>every programme item at an assessed venue of the office whose assessment is valid until the
 * item ends (a lapse before it blocks, naming the date);</li>
 * <li>an advance site assessment with every mandatory item (the missing ones are named);</li>
 * <li>every support request confirmed (one awaiting its answer, or declined, blocks);</li>
 * <li>a clearance request for every member, none of them denied (a member who would be denied is
 * named with the reasons).</li>
 * </ol>
 * A support request made fewer than the office's lead days before the visit starts is noted as late.
 * Dates are the office's local dates.
 */
public final class ReadinessPolicy {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private ReadinessPolicy() {
    }

    /**
     * The visit's readiness.
     *
     * @param venues     the office's assessed venues named by the programme, by id (a venue missing is not the office's)
     * @param clearances the members' clearances, by clearance id (one missing is unknown to the travel context)
     * @param leadDays   the office's lead time for support requests, in days
     */
    public static Readiness assess(Visit visit, Map<UUID, VenueStanding> venues,
                                   Map<String, ClearanceStanding> clearances, int leadDays, ZoneId zone) {
        List<Readiness.Blocker> blockers = new ArrayList<>();
        for (ProgrammeItem item : visit.programme()) {
            venue(item, venues, zone).ifPresent(r -> blockers.add(new Readiness.Blocker(Readiness.Kind.VENUE, r)));
        }
        if (visit.advance().isEmpty()) {
            blockers.add(new Readiness.Blocker(Readiness.Kind.ADVANCE_ASSESSMENT, "no advance site assessment"));
        } else {
            for (String missing : visit.advance().get().missing()) {
                blockers.add(new Readiness.Blocker(Readiness.Kind.ADVANCE_ASSESSMENT,
                        "the advance site assessment lacks " + missing));
            }
        }
        List<String> notes = new ArrayList<>();
        for (SupportRequest s : visit.support()) {
            String which = "the request to " + provider(s.provider()) + " for '" + s.what() + "'";
            switch (s.status()) {
                case REQUESTED -> blockers.add(new Readiness.Blocker(Readiness.Kind.SUPPORT, which
                        + ", made on " + day(s.requestedAt(), zone) + ", awaits its answer"));
                case DECLINED -> blockers.add(new Readiness.Blocker(Readiness.Kind.SUPPORT, which
                        + " was declined on " + day(s.answeredAt().orElseThrow(), zone)));
                case CONFIRMED -> {
                }
            }
            if (s.lateFor(visit.starts(), leadDays)) {
                notes.add(which + " was made on " + day(s.requestedAt(), zone) + ", fewer than " + leadDays
                        + " days before the visit starts on " + day(visit.starts(), zone) + ": late");
            }
        }
        for (PersonId member : visit.members()) {
            clearance(member, visit, clearances).ifPresent(r ->
                    blockers.add(new Readiness.Blocker(Readiness.Kind.CLEARANCE, r)));
        }
        return new Readiness(blockers, notes);
    }

    private static Optional<String> venue(ProgrammeItem item, Map<UUID, VenueStanding> venues, ZoneId zone) {
        String which = "'" + item.title() + "' on " + day(item.from(), zone);
        if (item.venue().isEmpty()) {
            return Optional.of(which + " names no assessed venue");
        }
        VenueStanding v = venues.get(item.venue().get());
        if (v == null) {
            return Optional.of(which + " names venue " + item.venue().get() + ", not an assessed venue of the office");
        }
        if (v.validUntil().isBefore(item.to())) {
            return Optional.of("the assessment of venue '" + v.name() + "' lapses on " + day(v.validUntil(), zone)
                    + ", before " + which);
        }
        return Optional.empty();
    }

    private static Optional<String> clearance(PersonId member, Visit visit, Map<String, ClearanceStanding> known) {
        Optional<MemberClearance> created = visit.clearances().stream().filter(c -> c.member().equals(member))
                .findFirst();
        if (created.isEmpty()) {
            return Optional.of("no clearance request was created for member " + member);
        }
        ClearanceStanding c = known.get(created.get().clearanceId());
        if (c == null) {
            return Optional.of("the clearance " + created.get().clearanceId() + " of member " + member
                    + " is not known to the travel context");
        }
        if (c.denied()) {
            return Optional.of("member " + member + " would be denied (clearance " + c.clearanceId() + ", "
                    + c.status() + ")" + (c.reasons().isEmpty() ? "" : ": " + String.join("; ", c.reasons())));
        }
        return Optional.empty();
    }

    private static String provider(SupportProvider p) {
        return p == SupportProvider.HOST_GOVERNMENT ? "the host government" : "private security";
    }

    private static String day(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone).toLocalDate());
    }
}
