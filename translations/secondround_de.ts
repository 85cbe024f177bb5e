<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddApplicationCommand</name>
    <message>
        <source>Add application “%1”</source>
        <translation>Bewerbung bei „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Not keen</source>
        <translation>Kaum interessiert</translation>
    </message>
    <message>
        <source>Lukewarm</source>
        <translation>Mäßig interessiert</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <source>Keen</source>
        <translation>Sehr interessiert</translation>
    </message>
    <message>
        <source>Dream job</source>
        <translation>Traumjob</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Neue Bewerbung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Description and notes</source>
        <translation>Beschreibung und Notizen</translation>
    </message>
    <message>
        <source>Stage timeline</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>City, country or remote</source>
        <translation>Stadt, Land oder remote</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>Unternehmenswebsite</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruiter</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Jobbörse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Where you found it</source>
        <translation>Wo Sie die Stelle gefunden haben</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>&amp;Beworben am:</translation>
    </message>
    <message>
        <source>Leave unticked if you have not applied yet.</source>
        <translation>Lassen Sie das Häkchen weg, wenn Sie sich noch nicht beworben haben.</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Bewerbungs&amp;frist:</translation>
    </message>
    <message>
        <source>Tick if the posting closes on a known date.</source>
        <translation>Setzen Sie das Häkchen, wenn die Stellenanzeige zu einem bekannten Datum endet.</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>S&amp;telle:</translation>
    </message>
    <message>
        <source>Job &amp;link:</source>
        <translation>&amp;Link zur Stellenanzeige:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Sourc&amp;e:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Minimum salary:</source>
        <translation>&amp;Mindestgehalt:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum salary:</source>
        <translation>&amp;Höchstgehalt:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Exci&amp;tement:</source>
        <translation>&amp;Interesse:</translation>
    </message>
    <message>
        <source>Paste the posting here: it may be gone by the time of the interview.</source>
        <translation>Fügen Sie hier die Stellenanzeige ein – bis zum Vorstellungsgespräch ist sie vielleicht nicht mehr online.</translation>
    </message>
    <message>
        <source>Job descri&amp;ption:</source>
        <translation>Stellen&amp;beschreibung:</translation>
    </message>
    <message>
        <source>Anything worth remembering: contacts, impressions, what to ask next time.</source>
        <translation>Alles, was Sie sich merken möchten: Kontakte, Eindrücke, was Sie beim nächsten Mal fragen wollen.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;History of stage changes, oldest first:</source>
        <translation>&amp;Verlauf der Phasenwechsel, älteste zuerst:</translation>
    </message>
    <message>
        <source>Excitement</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>How much you want this job, from 1 to 5. Use the arrow keys or the digits 1–5.</source>
        <translation>Wie sehr Sie diese Stelle möchten, von 1 bis 5. Verwenden Sie die Pfeiltasten oder die Ziffern 1–5.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Es ist keine Datei geöffnet.</translation>
    </message>
    <message>
        <source>Edit application — %1</source>
        <translation>Bewerbung bearbeiten – %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Your tar&amp;get:</source>
        <translation>Ihr Wunsch&amp;gehalt:</translation>
    </message>
    <message>
        <source>&amp;Walk-away:</source>
        <translation>Unt&amp;ergrenze:</translation>
    </message>
    <message>
        <source>Your figures &amp;in:</source>
        <translation>Ihre Angaben in Wäh&amp;rung:</translation>
    </message>
</context>
<context>
    <name>ApplicationExport</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written completely: %2</source>
        <translation>„%1“ konnte nicht vollständig geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ApplicationImport</name>
    <message>
        <source>“%1” in --map is not heading=field.</source>
        <translation>„%1“ in --map hat nicht die Form Überschrift=Feld.</translation>
    </message>
    <message>
        <source>“%1” in --map is not a field; use one of: %2.</source>
        <translation>„%1“ in --map ist kein Feld; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>The file has no column “%1” (its headings: %2).</source>
        <translation>Die Datei hat keine Spalte „%1“ (ihre Überschriften: %2).</translation>
    </message>
    <message>
        <source>The mapping does not match the file&apos;s columns.</source>
        <translation>Die Zuordnung passt nicht zu den Spalten der Datei.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are set to “%3”; choose one of them.</source>
        <translation>%1 und %2 sind beide auf „%3“ gesetzt; wählen Sie eine davon.</translation>
    </message>
    <message>
        <source>Choose the column that holds the company.</source>
        <translation>Wählen Sie die Spalte mit dem Unternehmen.</translation>
    </message>
    <message>
        <source>Choose the column that holds the role.</source>
        <translation>Wählen Sie die Spalte mit der Stelle.</translation>
    </message>
    <message>
        <source>Choose either one salary column or columns for the salary&apos;s range, not both.</source>
        <translation>Wählen Sie entweder eine Gehaltsspalte oder Spalten für die Gehaltsspanne, nicht beides.</translation>
    </message>
    <message>
        <source>“%1” is not a stage. Choose a stage for it, or rename it to one of the stages.</source>
        <translation>„%1“ ist keine Phase. Wählen Sie eine Phase dafür oder benennen Sie den Wert nach einer der Phasen um.</translation>
    </message>
    <message>
        <source>the currency %1 differs from the salary&apos;s %2.</source>
        <translation>die Währung %1 weicht von der des Gehalts (%2) ab.</translation>
    </message>
    <message>
        <source>the salary has no currency. Add a currency column, or write it like 70.000 € or 70000 EUR.</source>
        <translation>das Gehalt hat keine Währung. Fügen Sie eine Währungsspalte hinzu oder schreiben Sie es wie 70.000 € oder 70000 EUR.</translation>
    </message>
    <message>
        <source>Line %1: its stage no longer exists.</source>
        <translation>Zeile %1: Ihre Phase gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The imported applications could not be read.</source>
        <translation>Die importierten Bewerbungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Some of the imported applications are no longer there.</source>
        <translation>Einige der importierten Bewerbungen sind nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The companies could not be read.</source>
        <translation>Die Unternehmen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The imported applications could not be put back.</source>
        <translation>Die importierten Bewerbungen konnten nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>ApplicationRoundsDialog</name>
    <message>
        <source>Interview rounds</source>
        <translation>Gesprächsrunden</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who will be there</source>
        <translation>Wer nimmt teil</translation>
    </message>
    <message>
        <source>&amp;Rounds, in date order:</source>
        <translation>&amp;Runden, nach Datum sortiert:</translation>
    </message>
    <message>
        <source>No rounds yet. Add one as soon as the company invites you.</source>
        <translation>Noch keine Runden. Fügen Sie eine hinzu, sobald das Unternehmen Sie einlädt.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Open person…</source>
        <translation>Person ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Runde löschen</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Es ist keine Datei geöffnet.</translation>
    </message>
    <message>
        <source>Interview rounds — %1 at %2</source>
        <comment>role at company</comment>
        <translation>Gesprächsrunden – %1 bei %2</translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation>Runde bearbeiten</translation>
    </message>
    <message>
        <source>Delete %1 (%2, %3)? The people stay listed for the company. Edit &gt; Undo brings the round back.</source>
        <translation>%1 (%2, %3) löschen? Die Personen bleiben beim Unternehmen gespeichert. Mit Bearbeiten &gt; Rückgängig lässt sich die Runde wiederherstellen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Open person…</source>
        <translation>Person öffnen…</translation>
    </message>
    <message>
        <source>&amp;People: tick who attends the selected round</source>
        <translation>&amp;Personen: abhaken, wer an der gewählten Runde teilnimmt</translation>
    </message>
</context>
<context>
    <name>ApplicationRoundsModel</name>
    <message>
        <source>The interview rounds could not be read.</source>
        <translation>Die Gesprächsrunden konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ApplicationRows</name>
    <message>
        <source>The applications could not be read.</source>
        <translation>Die Bewerbungen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ApplicationValidator</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Geben Sie den Namen des Unternehmens ein.</translation>
    </message>
    <message>
        <source>The company name is too long (at most %1 characters).</source>
        <translation>Der Name des Unternehmens ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Enter the role you applied for.</source>
        <translation>Geben Sie die Stelle ein, auf die Sie sich bewerben.</translation>
    </message>
    <message>
        <source>The role is too long (at most %1 characters).</source>
        <translation>Die Stelle ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The location is too long (at most %1 characters).</source>
        <translation>Der Ort ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The source is too long (at most %1 characters).</source>
        <translation>Die Quelle ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The job link must be a web address starting with http:// or https://.</source>
        <translation>Der Link zur Stellenanzeige muss eine Webadresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>The minimum salary must be a positive amount.</source>
        <translation>Das Mindestgehalt muss ein positiver Betrag sein.</translation>
    </message>
    <message>
        <source>The maximum salary must be a positive amount.</source>
        <translation>Das Höchstgehalt muss ein positiver Betrag sein.</translation>
    </message>
    <message>
        <source>The maximum salary must not be lower than the minimum.</source>
        <translation>Das Höchstgehalt darf nicht unter dem Mindestgehalt liegen.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR, USD or GBP.</source>
        <translation>Verwenden Sie einen Währungscode aus drei Buchstaben, etwa EUR, USD oder GBP.</translation>
    </message>
    <message>
        <source>Choose the currency of the salary.</source>
        <translation>Wählen Sie die Währung des Gehalts.</translation>
    </message>
    <message>
        <source>The date applied cannot be in the future.</source>
        <translation>Das Bewerbungsdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Rate your interest from 1 to 5.</source>
        <translation>Bewerten Sie Ihr Interesse von 1 bis 5.</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; this field holds one line.</source>
        <translation>Entfernen Sie die Zeilenumbrüche und unsichtbaren Steuerzeichen; dieses Feld enthält nur eine Zeile.</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>&amp;Put back on the board</source>
        <translation>&amp;Zurück auf das Board</translation>
    </message>
    <message>
        <source>Archived applications</source>
        <translation>Archivierte Bewerbungen</translation>
    </message>
    <message>
        <source>Archived applications are kept with their history but hidden from the board. Put one back and it returns to the top of its stage.</source>
        <translation>Archivierte Bewerbungen bleiben mit ihrem Verlauf erhalten, werden aber nicht auf dem Board angezeigt. Wenn Sie eine zurückholen, erscheint sie wieder ganz oben in ihrer Phase.</translation>
    </message>
</context>
<context>
    <name>ArchivedListModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert am</translation>
    </message>
    <message>
        <source>The archived applications could not be read.</source>
        <translation>Die archivierten Bewerbungen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Bewerbung</numerusform>
            <numerusform>%n Bewerbungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Die heutige Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of “%1” yet. One is made each day the file is opened, and with File &gt; Back up now; they are kept in “%2”.</source>
        <translation>Von „%1“ gibt es noch keine Sicherungen. Jeden Tag, an dem die Datei geöffnet wird, und mit Datei &gt; Jetzt sichern wird eine erstellt; sie liegen in „%2“.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — damaged, cannot be restored</source>
        <translation>%1 — beschädigt, kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source> (taken before a restore)</source>
        <translation> (vor einer Wiederherstellung erstellt)</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first. The one you choose replaces what the file holds now.</source>
        <translation>Sicherungen von „%1“, die neueste zuerst. Die gewählte ersetzt, was die Datei jetzt enthält.</translation>
    </message>
    <message>
        <source>The backup of %1 cannot be restored, so nothing was changed.

%2</source>
        <translation>Die Sicherung vom %1 kann nicht wiederhergestellt werden; es wurde nichts geändert.

%2</translation>
    </message>
    <message>
        <source>Replace everything in “%1” with the backup of %2 (%3)?

What the file holds now is backed up first, so you can go back to it from the same list.</source>
        <translation>Alles in „%1“ durch die Sicherung vom %2 (%3) ersetzen?

Der jetzige Inhalt der Datei wird vorher gesichert, sodass Sie über dieselbe Liste zu ihm zurückkehren können.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was changed: the file could not be backed up before the restore.

%1</source>
        <translation>Es wurde nichts geändert: Die Datei konnte vor der Wiederherstellung nicht gesichert werden.

%1</translation>
    </message>
    <message>
        <source>The backup could not be restored; the file is as it was.

%1</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden; die Datei ist unverändert.

