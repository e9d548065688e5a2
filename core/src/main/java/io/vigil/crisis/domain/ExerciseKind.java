package io.vigil.crisis.domain;

/** The kinds of drills and exercises an office runs. */
public enum ExerciseKind {
    FIRE, EARTHQUAKE, BOMB_THREAT, SHELTER_IN_PLACE, EVACUATION, TABLETOP, SIMULATION, WALKTHROUGH
}
