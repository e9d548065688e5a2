package io.vigil.movement.domain;

/** Who a visit's request for security support goes to. */
public enum SupportProvider {
    HOST_GOVERNMENT, PRIVATE_SECURITY
}
