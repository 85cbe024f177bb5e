<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <message numerus="yes">
        <source>%1, %2, %n day(s) in stage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>Database</name>
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
        <source>“%1” is already open in another SecondRound window. Close it there first, or open a different file.</source>
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
        <source>&amp;Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
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
        <source>&amp;Pipeline</source>
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
    <name>PipelineStore</name>
    <message>
        <source>The applications could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only, so nothing can be changed. Save a copy to make changes.</source>
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
        <source>Delete %n applications? Their stage history is deleted too. Edit &gt; Undo brings them back.</source>
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
        <source>“%1” holds %n application(s). Move them to:</source>
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
    <name>SampleData</name>
    <message>
        <source>This file is open read-only; sample data cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecondRound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
