#include "ui/rounds/PersonDeletion.h"

#include "core/Database.h"
#include "core/RoundStore.h"
#include "core/text/PlainText.h"
#include "ui/Prompter.h"
#include "ui/commands/PersonCommands.h"
#include "ui/rounds/UndoSupport.h"

bool PersonDeletion::possible(const RoundStore *store, const QUndoStack *undoStack)
{
    return store && undoStack && !store->database().isReadOnly();
}

QString PersonDeletion::question(const QString &rawName, int rounds, int letters)
{
    // One line, whatever a file written elsewhere holds: no break or bidirectional override
    // in the name can rearrange the rest of the question.
    const QString name = PlainText::singleLine(rawName);
    if (letters > 0) {
        // The database keeps a deleted person's letters with no addressee (ON DELETE SET NULL).
        if (rounds == 0)
            return tr("Delete %1? They are not in any round, and %n thank-you letter(s) to them "
                      "will lose the addressee. Edit > Undo brings them back.",
                      nullptr, letters)
                .arg(name);
        return tr("Delete %1? This also removes them from %2, and %n thank-you letter(s) to them "
                  "will lose the addressee. Edit > Undo brings them back.",
                  nullptr, letters)
            .arg(name, tr("%n interview round(s)", nullptr, rounds));
    }
    if (rounds == 0)
        return tr("Delete %1? They are not in any round. Edit > Undo brings them back.").arg(name);
    return tr("Delete %1? This also removes them from %n interview round(s). Edit > Undo "
              "brings them back.",
              nullptr, rounds)
        .arg(name);
}

bool PersonDeletion::confirmAndDelete(QWidget *parent, RoundStore *store, QUndoStack *undoStack,
                                      RoundSignals *roundSignals, qint64 personId)
{
    if (!possible(store, undoStack) || personId == 0)
        return false;
    const QString title = tr("Delete person");
    auto person = store->person(personId);
    if (!person) {
        Prompter::instance().error(parent, title, person.error());
        return false;
    }
    auto rounds = store->roundsOfPerson(personId);
    if (!rounds) {
        Prompter::instance().error(parent, title, rounds.error());
        return false;
    }
    // What the delete unlinks, found from the schema the way the command's undo finds it.
    auto snapshot = store->personSnapshot(personId);
    if (!snapshot) {
        Prompter::instance().error(parent, title, snapshot.error());
        return false;
    }
    const int letters = snapshot.value().dependants.unlinkedCount(QStringLiteral("letters"));
    const QString name = person.value().fields.name;
    if (!Prompter::instance().confirm(
            parent, title, question(name, int(rounds.value().size()), letters), tr("Delete")))
        return false;
    // A failed delete reports itself through the signals and is dropped by the stack.
    return pushKept(undoStack, new DeletePersonCommand(store, roundSignals, personId, name));
}
