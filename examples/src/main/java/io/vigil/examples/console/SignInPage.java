package io.vigil.examples.console;

import java.util.List;
import java.util.Optional;

/**
 * The sign-in page: the identities to pick in demo mode (none otherwise, and then a bearer token
 * field), the identity provider to sign in with when one is configured ("Sign in with ..."), and
 * what was wrong with the last attempt.
 */
public record SignInPage(Frame frame, List<Identity> identities, Optional<String> provider, Optional<String> problem) {

    /** One identity to pick: its key (the demo token), who it is, its roles. */
    public record Identity(String key, String subject, String roles) {
    }
}