%1</translation>
    </message>
    <message>
        <source>Restored the backup of %1. What the file held before is in %2</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Der vorherige Inhalt der Datei liegt in %2</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder “%1” could not be created. Check that its folder can be written to.</source>
        <translation>Der Sicherungsordner „%1“ konnte nicht angelegt werden. Prüfen Sie, ob in den übergeordneten Ordner geschrieben werden kann.</translation>
    </message>
    <message>
        <source>The backup could not be written to “%1”: %2</source>
        <translation>Die Sicherung konnte nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” holds no SecondRound data.</source>
        <translation>„%1“ enthält keine SecondRound-Daten.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>„%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be read: %2</source>
        <translation>Die Sicherung „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be replaced: %2</source>
        <translation>„%1“ konnte nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be replaced: %2 could not be removed.</source>
        <translation>„%1“ konnte nicht ersetzt werden: %2 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>BarListChart</name>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>from %1 %2</source>
        <translation>ab %1 %2</translation>
    </message>
    <message>
        <source>up to %1 %2</source>
        <translation>bis %1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in %1</source>
        <translation>
            <numerusform>%n Tag in „%1“</numerusform>
            <numerusform>%n Tage in „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag keine Aktivität</numerusform>
            <numerusform>Seit %n Tagen keine Aktivität</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n day(s) in stage</source>
        <translation>
            <numerusform>%1, %2, %n Tag in der Phase</numerusform>
            <numerusform>%1, %2, %n Tage in der Phase</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <translation>Runde %1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day, month and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short date on a card</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Application number %1</source>
        <translation>Bewerbung Nr. %1</translation>
    </message>
    <message>
        <source>, next: %1</source>
        <translation>, als Nächstes: %1</translation>
    </message>
    <message>
        <source>, no activity</source>
        <translation>, keine Aktivität</translation>
    </message>
    <message>
        <source>Next round: %1</source>
        <translation>Nächste Runde: %1</translation>
    </message>
    <message>
        <source>Thank-you due</source>
        <translation>Dankeschön fällig</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>, thank-you due</source>
        <translation>, Dankeschön fällig</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>&amp;Import invitation (.ics)…</source>
        <translation>Einladung &amp;importieren (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Export scheduled rounds (.ics)…</source>
        <translation>Geplante Runden &amp;exportieren (.ics)…</translation>
    </message>
    <message>
        <source>&amp;New round on the selected day…</source>
        <translation>&amp;Neue Runde am ausgewählten Tag…</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>15 Minuten vorher</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>30 Minuten vorher</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 Stunde vorher</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>2 Stunden vorher</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 Tag vorher</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Import invitation</source>
        <translation>Einladung importieren</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be imported into it.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet, daher kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>Calen&amp;dar</source>
        <translation>Ka&amp;lender</translation>
    </message>
    <message>
        <source>Click to open its prep sheet.</source>
        <translation>Klicken, um das Vorbereitungsblatt zu öffnen.</translation>
    </message>
    <message>
        <source>Open the prep sheet…</source>
        <translation>Vorbereitungsblatt öffnen…</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Agenda</source>
        <translation>Tages- und Wochenübersicht</translation>
    </message>
    <message>
        <source>Upcoming interviews</source>
        <translation>Demnächst anstehende Gespräche</translation>
    </message>
    <message>
        <source>No interviews coming up</source>
        <translation>Keine anstehenden Gespräche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>List the rounds of the chosen day</source>
        <translation>Die Runden des ausgewählten Tages anzeigen</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>List the rounds of the week around the chosen day</source>
        <translation>Die Runden der Woche mit dem ausgewählten Tag anzeigen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>&amp;New round on this day…</source>
        <translation>&amp;Neue Runde an diesem Tag…</translation>
    </message>
    <message>
        <source>Schedule an interview round on the chosen day</source>
        <translation>Eine Gesprächsrunde am ausgewählten Tag planen</translation>
    </message>
    <message>
        <source>&amp;Open round…</source>
        <translation>Runde ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Go to &amp;today</source>
        <translation>Zu &amp;heute springen</translation>
    </message>
    <message>
        <source>No interviews on this day</source>
        <translation>Keine Gespräche an diesem Tag</translation>
    </message>
    <message>
        <source>No interviews this week</source>
        <translation>Keine Gespräche in dieser Woche</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Last day of a week in the agenda heading (Qt date format)</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>First day of a week whose month differs from the last day&apos;s (Qt date format)</extracomment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A week in the agenda heading: &quot;23 – 29 November 2026&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>d</source>
        <comment>first day of a week in the same month</comment>
        <extracomment>First day of a week within one month (Qt date format; German: &quot;d.&quot;)</extracomment>
        <translation>d.</translation>
    </message>
    <message>
        <source>Write the debrief</source>
        <translation>Nachbesprechung schreiben</translation>
    </message>
    <message>
        <source>Round %1 at %2 has ended. Write it down while it is fresh: what they asked, your weak answers, their concerns.</source>
        <translation>Runde %1 bei %2 ist vorbei. Halten Sie sie fest, solange die Erinnerung frisch ist: was gefragt wurde, Ihre schwachen Antworten, die Bedenken der anderen Seite.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more round(s) without a debrief)</source>
        <translation>
            <numerusform>(%n weitere Runde ohne Nachbesprechung)</numerusform>
            <numerusform>(%n weitere Runden ohne Nachbesprechung)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) here</source>
        <translation>
            <numerusform>%n Tag hier</numerusform>
            <numerusform>%n Tage hier</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Keine Aktivität</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>On a card: the next round, then its checklist progress (&quot;Round 2 · Tue 14:00 · Prep 5/9&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Thank-you due</source>
        <translation>Dankeschön fällig</translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message>
        <source>Drop here</source>
        <translation>Hier ablegen</translation>
    </message>
    <message>
        <source>No applications</source>
        <translation>Keine Bewerbungen</translation>
    </message>
</context>
<context>
    <name>CascadeSnapshot</name>
    <message>
        <source>The rows that belong to it could not be read.</source>
        <translation>Die zugehörigen Einträge konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The rows that belong to it could not be put back.</source>
        <translation>Die zugehörigen Einträge konnten nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The file&apos;s structure could not be read.</source>
        <translation>Der Aufbau der Datei konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Check failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Updated to the current schema; the old file was copied to %1</source>
        <translation>Auf das aktuelle Schema aktualisiert; die alte Datei wurde nach %1 kopiert</translation>
    </message>
    <message>
        <source>Sample data not added: %1</source>
        <translation>Beispieldaten nicht hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample application(s).</source>
        <translation>
            <numerusform>%n Beispielbewerbung hinzugefügt.</numerusform>
            <numerusform>%n Beispielbewerbungen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is healthy.</source>
        <translation>Die Datei ist in Ordnung.</translation>
    </message>
    <message>
        <source>See --help for the options.</source>
        <translation>Mit --help werden die Optionen angezeigt.</translation>
    </message>
    <message>
        <source>Use either --export-ics or --import-ics, not both at once.</source>
        <translation>Verwenden Sie entweder --export-ics oder --import-ics, nicht beide zugleich.</translation>
    </message>
    <message>
        <source>--check and --sample-data cannot be combined with --export-ics or --import-ics.</source>
        <translation>--check und --sample-data lassen sich nicht mit --export-ics oder --import-ics kombinieren.</translation>
    </message>
    <message>
        <source>--application only goes with --import-ics.</source>
        <translation>--application ist nur zusammen mit --import-ics möglich.</translation>
    </message>
    <message>
        <source>--export-ics needs the name of the file to write.</source>
        <translation>--export-ics benötigt den Namen der Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>--import-ics needs the name of the file to read.</source>
        <translation>--import-ics benötigt den Namen der Datei, die gelesen werden soll.</translation>
    </message>
    <message>
        <source>--import-ics needs --application ID, the application to add the rounds to.</source>
        <translation>--import-ics benötigt --application ID, die Bewerbung, zu der die Runden hinzugefügt werden.</translation>
    </message>
    <message>
        <source>--application needs the number of an application, such as 12; “%1” is not one.</source>
        <translation>--application benötigt die Nummer einer Bewerbung, etwa 12; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n round(s) to %1</source>
        <translation>
            <numerusform>%n Runde nach %1 exportiert</numerusform>
            <numerusform>%n Runden nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Round ?: %1</source>
        <translation>Runde ?: %1</translation>
    </message>
    <message>
        <source>Round %1: %2 (%3) %4</source>
        <translation>Runde %1: %2 (%3) %4</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>--prep-sheet cannot be combined with --check, --sample-data or the calendar options.</source>
        <translation>--prep-sheet lässt sich nicht mit --check, --sample-data oder den Kalenderoptionen kombinieren.</translation>
    </message>
    <message>
        <source>--output only goes with --prep-sheet.</source>
        <translation>--output ist nur zusammen mit --prep-sheet möglich.</translation>
    </message>
    <message>
        <source>--prep-sheet needs --output FILE.pdf, the file to write.</source>
        <translation>--prep-sheet benötigt --output DATEI.pdf, die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>--prep-sheet needs the number of a round, such as 12, or “next”; “%1” is not one.</source>
        <translation>--prep-sheet benötigt die Nummer einer Runde, etwa 12, oder „next“; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>No prep sheet written: %1</source>
        <translation>Kein Vorbereitungsblatt geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the prep sheet for %1, %2, %3 (%n page(s)) to %4</source>
        <translation>
            <numerusform>Vorbereitungsblatt für %1, %2, %3 (%n Seite) nach %4 geschrieben</numerusform>
            <numerusform>Vorbereitungsblatt für %1, %2, %3 (%n Seiten) nach %4 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Use either --import-questions or --export-questions, not both at once.</source>
        <translation>Verwenden Sie entweder --import-questions oder --export-questions, nicht beide zugleich.</translation>
    </message>
    <message>
        <source>--import-questions and --export-questions cannot be combined with other jobs.</source>
        <translation>--import-questions und --export-questions lassen sich nicht mit anderen Aufgaben kombinieren.</translation>
    </message>
    <message>
        <source>--import-questions needs the name of the file to read.</source>
        <translation>--import-questions benötigt den Namen der Datei, die gelesen werden soll.</translation>
    </message>
    <message>
        <source>--export-questions needs the name of the file to write.</source>
        <translation>--export-questions benötigt den Namen der Datei, die geschrieben werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n hinzugefügt, </numerusform>
            <numerusform>%n hinzugefügt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n bereits vorhanden.</numerusform>
            <numerusform>%n bereits vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to %1</source>
        <translation>
            <numerusform>%n Frage nach %1 exportiert</numerusform>
            <numerusform>%n Fragen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>--draft-letters cannot be combined with another job.</source>
        <translation>--draft-letters lässt sich nicht mit einer anderen Aufgabe kombinieren.</translation>
    </message>
    <message>
        <source>--output-dir only goes with --draft-letters.</source>
        <translation>--output-dir ist nur zusammen mit --draft-letters möglich.</translation>
    </message>
    <message>
        <source>--draft-letters needs --output-dir FOLDER, where the letters are written.</source>
        <translation>--draft-letters benötigt --output-dir ORDNER, in den die Briefe geschrieben werden.</translation>
    </message>
    <message>
        <source>--draft-letters needs the number of an interview round, such as 12; “%1” is not one.</source>
        <translation>--draft-letters benötigt die Nummer einer Gesprächsrunde, etwa 12; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>No letters written: %1</source>
        <translation>Keine Briefe geschrieben: %1</translation>
    </message>
    <message>
        <source>Every letter of round %1 was discarded, so none was written.</source>
        <translation>Alle Briefe der Runde %1 wurden verworfen, daher wurde keiner geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s).</source>
        <translation>
            <numerusform>%n Brief geschrieben.</numerusform>
            <numerusform>%n Briefe geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema %1 is older than this version&apos;s %2; SecondRound updates it, after taking a backup, when the file is opened for use.</source>
        <translation>Schema %1 ist älter als Schema %2 dieser Version; SecondRound aktualisiert die Datei nach einer Sicherungskopie, sobald sie zur Verwendung geöffnet wird.</translation>
    </message>
    <message>
        <source>Use either --import-applications or --export-applications, not both at once.</source>
        <translation>Verwenden Sie entweder --import-applications oder --export-applications, nicht beide zugleich.</translation>
    </message>
    <message>
        <source>--map goes with --import-applications.</source>
        <translation>--map gehört zu --import-applications.</translation>
    </message>
    <message>
        <source>--import-applications and --export-applications cannot be combined with other jobs.</source>
        <translation>--import-applications und --export-applications lassen sich nicht mit anderen Aufgaben kombinieren.</translation>
    </message>
    <message>
        <source>--import-applications needs the name of the file to read.</source>
        <translation>--import-applications braucht den Namen der zu lesenden Datei.</translation>
    </message>
    <message>
        <source>--export-applications needs the name of the file to write.</source>
        <translation>--export-applications braucht den Namen der zu schreibenden Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n application(s) to %1</source>
        <translation>
            <numerusform>%n Bewerbung nach %1 exportiert</numerusform>
            <numerusform>%n Bewerbungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyPeopleModel</name>
    <message>
        <source>The company&apos;s people could not be read.</source>
        <translation>Die Personen des Unternehmens konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Was der Person wichtig ist</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>name, then job title</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: the quotation mark in column %2 must be doubled and the field put in quotes.</source>
        <translation>Zeile %1: Das Anführungszeichen in Spalte %2 muss verdoppelt und das Feld in Anführungszeichen gesetzt werden.</translation>
    </message>
    <message>
        <source>Line %1: there is text after a closing quotation mark in column %2.</source>
        <translation>Zeile %1: In Spalte %2 steht Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: a quotation mark opens a field in column %2 that is never closed.</source>
        <translation>Zeile %1: Ein Anführungszeichen öffnet in Spalte %2 ein Feld, das nie geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a SecondRound file.</source>
        <translation>„%1“ ist ein Ordner, keine SecondRound-Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check its permissions.</source>
        <translation>„%1“ kann nicht gelesen werden. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a SecondRound file: it is not an SQLite database. The file was not changed.</source>
        <translation>„%1“ ist keine SecondRound-Datei, da es sich nicht um eine SQLite-Datenbank handelt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The folder for “%1” could not be created.</source>
        <translation>Der Ordner für „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation>„%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>“%1” is already open in another SecondRound window. Close it there first, or open a different file.</source>
        <translation>„%1“ ist bereits in einem anderen SecondRound-Fenster geöffnet. Schließen Sie die Datei zuerst dort oder öffnen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” cannot be locked for writing. Check the folder&apos;s permissions.</source>
        <translation>„%1“ kann nicht für Schreibzugriffe gesperrt werden. Prüfen Sie die Zugriffsrechte des Ordners.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be used (%2). The file was not changed; open a backup copy instead.</source>
        <translation>„%1“ ist beschädigt und kann nicht verwendet werden (%2). Die Datei wurde nicht verändert; öffnen Sie stattdessen eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a SecondRound file. The file was not changed.</source>
        <translation>„%1“ ist die SQLite-Datenbank eines anderen Programms, keine SecondRound-Datei. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of SecondRound (schema %2; this version knows up to %3). Update SecondRound to open it. The file was not changed.</source>
        <translation>„%1“ wurde mit einer neueren Version von SecondRound geschrieben (Schema %2; diese Version unterstützt höchstens Schema %3). Aktualisieren Sie SecondRound, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is read-only and needs an update to this version&apos;s format. Make it writable or save a copy of it first.</source>
        <translation>„%1“ ist schreibgeschützt und muss auf das Format dieser Version aktualisiert werden. Machen Sie die Datei beschreibbar oder speichern Sie zuerst eine Kopie davon.</translation>
    </message>
    <message>
        <source>A backup of “%1” could not be made before updating it, so it was left as it is: %2</source>
        <translation>Vor der Aktualisierung konnte keine Sicherungskopie von „%1“ erstellt werden, daher wurde die Datei unverändert gelassen: %2</translation>
    </message>
    <message>
        <source>“%1” could not be prepared for use.</source>
        <translation>„%1“ konnte nicht zur Verwendung vorbereitet werden.</translation>
    </message>
    <message>
        <source>The schema version could not be read: %1</source>
        <translation>Die Schemaversion konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>The schema could not be listed.</source>
        <translation>Das Schema konnte nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>The schema is incomplete; missing: %1</source>
        <translation>Das Schema ist unvollständig; es fehlt: %1</translation>
    </message>
    <message>
        <source>Schema: %1 tables and indexes present</source>
        <translation>Schema: %1 Tabellen und Indizes vorhanden</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>Die Integritätsprüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>The integrity check found damage: %1</source>
        <translation>Die Integritätsprüfung hat Schäden gefunden: %1</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>Integrität: OK</translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s) between records were found.</source>
        <translation>
            <numerusform>Es wurde %n fehlerhafter Verweis zwischen Datensätzen gefunden.</numerusform>
            <numerusform>Es wurden %n fehlerhafte Verweise zwischen Datensätzen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>References: ok</source>
        <translation>Verweise: OK</translation>
    </message>
    <message>
        <source>Choose a different file name for the copy.</source>
        <translation>Wählen Sie einen anderen Dateinamen für die Kopie.</translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation>„%1“ konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The copy failed.</source>
        <translation>Das Kopieren ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed. Save a copy to make changes.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet, daher kann nichts geändert werden. Speichern Sie eine Kopie, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full, so nothing can be written to it. Free some space and try again; the file was not changed.</source>
        <translation>Der Datenträger mit „%1“ ist voll, daher kann nichts geschrieben werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes): it holds no SecondRound data. Nothing was written to it.</source>
        <translation>„%1“ ist leer (0 Byte) und enthält keine SecondRound-Daten. Es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>“%1” could not be read (%2). The file was not changed.</source>
        <translation>„%1“ konnte nicht gelesen werden (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted while it was open, so nothing more is saved to it. Use File &gt; Save a copy as to keep everything that is open in a new file.</source>
        <translation>„%1“ wurde verschoben oder gelöscht, während die Datei geöffnet war; es wird nichts mehr darin gespeichert. Mit Datei &gt; Kopie speichern unter sichern Sie alles Geöffnete in einer neuen Datei.</translation>
    </message>
</context>
<context>
    <name>DateReading</name>
    <message>
        <source>“%1” is not a date; write it as 2024-03-05, 05.03.2024 or 05/03/2024.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als 2024-03-05, 05.03.2024 oder 05/03/2024.</translation>
    </message>
    <message>
        <source>“%1” is not a day in the calendar.</source>
        <translation>„%1“ ist kein Tag im Kalender.</translation>
    </message>
</context>
<context>
    <name>DefaultStages</name>
    <message>
        <source>Saved</source>
        <translation>Gemerkt</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Vorauswahl</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Vorstellungsgespräche</translation>
    </message>
    <message>
        <source>Final round</source>
        <translation>Letzte Runde</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
</context>
<context>
    <name>EditApplicationCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Bewerbung bei „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message>
        <source>Import from calendar</source>
        <translation>Aus Kalender importieren</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.icalendar *.ifb);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics *.ical *.icalendar *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” was not imported; nothing was changed.

%2</source>
        <translation>„%1“ wurde nicht importiert; es wurde nichts geändert.

%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n round(s) into %1.</source>
        <translation>
            <numerusform>%n Runde für „%1“ importiert.</numerusform>
            <numerusform>%n Runden für „%1“ importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the company.</source>
        <translation>
            <numerusform>%n Person zum Unternehmen hinzugefügt.</numerusform>
            <numerusform>%n Personen zum Unternehmen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n round(s) to %1.</source>
        <translation>
            <numerusform>%n Runde nach %1 exportiert.</numerusform>
            <numerusform>%n Runden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the file with your calendar program to add them. Exporting and opening again later updates the same events instead of adding them twice.</source>
        <translation>Öffnen Sie die Datei mit Ihrem Kalenderprogramm, um die Termine hinzuzufügen. Wenn Sie später erneut exportieren und die Datei öffnen, werden dieselben Termine aktualisiert statt doppelt angelegt.</translation>
    </message>
</context>
<context>
    <name>IcsImportDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No valid time</source>
        <translation>Keine gültige Uhrzeit</translation>
    </message>
    <message>
        <source>%1, whole day</source>
        <translation>%1, ganztägig</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Import interview rounds</source>
        <translation>Gesprächsrunden importieren</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>S&amp;telle:</translation>
    </message>
    <message>
        <source>Add the organizer and attendees as &amp;people</source>
        <translation>Einladende und Teilnehmende als &amp;Personen hinzufügen</translation>
    </message>
    <message>
        <source>People already known at the company (same email address) are reused, not added twice.</source>
        <translation>Personen, die beim Unternehmen bereits bekannt sind (gleiche E-Mail-Adresse), werden wiederverwendet und nicht doppelt angelegt.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Bewerbung:</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>Neue Bewerbung…</translation>
    </message>
    <message>
        <source>Events in “%1”:</source>
        <translation>Termine in „%1“:</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Meeting link: %1</source>
        <translation>Besprechungslink: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Check at least one event to import.</source>
        <translation>Setzen Sie bei mindestens einem Termin ein Häkchen, um ihn zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be added</source>
        <translation>
            <numerusform>%n Person wird hinzugefügt</numerusform>
            <numerusform>%n Personen werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n already known at the company.</source>
        <translation>
            <numerusform>%1; %n ist beim Unternehmen bereits bekannt.</numerusform>
            <numerusform>%1; %n sind beim Unternehmen bereits bekannt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid calendar line, because it has no colon.</source>
        <translation>Zeile %1: „%2“ ist keine gültige Kalenderzeile, da sie keinen Doppelpunkt enthält.</translation>
    </message>
    <message>
        <source>Line %1: the line &quot;%2&quot; does not start with a property name.</source>
        <translation>Zeile %1: Die Zeile „%2“ beginnt nicht mit einem Eigenschaftsnamen.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; does not start with a valid property name.</source>
        <translation>Zeile %1: „%2“ beginnt nicht mit einem gültigen Eigenschaftsnamen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted value in &quot;%2&quot; is never closed.</source>
        <translation>Zeile %1: In „%2“ fehlt bei einem Wert das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: the parameters in &quot;%2&quot; are malformed.</source>
        <translation>Zeile %1: Die Parameter in „%2“ sind fehlerhaft.</translation>
    </message>
    <message>
        <source>Line %1: the file contains binary data where calendar text was expected.</source>
        <translation>Zeile %1: Die Datei enthält Binärdaten, wo Kalendertext erwartet wurde.</translation>
    </message>
    <message>
        <source>Line %1: there is text after the end of the calendar (END:VCALENDAR).</source>
        <translation>Zeile %1: Nach dem Ende des Kalenders (END:VCALENDAR) folgt noch Text.</translation>
    </message>
    <message>
        <source>Line %1: %2 must be followed by the name of a section, as in BEGIN:VEVENT.</source>
        <translation>Zeile %1: Auf %2 muss der Name eines Abschnitts folgen, wie in BEGIN:VEVENT.</translation>
    </message>
    <message>
        <source>Line %1: BEGIN:%2 appears after the end of the calendar (END:VCALENDAR).</source>
        <translation>Zeile %1: BEGIN:%2 steht nach dem Ende des Kalenders (END:VCALENDAR).</translation>
    </message>
    <message>
        <source>Line %1: END:%2 has no matching BEGIN:%2.</source>
        <translation>Zeile %1: Zu END:%2 gibt es kein passendes BEGIN:%2.</translation>
    </message>
    <message>
        <source>Line %1: END:%2 does not match BEGIN:%3 on line %4; END:%3 was expected.</source>
        <translation>Zeile %1: END:%2 passt nicht zu BEGIN:%3 in Zeile %4; erwartet wurde END:%3.</translation>
    </message>
    <message>
        <source>Line %1: the file ends without END:%2 for the BEGIN:%2 on line %3. The file is probably incomplete.</source>
        <translation>Zeile %1: Die Datei endet ohne END:%2 zum BEGIN:%2 in Zeile %3. Die Datei ist wahrscheinlich unvollständig.</translation>
    </message>
    <message>
        <source>Line %1: the start date &quot;%2&quot; is not in the iCalendar date format (for example 20260310T140000).</source>
        <translation>Zeile %1: Das Startdatum „%2“ entspricht nicht dem iCalendar-Datumsformat (zum Beispiel 20260310T140000).</translation>
    </message>
    <message>
        <source>Line %1: the end date &quot;%2&quot; is not in the iCalendar date format (for example 20260310T140000).</source>
        <translation>Zeile %1: Das Enddatum „%2“ entspricht nicht dem iCalendar-Datumsformat (zum Beispiel 20260310T140000).</translation>
    </message>
    <message>
        <source>Line %1: the date &quot;%2&quot; in %3 is not in the iCalendar date format (for example 20260310T140000).</source>
        <translation>Zeile %1: Das Datum „%2“ in %3 entspricht nicht dem iCalendar-Datumsformat (zum Beispiel 20260310T140000).</translation>
    </message>
    <message>
        <source>Line %1: the start date &quot;%2&quot; is not a real date.</source>
        <translation>Zeile %1: Das Startdatum „%2“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Line %1: the end date &quot;%2&quot; is not a real date.</source>
        <translation>Zeile %1: Das Enddatum „%2“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Line %1: the date &quot;%2&quot; in %3 is not a real date.</source>
        <translation>Zeile %1: Das Datum „%2“ in %3 ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Line %1: the start time &quot;%2&quot; is not a real time of day.</source>
        <translation>Zeile %1: Die Startzeit „%2“ ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>Line %1: the end time &quot;%2&quot; is not a real time of day.</source>
        <translation>Zeile %1: Die Endzeit „%2“ ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>Line %1: the time &quot;%2&quot; in %3 is not a real time of day.</source>
        <translation>Zeile %1: Die Uhrzeit „%2“ in %3 ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>Line %1: the time zone &quot;%2&quot; is unknown, and the file does not describe it.</source>
        <translation>Zeile %1: Die Zeitzone „%2“ ist unbekannt und wird in der Datei nicht beschrieben.</translation>
    </message>
    <message>
        <source>Line %1: the reminder time &quot;%2&quot; is not valid; reminders look like -PT15M or -P1D.</source>
        <translation>Zeile %1: Die Erinnerungszeit „%2“ ist ungültig. Gültig sind Angaben wie -PT15M oder -P1D.</translation>
    </message>
    <message>
        <source>Line %1: the end &quot;%2&quot; and the start &quot;%3&quot; must either both be whole days or both have a time of day.</source>
        <translation>Zeile %1: Das Ende „%2“ und der Beginn „%3“ müssen entweder beide ganze Tage sein oder beide eine Uhrzeit haben.</translation>
    </message>
    <message>
        <source>Line %1: the event ends (%2) before it starts (%3).</source>
        <translation>Zeile %1: Der Termin endet (%2), bevor er beginnt (%3).</translation>
    </message>
    <message>
        <source>Line %1: the duration &quot;%2&quot; is not valid; durations look like PT1H30M or P1D.</source>
        <translation>Zeile %1: Die Dauer „%2“ ist ungültig. Gültig sind Angaben wie PT1H30M oder P1D.</translation>
    </message>
    <message>
        <source>Line %1: the duration &quot;%2&quot; is negative, so the event would end before it starts.</source>
        <translation>Zeile %1: Die Dauer „%2“ ist negativ; der Termin würde also enden, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Line %1: the duration &quot;%2&quot; is too long.</source>
        <translation>Zeile %1: Die Dauer „%2“ ist zu lang.</translation>
    </message>
    <message>
        <source>Line %1: the event that begins here has no start time (DTSTART).</source>
        <translation>Zeile %1: Der hier beginnende Termin hat keine Startzeit (DTSTART).</translation>
    </message>
    <message>
        <source>The file is %1, but calendar files larger than %2 are not imported.</source>
        <translation>Die Datei ist %1 groß; Kalenderdateien über %2 werden nicht importiert.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Line %1: this is not an iCalendar file, because it does not start with BEGIN:VCALENDAR.</source>
        <translation>Zeile %1: Dies ist keine iCalendar-Datei, da sie nicht mit BEGIN:VCALENDAR beginnt.</translation>
    </message>
    <message>
        <source>Line %1: the calendar contains no events to import.</source>
        <translation>Zeile %1: Der Kalender enthält keine Termine, die importiert werden können.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Die Datei „%1“ ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a calendar file.</source>
        <translation>„%1“ ist ein Ordner, keine Kalenderdatei.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened: %2</source>
        <translation>Die Datei „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2</source>
        <translation>Die Datei „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1: BEGIN:%2 nests sections more than %3 deep; real invitations never do, so the file is refused.</source>
        <translation>Zeile %1: BEGIN:%2 verschachtelt Abschnitte tiefer als %3 Ebenen; echte Einladungen tun das nie, daher wird die Datei abgelehnt.</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
