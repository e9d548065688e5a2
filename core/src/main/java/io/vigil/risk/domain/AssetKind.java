package io.vigil.risk.domain;

/** Physical security systems and security equipment. */
public enum AssetKind {
    CCTV(true), ACCESS_CONTROL(true), ALARM(true), FIRE_LIFE_SAFETY(true),
    WALK_THROUGH_METAL_DETECTOR(false), HANDHELD_METAL_DETECTOR(false), RADIO(false), ECM(false),
    PACKAGE_SCREENING(false);

    private final boolean system;

    AssetKind(boolean system) {
        this.system = system;
    }

    /** Whether this is an installed system rather than a piece of equipment. */
    public boolean system() {
        return system;
    }
}
