package io.vigil.testkit.contract.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.domain.MessageKind;
import io.vigil.alerting.domain.MessageSettings;
import io.vigil.alerting.domain.MessageTemplate;
import io.vigil.alerting.port.out.MessageSettingsStore;
import io.vigil.kernel.Language;
import io.vigil.kernel.OfficeId;
import io.vigil.testkit.contract.VersionedStoreContract;
import io.vigil.testkit.generators.AlertingGenerators;
import io.vigil.testkit.generators.KernelGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link MessageSettingsStore}; extend it with your adapter. Settings are
 * identified by their office, so every new one belongs to a fresh office.
 */
public abstract class MessageSettingsStoreContract
        extends VersionedStoreContract<OfficeId, MessageSettings, MessageSettingsStore> {

    @Override
    protected Gen<MessageSettings> newAggregates(OfficeId office) {
        return AlertingGenerators.messageSettings();
    }

    /** The settings with the next supported language as default. */
    @Override
    protected MessageSettings changed(MessageSettings s) {
        List<Language> all = Language.SUPPORTED;
        return s.withDefault(all.get((all.indexOf(s.defaultLanguage()) + 1) % all.size()));
    }

    @Test
    void templates_with_accents_quotes_and_line_breaks_read_back_as_written_in_kind_and_language_order() {
        MessageSettings written = new MessageSettings(KernelGenerators.freshOffice(), 0, Language.FR, List.of(
                new MessageTemplate(MessageKind.ROLL_CALL_REQUEST, Language.FR,
                        "Appel \"{title}\" ?\nRépondez 1 ou 2, où que vous soyez. Ç à è"),
                new MessageTemplate(MessageKind.COMMUNICATION_TEST_REQUEST, Language.ES,
                        "¿Prueba \"{title}\"? Responda 1 o 2. Ñandü ¡ya!")));
        MessageSettings stored = store().save(written);

        MessageSettings read = store().findById(written.id()).orElseThrow();
        assertThat(read).isEqualTo(stored);
        assertThat(read.templates()).extracting(MessageTemplate::kind)
                .containsExactly(MessageKind.COMMUNICATION_TEST_REQUEST, MessageKind.ROLL_CALL_REQUEST);
        assertThat(read.own(MessageKind.ROLL_CALL_REQUEST, Language.FR).orElseThrow().text())
                .isEqualTo("Appel \"{title}\" ?\nRépondez 1 ou 2, où que vous soyez. Ç à è");
    }
}
