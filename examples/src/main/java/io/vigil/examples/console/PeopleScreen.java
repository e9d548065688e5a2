package io.vigil.examples.console;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.Presence;
import io.vigil.people.domain.Residence;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonListQuery;
import io.vigil.people.port.in.PersonView;
import java.util.List;
import java.util.Optional;

/**
 * People: a search by name, and a person's profile as the viewer may see it (the classes of data
 * withheld from them named), their household (sponsor, dependents, those living with them) and
 * their stays. A viewer whose role lists no one (a staff member) is offered their own profile.
 */
public final class PeopleScreen implements Screen {
    /** The most persons a search lists. */
    static final int MAX_FOUND = 50;

    private final PeopleUseCases people;

    PeopleScreen(PeopleUseCases people) {
        this.people = people;
    }

    /** The search page's model: what was searched, what was found (or why nothing is listed), the viewer's own profile. */
    public record Search(Frame frame, String query, Shown<List<PersonView>> found, long total, Optional<String> own) {
    }

    /** A profile's model. */
    public record Profile(Frame frame, PersonView view, List<String> withheld, Optional<Shown<String>> sponsor,
                          Shown<List<PersonView>> dependents, Shown<List<Residence>> residences,
                          Shown<List<Presence>> stays) {
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("people", "People", Console.PREFIX + "/people"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/people", r -> {
            Fields f = new Fields();
            Optional<String> q = f.text("q", r.query("q"));
            f.check();
            Actor actor = r.actor();
            long[] total = {0};
            Shown<List<PersonView>> found = Shown.of("The office's people", () -> {
                var page = people.persons().list(actor, new PersonListQuery(null, null, q.orElse(null)),
                        PageRequest.first(MAX_FOUND));
                total[0] = page.total();
                return page.items();
            });
            return r.render("people.jte", new Search(r.frame(r.t("title.people"), "people"), q.orElse(""), found, total[0],
                    actor.person().map(PersonId::toString)));
        });
        routes.page("/people/{id}", r -> {
            Fields f = new Fields();
            Optional<PersonId> id = f.id("id", r.path("id"), PersonId::of);
            f.check();
            Actor actor = r.actor();
            PersonView view = people.persons().get(actor, id.orElseThrow());
            Optional<Shown<String>> sponsor = view.person().sponsor().map(s -> Shown.of("Sponsor",
                    () -> people.persons().get(actor, s).displayName()));
            return r.render("person.jte", new Profile(r.frame(view.displayName(), "people"), view,
                    view.withheld().stream().map(DataClass::name).sorted().toList(), sponsor,
                    Shown.of("Dependents", () -> people.persons().dependents(actor, id.get())),
                    Shown.of("Residences", () -> people.residences().ofPerson(actor, id.get())),
                    Shown.of("Stays", () -> people.presences().ofPerson(actor, id.get()))));
        });
    }
}
