package io.vigil.examples.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigil.alerting.domain.CommTestId;
import io.vigil.alerting.domain.CommunicationTest;
import io.vigil.alerting.domain.Incident;
import io.vigil.alerting.port.in.AlertingUseCases;
import io.vigil.alerting.port.in.RollCallView;
import io.vigil.alerting.port.in.RollCallViewQuery;
import io.vigil.alerting.port.in.TestResult;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.people.domain.WardenZone;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.risk.domain.RestrictedArea;
import io.vigil.risk.port.in.RiskUseCases;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The map: warden zones, restricted areas, the incident area of a roll-call (or of every open one)
 * and the places of its affected persons, only those the viewer may read (the roll-call view gives
 * a place's point only to a reader of that person's residence or movements). Drawn by Leaflet from
 * GeoJSON the console serves; no tiles unless {@link ConsoleSettings#tileUrl()} names some. The
 * page lists the layers too, for a screen reader and for print.
 */
public final class MapScreen implements Screen {
    /** The most features of each kind drawn. */
    static final int MAX_FEATURES = PageRequest.MAX_LIMIT;

    private final PeopleUseCases people;
    private final RiskUseCases risk;
    private final AlertingUseCases alerting;
    private final ConsoleSettings settings;
    private final ObjectMapper json = new ObjectMapper();

    MapScreen(PeopleUseCases people, RiskUseCases risk, AlertingUseCases alerting, ConsoleSettings settings) {
        this.people = people;
        this.risk = risk;
        this.alerting = alerting;
        this.settings = settings;
    }

    /** The map page's model: where its layers come from, the tile URL if any, and the layers listed. */
    public record MapPage(Frame frame, String layers, Optional<String> tiles, List<Layer> listed) {
    }

    /** One layer as listed under the map: its kind, its title, the names of what it holds (or why not shown). */
    public record Layer(String kind, String title, List<String> names, String withheld) {
    }

    private record Feature(String kind, String name, List<GeoPoint> outline, Optional<GeoPoint> point) {
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("map", "Map", Console.PREFIX + "/map"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/map", r -> {
            Optional<CommTestId> call = rollCall(r);
            List<Layer> listed = new ArrayList<>();
            for (Shown<List<Feature>> layer : layers(r.actor(), r.now(), call)) {
                listed.add(new Layer(layer.value().flatMap(l -> l.stream().findFirst()).map(Feature::kind).orElse(""),
                        titleOf(layer, r.labels()), layer.value().map(l -> l.stream().map(Feature::name).toList()).orElse(List.of()),
                        layer.withheld()));
            }
            return r.render("map.jte", new MapPage(r.frame(r.t("title.map"), "map"), Console.PREFIX + "/map/layers.json"
                    + call.map(c -> "?rollCall=" + c).orElse(""), settings.tileUrl(), listed));
        });
        routes.json("/map/layers.json", r -> geoJson(layers(r.actor(), r.now(), rollCall(r))));
    }

    private static Optional<CommTestId> rollCall(Console.Request r) {
        Fields f = new Fields();
        Optional<CommTestId> call = f.id("rollCall", r.query("rollCall"), CommTestId::of);
        f.check();
        return call;
    }

    private static String titleOf(Shown<List<Feature>> layer, ConsoleLabels labels) {
        return layer.withheld().isEmpty() ? layer.value().flatMap(l -> l.stream().findFirst())
                .map(f -> labels.t(switch (f.kind()) {
                    case "zone" -> "warden-zones";
                    case "restricted" -> "restricted-areas";
                    case "incident" -> "incident-areas";
                    default -> "places-of-affected-persons";
                })).orElse("") : "";
    }

    private List<Shown<List<Feature>>> layers(Actor actor, Instant now, Optional<CommTestId> only) {
        List<Shown<List<Feature>>> layers = new ArrayList<>();
        layers.add(Shown.of("Warden zones", () -> people.zones().list(actor, PageRequest.first(MAX_FEATURES)).items()
                .stream().map((WardenZone z) -> new Feature("zone", z.name(), z.outline(), Optional.empty())).toList()));
        layers.add(Shown.of("Restricted areas", () -> risk.areas().list(actor, PageRequest.first(MAX_FEATURES))
                .items().stream().map((RestrictedArea a) -> new Feature("restricted", a.name(), a.outline(),
                        Optional.empty())).toList()));
        Shown<List<CommunicationTest>> calls = Shown.of("Roll-calls", () -> only.map(id -> List.of(
                alerting.tests().get(actor, id))).orElseGet(() -> open(actor, now)));
        layers.add(new Shown<>(calls.value().map(cs -> cs.stream().flatMap(c -> c.incident().stream()
                .map(i -> new Feature("incident", c.title(), i.outline(), Optional.empty()))).toList()),
                calls.withheld().isEmpty() ? "" : "Incident areas" + Shown.NOT_SHOWN));
        layers.add(Shown.of("Places of affected persons", () -> places(actor, calls.value().orElse(List.of()))));
        return layers;
    }

    private List<CommunicationTest> open(Actor actor, Instant now) {
        return alerting.tests().history(actor, PageRequest.first(TodayScreen.ROLL_CALLS_READ)).items().stream()
                .map(TestResult::test).filter(t -> t.incident().isPresent() && t.closesAt().isAfter(now)).toList();
    }

    private List<Feature> places(Actor actor, List<CommunicationTest> calls) {
        List<Feature> places = new ArrayList<>();
        for (CommunicationTest call : calls) {
            RollCallView view = alerting.rollCallView().view(actor, call.id(),
                    RollCallViewQuery.all(PageRequest.first(MAX_FEATURES)));
            for (RollCallView.Row row : view.persons().items()) {
                for (Incident.Reason reason : row.status().reasons()) {
                    reason.point().ifPresent(p -> places.add(new Feature("place", row.status().name() + " ("
                            + Format.words(reason.apparentKind()) + ")", List.of(), Optional.of(p))));
                }
            }
        }
        return places;
    }

    private String geoJson(List<Shown<List<Feature>>> layers) {
        ObjectNode root = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (Shown<List<Feature>> layer : layers) {
            for (Feature f : layer.value().orElse(List.of())) {
                ObjectNode feature = features.addObject().put("type", "Feature");
                feature.putObject("properties").put("kind", f.kind()).put("name", f.name());
                ObjectNode geometry = feature.putObject("geometry");
                if (f.point().isPresent()) {
                    geometry.put("type", "Point");
                    geometry.set("coordinates", position(f.point().get()));
                } else {
                    geometry.put("type", "Polygon");
                    ArrayNode ring = geometry.putArray("coordinates").addArray();
                    f.outline().forEach(p -> ring.add(position(p)));
                    if (!f.outline().isEmpty() && !f.outline().get(0).equals(f.outline().get(f.outline().size() - 1))) {
                        ring.add(position(f.outline().get(0)));
                    }
                }
            }
        }
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ArrayNode position(GeoPoint p) {
        return json.createArrayNode().add(p.longitude()).add(p.latitude());
    }
}
