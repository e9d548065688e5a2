-- Vigil: the SOC's cross-office overview (issue 16) counts every office's persons, stays, open
-- roll-calls and overdue items in one query each. A liaison action item's due day is a column when
-- the item is still to be done ('-' once done or cancelled), so the overdue ones are found by index;
-- rows stored before this version keep NULL until their next save, and are read whole meanwhile.
-- An index of the stays by office and person, with their times, serves the headcount's count of the
-- persons with a stay and of those one covers, without reading the stays' bodies.

ALTER TABLE liaison_action_item ADD COLUMN open_due VARCHAR(10) ${collate_c};
CREATE INDEX liaison_action_item_open_due ON liaison_action_item (office_id, open_due);

CREATE INDEX presence_office_person ON presence (office_id, person_id, arrival, departure);
