package io.vigil.travel.domain;

/** Who must approve a clearance, lowest first. */
public enum ApprovalLevel {
    /** The office's security officer. */
    SECURITY_OFFICER,
    /** The head of the country office: above the security officer, so the request is escalated. */
    COUNTRY_REPRESENTATIVE,
    /** The organisation's executive head, above the office. */
    EXECUTIVE_HEAD;

    /** Whether a security officer of the office cannot decide at this level alone and must escalate. */
    public boolean aboveOfficer() {
        return this != SECURITY_OFFICER;
    }
}
