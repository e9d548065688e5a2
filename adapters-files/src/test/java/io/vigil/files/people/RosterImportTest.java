package io.vigil.files.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Role;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.Person;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.PersonFilter;
import io.vigil.people.port.out.PersonDirectory;
import io.vigil.testkit.MutableClock;
import io.vigil.testkit.memory.InMemoryVigil;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterImportTest {
    private final OfficeId office = OfficeId.of("MX-MEX");
    private final Actor officer = Actor.of("officer", office, Role.SECURITY_OFFICER);
    private final InMemoryVigil vigil = InMemoryVigil.create(MutableClock.at("2026-03-01T12:00:00Z"));
    private final PersonDirectory directory = vigil.peoplePorts().persons();
    private final RosterImport roster = new RosterImport(vigil.people().persons());

    private List<Person> stored() {
        return directory.list(office, PersonFilter.all(), PageRequest.first(100)).items();
    }

    @Test
    void imports_good_rows_and_reports_each_bad_row_with_its_line_number() {
        String csv = """
                given_name,family_name,category,org_unit,email,phone,sponsor_email,special_needs,blood_type
                Ana,Guzmán,national staff,IBRD,ana@example.org,+52 55 1234 5678,,,O_POSITIVE
                Luis,Guzmán,dependent,IBRD,,,ana@example.org,,
                Bad,Category,astronaut,IBRD,,,,,
                "Multi
                line",Name,consultant,IFC,,not-a-phone,,,
                Orphan,Child,dependent,IFC,,,nobody@example.org,,
                ,NoGiven,consultant,IFC,,,,,
                Eva,Núñez,international_staff,IFC,eva@example.org,,,"uses a wheelchair",
                """;
        RosterImport.Report report = roster.importRoster(officer, new StringReader(csv));

        assertThat(report.imported()).hasSize(3);
        assertThat(report.errors()).extracting(RosterImport.RowError::line).containsExactly(4L, 5L, 7L, 8L);
        assertThat(report.errors().get(0).reason()).contains("category").contains("astronaut");
        assertThat(report.errors().get(1).reason()).contains("phone");
        assertThat(report.errors().get(2).reason()).contains("sponsor_email").contains("nobody@example.org");
        assertThat(report.errors().get(3).reason()).contains("givenName");
        assertThat(stored()).extracting(Person::givenName).containsExactlyInAnyOrder("Ana", "Luis", "Eva");
        Person luis = stored().stream().filter(p -> p.givenName().equals("Luis")).findFirst().orElseThrow();
        assertThat(luis.category()).isEqualTo(PersonCategory.DEPENDENT);
        assertThat(luis.sponsor()).contains(report.imported().get(0));
    }

    @Test
    void a_roster_with_a_bad_header_imports_nothing() {
        String csv = "given_name,family,category\nAna,Guzmán,consultant\n";
        assertThatThrownBy(() -> roster.importRoster(officer, new StringReader(csv)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> assertThat(e.getMessage())
                        .contains("unknown column 'family'").contains("missing column 'family_name'")
                        .contains("missing column 'org_unit'"));
        assertThat(stored()).isEmpty();
    }

    @Test
    void an_unterminated_quote_names_its_line_and_no_parser_internals() {
        String csv = "given_name,family_name,category,org_unit\nAna,Ruiz,NATIONAL_STAFF,IBRD\n"
                + "Luis,\"Gómez,DEPENDENT,IBRD\nEva,Paz,NATIONAL_STAFF,IBRD\n";
        assertThatThrownBy(() -> roster.importRoster(officer, new StringReader(csv)))
                .isInstanceOfSatisfying(InvalidCommandException.class, e -> {
                    assertThat(e.getMessage()).contains("line 3").contains("quoted cell is not closed")
                            .doesNotContain("reference chain").doesNotContain("java").doesNotContain("jackson")
                            .doesNotContain("`");
                });
        assertThat(stored()).isEmpty();
    }

    @Test
    void staff_cannot_import_a_roster_and_nothing_is_written() {
        String csv = "given_name,family_name,category,org_unit\nAna,Guzmán,consultant,IFC\n";
        Actor manager = Actor.of("manager", office, Role.MANAGER);
        assertThatThrownBy(() -> roster.importRoster(manager, new StringReader(csv)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).isEmpty();
    }
}
