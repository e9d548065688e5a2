package io.vigil.testkit.generators;

import static io.vigil.testkit.generators.KernelGenerators.instants;
import static io.vigil.testkit.generators.KernelGenerators.names;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ActionItemId;
import io.vigil.liaison.domain.ActionKind;
import io.vigil.liaison.domain.ActionStatus;
import io.vigil.liaison.domain.AdviceId;
import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.ContactEntryId;
import io.vigil.liaison.domain.ContactMode;
import io.vigil.liaison.domain.ContactSensitivity;
import io.vigil.liaison.domain.DecisionOutcome;
import io.vigil.liaison.domain.ExchangeDirection;
import io.vigil.liaison.domain.ExchangeId;
import io.vigil.liaison.domain.InformationExchange;
import io.vigil.liaison.domain.InformationLevel;
import io.vigil.liaison.domain.LiaisonAdvice;
import io.vigil.liaison.domain.LiaisonChannel;
import io.vigil.liaison.domain.LiaisonChannelKind;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.LiaisonContactId;
import io.vigil.liaison.domain.ManagementDecision;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingId;
import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.MeetingSeriesId;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.domain.OrganisationId;
import io.vigil.liaison.domain.OrganisationKind;
import io.vigil.liaison.domain.SeriesKind;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators for the liaison context: records of the office, version 0. */
public final class LiaisonGenerators {
    private LiaisonGenerators() {
    }

    /** Organisations of any kind. */
    public static Gen<Organisation> organisations(OfficeId office) {
        return names().zip(Generate.enumValues(OrganisationKind.class), (name, kind) ->
                new Organisation(OrganisationId.random(), office, 0, name + " liaison", kind, "notes on " + name));
    }

    /** Contacts of any sensitivity and level, with one or two channels and sometimes a threshold of their own. */
    public static Gen<LiaisonContact> contacts(OfficeId office) {
        return names().zip(Generate.enumValues(ContactSensitivity.class), Generate.enumValues(InformationLevel.class),
                instants(), (name, sensitivity, level, since) -> new LiaisonContact(LiaisonContactId.random(), office, 0,
                        OrganisationId.random(), name, "Liaison officer", List.of(new LiaisonChannel(
                        LiaisonChannelKind.MOBILE, "+52 55 5555 0101"), new LiaisonChannel(LiaisonChannelKind.EMAIL,
                        name.toLowerCase() + "@example.org")), sensitivity, level,
                        since.getEpochSecond() % 2 == 0 ? Optional.of(21) : Optional.empty(), since));
    }

    /** Contact-log entries, recorded an hour after the contact. */
    public static Gen<ContactEntry> contactEntries(OfficeId office) {
        return instants().zip(Generate.enumValues(ContactMode.class), names(), (at, mode, topic) ->
                new ContactEntry(ContactEntryId.random(), office, 0, LiaisonContactId.random(), at, mode,
                        "about " + topic, "officer", at.plusSeconds(3600)));
    }

    /** Information-log entries of any direction and level, recorded an hour later. */
    public static Gen<InformationExchange> exchanges(OfficeId office) {
        return instants().zip(Generate.enumValues(ExchangeDirection.class), Generate.enumValues(InformationLevel.class),
                (at, direction, level) -> new InformationExchange(ExchangeId.random(), office, 0,
                        LiaisonContactId.random(), at, direction, level, "road blocks on the airport road", "officer",
                        at.plusSeconds(3600)));
    }

    /** Meeting series of any kind. */
    public static Gen<MeetingSeries> series(OfficeId office) {
        return names().zip(Generate.enumValues(SeriesKind.class), (name, kind) ->
                new MeetingSeries(MeetingSeriesId.random(), office, 0, name + " cell", kind, "weekly"));
    }

    /** Meetings with two attendees, an agenda point, a decision and an item carried over. */
    public static Gen<Meeting> meetings(OfficeId office) {
        return instants().zip(names(), (at, point) -> new Meeting(MeetingId.random(), office, 0,
                MeetingSeriesId.random(), at, List.of(PersonId.random(), PersonId.random()),
                List.of(LiaisonContactId.random()), List.of(point + " update"), "Minutes of " + point,
                List.of("review the " + point + " plan"), List.of(ActionItemId.random()), at.plusSeconds(7200)));
    }

    /** Action items of either kind, some changed once. */
    public static Gen<ActionItem> actions(OfficeId office) {
        return instants().zip(Generate.enumValues(ActionKind.class), Generate.enumValues(ActionStatus.class),
                (at, kind, status) -> {
                    ActionItem a = ActionItem.open(ActionItemId.random(), office, kind,
                            kind == ActionKind.MEETING_ACTION ? Optional.of(MeetingId.random()) : Optional.empty(),
                            "Check the warden list", PersonId.random(),
                            LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(14), at, "officer");
                    return a.change(Optional.empty(), Optional.empty(), Optional.of(status), at.plusSeconds(600),
                            "officer");
                });
    }

    /** Advice, decided or not. */
    public static Gen<LiaisonAdvice> advice(OfficeId office) {
        return instants().zip(Generate.enumValues(DecisionOutcome.class), Generate.booleans(), (at, outcome, decided) ->
                new LiaisonAdvice(AdviceId.random(), office, 0, "Night movements", "carjacking on the toll road",
                        "Suspend road movements after dark", at, "officer", at.plusSeconds(60),
                        decided ? Optional.of(new ManagementDecision(outcome, "as discussed at the SMT", "Head of office",
                                at.plusSeconds(86_400), "officer", at.plusSeconds(90_000))) : Optional.empty()));
    }
}
