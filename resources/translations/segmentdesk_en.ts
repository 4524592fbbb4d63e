<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <source>Finished; %n segment(s) failed: see why below.</source>
        <translation>
            <numerusform>Finished; %n segment failed: see why below.</numerusform>
            <numerusform>Finished; %n segments failed: see why below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message numerus="yes">
        <source>%n change(s) in the query</source>
        <translation>
            <numerusform>%n change in the query</numerusform>
            <numerusform>%n changes in the query</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message numerus="yes">
        <source>%n version(s), newest first.</source>
        <translation>
            <numerusform>%n version, newest first.</numerusform>
            <numerusform>%n versions, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln contact(s) match the field and list conditions; email activity is counted by SendGrid after saving (about 30 minutes for a new condition)</source>
        <translation>
            <numerusform>at most %Ln contact matches the field and list conditions; email activity is counted by SendGrid after saving (about 30 minutes for a new condition)</numerusform>
            <numerusform>at most %Ln contacts match the field and list conditions; email activity is counted by SendGrid after saving (about 30 minutes for a new condition)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponsePanel</name>
    <message numerus="yes">
        <source>Copied %n contact(s) (CSV) to the clipboard.</source>
        <translation>
            <numerusform>Copied %n contact (CSV) to the clipboard.</numerusform>
            <numerusform>Copied %n contacts (CSV) to the clipboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Exported %n contact to %1.</numerusform>
            <numerusform>Exported %n contacts to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentCommands</name>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; (%Ln contact(s)) from SendGrid?</source>
        <translation>
            <numerusform>Delete &quot;%1&quot; (%Ln contact) from SendGrid?</numerusform>
            <numerusform>Delete &quot;%1&quot; (%Ln contacts) from SendGrid?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n segment(s)</source>
        <translation>
            <numerusform>Delete %n segment</numerusform>
            <numerusform>Delete %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n segment(s)</source>
        <translation>
            <numerusform>Duplicate %n segment</numerusform>
            <numerusform>Duplicate %n segments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentListPanel</name>
    <message numerus="yes">
        <source>D&amp;uplicate %n segment(s)…</source>
        <translation>
            <numerusform>D&amp;uplicate %n segment…</numerusform>
            <numerusform>D&amp;uplicate %n segments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n segment(s)…</source>
        <translation>
            <numerusform>&amp;Delete %n segment…</numerusform>
            <numerusform>&amp;Delete %n segments…</numerusform>
        </translation>
    </message>
</context>
</TS>