</context>
<context>
    <name>ImportApplicationsCommand</name>
    <message numerus="yes">
        <source>Import %n application(s)</source>
        <translation>
            <numerusform>%n Bewerbung importieren</numerusform>
            <numerusform>%n Bewerbungen importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportApplicationsDialog</name>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Bewerbungen importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s), separated by %2, read as %3.</source>
        <translation>
            <numerusform>%1 — %n Zeile, getrennt durch %2, gelesen als %3.</numerusform>
            <numerusform>%1 — %n Zeilen, getrennt durch %2, gelesen als %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what each column holds. Columns set to “(ignore)” are left out.</source>
        <translation>Wählen Sie, was jede Spalte enthält. Spalten mit „(ignorieren)“ werden ausgelassen.</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Tag zuerst (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Monat zuerst (12/31/2024)</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2024:</source>
        <translation>Daten wie 03/04/2024:</translation>
    </message>
    <message>
        <source>Stage for rows without one:</source>
        <translation>Phase für Zeilen ohne Phase:</translation>
    </message>
    <message>
        <source>Stage values that are not stages</source>
        <translation>Phasenwerte, die keine Phasen sind</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Choose a stage…</source>
        <translation>Phase wählen…</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Choose a stage for each of the values listed above.</source>
        <translation>Wählen Sie für jeden der oben aufgeführten Werte eine Phase.</translation>
    </message>
    <message>
        <source>Nothing can be imported yet. %1</source>
        <translation>Noch kann nichts importiert werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) will be added.</source>
        <translation>
            <numerusform>%n Bewerbung wird hinzugefügt.</numerusform>
            <numerusform>%n Bewerbungen werden hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there (same company and role) will be skipped.</source>
        <translation>
            <numerusform>%n bereits vorhandene (gleiches Unternehmen und gleiche Stelle) wird übersprungen.</numerusform>
            <numerusform>%n bereits vorhandene (gleiches Unternehmen und gleiche Stelle) werden übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRoundsCommand</name>
    <message numerus="yes">
        <source>Import %n round(s) from a calendar</source>
        <translation>
            <numerusform>%n Runde aus einem Kalender importieren</numerusform>
            <numerusform>%n Runden aus einem Kalender importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationOpener</name>
    <message>
        <source>“%1” was not imported because no SecondRound file is open. Open one, then use File &gt; Import invitation (.ics)…</source>
        <translation>„%1“ wurde nicht importiert, weil keine SecondRound-Datei geöffnet ist. Öffnen Sie eine und verwenden Sie dann Datei &gt; Einladung importieren (.ics)…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The new language is used the next time SecondRound starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von SecondRound.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LetterDocument</name>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
