package io.vigil.files.people;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.VigilException;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.kernel.validation.FieldViolation;
import io.vigil.kernel.validation.InvalidCommandException;
import io.vigil.people.domain.BloodType;
import io.vigil.people.domain.ChannelKind;
import io.vigil.people.domain.ContactChannel;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.port.in.ManagePersonsUseCase;
import io.vigil.people.port.in.PersonDetails;
import io.vigil.people.port.in.PersonListQuery;
import io.vigil.people.port.in.PersonView;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Imports a staff roster from CSV through {@link ManagePersonsUseCase}, so every rule, access
 * check and audit entry applies. Each row becomes one person or one reported error: a person is
 * registered whole or not at all. Dependents name their sponsor by the sponsor's e-mail address,
 * found among the rows above or the persons already registered.
 *
 * <p>Header (order free, names exact): {@code given_name, family_name, category, org_unit, email,
 * phone, sponsor_email, special_needs, blood_type}; the first four are required.
 */
public final class RosterImport {
    /** The columns a roster may have. */
    public static final List<String> COLUMNS = List.of("given_name", "family_name", "category", "org_unit", "email",
            "phone", "sponsor_email", "special_needs", "blood_type");
    private static final List<String> REQUIRED = COLUMNS.subList(0, 4);

    private final ManagePersonsUseCase persons;

    @Inject
    public RosterImport(ManagePersonsUseCase persons) {
        this.persons = persons;
    }

    /** One row that was not imported: its line in the file (the header is line 1) and why. */
    public record RowError(long line, String reason) {
    }

    /** What an import did: the persons registered, and the rows refused. */
    public record Report(List<PersonId> imported, List<RowError> errors) {
        public Report {
            imported = List.copyOf(imported);
            errors = List.copyOf(errors);
        }
    }

    /**
     * Reads the whole roster and registers each good row. A malformed file (bad header, broken
     * quoting) imports nothing; an access denial stops the import at the row it hits.
     */
    public Report importRoster(Actor actor, Reader csv) {
        List<Row> rows = read(csv);
        Map<String, PersonId> byEmail = existingEmails(actor);
        List<PersonId> imported = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (Row row : rows) {
            try {
                PersonView v = persons.register(actor, details(row, byEmail));
                imported.add(v.person().id());
                String email = row.get("email");
                if (!email.isEmpty()) {
                    byEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), v.person().id());
                }
            } catch (InvalidCommandException e) {
                errors.add(new RowError(row.line(), e.violations().stream().map(RosterImport::describe)
                        .collect(Collectors.joining("; "))));
            } catch (AccessDeniedException e) {
                throw e;
            } catch (VigilException | IllegalArgumentException e) {
                errors.add(new RowError(row.line(), e.getMessage()));
            }
        }
        return new Report(imported, errors);
    }

    private static String describe(FieldViolation v) {
        return v.field() + ": " + v.message();
    }

    private record Row(long line, Map<String, String> values) {
        String get(String column) {
            return values.getOrDefault(column, "").strip();
        }
    }

    private static PersonDetails details(Row row, Map<String, PersonId> byEmail) {
        List<ContactChannel> contacts = new ArrayList<>();
        if (!row.get("email").isEmpty()) {
            contacts.add(channel(ChannelKind.EMAIL, row.get("email"), "email"));
        }
        if (!row.get("phone").isEmpty()) {
            contacts.add(channel(ChannelKind.PHONE, row.get("phone"), "phone"));
        }
        PersonId sponsor = null;
        String sponsorEmail = row.get("sponsor_email").toLowerCase(Locale.ROOT);
        if (!sponsorEmail.isEmpty()) {
            sponsor = byEmail.get(sponsorEmail);
            if (sponsor == null) {
                throw InvalidCommandException.of("sponsor_email", "no person with e-mail " + sponsorEmail
                        + " in the roster above this row or in the office");
            }
        }
        return new PersonDetails(blankToNull(row.get("given_name")), blankToNull(row.get("family_name")),
                enumValue(PersonCategory.class, "category", row.get("category")), blankToNull(row.get("org_unit")),
                sponsor, contacts, List.of(), blankToNull(row.get("special_needs")),
                enumValue(BloodType.class, "blood_type", row.get("blood_type")));
    }

    private static ContactChannel channel(ChannelKind kind, String value, String column) {
        try {
            return new ContactChannel(kind, value, column);
        } catch (IllegalArgumentException e) {
            throw InvalidCommandException.of(column, e.getMessage());
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String column, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidCommandException.of(column, "must be one of " + List.of(type.getEnumConstants())
                    + ", was '" + value + "'");
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private Map<String, PersonId> existingEmails(Actor actor) {
        Map<String, PersonId> byEmail = new HashMap<>();
        int offset = 0;
        Page<PersonView> page;
        do {
            page = persons.list(actor, PersonListQuery.all(), new PageRequest(offset, PageRequest.MAX_LIMIT));
            for (PersonView v : page.items()) {
                v.person().contacts().stream().filter(c -> c.kind() == ChannelKind.EMAIL)
                        .forEach(c -> byEmail.putIfAbsent(c.value().toLowerCase(Locale.ROOT), v.person().id()));
            }
            offset += PageRequest.MAX_LIMIT;
        } while (offset < page.total());
        return byEmail;
    }

    private static List<Row> read(Reader csv) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Row> rows = new ArrayList<>();
        long line = 1;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
            if (!it.hasNextValue()) {
                throw InvalidCommandException.of("header", "the roster is empty");
            }
            List<String> header = List.of(it.nextValue()).stream().map(String::strip).toList();
            checkHeader(header);
            while (it.hasNextValue()) {
                // the row's start token is located at the end of the previous row, before its line break
                line = it.getParser().currentTokenLocation().getLineNr() + 1;
                String[] cells = it.nextValue();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (cells.length > header.size()) {
                    throw InvalidCommandException.of("line " + line, "has " + cells.length + " cells, the header "
                            + header.size());
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    values.put(header.get(i), cells[i]);
                }
                rows.add(new Row(line, values));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidCommandException ice) {
                throw ice;
            }
            throw malformed(e, line);
        }
        return rows;
    }

    /** Names the line the bad row starts on and what is wrong with it, never the parser's own words (they name Java types). */
    private static InvalidCommandException malformed(Exception e, long line) {
        if (e instanceof JsonProcessingException jpe) {
            String original = String.valueOf(jpe.getOriginalMessage()).toLowerCase(Locale.ROOT);
            String what = original.contains("quote") ? "a quoted cell is not closed" : "the row is not well-formed";
            return InvalidCommandException.of("line " + line, "the roster is not valid CSV at line " + line + ": "
                    + what);
        }
        return InvalidCommandException.of("csv", "the roster is not valid CSV");
    }

    private static void checkHeader(List<String> header) {
        List<FieldViolation> problems = new ArrayList<>();
        header.stream().filter(h -> !COLUMNS.contains(h))
                .forEach(h -> problems.add(new FieldViolation("header", "unknown column '" + h + "'")));
        REQUIRED.stream().filter(r -> !header.contains(r))
                .forEach(r -> problems.add(new FieldViolation("header", "missing column '" + r + "'")));
        if (header.stream().distinct().count() != header.size()) {
            problems.add(new FieldViolation("header", "a column is named twice"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }
}
