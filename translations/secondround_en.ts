<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation><numerusform>%n application</numerusform><numerusform>%n applications</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation><numerusform>%n round</numerusform><numerusform>%n rounds</numerusform></translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message numerus="yes">
        <source>%n day(s) in %1</source>
        <translation><numerusform>%n day in %1</numerusform><numerusform>%n days in %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n day(s)</source>
        <translation><numerusform>No activity for %n day</numerusform><numerusform>No activity for %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n day(s) in stage</source>
        <translation><numerusform>%1, %2, %n day in stage</numerusform><numerusform>%1, %2, %n days in stage</numerusform></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation><numerusform>%n interview</numerusform><numerusform>%n interviews</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n more round(s) without a debrief)</source>
        <translation><numerusform>(%n more round without a debrief)</numerusform><numerusform>(%n more rounds without a debrief)</numerusform></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) here</source>
        <translation><numerusform>%n day here</numerusform><numerusform>%n days here</numerusform></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Added %n sample application(s).</source>
        <translation><numerusform>Added %n sample application.</numerusform><numerusform>Added %n sample applications.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n round(s) to %1</source>
        <translation><numerusform>Exported %n round to %1</numerusform><numerusform>Exported %n rounds to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the prep sheet for %1, %2, %3 (%n page(s)) to %4</source>
        <translation><numerusform>Wrote the prep sheet for %1, %2, %3 (%n page) to %4</numerusform><numerusform>Wrote the prep sheet for %1, %2, %3 (%n pages) to %4</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation><numerusform>%n added, </numerusform><numerusform>%n added, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation><numerusform>%n already there.</numerusform><numerusform>%n already there.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to %1</source>
        <translation><numerusform>Exported %n question to %1</numerusform><numerusform>Exported %n questions to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s).</source>
        <translation><numerusform>Wrote %n letter.</numerusform><numerusform>Wrote %n letters.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n application(s) to %1</source>
        <translation><numerusform>Exported %n application to %1</numerusform><numerusform>Exported %n applications to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation><numerusform>%n already there</numerusform><numerusform>%n already there</numerusform></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>%n broken reference(s) between records were found.</source>
        <translation><numerusform>%n broken reference between records was found.</numerusform><numerusform>%n broken references between records were found.</numerusform></translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message numerus="yes">
        <source>Imported %n round(s) into %1.</source>
        <translation><numerusform>Imported %n round into %1.</numerusform><numerusform>Imported %n rounds into %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the company.</source>
        <translation><numerusform>Added %n person to the company.</numerusform><numerusform>Added %n people to the company.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n round(s) to %1.</source>
        <translation><numerusform>Exported %n round to %1.</numerusform><numerusform>Exported %n rounds to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>IcsImportDialog</name>
    <message numerus="yes">
        <source>%n person(s) will be added</source>
        <translation><numerusform>%n person will be added</numerusform><numerusform>%n people will be added</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n already known at the company.</source>
        <translation><numerusform>%1; %n already known at the company.</numerusform><numerusform>%1; %n already known at the company.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportApplicationsCommand</name>
    <message numerus="yes">
        <source>Import %n application(s)</source>
        <translation><numerusform>Import %n application</numerusform><numerusform>Import %n applications</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportApplicationsDialog</name>
    <message numerus="yes">
        <source>%1 — %n row(s), separated by %2, read as %3.</source>
        <translation><numerusform>%1 — %n row, separated by %2, read as %3.</numerusform><numerusform>%1 — %n rows, separated by %2, read as %3.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) will be added.</source>
        <translation><numerusform>%n application will be added.</numerusform><numerusform>%n applications will be added.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already there (same company and role) will be skipped.</source>
        <translation><numerusform>%n already there (same company and role) will be skipped.</numerusform><numerusform>%n already there (same company and role) will be skipped.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportRoundsCommand</name>
    <message numerus="yes">
        <source>Import %n round(s) from a calendar</source>
        <translation><numerusform>Import %n round from a calendar</numerusform><numerusform>Import %n rounds from a calendar</numerusform></translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message numerus="yes">
        <source>(%n more round(s) like it)</source>
        <translation><numerusform>(%n more round like it)</numerusform><numerusform>(%n more rounds like it)</numerusform></translation>
    </message>
