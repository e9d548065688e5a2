package io.vigil.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.alerting.port.in.RollCallStatus;
import io.vigil.crisis.domain.EvacueeStatus;
import io.vigil.crisis.domain.ExerciseKind;
import io.vigil.crisis.domain.RelocationKind;
import io.vigil.crisis.domain.RouteKind;
import io.vigil.crisis.domain.TeamRole;
import io.vigil.crisis.domain.TransportKind;
import io.vigil.incident.domain.Harm;
import io.vigil.incident.domain.Severity;
import io.vigil.incident.domain.Verification;
import io.vigil.kernel.Language;
import io.vigil.liaison.domain.ActionKind;
import io.vigil.liaison.domain.ActionStatus;
import io.vigil.liaison.domain.ContactMode;
import io.vigil.liaison.domain.DecisionOutcome;
import io.vigil.liaison.domain.ExchangeDirection;
import io.vigil.liaison.domain.InformationLevel;
import io.vigil.liaison.domain.OrganisationKind;
import io.vigil.liaison.domain.SeriesKind;
import io.vigil.movement.domain.MovementStatus;
import io.vigil.people.domain.PersonCategory;
import io.vigil.risk.domain.Likelihood;
import io.vigil.risk.domain.RiskLevel;
import io.vigil.risk.domain.ThreatCategory;
import io.vigil.risk.domain.Treatment;
import io.vigil.travel.domain.CheckKind;
import io.vigil.travel.domain.CheckOutcome;
import io.vigil.travel.domain.ClearanceStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The console's label catalogue: complete in every language, every key the templates and screens name present. */
class ConsoleLabelsTest {
    /** A label key a template ({@code lbl.t("...")}, {@code frame.t("...")}) or a screen ({@code r.t("...")}) names. */
    private static final Pattern USED = Pattern.compile("\\bt\\(\"([a-z0-9][a-z0-9.-]*)\"");
    /** A key the console's Java code names as a literal ({@code "error.not-found"} for an error page's title, say). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:error|title|signin|layout|button)\\.[a-z0-9.-]+)\"");
    private static final Pattern NAV = Pattern.compile("new Frame\\.Nav\\(\"([^\"]+)\"");
    private static final Pattern PLACEHOLDERS = Pattern.compile("\\{[0-9]}");
    /** A part of a page a screen names in English for when it is not shown ({@code Shown.of("The contact log", ...)}). */
    private static final Pattern PART = Pattern.compile("(?:Shown\\.of\\(|withheld\\()\\s*\"([^\"]+)\"|\"([^\"]+)\" \\+ Shown\\.NOT_SHOWN");

    private static Set<String> found(Pattern pattern, Path dir, String suffix) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                // the code, not the comments (which show how a key is named)
                String code = Files.readAllLines(f).stream().filter(l -> !l.strip().startsWith("*")
                        && !l.strip().startsWith("/**") && !l.strip().startsWith("//")).collect(Collectors.joining("\n"));
                Matcher m = pattern.matcher(code);
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void spanish_and_french_have_every_english_key_and_no_other_none_blank_with_the_same_placeholders() {
        Map<String, String> en = ConsoleLabels.table(Language.EN);
        assertThat(en).hasSizeGreaterThan(300);
        for (Language l : Language.SUPPORTED) {
            Map<String, String> table = ConsoleLabels.table(l);
            assertThat(table.keySet()).as(l.value()).isEqualTo(en.keySet());
            table.forEach((key, label) -> {
                assertThat(label).as(l + " " + key).isNotBlank();
                assertThat(placeholders(label)).as(l + " " + key).isEqualTo(placeholders(en.get(key)));
            });
        }
    }

    private static Set<String> placeholders(String label) {
        return PLACEHOLDERS.matcher(label).results().map(r -> r.group()).collect(Collectors.toSet());
    }

