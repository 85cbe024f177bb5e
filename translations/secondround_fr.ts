<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddApplicationCommand</name>
    <message>
        <source>Add application “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>Not keen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lukewarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dream job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, country or remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you found it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unticked if you have not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick if the posting closes on a known date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourc&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum salary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum salary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exci&amp;tement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the posting here: it may be gone by the time of the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything worth remembering: contacts, impressions, what to ask next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of stage changes, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excitement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much you want this job, from 1 to 5. Use the arrow keys or the digits 1–5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit application — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationRoundsDialog</name>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will be there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rounds, in date order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rounds yet. Add one as soon as the company invites you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People in the selected round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview rounds — %1 at %2</source>
        <comment>role at company</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>name, then job title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2, %3)? The people stay listed for the company. Edit &gt; Undo brings the round back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationRoundsModel</name>
    <message>
        <source>The interview rounds could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationValidator</name>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the role you applied for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; this field holds one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job link must be a web address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum salary must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum salary must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum salary must not be lower than the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a three-letter currency code such as EUR, USD or GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the currency of the salary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date applied cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your interest from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>&amp;Put back on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived applications are kept with their history but hidden from the board. Put one back and it returns to the top of its stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivedListModel</name>
    <message>
        <source>The archived applications could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>%1–%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Application number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n day(s) in stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day, month and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>short date on a card</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>&amp;Import invitation (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export scheduled rounds (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New round on the selected day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the rounds of the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the rounds of the week around the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New round on this day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an interview round on the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviews this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Last day of a week in the agenda heading (Qt date format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>First day of a week whose month differs from the last day&apos;s (Qt date format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <comment>first day of a week in the same month</comment>
        <extracomment>First day of a week within one month (Qt date format; German: &quot;d.&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A week in the agenda heading: &quot;23 – 29 November 2026&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%n day(s) here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardListView</name>
    <message>
        <source>Drop here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CascadeSnapshot</name>
    <message>
        <source>The rows that belong to it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows that belong to it could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1 is older than this version&apos;s %2; SecondRound updates it, after taking a backup, when the file is opened for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated to the current schema; the old file was copied to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample application(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --export-ics or --import-ics, not both at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check and --sample-data cannot be combined with --export-ics or --import-ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--application only goes with --import-ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-ics needs the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import-ics needs the name of the file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import-ics needs --application ID, the application to add the rounds to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--application needs the number of an application, such as 12; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n round(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round ?: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: %2 (%3) %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prep-sheet cannot be combined with --check, --sample-data or the calendar options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output only goes with --prep-sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prep-sheet needs --output FILE.pdf, the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prep-sheet needs the number of a round, such as 12, or “next”; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prep sheet written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the prep sheet for %1, %2, %3 (%n page(s)) to %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use either --import-questions or --export-questions, not both at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import-questions and --export-questions cannot be combined with other jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import-questions needs the name of the file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-questions needs the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--draft-letters cannot be combined with another job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output-dir only goes with --draft-letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--draft-letters needs --output-dir FOLDER, where the letters are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--draft-letters needs the number of an interview round, such as 12; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letters written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every letter of round %1 was discarded, so none was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quotation mark inside a field must be doubled and the field put in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: there is text after a closing quotation mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quotation mark opens a field that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is already open in another SecondRound window. Close it there first, or open a different file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding “%1” is full, so nothing can be written to it. Free some space and try again; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a SecondRound file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes): it holds no SecondRound data. Nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a SecondRound file: it is not an SQLite database. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be locked for writing. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read (%2). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be used (%2). The file was not changed; open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a SecondRound file. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of SecondRound (schema %2; this version knows up to %3). Update SecondRound to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is read-only and needs an update to this version&apos;s format. Make it writable or save a copy of it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of “%1” could not be made before updating it, so it was left as it is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be prepared for use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema version could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is incomplete; missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %1 tables and indexes present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check found damage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s) between records were found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>References: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was moved or deleted while it was open, so nothing more is saved to it. Use File &gt; Save a copy as to keep everything that is open in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different file name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed. Save a copy to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultStages</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditApplicationCommand</name>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message>
        <source>Import from calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.icalendar *.ifb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not imported; nothing was changed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n round(s) into %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n person(s) to the company.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n round(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the file with your calendar program to add them. Exporting and opening again later updates the same events instead of adding them twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsImportDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import interview rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the organizer and attendees as &amp;people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People already known at the company (same email address) are reused, not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one event to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n already known at the company.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid calendar line, because it has no colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the line &quot;%2&quot; does not start with a property name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; does not start with a valid property name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted value in &quot;%2&quot; is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the parameters in &quot;%2&quot; are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file contains binary data where calendar text was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: there is text after the end of the calendar (END:VCALENDAR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 must be followed by the name of a section, as in BEGIN:VEVENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: BEGIN:%2 appears after the end of the calendar (END:VCALENDAR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: BEGIN:%2 nests sections more than %3 deep; real invitations never do, so the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: END:%2 has no matching BEGIN:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: END:%2 does not match BEGIN:%3 on line %4; END:%3 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file ends without END:%2 for the BEGIN:%2 on line %3. The file is probably incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the start date &quot;%2&quot; is not in the iCalendar date format (for example 20260310T140000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the end date &quot;%2&quot; is not in the iCalendar date format (for example 20260310T140000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the date &quot;%2&quot; in %3 is not in the iCalendar date format (for example 20260310T140000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the start date &quot;%2&quot; is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the end date &quot;%2&quot; is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the date &quot;%2&quot; in %3 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the start time &quot;%2&quot; is not a real time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the end time &quot;%2&quot; is not a real time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the time &quot;%2&quot; in %3 is not a real time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the time zone &quot;%2&quot; is unknown, and the file does not describe it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the reminder time &quot;%2&quot; is not valid; reminders look like -PT15M or -P1D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the end &quot;%2&quot; and the start &quot;%3&quot; must either both be whole days or both have a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the event ends (%2) before it starts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the duration &quot;%2&quot; is not valid; durations look like PT1H30M or P1D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the duration &quot;%2&quot; is negative, so the event would end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the duration &quot;%2&quot; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the event that begins here has no start time (DTSTART).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1, but calendar files larger than %2 are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: this is not an iCalendar file, because it does not start with BEGIN:VCALENDAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the calendar contains no events to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a calendar file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRoundsCommand</name>
    <message numerus="yes">
        <source>Import %n round(s) from a calendar</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDocument</name>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDue</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Add &amp;address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a letter on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (the person was deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no email address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter still has gaps to fill: %1 (F3 selects the next one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another letter of this round has the same text. Write something personal to each person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no email address for %1; the mail program will ask for one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterFiles</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no interview round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is listed for round %1 (%2). Add the people you met, then write the letters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterListModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterPrepSheet</name>
    <message>
        <source>Thank-you letter to %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet: the Letters tab proposes one when the round ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft ready in the Letters tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thank-you letter to each person you meet, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is listed for this round yet: note who attends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterStore</name>
    <message>
        <source>This file is open read-only, so nothing can be changed. Save a copy to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter templates could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; the name and the subject are one line each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the template&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is too long (at most 1,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long (at most 100,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; the subject is one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter is too long (at most 1,000,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rounds could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; your name is one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>&amp;Letters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>&amp;Who was there?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as letters are signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps left in this letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 at %2 has ended, but nobody is listed for it. Who was there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more round(s) like it)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 at %2 ended two hours ago and no thank-you letter is drafted yet. Letters are best sent within a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark letter as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark letter as replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it as sent anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was it sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you send the letter to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter too long for a mail link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter makes a mail link of %L1 characters, and mail programs cut links longer than about %L2. Save it as an .eml file instead and open that file: it opens as a new message in the mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program could be opened. Save the letter as an .eml file or copy its text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter as .eml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Open it to send it from your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s text is on the clipboard. Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a person you met in round %1 at %2 (add the others from the round&apos;s form):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 and a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New letters are signed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SecondRound files (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is read-only. You can look at everything, but changes cannot be saved. Use File &gt; Save a copy as to make an editable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SecondRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer exists and was taken off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was updated to this version; a copy of the old one is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to SecondRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your board is empty. Would you like some invented sample applications to look around with? You can delete or archive them at any time, or start a clean file with File &gt; New file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecondRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — SecondRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SecondRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SecondRound file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or use File &gt; Open to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open SecondRound file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SecondRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecondRound %1

Organises your job search and prepares you for every interview round. Everything stays on this computer, in one file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The schema step %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema steps are not numbered 1, 2, 3…: %1 is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema steps were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the file to schema version %1 (%2) failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthDayDelegate</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>That month cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n interview(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthSummary</name>
    <message>
        <source>That month cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Month page title: month name, then year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed. Use File &gt; Save a copy as to make an editable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3 because the clocks change that night. Open the round to choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesChecklist</name>
    <message>
        <source>Ask who will attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the notes from earlier rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the video link or the route, and plan to be there ten minutes early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of your CV and supporting material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References list ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothes chosen to match their culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the company&apos;s recent news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three or four questions ready to ask them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary target and walk-away figure decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prep %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Write it down while it is fresh: what they asked, which answers were weak, their concerns, and what happens next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a round on the left to see its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they called me back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left open by earlier rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left open by earlier rounds; tick what you dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want them to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selling points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requirements and my evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ducts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;news:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompetitors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival time, contact phone, what to bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-away:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions they asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weak answers, and what I would say instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;concerns or hesitations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lues (team, projects, culture, what they stressed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next steps and timing they mentioned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: it went badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2: not great</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3: hard to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4: good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5: it went very well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gut feeling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, round %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for %1 and shared by all its rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: the debriefs of earlier rounds of this application appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at least three: ask about the team, the work and its challenges, and at the end about the next steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Search all notes and job descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, round notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, job description and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, company research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesRoundList</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Write it down while it is fresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesRules</name>
    <message>
        <source>Weak answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesSampleData</name>
    <message>
        <source>Cut the release cycle from six weeks to one at my last job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led a team of four through a rewrite without a missed deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the customer&apos;s language: two years in support before engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentored three juniors who are now seniors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfortable owning a problem end to end, from the first call to the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five years of backend work: payments service, 2019 to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading without authority: the cross-team migration last spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL at scale: tuned the reporting database, queries 40 times faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear writing: wrote the onboarding guide new hires still use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would a great first three months look like in this role?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does the team decide what to work on next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the hardest problem the team is facing this year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you give feedback, and how often?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the next steps, and when will you decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be there at 9:50; ask for the interviewer at reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the video link and the microphone the evening before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring two printed copies of the CV and the portfolio link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me about a project that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are you leaving your current job?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you handle a disagreement with your manager?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk me through a system you designed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What salary are you looking for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you see yourself in three years?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary question: gave a number too early; next time ask for their range first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed project: rambled; lead with what I learned, in two minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap last year: say plainly it was a planned break for a family move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System design: forgot to mention monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure I have led a team this size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worried I would get bored with the maintenance work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked twice about experience with their cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They mentioned on-call three times: probably a pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team is growing from five to eight this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager stressed written communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A big customer launch is planned for spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiter will call within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final round with the director if this goes well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision expected by the end of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make small businesses&apos; bookkeeping painless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable logistics software for mid-sized shippers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help hospitals schedule staff fairly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web app and two mobile apps; an API for partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route planning, fleet tracking, invoicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rostering software sold per site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised a new funding round last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened an office abroad in the summer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chief technology officer since September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two larger incumbents and one fast start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly spreadsheets and in-house tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesStore</name>
    <message>
        <source>The notes could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gut feeling is a number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can hold at most %L1 characters; this one has %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes were not saved: the round no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company research could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company research could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salary figures could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary figures cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walk-away figure is the least you would accept, so it cannot be above the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the currency as a short code such as EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salary figures could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>&amp;Print prep sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no round to print a prep sheet for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesToggleCommand</name>
    <message>
        <source>Tick checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as dealt with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as still open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCommands</name>
    <message>
        <source>Add person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering manager, recruiter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their role in the decision, what they asked about, what matters to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they &amp;care about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address does not look right (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they care about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rounds with them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — person</source>
        <comment>window title: the person&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>job title at company</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, then time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in any round yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message>
        <source>The applications could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage name is one line without invisible control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a stage called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage could not be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages could not be reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another stage for the applications in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The companies could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board order could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage history could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card cannot be placed next to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place to drop the card no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move could not be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be taken out of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is no longer in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineTab</name>
    <message>
        <source>&amp;Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search company, role, location or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archi&amp;ved applications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;closed stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stage r&amp;ight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;closed stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n application(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SecondRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed. Use File &gt; Save a copy as to make an editable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the application for %1 at %2? Its stage history is deleted too. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the application for %1 at %2 and its %n interview round(s)? Their people, notes and letters go with them, and the stage history too. Edit &gt; Undo brings it all back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n applications?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Their stage history is deleted too. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Their %n interview round(s), with people, notes and letters, and their stage history are deleted too. Edit &gt; Undo brings it all back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add closed stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board needs at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose the stage for the %n application(s) now in “%1”:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the empty stage “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeChart</name>
    <message>
        <source>Practice chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in the last 30 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 % recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews per day, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most in a day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled, by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeCommands</name>
    <message>
        <source>Add question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rate “Again”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate “Hard”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate “Good”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate “Easy”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit story %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add story %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete story %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link question to application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink question from application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>&amp;New question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New s&amp;tory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions from a de&amp;brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to &amp;ask in the round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;questions (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export q&amp;uestions (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export questions for &amp;Anki…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search questions, answers and tags (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer and stories of the chosen question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely you want to be to recall an answer when it falls due. Higher means more practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upcoming rounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desired retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interview rounds ahead. Link questions to an application to practise toward its rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What is due (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, round %2, %3: %4 of %n question(s) ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No interview rounds ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to practise there right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a question to see your answer and stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Practised %n time(s); next: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3:%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) deleted. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export questions for Anki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions-anki.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n question(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no applications to link to yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (linked: choose to unlink)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application where this question came up or will matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, round %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No debrief lists the questions they asked yet. Write them in the round&apos;s notes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, round %2: %n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Questions from a debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the questions asked in this round to the bank, linked to its application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add questions from the debrief of %1, round %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePrepSheet</name>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer prepared yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeSession</name>
    <message>
        <source>Show answer (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer and stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I forgot (Return goes back to the card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No answer written yet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) practised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Again %1 · Hard %2 · Good %3 · Easy %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time per answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you forgot:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeStore</name>
    <message>
        <source>This file is open read-only, so nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice data could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desired retention could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who the question suits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the story a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked stories could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question could not be linked to the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating could not be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice queue could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions for the round could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeTab</name>
    <message>
        <source>Import &amp;questions (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export q&amp;uestions (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export questions for &amp;Anki…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ractice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepSheetDocument</name>
    <message>
        <source>Prep sheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepSheetLoader</name>
    <message>
        <source>No interview round is scheduled ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 belongs to an archived application; bring the application back from the archive first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time: %1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will be there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody listed yet: ask who will attend, and add them to the round. Each person starts from zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left open by earlier rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open: every weak answer, concern and clue is dealt with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first round: nothing to carry over yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want them to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement and my evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your selling points and the job&apos;s key requirements with your evidence in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked in round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions from earlier debriefs and your practised answers appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare at least three: about the team, the work, its challenges, and at the end the next steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your questions in the plan, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-away: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide your target and the least you would accept, with the market range as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you note to %1, within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short thank-you note to each person you met, within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about the next steps and when they will decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the debrief while it is fresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepSheetPdf</name>
    <message>
        <source>No file name was given for the prep sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prep sheet could not be written to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prep sheet could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepSheetPreview</name>
    <message>
        <source>Prep sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have typed into this form. Close it and lose what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>Line %1 of the question bank names an unknown category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the question bank comes before any category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question bank could not be added to the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionBankProxy</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next practice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionCategory</name>
    <message>
        <source>About you and motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company and culture fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second and final rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary and logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curveballs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: short, concrete, ending with the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tories:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionFile</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a question file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than 5 MiB; a question file is far smaller. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not imported. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 5 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: the file is empty; it needs the header question,category,answer,tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the first line must be the header question,category,answer,tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 fields instead of 4 (question, category, answer, tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the question is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the question is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the answer is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: more than %2 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a tag is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a category. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 at %2 starts at %3 — %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 at %2 (%3) starts at %4 — %5.</source>
        <extracomment>Reminder: round number, company, role, start time, how long from now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>A start on another day: &quot;Tue 24 Nov at 09:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 at %2 starts on %3 — %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 at %2 (%3) starts on %4 — %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveApplicationsCommand</name>
    <message numerus="yes">
        <source>Archive %n application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundActions</name>
    <message>
        <source>&amp;Schedule round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview &amp;rounds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an application on the pipeline board first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecondRound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an application on the pipeline board first; rounds belong to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which application is the round for?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundAgendaModel</name>
    <message>
        <source>Those days cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Day and time of a round in the week agenda: &quot;Tue 24 Nov, 14:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>company, then role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundCalendarExport</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — cares about: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: %2 — %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will attend: not known yet — ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will attend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this round: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the interview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no scheduled rounds ahead to export, so no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundCalendarImport</name>
    <message>
        <source>The file has no stages to put a new application in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” spans %2 days; it was set to its first day at %3 for %4 hours. Change the time if you know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a whole-day event; it was set to %2 for %3 hours. Change the time if you know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was given in a time zone without a name (%2); it keeps its time and is shown in your time zone, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” lasts less than %2 minutes in the calendar; it was stored as %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” lasts %2 minutes in the calendar; a round lasts at most %3 minutes, so it was stored as %3 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location of “%1” was shortened to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” repeats; only its first occurrence was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invisible control characters (such as text direction overrides) were removed from the title, place or names of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no application with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one event to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, because “%1” cannot be stored as a round: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no application with the id %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, because “%1” could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person “%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported rounds could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundCatalog</name>
    <message>
        <source>Phone screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their usual multi-step process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing between finalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing fit with the team and culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A senior manager or the team must approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing up a doubt from an earlier round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first round was probably a screen. Expect deeper questions on the role itself and stories that show how you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are being compared. Be ready to say what you can do from day one that the other finalists cannot, with one or two concrete results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your skills are accepted; now they want to know how you work with people. Prepare stories about collaboration and conflict, and ask about the team&apos;s habits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New people decide now, and each starts from zero. Restate your strongest points briefly and connect them to what this person is responsible for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something left a question open. Look at your notes for weak answers or concerns, and prepare a short, honest answer that settles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the recruiter what this round is for and who will be there; it changes how to prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask who will attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the notes from the previous round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare three or four questions to ask them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Know your salary target and walk-away figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrive (or log in) ten minutes early with copies of your resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards: a short thank-you note to each person, within a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundCommands</name>
    <message>
        <source>Round %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add round “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone&apos;s offset from UTC on the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, floor, who to ask for at reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why and who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they asked for this &amp;round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho will be there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later rounds bring new people, and each starts from zero. Knowing who comes lets you prepare for each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went, the next step and when they will decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>name, then job title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is %1 your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is %1 on %2 your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps %1 at %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day of the interview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundFormat</name>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, then time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <comment>local time, then the time in the round&apos;s own zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start and end time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask who will attend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundQuestionsDialog</name>
    <message>
        <source>Questions to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions to ask in %1 (at least three):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>prepare at least three</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundScheduler</name>
    <message>
        <source>Schedule round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application for %1 at %2 now has an interview round. Move it to “%3” as well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundStore</name>
    <message>
        <source>The interview rounds could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people in the rounds could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview round no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people in the round could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people from the application&apos;s company can be listed for its rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview round could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time does not exist in the round&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview round could not be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview round could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview round could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, titles, addresses and numbers are one line without invisible control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address does not look right (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile link must be a web address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This person is still listed in %n round(s). Remove them from there first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The person could not be put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundText</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Date format for the calendar lists (Qt date format): weekday, day, month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <extracomment>Local start time, then the start in the zone the round was arranged in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask who will attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundValidator</name>
    <message>
        <source>Choose the time zone the interview is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a start date and time that exists in that time zone (clocks may change that night).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be between %1 and %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the line breaks and invisible control characters; the location is one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location is too long (at most 300 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting link must be a web address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is too long (at most 20,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message numerus="yes">
        <source>Sample data is only added to an empty file, and this one already has %n application(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no open stage to put applications in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample data could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build and run services for a growing product team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went well; they asked for a concrete example of leading a project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleLineValidator</name>
    <message>
        <source>Line breaks and invisible control characters (such as text direction overrides) were removed; this field holds one line of visible text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakingTime</name>
    <message numerus="yes">
        <source>%n word(s), about %1 to say</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short: a full answer takes 1:30 to 3:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long: aim for at most 3:00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>Another program is using the file right now. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only, so nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged. Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written. Check that the disk is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry with the same name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change would leave the data inconsistent, so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (Details: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlListModel</name>
    <message>
        <source>The list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Stage actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) in this stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageCommands</name>
    <message>
        <source>Add stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename stage “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stage “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageTimelineWidget</name>
    <message>
        <source>No stage changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>moved from one stage to another</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>date and time, then the stage change</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartFile</name>
    <message>
        <source>The folder “%1” does not exist, so “%2” was neither opened nor created. Check the path given with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty file there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file you used last, “%1”, is no longer there: it was moved, renamed or deleted. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecondRound files (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryDialog</name>
    <message>
        <source>Where and when; what was at stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you had to achieve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did, step by step: “I”, not “we”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number if you have one: “cut waiting time by 40 %”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate skills with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measurable result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kills:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>After a first interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a second or later round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a panel interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a final round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up after a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps filled in for each person: %1. {round} reads “second interview” (German: “zweite Gespräch”, so write “das {round}”). What stays unfilled is pointed out before a letter is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. These are not gaps the app fills in and stay as written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for the {round}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear {first_name},



Best regards,
{my_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New letter template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “%1”? Letters written from it keep their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete letter template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Could not start saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnarchiveCommand</name>
    <message numerus="yes">
        <source>Put back %n application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingRoundsModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>When an upcoming round starts: &quot;Tue 24 Nov, 14:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>An upcoming round: when, then company, role and round number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VanishedFileGuard</name>
    <message>
        <source>File moved or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was moved or deleted while it was open. Nothing more can be saved to it, but everything that is open is still here.

Save it to a new file now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecondRound files (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Organise your job search and prepare for every interview round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the SecondRound file at &lt;path&gt; (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty file with invented sample applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file&apos;s schema and integrity without opening a window, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every scheduled interview round still ahead to the iCalendar file &lt;file&gt; without opening a window, then exit. The SecondRound file must exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every event of the iCalendar file &lt;file&gt; as an interview round of the application given with --application, with its organizer and attendees as people, without opening a window, then exit. Nothing is added if any event cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number (id) of the application --import-ics adds the rounds to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the questions of the CSV file &lt;file&gt; (header question,category,answer,tags) to the question bank without opening a window, then exit. Questions already in the bank are skipped; nothing is added if the file has an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question bank to the CSV file &lt;file&gt; without opening a window, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the thank-you letters of the interview round &lt;id&gt; as .eml files, one for each person listed, into the folder given with --output-dir, without opening a window, then exit. Drafts are proposed first for anyone who has none. Nothing is written if any letter cannot be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder --draft-letters writes into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the printable prep sheet of interview round &lt;round&gt; (its number, or &quot;next&quot; for the next one ahead) to the PDF file given with --output, without opening a window, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file --prep-sheet writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