</context>
<context>
    <name>MonthDayDelegate</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation><numerusform>%n round</numerusform><numerusform>%n rounds</numerusform></translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <source>%1, %n interview(s)</source>
        <translation><numerusform>%1, %n interview</numerusform><numerusform>%1, %n interviews</numerusform></translation>
    </message>
</context>
<context>
    <name>PersonDeletion</name>
    <message numerus="yes">
        <source>Delete %1? This also removes them from %n interview round(s). Edit &gt; Undo brings them back.</source>
        <translation><numerusform>Delete %1? This also removes them from %n interview round. Edit &gt; Undo brings it back.</numerusform><numerusform>Delete %1? This also removes them from %n interview rounds. Edit &gt; Undo brings them back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? They are not in any round, and %n thank-you letter(s) to them will lose the addressee. Edit &gt; Undo brings them back.</source>
        <translation><numerusform>Delete %1? They are not in any round, and %n thank-you letter to them will lose the addressee. Edit &gt; Undo brings it back.</numerusform><numerusform>Delete %1? They are not in any round, and %n thank-you letters to them will lose the addressee. Edit &gt; Undo brings them back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? This also removes them from %2, and %n thank-you letter(s) to them will lose the addressee. Edit &gt; Undo brings them back.</source>
        <translation><numerusform>Delete %1? This also removes them from %2, and %n thank-you letter to them will lose the addressee. Edit &gt; Undo brings it back.</numerusform><numerusform>Delete %1? This also removes them from %2, and %n thank-you letters to them will lose the addressee. Edit &gt; Undo brings them back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interview round(s)</source>
        <translation><numerusform>%n interview round</numerusform><numerusform>%n interview rounds</numerusform></translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation><numerusform>%n application</numerusform><numerusform>%n applications</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) match</source>
        <translation><numerusform>%1 of %n application match</numerusform><numerusform>%1 of %n applications match</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation><numerusform>Move %n card to %1</numerusform><numerusform>Move %n cards to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Choose the stage for the %n application(s) now in “%1”:</source>
        <translation><numerusform>Choose the stage for the %n application now in “%1”:</numerusform><numerusform>Choose the stage for the %n applications now in “%1”:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete the application for %1 at %2 and its %n interview round(s)? Their people, notes and letters go with them, and the stage history too. Edit &gt; Undo brings it all back.</source>
        <translation><numerusform>Delete the application for %1 at %2 and its %n interview round? Their people, notes and letters go with them, and the stage history too. Edit &gt; Undo brings it all back.</numerusform><numerusform>Delete the application for %1 at %2 and its %n interview rounds? Their people, notes and letters go with them, and the stage history too. Edit &gt; Undo brings it all back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n applications?</source>
        <translation><numerusform>Delete %n application?</numerusform><numerusform>Delete %n applications?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 Their %n interview round(s), with people, notes and letters, and their stage history are deleted too. Edit &gt; Undo brings it all back.</source>
        <translation><numerusform>%1 Their %n interview round, with people, notes and letters, and their stage history are deleted too. Edit &gt; Undo brings it all back.</numerusform><numerusform>%1 Their %n interview rounds, with people, notes and letters, and their stage history are deleted too. Edit &gt; Undo brings it all back.</numerusform></translation>
    </message>
</context>
<context>
    <name>PracticeChart</name>
    <message numerus="yes">
        <source>%n review(s) in the last 30 days</source>
        <translation><numerusform>%n review in the last 30 days</numerusform><numerusform>%n reviews in the last 30 days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation><numerusform>on %n day</numerusform><numerusform>on %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>PracticeCommands</name>
    <message numerus="yes">
        <source>Delete %n question(s)</source>
        <translation><numerusform>Delete %n question</numerusform><numerusform>Delete %n questions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n question(s)</source>
        <translation><numerusform>Import %n question</numerusform><numerusform>Import %n questions</numerusform></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message numerus="yes">
        <source>%n question(s) due</source>
        <translation><numerusform>%n question due</numerusform><numerusform>%n questions due</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, round %2, %3: %4 of %n question(s) ready</source>
        <translation><numerusform>%1, round %2, %3: %4 of %n question ready</numerusform><numerusform>%1, round %2, %3: %4 of %n questions ready</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Practised %n time(s); next: %1</source>
        <translation><numerusform>Practised %n time; next: %1</numerusform><numerusform>Practised %n times; next: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) deleted. Edit &gt; Undo brings them back.</source>
        <translation><numerusform>%n question deleted. Edit &gt; Undo brings it back.</numerusform><numerusform>%n questions deleted. Edit &gt; Undo brings them back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation><numerusform>%n added, </numerusform><numerusform>%n added, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation><numerusform>%n already there.</numerusform><numerusform>%n already there.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to %1</source>
        <translation><numerusform>Exported %n question to %1</numerusform><numerusform>Exported %n questions to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, round %2: %n question(s)</source>
        <translation><numerusform>%1, round %2: %n question</numerusform><numerusform>%1, round %2: %n questions</numerusform></translation>
    </message>
