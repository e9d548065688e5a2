package io.vigil.guard.domain;

/** What a performance issue rests on. */
public enum EvidenceKind { INSPECTION, REPORT }
