package io.vigil.guard.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

/**
 * When a site is next inspected: {@code inspectionEveryDays} after its last inspection (never
 * inspected: the contract's start). The suggested time varies, so guards cannot predict it: a day
 * within the third of the interval before it is due (from today, once overdue) and any quarter
 * hour of that day, drawn from a hash of the contract, the site and the due day, so the same
 * inputs always give the same suggestion.
 */
public final class InspectionSchedule {
    private InspectionSchedule() {
    }

    /** The day the next inspection is due. */
    public static LocalDate due(GuardContract contract, Optional<LocalDateTime> last) {
        return last.map(at -> at.toLocalDate().plusDays(contract.inspectionEveryDays())).orElse(contract.start());
    }

    /** The suggested time of the inspection due on {@code due}, as of {@code today}. */
    public static LocalDateTime suggested(GuardContract contract, UUID site, LocalDate due, LocalDate today) {
        long seed = seed(contract.id() + "|" + site + "|" + due);
        int spread = Math.max(1, contract.inspectionEveryDays() / 3);
        LocalDate from = due.minusDays(spread - 1L);
        if (from.isBefore(today)) {
            from = today;
        }
        LocalDate to = due.isBefore(from) ? from.plusDays(spread - 1L) : due;
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        LocalDate day = from.plusDays(Math.floorMod(seed, days));
        int quarter = (int) Math.floorMod(seed >>> 20, 96L);
        return day.atTime(LocalTime.MIDNIGHT.plusMinutes(15L * quarter));
    }

    private static long seed(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
