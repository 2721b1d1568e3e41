<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CallDetailPane</name>
    <message numerus="yes">
        <source>The nearest cached request (stored %1) differs in %n place(s): %2</source>
        <translation>
            <numerusform>The nearest cached request (stored %1) differs in %n place: %2</numerusform>
            <numerusform>The nearest cached request (stored %1) differs in %n places: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>%n call(s) written to %1</source>
        <translation>
            <numerusform>%n call written to %1</numerusform>
            <numerusform>%n calls written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s) written to %1; %2</source>
        <translation>
            <numerusform>%n example written to %1; %2</numerusform>
            <numerusform>%n examples written to %1; %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The %n selected call(s)</source>
        <translation>
            <numerusform>The selected call</numerusform>
            <numerusform>The %n selected calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HarImporter</name>
    <message numerus="yes">
        <source>imported %n call(s) from %1</source>
        <translation>
            <numerusform>imported %n call from %1</numerusform>
            <numerusform>imported %n calls from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) skipped, already in the trace store</source>
        <translation>
            <numerusform>%n call skipped, already in the trace store</numerusform>
            <numerusform>%n calls skipped, already in the trace store</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n call(s) failed upstream (unreachable, timed out or cut off).</source>
        <translation>
            <numerusform>%n call failed upstream (unreachable, timed out or cut off).</numerusform>
            <numerusform>%n calls failed upstream (unreachable, timed out or cut off).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtlpExporter</name>
    <message numerus="yes">
        <source>%n calls were deleted before they could be sent</source>
        <translation>
            <numerusform>%n call was deleted before it could be sent</numerusform>
            <numerusform>%n calls were deleted before they could be sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OtlpHttp</name>
    <message numerus="yes">
        <source>%n spans rejected</source>
        <translation>
            <numerusform>%n span rejected</numerusform>
            <numerusform>%n spans rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PricingSettingsPage</name>
    <message numerus="yes">
        <source>%n prices imported from %1 (%2 new overrides); Apply saves them.</source>
        <translation>
            <numerusform>%n price imported from %1 (%2 new overrides); Apply saves it.</numerusform>
            <numerusform>%n prices imported from %1 (%2 new overrides); Apply saves them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention (marked in red).</source>
        <translation>
            <numerusform>Nothing was saved: %n field needs attention (marked in red).</numerusform>
            <numerusform>Nothing was saved: %n fields need attention (marked in red).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamEventsView</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceBrowser</name>
    <message numerus="yes">
        <source>Deleted %n call(s).</source>
        <translation>
            <numerusform>Deleted %n call.</numerusform>
            <numerusform>Deleted %n calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n call(s) from the trace store? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n call from the trace store? This cannot be undone.</numerusform>
            <numerusform>Delete %n calls from the trace store? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) queued for %1</source>
        <translation>
            <numerusform>%n call queued for %1</numerusform>
            <numerusform>%n calls queued for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%n more upstream error(s) since the last notice.</source>
        <translation>
            <numerusform>%n more upstream error since the last notice.</numerusform>
            <numerusform>%n more upstream errors since the last notice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpstreamProbe</name>
    <message numerus="yes">
        <source>%1: %n models</source>
        <translation>
            <numerusform>%1: %n model</numerusform>
            <numerusform>%1: %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageCharts</name>
    <message numerus="yes">
        <source> (%n call(s) of unknown cost not counted)</source>
        <translation>
            <numerusform> (%n call of unknown cost not counted)</numerusform>
            <numerusform> (%n calls of unknown cost not counted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageDashboard</name>
    <message numerus="yes">
        <source>%1 to %2: %3 spent on %n call(s)</source>
        <translation>
            <numerusform>%1 to %2: %3 spent on %n call</numerusform>
            <numerusform>%1 to %2: %3 spent on %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of unknown cost not counted</source>
        <translation>
            <numerusform>, %n of unknown cost not counted</numerusform>
            <numerusform>, %n of unknown cost not counted</numerusform>
        </translation>
    </message>
</context>
</TS>