</context>
<context>
    <name>LetterDue</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Select a letter on the left.</source>
        <translation>Wählen Sie links einen Brief aus.</translation>
    </message>
    <message>
        <source>Nobody (the person was deleted)</source>
        <translation>Niemand (die Person wurde gelöscht)</translation>
    </message>
    <message>
        <source>%1 (no email address)</source>
        <translation>%1 (keine E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>The letter still has gaps to fill: %1 (F3 selects the next one).</source>
        <translation>Der Brief hat noch Lücken: %1 (F3 wählt die nächste aus).</translation>
    </message>
    <message>
        <source>Another letter of this round has the same text. Write something personal to each person.</source>
        <translation>Ein anderer Brief dieser Runde hat denselben Text. Schreiben Sie jeder Person etwas Persönliches.</translation>
    </message>
    <message>
        <source>There is no email address for %1; the mail program will ask for one.</source>
        <translation>Für %1 gibt es keine E-Mail-Adresse; das E-Mail-Programm wird danach fragen.</translation>
    </message>
    <message>
        <source>Add add&amp;ress…</source>
        <translation>Adresse hin&amp;zufügen…</translation>
    </message>
</context>
<context>
    <name>LetterFiles</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation>Der Ordner „%1“ ist nicht vorhanden. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to.</source>
        <translation>In den Ordner „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>There is no interview round %1.</source>
        <translation>Es gibt keine Gesprächsrunde %1.</translation>
    </message>
    <message>
        <source>Nobody is listed for round %1 (%2). Add the people you met, then write the letters.</source>
        <translation>Für Runde %1 (%2) ist niemand eingetragen. Fügen Sie die Personen hinzu, die Sie getroffen haben, und schreiben Sie dann die Briefe.</translation>
    </message>
</context>
<context>
    <name>LetterListModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Replied %1</source>
        <translation>Beantwortet %1</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation>%1, Runde %2</translation>
    </message>
    <message>
        <source>after the round</source>
        <translation>nach der Runde</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>LetterPrepSheet</name>
    <message>
        <source>Thank-you letter to %1, due %2</source>
        <translation>Dankschreiben an %1, fällig am %2</translation>
    </message>
    <message>
        <source>Not written yet: the Letters tab proposes one when the round ends.</source>
        <translation>Noch nicht geschrieben: Der Reiter „Briefe“ schlägt einen vor, wenn die Runde endet.</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Letter discarded.</source>
        <translation>Brief verworfen.</translation>
    </message>
    <message>
        <source>Draft ready in the Letters tab.</source>
        <translation>Entwurf liegt im Reiter „Briefe“ bereit.</translation>
    </message>
    <message>
        <source>A thank-you letter to each person you meet, due %1</source>
        <translation>Ein Dankschreiben an jede Person, die Sie treffen, fällig am %1</translation>
    </message>
    <message>
        <source>Nobody is listed for this round yet: note who attends.</source>
        <translation>Für diese Runde ist noch niemand eingetragen: Notieren Sie, wer teilnimmt.</translation>
    </message>
</context>
<context>
    <name>LetterStore</name>
    <message>
        <source>This file is open read-only, so nothing can be changed. Save a copy to make changes.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet, daher kann nichts geändert werden. Speichern Sie eine Kopie, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>The letter templates could not be read.</source>
        <translation>Die Briefvorlagen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; the name and the subject are one line each.</source>
        <translation>Entfernen Sie die Zeilenumbrüche und unsichtbaren Steuerzeichen; Name und Betreff bestehen aus jeweils einer Zeile.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Der Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation>Wählen Sie die Sprache der Vorlage.</translation>
    </message>
    <message>
        <source>The subject is too long (at most 1,000 characters).</source>
        <translation>Der Betreff ist zu lang (höchstens 1.000 Zeichen).</translation>
    </message>
    <message>
        <source>The text is too long (at most 100,000 characters).</source>
        <translation>Der Text ist zu lang (höchstens 100.000 Zeichen).</translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation>Die Vorlage konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation>Die Vorlage ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The template could not be deleted.</source>
        <translation>Die Vorlage konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The template could not be put back.</source>
        <translation>Die Vorlage konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The letters could not be read.</source>
        <translation>Die Briefe konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The letter no longer exists.</source>
        <translation>Der Brief ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; the subject is one line.</source>
        <translation>Entfernen Sie die Zeilenumbrüche und unsichtbaren Steuerzeichen; der Betreff besteht aus nur einer Zeile.</translation>
    </message>
    <message>
        <source>The letter is too long (at most 1,000,000 characters).</source>
        <translation>Der Brief ist zu lang (höchstens 1.000.000 Zeichen).</translation>
    </message>
    <message>
        <source>The letter could not be saved.</source>
        <translation>Der Brief konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The rounds could not be read.</source>
        <translation>Die Runden konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The letters could not be put back.</source>
        <translation>Die Briefe konnten nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The letters could not be removed.</source>
        <translation>Die Briefe konnten nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Your name could not be read.</source>
        <translation>Ihr Name konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; your name is one line.</source>
        <translation>Entfernen Sie die Zeilenumbrüche und unsichtbaren Steuerzeichen; Ihr Name besteht aus nur einer Zeile.</translation>
    </message>
    <message>
        <source>Your name could not be saved.</source>
        <translation>Ihr Name konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>&amp;Letters (%1)</source>
        <translation>B&amp;riefe (%1)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>B&amp;riefe</translation>
    </message>
    <message>
        <source>Le&amp;tter</source>
        <translation>Brie&amp;f</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>&amp;Who was there?…</source>
        <translation>&amp;Wer war dabei?…</translation>
    </message>
    <message>
        <source>&amp;Accept draft</source>
        <translation>Entwurf &amp;annehmen</translation>
    </message>
    <message>
        <source>&amp;Discard letter</source>
        <translation>Brief ve&amp;rwerfen</translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation>Im E-Mail-Programm ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Als .&amp;eml speichern…</translation>
    </message>
    <message>
        <source>&amp;Copy letter text</source>
        <translation>Brieftext &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Print letter…</source>
        <translation>Brief &amp;drucken…</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Als &amp;gesendet markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;replied</source>
        <translation>Als &amp;beantwortet markieren</translation>
    </message>
    <message>
        <source>&amp;Back to draft</source>
        <translation>&amp;Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Next &amp;gap</source>
        <translation>Nächste &amp;Lücke</translation>
    </message>
    <message>
        <source>Write &amp;follow-up</source>
        <translation>&amp;Nachfassbrief schreiben</translation>
    </message>
    <message>
        <source>Your name, as letters are signed</source>
        <translation>Ihr Name, wie er unter Briefen steht</translation>
    </message>
    <message>
        <source>Sign &amp;as:</source>
        <translation>&amp;Unterschreiben als:</translation>
    </message>
    <message>
        <source>No gaps left in this letter.</source>
        <translation>In diesem Brief gibt es keine Lücken mehr.</translation>
    </message>
    <message>
        <source>Write follow-up</source>
        <translation>Nachfassbrief schreiben</translation>
    </message>
    <message>
        <source>Round %1 at %2 has ended, but nobody is listed for it. Who was there?</source>
        <translation>Runde %1 bei %2 ist vorbei, aber niemand ist dafür eingetragen. Wer war dabei?</translation>
    </message>
    <message numerus="yes">
        <source>(%n more round(s) like it)</source>
        <translation>
            <numerusform>(%n weitere Runde ebenso)</numerusform>
            <numerusform>(%n weitere Runden ebenso)</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 at %2 ended two hours ago and no thank-you letter is drafted yet. Letters are best sent within a day.</source>
        <translation>Runde %1 bei %2 ist vor zwei Stunden zu Ende gegangen, und es gibt noch keinen Entwurf für ein Dankschreiben. Briefe werden am besten innerhalb eines Tages gesendet.</translation>
    </message>
    <message>
        <source>Write letters</source>
        <translation>Briefe schreiben</translation>
    </message>
    <message>
        <source>Edit letter</source>
        <translation>Brief bearbeiten</translation>
    </message>
    <message>
        <source>Accept draft</source>
        <translation>Entwurf annehmen</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Mark letter as sent</source>
        <translation>Brief als gesendet markieren</translation>
    </message>
    <message>
        <source>Mark letter as replied</source>
        <translation>Brief als beantwortet markieren</translation>
    </message>
    <message>
        <source>Discard letter</source>
        <translation>Brief verwerfen</translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation>Als gesendet markiert.</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Mark it as sent anyway?</source>
        <translation>Trotzdem als gesendet markieren?</translation>
    </message>
    <message>
        <source>Was it sent?</source>
        <translation>Wurde er gesendet?</translation>
    </message>
    <message>
        <source>Did you send the letter to %1?</source>
        <translation>Haben Sie den Brief an %1 gesendet?</translation>
    </message>
    <message>
        <source>Letter too long for a mail link</source>
        <translation>Brief zu lang für einen Mail-Link</translation>
    </message>
    <message>
        <source>This letter makes a mail link of %L1 characters, and mail programs cut links longer than about %L2. Save it as an .eml file instead and open that file: it opens as a new message in the mail program.</source>
        <translation>Dieser Brief ergibt einen Mail-Link mit %L1 Zeichen, und E-Mail-Programme kürzen Links, die länger als etwa %L2 Zeichen sind. Speichern Sie ihn stattdessen als .eml-Datei und öffnen Sie diese: Sie wird im E-Mail-Programm als neue Nachricht geöffnet.</translation>
    </message>
    <message>
        <source>No mail program could be opened. Save the letter as an .eml file or copy its text instead.</source>
        <translation>Es konnte kein E-Mail-Programm geöffnet werden. Speichern Sie den Brief stattdessen als .eml-Datei oder kopieren Sie seinen Text.</translation>
    </message>
    <message>
        <source>Save letter as .eml</source>
        <translation>Brief als .eml speichern</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>E-Mail-Nachrichten (*.eml)</translation>
    </message>
    <message>
        <source>Saved %1. Open it to send it from your mail program.</source>
        <translation>%1 gespeichert. Öffnen Sie die Datei, um sie aus Ihrem E-Mail-Programm zu senden.</translation>
    </message>
    <message>
        <source>The letter&apos;s text is on the clipboard. Subject: %1</source>
        <translation>Der Text des Briefs ist in der Zwischenablage. Betreff: %1</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Brief drucken</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Brief als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Email address of %1:</source>
        <translation>E-Mail-Adresse von %1:</translation>
    </message>
    <message>
        <source>Who was there?</source>
        <translation>Wer war dabei?</translation>
    </message>
    <message>
        <source>Name of a person you met in round %1 at %2 (add the others from the round&apos;s form):</source>
        <translation>Name einer Person, die Sie in Runde %1 bei %2 getroffen haben (weitere fügen Sie im Formular der Runde hinzu):</translation>
    </message>
    <message>
        <source>Add %1 and a letter</source>
        <translation>%1 und einen Brief hinzufügen</translation>
    </message>
    <message>
        <source>New letters are signed “%1”.</source>
        <translation>Neue Briefe werden mit „%1“ unterschrieben.</translation>
    </message>
    <message>
        <source>F&amp;ill in from the debrief</source>
        <translation>Aus der Nac&amp;hbesprechung übernehmen</translation>
    </message>
    <message>
        <source>Letter te&amp;mplates…</source>
        <translation>Brief&amp;vorlagen…</translation>
    </message>
    <message>
        <source>Did you send the letter “%1”?</source>
        <translation>Haben Sie den Brief „%1“ gesendet?</translation>
    </message>
    <message>
        <source>Did you send this letter?</source>
        <translation>Haben Sie diesen Brief gesendet?</translation>
    </message>
    <message>
        <source>The debrief does not say yet what you talked about with this person.</source>
        <translation>Die Nachbesprechung sagt noch nicht, worüber Sie mit dieser Person gesprochen haben.</translation>
    </message>
    <message>
        <source>Nothing left to fill in.</source>
        <translation>Nichts mehr auszufüllen.</translation>
    </message>
    <message>
        <source>Fill in from the debrief</source>
        <translation>Aus der Nachbesprechung übernehmen</translation>
    </message>
    <message>
        <source>Save &amp;letter as PDF…</source>
        <translation>Brief als &amp;PDF speichern…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SecondRound files (*.sqlite *.db);;All files (*)</source>
        <translation>SecondRound-Dateien (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This file is read-only. You can look at everything, but changes cannot be saved. Use File &gt; Save a copy as to make an editable copy.</source>
        <translation>Diese Datei ist schreibgeschützt. Sie können sich alles ansehen, aber keine Änderungen speichern. Mit Datei &gt; Kopie speichern unter erstellen Sie eine bearbeitbare Kopie.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;Neue Datei…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SecondRound</source>
        <translation>&amp;Über SecondRound</translation>
    </message>
    <message>
        <source>“%1” no longer exists and was taken off the list.</source>
        <translation>„%1“ ist nicht mehr vorhanden und wurde aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>The file was updated to this version; a copy of the old one is at %1</source>
        <translation>Die Datei wurde auf diese Version aktualisiert; eine Kopie der alten Datei liegt unter %1</translation>
    </message>
    <message>
        <source>Welcome to SecondRound</source>
        <translation>Willkommen bei SecondRound</translation>
    </message>
    <message>
        <source>Your board is empty. Would you like some invented sample applications to look around with? You can delete or archive them at any time, or start a clean file with File &gt; New file.</source>
        <translation>Ihr Board ist leer. Möchten Sie zum Ausprobieren einige erfundene Beispielbewerbungen hinzufügen? Sie können sie jederzeit löschen oder archivieren oder mit Datei &gt; Neue Datei eine leere Datei beginnen.</translation>
    </message>
    <message>
        <source>Add sample data</source>
        <translation>Beispieldaten hinzufügen</translation>
    </message>
    <message>
        <source>SecondRound</source>
        <translation>SecondRound</translation>
    </message>
    <message>
        <source>%1 (read-only) — SecondRound</source>
        <translation>%1 (schreibgeschützt) – SecondRound</translation>
    </message>
    <message>
        <source>%1 — SecondRound</source>
        <translation>%1 – SecondRound</translation>
    </message>
    <message>
        <source>New SecondRound file</source>
        <translation>Neue SecondRound-Datei</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or use File &gt; Open to open it.</source>
        <translation>„%1“ ist bereits vorhanden. Wählen Sie einen neuen Namen oder öffnen Sie die Datei mit Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>Open SecondRound file</source>
        <translation>SecondRound-Datei öffnen</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>A copy was saved to %1</source>
        <translation>Eine Kopie wurde unter %1 gespeichert</translation>
    </message>
    <message>
        <source>About SecondRound</source>
        <translation>Über SecondRound</translation>
    </message>
    <message>
        <source>SecondRound %1

Organises your job search and prepares you for every interview round. Everything stays on this computer, in one file.</source>
        <translation>SecondRound %1

Organisiert Ihre Jobsuche und bereitet Sie auf jede Gesprächsrunde vor. Alles bleibt auf diesem Computer, in einer einzigen Datei.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema step %1 could not be read.</source>
        <translation>Der Schemaschritt %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The schema steps are not numbered 1, 2, 3…: %1 is out of order.</source>
        <translation>Die Schemaschritte sind nicht fortlaufend mit 1, 2, 3 … nummeriert: %1 steht an der falschen Stelle.</translation>
    </message>
    <message>
        <source>No schema steps were found.</source>
        <translation>Es wurden keine Schemaschritte gefunden.</translation>
    </message>
    <message>
        <source>Updating the file to schema version %1 (%2) failed.</source>
        <translation>Die Aktualisierung der Datei auf Schemaversion %1 (%2) ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>MonthDayDelegate</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>That month cannot be shown.</source>
        <translation>Dieser Monat kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1, no interviews</source>
        <translation>%1, keine Gespräche</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n interview(s)</source>
        <translation>
            <numerusform>%1, %n Gespräch</numerusform>
            <numerusform>%1, %n Gespräche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthSummary</name>
    <message>
        <source>That month cannot be shown.</source>
        <translation>Dieser Monat kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Vorheriger Monat (Bild auf)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>Zu heute springen (Pos1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Month page title: month name, then year</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed. Use File &gt; Save a copy as to make an editable copy.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet, daher kann nichts geändert werden. Mit Datei &gt; Kopie speichern unter erstellen Sie eine bearbeitbare Kopie.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3 because the clocks change that night. Open the round to choose another time.</source>
        <translation>Die Uhrzeit %1 gibt es am %2 in der Zeitzone %3 nicht, weil in dieser Nacht die Uhren umgestellt werden. Öffnen Sie die Runde, um eine andere Uhrzeit zu wählen.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>NotesChecklist</name>
    <message>
        <source>Ask who will attend</source>
        <translation>Fragen Sie, wer teilnimmt</translation>
    </message>
    <message>
        <source>Review the notes from earlier rounds</source>
        <translation>Gehen Sie die Notizen aus früheren Runden durch</translation>
    </message>
    <message>
        <source>Test the video link or the route, and plan to be there ten minutes early</source>
        <translation>Testen Sie den Videolink oder den Weg und planen Sie, zehn Minuten früher da zu sein</translation>
    </message>
    <message>
        <source>Copies of your CV and supporting material</source>
        <translation>Kopien Ihres Lebenslaufs und weiterer Unterlagen</translation>
    </message>
    <message>
        <source>References list ready</source>
        <translation>Referenzliste bereit</translation>
    </message>
    <message>
        <source>Clothes chosen to match their culture</source>
        <translation>Kleidung passend zur Unternehmenskultur gewählt</translation>
    </message>
    <message>
        <source>Read the company&apos;s recent news</source>
        <translation>Lesen Sie aktuelle Nachrichten über das Unternehmen</translation>
    </message>
    <message>
        <source>Three or four questions ready to ask them</source>
        <translation>Drei oder vier eigene Fragen vorbereitet</translation>
    </message>
    <message>
        <source>Salary target and walk-away figure decided</source>
        <translation>Wunschgehalt und Untergrenze festgelegt</translation>
    </message>
    <message>
        <source>Prep %1/%2</source>
        <translation>Vorbereitung %1/%2</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Write it down while it is fresh: what they asked, which answers were weak, their concerns, and what happens next.</source>
        <translation>Schreiben Sie es auf, solange die Erinnerung frisch ist: was gefragt wurde, welche Antworten schwach waren, welche Bedenken es gab und wie es weitergeht.</translation>
    </message>
    <message>
        <source>Choose a round on the left to see its notes.</source>
        <translation>Wählen Sie links eine Runde, um ihre Notizen zu sehen.</translation>
    </message>
    <message>
        <source>Why they called me back</source>
        <translation>Warum ich wieder eingeladen wurde</translation>
    </message>
    <message>
        <source>Left open by earlier rounds</source>
        <translation>Offen aus früheren Runden</translation>
    </message>
    <message>
        <source>Left open by earlier rounds; tick what you dealt with</source>
        <translation>Offen aus früheren Runden; haken Sie ab, was Sie geklärt haben</translation>
    </message>
    <message>
        <source>What I want them to remember</source>
        <translation>Was sie sich von mir merken sollen</translation>
    </message>
    <message>
        <source>&amp;Selling points:</source>
        <translation>&amp;Stärken:</translation>
    </message>
    <message>
        <source>&amp;Requirements and my evidence:</source>
        <translation>Anf&amp;orderungen und meine Nachweise:</translation>
    </message>
    <message>
        <source>Company research</source>
        <translation>Recherche zum Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission:</translation>
    </message>
    <message>
        <source>C&amp;ompetitors:</source>
        <translation>&amp;Konkurrenz:</translation>
    </message>
    <message>
        <source>Questions to ask them</source>
        <translation>Eigene Fragen</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Eine Frage pro Zeile</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Organisatorisches</translation>
    </message>
    <message>
        <source>Arrival time, contact phone, what to bring</source>
        <translation>Ankunftszeit, Telefonnummer für Rückfragen, was mitzubringen ist</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Wunschg&amp;ehalt:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>&amp;Questions they asked:</source>
        <translation>&amp;Fragen, die gestellt wurden:</translation>
    </message>
    <message>
        <source>&amp;Weak answers, and what I would say instead:</source>
        <translation>&amp;Schwache Antworten und was ich stattdessen sagen würde:</translation>
    </message>
    <message>
        <source>Their &amp;concerns or hesitations:</source>
        <translation>Bedenken oder &amp;Vorbehalte:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>1: it went badly</source>
        <translation>1: lief schlecht</translation>
    </message>
    <message>
        <source>2: not great</source>
        <translation>2: nicht so gut</translation>
    </message>
    <message>
        <source>3: hard to say</source>
        <translation>3: schwer zu sagen</translation>
    </message>
    <message>
        <source>4: good</source>
        <translation>4: gut</translation>
    </message>
    <message>
        <source>5: it went very well</source>
        <translation>5: lief sehr gut</translation>
    </message>
    <message>
        <source>&amp;Gut feeling:</source>
        <translation>Bauchg&amp;efühl:</translation>
    </message>
    <message>
        <source>%1: %2, round %3</source>
        <translation>%1: %2, Runde %3</translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <source>Kept for %1 and shared by all its rounds.</source>
        <translation>Gespeichert für %1 und für alle Runden gemeinsam.</translation>
    </message>
    <message>
        <source>Round %1, %2: %3</source>
        <translation>Runde %1, %2: %3</translation>
    </message>
    <message>
        <source>Nothing yet: the debriefs of earlier rounds of this application appear here.</source>
        <translation>Noch nichts: Hier erscheinen die Nachbesprechungen früherer Runden dieser Bewerbung.</translation>
    </message>
    <message>
        <source>%1 of at least three: ask about the team, the work and its challenges, and at the end about the next steps.</source>
        <translation>%1 von mindestens drei: Fragen Sie nach dem Team, der Arbeit und ihren Herausforderungen und zum Schluss nach den nächsten Schritten.</translation>
    </message>
    <message>
        <source>Pl&amp;an</source>
        <translation>Vorbereit&amp;ung</translation>
    </message>
    <message>
        <source>De&amp;brief</source>
        <translation>Nachbespre&amp;chung</translation>
    </message>
    <message>
        <source>Produ&amp;cts:</source>
        <translation>Produk&amp;te:</translation>
    </message>
    <message>
        <source>Recent ne&amp;ws:</source>
        <translation>Neu&amp;igkeiten:</translation>
    </message>
    <message>
        <source>Wal&amp;k-away:</source>
        <translation>Untergren&amp;ze:</translation>
    </message>
    <message>
        <source>Cl&amp;ues (team, projects, culture, what they stressed):</source>
        <translation>Hin&amp;weise (Team, Projekte, Kultur, was betont wurde):</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps and timing they mentioned:</source>
        <translation>Genannte nächste Schritte und &amp;Zeitplan:</translation>
    </message>
    <message>
        <source>F&amp;ollow up on</source>
        <translation>Nachfassen a&amp;m</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Search all notes and job descriptions</source>
        <translation>Alle Notizen und Stellenbeschreibungen durchsuchen</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>%1: %2, round notes</source>
        <translation>%1: %2, Notizen zur Runde</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2, job description and notes</source>
        <translation>%1: %2, Stellenbeschreibung und Notizen</translation>
    </message>
    <message>
        <source>%1, company research</source>
        <translation>%1, Recherche zum Unternehmen</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
</context>
<context>
    <name>NotesRoundList</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Round %1, %2</source>
        <translation>Runde %1, %2</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · Write it down while it is fresh</source>
        <translation>%1 · Aufschreiben, solange die Erinnerung frisch ist</translation>
    </message>
</context>
<context>
    <name>NotesRules</name>
    <message>
        <source>Weak answer</source>
        <translation>Schwache Antwort</translation>
    </message>
    <message>
        <source>Their concern</source>
        <translation>Bedenken</translation>
    </message>
    <message>
        <source>Clue</source>
        <translation>Anhaltspunkt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
</context>
<context>
    <name>NotesSampleData</name>
    <message>
        <source>Cut the release cycle from six weeks to one at my last job</source>
        <translation>Bei meinem letzten Job den Release-Zyklus von sechs Wochen auf eine verkürzt</translation>
    </message>
    <message>
        <source>Led a team of four through a rewrite without a missed deadline</source>
        <translation>Ein Team von vier Personen durch eine Neuentwicklung geführt, ohne eine Frist zu verpassen</translation>
    </message>
    <message>
        <source>Speak the customer&apos;s language: two years in support before engineering</source>
        <translation>Ich spreche die Sprache der Kunden: zwei Jahre im Support, bevor ich in die Entwicklung ging</translation>
    </message>
    <message>
        <source>Mentored three juniors who are now seniors</source>
        <translation>Drei Junior-Kollegen betreut, die heute Senior sind</translation>
    </message>
    <message>
        <source>Comfortable owning a problem end to end, from the first call to the fix</source>
        <translation>Übernimmt gern ein Problem von Anfang bis Ende, vom ersten Anruf bis zur Lösung</translation>
    </message>
    <message>
        <source>Five years of backend work: payments service, 2019 to now</source>
        <translation>Fünf Jahre Backend-Entwicklung: Zahlungsdienst, seit 2019</translation>
    </message>
    <message>
        <source>Leading without authority: the cross-team migration last spring</source>
        <translation>Führen ohne Weisungsbefugnis: die teamübergreifende Migration im letzten Frühjahr</translation>
    </message>
    <message>
        <source>SQL at scale: tuned the reporting database, queries 40 times faster</source>
        <translation>SQL im großen Maßstab: Berichtsdatenbank optimiert, Abfragen 40-mal schneller</translation>
    </message>
    <message>
        <source>Clear writing: wrote the onboarding guide new hires still use</source>
        <translation>Klar im Schriftlichen: habe den Einarbeitungsleitfaden geschrieben, den neue Mitarbeitende noch heute nutzen</translation>
    </message>
    <message>
        <source>What would a great first three months look like in this role?</source>
        <translation>Wie sähen hervorragende erste drei Monate in dieser Stelle aus?</translation>
    </message>
    <message>
        <source>How does the team decide what to work on next?</source>
        <translation>Wie entscheidet das Team, woran es als Nächstes arbeitet?</translation>
    </message>
    <message>
        <source>What is the hardest problem the team is facing this year?</source>
        <translation>Was ist das schwierigste Problem, vor dem das Team dieses Jahr steht?</translation>
    </message>
    <message>
        <source>How do you give feedback, and how often?</source>
        <translation>Wie geben Sie Feedback, und wie oft?</translation>
    </message>
    <message>
        <source>What are the next steps, and when will you decide?</source>
        <translation>Wie sind die nächsten Schritte, und wann entscheiden Sie?</translation>
    </message>
    <message>
        <source>Be there at 9:50; ask for the interviewer at reception</source>
        <translation>Um 9:50 Uhr da sein; am Empfang nach der Gesprächspartnerin fragen</translation>
    </message>
    <message>
        <source>Test the video link and the microphone the evening before</source>
        <translation>Videolink und Mikrofon am Vorabend testen</translation>
    </message>
    <message>
        <source>Bring two printed copies of the CV and the portfolio link</source>
        <translation>Zwei gedruckte Exemplare des Lebenslaufs und den Link zum Portfolio mitbringen</translation>
    </message>
    <message>
        <source>Tell me about a project that failed</source>
        <translation>Erzählen Sie von einem Projekt, das gescheitert ist</translation>
    </message>
    <message>
        <source>Why are you leaving your current job?</source>
        <translation>Warum verlassen Sie Ihre aktuelle Stelle?</translation>
    </message>
    <message>
        <source>How do you handle a disagreement with your manager?</source>
        <translation>Wie gehen Sie mit Meinungsverschiedenheiten mit Ihrer Führungskraft um?</translation>
    </message>
    <message>
        <source>Walk me through a system you designed</source>
        <translation>Führen Sie mich durch ein System, das Sie entworfen haben</translation>
    </message>
    <message>
        <source>What salary are you looking for?</source>
        <translation>Welches Gehalt stellen Sie sich vor?</translation>
    </message>
    <message>
        <source>Where do you see yourself in three years?</source>
        <translation>Wo sehen Sie sich in drei Jahren?</translation>
    </message>
    <message>
        <source>Salary question: gave a number too early; next time ask for their range first</source>
        <translation>Gehaltsfrage: zu früh eine Zahl genannt; nächstes Mal zuerst nach ihrer Spanne fragen</translation>
    </message>
    <message>
        <source>Failed project: rambled; lead with what I learned, in two minutes</source>
        <translation>Gescheitertes Projekt: zu weitschweifig; mit dem Gelernten beginnen, in zwei Minuten</translation>
    </message>
    <message>
        <source>Gap last year: say plainly it was a planned break for a family move</source>
        <translation>Lücke im letzten Jahr: offen sagen, dass es eine geplante Pause wegen eines Familienumzugs war</translation>
    </message>
    <message>
        <source>System design: forgot to mention monitoring</source>
        <translation>Systemdesign: Monitoring vergessen zu erwähnen</translation>
    </message>
    <message>
        <source>Not sure I have led a team this size</source>
        <translation>Unsicher, ob ich schon ein Team dieser Größe geführt habe</translation>
    </message>
    <message>
        <source>Worried I would get bored with the maintenance work</source>
        <translation>Sorge, dass mich die Wartungsarbeit langweilen könnte</translation>
    </message>
    <message>
        <source>Asked twice about experience with their cloud provider</source>
        <translation>Zweimal nach Erfahrung mit ihrem Cloud-Anbieter gefragt</translation>
    </message>
    <message>
        <source>They mentioned on-call three times: probably a pain point</source>
        <translation>Rufbereitschaft wurde dreimal erwähnt: wahrscheinlich ein wunder Punkt</translation>
    </message>
    <message>
        <source>The team is growing from five to eight this year</source>
        <translation>Das Team wächst dieses Jahr von fünf auf acht Personen</translation>
    </message>
    <message>
        <source>The manager stressed written communication</source>
        <translation>Die Führungskraft hat schriftliche Kommunikation betont</translation>
    </message>
    <message>
        <source>A big customer launch is planned for spring</source>
        <translation>Für das Frühjahr ist ein großer Kundenstart geplant</translation>
    </message>
    <message>
        <source>Recruiter will call within a week</source>
        <translation>Recruiterin ruft innerhalb einer Woche an</translation>
    </message>
    <message>
        <source>Final round with the director if this goes well</source>
        <translation>Letzte Runde mit der Direktorin, wenn das gut läuft</translation>
    </message>
    <message>
        <source>Decision expected by the end of the month</source>
        <translation>Entscheidung bis Ende des Monats erwartet</translation>
    </message>
    <message>
        <source>Make small businesses&apos; bookkeeping painless</source>
        <translation>Buchhaltung für kleine Unternehmen mühelos machen</translation>
    </message>
    <message>
        <source>Reliable logistics software for mid-sized shippers</source>
        <translation>Zuverlässige Logistiksoftware für mittelgroße Versender</translation>
    </message>
    <message>
        <source>Help hospitals schedule staff fairly</source>
        <translation>Krankenhäusern helfen, Personal fair einzuplanen</translation>
    </message>
    <message>
        <source>A web app and two mobile apps; an API for partners</source>
        <translation>Eine Web-App und zwei Mobil-Apps; eine API für Partner</translation>
    </message>
    <message>
        <source>Route planning, fleet tracking, invoicing</source>
        <translation>Routenplanung, Flottenverfolgung, Rechnungsstellung</translation>
    </message>
    <message>
        <source>Rostering software sold per site</source>
        <translation>Dienstplansoftware, lizenziert pro Standort</translation>
    </message>
    <message>
        <source>Raised a new funding round last quarter</source>
        <translation>Im letzten Quartal eine neue Finanzierungsrunde abgeschlossen</translation>
    </message>
    <message>
        <source>Opened an office abroad in the summer</source>
        <translation>Im Sommer ein Büro im Ausland eröffnet</translation>
    </message>
    <message>
        <source>New chief technology officer since September</source>
        <translation>Seit September eine neue technische Leitung (CTO)</translation>
    </message>
    <message>
        <source>Two larger incumbents and one fast start-up</source>
        <translation>Zwei größere etablierte Anbieter und ein schnelles Start-up</translation>
    </message>
    <message>
        <source>Mostly spreadsheets and in-house tools</source>
        <translation>Meist Tabellenkalkulationen und selbst entwickelte Werkzeuge</translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <source>The notes could not be read.</source>
        <translation>Die Notizen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The notes could not be saved.</source>
        <translation>Die Notizen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The gut feeling is a number from 1 to 5.</source>
        <translation>Das Bauchgefühl ist eine Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>A note can hold at most %L1 characters; this one has %L2.</source>
        <translation>Eine Notiz darf höchstens %L1 Zeichen enthalten; diese hat %L2.</translation>
    </message>
    <message>
        <source>The notes were not saved: the round no longer exists.</source>
        <translation>Die Notizen wurden nicht gespeichert: Die Runde ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The company research could not be read.</source>
        <translation>Die Recherche zum Unternehmen konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The company research could not be saved.</source>
        <translation>Die Recherche zum Unternehmen konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The salary figures could not be read.</source>
        <translation>Die Gehaltsangaben konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Salary figures cannot be negative.</source>
        <translation>Gehaltsangaben dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The walk-away figure is the least you would accept, so it cannot be above the target.</source>
        <translation>Die Untergrenze ist das Mindeste, was Sie akzeptieren würden, und darf daher nicht über dem Wunschgehalt liegen.</translation>
    </message>
    <message>
        <source>Write the currency as a short code such as EUR or USD.</source>
        <translation>Geben Sie die Währung als Kurzcode an, etwa EUR oder USD.</translation>
    </message>
    <message>
        <source>The salary figures could not be saved.</source>
        <translation>Die Gehaltsangaben konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The checklist could not be read.</source>
        <translation>Die Checkliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The checklist could not be saved.</source>
        <translation>Die Checkliste konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation>Die Runde ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>Die Suche ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The notes could not be put back.</source>
        <translation>Die Notizen konnten nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>&amp;Print prep sheet…</source>
        <translation>Vorbereitungsblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Find in notes</source>
        <translation>In Notizen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>There is no round to print a prep sheet for: %1</source>
        <translation>Es gibt keine Runde, für die ein Vorbereitungsblatt gedruckt werden kann: %1</translation>
    </message>
</context>
<context>
    <name>NotesToggleCommand</name>
    <message>
        <source>Tick checklist item</source>
        <translation>Punkt der Checkliste abhaken</translation>
    </message>
    <message>
        <source>Untick checklist item</source>
        <translation>Haken bei Punkt der Checkliste entfernen</translation>
    </message>
    <message>
        <source>Mark as dealt with</source>
        <translation>Als geklärt markieren</translation>
    </message>
    <message>
        <source>Mark as still open</source>
        <translation>Als noch offen markieren</translation>
    </message>
</context>
<context>
    <name>PeopleChooser</name>
    <message>
        <source>Space ticks who attends; Alt+Up and Alt+Down change the order they are listed in; Delete deletes the person.</source>
        <translation>Die Leertaste hakt ab, wer teilnimmt; Alt+Pfeil nach oben und Alt+Pfeil nach unten ändern die Reihenfolge der Liste; Entf löscht die Person.</translation>
    </message>
    <message>
        <source>Move up in the round</source>
        <translation>In der Runde nach oben</translation>
    </message>
    <message>
        <source>Move down in the round</source>
        <translation>In der Runde nach unten</translation>
    </message>
    <message>
        <source>Delete person…</source>
        <translation>Person löschen…</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Es ist keine Datei geöffnet.</translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <source>Add person “%1”</source>
        <translation>Person „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit person “%1”</source>
        <translation>Person „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete person “%1”</source>
        <translation>Person „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>PersonDeletion</name>
    <message>
        <source>Delete %1? They are not in any round. Edit &gt; Undo brings them back.</source>
        <translation>%1 löschen? Die Person nimmt an keiner Runde teil. Mit Bearbeiten &gt; Rückgängig lässt sie sich wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? This also removes them from %n interview round(s). Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>%1 löschen? Die Person wird damit auch aus %n Gesprächsrunde entfernt. Mit Bearbeiten &gt; Rückgängig lässt sie sich wiederherstellen.</numerusform>
            <numerusform>%1 löschen? Die Person wird damit auch aus %n Gesprächsrunden entfernt. Mit Bearbeiten &gt; Rückgängig lässt sie sich wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? They are not in any round, and %n thank-you letter(s) to them will lose the addressee. Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>%1 löschen? Die Person nimmt an keiner Runde teil, und %n Dankesschreiben an sie verliert den Empfänger. Mit Bearbeiten &gt; Rückgängig lässt sich alles wiederherstellen.</numerusform>
            <numerusform>%1 löschen? Die Person nimmt an keiner Runde teil, und %n Dankesschreiben an sie verlieren den Empfänger. Mit Bearbeiten &gt; Rückgängig lässt sich alles wiederherstellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? This also removes them from %2, and %n thank-you letter(s) to them will lose the addressee. Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>%1 löschen? Die Person wird damit auch aus %2 entfernt, und %n Dankesschreiben an sie verliert den Empfänger. Mit Bearbeiten &gt; Rückgängig lässt sich alles wiederherstellen.</numerusform>
            <numerusform>%1 löschen? Die Person wird damit auch aus %2 entfernt, und %n Dankesschreiben an sie verlieren den Empfänger. Mit Bearbeiten &gt; Rückgängig lässt sich alles wiederherstellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview round(s)</source>
        <translation>
            <numerusform>%n Gesprächsrunde</numerusform>
            <numerusform>%n Gesprächsrunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Engineering manager, recruiter…</source>
        <translation>Entwicklungsleitung, Recruiter…</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Their role in the decision, what they asked about, what matters to them.</source>
        <translation>Rolle bei der Entscheidung, Fragen im Gespräch, was der Person wichtig ist.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Profile &amp;link:</source>
        <translation>Profil-&amp;Link:</translation>
    </message>
    <message>
        <source>What they &amp;care about:</source>
        <translation>Was der Person &amp;wichtig ist:</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Es ist keine Datei geöffnet.</translation>
    </message>
    <message>
        <source>Edit person — %1</source>
        <translation>Person bearbeiten – %1</translation>
    </message>
    <message>
        <source>The email address does not look right (name@example.com).</source>
        <translation>Die E-Mail-Adresse scheint nicht zu stimmen (name@example.com).</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>What they care about:</source>
        <translation>Was der Person wichtig ist:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Rounds with them:</source>
        <translation>&amp;Runden mit dieser Person:</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Es ist keine Datei geöffnet.</translation>
    </message>
    <message>
        <source>%1 — person</source>
        <comment>window title: the person&apos;s name</comment>
        <translation>%1 – Person</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>job title at company</comment>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Nothing noted yet</source>
        <translation>Noch nichts notiert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, then time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not in any round yet</source>
        <translation>Noch in keiner Runde</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message>
        <source>The applications could not be read.</source>
        <translation>Die Bewerbungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The stages could not be read.</source>
        <translation>Die Phasen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Enter a name for the stage.</source>
        <translation>Geben Sie einen Namen für die Phase ein.</translation>
    </message>
    <message>
        <source>The stage name is too long (at most %1 characters).</source>
        <translation>Der Name der Phase ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>There is already a stage called “%1”.</source>
        <translation>Es gibt bereits eine Phase namens „%1“.</translation>
    </message>
    <message>
        <source>The stage could not be added.</source>
        <translation>Die Phase konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The stage could not be put back.</source>
        <translation>Die Phase konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The stage could not be removed.</source>
        <translation>Die Phase konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The stage no longer exists.</source>
        <translation>Die Phase ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The stage could not be renamed.</source>
        <translation>Die Phase konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>The stages could not be reordered.</source>
        <translation>Die Reihenfolge der Phasen konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The board needs at least one stage.</source>
        <translation>Das Board braucht mindestens eine Phase.</translation>
    </message>
    <message>
        <source>Choose another stage for the applications in “%1”.</source>
        <translation>Wählen Sie eine andere Phase für die Bewerbungen in „%1“.</translation>
    </message>
    <message>
        <source>The stage could not be read.</source>
        <translation>Die Phase konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>Die Bewerbung ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The stage history could not be read.</source>
        <translation>Der Phasenverlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The companies could not be read.</source>
        <translation>Die Unternehmen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The company could not be looked up.</source>
        <translation>Das Unternehmen konnte nicht abgefragt werden.</translation>
    </message>
    <message>
        <source>The company could not be removed.</source>
        <translation>Das Unternehmen konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The company could not be put back.</source>
        <translation>Das Unternehmen konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The company could not be saved.</source>
        <translation>Das Unternehmen konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The board order could not be saved.</source>
        <translation>Die Reihenfolge auf dem Board konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The application could not be saved.</source>
        <translation>Die Bewerbung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The card could not be moved.</source>
        <translation>Die Karte konnte nicht verschoben werden.</translation>
    </message>
    <message>
        <source>A card cannot be placed next to itself.</source>
        <translation>Eine Karte kann nicht neben sich selbst abgelegt werden.</translation>
    </message>
    <message>
        <source>The place to drop the card no longer exists.</source>
        <translation>Die Zielposition für die Karte ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The move could not be undone.</source>
        <translation>Das Verschieben konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The application could not be archived.</source>
        <translation>Die Bewerbung konnte nicht archiviert werden.</translation>
    </message>
    <message>
        <source>The application could not be deleted.</source>
        <translation>Die Bewerbung konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The application could not be put back.</source>
        <translation>Die Bewerbung konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The change could not be undone.</source>
        <translation>Die Änderung konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The application could not be taken out of the archive.</source>
        <translation>Die Bewerbung konnte nicht aus dem Archiv zurückgeholt werden.</translation>
    </message>
    <message>
        <source>The application is no longer in the archive.</source>
        <translation>Die Bewerbung ist nicht mehr im Archiv.</translation>
    </message>
    <message>
        <source>A stage name is one line without invisible control characters.</source>
        <translation>Ein Phasenname besteht aus einer Zeile ohne unsichtbare Steuerzeichen.</translation>
    </message>
    <message>
        <source>The stage history could not be saved.</source>
        <translation>Der Phasenverlauf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The stages could not be updated.</source>
        <translation>Die Phasen konnten nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>The stages could not be saved.</source>
        <translation>Die Phasen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>PipelineTab</name>
    <message>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>Be&amp;werbung</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>Pha&amp;sen</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistik…</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Search company, role, location or notes</source>
        <translation>Unternehmen, Stelle, Ort oder Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Bewerbungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Neue Bewerbung…</translation>
    </message>
    <message>
        <source>&amp;Edit application…</source>
        <translation>Bewerbung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Move to &amp;previous stage</source>
        <translation>In &amp;vorherige Phase verschieben</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten verschieben</translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation>Phase &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;closed stage…</source>
        <translation>&amp;Abgeschlossene Phase hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename stage…</source>
        <translation>Phase &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Move stage &amp;left</source>
        <translation>Phase nach &amp;links verschieben</translation>
    </message>
    <message>
        <source>Move stage r&amp;ight</source>
        <translation>Phase nach &amp;rechts verschieben</translation>
    </message>
    <message>
        <source>Re&amp;move stage…</source>
        <translation>Phase &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Show &amp;closed stages</source>
        <translation>&amp;Abgeschlossene Phasen anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Bewerbung</numerusform>
            <numerusform>%n Bewerbungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) match</source>
        <translation>
            <numerusform>%1 von %n Bewerbung gefunden</numerusform>
            <numerusform>%1 von %n Bewerbungen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>SecondRound</source>
        <translation>SecondRound</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed. Use File &gt; Save a copy as to make an editable copy.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet, daher kann nichts geändert werden. Mit Datei &gt; Kopie speichern unter erstellen Sie eine bearbeitbare Kopie.</translation>
    </message>
    <message>
        <source>Delete the application for %1 at %2? Its stage history is deleted too. Edit &gt; Undo brings it back.</source>
        <translation>Die Bewerbung als %1 bei %2 löschen? Ihr Phasenverlauf wird ebenfalls gelöscht. Mit Bearbeiten &gt; Rückgängig lässt sie sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Delete applications</source>
        <translation>Bewerbungen löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation>
            <numerusform>%n Karte nach „%1“ verschieben</numerusform>
            <numerusform>%n Karten nach „%1“ verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder cards</source>
        <translation>Karten neu anordnen</translation>
    </message>
    <message>
        <source>Add closed stage</source>
        <translation>Abgeschlossene Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Name der Phase:</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>The board needs at least one stage.</source>
        <translation>Das Board braucht mindestens eine Phase.</translation>
    </message>
    <message>
        <source>Remove stage “%1”</source>
        <translation>Phase „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>Remove the empty stage “%1”?</source>
        <translation>Die leere Phase „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Archi&amp;ved applications…</source>
        <translation>Arc&amp;hivierte Bewerbungen…</translation>
    </message>
    <message numerus="yes">
        <source>Choose the stage for the %n application(s) now in “%1”:</source>
        <translation>
            <numerusform>Wählen Sie die Phase für die %n Bewerbung, die sich jetzt in „%1“ befindet:</numerusform>
            <numerusform>Wählen Sie die Phase für die %n Bewerbungen, die sich jetzt in „%1“ befinden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the application for %1 at %2 and its %n interview round(s)? Their people, notes and letters go with them, and the stage history too. Edit &gt; Undo brings it all back.</source>
        <translation>
            <numerusform>Die Bewerbung als %1 bei %2 und ihre %n Gesprächsrunde löschen? Personen, Notizen und Briefe der Runde werden mitgelöscht, ebenso der Phasenverlauf. Mit Bearbeiten &gt; Rückgängig lässt sich alles wiederherstellen.</numerusform>
            <numerusform>Die Bewerbung als %1 bei %2 und ihre %n Gesprächsrunden löschen? Personen, Notizen und Briefe der Runden werden mitgelöscht, ebenso der Phasenverlauf. Mit Bearbeiten &gt; Rückgängig lässt sich alles wiederherstellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n applications?</source>
        <translation>
            <numerusform>%n Bewerbung löschen?</numerusform>
            <numerusform>%n Bewerbungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Their stage history is deleted too. Edit &gt; Undo brings them back.</source>
        <translation>%1 Deren Phasenverlauf wird ebenfalls gelöscht. Mit Bearbeiten &gt; Rückgängig lassen sie sich wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Their %n interview round(s), with people, notes and letters, and their stage history are deleted too. Edit &gt; Undo brings it all back.</source>
        <translation>
            <numerusform>%1 Deren %n Gesprächsrunde mit Personen, Notizen und Briefen sowie deren Phasenverlauf werden ebenfalls gelöscht. Mit Bearbeiten &gt; Rückgängig lässt sich alles wiederherstellen.</numerusform>
            <numerusform>%1 Deren %n Gesprächsrunden mit Personen, Notizen und Briefen sowie deren Phasenverlauf werden ebenfalls gelöscht. Mit Bearbeiten &gt; Rückgängig lässt sich alles wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Neue Bewerbung</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Bewerbung bearbeiten</translation>
    </message>
    <message>
        <source>Move to ne&amp;xt stage</source>
        <translation>In nächste &amp;Phase verschieben</translation>
    </message>
</context>
<context>
    <name>PracticeChart</name>
    <message>
        <source>Practice chart</source>
        <translation>Übungsdiagramm</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in the last 30 days</source>
        <translation>
            <numerusform>%n Wiederholung in den letzten 30 Tagen</numerusform>
            <numerusform>%n Wiederholungen in den letzten 30 Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>an %n Tag</numerusform>
            <numerusform>an %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 % recalled</source>
        <translation>%1: %2 % gewusst</translation>
    </message>
    <message>
        <source>Reviews per day, last 30 days</source>
        <translation>Wiederholungen pro Tag, letzte 30 Tage</translation>
    </message>
    <message>
        <source>most in a day: %1</source>
        <translation>höchster Tageswert: %1</translation>
    </message>
    <message>
        <source>Recalled, by category</source>
        <translation>Gewusst, nach Kategorie</translation>
    </message>
    <message>
        <source>no reviews</source>
        <translation>keine Wiederholungen</translation>
    </message>
</context>
<context>
    <name>PracticeCommands</name>
    <message>
        <source>Add question %1</source>
        <translation>Frage %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit question %1</source>
        <translation>Frage %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete question %1</source>
        <translation>Frage %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n question(s)</source>
        <translation>
            <numerusform>%n Frage löschen</numerusform>
            <numerusform>%n Fragen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n question(s)</source>
        <translation>
            <numerusform>%n Frage importieren</numerusform>
            <numerusform>%n Fragen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate “Again”</source>
        <translation>Mit „Nochmal“ bewerten</translation>
    </message>
    <message>
        <source>Rate “Hard”</source>
        <translation>Mit „Schwer“ bewerten</translation>
    </message>
    <message>
        <source>Rate “Good”</source>
        <translation>Mit „Gut“ bewerten</translation>
    </message>
    <message>
        <source>Rate “Easy”</source>
        <translation>Mit „Einfach“ bewerten</translation>
    </message>
    <message>
        <source>Edit story %1</source>
        <translation>Beispiel %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add story %1</source>
        <translation>Beispiel %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete story %1</source>
        <translation>Beispiel %1 löschen</translation>
    </message>
    <message>
        <source>Choose questions to ask</source>
        <translation>Eigene Fragen auswählen</translation>
    </message>
    <message>
        <source>Link question to application</source>
        <translation>Frage mit Bewerbung verknüpfen</translation>
    </message>
    <message>
        <source>Unlink question from application</source>
        <translation>Verknüpfung der Frage mit der Bewerbung lösen</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>&amp;New question…</source>
        <translation>&amp;Neue Frage…</translation>
    </message>
    <message>
        <source>&amp;Edit question…</source>
        <translation>Frage &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete question</source>
        <translation>Frage &amp;löschen</translation>
    </message>
    <message>
        <source>New s&amp;tory…</source>
        <translation>Neues B&amp;eispiel…</translation>
    </message>
    <message>
        <source>&amp;Start practice</source>
        <translation>&amp;Übung starten</translation>
    </message>
    <message>
        <source>&amp;Find question</source>
        <translation>Frage &amp;suchen</translation>
    </message>
    <message>
        <source>Import &amp;questions (CSV)…</source>
        <translation>Fragen i&amp;mportieren (CSV)…</translation>
    </message>
    <message>
        <source>Export q&amp;uestions (CSV)…</source>
        <translation>Fragen e&amp;xportieren (CSV)…</translation>
    </message>
    <message>
        <source>Export questions for &amp;Anki…</source>
        <translation>Fragen für &amp;Anki exportieren…</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Readiness and progress</source>
        <translation>Vorbereitungsstand und Fortschritt</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Was fällig ist</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>Eine Kategorie</translation>
    </message>
    <message>
        <source>For a round</source>
        <translation>Für eine Runde</translation>
    </message>
    <message>
        <source>At random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source> questions</source>
        <translation> Fragen</translation>
    </message>
    <message>
        <source> s per answer</source>
        <translation> s pro Antwort</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Search questions, answers and tags (Ctrl+F)</source>
        <translation>Fragen, Antworten und Tags durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Answer and stories of the chosen question</source>
        <translation>Antwort und Beispiele zur ausgewählten Frage</translation>
    </message>
    <message>
        <source>Edit story…</source>
        <translation>Beispiel bearbeiten…</translation>
    </message>
    <message>
        <source>Delete story</source>
        <translation>Beispiel löschen</translation>
    </message>
    <message>
        <source>How likely you want to be to recall an answer when it falls due. Higher means more practice.</source>
        <translation>Wie sicher Sie eine Antwort noch wissen möchten, wenn sie fällig wird. Ein höherer Wert bedeutet mehr Übung.</translation>
    </message>
    <message>
        <source>&amp;Upcoming rounds:</source>
        <translation>Anstehende R&amp;unden:</translation>
    </message>
    <message>
        <source>The question bank could not be read: %1</source>
        <translation>Der Fragenkatalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Measurable result</source>
        <translation>Messbares Ergebnis</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>No interview rounds ahead. Link questions to an application to practise toward its rounds.</source>
        <translation>Keine anstehenden Gesprächsrunden. Verknüpfen Sie Fragen mit einer Bewerbung, um gezielt für deren Runden zu üben.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) due</source>
        <translation>
            <numerusform>%n Frage fällig</numerusform>
            <numerusform>%n Fragen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>What is due (%1)</source>
        <translation>Was fällig ist (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1, round %2, %3: %4 of %n question(s) ready</source>
        <translation>
            <numerusform>%1, Runde %2, %3: %4 von %n Frage vorbereitet</numerusform>
            <numerusform>%1, Runde %2, %3: %4 von %n Fragen vorbereitet</numerusform>
        </translation>
    </message>
    <message>
        <source>No interview rounds ahead.</source>
        <translation>Keine anstehenden Gesprächsrunden.</translation>
    </message>
    <message>
        <source>Nothing to practise there right now.</source>
        <translation>Dort gibt es gerade nichts zu üben.</translation>
    </message>
    <message>
        <source>Choose a question to see your answer and stories.</source>
        <translation>Wählen Sie eine Frage, um Ihre Antwort und Ihre Beispiele zu sehen.</translation>
    </message>
    <message>
        <source>Suits: %1</source>
        <translation>Passend für: %1</translation>
    </message>
    <message>
        <source>No answer written yet.</source>
        <translation>Noch keine Antwort geschrieben.</translation>
    </message>
    <message>
        <source>Stories: %1</source>
        <translation>Beispiele: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Asked at: %1</source>
        <translation>Gefragt bei: %1</translation>
    </message>
    <message numerus="yes">
        <source>Practised %n time(s); next: %1</source>
        <translation>
            <numerusform>%n-mal geübt; nächstes Mal: %1</numerusform>
            <numerusform>%n-mal geübt; nächstes Mal: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) deleted. Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>%n Frage gelöscht. Mit Bearbeiten &gt; Rückgängig lässt sie sich wiederherstellen.</numerusform>
            <numerusform>%n Fragen gelöscht. Mit Bearbeiten &gt; Rückgängig lassen sie sich wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>Fragen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n hinzugefügt, </numerusform>
            <numerusform>%n hinzugefügt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n bereits vorhanden.</numerusform>
            <numerusform>%n bereits vorhanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export questions for Anki</source>
        <translation>Fragen für Anki exportieren</translation>
    </message>
    <message>
        <source>Export questions</source>
        <translation>Fragen exportieren</translation>
    </message>
    <message>
        <source>questions-anki.txt</source>
        <translation>questions-anki.txt</translation>
    </message>
    <message>
        <source>questions.csv</source>
        <translation>questions.csv</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to %1</source>
        <translation>
            <numerusform>%n Frage nach %1 exportiert</numerusform>
            <numerusform>%n Fragen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Link to application…</source>
        <translation>Mit Bewerbung &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>Questions to &amp;ask in the round…</source>
        <translation>Eigene &amp;Fragen für die Runde…</translation>
    </message>
    <message>
        <source>There are no applications to link to yet.</source>
        <translation>Es gibt noch keine Bewerbungen, mit denen verknüpft werden kann.</translation>
    </message>
    <message>
        <source>%1 (linked: choose to unlink)</source>
        <translation>%1 (verknüpft: zum Lösen auswählen)</translation>
    </message>
    <message>
        <source>Link to application</source>
        <translation>Mit Bewerbung verknüpfen</translation>
    </message>
    <message>
        <source>The application where this question came up or will matter:</source>
        <translation>Die Bewerbung, bei der diese Frage aufkam oder wichtig wird:</translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation>%1, Runde %2</translation>
    </message>
    <message>
        <source>Questions from a de&amp;brief…</source>
        <translation>Fra&amp;gen aus einer Nachbesprechung…</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>%1: %2, %3:%4</source>
        <translation>%1: %2, %3:%4</translation>
    </message>
    <message>
        <source>forgot: %1</source>
        <translation>vergessen: %1</translation>
    </message>
    <message>
        <source>No debrief lists the questions they asked yet. Write them in the round&apos;s notes first.</source>
        <translation>Noch keine Nachbesprechung enthält die gestellten Fragen. Tragen Sie sie zuerst in die Notizen der Runde ein.</translation>
    </message>
    <message numerus="yes">
        <source>%1, round %2: %n question(s)</source>
        <translation>
            <numerusform>%1, Runde %2: %n Frage</numerusform>
            <numerusform>%1, Runde %2: %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions from a debrief</source>
        <translation>Fragen aus einer Nachbesprechung</translation>
    </message>
    <message>
        <source>Add the questions asked in this round to the bank, linked to its application:</source>
        <translation>Die in dieser Runde gestellten Fragen zum Fragenkatalog hinzufügen, verknüpft mit der Bewerbung:</translation>
    </message>
    <message>
        <source>Add questions from the debrief of %1, round %2</source>
        <translation>Fragen aus der Nachbesprechung von %1, Runde %2 hinzufügen</translation>
    </message>
    <message>
        <source>Pr&amp;actise:</source>
        <translation>&amp;Trainieren:</translation>
    </message>
    <message>
        <source>Desired re&amp;tention:</source>
        <translation>Gewünschte Er&amp;innerungsrate:</translation>
    </message>
</context>
<context>
    <name>PracticePrepSheet</name>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>Stories: %1</source>
        <translation>Beispiele: %1</translation>
    </message>
    <message>
        <source>No answer prepared yet.</source>
        <translation>Noch keine Antwort vorbereitet.</translation>
    </message>
</context>
<context>
    <name>PracticeSession</name>
    <message>
        <source>Show answer (Space)</source>
        <translation>Antwort zeigen (Leertaste)</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Your answer and stories</source>
        <translation>Ihre Antwort und Beispiele</translation>
    </message>
    <message>
        <source>What I forgot (Return goes back to the card)</source>
        <translation>Was ich vergessen habe (Eingabetaste führt zurück zur Karte)</translation>
    </message>
    <message>
        <source>1 Again</source>
        <translation>1 Nochmal</translation>
    </message>
    <message>
        <source>2 Hard</source>
        <translation>2 Schwer</translation>
    </message>
    <message>
        <source>3 Good</source>
        <translation>3 Gut</translation>
    </message>
    <message>
        <source>4 Easy</source>
        <translation>4 Einfach</translation>
    </message>
    <message>
        <source>End session (Esc)</source>
        <translation>Sitzung beenden (Esc)</translation>
    </message>
    <message>
        <source>Back to the bank</source>
        <translation>Zurück zum Fragenkatalog</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Time is up %1</source>
        <translation>Zeit abgelaufen %1</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(pausiert)</translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation>Fortsetzen (P)</translation>
    </message>
    <message>
        <source>(No answer written yet.)</source>
        <translation>(Noch keine Antwort geschrieben.)</translation>
    </message>
    <message>
        <source>Story: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation>Situation: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Handlung: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Measurable result: %1</source>
        <translation>Messbares Ergebnis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) practised.</source>
        <translation>
            <numerusform>%n Frage geübt.</numerusform>
            <numerusform>%n Fragen geübt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Again %1 · Hard %2 · Good %3 · Easy %4</source>
        <translation>Nochmal %1 · Schwer %2 · Gut %3 · Einfach %4</translation>
    </message>
    <message>
        <source>Average time per answer: %1</source>
        <translation>Durchschnittliche Zeit pro Antwort: %1</translation>
    </message>
    <message>
        <source>What you forgot:</source>
        <translation>Was Sie vergessen haben:</translation>
    </message>
