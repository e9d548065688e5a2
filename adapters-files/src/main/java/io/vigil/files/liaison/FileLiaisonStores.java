package io.vigil.files.liaison;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigil.files.JsonDirectory;
import io.vigil.json.VigilJson;
import io.vigil.liaison.domain.ActionItem;
import io.vigil.liaison.domain.ContactEntry;
import io.vigil.liaison.domain.InformationExchange;
import io.vigil.liaison.domain.LiaisonAdvice;
import io.vigil.liaison.domain.LiaisonContact;
import io.vigil.liaison.domain.Meeting;
import io.vigil.liaison.domain.MeetingSeries;
import io.vigil.liaison.domain.Organisation;
import io.vigil.liaison.port.out.LiaisonPorts;
import io.vigil.wiring.ContextStores;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The liaison context's stores ({@code liaison-organisations/}, {@code liaison-contacts/}, {@code liaison-contact-log/}, {@code liaison-information-log/}, {@code liaison-meeting-series/}, {@code liaison-meetings/}, {@code liaison-action-items/}, {@code liaison-advice/}, one JSON file per record) under a base directory; nothing
 * is read until first use.
 */
public final class FileLiaisonStores implements ContextStores<LiaisonPorts> {
    private final Path base;

    /** The stores under the base directory. */
    public FileLiaisonStores(Path base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    @Override
    public Class<LiaisonPorts> portsType() {
        return LiaisonPorts.class;
    }

    @Override
    public LiaisonPorts open() {
        ObjectMapper json = VigilJson.mapper();
        return new LiaisonPorts(
                new FileOrganisationRegistry(new JsonDirectory<>(base.resolve("liaison-organisations"), json, Organisation.class,
                        x -> x.id().toString())),
                new FileContactDirectory(new JsonDirectory<>(base.resolve("liaison-contacts"), json, LiaisonContact.class,
                        x -> x.id().toString())),
                new FileContactLog(new JsonDirectory<>(base.resolve("liaison-contact-log"), json, ContactEntry.class,
                        x -> x.id().toString())),
                new FileInformationLog(new JsonDirectory<>(base.resolve("liaison-information-log"), json, InformationExchange.class,
                        x -> x.id().toString())),
                new FileMeetingSeriesRegistry(new JsonDirectory<>(base.resolve("liaison-meeting-series"), json, MeetingSeries.class,
                        x -> x.id().toString())),
                new FileMeetingRecords(new JsonDirectory<>(base.resolve("liaison-meetings"), json, Meeting.class,
                        x -> x.id().toString())),
                new FileActionRegister(new JsonDirectory<>(base.resolve("liaison-action-items"), json, ActionItem.class,
                        x -> x.id().toString())),
                new FileAdviceRegister(new JsonDirectory<>(base.resolve("liaison-advice"), json, LiaisonAdvice.class,
                        x -> x.id().toString())));
    }
}
