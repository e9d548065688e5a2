package io.vigil.examples.console;

import io.vigil.soc.port.in.SocOverview;
import io.vigil.soc.port.in.SocUseCases;
import java.util.List;

/**
 * The SOC's overview of every office the viewer reads, one row per office, counts only: persons in
 * the country, abroad and with no stay recorded; the open roll-calls with the affected, answered,
 * needing help and silent; the movements that missed their call-in and the liaison actions overdue.
 * An office's security roles and manager see their own office's row; anyone else is told the
 * overview is not shown to their role.
 */
public final class SocScreen implements Screen {
    private final SocUseCases soc;

    SocScreen(SocUseCases soc) {
        this.soc = soc;
    }

    /** The page's model: the overview, or why it is not shown. */
    public record Page(Frame frame, Shown<SocOverview> overview) {
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("soc", "SOC", Console.PREFIX + "/soc"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/soc", r -> r.render("soc.jte", new Page(r.frame(r.t("title.soc-overview"), "soc"),
                Shown.of("The overview of the offices", () -> soc.overview().overview(r.actor(), r.now())))));
    }
}
