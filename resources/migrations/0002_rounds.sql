-- Schema version 2: interview rounds, the people met in them, and who attends which round.
-- starts_at is UTC; time_zone is the IANA zone the round was arranged in, so it can be
-- shown in its original zone as well as in the user's.

CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    profile_url TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE INDEX people_by_company ON people (company_id, name);

CREATE TABLE rounds (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('phone', 'video', 'technical', 'behavioural', 'hr',
                                       'panel', 'onsite', 'final', 'other')),
    starts_at TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
    location TEXT NOT NULL DEFAULT '',
    meeting_url TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'scheduled'
        CHECK (status IN ('scheduled', 'done', 'cancelled', 'noshow')),
    reason TEXT NOT NULL DEFAULT 'unknown'
        CHECK (reason IN ('unknown', 'process', 'finalists', 'fit', 'approval', 'doubt')),
    outcome TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX rounds_by_application ON rounds (application_id, starts_at);
CREATE INDEX rounds_by_start ON rounds (starts_at);

CREATE TABLE round_people (
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (round_id, person_id)
);

CREATE INDEX round_people_by_person ON round_people (person_id);