</context>
<context>
    <name>PracticeStore</name>
    <message>
        <source>This file is open read-only, so nothing can be changed.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet, daher kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>The practice data could not be read.</source>
        <translation>Die Übungsdaten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The practice data could not be put back.</source>
        <translation>Die Übungsdaten konnten nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The desired retention could not be saved.</source>
        <translation>Die gewünschte Erinnerungsrate konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation>Geben Sie die Frage ein.</translation>
    </message>
    <message>
        <source>The question is longer than %1 characters.</source>
        <translation>Die Frage ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation>Die Antwort ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Wählen Sie eine Kategorie.</translation>
    </message>
    <message>
        <source>Choose who the question suits.</source>
        <translation>Wählen Sie, für wen die Frage passt.</translation>
    </message>
    <message>
        <source>Give the story a title.</source>
        <translation>Geben Sie dem Beispiel einen Titel.</translation>
    </message>
    <message>
        <source>The story is too long.</source>
        <translation>Das Beispiel ist zu lang.</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>Die Frage ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The linked stories could not be saved.</source>
        <translation>Die verknüpften Beispiele konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The question could not be added.</source>
        <translation>Die Frage konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The question could not be saved.</source>
        <translation>Die Frage konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The question could not be deleted.</source>
        <translation>Die Frage konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The question could not be put back.</source>
        <translation>Die Frage konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The question could not be linked to the application.</source>
        <translation>Die Frage konnte nicht mit der Bewerbung verknüpft werden.</translation>
    </message>
    <message>
        <source>The link could not be removed.</source>
        <translation>Die Verknüpfung konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (Runde %2)</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>Das Beispiel ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The story could not be added.</source>
        <translation>Das Beispiel konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The story could not be saved.</source>
        <translation>Das Beispiel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The story could not be deleted.</source>
        <translation>Das Beispiel konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The story could not be put back.</source>
        <translation>Das Beispiel konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The rating could not be saved.</source>
        <translation>Die Bewertung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The rating could not be undone.</source>
        <translation>Die Bewertung konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The practice queue could not be read.</source>
        <translation>Die Übungswarteschlange konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The questions for the round could not be saved.</source>
        <translation>Die Fragen für die Runde konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The review history could not be read.</source>
        <translation>Der Übungsverlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Line %1 could not be imported.</source>
        <translation>Zeile %1 konnte nicht importiert werden.</translation>
    </message>
