<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>%n broken reference(s) between records were found.</source>
        <translation><numerusform>%n broken reference between records was found.</numerusform><numerusform>%n broken references between records were found.</numerusform></translation>
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
        <source>Delete %n applications? Their stage history is deleted too. Edit &gt; Undo brings them back.</source>
        <translation><numerusform>Delete %n application? Its stage history is deleted too. Edit &gt; Undo brings it back.</numerusform><numerusform>Delete %n applications? Their stage history is deleted too. Edit &gt; Undo brings them back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation><numerusform>Move %n card to %1</numerusform><numerusform>Move %n cards to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n application(s). Move them to:</source>
        <translation><numerusform>“%1” holds %n application. Move them to:</numerusform><numerusform>“%1” holds %n applications. Move them to:</numerusform></translation>
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
    <name>SampleData</name>
    <message numerus="yes">
        <source>Sample data is only added to an empty file, and this one already has %n application(s).</source>
        <translation><numerusform>Sample data is only added to an empty file, and this one already has %n application.</numerusform><numerusform>Sample data is only added to an empty file, and this one already has %n applications.</numerusform></translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <source>%n application(s) in this stage</source>
        <translation><numerusform>%n application in this stage</numerusform><numerusform>%n applications in this stage</numerusform></translation>
    </message>
</context>
</TS>