package io.vigil.guard.port.in;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A site's next inspection: when it was last inspected, when the next falls due, whether it is
 * overdue, and a suggested time that varies (within the days before it is due, at any hour) so
 * inspections are not predictable, yet is the same for the same contract, site and due day.
 */
public record InspectionDue(UUID site, Optional<LocalDateTime> last, LocalDate due, boolean overdue,
                            LocalDateTime suggested) {
}