</context>
<context>
    <name>PracticeTab</name>
    <message>
        <source>Export q&amp;uestions (CSV)…</source>
        <translation>Fragen expo&amp;rtieren (CSV)…</translation>
    </message>
    <message>
        <source>Export questions for &amp;Anki…</source>
        <translation>Fragen für &amp;Anki exportieren…</translation>
    </message>
    <message>
        <source>P&amp;ractice</source>
        <translation>Üb&amp;en</translation>
    </message>
    <message>
        <source>Pract&amp;ice</source>
        <translation>Übun&amp;g</translation>
    </message>
    <message>
        <source>Import que&amp;stions (CSV)…</source>
        <translation>Fragen i&amp;mportieren (CSV)…</translation>
    </message>
</context>
<context>
    <name>PrepSheetDocument</name>
    <message>
        <source>Prep sheet: %1</source>
        <translation>Vorbereitungsblatt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PrepSheetLoader</name>
    <message>
        <source>No interview round is scheduled ahead.</source>
        <translation>Es ist keine anstehende Gesprächsrunde geplant.</translation>
    </message>
    <message>
        <source>There is no round %1.</source>
        <translation>Es gibt keine Runde %1.</translation>
    </message>
    <message>
        <source>Round %1 belongs to an archived application; bring the application back from the archive first.</source>
        <translation>Runde %1 gehört zu einer archivierten Bewerbung; holen Sie die Bewerbung zuerst aus dem Archiv zurück.</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Runde %1: %2</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Wann und wo</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, %2 bis %3 (%4)</translation>
    </message>
    <message>
        <source>Your time: %1, %2 to %3</source>
        <translation>Bei Ihnen: %1, %2 bis %3</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Who will be there</source>
        <translation>Wer nimmt teil</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nobody listed yet: ask who will attend, and add them to the round. Each person starts from zero.</source>
        <translation>Noch niemand eingetragen: Fragen Sie, wer teilnimmt, und fügen Sie die Personen der Runde hinzu. Jede Person fängt bei null an.</translation>
    </message>
    <message>
        <source>Why this round</source>
        <translation>Anlass dieser Runde</translation>
    </message>
    <message>
        <source>Left open by earlier rounds</source>
        <translation>Offen aus früheren Runden</translation>
    </message>
    <message>
        <source>Round %1, %2: %3</source>
        <translation>Runde %1, %2: %3</translation>
    </message>
    <message>
        <source>Nothing open: every weak answer, concern and clue is dealt with.</source>
        <translation>Nichts offen: Alle schwachen Antworten, Bedenken und Anhaltspunkte sind geklärt.</translation>
    </message>
    <message>
        <source>This is the first round: nothing to carry over yet.</source>
        <translation>Dies ist die erste Runde: Es gibt noch nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>What I want them to remember</source>
        <translation>Was sie sich von mir merken sollen</translation>
    </message>
    <message>
        <source>Requirement and my evidence: %1</source>
        <translation>Anforderung und mein Nachweis: %1</translation>
    </message>
    <message>
        <source>Add your selling points and the job&apos;s key requirements with your evidence in the plan.</source>
        <translation>Tragen Sie im Plan Ihre Stärken und die wichtigsten Anforderungen der Stelle mit Ihren Nachweisen ein.</translation>
    </message>
    <message>
        <source>Likely questions</source>
        <translation>Wahrscheinliche Fragen</translation>
    </message>
    <message>
        <source>Asked in round %1</source>
        <translation>Gefragt in Runde %1</translation>
    </message>
    <message>
        <source>Questions from earlier debriefs and your practised answers appear here.</source>
        <translation>Hier erscheinen Fragen aus früheren Nachbesprechungen und Ihre geübten Antworten.</translation>
    </message>
    <message>
        <source>Questions to ask them</source>
        <translation>Eigene Fragen</translation>
    </message>
    <message>
        <source>Prepare at least three: about the team, the work, its challenges, and at the end the next steps.</source>
        <translation>Bereiten Sie mindestens drei vor: zum Team, zur Arbeit, zu ihren Herausforderungen und zum Schluss zu den nächsten Schritten.</translation>
    </message>
    <message>
        <source>Write your questions in the plan, one per line.</source>
        <translation>Schreiben Sie Ihre Fragen in den Plan, eine pro Zeile.</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Wunschgehalt: %1</translation>
    </message>
    <message>
        <source>Walk-away: %1</source>
        <translation>Untergrenze: %1</translation>
    </message>
    <message>
        <source>Decide your target and the least you would accept, with the market range as evidence.</source>
        <translation>Legen Sie Ihr Wunschgehalt und Ihre Untergrenze fest, gestützt auf die marktübliche Spanne.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>After the round</source>
        <translation>Nach der Runde</translation>
    </message>
    <message>
        <source>Thank-you note to %1, within a day</source>
        <translation>Dankeschön an %1, innerhalb eines Tages</translation>
    </message>
    <message>
        <source>A short thank-you note to each person you met, within a day</source>
        <translation>Ein kurzes Dankeschön an jede Person, die Sie getroffen haben, innerhalb eines Tages</translation>
    </message>
    <message>
        <source>Ask about the next steps and when they will decide</source>
        <translation>Fragen Sie nach den nächsten Schritten und wann die Entscheidung fällt</translation>
    </message>
    <message>
        <source>Write the debrief while it is fresh</source>
        <translation>Schreiben Sie die Nachbesprechung, solange die Erinnerung frisch ist</translation>
    </message>
    <message>
        <source>Duration: %1 minutes</source>
        <translation>Dauer: %1 Minuten</translation>
    </message>
</context>
<context>
    <name>PrepSheetPdf</name>
    <message>
        <source>No file name was given for the prep sheet.</source>
        <translation>Für das Vorbereitungsblatt wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>The prep sheet could not be written to “%1”: %2</source>
        <translation>Das Vorbereitungsblatt konnte nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The prep sheet could not be drawn.</source>
        <translation>Das Vorbereitungsblatt konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>PrepSheetPreview</name>
    <message>
        <source>Prep sheet</source>
        <translation>Vorbereitungsblatt</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You have typed into this form. Close it and lose what you typed?</source>
        <translation>Sie haben in diesem Formular etwas eingegeben. Möchten Sie es schließen und Ihre Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>Line %1 of the question bank names an unknown category.</source>
        <translation>Zeile %1 des Fragenkatalogs nennt eine unbekannte Kategorie.</translation>
    </message>
    <message>
        <source>Line %1 of the question bank comes before any category.</source>
        <translation>Zeile %1 des Fragenkatalogs steht vor der ersten Kategorie.</translation>
    </message>
    <message>
        <source>The question bank could not be read.</source>
        <translation>Der Fragenkatalog konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The question bank could not be added to the file.</source>
        <translation>Der Fragenkatalog konnte nicht zur Datei hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>QuestionBankProxy</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Next practice</source>
        <translation>Nächste Übung</translation>
    </message>
</context>
<context>
    <name>QuestionCategory</name>
    <message>
        <source>About you and motivation</source>
        <translation>Zur Person und Motivation</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Verhaltensbasiert</translation>
    </message>
    <message>
        <source>Role and skills</source>
        <translation>Stelle und Fähigkeiten</translation>
    </message>
    <message>
        <source>Company and culture fit</source>
        <translation>Unternehmen und kulturelle Passung</translation>
    </message>
    <message>
        <source>Second and final rounds</source>
        <translation>Zweite und letzte Runden</translation>
    </message>
    <message>
        <source>Salary and logistics</source>
        <translation>Gehalt und Organisatorisches</translation>
    </message>
    <message>
        <source>Curveballs</source>
        <translation>Überraschungsfragen</translation>
    </message>
    <message>
        <source>Questions to ask them</source>
        <translation>Eigene Fragen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Your answer: short, concrete, ending with the result.</source>
        <translation>Ihre Antwort: kurz, konkret, mit dem Ergebnis am Schluss.</translation>
    </message>
    <message>
        <source>Separate tags with ;</source>
        <translation>Tags mit ; trennen</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Suits:</source>
        <translation>&amp;Passend für:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>St&amp;ories:</source>
        <translation>&amp;Beispiele:</translation>
    </message>
</context>
<context>
    <name>QuestionFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a question file.</source>
        <translation>„%1“ ist ein Ordner, keine Fragendatei.</translation>
    </message>
    <message>
        <source>“%1” is larger than 5 MiB; a question file is far smaller. Nothing was imported.</source>
        <translation>„%1“ ist größer als 5 MiB; eine Fragendatei ist viel kleiner. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” was not imported. %2</source>
        <translation>„%1“ wurde nicht importiert. %2</translation>
    </message>
    <message>
        <source>The file is larger than 5 MiB.</source>
        <translation>Die Datei ist größer als 5 MiB.</translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation>Dies ist keine Textdatei.</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Zeile %1: Die Datei ist kein UTF-8-Text. Speichern Sie sie als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Line 1: the file is empty; it needs the header question,category,answer,tags.</source>
        <translation>Zeile 1: Die Datei ist leer; sie benötigt die Kopfzeile question,category,answer,tags.</translation>
    </message>
    <message>
        <source>Line %1: the first line must be the header question,category,answer,tags.</source>
        <translation>Zeile %1: Die erste Zeile muss die Kopfzeile question,category,answer,tags sein.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields instead of 4 (question, category, answer, tags).</source>
        <translation>Zeile %1: %2 Felder statt 4 (question, category, answer, tags).</translation>
    </message>
    <message>
        <source>Line %1: the question is empty.</source>
        <translation>Zeile %1: Die Frage ist leer.</translation>
    </message>
    <message>
        <source>Line %1: the question is longer than %2 characters.</source>
        <translation>Zeile %1: Die Frage ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>Line %1: the answer is longer than %2 characters.</source>
        <translation>Zeile %1: Die Antwort ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 tags.</source>
        <translation>Zeile %1: mehr als %2 Tags.</translation>
    </message>
    <message>
        <source>Line %1: a tag is longer than %2 characters.</source>
        <translation>Zeile %1: Ein Tag ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a category. Use one of: %3.</source>
        <translation>Zeile %1: „%2“ ist keine Kategorie. Verwenden Sie eine der folgenden: %3.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie einen Dateinamen in diesem Ordner.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation>Der Ordner „%1“ ist nicht vorhanden. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 at %2 starts at %3 — %4.</source>
        <translation>Runde %1 bei %2 beginnt um %3 – %4.</translation>
    </message>
    <message>
        <source>Round %1 at %2 (%3) starts at %4 — %5.</source>
        <extracomment>Reminder: round number, company, role, start time, how long from now</extracomment>
        <translation>Runde %1 bei %2 (%3) beginnt um %4 – %5.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A start on another day: &quot;Tue 24 Nov at 09:00&quot;</extracomment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Round %1 at %2 starts on %3 — %4.</source>
        <translation>Runde %1 bei %2 beginnt am %3 – %4.</translation>
    </message>
    <message>
        <source>Round %1 at %2 (%3) starts on %4 — %5.</source>
        <translation>Runde %1 bei %2 (%3) beginnt am %4 – %5.</translation>
    </message>
    <message>
        <source>Interview soon</source>
        <translation>Gespräch steht bevor</translation>
    </message>
</context>
<context>
    <name>RemoveApplicationsCommand</name>
    <message numerus="yes">
        <source>Archive %n application(s)</source>
        <translation>
            <numerusform>%n Bewerbung archivieren</numerusform>
            <numerusform>%n Bewerbungen archivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n application(s)</source>
        <translation>
            <numerusform>%n Bewerbung löschen</numerusform>
            <numerusform>%n Bewerbungen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>&amp;Schedule round…</source>
        <translation>&amp;Runde planen…</translation>
    </message>
    <message>
        <source>Interview &amp;rounds…</source>
        <translation>&amp;Gesprächsrunden…</translation>
    </message>
    <message>
        <source>Interview rounds</source>
        <translation>Gesprächsrunden</translation>
    </message>
    <message>
        <source>Select an application on the pipeline board first.</source>
        <translation>Wählen Sie zuerst auf dem Pipeline-Board eine Bewerbung aus.</translation>
    </message>
    <message>
        <source>SecondRound</source>
        <translation>SecondRound</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Add an application on the pipeline board first; rounds belong to one.</source>
        <translation>Legen Sie zuerst auf dem Pipeline-Board eine Bewerbung an; jede Runde gehört zu einer Bewerbung.</translation>
    </message>
    <message>
        <source>New interview round</source>
        <translation>Neue Gesprächsrunde</translation>
    </message>
    <message>
        <source>Which application is the round for?</source>
        <translation>Für welche Bewerbung ist die Runde?</translation>
    </message>
