package io.vigil.alerting.application;

import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.port.in.NoticesUseCase;
import io.vigil.alerting.port.in.TemplatedNotice;
import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.StorageException;
import io.vigil.kernel.time.LocalTimes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An office's templates and zone, read once, to word any number of notices in any language. When
 * the office's settings or profile cannot be read, the shipped templates and UTC (named) serve: a
 * notice in the shipped wording is better than none, and the write that sends it is already stored.
 */
final class OfficeWording implements NoticesUseCase.NoticeWording {
    private static final Logger LOG = LoggerFactory.getLogger(OfficeWording.class);
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final MessageSettings settings;
    private final ZoneId zone;

    private OfficeWording(MessageSettings settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    /** The office's wording: its settings and zone read now, once. */
    static OfficeWording of(MessageTexts texts, OfficeId office) {
        Require.nonNull(office, "office");
        MessageSettings settings;
        try {
            settings = texts.settings(office);
        } catch (StorageException e) {
            LOG.warn("The message settings of office {} cannot be read ({}): notices take the shipped templates",
                    office, e.getMessage());
            settings = MessageSettings.standard(office);
        }
        ZoneId zone;
        try {
            zone = texts.zone(office);
        } catch (StorageException e) {
            LOG.warn("The profile of office {} cannot be read ({}): notices show UTC", office, e.getMessage());
            zone = UTC;
        }
        return new OfficeWording(settings, zone);
    }

    /** The instant as the office's local date and time, its zone named. */
    String at(Instant at) {
        return LocalTimes.format(at, zone);
    }

    @Override
    public String word(TemplatedNotice notice, Optional<Language> language, Map<String, String> values,
                       Map<String, Instant> times) {
        return word(Require.nonNull(notice, "notice").kind(), language, values, times);
    }

    /**
     * The message of the kind in the language (the office's default when empty): {@code values} put
     * in as they are, {@code times} as the office's local times with the zone named.
     */
    String word(MessageKind kind, Optional<Language> language, Map<String, String> values,
                Map<String, Instant> times) {
        Map<String, String> all = new HashMap<>(Require.nonNull(values, "values"));
        Require.nonNull(times, "times").forEach((name, at) -> all.put(name, at(at)));
        return settings.templateFor(kind, Require.nonNull(language, "language")).render(all);
    }
}
