package io.vigil.rest.alerting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A reply an SMS provider received: the sender's number, the text ("1" safe, "2" needs help) and when. */
public record SmsReplyRequest(@NotBlank @Size(max = 40) String from, @Size(max = 500) String text,
                              Instant receivedAt) {
}
