package io.vigil.examples.console;

import io.vigil.kernel.RefusedException;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.kernel.paging.PageRequest;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.AdviceId;
import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.ContactMode;
import io.vigil.liaison.domain.DecisionOutcome;
import io.vigil.liaison.domain.ExchangeDirection;
import io.vigil.liaison.domain.InformationExchange;
import io.vigil.liaison.domain.InformationLevel;
import io.vigil.liaison.domain.LiaisonAdvice;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.domain.Staleness;
import io.vigil.liaison.port.in.ContactEntryDetails;
import io.vigil.liaison.port.in.DecisionRecord;
import io.vigil.liaison.port.in.ExchangeDetails;
import io.vigil.liaison.port.in.LiaisonAdviceDetails;
import io.vigil.liaison.port.in.LiaisonUseCases;
import io.vigil.liaison.port.in.MeetingAgenda;
import io.vigil.liaison.port.in.StaleContact;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Liaison: the organisations the office liaises with and their contacts, each stale one flagged
 * (days since last reached against the threshold), confidential contacts only for the roles the
 * liaison context lets read them; the contact log and the information log with a form for each
 * (sharing above a contact's level is refused with the reason, nothing recorded); the meeting series
 * and their meetings, a meeting with its action items (carried over first); the viewer's own open
 * actions and the office's overdue ones; the advice given to management, with forms to give advice and
 * to record management's decision.
 */
public final class LiaisonScreen implements Screen {
    /**
     * The most log entries, pieces of advice and meetings of a series listed: the latest ones. Every
     * organisation, contact and meeting series is listed (the liaison context keeps at most 300, 2,000
     * and 100 of them).
     */
    static final int MAX_LISTED = 200;
    /** The longest information summary the console accepts (the liaison context's own limit). */
    static final int MAX_SUMMARY = 1000;
    /** The longest reason for a decision the console accepts (the liaison context's own limit). */
    static final int MAX_REASON = 2000;
    /** The longest recommendation the console accepts (the liaison context's own limit). */
    static final int MAX_RECOMMENDATION = 5000;

    private final LiaisonUseCases liaison;

    LiaisonScreen(LiaisonUseCases liaison) {
        this.liaison = liaison;
    }

    /** The liaison page's model. */
    public record LiaisonPage(Frame frame, Shown<List<OrganisationContacts>> organisations,
                              Shown<List<ContactEntry>> contactLog, Shown<List<InformationExchange>> informationLog,
                              Shown<List<SeriesMeetings>> series, Shown<List<ActionItem>> mine, String notMine,
                              Shown<List<ActionItem>> overdue, Shown<List<LiaisonAdvice>> advice,
                              Map<String, String> contactNames, Instant now) {
        /** A contact's name as the viewer may read it, or that it is not shown. */
        public String contact(LiaisonContactId id) {
            return contactNames.getOrDefault(id.toString(), "contact " + id.toString().substring(0, 8));
        }
    }

    /** An organisation and its contacts the viewer may read, each with their staleness now. */
    public record OrganisationContacts(Organisation organisation, List<ContactRow> contacts) {
    }

    /** A contact with their staleness now, if they are stale. */
    public record ContactRow(LiaisonContact contact, Optional<Staleness> stale) {
    }

    /** A meeting series and its meetings, latest first. */
    public record SeriesMeetings(MeetingSeries series, List<Meeting> meetings) {
    }

    /** A meeting's model: it with its action items in order, its series' name, the contacts' names. */
    public record MeetingPage(Frame frame, MeetingAgenda agenda, String seriesName, Map<String, String> contactNames,
                              Instant now) {
        /** A contact's name as the viewer may read it, or that it is not shown. */
        public String contact(LiaisonContactId id) {
            return contactNames.getOrDefault(id.toString(), "contact " + id.toString().substring(0, 8));
        }
    }

    @Override
    public List<Frame.Nav> nav() {
        return List.of(new Frame.Nav("liaison", "Liaison", Console.PREFIX + "/liaison"));
    }

    @Override
    public void register(Console.Routes routes) {
        routes.page("/liaison", r -> {
            Actor actor = r.actor();
            Instant now = r.now();
            Shown<List<LiaisonContact>> contacts = Shown.of("Contacts", () -> Page.all(p -> liaison.contacts()
                    .list(actor, p)));
            Shown<List<OrganisationContacts>> organisations = Shown.of("Organisations", () -> organisations(actor,
                    now, contacts));
            Shown<List<ActionItem>> mine;
            String notMine = "";
            try {
                mine = Shown.of("Your actions", () -> liaison.actions().mine(actor));
            } catch (RefusedException e) {
                mine = new Shown<>(Optional.of(List.of()), "");
                notMine = r.t("you-sign-in-for-no-person-of-the-office-so-no-ac");
            }
            return r.render("liaison/liaison.jte", new LiaisonPage(r.frame(r.t("title.liaison"), "liaison"), organisations,
                    Shown.of("The contact log", () -> liaison.contactLog().list(actor, PageRequest.first(MAX_LISTED))
                            .items()),
                    Shown.of("The information log", () -> liaison.informationLog()
                            .list(actor, PageRequest.first(MAX_LISTED)).items()),
                    Shown.of("Meetings", () -> series(actor)), mine, notMine,
                    Shown.of("Overdue actions", () -> liaison.actions().overdue(actor, now)),
                    Shown.of("Advice to management", () -> liaison.advice().list(actor, PageRequest.first(MAX_LISTED))
                            .items()), names(contacts), now));
        });
        routes.page("/liaison/meetings/{id}", r -> {
            Fields f = new Fields();
            Optional<MeetingId> id = f.id("id", r.path("id"), MeetingId::of);
            f.check();
            MeetingAgenda agenda = liaison.meetings().agenda(r.actor(), id.orElseThrow());
            String series = liaison.series().get(r.actor(), agenda.meeting().series()).name();
            Shown<List<LiaisonContact>> contacts = Shown.of("Contacts", () -> Page.all(p -> liaison.contacts()
                    .list(r.actor(), p)));
            return r.render("liaison/meeting.jte", new MeetingPage(r.frame(series, "liaison"), agenda, series,
                    names(contacts), r.now()));
        });
        routes.form("/liaison/contact-log", r -> {
            Fields f = new Fields();
            Optional<LiaisonContactId> contact = contact(f, r);
            Optional<ContactMode> mode = f.choice("mode", r.form("mode"), ContactMode.class);
            required(f, "mode", r.form("mode"));
            Optional<String> topic = f.required("topic", r.form("topic"), 500);
            Optional<Instant> at = MovementScreen.instant(f, "at", r.form("at"));
            f.check();
            liaison.contactLog().log(r.actor(), new ContactEntryDetails(contact.orElseThrow(), at.orElse(r.now()),
                    mode.orElseThrow(), topic.orElseThrow()));
            return "/liaison#contact-log";
        });
        routes.form("/liaison/information-log", r -> {
            Fields f = new Fields();
            Optional<LiaisonContactId> contact = contact(f, r);
            Optional<ExchangeDirection> direction = f.choice("direction", r.form("direction"),
                    ExchangeDirection.class);
            required(f, "direction", r.form("direction"));
            Optional<InformationLevel> level = f.choice("level", r.form("level"), InformationLevel.class);
            required(f, "level", r.form("level"));
            Optional<String> summary = f.required("summary", r.form("summary"), MAX_SUMMARY);
            Optional<Instant> at = MovementScreen.instant(f, "at", r.form("at"));
            f.check();
            liaison.informationLog().record(r.actor(), new ExchangeDetails(contact.orElseThrow(), at.orElse(r.now()),
                    direction.orElseThrow(), level.orElseThrow(), summary.orElseThrow()));
            return "/liaison#information-log";
        });
        routes.form("/liaison/advice", r -> {
            Fields f = new Fields();
            Optional<String> topic = f.required("topic", r.form("topic"));
            Optional<String> concerns = f.required("concerns", r.form("concerns"), 500);
            Optional<String> recommendation = f.required("recommendation", r.form("recommendation"),
                    MAX_RECOMMENDATION);
            f.check();
            liaison.advice().create(r.actor(), new LiaisonAdviceDetails(topic.orElseThrow(), concerns.orElseThrow(),
                    recommendation.orElseThrow(), r.now()));
            return "/liaison#advice";
        });
        routes.form("/liaison/advice/{id}/decision", r -> {
            Fields f = new Fields();
            Optional<AdviceId> id = f.id("id", r.path("id"), AdviceId::of);
            Optional<Integer> version = f.number("version", r.form("version"), 0, Integer.MAX_VALUE);
            Optional<DecisionOutcome> outcome = f.choice("outcome", r.form("outcome"), DecisionOutcome.class);
            required(f, "outcome", r.form("outcome"));
            Optional<String> reason = f.required("reason", r.form("reason"), MAX_REASON);
            Optional<String> decidedBy = f.required("decidedBy", r.form("decidedBy"));
            f.check();
            liaison.advice().decide(r.actor(), id.orElseThrow(), version.orElseThrow(), new DecisionRecord(
                    outcome.orElseThrow(), reason.orElseThrow(), decidedBy.orElseThrow(), r.now()));
            return "/liaison#advice-" + id.orElseThrow();
        });
    }

    private List<OrganisationContacts> organisations(Actor actor, Instant now, Shown<List<LiaisonContact>> contacts) {
        Map<String, Staleness> stale = contacts.value().isEmpty() ? Map.of() : liaison.contacts().stale(actor, now)
                .stream().collect(Collectors.toMap(s -> s.contact().id().toString(), StaleContact::staleness,
                        (a, b) -> a));
        List<LiaisonContact> all = contacts.value().orElse(List.of());
        return Page.all(p -> liaison.organisations().list(actor, p)).stream()
                .map(o -> new OrganisationContacts(o, all.stream().filter(c -> c.organisation().equals(o.id()))
                        .map(c -> new ContactRow(c, Optional.ofNullable(stale.get(c.id().toString())))).toList()))
                .toList();
    }

    private List<SeriesMeetings> series(Actor actor) {
        return Page.all(p -> liaison.series().list(actor, p)).stream()
                .map(s -> new SeriesMeetings(s, liaison.meetings().ofSeries(actor, s.id()).stream().limit(MAX_LISTED)
                        .toList())).toList();
    }

    /** The names of the contacts the viewer may read, by id. */
    private static Map<String, String> names(Shown<List<LiaisonContact>> contacts) {
        Map<String, String> names = new LinkedHashMap<>();
        contacts.value().orElse(List.of()).forEach(c -> names.put(c.id().toString(), c.name()));
        return names;
    }

    private static Optional<LiaisonContactId> contact(Fields f, Console.Request r) {
        required(f, "contact", r.form("contact"));
        return f.id("contact", r.form("contact"), LiaisonContactId::of);
    }

    /** Names a field that must be given and was not (a choice or id reads an absent value as empty). */
    private static void required(Fields f, String field, String value) {
        if (value == null || value.isBlank()) {
            f.bad(field, "must be given");
        }
    }

    /** The id an organisation's section has on the page. */
    public static String anchor(OrganisationId id) {
        return "organisation-" + id;
    }
}
