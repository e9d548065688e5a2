package io.vigil.rest.movement;

import io.vigil.movement.port.in.Deployment;
import java.time.Instant;
import java.util.List;

/**
 * The office's deployment numbers at an instant, per warden zone: present and travelling, with the
 * persons listed when {@code named} (readers of movements), counts only otherwise (managers).
 */
public record DeploymentResource(String office, Instant at, boolean named, List<Area> areas) {

    /** One zone's numbers. */
    public record Area(String zone, String name, int present, int travelling, List<Present> presentPersons,
                       List<Travelling> travellingPersons) {
    }

    /** A person present in the zone, with the first reason in words. */
    public record Present(String person, String reason) {
    }

    /** A person travelling through the zone on a movement under way. */
    public record Travelling(String person, String movement, String title) {
    }

    /** The numbers as the use case gives them. */
    public static DeploymentResource from(Deployment d) {
        List<Area> areas = d.areas().stream().map(a -> new Area(a.zone().value(), a.name(), a.present(),
                a.travelling(),
                a.presentPersons().stream().map(p -> new Present(p.person().toString(), p.reason())).toList(),
                a.travellingPersons().stream().map(t -> new Travelling(t.person().toString(),
                        t.movement().toString(), t.title())).toList())).toList();
        return new DeploymentResource(d.office().value(), d.at(), d.named(), areas);
    }
}