</context>
<context>
    <name>RoundAgendaModel</name>
    <message>
        <source>Those days cannot be shown.</source>
        <translation>Diese Tage können nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Day and time of a round in the week agenda: &quot;Tue 24 Nov, 14:00&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>company, then role</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Mit: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RoundCalendarExport</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — cares about: %2</source>
        <translation>%1 – legt Wert auf: %2</translation>
    </message>
    <message>
        <source>Round %1: %2 — %3 at %4</source>
        <translation>Runde %1: %2 – %3 bei %4</translation>
    </message>
    <message>
        <source>Time: %1, %2 (%3)</source>
        <translation>Termin: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Meeting link: %1</source>
        <translation>Besprechungslink: %1</translation>
    </message>
    <message>
        <source>Who will attend: not known yet — ask</source>
        <translation>Wer nimmt teil: noch unbekannt – fragen Sie nach</translation>
    </message>
    <message>
        <source>Who will attend:</source>
        <translation>Wer nimmt teil:</translation>
    </message>
    <message>
        <source>Why this round: %1</source>
        <translation>Anlass dieser Runde: %1</translation>
    </message>
    <message>
        <source>Before the interview:</source>
        <translation>Vor dem Gespräch:</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie einen Dateinamen in diesem Ordner.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation>Der Ordner „%1“ ist nicht vorhanden. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There are no scheduled rounds ahead to export, so no file was written.</source>
        <translation>Es stehen keine geplanten Runden zum Exportieren an, daher wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>RoundCalendarImport</name>
    <message>
        <source>The file has no stages to put a new application in.</source>
        <translation>Die Datei hat keine Phase, in die eine neue Bewerbung eingefügt werden kann.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>“%1” spans %2 days; it was set to its first day at %3 for %4 hours. Change the time if you know it.</source>
        <translation>„%1“ erstreckt sich über %2 Tage; der Termin wurde auf den ersten Tag um %3 Uhr mit einer Dauer von %4 Stunden gelegt. Ändern Sie die Uhrzeit, wenn Sie sie kennen.</translation>
    </message>
    <message>
        <source>“%1” is a whole-day event; it was set to %2 for %3 hours. Change the time if you know it.</source>
        <translation>„%1“ ist ein ganztägiger Termin; er wurde auf %2 Uhr mit einer Dauer von %3 Stunden gelegt. Ändern Sie die Uhrzeit, wenn Sie sie kennen.</translation>
    </message>
    <message>
        <source>“%1” was given in a time zone without a name (%2); it keeps its time and is shown in your time zone, %3.</source>
        <translation>„%1“ ist in einer Zeitzone ohne Namen angegeben (%2); der Zeitpunkt bleibt erhalten und wird in Ihrer Zeitzone %3 angezeigt.</translation>
    </message>
    <message>
        <source>“%1” lasts less than %2 minutes in the calendar; it was stored as %2 minutes.</source>
        <translation>„%1“ dauert im Kalender weniger als %2 Minuten; gespeichert wurde eine Dauer von %2 Minuten.</translation>
    </message>
    <message>
        <source>“%1” lasts %2 minutes in the calendar; a round lasts at most %3 minutes, so it was stored as %3 minutes.</source>
        <translation>„%1“ dauert im Kalender %2 Minuten; eine Runde dauert höchstens %3 Minuten, daher wurde eine Dauer von %3 Minuten gespeichert.</translation>
    </message>
    <message>
        <source>The location of “%1” was shortened to %2 characters.</source>
        <translation>Der Ort von „%1“ wurde auf %2 Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>“%1” repeats; only its first occurrence was imported.</source>
        <translation>„%1“ ist ein Serientermin; nur der erste Termin der Serie wurde importiert.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>There is no application with the id %1.</source>
        <translation>Es gibt keine Bewerbung mit der ID %1.</translation>
    </message>
    <message>
        <source>Choose at least one event to import.</source>
        <translation>Wählen Sie mindestens einen Termin zum Importieren aus.</translation>
    </message>
    <message>
        <source>Nothing was imported, because “%1” cannot be stored as a round: %2</source>
        <translation>Es wurde nichts importiert, da „%1“ nicht als Runde gespeichert werden kann: %2</translation>
    </message>
    <message>
        <source>There is no application with the id %1. Nothing was imported.</source>
        <translation>Es gibt keine Bewerbung mit der ID %1. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported, because “%1” could not be stored: %2</source>
        <translation>Es wurde nichts importiert, da „%1“ nicht gespeichert werden konnte: %2</translation>
    </message>
    <message>
        <source>The imported rounds could not be put back.</source>
        <translation>Die importierten Runden konnten nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Invisible control characters (such as text direction overrides) were removed from the title, place or names of “%1”.</source>
        <translation>Aus Titel, Ort oder Namen von „%1“ wurden unsichtbare Steuerzeichen (etwa zur Änderung der Schreibrichtung) entfernt.</translation>
    </message>
    <message>
        <source>The person “%1” could not be saved: %2</source>
        <translation>Die Person „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>RoundCatalog</name>
    <message>
        <source>Phone screen</source>
        <translation>Telefoninterview</translation>
    </message>
    <message>
        <source>Video interview</source>
        <translation>Videogespräch</translation>
    </message>
    <message>
        <source>Technical interview</source>
        <translation>Fachgespräch</translation>
    </message>
    <message>
        <source>Behavioural interview</source>
        <translation>Verhaltensbasiertes Gespräch</translation>
    </message>
    <message>
        <source>HR interview</source>
        <translation>HR-Gespräch</translation>
    </message>
    <message>
        <source>Panel interview</source>
        <translation>Panel-Gespräch</translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation>Besuch vor Ort</translation>
    </message>
    <message>
        <source>Final interview</source>
        <translation>Abschlussgespräch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Their usual multi-step process</source>
        <translation>Übliches mehrstufiges Auswahlverfahren</translation>
    </message>
    <message>
        <source>Choosing between finalists</source>
        <translation>Entscheidung in der engeren Auswahl</translation>
    </message>
    <message>
        <source>Testing fit with the team and culture</source>
        <translation>Passung zu Team und Unternehmenskultur</translation>
    </message>
    <message>
        <source>A senior manager or the team must approve</source>
        <translation>Zustimmung einer Führungskraft oder des Teams</translation>
    </message>
    <message>
        <source>Clearing up a doubt from an earlier round</source>
        <translation>Klärung einer offenen Frage aus einer früheren Runde</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>The first round was probably a screen. Expect deeper questions on the role itself and stories that show how you work.</source>
        <translation>Die erste Runde war vermutlich eine Vorauswahl. Rechnen Sie mit vertiefenden Fragen zur Stelle selbst und mit der Bitte um Beispiele, die zeigen, wie Sie arbeiten.</translation>
    </message>
    <message>
        <source>You are being compared. Be ready to say what you can do from day one that the other finalists cannot, with one or two concrete results.</source>
        <translation>Sie werden mit anderen verglichen. Überlegen Sie sich, was Sie vom ersten Tag an einbringen können und die anderen in der engeren Auswahl nicht – belegt mit ein oder zwei konkreten Ergebnissen.</translation>
    </message>
    <message>
        <source>Your skills are accepted; now they want to know how you work with people. Prepare stories about collaboration and conflict, and ask about the team&apos;s habits.</source>
        <translation>Ihre fachlichen Fähigkeiten überzeugen; jetzt geht es darum, wie Sie mit Menschen zusammenarbeiten. Bereiten Sie Beispiele zu Zusammenarbeit und Konflikten vor und fragen Sie nach den Gepflogenheiten im Team.</translation>
    </message>
    <message>
        <source>New people decide now, and each starts from zero. Restate your strongest points briefly and connect them to what this person is responsible for.</source>
        <translation>Jetzt entscheiden neue Personen, und jede fängt bei null an. Wiederholen Sie kurz Ihre größten Stärken und verknüpfen Sie sie mit dem Verantwortungsbereich der jeweiligen Person.</translation>
    </message>
    <message>
        <source>Something left a question open. Look at your notes for weak answers or concerns, and prepare a short, honest answer that settles it.</source>
        <translation>Etwas ist offen geblieben. Suchen Sie in Ihren Notizen nach schwachen Antworten oder Bedenken und bereiten Sie eine kurze, ehrliche Antwort vor, die die Frage klärt.</translation>
    </message>
    <message>
        <source>Ask the recruiter what this round is for and who will be there; it changes how to prepare.</source>
        <translation>Fragen Sie Ihre Ansprechperson im Recruiting, wozu diese Runde dient und wer teilnimmt – davon hängt Ihre Vorbereitung ab.</translation>
    </message>
    <message>
        <source>Ask who will attend</source>
        <translation>Fragen Sie, wer teilnimmt</translation>
    </message>
    <message>
        <source>Review the notes from the previous round</source>
        <translation>Gehen Sie die Notizen aus der vorigen Runde durch</translation>
    </message>
    <message>
        <source>Prepare three or four questions to ask them</source>
        <translation>Bereiten Sie drei oder vier eigene Fragen vor</translation>
    </message>
    <message>
        <source>Know your salary target and walk-away figure</source>
        <translation>Legen Sie Ihr Wunschgehalt und Ihre Untergrenze fest</translation>
    </message>
    <message>
        <source>Arrive (or log in) ten minutes early with copies of your resume</source>
        <translation>Seien Sie zehn Minuten früher da (oder online), mit Kopien Ihres Lebenslaufs</translation>
    </message>
    <message>
        <source>Afterwards: a short thank-you note to each person, within a day</source>
        <translation>Danach: Schicken Sie jeder Person innerhalb eines Tages ein kurzes Dankeschön</translation>
    </message>
</context>
<context>
    <name>RoundCommands</name>
    <message>
        <source>Round %1 at %2</source>
        <translation>Runde %1 bei %2</translation>
    </message>
    <message>
        <source>Add round “%1”</source>
        <translation>Runde „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>interview round</source>
        <translation>Gesprächsrunde</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Change who attends %1</source>
        <translation>Teilnehmende an %1 ändern</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Choose a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <source>New interview round</source>
        <translation>Neue Gesprächsrunde</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Wann und wo</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation>&amp;um</translation>
    </message>
    <message>
        <source>The zone&apos;s offset from UTC on the chosen day</source>
        <translation>Abweichung der Zeitzone von UTC am ausgewählten Tag</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Address, floor, who to ask for at reception</source>
        <translation>Adresse, Stockwerk, nach wem Sie am Empfang fragen</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Gesprächsart:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Meeting link:</source>
        <translation>&amp;Besprechungslink:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Why and who</source>
        <translation>Anlass und Personen</translation>
    </message>
    <message>
        <source>Why they asked for this &amp;round:</source>
        <translation>Anlass für diese &amp;Runde:</translation>
    </message>
    <message>
        <source>W&amp;ho will be there:</source>
        <translation>Wer nimmt &amp;teil:</translation>
    </message>
    <message>
        <source>Later rounds bring new people, and each starts from zero. Knowing who comes lets you prepare for each of them.</source>
        <translation>In späteren Runden kommen neue Personen hinzu, und jede fängt bei null an. Wenn Sie wissen, wer teilnimmt, können Sie sich auf jede einzelne vorbereiten.</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>&amp;Person hinzufügen…</translation>
    </message>
    <message>
        <source>How it went, the next step and when they will decide.</source>
        <translation>Wie es gelaufen ist, wie es weitergeht und wann die Entscheidung fällt.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Es ist keine Datei geöffnet.</translation>
    </message>
    <message>
        <source>Edit %1 at %2</source>
        <translation>%1 bei %2 bearbeiten</translation>
    </message>
    <message>
        <source>That is %1 your time</source>
        <translation>Bei Ihnen ist das %1</translation>
    </message>
    <message>
        <source>That is %1 on %2 your time</source>
        <translation>Bei Ihnen ist das am %2 um %1</translation>
    </message>
    <message>
        <source>Overlaps %1 at %2, %3</source>
        <translation>Überschneidet sich mit %1 bei %2, %3</translation>
    </message>
    <message>
        <source>Choose the day of the interview.</source>
        <translation>Wählen Sie den Tag des Gesprächs.</translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>Person &amp;löschen…</translation>
    </message>
</context>
<context>
    <name>RoundFormat</name>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, then time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <comment>local time, then the time in the round&apos;s own zone</comment>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start and end time</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Ask who will attend</source>
        <translation>Fragen Sie, wer teilnimmt</translation>
    </message>
</context>
<context>
    <name>RoundQuestionsDialog</name>
    <message>
        <source>Questions to ask</source>
        <translation>Eigene Fragen</translation>
    </message>
    <message>
        <source>Questions to ask in %1 (at least three):</source>
        <translation>Eigene Fragen für %1 (mindestens drei):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare at least three</source>
        <translation>mindestens drei vorbereiten</translation>
    </message>
</context>
<context>
    <name>RoundScheduler</name>
    <message>
        <source>Schedule round</source>
        <translation>Runde planen</translation>
    </message>
    <message>
        <source>The application for %1 at %2 now has an interview round. Move it to “%3” as well?</source>
        <translation>Die Bewerbung als %1 bei %2 hat jetzt eine Gesprächsrunde. Soll sie auch nach „%3“ verschoben werden?</translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation>Nach „%1“ verschieben</translation>
    </message>
</context>
<context>
    <name>RoundStore</name>
    <message>
        <source>The interview rounds could not be read.</source>
        <translation>Die Gesprächsrunden konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The people in the rounds could not be read.</source>
        <translation>Die Personen der Runden konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The interview round no longer exists.</source>
        <translation>Die Gesprächsrunde ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The people in the round could not be saved.</source>
        <translation>Die Personen der Runde konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Only people from the application&apos;s company can be listed for its rounds.</source>
        <translation>Bei den Runden einer Bewerbung können nur Personen aus dem Unternehmen der Bewerbung eingetragen werden.</translation>
    </message>
    <message>
        <source>The interview round could not be saved.</source>
        <translation>Die Gesprächsrunde konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>That time does not exist in the round&apos;s time zone.</source>
        <translation>Diese Uhrzeit gibt es in der Zeitzone der Runde nicht.</translation>
    </message>
    <message>
        <source>The interview round could not be moved.</source>
        <translation>Die Gesprächsrunde konnte nicht verschoben werden.</translation>
    </message>
    <message>
        <source>The interview round could not be deleted.</source>
        <translation>Die Gesprächsrunde konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The interview round could not be put back.</source>
        <translation>Die Gesprächsrunde konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Der Name ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>The email address does not look right (name@example.com).</source>
        <translation>Die E-Mail-Adresse scheint nicht zu stimmen (name@example.com).</translation>
    </message>
    <message>
        <source>The profile link must be a web address starting with http:// or https://.</source>
        <translation>Der Profil-Link muss eine Webadresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>The person could not be read.</source>
        <translation>Die Person konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Die Person ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The people could not be read.</source>
        <translation>Die Personen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The application could not be read.</source>
        <translation>Die Bewerbung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>Die Bewerbung ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The person could not be saved.</source>
        <translation>Die Person konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The person could not be deleted.</source>
        <translation>Die Person konnte nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>This person is still listed in %n round(s). Remove them from there first.</source>
        <translation>
            <numerusform>Diese Person ist noch in %n Runde eingetragen. Entfernen Sie sie zuerst dort.</numerusform>
            <numerusform>Diese Person ist noch in %n Runden eingetragen. Entfernen Sie sie zuerst dort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names, titles, addresses and numbers are one line without invisible control characters.</source>
        <translation>Namen, Positionen, Adressen und Nummern bestehen aus einer Zeile ohne unsichtbare Steuerzeichen.</translation>
    </message>
    <message>
        <source>The person could not be put back.</source>
        <translation>Die Person konnte nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>RoundText</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Date format for the calendar lists (Qt date format): weekday, day, month</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <extracomment>Local start time, then the start in the zone the round was arranged in</extracomment>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <translation>Runde %1 · %2</translation>
    </message>
    <message>
        <source>Ask who will attend</source>
        <translation>Fragen Sie, wer teilnimmt</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
</context>
<context>
    <name>RoundValidator</name>
    <message>
        <source>Choose the time zone the interview is in.</source>
        <translation>Wählen Sie die Zeitzone, in der das Gespräch stattfindet.</translation>
    </message>
    <message>
        <source>Enter a start date and time that exists in that time zone (clocks may change that night).</source>
        <translation>Geben Sie einen Beginn an, den es in dieser Zeitzone gibt (in dieser Nacht werden möglicherweise die Uhren umgestellt).</translation>
    </message>
    <message>
        <source>The duration must be between %1 and %2 minutes.</source>
        <translation>Die Dauer muss zwischen %1 und %2 Minuten liegen.</translation>
    </message>
    <message>
        <source>The location is too long (at most 300 characters).</source>
        <translation>Der Ort ist zu lang (höchstens 300 Zeichen).</translation>
    </message>
    <message>
        <source>The meeting link must be a web address starting with http:// or https://.</source>
        <translation>Der Besprechungslink muss eine Webadresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>The outcome is too long (at most 20,000 characters).</source>
        <translation>Das Ergebnis ist zu lang (höchstens 20.000 Zeichen).</translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; the location is one line.</source>
        <translation>Entfernen Sie die Zeilenumbrüche und unsichtbaren Steuerzeichen; der Ort besteht aus nur einer Zeile.</translation>
    </message>
</context>
<context>
    <name>SalaryCommand</name>
    <message>
        <source>Set salary figures</source>
        <translation>Gehaltsangaben festlegen</translation>
    </message>
</context>
<context>
    <name>SalaryReading</name>
    <message>
        <source>“%1” is not a currency; use a three-letter code such as EUR, USD or GBP.</source>
        <translation>„%1“ ist keine Währung; verwenden Sie einen Code aus drei Buchstaben wie EUR, USD oder GBP.</translation>
    </message>
    <message>
        <source>“%1” is not a salary; write it like 70000, 70.000 €, €70,000–80,000 or 70k-80k.</source>
        <translation>„%1“ ist kein Gehalt; schreiben Sie es wie 70000, 70.000 €, €70,000–80,000 oder 70k-80k.</translation>
    </message>
    <message>
        <source>“%1” names more than one currency.</source>
        <translation>„%1“ nennt mehr als eine Währung.</translation>
    </message>
    <message>
        <source>“%1” is a range; this column holds one amount.</source>
        <translation>„%1“ ist eine Spanne; diese Spalte enthält einen Betrag.</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message numerus="yes">
        <source>Sample data is only added to an empty file, and this one already has %n application(s).</source>
        <translation>
            <numerusform>Beispieldaten werden nur zu einer leeren Datei hinzugefügt, und diese enthält bereits %n Bewerbung.</numerusform>
            <numerusform>Beispieldaten werden nur zu einer leeren Datei hinzugefügt, und diese enthält bereits %n Bewerbungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no open stage to put applications in.</source>
        <translation>Die Datei hat keine offene Phase, in die Bewerbungen eingefügt werden können.</translation>
    </message>
    <message>
        <source>The sample data could not be added.</source>
        <translation>Die Beispieldaten konnten nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Build and run services for a growing product team.</source>
        <translation>Services für ein wachsendes Produktteam entwickeln und betreiben.</translation>
    </message>
    <message>
        <source>Went well; they asked for a concrete example of leading a project.</source>
        <translation>Lief gut; gefragt wurde nach einem konkreten Beispiel für die Leitung eines Projekts.</translation>
    </message>
    <message>
        <source>Backend engineer</source>
        <translation>Backend-Entwickler:in</translation>
    </message>
    <message>
        <source>Product designer</source>
        <translation>Produktdesigner:in</translation>
    </message>
    <message>
        <source>Data analyst</source>
        <translation>Datenanalyst:in</translation>
    </message>
    <message>
        <source>Engineering manager</source>
        <translation>Engineering-Manager:in</translation>
    </message>
    <message>
        <source>Frontend developer</source>
        <translation>Frontend-Entwickler:in</translation>
    </message>
    <message>
        <source>QA engineer</source>
        <translation>QA-Ingenieur:in</translation>
    </message>
    <message>
        <source>Site reliability engineer</source>
        <translation>Site-Reliability-Ingenieur:in</translation>
    </message>
    <message>
        <source>Product manager</source>
        <translation>Produktmanager:in</translation>
    </message>
    <message>
        <source>Data scientist</source>
        <translation>Data Scientist</translation>
    </message>
    <message>
        <source>Technical writer</source>
        <translation>Technische:r Redakteur:in</translation>
    </message>
    <message>
        <source>Mobile developer</source>
        <translation>Mobile-Entwickler:in</translation>
    </message>
    <message>
        <source>Security engineer</source>
        <translation>Security-Ingenieur:in</translation>
    </message>
    <message>
        <source>Solutions architect</source>
        <translation>Lösungsarchitekt:in</translation>
    </message>
    <message>
        <source>UX researcher</source>
        <translation>UX-Researcher</translation>
    </message>
    <message>
        <source>Platform engineer</source>
        <translation>Plattform-Ingenieur:in</translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation>Berlin</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Hamburg (hybrid)</source>
        <translation>Hamburg (hybrid)</translation>
    </message>
    <message>
        <source>Munich</source>
        <translation>München</translation>
    </message>
    <message>
        <source>Amsterdam</source>
        <translation>Amsterdam</translation>
    </message>
    <message>
        <source>London</source>
        <translation>London</translation>
    </message>
    <message>
        <source>Vienna</source>
        <translation>Wien</translation>
    </message>
    <message>
        <source>Zurich</source>
        <translation>Zürich</translation>
    </message>
    <message>
        <source>Remote (EU)</source>
        <translation>Remote (EU)</translation>
    </message>
    <message>
        <source>Cologne</source>
        <translation>Köln</translation>
    </message>
    <message>
        <source>Leipzig</source>
        <translation>Leipzig</translation>
    </message>
    <message>
        <source>Copenhagen</source>
        <translation>Kopenhagen</translation>
    </message>
    <message>
        <source>Company website</source>
        <translation>Unternehmenswebsite</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruiter:in</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Jobbörse</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <source>Head of product</source>
        <translation>Head of Product</translation>
    </message>
    <message>
        <source>Senior engineer</source>
        <translation>Senior Engineer</translation>
    </message>
    <message>
        <source>HR business partner</source>
        <translation>HR Business Partner</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>CTO</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Ownership and clear communication.</source>
        <translation>Verantwortung und klare Kommunikation.</translation>
    </message>
    <message>
        <source>How you handle disagreement in reviews.</source>
        <translation>Wie Sie mit Meinungsverschiedenheiten in Reviews umgehen.</translation>
    </message>
    <message>
        <source>Depth in one area, curiosity for the rest.</source>
        <translation>Tiefe in einem Gebiet, Neugier für den Rest.</translation>
    </message>
    <message>
        <source>Salary expectations and notice period.</source>
        <translation>Gehaltsvorstellung und Kündigungsfrist.</translation>
    </message>
    <message>
        <source>Whether you can mentor juniors.</source>
        <translation>Ob Sie Berufseinsteiger betreuen können.</translation>
    </message>
    <message>
        <source>Delivery under changing priorities.</source>
        <translation>Ergebnisse trotz wechselnder Prioritäten.</translation>
    </message>
    <message>
        <source>Team of six, product-led.</source>
        <translation>Team aus sechs Personen, produktgetrieben.</translation>
    </message>
    <message>
        <source>Recruiter mentioned a take-home task.</source>
        <translation>Die Recruiterin erwähnte eine Aufgabe für zu Hause.</translation>
    </message>
    <message>
        <source>Strong mentoring culture, ask about the on-call rota.</source>
        <translation>Ausgeprägte Mentoring-Kultur; nach dem Bereitschaftsplan fragen.</translation>
    </message>
    <message>
        <source>Salary band published in the ad.</source>
        <translation>Gehaltsband in der Anzeige veröffentlicht.</translation>
    </message>
    <message>
        <source>Met the lead at a conference.</source>
        <translation>Die Teamleitung auf einer Konferenz kennengelernt.</translation>
    </message>
    <message>
        <source>Follow up about the visa question.</source>
        <translation>Wegen der Visumsfrage nachhaken.</translation>
    </message>
</context>
<context>
    <name>SingleLineValidator</name>
    <message>
        <source>Line breaks and invisible control characters (such as text direction overrides) were removed; this field holds one line of visible text.</source>
        <translation>Zeilenumbrüche und unsichtbare Steuerzeichen (etwa zur Änderung der Schreibrichtung) wurden entfernt; dieses Feld enthält eine Zeile sichtbaren Texts.</translation>
    </message>
