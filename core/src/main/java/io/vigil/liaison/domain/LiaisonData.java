package io.vigil.liaison.domain;

import static io.vigil.kernel.access.Operation.READ;
import static io.vigil.kernel.access.Operation.WRITE;
import static io.vigil.kernel.access.Role.MANAGER;
import static io.vigil.kernel.access.Role.SECURITY_ASSOCIATE;
import static io.vigil.kernel.access.Role.SOC_OPERATOR;
import static io.vigil.kernel.access.Role.STAFF;
import static io.vigil.kernel.access.Scope.EVERY_OFFICE;
import static io.vigil.kernel.access.Scope.OFFICE;
import static io.vigil.kernel.access.Scope.OWN_AND_DEPENDENTS;

import io.vigil.kernel.access.DataClass;
import io.vigil.kernel.access.Grant;
import java.util.List;
import java.util.stream.Stream;

/** The liaison context's classes of data. */
public enum LiaisonData implements DataClass {
    /** The organisations the office liaises with and their ordinary (not confidential) contacts. */
    LIAISON_CONTACTS(true),
    /** Confidential contacts: need-to-know, the security roles' alone; every read audited with the contact's name. */
    CONFIDENTIAL_CONTACTS(true),
    /** The contact log and the information log: who was reached, what was obtained or shared with whom. */
    LIAISON_LOG(true),
    /** Meeting series and meetings: attendees, agenda, minutes, decisions. */
    MEETINGS(true),
    /** Action items of meetings and the tasks of field security associates, with their change log. */
    ACTION_ITEMS(true),
    /** Advice given to the head of office, and management's decision on it. */
    ADVICE(false),
    /** Management's decision on a piece of advice: recorded by a manager (or a security role on their word). */
    ADVICE_DECISIONS(false),
    /** The liaison activity figures of a period (counts and record ids, no personal data). */
    LIAISON_ACTIVITY(false);

    private final boolean sensitive;

    LiaisonData(boolean sensitive) {
        this.sensitive = sensitive;
    }

    @Override
    public boolean sensitive() {
        return sensitive;
    }

    /**
     * Who may do what with liaison data (the security officer may do everything): the associate reads
     * and writes all of it; managers read the organisations and ordinary contacts, the advice, and
     * the activity figures, and record management's decisions; the SOC reads the activity figures of
     * every office (counts, no personal data: the overdue actions of its overview); staff read their
     * own action items.
     * Confidential contacts, the logs and meetings are the security roles' alone.
     */
    public static List<Grant> grants() {
        return Stream.of(
                Grant.rows(SECURITY_ASSOCIATE, READ, OFFICE, values()),
                Grant.rows(SECURITY_ASSOCIATE, WRITE, OFFICE, LIAISON_CONTACTS, CONFIDENTIAL_CONTACTS, LIAISON_LOG,
                        MEETINGS, ACTION_ITEMS, ADVICE, ADVICE_DECISIONS),
                Grant.rows(MANAGER, READ, OFFICE, LIAISON_CONTACTS, ADVICE, ADVICE_DECISIONS, LIAISON_ACTIVITY),
                Grant.rows(MANAGER, WRITE, OFFICE, ADVICE_DECISIONS),
                Grant.rows(SOC_OPERATOR, READ, EVERY_OFFICE, LIAISON_ACTIVITY),
                Grant.rows(STAFF, READ, OWN_AND_DEPENDENTS, ACTION_ITEMS))
                .flatMap(List::stream).toList();
    }
}
