-- Schema version 3: the notes of each round (the plan before it, the debrief after it),
-- research kept per company, the salary figures of an application, the basics checklist
-- ticks of a round, the "dealt with" decisions on what earlier rounds left open, and one
-- full-text index over every note, kept in step by triggers.
-- Multi-line fields hold one item per line (a question, a concern, a requirement).

CREATE TABLE round_notes (
    round_id INTEGER PRIMARY KEY REFERENCES rounds (id) ON DELETE CASCADE,
    -- Plan (before the round)
    selling_points TEXT NOT NULL DEFAULT '',
    requirements TEXT NOT NULL DEFAULT '',
    questions_to_ask TEXT NOT NULL DEFAULT '',
    logistics TEXT NOT NULL DEFAULT '',
    -- Debrief (after the round)
    questions_asked TEXT NOT NULL DEFAULT '',
    weak_answers TEXT NOT NULL DEFAULT '',
    concerns TEXT NOT NULL DEFAULT '',
    clues TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    follow_up_on TEXT,
    gut_feeling INTEGER CHECK (gut_feeling IS NULL OR gut_feeling BETWEEN 1 AND 5),
    updated_at TEXT NOT NULL
);

CREATE TABLE company_research (
    company_id INTEGER PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
    mission TEXT NOT NULL DEFAULT '',
    products TEXT NOT NULL DEFAULT '',
    news TEXT NOT NULL DEFAULT '',
    competitors TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);

-- Whole amounts in the currency given (ISO 4217 code or whatever the user wrote).
CREATE TABLE application_salary (
    application_id INTEGER PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    target INTEGER CHECK (target IS NULL OR target >= 0),
    walk_away INTEGER CHECK (walk_away IS NULL OR walk_away >= 0),
    currency TEXT NOT NULL DEFAULT ''
);

-- A row is a ticked item; item is the stable key of a basics checklist entry.
CREATE TABLE round_checklist (
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    item TEXT NOT NULL CHECK (length(item) > 0),
    ticked_at TEXT NOT NULL,
    PRIMARY KEY (round_id, item)
) WITHOUT ROWID;

-- An item an earlier round left open (one line of its weak answers, concerns, clues or next
-- steps) that the user marked as dealt with. Keyed by the line's text: an edited line is a
-- new item and is open again.
CREATE TABLE carried_decisions (
    source_round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    field TEXT NOT NULL CHECK (field IN ('weak_answers', 'concerns', 'clues', 'next_steps')),
    item TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (source_round_id, field, item)
) WITHOUT ROWID;

-- One row per searchable thing; the rowid says what it is, so the triggers find a row
-- without scanning: round notes 4*round_id, an application (role, description, notes)
-- 4*application_id + 1, company research 4*company_id + 2. An insert first clears the row,
-- since INSERT OR REPLACE (used by undo) fires no delete trigger.
CREATE VIRTUAL TABLE notes_search USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER round_notes_search_insert AFTER INSERT ON round_notes
BEGIN
    DELETE FROM notes_search WHERE rowid = new.round_id * 4;
    INSERT INTO notes_search (rowid, body) VALUES (new.round_id * 4,
        new.selling_points || char(10) || new.requirements || char(10) ||
        new.questions_to_ask || char(10) || new.logistics || char(10) ||
        new.questions_asked || char(10) || new.weak_answers || char(10) ||
        new.concerns || char(10) || new.clues || char(10) || new.next_steps);
END;

CREATE TRIGGER round_notes_search_update AFTER UPDATE ON round_notes
BEGIN
    DELETE FROM notes_search WHERE rowid = old.round_id * 4;
    INSERT INTO notes_search (rowid, body) VALUES (new.round_id * 4,
        new.selling_points || char(10) || new.requirements || char(10) ||
        new.questions_to_ask || char(10) || new.logistics || char(10) ||
        new.questions_asked || char(10) || new.weak_answers || char(10) ||
        new.concerns || char(10) || new.clues || char(10) || new.next_steps);
END;

CREATE TRIGGER round_notes_search_delete AFTER DELETE ON round_notes
BEGIN
    DELETE FROM notes_search WHERE rowid = old.round_id * 4;
END;

CREATE TRIGGER applications_search_insert AFTER INSERT ON applications
BEGIN
    DELETE FROM notes_search WHERE rowid = new.id * 4 + 1;
    INSERT INTO notes_search (rowid, body) VALUES (new.id * 4 + 1,
        new.role || char(10) || new.description || char(10) || new.notes);
END;

CREATE TRIGGER applications_search_update AFTER UPDATE OF role, description, notes ON applications
BEGIN
    DELETE FROM notes_search WHERE rowid = old.id * 4 + 1;
    INSERT INTO notes_search (rowid, body) VALUES (new.id * 4 + 1,
        new.role || char(10) || new.description || char(10) || new.notes);
END;

CREATE TRIGGER applications_search_delete AFTER DELETE ON applications
BEGIN
    DELETE FROM notes_search WHERE rowid = old.id * 4 + 1;
END;

CREATE TRIGGER company_research_search_insert AFTER INSERT ON company_research
BEGIN
    DELETE FROM notes_search WHERE rowid = new.company_id * 4 + 2;
    INSERT INTO notes_search (rowid, body) VALUES (new.company_id * 4 + 2,
        new.mission || char(10) || new.products || char(10) || new.news || char(10) ||
        new.competitors);
END;

CREATE TRIGGER company_research_search_update AFTER UPDATE ON company_research
BEGIN
    DELETE FROM notes_search WHERE rowid = old.company_id * 4 + 2;
    INSERT INTO notes_search (rowid, body) VALUES (new.company_id * 4 + 2,
        new.mission || char(10) || new.products || char(10) || new.news || char(10) ||
        new.competitors);
END;

CREATE TRIGGER company_research_search_delete AFTER DELETE ON company_research
BEGIN
    DELETE FROM notes_search WHERE rowid = old.company_id * 4 + 2;
END;

-- Applications that existed before this step become searchable too.
INSERT INTO notes_search (rowid, body)
    SELECT id * 4 + 1, role || char(10) || description || char(10) || notes FROM applications;
