package io.vigil.examples.console;

import java.util.List;

/** An error page: the status, a title, what went wrong in words (never a class or a stack frame). */
public record ErrorPage(Frame frame, int status, String title, List<String> details) {
}
