package io.vigil.rest.alerting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An SMS the provider received: the sender's number, the text ("1" or a safe word, "2" or a help
 * word, in en, es or fr; a call-in "OK 14:30 PK12"; a flash report "FLASH ARMED ...": see
 * docs/languages.md) and when.
 */
public record SmsReplyRequest(@NotBlank @Size(max = 40) String from, @Size(max = 500) String text,
                              Instant receivedAt) {
}
