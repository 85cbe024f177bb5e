-- Schema version 5: thank-you letters, one per person met in a round, and the templates
-- they are written from. Template text must not hold semicolons or lines starting with
-- two dashes: the migration runner splits on the one and drops the other.

CREATE TABLE letter_templates (
    id INTEGER PRIMARY KEY,
    -- Set on the templates that come with the app, so a later version can find them.
    shipped_key TEXT,
    language TEXT NOT NULL CHECK (length(language) BETWEEN 2 AND 16),
    occasion TEXT NOT NULL DEFAULT 'other'
        CHECK (occasion IN ('first', 'later', 'panel', 'final', 'followup', 'other')),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (shipped_key, language)
);

-- person_id becomes NULL when the person is deleted, so a letter already written or sent
-- is never lost with them.
CREATE TABLE letters (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    template_id INTEGER REFERENCES letter_templates (id) ON DELETE SET NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'proposed'
        CHECK (status IN ('proposed', 'draft', 'sent', 'replied', 'discarded')),
    sent_at TEXT,
    replied_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX letters_by_round ON letters (round_id, person_id);
CREATE INDEX letters_by_person ON letters (person_id);
CREATE INDEX letters_by_template ON letters (template_id);

INSERT INTO letter_templates (shipped_key, language, occasion, name, subject, body, created_at, updated_at) VALUES
('first', 'en', 'first', 'After a first interview',
 'Thank you for our conversation about the {role} position',
 'Dear {first_name},

Thank you for taking the time to talk with me on {date} about the {role} position at {company}. I especially enjoyed our discussion of {topic}, and it made me even keener on the role.

From what you described, my experience fits well with what your team needs, and I would be glad to contribute from the first day.

Could you let me know what the next steps are and when I might hear from you?

Best regards,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('later', 'en', 'later', 'After a second or later round',
 'Thank you for the {round}',
 'Dear {first_name},

Thank you for the {round} on {date}. Since our first conversation I have gained a much clearer picture of how the team works and what the {role} position will focus on, and talking with you about {topic} was the most useful part of it for me.

What I learned has confirmed that this is where I would like to work, and that my background matches what {company} is looking for.

I would be grateful to know how the process continues from here.

Kind regards,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('panel', 'en', 'panel', 'After a panel interview',
 'Thank you for the panel interview on {date}',
 'Dear {first_name},

Thank you for being part of the panel on {date}. Meeting several members of the team at once gave me a real sense of how {company} works together, and I particularly appreciated your questions about {topic}.

I left the conversation even more convinced that I could make a difference in the {role} position.

If there is anything more I can send you, or if you can share what happens next, I would be glad to hear from you.

Best regards,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('final', 'en', 'final', 'After a final round',
 'Thank you for the final interview',
 'Dear {first_name},

Thank you for meeting me for the final interview on {date}. Our conversation about {topic} showed me how much I could achieve in the {role} position, and I would be delighted to join {company}.

I am confident that I can make a strong contribution from day one.

I look forward to hearing about your decision. Please let me know if you need anything else from me in the meantime.

With best regards,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('followup', 'en', 'followup', 'Follow-up after a week',
 'Following up on the {role} position',
 'Dear {first_name},

I wanted to follow up on our {round} on {date}. I am still very interested in the {role} position at {company} and would be glad to hear whether there is any news about the next steps.

Thank you again for your time.

Best regards,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('first', 'de', 'first', 'Nach einem ersten Gespräch',
 'Vielen Dank für das Gespräch zur Stelle als {role}',
 'Guten Tag {full_name},

vielen Dank, dass Sie sich am {date} Zeit für ein Gespräch über die Stelle als {role} bei {company} genommen haben. Besonders der Austausch über {topic} hat mir gefallen und mein Interesse an der Aufgabe noch verstärkt.

Nach allem, was Sie beschrieben haben, passt meine Erfahrung gut zu dem, was Ihr Team braucht, und ich würde vom ersten Tag an gern mitarbeiten.

Können Sie mir sagen, wie die nächsten Schritte aussehen und wann ich mit einer Rückmeldung rechnen kann?

Mit freundlichen Grüßen
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('later', 'de', 'later', 'Nach einer zweiten oder späteren Runde',
 'Vielen Dank für das {round}',
 'Guten Tag {full_name},

vielen Dank für das {round} am {date}. Seit unserem ersten Gespräch habe ich ein deutlich klareres Bild davon, wie Ihr Team arbeitet und worauf es in der Stelle als {role} ankommt. Am wertvollsten war für mich unser Austausch über {topic}.

Das Gespräch hat mich darin bestärkt, dass ich gut zu {company} passe und gern bei Ihnen anfangen möchte.

Ich würde mich freuen zu erfahren, wie es nun weitergeht.

Mit freundlichen Grüßen
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('panel', 'de', 'panel', 'Nach einem Gespräch mit mehreren Personen',
 'Vielen Dank für das Gespräch mit Ihrem Team',
 'Guten Tag {full_name},

vielen Dank, dass Sie am {date} Teil der Gesprächsrunde waren. Mehrere Mitglieder des Teams gemeinsam kennenzulernen, hat mir einen guten Eindruck davon gegeben, wie man bei {company} zusammenarbeitet. Ihre Fragen zu {topic} fand ich besonders anregend.

Nach dem Gespräch bin ich noch überzeugter, dass ich in der Stelle als {role} viel bewegen kann.

Wenn ich Ihnen noch etwas zusenden kann oder Sie mir sagen können, wie es weitergeht, freue ich mich über Ihre Nachricht.

Mit freundlichen Grüßen
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('final', 'de', 'final', 'Nach der letzten Runde',
 'Vielen Dank für das abschließende Gespräch',
 'Guten Tag {full_name},

vielen Dank für das abschließende Gespräch am {date}. Unser Austausch über {topic} hat mir gezeigt, wie viel ich in der Stelle als {role} erreichen könnte, und ich würde mich sehr freuen, zu {company} zu kommen.

Ich bin sicher, dass ich vom ersten Tag an einen wertvollen Beitrag leisten kann.

Ich freue mich auf Ihre Entscheidung. Falls Sie bis dahin noch etwas von mir benötigen, melden Sie sich gern.

Mit freundlichen Grüßen
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('followup', 'de', 'followup', 'Nachfrage nach einer Woche',
 'Nachfrage zur Stelle als {role}',
 'Guten Tag {full_name},

ich möchte gern an unser Gespräch am {date} anknüpfen. Die Stelle als {role} bei {company} interessiert mich weiterhin sehr, und ich würde mich freuen zu hören, ob es schon Neuigkeiten zu den nächsten Schritten gibt.

Nochmals vielen Dank für Ihre Zeit.

Mit freundlichen Grüßen
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
