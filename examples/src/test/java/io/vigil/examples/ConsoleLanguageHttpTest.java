package io.vigil.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.examples.demo.crisis.DemoRelocation;
import io.vigil.examples.demo.review.DemoReview;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console in the viewer's language, over HTTP: the Bangui office (whose default is French)
 * in French, a viewer whose person prefers Spanish in Spanish, the selector's choice over both,
 * an unknown language back to English; record data untranslated; the relocation, liaison, review,
 * map and movement screens in French and Spanish with none of their English labels left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleLanguageHttpTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private ReferenceApp app;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        app = ReferenceApp.start(AppConfig.fromEnvironment(Map.of("VIGIL_DATA_DIR", dir.toString(), "VIGIL_PORT", "0",
                "VIGIL_HOST", "127.0.0.1", "VIGIL_DEMO", "true", "VIGIL_ESCALATION_SECONDS", "3600")));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private ConsoleClient signedIn(String token) throws Exception {
        ConsoleClient c = new ConsoleClient(app.port());
        assertThat(c.signIn(token).statusCode()).isEqualTo(303);
        return c;
    }

    /** The demo's quarter up to now, as the review screen's query. */
    private static String quarter() {
        DemoReview q = DemoReview.quarterUpTo(Instant.now());
        return "?from=" + enc(q.from()) + "&to=" + enc(q.to()) + "&asOf=" + enc(q.asOf());
    }

    private static String enc(Instant at) {
        return URLEncoder.encode(at.toString(), StandardCharsets.UTF_8);
    }

    private static String page(ConsoleClient c, String path) throws Exception {
        HttpResponse<String> r = c.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    @DisplayName("the relocation, liaison and review screens in French: their headings, columns, forms and words, no English label left")
    void relocation_liaison_review_in_french() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        c.language("fr");
        String plan = page(c, "/console/crisis/relocation");
        assertThat(plan).contains("<html lang=\"fr\">", "<title>Relocalisation · Vigil</title>",
                "<h1>Relocalisation et évacuation</h1>", ">Plan de relocalisation<", ">Lieux sûrs<",
                ">Points de rassemblement<", "Transport (64 places)", "bus, 40 places", ">Capacité<",
                ">Déclarer et établir la liste<", "<option value=\"EVACUATION\">évacuation</option>",
                DemoRelocation.HAVEN)
                .doesNotContain("Relocation and evacuation", "Relocation plan", ">Safe havens<", ">Assembly points<",
                        ">Capacity<", "64 seats", "Declare and build the list", "Relocations declared");
        String path = c.post("/console/crisis/relocations", c.form("kind", "EVACUATION", "area", DemoRelocation.AREA,
                "haven", DemoRelocation.HAVEN)).headers().firstValue("Location").orElseThrow();
        assertThat(path).matches("/console/crisis/relocations/" + UUID);
        String list = page(c, path);
        assertThat(list).contains("<title>Évacuation : ", ">Décomptes<", ">Foyers<", ">À déplacer<", ">Introuvables<",
                ">Restent<", ">Liste d", ">Catégorie<", ">Personne<", "personnes restent à localiser.",
                "<option value=\"TO_MOVE\">à déplacer</option>", ">à déplacer</td>")
                .doesNotContain("<title>Evacuation", ">Households<", ">To move<", "Evacuation list", "Record the state",
                        "still to be accounted for", ">to move<");
        assertThat(page(c, "/console/crisis/relocation")).contains("Relocalisations déclarées (la plus récente")
                .doesNotContain("Relocations declared");

        String liaison = page(c, "/console/liaison");
        assertThat(liaison).contains("<title>Liaison · Vigil</title>", ">Organisations et contacts<",
                ">Journal des contacts (le plus récent", ">Enregistrer le contact<", ">Réunions<", ">Niveau<",
                ">Avis à la direction (le plus récent", "accepté en partie", "points reportés", ">Responsable<",
                ">en cours<", "UNDSS Mexico")
                .doesNotContain("Organisations and contacts", "Contact log", "Log the contact", "Advice to management",
                        "Give advice to the head of office", ">Level<", "items carried over", ">in progress<",
                        ">partly accepted<");
        String meeting = page(c, ConsoleClient.find(liaison, "(/console/liaison/meetings/" + UUID + ")").orElseThrow());
        assertThat(meeting).contains(">Participants<", ">Ordre du jour<", ">Décisions<", "Reporté de la réunion",
                "Tenue le ")
                .doesNotContain("Who attended", ">Agenda<", ">Decisions<", "Carried over from", "Action items raised",
                        "Held ");

        String review = page(c, "/console/review" + quarter());
        assertThat(review).contains("<title>Revue du programme · Vigil</title>", "<h1>Revue du programme</h1>",
                ">Établir la revue<", "Revue complète, avec les constatations", ">Chiffre<", ">Valeur<", "Page HTML",
                "La même revue depuis")
                .doesNotContain("Programme review", "Make the review", "Full review", ">Figure<", ">Value<",
                        "HTML page", "The same review from the API");

        // a part the viewer's role may not read says so in the viewer's language
        ConsoleClient manager = signedIn("demo-manager");
        manager.language("fr");
        assertThat(page(manager, "/console/liaison")).contains("Le journal des contacts : non visible pour votre rôle")
                .doesNotContain("not shown to your role");
    }

    @Test
    @DisplayName("the relocation, liaison and review screens in Spanish, the map's legend and the fleet's details in French")
    void relocation_liaison_review_in_spanish_map_and_fleet_in_french() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        c.language("es");
        assertThat(page(c, "/console/crisis/relocation")).contains("<html lang=\"es\">",
                "<h1>Reubicación y evacuación</h1>", ">Plan de reubicación<", ">Refugios seguros<",
                ">Puntos de reunión<", "Transporte (64 plazas)")
                .doesNotContain("Relocation plan", ">Safe havens<", "64 seats");
        assertThat(page(c, "/console/liaison")).contains("<title>Enlace · Vigil</title>", "<h1>Enlace</h1>",
                ">Organizaciones y contactos<", ">Reuniones<", ">Registrar el contacto<")
                .doesNotContain("Organisations and contacts", ">Meetings<", "Log the contact");
        assertThat(page(c, "/console/review")).contains("<h1>Revisión del programa</h1>", ">Elaborar la revisión<",
                ">Periodo<").doesNotContain("Programme review", "Make the review");

        c.language("fr");
        String map = page(c, "/console/map");
        assertThat(map).contains("aria-label=\"Légende\"", "Zone de responsable</li>", "Carte des couches")
                .doesNotContain("Warden zone", "Restricted area", "Map of the layers", "aria-label=\"Legend\"");
        String movements = page(c, "/console/movements");
        assertThat(movements).containsPattern(", (avec|sans) radio ; assuré jusqu.au [0-9-]{10}, contrôle technique le")
                .contains("permis valable jusqu")
                .doesNotContain("insured until", "inspection due", "licence valid until");
    }

    @Test
    @DisplayName("the sentences around the records on the incident, movement, clearance, crisis, guard and document screens in French")
    void record_sentences_in_french() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        c.language("fr");
        String incidents = page(c, "/console/incidents");
        assertThat(incidents).contains("listés (les 200 plus récents)").doesNotContain("listed (the latest 200)",
                "written report due", " overdue<");
        String incident = page(c, ConsoleClient.find(incidents, "(/console/incidents/" + UUID + ")").orElseThrow());
        assertThat(incident).contains("survenu le ", "Appel nominal :", "Activation de la cellule de crise :")
                .doesNotContain("occurred ", "Where: ", "Roll-call:", "Crisis team activation:", "none started");
        String movements = page(c, "/console/movements");
        assertThat(movements).contains("(les retards d", "(aptitude au ").doesNotContain("(overdue first)",
                "(fitness on ", "listed (the first 200)", "(overdue after");
        String movement = page(c, ConsoleClient.find(movements, "(/console/movements/" + UUID + ")").orElseThrow());
        assertThat(movement).contains("départ le ", "Chef de convoi :", "Toutes les ", "(obtenu par radio ou téléphone)")
                .doesNotContain("departs ", "Convoy leader:", "minutes of grace", "obtained by radio or phone",
                        "the first leads");
        String queue = page(c, "/console/clearances");
        assertThat(queue).contains("(soumises au cours des 90 derniers jours)").doesNotContain(
                "submitted in the last 90 days", "awaiting a decision first", "you may read");
        String clearance = page(c, ConsoleClient.find(queue, "(/console/clearances/" + UUID + ")").orElseThrow());
        assertThat(clearance).contains("criticité du programme", "remise le ").doesNotContain("programme criticality",
                "Latest: ", "the first on submission", "(the rules advised");
        assertThat(page(c, "/console/crisis")).contains("en vigueur depuis le ").doesNotContain("in force since",
                "approved by", "stood down");
        assertThat(page(c, "/console/guard")).contains(" par service").doesNotContain(" per shift", " is overdue: due");
        assertThat(page(c, "/console/people?q=a")).contains(" listés<").doesNotContain(" listed<");
        assertThat(clearance).contains("transmettre (au-dessus de").doesNotContain("escalate (above");
        String today = page(c, "/console/");
        assertThat(today).contains("Plan de gestion de crise : ", "(tous les 90 jours)", "(version 2) : ",
                ">Action de liaison<").doesNotContain("Crisis management plan: ", "(every 90 days)",
                        "have not acknowledged", " drill (last held", ">Liaison action<", ") until ");
        String rollCall = page(c, ConsoleClient.find(today, "(/console/roll-calls/" + UUID + ")").orElseThrow());
        assertThat(rollCall).contains(">Tous les états<", ">Sans réponse<", "Appel nominal lancé le ")
                .doesNotContain("All states", "Silent (not answered)", "None yet: wardens", "Roll-call started");
    }

    @Test
    @DisplayName("the Bangui officer (no person; the office's default is French) sees the console in French, the records as written")
    void bangui_officer_in_french() throws Exception {
        ConsoleClient c = signedIn("demo-officer-bgf");
        HttpResponse<String> today = c.get("/console/");
        assertThat(today.statusCode()).isEqualTo(200);
        assertThat(today.body()).contains("<html lang=\"fr\">", ">Personnes</a>", ">Déplacements</a>",
                "Avis en vigueur", "Appels nominaux ouverts", "Se déconnecter", "<title>Aujourd")
                .doesNotContain("Advisories in force", "Open roll-calls", ">Sign out<", ">People</a>");
        String people = c.get("/console/people?q=Ndakala").body();
        assertThat(people).contains("<html lang=\"fr\">", "Le nom contient", ">Rechercher<", ">Nom<", ">Catégorie<",
                "Grâce Ndakala").doesNotContain("Name contains", ">Search<");
        // the part htmx refreshes follows the page's language
        assertThat(c.send("/console/today/roll-calls", "HX-Request", "true").body()).contains("Appels nominaux ouverts");
    }

    @Test
    @DisplayName("a viewer whose person prefers Spanish sees Spanish in an office whose default is English")
    void spanish_viewer() throws Exception {
        ConsoleClient c = signedIn("demo-staff");
        String today = c.get("/console/").body();
        assertThat(today).contains("<html lang=\"es\">", ">Hoy</a>", "Avisos vigentes", "Cerrar sesión")
                .doesNotContain("Advisories in force", ">Sign out<");
        assertThat(c.get("/console/documents").body()).contains("<html lang=\"es\">", "Sus acuses de recibo pendientes");
    }

    @Test
    @DisplayName("the person's language is read once, at sign-in, and that read is audited naming the person")
    void preferred_language_read_is_audited() throws Exception {
        ConsoleClient first = signedIn("demo-staff");
        String own = ConsoleClient.find(first.get("/console/people").body(), "/console/people/([0-9a-f-]{36})")
                .orElseThrow();
        long before = audited("staff@demo", own);
        ConsoleClient c = signedIn("demo-staff");
        assertThat(audited("staff@demo", own)).as("one read at sign-in").isEqualTo(before + 1);
        c.get("/console/clearances");
        c.get("/console/documents");
        assertThat(audited("staff@demo", own)).as("no read of the profile per page").isEqualTo(before + 1);
    }

    /** How many entries of the audit trail name {@code person} as read by {@code actor}, as the officer reads it. */
    private long audited(String actor, String person) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + app.port() + "/api/v1/audit?limit=500&actor=" + actor + "&person=" + person))
                .header("Authorization", "Bearer demo-officer").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode items = new ObjectMapper().readTree(r.body()).path("items");
        long n = 0;
        for (JsonNode e : items) {
            if (e.path("dataClass").asText().equals("PROFILE") && e.path("action").asText().equals("READ")) {
                n++;
            }
        }
        return n;
    }

    @Test
    @DisplayName("the selector's choice overrides the person's and the office's language, kept in a cookie, back on the same page")
    void selector_switches() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        assertThat(c.get("/console/people").body()).contains("<html lang=\"en\">", "Name contains",
                "<option value=\"en\" lang=\"en\" selected>English</option>");
        HttpResponse<String> chosen = c.post("/console/language", c.form("language", "fr", "back", "/people?q=a"));
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location")).hasValue("/console/people?q=a");
        String cookie = chosen.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("vigil-language="))
                .findFirst().orElseThrow();
        assertThat(cookie).startsWith("vigil-language=fr").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict");
        assertThat(c.get("/console/people?q=a").body()).contains("<html lang=\"fr\">", "Le nom contient",
                "<option value=\"fr\" lang=\"fr\" selected>Français</option>");
        assertThat(c.post("/console/language", c.form("language", "es", "back", "/")).statusCode()).isEqualTo(303);
        assertThat(c.get("/console/").body()).contains("<html lang=\"es\">", "Avisos vigentes");
        // the choice also overrides a person's own language
        ConsoleClient staff = signedIn("demo-staff");
        assertThat(staff.get("/console/").body()).contains("<html lang=\"es\">");
        assertThat(staff.post("/console/language", staff.form("language", "en", "back", "/")).statusCode())
                .isEqualTo(303);
        assertThat(staff.get("/console/").body()).contains("<html lang=\"en\">", "Advisories in force");
    }

    @Test
    @DisplayName("a bad choice is a 400 naming every bad field and changes nothing; one without its CSRF token is a 403")
    void bad_choice() throws Exception {
        ConsoleClient c = signedIn("demo-officer");
        c.get("/console/");
        HttpResponse<String> bad = c.post("/console/language", c.form("language", "de", "back", "//elsewhere.example"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("language: ", "back: ").doesNotContain("Exception", "io.vigil");
        assertThat(bad.headers().allValues("Set-Cookie")).noneMatch(v -> v.startsWith("vigil-language="));
        HttpResponse<String> header = c.post("/console/language", c.form("language", "fr", "back", "/\r\nX-Evil: 1"));
        assertThat(header.statusCode()).isEqualTo(400);
        assertThat(header.body()).contains("back: ").doesNotContain("language: ");
        assertThat(header.headers().map()).doesNotContainKey("x-evil");
        HttpResponse<String> missing = c.post("/console/language", c.form());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("language: ");
        HttpResponse<String> forged = c.post("/console/language", Map.of("csrf", "forged", "language", "fr"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(v -> v.startsWith("vigil-language="));
        assertThat(c.get("/console/").body()).contains("<html lang=\"en\">");
    }

    @Test
    @DisplayName("an unknown language falls back: to English where nothing else is known, else to the office's default")
    void unknown_language_falls_back() throws Exception {
        ConsoleClient anonymous = new ConsoleClient(app.port());
        anonymous.language("de");
        assertThat(anonymous.get("/console/sign-in").body()).contains("<html lang=\"en\">", "Sign in to the Vigil console");
        anonymous.language("fr");
        assertThat(anonymous.get("/console/sign-in").body()).contains("<html lang=\"fr\">", "Connexion à la console Vigil");
        ConsoleClient officer = signedIn("demo-officer");
        officer.language("xx-unknown");
        assertThat(officer.get("/console/").body()).contains("<html lang=\"en\">", "Advisories in force", ">Today</a>");
        assertThat(officer.get("/console/nowhere").body()).contains("<html lang=\"en\">", "Not found");
        ConsoleClient bangui = signedIn("demo-officer-bgf");
        bangui.language("de");
        assertThat(bangui.get("/console/").body()).contains("<html lang=\"fr\">", "Avis en vigueur");
        assertThat(bangui.get("/console/nowhere").body()).contains("<html lang=\"fr\">", "Introuvable");
    }
}
