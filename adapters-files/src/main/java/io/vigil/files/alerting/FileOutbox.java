package io.vigil.files.alerting;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.alerting.domain.OutboundMessage;
import io.vigil.alerting.port.out.MessageGateway;
import io.vigil.files.JsonDirectory;
import io.vigil.kernel.OfficeId;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link MessageGateway} for offices without e-mail or an SMS provider: every message becomes a
 * JSON file {@code <id>.json} in a directory that an operator or a bridge picks up. A file is
 * written atomically and only once, so a resumed broadcast adds only what is missing.
 */
public final class FileOutbox implements MessageGateway {
    private final JsonDirectory<OutboundMessage> files;

    public FileOutbox(Path dir, ObjectMapper json) {
        this.files = new JsonDirectory<>(dir, json, OutboundMessage.class, OutboundMessage::id);
    }

    @Override
    public boolean send(OutboundMessage message) {
        return files.putIfAbsent(message);
    }

    @Override
    public boolean wasSent(OfficeId office, String id) {
        OutboundMessage m = files.get(id);
        return m != null && m.office().equals(office);
    }

    @Override
    public List<OutboundMessage> sent(OfficeId office) {
        return files.stream().filter(m -> m.office().equals(office))
                .sorted(Comparator.comparing(OutboundMessage::queuedAt).thenComparing(OutboundMessage::id)).toList();
    }
}
