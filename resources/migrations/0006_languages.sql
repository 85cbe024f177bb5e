-- Schema version 6: the interface in more languages.
-- Default stages remember which default each is and the name SecondRound gave it, so that
-- their names follow the language of the user interface until the user renames them
-- (filled in by DefaultStages::adopt after this step). French and Spanish letter templates.
-- Template text must not hold semicolons or lines starting with two dashes: the migration
-- runner splits on the one and drops the other.

ALTER TABLE stages ADD COLUMN default_key TEXT;
ALTER TABLE stages ADD COLUMN default_name TEXT;

INSERT INTO letter_templates (shipped_key, language, occasion, name, subject, body, created_at, updated_at) VALUES
('first', 'fr', 'first', 'Après un premier entretien',
 'Merci pour notre échange sur le poste de {role}',
 'Bonjour {first_name},

Merci d''avoir pris le temps d''échanger avec moi le {date} au sujet du poste de {role} chez {company}. J''ai particulièrement apprécié notre discussion sur {topic}, qui a encore renforcé mon envie de rejoindre votre équipe.

D''après ce que vous m''avez décrit, mon expérience correspond bien aux besoins de votre équipe, et j''aimerais beaucoup y contribuer dès le premier jour.

Pourriez-vous m''indiquer les prochaines étapes et quand je peux espérer avoir de vos nouvelles ?

Bien cordialement,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('later', 'fr', 'later', 'Après un deuxième entretien ou plus',
 'Merci pour notre {round}',
 'Bonjour {first_name},

Merci pour notre {round} du {date}. Depuis notre premier échange, je comprends beaucoup mieux le fonctionnement de l''équipe et les priorités du poste de {role}, et notre discussion sur {topic} a été pour moi le moment le plus utile.

Ce que j''ai appris m''a confirmé que c''est ici que je souhaite travailler, et que mon parcours correspond à ce que recherche {company}.

Pourriez-vous me dire comment le processus va se poursuivre ?

Bien cordialement,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('panel', 'fr', 'panel', 'Après un entretien avec plusieurs interlocuteurs',
 'Merci pour l''entretien du {date}',
 'Bonjour {first_name},

Merci d''avoir participé à l''entretien du {date}. Rencontrer plusieurs membres de l''équipe en même temps m''a donné une idée concrète de la façon dont on travaille ensemble chez {company}, et j''ai particulièrement apprécié vos questions sur {topic}.

Cet échange m''a confirmé que je pourrais vraiment faire la différence au poste de {role}.

Si je peux vous transmettre d''autres éléments, n''hésitez pas à me le faire savoir. Je reste aussi à votre écoute pour la suite du processus.

Bien cordialement,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('final', 'fr', 'final', 'Après un entretien final',
 'Merci pour l''entretien final',
 'Bonjour {first_name},

Merci pour l''entretien final du {date}. Notre échange sur {topic} m''a montré tout ce que je pourrais accomplir au poste de {role}, et ce serait une vraie joie de rejoindre {company}.

J''ai la conviction de pouvoir apporter une contribution solide dès le premier jour.

J''attends votre décision avec impatience. D''ici là, n''hésitez pas à me contacter si vous avez besoin d''autre chose de ma part.

Bien cordialement,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('followup', 'fr', 'followup', 'Relance après une semaine',
 'Suivi de ma candidature au poste de {role}',
 'Bonjour {first_name},

Je me permets de revenir vers vous à la suite de notre {round} du {date}. Le poste de {role} chez {company} m''intéresse toujours beaucoup, et j''aimerais savoir s''il y a du nouveau concernant les prochaines étapes.

Merci encore pour votre temps.

Bien cordialement,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('first', 'es', 'first', 'Tras una primera entrevista',
 'Gracias por la conversación sobre el puesto de {role}',
 'Hola, {first_name}:

Muchas gracias por dedicarme su tiempo el {date} para hablar del puesto de {role} en {company}. Disfruté especialmente de nuestra conversación sobre {topic}, que ha aumentado aún más mi interés por el puesto.

Por lo que me contó, mi experiencia encaja bien con lo que necesita su equipo, y me encantaría aportar desde el primer día.

¿Podría indicarme cuáles son los próximos pasos y cuándo podría tener noticias suyas?

Un saludo cordial,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('later', 'es', 'later', 'Tras una segunda ronda o posterior',
 'Gracias por la {round}',
 'Hola, {first_name}:

Gracias por la {round} del {date}. Desde nuestra primera conversación tengo una idea mucho más clara de cómo trabaja el equipo y de en qué se centrará el puesto de {role}, y hablar con usted sobre {topic} fue para mí lo más útil.

Lo que he aprendido me ha confirmado que es aquí donde quiero trabajar y que mi perfil se ajusta a lo que busca {company}.

Le agradecería que me indicara cómo sigue el proceso a partir de ahora.

Un saludo cordial,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('panel', 'es', 'panel', 'Tras una entrevista con varias personas',
 'Gracias por la entrevista del {date}',
 'Hola, {first_name}:

Gracias por participar en la entrevista del {date}. Conocer a varios miembros del equipo a la vez me dio una idea real de cómo se trabaja en {company}, y agradecí especialmente sus preguntas sobre {topic}.

La conversación me confirmó que podría marcar la diferencia en el puesto de {role}.

Si necesita que le envíe algo más, quedo a su disposición. También le agradecería que me contara cuáles son los siguientes pasos.

Un saludo cordial,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('final', 'es', 'final', 'Tras la ronda final',
 'Gracias por la entrevista final',
 'Hola, {first_name}:

Gracias por la entrevista final del {date}. Nuestra conversación sobre {topic} me mostró todo lo que podría lograr en el puesto de {role}, y sería una gran alegría incorporarme a {company}.

Tengo la certeza de que puedo hacer una aportación sólida desde el primer día.

Quedo a la espera de su decisión. Mientras tanto, no dude en escribirme si necesita algo más de mi parte.

Un saludo cordial,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
('followup', 'es', 'followup', 'Seguimiento tras una semana',
 'Seguimiento de mi candidatura al puesto de {role}',
 'Hola, {first_name}:

Le escribo para retomar nuestra {round} del {date}. El puesto de {role} en {company} me sigue interesando mucho y me gustaría saber si hay novedades sobre los próximos pasos.

Gracias de nuevo por su tiempo.

Un saludo cordial,
{my_name}',
 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
