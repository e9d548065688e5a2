package io.vigil.examples.console;

import java.util.List;
import java.util.Optional;

/**
 * What every page's layout shows: its title, which navigation entry is current, who is signed in
 * (none on the sign-in and error pages), the CSRF token the sign-out form carries, the
 * navigation, the labels in the viewer's language ({@link #t}) and the page's path under the console
 * (where the language selector brings the viewer back to).
 */
public record Frame(String title, String current, Optional<String> viewer, String csrf, List<Nav> nav,
                    ConsoleLabels labels, String here) {

    /** The label of {@code key} in the viewer's language. */
    public String t(String key) {
        return labels.t(key);
    }

    /** One entry of the navigation bar. */
    public record Nav(String key, String label, String path) {
    }

    /** A frame for a page seen without signing in. */
    static Frame anonymous(String title, String csrf, ConsoleLabels labels) {
        return new Frame(title, "", Optional.empty(), csrf, List.of(), labels, "/");
    }
}
