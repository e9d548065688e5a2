package io.vigil.liaison.port.out;

import io.vigil.kernel.Require;

/**
 * The outbound ports of the liaison context: organisations, contacts, the contact and information
 * logs, meeting series, meetings, action items and advice.
 */
public record LiaisonPorts(OrganisationRegistry organisations, ContactDirectory contacts, ContactLog contactLog, InformationLog informationLog, MeetingSeriesRegistry series, MeetingRecords meetings, ActionRegister actions, AdviceRegister advice) {
    public LiaisonPorts {
        Require.nonNull(organisations, "organisations");
        Require.nonNull(contacts, "contacts");
        Require.nonNull(contactLog, "contactLog");
        Require.nonNull(informationLog, "informationLog");
        Require.nonNull(series, "series");
        Require.nonNull(meetings, "meetings");
        Require.nonNull(actions, "actions");
        Require.nonNull(advice, "advice");
    }
}
