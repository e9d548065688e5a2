package io.vigil.examples.console;

import io.vigil.crisis.domain.EvacueeStatus;
import io.vigil.crisis.domain.Relocation;
import io.vigil.crisis.domain.RelocationId;
import io.vigil.crisis.domain.RelocationKind;
import io.vigil.crisis.domain.RelocationPlan;
import io.vigil.crisis.port.in.EvacueeStatusDetails;
import io.vigil.crisis.port.in.RelocationDeclaration;
import io.vigil.crisis.port.in.RelocationEntries;
import io.vigil.crisis.port.in.RelocationSummary;
import io.vigil.crisis.port.in.RelocationUseCase;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * Relocation and evacuation in a crisis: the office's arrangements (each area's assembly points, safe
 * havens with their capacity and contacts, routes and transport; the priority order), the
 * relocations declared with their counts, and a form to declare one for an area. A relocation's page
 * shows its counts and shortfall to those who may read them, its evacuation list (names and where the
 * locator placed each person) to the security roles and the SOC, with a form to record a person's
 * state, and a staff member's own entry and their dependents'; the crisis context decides which.
 */
public final class RelocationScreen implements Screen {
    /** The most relocations listed: the latest declared (a relocation's page shows its whole list, at most 1,000). */
    static final int MAX_LISTED = 100;

    private final RelocationUseCase relocation;

    RelocationScreen(RelocationUseCase relocation) {
        this.relocation = relocation;
    }

    /** The relocation overview's model. */
    public record RelocationsPage(Frame frame, Shown<RelocationPlan> plan, Shown<List<RelocationSummary>> declared) {
    }

    /** One relocation's model: its figures (if the viewer may read them), its list (likewise), the viewer's own entry. */
    public record RelocationListPage(Frame frame, Shown<RelocationSummary> summary, Shown<Relocation> list,
                                     Optional<Shown<RelocationEntries>> own) {
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("relocation", "Relocation", Console.PREFIX + "/crisis/relocation"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/crisis/relocation", r -> r.render("crisis/relocation.jte", new RelocationsPage(
                r.frame(r.t("title.relocation"), "relocation"), Shown.of("The relocation plan", () -> relocation.plan(r.actor())),
                Shown.of("Relocations declared", () -> relocation.list(r.actor(), PageRequest.first(MAX_LISTED))
                        .items()))));
        routes.form("/crisis/relocations", r -> {
            Fields f = new Fields();
            Optional<RelocationKind> kind = f.choice("kind", r.form("kind"), RelocationKind.class);
            if (r.form("kind") == null || r.form("kind").isBlank()) {
                f.bad("kind", "must be given");
            }
            Optional<String> area = f.required("area", r.form("area"), 32);
            Optional<String> haven = f.required("haven", r.form("haven"));
            f.check();
            Relocation declared = relocation.declare(r.actor(), new RelocationDeclaration(kind.orElseThrow(),
                    area.orElseThrow(), haven.orElseThrow(), r.now(), null));
            return "/crisis/relocations/" + declared.id();
        });
        routes.page("/crisis/relocations/{id}", r -> {
            RelocationId id = id(r);
            Shown<Relocation> list = Shown.of("The evacuation list", () -> relocation.get(r.actor(), id));
            Shown<RelocationSummary> summary = list.value().isPresent()
                    ? new Shown<>(Optional.of(RelocationSummary.of(list.value().get())), "")
                    : Shown.of("The relocation's figures", () -> relocation.summary(r.actor(), id));
            // a viewer who signs in for no person of the office has no entry to look for
            Optional<Shown<RelocationEntries>> own = list.value().isPresent() || r.actor().person().isEmpty()
                    ? Optional.empty()
                    : Optional.of(Shown.of("Your entry", () -> relocation.own(r.actor(), id)));
            ConsoleLabels labels = r.labels();
            String title = summary.value().map(s -> title(labels, s.kind(), s.areaName()))
                    .or(() -> own.flatMap(Shown::value).map(o -> title(labels, o.kind(), o.areaName())))
                    .orElse(r.t("title.relocation"));
            return r.render("crisis/relocation-list.jte", new RelocationListPage(r.frame(title, "relocation"),
                    summary, list, own));
        });
        routes.form("/crisis/relocations/{id}/states", r -> {
            Fields f = new Fields();
            Optional<RelocationId> id = f.id("id", r.path("id"), RelocationId::of);
            if (r.form("person") == null || r.form("person").isBlank()) {
                f.bad("person", "must be given");
            }
            Optional<PersonId> person = f.id("person", r.form("person"), PersonId::of);
            Optional<EvacueeStatus> status = f.choice("status", r.form("status"), EvacueeStatus.class);
            if (r.form("status") == null || r.form("status").isBlank()) {
                f.bad("status", "must be given");
            }
            Optional<String> note = f.text("note", r.form("note"), 500);
            status.filter(EvacueeStatus::needsReason).filter(s -> note.isEmpty())
                    .ifPresent(s -> f.bad("note", "must say why for " + Format.words(s)));
            f.check();
            relocation.record(r.actor(), id.orElseThrow(), new EvacueeStatusDetails(person.orElseThrow(),
                    status.orElseThrow(), note.orElse(null)));
            return "/crisis/relocations/" + id.orElseThrow() + "#list";
        });
    }

    /** "Relocation: <area>" or "Evacuation: <area>", in the viewer's language. */
    private static String title(ConsoleLabels labels, RelocationKind kind, String area) {
        return labels.t(kind == RelocationKind.EVACUATION ? "title.evacuation" : "title.relocation-of", area);
    }

    private static RelocationId id(Console.Request r) {
        Fields f = new Fields();
        Optional<RelocationId> id = f.id("id", r.path("id"), RelocationId::of);
        f.check();
        return id.orElseThrow();
    }
}
