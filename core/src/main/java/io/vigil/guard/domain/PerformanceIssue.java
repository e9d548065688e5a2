package io.vigil.guard.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A performance issue on a post of a contract: its type, day, the hours affected (for an issue
 * that unfills the post, the hours nobody stood it), the guard if known, and its evidence.
 */
public record PerformanceIssue(IssueId id, OfficeId office, long version, GuardContractId contract, IssueType type,
                               String post, LocalDate date, BigDecimal hours, Optional<String> badge, Evidence evidence,
                               String description, String recordedBy, Instant recordedAt)
        implements Versioned<IssueId, PerformanceIssue> {

    public PerformanceIssue {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        Require.nonNull(contract, "contract");
        Require.nonNull(type, "type");
        post = Require.text(post, "post", 20);
        Require.nonNull(date, "date");
        Require.nonNull(hours, "hours");
        Require.that(hours.signum() >= 0 && hours.compareTo(BigDecimal.valueOf(24 * 20)) <= 0 && hours.scale() <= 2,
                "hours", "must be between 0 and 480, at most 2 decimals");
        Require.nonNull(badge, "badge");
        badge = badge.map(b -> Require.text(b, "badge", 40));
        Require.nonNull(evidence, "evidence");
        description = Require.text(description, "description", 2000);
        recordedBy = Require.text(recordedBy, "recordedBy", 200);
        Require.nonNull(recordedAt, "recordedAt");
    }

    @Override
    public PerformanceIssue withVersion(long newVersion) {
        return new PerformanceIssue(id, office, newVersion, contract, type, post, date, hours, badge, evidence,
                description, recordedBy, recordedAt);
    }
}