</context>
<context>
    <name>PracticeSession</name>
    <message numerus="yes">
        <source>%n question(s) practised.</source>
        <translation><numerusform>%n question practised.</numerusform><numerusform>%n questions practised.</numerusform></translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation><numerusform>in %n minute</numerusform><numerusform>in %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation><numerusform>in %n hour</numerusform><numerusform>in %n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>RemoveApplicationsCommand</name>
    <message numerus="yes">
        <source>Archive %n application(s)</source>
        <translation><numerusform>Archive %n application</numerusform><numerusform>Archive %n applications</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n application(s)</source>
        <translation><numerusform>Delete %n application</numerusform><numerusform>Delete %n applications</numerusform></translation>
    </message>
</context>
<context>
    <name>RoundQuestionsDialog</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation><numerusform>%n chosen</numerusform><numerusform>%n chosen</numerusform></translation>
    </message>
</context>
<context>
    <name>RoundStore</name>
    <message numerus="yes">
        <source>This person is still listed in %n round(s). Remove them from there first.</source>
        <translation><numerusform>This person is still listed in %n round. Remove them from there first.</numerusform><numerusform>This person is still listed in %n rounds. Remove them from there first.</numerusform></translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message numerus="yes">
        <source>Sample data is only added to an empty file, and this one already has %n application(s).</source>
        <translation><numerusform>Sample data is only added to an empty file, and this one already has %n application.</numerusform><numerusform>Sample data is only added to an empty file, and this one already has %n applications.</numerusform></translation>
    </message>
</context>
<context>
    <name>SpeakingTime</name>
    <message numerus="yes">
        <source>%n word(s), about %1 to say</source>
        <translation><numerusform>%n word, about %1 to say</numerusform><numerusform>%n words, about %1 to say</numerusform></translation>
    </message>
</context>
<context>
    <name>SpreadsheetActions</name>
    <message numerus="yes">
        <source>%n added, </source>
        <translation><numerusform>%n added, </numerusform><numerusform>%n added, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation><numerusform>%n already there</numerusform><numerusform>%n already there</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n application(s) to %1</source>
        <translation><numerusform>Exported %n application to %1</numerusform><numerusform>Exported %n applications to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <source>%n application(s) in this stage</source>
        <translation><numerusform>%n application in this stage</numerusform><numerusform>%n applications in this stage</numerusform></translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation><numerusform>%n application</numerusform><numerusform>%n applications</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 answered, %2 of %n application(s)</source>
        <translation><numerusform>%1 answered, %2 of %n application</numerusform><numerusform>%1 answered, %2 of %n applications</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n stay(s))</source>
        <translation><numerusform>%1 (%n stay)</numerusform><numerusform>%1 (%n stays)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n open application(s) (%2)</source>
        <translation><numerusform>%1 of %n open application (%2)</numerusform><numerusform>%1 of %n open applications (%2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Open applications on the board with nothing scheduled and no change for %n day(s), as the board's badge.</source>
        <translation><numerusform>Open applications on the board with nothing scheduled and no change for %n day, as the board's badge.</numerusform><numerusform>Open applications on the board with nothing scheduled and no change for %n days, as the board's badge.</numerusform></translation>
    </message>
</context>
<context>
    <name>UnarchiveCommand</name>
    <message numerus="yes">
        <source>Put back %n application(s)</source>
        <translation><numerusform>Put back %n application</numerusform><numerusform>Put back %n applications</numerusform></translation>
    </message>
</context>
<context>
    <name>UpcomingRoundsModel</name>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation><numerusform>In %n day</numerusform><numerusform>In %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation><numerusform>%n application</numerusform><numerusform>%n applications</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation><numerusform>%n interview</numerusform><numerusform>%n interviews</numerusform></translation>
    </message>
</context>
</TS>