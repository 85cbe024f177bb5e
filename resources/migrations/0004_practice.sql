-- Schema version 4: question practice. The question bank (with each question's FSRS memory
-- state), the user's stories in STAR form, which questions came up at which application,
-- the review history, and the questions to ask chosen for a round.
-- Times are UTC text as everywhere else. A question never practised has reps = 0.

CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    category TEXT NOT NULL CHECK (category IN ('about_you', 'behavioural', 'role_skills',
                                               'culture_fit', 'later_rounds',
                                               'salary_logistics', 'curveball', 'to_ask')),
    audience TEXT NOT NULL DEFAULT ''
        CHECK (audience IN ('', 'hiring_manager', 'peer', 'executive')),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    answer TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('bank', 'user', 'import', 'debrief')),
    stability REAL NOT NULL DEFAULT 0,
    difficulty REAL NOT NULL DEFAULT 0,
    last_review TEXT,
    due TEXT,
    scheduled_days INTEGER NOT NULL DEFAULT 0,
    reps INTEGER NOT NULL DEFAULT 0,
    lapses INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX questions_by_category ON questions (category, id);
CREATE INDEX questions_by_due ON questions (due);

CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    situation TEXT NOT NULL DEFAULT '',
    task TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    measurable_result TEXT NOT NULL DEFAULT '',
    skills TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE question_stories (
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (question_id, story_id)
);

CREATE INDEX question_stories_by_story ON question_stories (story_id);

-- "Asked at Acme, round 2": round_id is kept when known.
CREATE TABLE question_applications (
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    round_id INTEGER REFERENCES rounds (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (question_id, application_id)
);

CREATE INDEX question_applications_by_application ON question_applications (application_id);
CREATE INDEX question_applications_by_round ON question_applications (round_id);

-- One row per rating: the memory state after it, so history and undo are exact.
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    reviewed_at TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    seconds INTEGER NOT NULL DEFAULT 0 CHECK (seconds >= 0),
    forgot TEXT NOT NULL DEFAULT '',
    stability REAL NOT NULL,
    difficulty REAL NOT NULL,
    due TEXT NOT NULL
);

CREATE INDEX reviews_by_question ON reviews (question_id, reviewed_at);
CREATE INDEX reviews_by_time ON reviews (reviewed_at);

-- The questions to ask them chosen for one round, in the order they will be asked.
CREATE TABLE round_questions (
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (round_id, question_id)
);

CREATE INDEX round_questions_by_question ON round_questions (question_id);
