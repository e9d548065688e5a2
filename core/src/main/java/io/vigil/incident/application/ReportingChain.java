package io.vigil.incident.application;

import io.vigil.alerting.port.in.NoticesUseCase;
import io.vigil.alerting.port.in.TemplatedNotice;
import io.vigil.incident.domain.ChainMember;
import io.vigil.incident.domain.ChainNotice;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.NoticeKind;
import io.vigil.incident.port.out.ChainMessenger;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells the office's reporting chain of a report: one message per member, with a stable id
 * ({@code incident-<id>-<kind>-<role>}), so telling again never sends twice, worded from the
 * office's templates. The messages never name the persons affected: only how many.
 */
final class ReportingChain {
    private final ChainMessenger messenger;
    private final NoticesUseCase wording;

    ReportingChain(ChainMessenger messenger, NoticesUseCase wording) {
        this.messenger = messenger;
        this.wording = wording;
    }

    /** The notices a report of this kind gives the chain at {@code at} (recorded before they are sent). */
    static List<ChainNotice> notices(IncidentReport r, List<ChainMember> chain, NoticeKind kind, Instant at) {
        return chain.stream().map(m -> new ChainNotice(m.role(), kind, messageId(r, kind, m), at, Optional.empty(),
                Optional.empty())).toList();
    }

    /** Sends the messages of the notices of {@code kind} (each once). */
    void send(IncidentReport r, List<ChainMember> chain, NoticeKind kind) {
        if (chain.isEmpty()) {
            return;
        }
        String text = text(r, kind);
        for (ChainMember m : chain) {
            messenger.send(r.office(), messageId(r, kind, m), m, text);
        }
    }

    private static String messageId(IncidentReport r, NoticeKind kind, ChainMember m) {
        return "incident-" + r.id() + "-" + kind.name().toLowerCase(Locale.ROOT) + "-"
                + m.role().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The notice's text from the office's {@code INCIDENT_FLASH} or {@code INCIDENT_WRITTEN} template
     * in the office's default language (a chain member is a role, not a person with a language of
     * their own), the time of the incident in the office's local time with its zone named.
     */
    private String text(IncidentReport r, NoticeKind kind) {
        Map<String, String> values = Map.of("office", r.office().value(), "severity", r.severity().name(),
                "category", r.category() + "/" + r.subtype(), "title", r.title(), "place", r.place().description(),
                "count", Integer.toString(r.persons().size()), "source", r.source(),
                "verification", r.verification().name(), "ref", r.id().toString());
        return wording.wording(r.office()).word(kind == NoticeKind.FLASH ? TemplatedNotice.INCIDENT_FLASH
                : TemplatedNotice.INCIDENT_WRITTEN, Optional.empty(), values, Map.of("at", r.occurredAt()));
    }
}
