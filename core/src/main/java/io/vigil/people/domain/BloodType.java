package io.vigil.people.domain;

/** ABO and RhD blood group, optional and sensitive. */
public enum BloodType {
    A_POSITIVE, A_NEGATIVE, B_POSITIVE, B_NEGATIVE, AB_POSITIVE, AB_NEGATIVE, O_POSITIVE, O_NEGATIVE
}