    @Test
    void every_key_a_template_or_screen_names_is_in_the_catalogue() throws IOException {
        Set<String> used = new TreeSet<>(found(USED, Path.of("src/main/jte"), ".jte"));
        used.addAll(found(USED, Path.of("src/main/java/io/vigil/examples/console"), ".java"));
        Set<String> literals = found(LITERAL, Path.of("src/main/java/io/vigil/examples/console"), ".java").stream()
                .filter(k -> !k.endsWith(".jte")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(literals).contains("error.not-allowed", "error.bad-request", "error.not-found");
        used.addAll(literals);
        assertThat(used).hasSizeGreaterThan(300).contains("title.today", "layout.language", "people", "word.overdue");
        assertThat(ConsoleLabels.table(Language.EN).keySet()).containsAll(used);
    }

    @Test
    void every_screen_in_the_navigation_has_its_label() throws IOException {
        Set<String> nav = found(NAV, Path.of("src/main/java/io/vigil/examples/console"), ".java");
        assertThat(nav).contains("today", "people", "map", "risk", "travel", "movement", "incident", "crisis", "guard",
                "documents");
        for (String key : nav) {
            assertThat(ConsoleLabels.table(Language.EN)).containsKey("nav." + key);
        }
        assertThat(ConsoleLabels.of(Language.FR).nav(new Frame.Nav("people", "People", "/console/people")))
                .isEqualTo("Personnes");
        assertThat(ConsoleLabels.of(Language.FR).nav(new Frame.Nav("liaison", "Liaison", "/console/liaison")))
                .as("an entry not yet in the catalogue keeps its screen's label").isEqualTo("Liaison");
    }

    @Test
    void every_part_a_screen_may_withhold_is_named_in_every_language_and_english_reads_as_before() throws IOException {
        Set<String> parts = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/vigil/examples/console"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = PART.matcher(Files.readString(f));
                while (m.find()) {
                    parts.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(parts).hasSizeGreaterThan(50).contains("The contact log", "Incident areas", "Drills");
        for (String part : parts) {
            for (Language l : Language.SUPPORTED) {
                assertThat(ConsoleLabels.table(l)).as(l + " " + part).containsKey("part." + ConsoleLabels.slug(part));
            }
            assertThat(ConsoleLabels.of(Language.EN).withheld(part + ": not shown to your role"))
                    .isEqualTo(part + ": not shown to your role");
        }
        assertThat(ConsoleLabels.slug("The relocation's figures")).isEqualTo("the-relocation-s-figures");
        assertThat(ConsoleLabels.of(Language.FR).withheld("The contact log: not shown to your role"))
                .isEqualTo("Le journal des contacts : non visible pour votre rôle");
        assertThat(ConsoleLabels.of(Language.ES).withheld("Warden zones: not shown to your role"))
                .isEqualTo("Las zonas de responsable: no se muestra a su función");
        assertThat(ConsoleLabels.of(Language.FR).withheld("Something new: not shown to your role"))
                .as("a part not in the catalogue keeps its English name").isEqualTo("Something new : non visible pour votre rôle");
        assertThat(ConsoleLabels.of(Language.FR).withheld("No longer recorded")).isEqualTo("No longer recorded");
        // the kinds of what is overdue on the today screen are parts too
        assertThat(ConsoleLabels.of(Language.FR).part("Liaison action")).isEqualTo("Action de liaison");
        assertThat(ConsoleLabels.of(Language.ES).part("Crisis plan " + Format.words(io.vigil.crisis.domain.PlanDue.Kind.TEST)))
                .isEqualTo("Prueba del plan de crisis");
        assertThat(ConsoleLabels.of(Language.EN).part("Missed call-in")).isEqualTo("Missed call-in");
    }

    @Test
    void the_status_words_of_roll_calls_movements_clearances_and_incidents_are_translated() {
        for (Enum<?>[] values : new Enum<?>[][] {RollCallStatus.State.values(), MovementStatus.values(),
                ClearanceStatus.values(), Severity.values(), RelocationKind.values(), EvacueeStatus.values(),
                RouteKind.values(), TransportKind.values(), PersonCategory.values(), OrganisationKind.values(),
                InformationLevel.values(), ContactMode.values(), ExchangeDirection.values(), DecisionOutcome.values(),
                ActionKind.values(), ActionStatus.values(), SeriesKind.values(), ExerciseKind.values(),
                TeamRole.values(), Harm.values(), Verification.values(), ThreatCategory.values(), RiskLevel.values(),
                Likelihood.values(), Treatment.values(), CheckKind.values(), CheckOutcome.values()}) {
            for (Enum<?> v : values) {
                String key = "word." + Format.css(v);
                for (Language l : Language.SUPPORTED) {
                    assertThat(ConsoleLabels.table(l)).as(l + " " + key).containsKey(key);
                }
                assertThat(ConsoleLabels.of(Language.EN).word(v)).isEqualTo(Format.words(v));
            }
        }
        assertThat(ConsoleLabels.of(Language.ES).word(RollCallStatus.State.NEEDS_HELP)).isEqualTo("necesita ayuda");
        assertThat(ConsoleLabels.of(Language.FR).word(MovementStatus.UNDER_WAY)).isEqualTo("en cours");
        assertThat(ConsoleLabels.of(Language.FR).word(EvacueeStatus.TO_MOVE)).isEqualTo("à déplacer");
        assertThat(ConsoleLabels.of(Language.ES).word(DecisionOutcome.PARTLY_ACCEPTED)).isEqualTo("aceptado en parte");
    }

    @Test
    void a_label_missing_everywhere_shows_its_key_and_values_go_in_once() {
        assertThat(ConsoleLabels.of(Language.FR).t("no.such.key")).isEqualTo("no.such.key");
        assertThat(ConsoleLabels.of(Language.FR).t("title.roll-call", "Test {0} {1}"))
                .isEqualTo("Appel nominal : Test {0} {1}");
        assertThat(ConsoleLabels.of(Language.ES).t("signin.with", "$1 \\ Okta")).isEqualTo("Iniciar sesión con $1 \\ Okta");
    }

    @Test
    void the_choice_then_the_persons_language_then_the_offices_then_english() {
        Optional<Language> es = Optional.of(Language.ES);
        Optional<Language> fr = Optional.of(Language.FR);
        assertThat(ConsoleLabels.choose("en", es, fr)).isEqualTo(Language.EN);
        assertThat(ConsoleLabels.choose(null, es, fr)).isEqualTo(Language.ES);
        assertThat(ConsoleLabels.choose("de", es, fr)).isEqualTo(Language.ES);
        assertThat(ConsoleLabels.choose(null, Optional.empty(), fr)).isEqualTo(Language.FR);
        assertThat(ConsoleLabels.choose("", Optional.empty(), Optional.empty())).isEqualTo(Language.EN);
        assertThat(ConsoleLabels.choose("FR ", Optional.empty(), Optional.empty())).isEqualTo(Language.EN);
        assertThat(ConsoleLabels.of(Language.ES).choices()).extracting(ConsoleLabels.Choice::name)
                .containsExactly("English", "Español", "Français");
        assertThat(ConsoleLabels.of(Language.ES).choices()).filteredOn(ConsoleLabels.Choice::selected)
                .extracting(ConsoleLabels.Choice::tag).containsExactly("es");
    }
}
