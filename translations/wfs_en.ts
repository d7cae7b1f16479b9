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
        <source>/relative/path or https://...</source>
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
</context>
<context>
    <name>wfs::CardSettings</name>
    <message>
        <source>must be an object with icon, color and backgroundColor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: an icon needs its name, color and backgroundColor</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>an icon needs both its color and its backgroundColor</source>
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
</context>
<context>
    <name>wfs::Manifest</name>
    <message>
        <source>A version&apos;s file list in the store is damaged</source>
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
</context>
</TS>
