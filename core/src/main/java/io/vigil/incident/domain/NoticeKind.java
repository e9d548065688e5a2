package io.vigil.incident.domain;

/** Which report a notice to the reporting chain carried: the flash report or the written report. */
public enum NoticeKind {
    FLASH, WRITTEN
}
