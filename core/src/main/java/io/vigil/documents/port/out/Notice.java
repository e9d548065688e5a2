package io.vigil.documents.port.out;

import io.vigil.documents.domain.NoticeChannel;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;

/** One message telling a person a document was issued to them, queued once under its id. */
public record Notice(String id, OfficeId office, PersonId person, NoticeChannel channel, String address,
                     String text) {
    public Notice {
        id = Require.text(id, "id", 200);
        Require.nonNull(office, "office");
        Require.nonNull(person, "person");
        Require.nonNull(channel, "channel");
        address = Require.text(address, "address", 320);
        text = Require.text(text, "text", 1000);
    }
}
