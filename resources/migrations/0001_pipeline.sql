-- Schema version 1: what the applications pipeline needs.
-- Times are ISO 8601 in UTC ("2026-11-22T09:30:00.000Z"); plain dates are "yyyy-MM-dd".

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

CREATE TABLE companies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    website TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE stages (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position INTEGER NOT NULL,
    is_closed INTEGER NOT NULL DEFAULT 0 CHECK (is_closed IN (0, 1))
);

CREATE TABLE applications (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE RESTRICT,
    role TEXT NOT NULL CHECK (length(trim(role)) > 0),
    job_url TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    salary_min INTEGER CHECK (salary_min IS NULL OR salary_min >= 0),
    salary_max INTEGER CHECK (salary_max IS NULL OR salary_max >= 0),
    currency TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    applied_on TEXT,
    deadline TEXT,
    excitement INTEGER NOT NULL DEFAULT 3 CHECK (excitement BETWEEN 1 AND 5),
    description TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    stage_id INTEGER NOT NULL REFERENCES stages (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    archived_at TEXT,
    CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max)
);

CREATE INDEX applications_by_stage ON applications (stage_id, position);
CREATE INDEX applications_by_company ON applications (company_id);

-- Stage names are copied so the history still reads right after a stage is renamed or
-- removed.
CREATE TABLE stage_history (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    from_stage_id INTEGER REFERENCES stages (id) ON DELETE SET NULL,
    to_stage_id INTEGER REFERENCES stages (id) ON DELETE SET NULL,
    from_stage_name TEXT,
    to_stage_name TEXT NOT NULL,
    moved_at TEXT NOT NULL
);

CREATE INDEX stage_history_by_application ON stage_history (application_id, moved_at);