</context>
<context>
    <name>SpeakingTime</name>
    <message numerus="yes">
        <source>%n word(s), about %1 to say</source>
        <translation>
            <numerusform>%n Wort, etwa %1 Sprechzeit</numerusform>
            <numerusform>%n Wörter, etwa %1 Sprechzeit</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation>Noch keine Antwort.</translation>
    </message>
    <message>
        <source>short: a full answer takes 1:30 to 3:00</source>
        <translation>kurz: Eine vollständige Antwort dauert 1:30 bis 3:00</translation>
    </message>
    <message>
        <source>too long: aim for at most 3:00</source>
        <translation>zu lang: höchstens 3:00 anstreben</translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message>
        <source>Import app&amp;lications…</source>
        <translation>Bewerbungen im&amp;portieren…</translation>
    </message>
    <message>
        <source>E&amp;xport applications…</source>
        <translation>Bewerbungen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tabellen-Exporte (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Bewerbungen importieren</translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be imported into it.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet, daher kann nichts importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation>
            <numerusform>%n hinzugefügt, </numerusform>
            <numerusform>%n hinzugefügt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Export applications</source>
        <translation>Bewerbungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n application(s) to %1</source>
        <translation>
            <numerusform>%n Bewerbung nach %1 exportiert</numerusform>
            <numerusform>%n Bewerbungen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpreadsheetField</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Date applied</source>
        <translation>Beworben am</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Salary from</source>
        <translation>Gehalt von</translation>
    </message>
    <message>
        <source>Salary to</source>
        <translation>Gehalt bis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Job link</source>
        <translation>Link zur Stelle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>SpreadsheetFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a spreadsheet file.</source>
        <translation>„%1“ ist ein Ordner, keine Tabellendatei.</translation>
    </message>
    <message>
        <source>“%1” is larger than 20 MiB; nothing was imported.</source>
        <translation>„%1“ ist größer als 20 MiB; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than 20 MiB; nothing was imported.</source>
        <translation>Die Datei ist größer als 20 MiB; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>This is not a text file. Save the spreadsheet as CSV (or as Unicode text) and import that.</source>
        <translation>Das ist keine Textdatei. Speichern Sie die Tabelle als CSV (oder als Unicode-Text) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a line of column headings and at least one application.</source>
        <translation>Die Datei ist leer: Sie braucht eine Zeile mit Spaltenüberschriften und mindestens eine Bewerbung.</translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns; this does not look like a list of applications.</source>
        <translation>Zeile %1: mehr als %2 Spalten; das sieht nicht nach einer Liste von Bewerbungen aus.</translation>
    </message>
    <message>
        <source>Line %1, column %2: a value in a column without a heading. Give the column a heading or remove the value.</source>
        <translation>Zeile %1, Spalte %2: ein Wert in einer Spalte ohne Überschrift. Geben Sie der Spalte eine Überschrift oder entfernen Sie den Wert.</translation>
    </message>
    <message>
        <source>The file has column headings but no applications.</source>
        <translation>Die Datei hat Spaltenüberschriften, aber keine Bewerbungen.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>Spalte %1 (%2)</translation>
    </message>
    <message>
        <source>Line %1, %2: </source>
        <translation>Zeile %1, %2: </translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>Another program is using the file right now. Close it and try again.</source>
        <translation>Ein anderes Programm verwendet die Datei gerade. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is read-only, so nothing can be changed.</source>
        <translation>Die Datei ist schreibgeschützt, daher kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file is damaged. Open a backup copy instead.</source>
        <translation>Die Datei ist beschädigt. Öffnen Sie stattdessen eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>The file could not be read or written. Check that the disk is still there.</source>
        <translation>Die Datei konnte nicht gelesen oder geschrieben werden. Prüfen Sie, ob der Datenträger noch verfügbar ist.</translation>
    </message>
    <message>
        <source>An entry with the same name already exists.</source>
        <translation>Ein Eintrag mit demselben Namen ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The change would leave the data inconsistent, so it was not saved.</source>
        <translation>Die Änderung hätte die Daten inkonsistent gemacht und wurde daher nicht gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 %2 (Details: %3)</source>
        <translation>%1 %2 (Details: %3)</translation>
    </message>
</context>
<context>
    <name>SqlListModel</name>
    <message>
        <source>The list could not be read.</source>
        <translation>Die Liste konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Stage actions</source>
        <translation>Aktionen für die Phase</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) in this stage</source>
        <translation>
            <numerusform>%n Bewerbung in dieser Phase</numerusform>
            <numerusform>%n Bewerbungen in dieser Phase</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageCommands</name>
    <message>
        <source>Add stage “%1”</source>
        <translation>Phase „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename stage “%1” to “%2”</source>
        <translation>Phase „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Phasen neu anordnen</translation>
    </message>
    <message>
        <source>Remove stage “%1”</source>
        <translation>Phase „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>StageTimelineWidget</name>
    <message>
        <source>No stage changes recorded.</source>
        <translation>Keine Phasenwechsel aufgezeichnet.</translation>
    </message>
    <message>
        <source>Added to %1</source>
        <translation>Zu „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>moved from one stage to another</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>date and time, then the stage change</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>StartFile</name>
    <message>
        <source>The folder “%1” does not exist, so “%2” was neither opened nor created. Check the path given with --database.</source>
        <translation>Der Ordner „%1“ ist nicht vorhanden, daher wurde „%2“ weder geöffnet noch angelegt. Prüfen Sie den mit --database angegebenen Pfad.</translation>
    </message>
    <message>
        <source>Locate it…</source>
        <translation>Datei suchen…</translation>
    </message>
    <message>
        <source>Create a new, empty file there</source>
        <translation>Dort eine neue, leere Datei anlegen</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>The file you used last, “%1”, is no longer there: it was moved, renamed or deleted. What would you like to do?</source>
        <translation>Die zuletzt verwendete Datei „%1“ ist nicht mehr vorhanden: Sie wurde verschoben, umbenannt oder gelöscht. Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>SecondRound files (*.sqlite *.db);;All files (*)</source>
        <translation>SecondRound-Dateien (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Locate “%1”</source>
        <translation>„%1“ suchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Response rate by source</source>
        <translation>Antwortquote nach Quelle</translation>
    </message>
    <message>
        <source>Median days in each stage</source>
        <translation>Median der Tage in jeder Phase</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Keine Aktivität</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Bewerbung</numerusform>
            <numerusform>%n Bewerbungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 went on)</source>
        <translation>%1 (%2 kamen weiter)</translation>
    </message>
    <message>
        <source>, %1 went on to the next stage</source>
        <translation>, %1 kamen in die nächste Phase</translation>
    </message>
    <message>
        <source>No open stages.</source>
        <translation>Keine offenen Phasen.</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>Keine Quelle angegeben</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 answered, %2 of %n application(s)</source>
        <translation>
            <numerusform>%1 beantwortet, %2 von %n Bewerbung</numerusform>
            <numerusform>%1 beantwortet, %2 von %n Bewerbungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No applications sent yet.</source>
        <translation>Noch keine Bewerbungen verschickt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n stay(s))</source>
        <translation>
            <numerusform>%1 (%n Aufenthalt)</numerusform>
            <numerusform>%1 (%n Aufenthalte)</numerusform>
        </translation>
    </message>
    <message>
        <source>no card has left it yet</source>
        <translation>noch keine Karte hat sie verlassen</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open application(s) (%2)</source>
        <translation>
            <numerusform>%1 von %n offenen Bewerbung (%2)</numerusform>
            <numerusform>%1 von %n offenen Bewerbungen (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No open applications on the board.</source>
        <translation>Keine offenen Bewerbungen auf dem Board.</translation>
    </message>
    <message>
        <source>Applications that reached each stage (or a later one), and the share that went on to the next.</source>
        <translation>Bewerbungen, die jede Phase (oder eine spätere) erreicht haben, und der Anteil, der in die nächste kam.</translation>
    </message>
    <message>
        <source>Sent applications that got an answer: moved on, an interview, or a rejection.</source>
        <translation>Verschickte Bewerbungen mit einer Antwort: weiter gekommen, ein Gespräch oder eine Absage.</translation>
    </message>
    <message>
        <source>From entering a stage to leaving it, over the cards that left.</source>
        <translation>Vom Eintritt in eine Phase bis zum Verlassen, über die Karten, die sie verlassen haben.</translation>
    </message>
    <message numerus="yes">
        <source>Open applications on the board with nothing scheduled and no change for %n day(s), as the board&apos;s badge.</source>
        <translation>
            <numerusform>Offene Bewerbungen auf dem Board ohne Termin und ohne Änderung seit %n Tag, wie die Markierung auf dem Board.</numerusform>
            <numerusform>Offene Bewerbungen auf dem Board ohne Termin und ohne Änderung seit %n Tagen, wie die Markierung auf dem Board.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications and interviews per week</source>
        <translation>Bewerbungen und Gespräche pro Woche</translation>
    </message>
    <message>
        <source>The last 12 weeks; applications by the date applied, interviews by their date.</source>
        <translation>Die letzten 12 Wochen; Bewerbungen nach dem Bewerbungsdatum, Gespräche nach ihrem Datum.</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>Als PNG &amp;speichern…</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save statistics as PNG</source>
        <translation>Statistik als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Als PNG speichern</translation>
    </message>
</context>
<context>
    <name>StatisticsStore</name>
    <message>
        <source>The statistics could not be read.</source>
        <translation>Die Statistik konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgelaufen.</translation>
    </message>
</context>
<context>
    <name>StoryDialog</name>
    <message>
        <source>Where and when; what was at stake.</source>
        <translation>Wo und wann; was auf dem Spiel stand.</translation>
    </message>
    <message>
        <source>What you had to achieve.</source>
        <translation>Was Sie erreichen mussten.</translation>
    </message>
    <message>
        <source>What you did, step by step: “I”, not “we”.</source>
        <translation>Was Sie getan haben, Schritt für Schritt: „ich“, nicht „wir“.</translation>
    </message>
    <message>
        <source>What came of it.</source>
        <translation>Was dabei herauskam.</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Neues Beispiel</translation>
    </message>
    <message>
        <source>Edit story</source>
        <translation>Beispiel bearbeiten</translation>
    </message>
    <message>
        <source>A number if you have one: “cut waiting time by 40 %”</source>
        <translation>Eine Zahl, falls vorhanden: „Wartezeit um 40 % verkürzt“</translation>
    </message>
    <message>
        <source>Separate skills with ;</source>
        <translation>Fähigkeiten mit ; trennen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situation:</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Handlung:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Measurable result:</source>
        <translation>&amp;Messbares Ergebnis:</translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation>&amp;Fähigkeiten:</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>After a first interview</source>
        <translation>Nach einem ersten Gespräch</translation>
    </message>
    <message>
        <source>After a second or later round</source>
        <translation>Nach einer zweiten oder späteren Runde</translation>
    </message>
    <message>
        <source>After a panel interview</source>
        <translation>Nach einem Panel-Gespräch</translation>
    </message>
    <message>
        <source>After a final round</source>
        <translation>Nach einer letzten Runde</translation>
    </message>
    <message>
        <source>Follow-up after a week</source>
        <translation>Nachfassen nach einer Woche</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>Vorlage s&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>Neue &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation>Vorlage &amp;löschen</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Briefvorlagen</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Gaps filled in for each person: %1. {round} reads “second interview” (German: “zweite Gespräch”, so write “das {round}”). What stays unfilled is pointed out before a letter is sent.</source>
        <translation>Lücken, die für jede Person ausgefüllt werden: %1. {round} wird zu „zweite Gespräch“ (englisch: „second interview“), schreiben Sie also „das {round}“. Was nicht ausgefüllt wird, wird vor dem Senden eines Briefs angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Anlass:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit letter template</source>
        <translation>Briefvorlage bearbeiten</translation>
    </message>
    <message>
        <source>Saved. These are not gaps the app fills in and stay as written: %1</source>
        <translation>Gespeichert. Diese Lücken füllt die App nicht aus, sie bleiben so stehen: %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Thank you for the {round}</source>
        <translation>Vielen Dank für das {round}</translation>
    </message>
    <message>
        <source>Dear {first_name},



Best regards,
{my_name}</source>
        <translation>Guten Tag {full_name},



Mit freundlichen Grüßen
{my_name}</translation>
    </message>
    <message>
        <source>New letter template</source>
        <translation>Neue Briefvorlage</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the template “%1”? Letters written from it keep their text.</source>
        <translation>Die Vorlage „%1“ löschen? Briefe, die damit geschrieben wurden, behalten ihren Text.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete letter template</source>
        <translation>Briefvorlage löschen</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start saving.</source>
        <translation>Das Speichern konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not save the change.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
</context>
<context>
    <name>UnarchiveCommand</name>
    <message numerus="yes">
        <source>Put back %n application(s)</source>
        <translation>
            <numerusform>%n Bewerbung aus dem Archiv zurückholen</numerusform>
            <numerusform>%n Bewerbungen aus dem Archiv zurückholen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingRoundsModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>When an upcoming round starts: &quot;Tue 24 Nov, 14:00&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>An upcoming round: when, then company, role and round number</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n Tag</numerusform>
            <numerusform>In %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 at %3</source>
        <translation>%1
%2 bei %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>An upcoming round, then its checklist progress (&quot;Prep 5/9&quot;)</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>VanishedFileGuard</name>
    <message>
        <source>File moved or deleted</source>
        <translation>Datei verschoben oder gelöscht</translation>
    </message>
    <message>
        <source>“%1” was moved or deleted while it was open. Nothing more can be saved to it, but everything that is open is still here.

Save it to a new file now?</source>
        <translation>„%1“ wurde verschoben oder gelöscht, während die Datei geöffnet war. Darin kann nichts mehr gespeichert werden, aber alles Geöffnete ist noch da.

Jetzt in einer neuen Datei speichern?</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save everything to a new file</source>
        <translation>Alles in einer neuen Datei speichern</translation>
    </message>
    <message>
        <source>SecondRound files (*.sqlite)</source>
        <translation>SecondRound-Dateien (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Applications and interviews per week</source>
        <translation>Bewerbungen und Gespräche pro Woche</translation>
    </message>
    <message>
        <source>Week of %1: %2, %3</source>
        <translation>Woche vom %1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Bewerbung</numerusform>
            <numerusform>%n Bewerbungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Weeks, starting on Monday</source>
        <translation>Wochen, beginnend am Montag</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Organise your job search and prepare for every interview round.</source>
        <translation>Organisieren Sie Ihre Jobsuche und bereiten Sie sich auf jede Gesprächsrunde vor.</translation>
    </message>
    <message>
        <source>Open the SecondRound file at &lt;path&gt; (created if missing).</source>
        <translation>Die SecondRound-Datei unter &lt;Pfad&gt; öffnen (wird angelegt, falls nicht vorhanden).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Fill an empty file with invented sample applications.</source>
        <translation>Eine leere Datei mit erfundenen Beispielbewerbungen füllen.</translation>
    </message>
    <message>
        <source>Check the file&apos;s schema and integrity without opening a window, then exit.</source>
        <translation>Schema und Integrität der Datei prüfen, ohne ein Fenster zu öffnen, und dann beenden.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Write every scheduled interview round still ahead to the iCalendar file &lt;file&gt; without opening a window, then exit. The SecondRound file must exist.</source>
        <translation>Alle bevorstehenden geplanten Gesprächsrunden in die iCalendar-Datei &lt;Datei&gt; schreiben, ohne ein Fenster zu öffnen, und dann beenden. Die SecondRound-Datei muss vorhanden sein.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Add every event of the iCalendar file &lt;file&gt; as an interview round of the application given with --application, with its organizer and attendees as people, without opening a window, then exit. Nothing is added if any event cannot be.</source>
        <translation>Jeden Termin der iCalendar-Datei &lt;Datei&gt; als Gesprächsrunde zu der mit --application angegebenen Bewerbung hinzufügen und Einladende sowie Teilnehmende als Personen anlegen, ohne ein Fenster zu öffnen, und dann beenden. Lässt sich ein Termin nicht hinzufügen, wird gar nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The number (id) of the application --import-ics adds the rounds to.</source>
        <translation>Die Nummer (ID) der Bewerbung, zu der --import-ics die Runden hinzufügt.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Add the questions of the CSV file &lt;file&gt; (header question,category,answer,tags) to the question bank without opening a window, then exit. Questions already in the bank are skipped; nothing is added if the file has an error.</source>
        <translation>Die Fragen der CSV-Datei &lt;Datei&gt; (Kopfzeile question,category,answer,tags) zum Fragenkatalog hinzufügen, ohne ein Fenster zu öffnen, und dann beenden. Fragen, die bereits im Katalog sind, werden übersprungen; enthält die Datei einen Fehler, wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Write the question bank to the CSV file &lt;file&gt; without opening a window, then exit.</source>
        <translation>Den Fragenkatalog in die CSV-Datei &lt;Datei&gt; schreiben, ohne ein Fenster zu öffnen, und dann beenden.</translation>
    </message>
    <message>
        <source>Write the printable prep sheet of interview round &lt;round&gt; (its number, or &quot;next&quot; for the next one ahead) to the PDF file given with --output, without opening a window, then exit.</source>
        <translation>Das druckbare Vorbereitungsblatt der Gesprächsrunde &lt;Runde&gt; (ihre Nummer oder &quot;next&quot; für die nächste anstehende) in die mit --output angegebene PDF-Datei schreiben, ohne ein Fenster zu öffnen, und dann beenden.</translation>
    </message>
    <message>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>The PDF file --prep-sheet writes.</source>
        <translation>Die PDF-Datei, die --prep-sheet schreibt.</translation>
    </message>
    <message>
        <source>Write the thank-you letters of the interview round &lt;id&gt; as .eml files, one for each person listed, into the folder given with --output-dir, without opening a window, then exit. Drafts are proposed first for anyone who has none. Nothing is written if any letter cannot be.</source>
        <translation>Die Dankschreiben der Gesprächsrunde &lt;ID&gt; als .eml-Dateien, eine pro eingetragener Person, in den mit --output-dir angegebenen Ordner schreiben, ohne ein Fenster zu öffnen, und dann beenden. Für Personen ohne Entwurf wird zuerst einer vorgeschlagen. Lässt sich ein Brief nicht schreiben, wird gar nichts geschrieben.</translation>
    </message>
    <message>
        <source>The folder --draft-letters writes into.</source>
        <translation>Der Ordner, in den --draft-letters schreibt.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Add the applications of the spreadsheet file &lt;file&gt; (CSV: comma, semicolon or tab separated) without opening a window, then exit. Columns are matched by their headings; those already there (same company and role) are skipped; nothing is added if a row cannot be read.</source>
        <translation>Die Bewerbungen der Tabellendatei &lt;file&gt; (CSV: durch Komma, Semikolon oder Tabulator getrennt) ohne Fenster hinzufügen, dann beenden. Spalten werden über ihre Überschriften zugeordnet; bereits vorhandene (gleiches Unternehmen und gleiche Stelle) werden übersprungen; nichts wird hinzugefügt, wenn eine Zeile nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>With --import-applications: which column holds which field, over the guess from the headings, e.g. &quot;Firma=company,Stelle=role&quot;. Fields: company, role, stage, applied_on, location, salary, salary_min, salary_max, currency, source, job_url, notes, ignore.</source>
        <translation>Mit --import-applications: welche Spalte welches Feld enthält, vor der Vermutung aus den Überschriften, z. B. &quot;Firma=company,Stelle=role&quot;. Felder: company, role, stage, applied_on, location, salary, salary_min, salary_max, currency, source, job_url, notes, ignore.</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Write every application to the CSV file &lt;file&gt; (UTF-8, comma separated, ISO dates) without opening a window, then exit.</source>
        <translation>Alle Bewerbungen ohne Fenster in die CSV-Datei &lt;file&gt; schreiben (UTF-8, durch Komma getrennt, ISO-Daten), dann beenden.</translation>
    </message>
    <message>
        <source>iCalendar files (.ics) to import as interview rounds; a window that already has the file open imports them.</source>
        <translation>iCalendar-Dateien (.ics), die als Gesprächsrunden importiert werden; ein Fenster, das die Datei bereits geöffnet hat, importiert sie.</translation>
    </message>
    <message>
        <source>[invitation.ics...]</source>
        <translation>[einladung.ics...]</translation>
    </message>
</context>
</TS>
