package io.vigil.guard.domain;

/** An item of a site inspection's checklist. */
public enum CheckItem { POST_MANNED, GUARD_ALERT, UNIFORM, LOGBOOK, EQUIPMENT, POST_ORDERS_KNOWN }
