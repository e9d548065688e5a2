package io.vigil.incident.port.in;

import io.vigil.incident.domain.FollowUpAction;

/** An overdue follow-up action or corrective measure, with the incident or enquiry it belongs to. */
public record OverdueItem(String of, String id, String title, FollowUpAction action) {
}
