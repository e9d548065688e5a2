-- Vigil: an audit entry's persons are written in the entry's own transaction, right after it, and
-- audit entries are never deleted; the foreign key from audit_person to audit_entry only made
-- PostgreSQL check every person row against the entry (a trigger per row), which doubled the cost
-- of an entry naming the 100,000 persons of a large roll-call. The two indexes stay.
ALTER TABLE audit_person DROP CONSTRAINT IF EXISTS audit_person_entry_id_fkey;
