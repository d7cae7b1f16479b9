<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Workflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow Studio: how data and models came to be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the scope as SVG to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the scope as PNG to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG scale (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace, project:ID or task:ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or is not a database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace stayed locked by another process (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::BakeStore</name>
    <message>
        <source>bake %1 has no task &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process is already running this bake (%1 is locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::BakeTree</name>
    <message>
        <source>Bake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bake %1 of %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::CardEditor</name>
    <message>
        <source>Default icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project cards show a preview of their images instead of an icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon background colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link t&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card to customise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change icon colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icon &quot;%1&quot;: click to choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://... or /path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::CardItem</name>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::CardSettings</name>
    <message>
        <source>must be an object with url and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a link needs its url and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project cards show a preview of their images and take no icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an icon needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Material Design icon name (&apos;wfs icons&apos; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour of the form #rgb or #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link needs a url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link needs its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be relative (start with /) or an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meta: malformed JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meta: expected a JSON object with customRelationSettings and/or customNodeSettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colour belongs to an icon: give &quot;icon&quot; as a name beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an icon name or an object with icon, color and backgroundColor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: an icon needs its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either mainLink or url and url_title, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a link needs its url and url_title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>means the same as %1: give one of them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::CardStyle</name>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL WEIGHTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABELING JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP SESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::FileIo</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::GraphScene</name>
    <message>
        <source>Version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::GraphvizLayout</name>
    <message>
        <source>Graphviz has no &apos;dot&apos; layout plugin: install the Debian package libgvc6 (graphviz) and run &apos;dot -c&apos; as root to register its plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::HeadlessExport</name>
    <message>
        <source>There is no %1 with id %2 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image file(s) could not be read; their previews show a placeholder</source>
        <translation>
            <numerusform>%n image file could not be read; its preview shows a placeholder</numerusform>
            <numerusform>%n image files could not be read; their previews show a placeholder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wfs::IconPickerDialog</name>
    <message>
        <source>Choose an Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search icons by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No icon&apos;s name contains &quot;%1&quot;. Try a shorter or an English word, like &quot;chart&quot; or &quot;file&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::LiveJobsList</name>
    <message>
        <source>Live jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected job of the open live workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected job&apos;s run and its whole process group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (multi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::LogPanel</name>
    <message>
        <source>The log file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file does not exist yet. It is shown here as soon as it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This log is large: only its last %1 MiB are shown, the start was cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written to this log yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::MainWindow</name>
    <message>
        <source>Workflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Workflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n edge</numerusform>
            <numerusform>%n edges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n card(s)...</source>
        <translation>
            <numerusform>Laying out %n card...</numerusform>
            <numerusform>Laying out %n cards...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already on the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dropped item(s) are not files or folders on this computer and were not added</source>
        <translation>
            <numerusform>%n dropped item is not a file or folder on this computer and was not added</numerusform>
            <numerusform>%n dropped items are not files or folders on this computer and were not added</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add: drop folders (projects) or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; has no log: only tasks run with &apos;wfs run&apos; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Job Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customise Card...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;SVG...</source>
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
        <source>&amp;Find Card...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Whole Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Workflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Workflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow Studio %1
Shows how data and models came to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a card (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card&apos;s title contains &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Workflow Studio starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (1 = 100 %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not part of the current scope: View &gt; Show Whole Workspace shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;Version...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore into a New Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Working Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Version...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Pipeline...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to run pipelines in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a task card to show its log here (tasks run with &apos;wfs run&apos; keep one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::Manifest</name>
    <message>
        <source>A version&apos;s file list in the store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version&apos;s file list in the store is refused: entry %1 has the unsafe path &apos;%2&apos; (absolute, &apos;..&apos;, &apos;.&apos;, an empty name, a NUL byte, or not inside a listed folder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::NodeKind</name>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model weights file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labeling job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::ObjectStore</name>
    <message>
        <source>Cannot create the store folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object %1 is missing from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object %1 in the store is damaged (its content does not match its hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the store folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove object %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the damaged object %1 aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::ParamsDialog</name>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values for the params of %1. Each starts at its default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no default: give it a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::PipelinesPanel</name>
    <message>
        <source>Open a batch workflow file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bake of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart of bake #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bake #%1 restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bake #%1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs ended without starting the bake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs could not start the bake: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a running task of the shown bake first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 of bake #%2 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling bake #%1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bake #%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix of this instance (empty: a random one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live job %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live job %1 killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflow file is open: Open YAML (Ctrl+O) shows its text here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DAG could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open YAML...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Bake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart from Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the DAG in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the open file&apos;s tasks instead of a bake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow files (*.yml *.yaml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n task(s)</source>
        <translation>
            <numerusform>Opened %1: %n task</numerusform>
            <numerusform>Opened %1: %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (bake %2, attempt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bake #%1 %2 (%3), attempt %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot show its tasks, see the problem below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the jobs of a live workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan (not run yet); Run (F5) bakes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workflow file (Ctrl+O) to see its tasks, or pick a bake on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wfs program was found neither beside Workflow Studio nor on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task of a bake in the DAG to follow its log here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not reopened: the window stopped while opening it last time. Open it again with File &gt; Open Pipeline...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::ProcessRunner</name>
    <message>
        <source>Cannot write the log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::Recorder</name>
    <message>
        <source>A task needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in the workspace %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is a %2, not a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task cannot be its own input or output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app session can only be an output of its own task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A labeling job needs its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labeling job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a version as a project with --version-id or --version-num</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --version-id or --version-num, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version-num is for inputs; an output names its version by --version-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 belongs to project %2, not to project %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 has no version number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder, so it cannot be recorded as a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: record it as a folder, not as a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KIND:PATH, where KIND is project, dataset, file, model_weight, folder, task, job or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no path or id after the colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 has already finished as %2; its status was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::Remote</name>
    <message>
        <source>remote %1: cannot read %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1: AWS_PROFILE names the profile %2, which neither %3 nor %4 has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1: no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with a profile in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1: the folder %2 does not exist (create it, or mount the share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1: %2 %3 in %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1: no object %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a remote named %1 (wfs remote remove %1 first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no remote yet: wfs remote add NAME s3://BUCKET/PREFIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default remote; known remotes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote named %1; known remotes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an S3 bucket name (3 to 63 lower-case letters, digits, &apos;.&apos; and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the prefix after the bucket must be like team/project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a folder remote is file:///ABSOLUTE/PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a remote URL is s3://BUCKET/PREFIX or file:///PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a remote name: up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint-url is for s3:// remotes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint-url: &apos;%1&apos; is not http(s)://HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region: &apos;%1&apos; is not a region name like eu-central-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key for a remote object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read a file being pushed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1 (%2://%3): %4: no answer: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1: %2: HTTP %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1: the server&apos;s object list does not move on to a next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1: the server&apos;s object list is not a ListBucketResult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1: the server&apos;s object list is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sound pack: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short or not a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no index at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its index lies outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its object count does not match its index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its index does not end the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its index does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 lies outside the pack&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its index is not sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: object %2 does not match its content id (damaged or tampered with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote %1 does not have content %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 to push it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a version manifest of format 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists more than %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: entry %2 is not a safe file entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty: restore into a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the remote&apos;s content has %2 bytes, the manifest says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field %2 is not text of at most %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field %2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: uid &apos;%2&apos; is not a card of workspace %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown task status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the log is not named by a SHA-256 id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the version names no project or record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a lineage batch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a lineage batch of format 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by workspace &apos;%1&apos;, filed under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 cards or relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 does not join two uids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching task logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is bigger than %3 MB: not a lineage batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull cancelled: nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding teammates&apos; lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the log %1 to push it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not match its content id (damaged or tampered with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching files from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was not pulled from a remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was pulled from %2: restore it with --to DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to %1 cancelled: nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1, content not here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::RemoteJob</name>
    <message>
        <source>Pushing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n version(s) and %1 card(s) to %2</source>
        <translation>
            <numerusform>Pushed %n version and %1 card(s) to %2</numerusform>
            <numerusform>Pushed %n versions and %1 card(s) to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n card(s) and %1 version(s) from %2</source>
        <translation>
            <numerusform>Pulled %n card and %1 version(s) from %2</numerusform>
            <numerusform>Pulled %n cards and %1 version(s) from %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wfs::RemoteMenu</name>
    <message>
        <source>&amp;Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the versions and lineage the default remote lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring teammates&apos; lineage and versions from the default remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull When a Workspace &amp;Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull when opening: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::Scanner</name>
    <message>
        <source>cannot read folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the link %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a special file (device, socket or pipe) and cannot be versioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project folder %1 does not exist or is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::SceneExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow exported by Workflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG scale must be above 0 and at most 16, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 x %2 image is too large; choose a smaller scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for a %1 x %2 image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::Schema</name>
    <message>
        <source>%1: migrating to schema %2 would break references; the workspace was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::Scope</name>
    <message>
        <source>&apos;%1&apos; is not a scope: use workspace, project:ID or task:ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::ScopeTree</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::StoreLock</name>
    <message>
        <source>Cannot lock the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::TaskBoxItem</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::VersionJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::Versions</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no project with id %1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project folder %1 does not exist or is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version with id %1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created automatically for a task&apos;s input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 has no version number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 belongs to project %2, not to project %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the version was cancelled; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No version was created: %n file(s) or folder(s) of %1 cannot be read:
  %2</source>
        <translation>
            <numerusform>No version was created: %n file or folder of %1 cannot be read:
  %2</numerusform>
            <numerusform>No version was created: %n files or folders of %1 cannot be read:
  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) of %1 cannot be read:
  %2</source>
        <translation>
            <numerusform>%n file or folder of %1 cannot be read:
  %2</numerusform>
            <numerusform>%n files or folders of %1 cannot be read:
  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, from ver. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; restore into a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1 cannot be restored: the content of %n file(s) is missing from the store (restore the rest with --skip-missing):
  %2</source>
        <translation>
            <numerusform>Version %1 cannot be restored: the content of %n file is missing from the store (restore the rest with --skip-missing):
  %2</numerusform>
            <numerusform>Version %1 cannot be restored: the content of %n files is missing from the store (restore the rest with --skip-missing):
  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the link %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the restored files to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file list of version %1 of project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2 of project %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No version was created: the content of %n file(s) of %1 vanished from the store while it was being written</source>
        <translation>
            <numerusform>No version was created: the content of %n file of %1 vanished from the store while it was being written</numerusform>
            <numerusform>No version was created: the content of %n files of %1 vanished from the store while it was being written</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a symbolic link (to %2); restore into a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 (no version uses it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::VersionsPanel</name>
    <message>
        <source>&amp;Create Version...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One version: compare it with the working folder. Two: compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a version loses the history of the tasks that used it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a project card to see its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since version %1: no version was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored into %1; %n file(s) missing from the store were skipped</source>
        <translation>
            <numerusform>Restored into %1; %n file missing from the store was skipped</numerusform>
            <numerusform>Restored into %1; %n files missing from the store were skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Content is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the rest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1 into a new folder?
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version %1? Its history will be lost: the tasks that used it will no longer show which data they read. Content other versions share is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 → version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 → working folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::WorkflowModel</name>
    <message>
        <source>Card %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::Workspace</name>
    <message>
        <source>%1 is not a folder, so it cannot be a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable Workflow Studio workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Workflow Studio workspace; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Workflow Studio (schema %2, this build reads up to %3); update Workflow Studio to open it. The file was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, but the store beside it holds content: this is not a new workspace, and starting one here could lose that content. Put back a copy of %1, or move %3 away to start a new workspace here. Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 carry no store id yet; open the workspace for writing once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know the store beside it (%2 is store %3): it is not this store&apos;s database. Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries no store id, but %2 knows store %3; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to store %2, but the store beside it (%3) is store %4: they are not one workspace. Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::eval</name>
    <message>
        <source>missing, or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an integer &apos;id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width and height must be within 0..100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs integer &apos;width&apos; and &apos;height&apos; for segm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bbox must be [x, y, width, height]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bbox holds something other than a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bbox has a negative width or height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a COCO instances file is an object with images, annotations and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is used by annotations[%1] too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image_id %1 is not in images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category_id %1 is not in categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a numeric &apos;area&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iscrowd must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a &apos;bbox&apos; for bbox evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a &apos;segmentation&apos; for segm evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a COCO results file is a list of detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a detection must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an integer &apos;image_id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an integer &apos;category_id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1 is not in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a numeric &apos;score&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a &apos;bbox&apos; like the first detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a &apos;bbox&apos; or a &apos;segmentation&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than the 4 GB a JSON file may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out of memory for parsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmentation must be a list of polygons, or an RLE object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon %1 has a coordinate that is not a number within ±100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon %1 needs an even number of coordinates, at least 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmentation has no polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segmentation mixes boxes (4 numbers) and polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RLE segmentation needs &apos;size&apos; and &apos;counts&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLE &apos;size&apos; must be [height, width] within 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLE &apos;counts&apos; must be a string or a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLE &apos;counts&apos; holds something other than a run length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLE runs cover %1 pixels, not height x width = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygons need the image&apos;s width and height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration error (ECE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1-optimal confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than the 64 MB a report may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an evaluation report (wfs eval --out writes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stats.%2: missing, or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon %1 has an outline longer than 4,000,000 pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::evalui</name>
    <message>
        <source>Compare Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two or more reports to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Selected Reports (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation reports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images, %2 objects, %3 detections (%4); ground truth %5, detections %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TP / FP / FN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision and recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of %1 reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;HTML...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::evalui::CompareView</name>
    <message>
        <source>Compare Reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::evalui::ReportView</name>
    <message>
        <source>Evaluation Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 images, %3 objects, %4 detections · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: ground truth. Columns: prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::pipelines</name>
    <message>
        <source>there is no bake %1 in this workspace (see wfs bakes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled because %1 failed (fail_fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bake was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable is false: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task it needs did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs reused from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a batch workflow: run it with wfs bake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no job &apos;%2&apos; (its jobs: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 is not multi: it takes no suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 is not multi: it takes no arguments after --</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 is already running (id %2): wfs kill %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no live job %1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live job %1 has already been started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after its life_span of %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration: write a number of seconds or a time like 1d6h15m45s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: its runner was gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its project inputs are versioned when it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after its needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided when it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>life_span reached (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action call runs nothing itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action&apos;s tasks are done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::pipelines::FlowParser</name>
    <message>
        <source>write either mixins or inherits, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the name of a mixin, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mixin &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mixin &apos;%1&apos;, did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixins inherit from each other in a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: write kind: batch or kind: live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected batch or live, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected running or completed, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of task ids or a mapping of task ids to running or completed, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an axis of the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an axis of the matrix, did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mixin cannot set a task&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a plain id, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a batch flow needs a list of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a live flow needs a mapping of jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping of keys such as kind and tasks, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch flow has tasks, not jobs (jobs are for kind: live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a live flow has jobs, not tasks (tasks are for kind: batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file nor the id of a workflow: looked for %2 in %3 and every folder above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (known keys: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;, did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number above 0, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration: write a number of seconds or a time like 1d6h15m45s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables given as one expression are not supported, write one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value or a mapping of default and descr, found a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are mutually exclusive: write only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs one of bash, cmd or python (a local run has no image whose command it could use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action calls are not supported by local runs: write the action&apos;s steps as commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be a plain value, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first written at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in &apos;%1&apos;: unknown context &apos;%2&apos; (contexts: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flow has no param &apos;%1&apos; (params: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow has no &apos;%1&apos; (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy has no &apos;%1&apos; (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not among the tasks this task needs (needs: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs.%1 has no &apos;%2&apos; (it has result and outputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task&apos;s matrix has no &apos;%1&apos; (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax: the quoted value is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exist only on the Apolo platform: a local run has none to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project has no &apos;%1&apos; (it has id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true, false or an expression such as ${{ success() }}, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such workflow file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value: a param without a default needs one (-p %1 VALUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nor have %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a top-level key; it belongs under defaults: (line %2), indented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a matrix value may use no contexts; a whole list may use params)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid matrix key: a key holds letters, digits and &apos;_&apos;, does not start with a digit and is not all uppercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of values or an expression giving one, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias refers to a mapping or list that contains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 values once aliases are expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes; a workflow file may hold at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id has %1 characters; an id may have at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid task id: an id holds letters, digits and &apos;_&apos; and does not start with a digit (write &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid task id: all-uppercase ids are reserved (write &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no scheme: write ws:NAME for an action of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only workspace actions (ws:NAME) run locally, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no action %1 (looked for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no input &apos;%2&apos; (inputs: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value for its input &apos;%2&apos;: give it in args</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task that calls an action has no %1 of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a batch action needs a list of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action&apos;s task cannot call another action here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: an output needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a local action needs a cmd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only batch and local actions run in a batch flow (this one is kind: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
