package io.vigil.examples.console;

/**
 * A page of the identity provider's sign-in: signed in (with a link on to the console), or signed
 * out of the console (with a link to sign out at the provider too).
 */
public record OidcPage(Frame frame, String title, String message, String href, String link) {
}
