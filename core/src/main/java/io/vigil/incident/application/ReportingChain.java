package io.vigil.incident.application;

import io.vigil.incident.domain.ChainMember;
import io.vigil.incident.domain.ChainNotice;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.NoticeKind;
import io.vigil.incident.port.out.ChainMessenger;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells the office's reporting chain of a report: one message per member, with a stable id
 * ({@code incident-<id>-<kind>-<role>}), so telling again never sends twice. The messages never
 * name the persons affected: only how many.
 */
final class ReportingChain {
    private final ChainMessenger messenger;

    ReportingChain(ChainMessenger messenger) {
        this.messenger = messenger;
    }

    /** The notices a report of this kind gives the chain at {@code at} (recorded before they are sent). */
    static List<ChainNotice> notices(IncidentReport r, List<ChainMember> chain, NoticeKind kind, Instant at) {
        return chain.stream().map(m -> new ChainNotice(m.role(), kind, messageId(r, kind, m), at, Optional.empty(),
                Optional.empty())).toList();
    }

    /** Sends the messages of the notices of {@code kind} (each once). */
    void send(IncidentReport r, List<ChainMember> chain, NoticeKind kind) {
        for (ChainMember m : chain) {
            messenger.send(r.office(), messageId(r, kind, m), m, text(r, kind));
        }
    }

    private static String messageId(IncidentReport r, NoticeKind kind, ChainMember m) {
        return "incident-" + r.id() + "-" + kind.name().toLowerCase(Locale.ROOT) + "-"
                + m.role().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(IncidentReport r, NoticeKind kind) {
        String head = (kind == NoticeKind.FLASH ? "FLASH REPORT " : "WRITTEN REPORT ") + r.office().value() + ": "
                + r.severity() + " " + r.category() + "/" + r.subtype() + " - " + r.title() + ", " + r.place().description()
                + ", " + r.occurredAt() + ". Persons affected: " + r.persons().size() + ". Source: " + r.source()
                + " (" + r.verification() + "). Ref " + r.id() + "; acknowledge please.";
        return head.length() <= 2000 ? head : head.substring(0, 1999) + "…";
    }
}
