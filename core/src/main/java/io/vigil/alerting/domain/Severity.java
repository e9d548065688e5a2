package io.vigil.alerting.domain;

/** How serious an advisory is, lowest first. */
public enum Severity {
    INFO, CAUTION, WARNING, CRITICAL
}
