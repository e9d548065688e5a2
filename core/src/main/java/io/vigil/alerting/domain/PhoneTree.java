package io.vigil.alerting.domain;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.store.Versioned;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A telephone tree: a cascade of calls from its root (usually the security officer). Each link
 * says who calls whom and, if the callee does not answer, whom the caller calls instead, in order;
 * whoever answers in the callee's place makes the callee's calls. Every member is called by exactly
 * one caller and is reached from the root. The tree keeps its timed drills.
 */
public record PhoneTree(TreeId id, OfficeId office, long version, String name, PersonId root, List<Link> links,
                        List<Drill> drills) implements Versioned<TreeId, PhoneTree> {

    /** The caller calls the callee; if the callee does not answer, the caller calls the fallbacks in order. */
    public record Link(PersonId caller, PersonId callee, List<PersonId> fallbacks) {
        public Link {
            Require.nonNull(caller, "caller");
            Require.nonNull(callee, "callee");
            Require.that(!caller.equals(callee), "callee", "must not be the caller");
            fallbacks = List.copyOf(Require.nonNull(fallbacks, "fallbacks"));
            Require.that(new LinkedHashSet<>(fallbacks).size() == fallbacks.size(),
                    "fallbacks", "must name each person once");
            Require.that(!fallbacks.contains(callee) && !fallbacks.contains(caller),
                    "fallbacks", "must be neither the caller nor the callee");
        }
    }

    public PhoneTree {
        Require.nonNull(id, "id");
        Require.nonNull(office, "office");
        Require.that(version >= 0, "version", "must not be negative");
        name = Require.text(name, "name", 200);
        Require.nonNull(root, "root");
        links = List.copyOf(Require.nonNull(links, "links"));
        Require.that(!links.isEmpty(), "links", "must name at least one call");
        drills = List.copyOf(Require.nonNull(drills, "drills"));
        Set<PersonId> callees = new HashSet<>();
        for (Link l : links) {
            Require.that(!l.callee().equals(root), "links", "must not call the root " + root);
            Require.that(callees.add(l.callee()), "links", "must call " + l.callee() + " once, not twice");
        }
        Set<PersonId> reached = reachable(root, links);
        for (Link l : links) {
            Require.that(reached.contains(l.callee()), "links", "must reach " + l.callee() + " from the root;"
                    + " its caller " + l.caller() + " is never called");
        }
    }

    /** The root, then every callee, in the order the cascade reaches them (breadth first). */
    public List<PersonId> members() {
        return membersOf(root, links);
    }

    /** The members of a cascade from {@code root} over {@code links}, breadth first. */
    public static List<PersonId> membersOf(PersonId root, List<Link> links) {
        return List.copyOf(reachable(root, links));
    }

    /** The links whose caller is the person. */
    public List<Link> callsOf(PersonId caller) {
        return links.stream().filter(l -> l.caller().equals(caller)).toList();
    }

    /** The link that calls the person, if any (the root has none). */
    public Optional<Link> linkTo(PersonId callee) {
        return links.stream().filter(l -> l.callee().equals(callee)).findFirst();
    }

    /** The drill with the id, if this tree has it. */
    public Optional<Drill> drill(DrillId drill) {
        return drills.stream().filter(d -> d.id().equals(drill)).findFirst();
    }

    /** The same tree with a drill added or replaced (by id). */
    public PhoneTree withDrill(Drill drill) {
        List<Drill> next = new ArrayList<>(drills.stream().filter(d -> !d.id().equals(drill.id())).toList());
        next.add(drill);
        return new PhoneTree(id, office, version, name, root, links, next);
    }

    @Override
    public PhoneTree withVersion(long newVersion) {
        return new PhoneTree(id, office, newVersion, name, root, links, drills);
    }

    private static Set<PersonId> reachable(PersonId root, List<Link> links) {
        Set<PersonId> seen = new LinkedHashSet<>();
        Deque<PersonId> next = new ArrayDeque<>();
        next.add(root);
        while (!next.isEmpty()) {
            PersonId p = next.poll();
            if (seen.add(p)) {
                links.stream().filter(l -> l.caller().equals(p)).forEach(l -> next.add(l.callee()));
            }
        }
        return seen;
    }
}
