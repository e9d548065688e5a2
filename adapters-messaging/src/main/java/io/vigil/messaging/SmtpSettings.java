package io.vigil.messaging;

import io.vigil.kernel.Require;
import java.time.Duration;
import java.util.Optional;

/**
 * The SMTP server e-mail goes through: host, port, the sender address, optional credentials,
 * whether to require STARTTLS, and the connect and read timeout.
 */
public record SmtpSettings(String host, int port, String from, Optional<String> username,
                           Optional<String> password, boolean startTls, Duration timeout) {
    public SmtpSettings {
        host = Require.text(host, "host", 255);
        Require.that(port >= 1 && port <= 65_535, "port must be between 1 and 65535, was " + port);
        from = Require.text(from, "from", 320);
        Require.that(from.contains("@"), "from must be an e-mail address, was '" + from + "'");
        Require.nonNull(username, "username");
        Require.nonNull(password, "password");
        Require.that(username.isPresent() == password.isPresent(), "username and password go together");
        Require.nonNull(timeout, "timeout");
        Require.that(!timeout.isNegative() && !timeout.isZero(), "timeout must be positive");
    }

    /** An unauthenticated server without TLS (a local relay, a test server), 10 s timeout. */
    public static SmtpSettings plain(String host, int port, String from) {
        return new SmtpSettings(host, port, from, Optional.empty(), Optional.empty(), false, Duration.ofSeconds(10));
    }
}
