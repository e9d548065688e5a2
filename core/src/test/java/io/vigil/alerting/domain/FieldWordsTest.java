package io.vigil.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The grammar of SMS from the field: call-ins and flash reports in every language, and what is neither. */
class FieldWordsTest {

    @ParameterizedTest(name = "''{0}'' is a call-in at {1}, place ''{2}''")
    @CsvSource(delimiter = '|', value = {
        "OK 14:30 PK12|14:30|PK12", "ok 14.30|14:30|", "OK 1430|14:30|", "OK 9:05|09:05|", "OK 09h05 km 40|09:05|km 40",
        "'  OK   14:30   PK 12 '|14:30|PK 12", "OK 00:00|00:00|", "OK 23:59.|23:59|",
        "safe 08:00 north gate|08:00|north gate", "fine 0800|08:00|", "yes 08:00|08:00|",
        "Sí 08:00 puente|08:00|puente", "si 8:00|08:00|", "BIEN 08:00|08:00|",
        "oui 8h00 péage|08:00|péage"})
    void a_safe_word_with_a_time_is_a_call_in(String text, String time, String place) {
        assertThat(FieldWords.read(text)).contains(new FieldText.CallInSaid(LocalTime.parse(time),
                Optional.ofNullable(place)));
    }

    @ParameterizedTest(name = "''{0}'' is a call-in not read")
    @ValueSource(strings = {"OK 24:00", "OK 14:60", "OK 930", "OK 14:3", "OK 2:30pm", "OK 14-30", "sí 7h5", "OK 1"})
    void a_safe_word_with_a_number_not_a_time_is_a_call_in_not_read(String text) {
        assertThat(FieldWords.read(text)).hasValueSatisfying(t -> {
            assertThat(t).isInstanceOf(FieldText.Garbled.class);
            assertThat(((FieldText.Garbled) t).flow()).isEqualTo(FieldText.Flow.CALL_IN);
        });
    }

    @Test
    void a_call_ins_place_is_at_most_200_characters() {
        assertThat(FieldWords.read("OK 14:30 " + "p".repeat(200))).contains(new FieldText.CallInSaid(
                LocalTime.of(14, 30), Optional.of("p".repeat(200))));
        assertThat(FieldWords.read("OK 14:30 " + "p".repeat(201))).hasValueSatisfying(t ->
                assertThat(t).isInstanceOf(FieldText.Garbled.class));
    }

    @ParameterizedTest(name = "''{0}'' is a flash report of {1}")
    @CsvSource(delimiter = '|', value = {
        "FLASH ARMED shots near the bridge|armed-conflict|shots near the bridge",
        "flash crime car stolen|crime|car stolen", "FLASH terror bomb threat at the hotel|terrorism|bomb threat at the hotel",
        "FLASH riot downtown|civil-unrest|downtown", "FLASH hazard flood on route 5|hazards|flood on route 5",
        "ALERTA armado disparos|armed-conflict|disparos", "alerta delito robo|crime|robo",
        "ALERTA disturbios en el centro|civil-unrest|en el centro", "ALERTA peligro puente caído|hazards|puente caído",
        "ALERTE armé tirs au pont|armed-conflict|tirs au pont", "alerte Émeute route bloquée|civil-unrest|route bloquée",
        "ALERTE délit vol|crime|vol", "ALERTE terrorisme colis suspect|terrorism|colis suspect",
        "FLASH armed-conflict shelling|armed-conflict|shelling", "FLASH kidnap-risk van seen|kidnap-risk|van seen"})
    void a_flash_word_a_category_word_and_a_text_is_a_flash_report(String text, String category, String what) {
        assertThat(FieldWords.read(text)).contains(new FieldText.FlashSaid(category, what));
    }

    @ParameterizedTest(name = "''{0}'' is a flash report not read")
    @ValueSource(strings = {"FLASH", "flash armed", "ALERTA", "FLASH ??? shots", "FLASH 123 shots"})
    void a_flash_word_without_a_category_and_a_text_is_a_flash_report_not_read(String text) {
        assertThat(FieldWords.read(text)).hasValueSatisfying(t -> {
            assertThat(t).isInstanceOf(FieldText.Garbled.class);
            assertThat(((FieldText.Garbled) t).flow()).isEqualTo(FieldText.Flow.FLASH);
        });
    }

    @Test
    void a_flash_reports_text_is_at_most_300_characters() {
        assertThat(FieldWords.read("FLASH crime " + "x".repeat(300))).contains(new FieldText.FlashSaid("crime",
                "x".repeat(300)));
        assertThat(FieldWords.read("FLASH crime " + "x".repeat(301))).hasValueSatisfying(t ->
                assertThat(t).isInstanceOf(FieldText.Garbled.class));
    }

    @ParameterizedTest(name = "''{0}'' is no field text")
    @ValueSource(strings = {"OK", "1", "2", "help 14:30", "sos 14:30", "a salvo 14:30", "ça va 14:30", "hello",
        "14:30 OK", "flashlight needed", "alertas", "ok thanks", "ok gracias", "oui merci", "OK fourteen thirty",
        "yes please"})
    @NullAndEmptySource
    void a_reply_word_alone_or_followed_by_no_number_a_help_word_or_anything_else_is_no_field_text(String text) {
        assertThat(FieldWords.read(text)).isEmpty();
    }

    @Test
    void every_standard_category_has_a_word_in_each_language() {
        assertThat(FieldWords.CATEGORIES.keySet()).containsExactly("crime", "terrorism", "armed-conflict",
                "civil-unrest", "hazards");
        assertThat(FieldWords.callInWords()).containsExactlyInAnyOrder("ok", "safe", "fine", "yes", "si", "bien", "oui");
    }
}
