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
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
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
        <source>--meta: malformed JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meta: expected a JSON object with customRelationSettings and/or customNodeSettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>means the same as %1: give one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
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
        <source>A task needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 has already finished as %2; its status was left as it is</source>
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
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>There is no version with id %1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created automatically for a task&apos;s input</source>
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
    <message numerus="yes">
        <source>No version was created: the content of %n file(s) of %1 vanished from the store while it was being written</source>
        <translation>
            <numerusform>No version was created: the content of %n file of %1 vanished from the store while it was being written</numerusform>
            <numerusform>No version was created: the content of %n files of %1 vanished from the store while it was being written</numerusform>
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
        <source>%1 is a symbolic link (to %2); restore into a new or empty folder</source>
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
        <source>Cannot create %1</source>
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
    <message>
        <source>object %1 (no version uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder, so it cannot be a workspace</source>
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
        <source>Cannot create the workspace folder %1</source>
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
        <source>Workflow exported by Workflow Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
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
    <message>
        <source>%1 · %2</source>
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
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pack being written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sound pack: too short or not a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sound pack: its index lies outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read pack %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object %1 in the store is damaged (its content does not match its hash; in pack %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the damaged object %1 aside: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the stored object %1 to its new name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file list of version %1 still names content by its old ids</source>
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
        <source>Attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bake %1: %2
%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by %1@%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by %1@%2, pulled from a teammate</source>
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
    <name>wfs::ClusterItem</name>
    <message>
        <source>Collapse</source>
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
    <name>wfs::GroupCardItem</name>
    <message numerus="yes">
        <source>BAKE · %n TASK(S)</source>
        <translation>
            <numerusform>BAKE · %n TASK</numerusform>
            <numerusform>BAKE · %n TASKS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Click to show its %n task(s)</source>
        <translation>
            <numerusform>Click to show its task</numerusform>
            <numerusform>Click to show its %n tasks</numerusform>
        </translation>
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
    <message>
        <source>needs the network</source>
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
    <message>
        <source>Opening %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-layout Graph</source>
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
    <name>wfs::PipelineStarts</name>
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
</context>
<context>
    <name>wfs::PipelinesController</name>
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
        <source>%1 was not reopened: the window stopped while opening it last time. Open it again with File &gt; Open Pipeline...</source>
        <translation type="unfinished"></translation>
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
        <source>Open a batch workflow file first</source>
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
</context>
<context>
    <name>wfs::PipelinesPanel</name>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suffix of this instance (empty: a random one):</source>
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
        <source>Select a task of a bake in the DAG to follow its log here.</source>
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
    <name>wfs::RemoteJob</name>
    <message>
        <source>Pushing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n version(s), %1 card(s), %2 bake(s) and %3 customisation(s) to %4</source>
        <translation>
            <numerusform>Pushed %n version, %1 card(s), %2 bake(s) and %3 customisation(s) to %4</numerusform>
            <numerusform>Pushed %n versions, %1 card(s), %2 bake(s) and %3 customisation(s) to %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n card(s), %1 version(s), %2 bake(s) and %3 customisation(s) from %4</source>
        <translation>
            <numerusform>Pulled %n card, %1 version(s), %2 bake(s) and %3 customisation(s) from %4</numerusform>
            <numerusform>Pulled %n cards, %1 version(s), %2 bake(s) and %3 customisation(s) from %4</numerusform>
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
        <source>P&amp;ull</source>
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
    <message>
        <source>Send the versions and lineage the remote lacks (the default one, or the one picked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring teammates&apos; lineage and versions from the remote (the default one, or the one picked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::RemotePicker</name>
    <message>
        <source>Push and Pull &amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
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
    <name>wfs::VersionJob</name>
    <message>
        <source>Cancel</source>
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
    <name>wfs::cli</name>
    <message>
        <source>unknown option %1 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs %2: --%1 NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 was given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bake %1 (attempt %2) %3: %4 succeeded, %5 cached, %6 failed, %7 cancelled, %8 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s), nothing run</source>
        <translation>
            <numerusform>%1: %n task, nothing run</numerusform>
            <numerusform>%1: %n tasks, nothing run</numerusform>
        </translation>
    </message>
    <message>
        <source>wfs bake needs one FILE or ID: wfs bake FILE|ID [-p NAME VALUE]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a live workflow: start its jobs with wfs run-job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs cancel needs a bake id and, optionally, one task: wfs cancel BAKE [TASK]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bake %1 has no task &apos;%2&apos; (see wfs inspect %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled after its runner was gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bake %1 was interrupted; its leftover tasks are cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bake %1 has already ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bake %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 of bake %2 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bake %1: the cancel was requested but its runner has not confirmed it within 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value for one of the flow&apos;s params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a batch workflow (Apolo Flow syntax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the batch workflow FILE, or .apolo/ID.yml (.neuro/ID.yml, .yaml) found here or in a
parent folder. Prints the bake&apos;s id on its first line, then each task&apos;s changes. Tasks run
in parallel up to defaults.max_parallel (default: the number of cores) as their needs
allow; each is a task card in the workflow graph, in a group named after the bake. A task
whose definition and needs&apos; outputs are unchanged is taken from the cache. SIGINT/SIGTERM
cancel the bake. Exits with 0 only when the bake succeeded.
--dry-run runs nothing: it prints each planned task with its needs, its matrix values and
whether the cache would answer for it, and exits with 0 when the flow would run, else 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the plan, run nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a bake again as a new attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new attempt of BAKE with the definition and params it was baked with. With
--from-failed the tasks that succeeded (or came from the cache) in the newest attempt are
kept, unless a task they need runs again; the others run. A bake whose runner was killed
(interrupted) can be restarted;
what it left running is stopped first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the tasks that succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop a running bake or one of its tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the newest attempt of BAKE, or only TASK, with its whole process group (SIGTERM,
then SIGKILL after 5 s), and waits until the runner reports it. For an interrupted bake
(its runner is gone) the leftover processes are stopped directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bake id (see wfs bakes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no bake %1 in this workspace (see wfs bakes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored when running locally: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bake %1 has attempts 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAKE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTEMPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs inspect needs one bake id: wfs inspect BAKE [--json] [--dot]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --dot cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bake %1, attempt %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs show needs a bake id and a task: wfs show BAKE TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no log (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier attempt (default: the newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list bakes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the bakes of this workspace, newest first: id, flow, the newest attempt&apos;s status
(pending, running, succeeded, failed, cancelled, or interrupted when its runner is gone),
the attempt&apos;s number, when the bake was created and its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show a bake&apos;s tasks and their statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the task table of BAKE (id, status, started, finished, note), or with --json
{&quot;bake&quot;:ID,&quot;status&quot;:S,&quot;tasks&quot;:[{&quot;id&quot;:..,&quot;status&quot;:..,&quot;outputs&quot;:{..}},...]}, or with --dot
the task graph in Graphviz&apos;s dot language, coloured by status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the graph as dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a bake task&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the combined output of TASK in BAKE; with --follow keeps printing what it writes
until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep printing until the task ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task: pass --task ID or set WFS_TASK_ID (wfs run sets it for the program it runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --%2: a colour belongs to an icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --%2: a link needs its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 and --%2 go together: a link needs its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title of the %1 card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description under the %1 card&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material Design icon of the %1 card (&apos;wfs icons&apos; lists names); colours not given are the card&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icon colour of the %1 card, #rgb or #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icon background colour of the %1 card, #rgb or #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link of the %1 card: relative (/...) or http(s); needs its title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title of the %1 card&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speed-ms takes a positive number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the F1-optimal confidence %1: precision %2, recall %3, F1 %4, mean IoU %5; TP %6, FP %7, FN %8; ECE %9
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: %1 ms per image (%2 FPS)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs eval takes no PATH: pass --gt and --pred (or see wfs eval compare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs eval needs --gt GT.json and --pred PRED.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--task needs --out REPORT.json: the report card is that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score detections against COCO ground truth (mAP, precision, recall, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes what pycocotools&apos; COCOeval computes (the 12 summary figures, per-class AP) and
Supervisely&apos;s key metrics: precision, recall and F1 at the F1-optimal confidence, mean IoU
of true positives, per-class TP/FP/FN, a confusion matrix with &apos;none&apos;, PR curves and the
calibration error (ECE). GT is a COCO instances file, PRED a COCO results file.
With --task the report (--out) becomes an output card of the task, with the model weights
(--model) and the GT&apos;s project version (when GT lies in a versioned project) as inputs.
&apos;wfs eval compare REPORT...&apos; shows reports side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the COCO ground truth (instances file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the COCO results file (detections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bbox (default) or segm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the report as an output of this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model weights evaluated (an input of the task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inference time per image, in milliseconds (default with --task: the run time of the task that wrote PRED, per image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the report as JSON instead of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs eval compare needs two or more REPORT files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show evaluation reports side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per metric (the 12 COCO figures, the key metrics, speed), one column per report
(written by wfs eval --out), then each report&apos;s difference from the first.
--json prints every report&apos;s figures and the rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (see wfs export --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs export needs --svg FILE and/or --png FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale takes a number above 0 and at most 16, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfstudio, which draws exports, was not found beside wfs or on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed while exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the graph as SVG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lays out and draws a scope exactly as the window shows it, without a display, and writes
an SVG (text stays text) and/or a PNG (--scale multiplies its size; default 1).
SCOPE is workspace (default), project:ID or task:ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG scale, above 0 and at most 16 (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace, project:ID or task:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (see wfs graph --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the workflow graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the cards and edges of a scope. An input edge goes data -&gt; task, an output edge
task -&gt; data. workspace: everything. project:ID: the project, its versions, the tasks
that read or wrote them and those tasks&apos; direct inputs and outputs. task:ID: the task
and its direct relations. Every edge between the shown cards is shown.
--json prints {&quot;nodes&quot;:[{&quot;id&quot;,&quot;kind&quot;,&quot;title&quot;,&quot;path&quot;,&quot;settings&quot;,...}],
&quot;edges&quot;:[{&quot;from&quot;,&quot;to&quot;}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace (default), project:ID or task:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the Material Design icon names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the icon names cards accept (from the bundled Material Design icon font),
optionally only those containing FILTER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no live job &apos;%1&apos; in this workspace (see wfs ps --all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs run-job needs one JOB: wfs run-job JOB [-s SUFFIX] [-- ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start the job&apos;s supervisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live job %1 did not start within 10 s; see %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (log: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live job %1: its supervisor is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job-supervise needs a live job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs logs needs one JOB (a name or an id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs kill needs one JOB (a name, an id, or ALL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live job %1 (%2) is not running: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live job %1 (%2) did not stop within 15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a job of a live workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts JOB of the live workflow .apolo/live.yml (or --flow FILE|ID) in the background and
prints its id. A `multi: true` job runs once per SUFFIX (a random one when none is given)
and gets ARGS as ${{ multi.args }}. The job is a task card in the group &quot;live · FLOW&quot;;
its declared inputs are recorded (input projects versioned) before it starts and its
outputs when it succeeds. With --wait it stays in the foreground until the job ends and
exits with the job&apos;s exit status (1 when it was stopped without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the live workflow (default: live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for the job to end; exit with its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance of a multi job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value for one of the job&apos;s params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list running live jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the live jobs that are running (with --all also the ended ones), newest first.
A job whose supervisor is gone shows as interrupted. ENDED says why a job ended: its exit
code, killed, or its life_span reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include ended jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a live job&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the output of the newest run of JOB (a name such as train or train-SUFFIX, or an id);
with --follow keeps printing until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep printing until the job ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop a live job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the newest run of JOB (or every running job with ALL) with its whole process group:
SIGTERM, then SIGKILL after 5 s; waits until it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs live job ID until it ends (started by wfs run-job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a positive number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs %1 needs a KIND (see wfs %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an input kind: project, dataset, file, model_weight, folder, task or job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an output kind: project, dataset, file, model_weight, folder, task, job or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs output app takes no PATH or ID: it is the task&apos;s own session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs %1 %2 takes one PATH or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model-weight is for files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version-id and --version-num are for projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auto-version is for input projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auto-version makes the version itself; drop --version-id/--version-num</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task (default: $WFS_TASK_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seed&apos;s meta JSON: customRelationSettings and/or customNodeSettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project: the version used (its id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: the file holds model weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project: the version used (its number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project: snapshot it first (a new version only if it changed) and record that version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record data a task read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record data a task wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs remote add takes NAME and URL (s3://BUCKET/PREFIX or file:///PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (see wfs remote list --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs remote remove takes one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 version(s) to %2: %3 object(s) sent in %4 pack(s) and %5 alone; %6 version(s) were there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a remote to push to and pull from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL is s3://BUCKET/PREFIX (any S3-compatible server) or file:///PATH (a shared folder with the
same layout). --endpoint-url names a server other than AWS (MinIO, Ceph, Garage, R2), addressed
path-style. Credentials are never stored: they come from AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, or AWS_PROFILE with ~/.aws/credentials; the
region from --region, AWS_REGION, AWS_DEFAULT_REGION or ~/.aws/config (default us-east-1).
The first remote added is the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the S3 server, http(s)://HOST[:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bucket&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the remotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints each remote&apos;s name, URL, endpoint and region (tab-separated), and marks the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget a remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets the remote (its objects stay where they are). When it was the default, the oldest
remaining remote becomes the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send versions to a remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote (default: the default remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs run needs --name TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs run needs the program after --: wfs run --name T -- CMD ARGS...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;: put the program after --</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meta: wfs run takes customNodeSettings only; customise data cards with &apos;wfs input&apos;/&apos;wfs output&apos; from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run a program as a recorded task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a task, records the declared inputs, runs CMD with WFS_TASK_ID and WFS_WORKSPACE
set (so its own &apos;wfs&apos; calls, and its children&apos;s, attach to the task), keeps its combined
output as the task&apos;s log in the workspace while echoing it, records the declared outputs,
and finishes the task as succeeded (exit 0), failed or cancelled (SIGINT/SIGTERM stop the
program&apos;s whole process group). Exits with the program&apos;s own exit code, 128+N when it was
killed by signal N, 127 when it could not start.
KIND is project, dataset, file, model_weight, folder, task, job or app. An input project is
snapshot first and the task reads that version (a new version only when the folder changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input, recorded before the program starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an output, recorded when the program ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group name for the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seed&apos;s meta JSON with customNodeSettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs task start takes one TITLE (quote a title with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meta: customRelationSettings belongs to &apos;wfs input&apos;/&apos;wfs output&apos;; a task card takes customNodeSettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs task finish takes at most one TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be succeeded, failed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application the task runs (names its app session card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group name: tasks of one group are drawn together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a task and print its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a running task card and prints its id. Export it as WFS_TASK_ID so that later
&apos;wfs input&apos; and &apos;wfs output&apos; calls attach to it, or pass --task to each of them.
The --task-* flags and customNodeSettings in --meta customise the task card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish a task with its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the task&apos;s final status and end time. TASK defaults to --task, else $WFS_TASK_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded, failed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the version with --num N or with --id V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs version create takes one PROJECT (a path or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since version %1: no version was created; its id is printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs version list takes one PROJECT (a path or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a date or time like 2026-11-22 or 2026-11-22T14:30, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs version diff takes PROJECT A [B]: version numbers; without B, the working folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs version restore takes one PROJECT (a path or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped (content missing from the store): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped (content damaged in the store): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs version delete takes one PROJECT (a path or id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting version %1 loses its history; confirm with --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version %1 of project %2? Its history will be lost: tasks that used it will no longer show which data they read. Type yes to delete: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted version %1; &apos;wfs store gc&apos; frees content no version uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 object(s), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 leftover file(s) of interrupted work, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 object(s): %2 damaged, %3 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot a project folder as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the folder&apos;s content in the workspace&apos;s store and prints the version&apos;s id and number
(tab-separated). When nothing changed since the latest version, nothing is created and the
latest version&apos;s id and number are printed. PROJECT is a folder or a project card id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a project&apos;s versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints number, id, creation time, file count, size, title and description; --json prints
[{&quot;id&quot;,&quot;number&quot;,&quot;title&quot;,&quot;description&quot;,&quot;created&quot;,&quot;files&quot;,&quot;bytes&quot;}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only versions created at or after DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only versions whose title contains S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show what changed between versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a version into a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the version into DIR (default: &quot;NAME, from ver. N&quot; beside the project), verifying every
file against its hash, and registers it as a project made from the version. DIR must not
exist or be empty. Content missing from the store fails the restore with the list of
files, unless --skip-missing restores the rest. Prints the new project&apos;s id and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore what the store has, report the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a version (its history is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the version&apos;s card after a confirmation (or --yes). Content other versions use is
kept; &apos;wfs store gc&apos; frees what nothing uses any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove content no version uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes objects that no version refers to, and temporary files left by killed processes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-hash the store, list damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-hashes every object and lists damaged ones, and content versions need but the store
lacks. Exits 1 when anything is damaged or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace folder (default: $WFS_WORKSPACE, else the user&apos;s default workspace); created on first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wfs COMMAND [options]

Records what programs read and wrote into a Workflow Studio workspace, which the
wfstudio window shows as a graph.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options of every command:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&apos;wfs COMMAND --help&apos; describes a command. Errors are one line on stderr; the exit
code is 2 for bad usage and 1 for other failures.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wfs %1

%2

Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wfs %1 needs %2 (see wfs --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a wfs command (see wfs --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iou-type is bbox or segm, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (see wfs %2 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed lineage: %1 card(s), %2 relation(s), %3 log(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled from %1: %2 batch(es), %3 card(s), %4 relation(s), %5 version(s), %6 log(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends every project version the remote lacks: first the content it does not have (small
files in packs, big ones alone), then the version&apos;s manifest, then its record, so that a
version shows on the remote only once all of it is there. A push that was killed is
completed by the next one. Then the lineage recorded here that the remote lacks (tasks
with who ran them and their logs, cards, relations, customisations, statuses) as one
new batch. Pushing again with nothing new sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring teammates&apos; lineage and versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings the lineage and version lists that other workspaces pushed to the remote into this
workspace (not the versions&apos; content: `wfs version restore PROJECT --num N --to DIR` fetches
it, verified). Teammates&apos; cards get ids of this workspace; pulling again reads only what is
new. A pulled project&apos;s versions are numbered by creation time (then uid), the same
everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file -&gt; link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to %1 -&gt; file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists files added (+), removed (-) and modified (M: content, mode, link target, file or link)
from version A to version B, or to the working folder when B is omitted. --json prints
{&quot;added&quot;:[],&quot;removed&quot;:[],&quot;modified&quot;:[],&quot;modified_details&quot;:[{&quot;path&quot;,&quot;what&quot;:[...],...}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 bake(s), %2 customisation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1 bake(s), %2 customisation(s)</source>
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
    <message>
        <source>bake %1 has no task &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no scheme: write ws:NAME for an action of this workspace</source>
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
        <source>none</source>
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
        <source>missing: an output needs a value</source>
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
        <source>a mixin cannot set a task&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true, false or an expression such as ${{ success() }}, found &apos;%1&apos;</source>
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
        <source>&apos;%1&apos; is not a top-level key; it belongs under defaults: (line %2), indented</source>
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
        <source>%1: no such workflow file</source>
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
        <source>in &apos;%1&apos;: unknown context &apos;%2&apos; (contexts: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
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
        <source>action calls are not supported by local runs: write the action&apos;s steps as commands</source>
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
        <source>&apos;%1&apos; is not an axis of the matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an axis of the matrix, did you mean &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax: the quoted value is not closed</source>
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
        <source>a key must be a plain value, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first written at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes; a workflow file may hold at most %2</source>
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
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process is already running this bake (%1 is locked)</source>
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
        <source>no value: a param without a default needs one (-p %1 VALUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nor have %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the needs form a cycle (each task needs the next): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result would hold more than %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modulo by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not apply to numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use &apos;%1&apos; on a %2 and a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use &apos;%1&apos; on a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %1 must be a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot convert %1 to a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes a string or a number, not a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step must not be zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would make %1 numbers; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes an object, not a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes a separator and a list, not a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list holds a %1; join(sep, list, True) converts items to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the flow context (flow.workspace), which is not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works only on the Apolo platform: a local run has no volumes or platform jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an object; its keys are strings, not a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a list; its indices are whole numbers, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no item %2 (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, which has no &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare a %1 with a %2 using &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot loop over a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1(): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object keys are strings, not a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes a string, list or object, not a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single &apos;}&apos; in the format; write &apos;}}&apos; for a brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;{&apos; in the format is not closed; write &apos;{{&apos; for a brace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &apos;{%1}&apos; is not supported; use {} or {N}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format mixes {} and {N} fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format wants argument %1 but %2 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a need of this task (needs: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument 1 must be a string, list or object, not a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %1 must be a string, not a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not closed by &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad number &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad escape &apos;\u%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;else&apos; after &apos;... if CONDITION&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparisons cannot be chained; join them with &apos;and&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a name after &apos;for&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;in&apos; after &apos;for %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() takes %2 argument(s), not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task calls either an action or a module, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a local action needs a cmd, bash or python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stateful action&apos;s %1 task has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a stateful action needs a main task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call of a %1 action takes no cache (only batch actions do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only batch, stateful and local actions run in a batch flow (this one is kind: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only live actions can be called by a live job (this one is kind: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: a live action needs a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flow has no volume &apos;%1&apos; (volumes: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flow has no image &apos;%1&apos; (images: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project has no &apos;%1&apos; (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a plain project id, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no bash, cmd or python: the image&apos;s own command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression gives %1, not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git has no &apos;%1&apos; (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the git context needs the flow&apos;s project folder in a git repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the git program could not be started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git %1 did not answer within %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a git repository with a commit (git: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bad \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bad escape &apos;\%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bad number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only workspace actions (ws:NAME) run locally, not &apos;%1&apos;: Apolo clones a GitHub action from github.com, and remote actions need the network, which local runs do not use; copy its action.yml into the workspace and call it as ws:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only workspace actions (ws:NAME) run locally, not &apos;%1&apos;: Apolo knows no scheme &apos;%2&apos; (it knows ws:, workspace:, gh: and github:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format code &apos;%1&apos; is for whole numbers, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a precision is not allowed for whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format spec &apos;%1&apos; is not one Python reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format code &apos;s&apos; is for text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format code &apos;%1&apos; is for numbers, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format spec &apos;%1&apos; is for numbers, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bake %1 was pulled from a teammate (%2): restart it where it ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expands to %1 combinations; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos;, which is not an axis of the matrix (axes: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an include must give every axis (%1); this one lacks &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves no combination to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression gives %1, not a list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix values are single values, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the id of another task (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &apos;%1&apos;, which is not a task of this flow (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local action call &apos;%1&apos; runs before the flow&apos;s other tasks, so it cannot need &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls itself, which never ends (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions call actions at most %1 levels deep, this call of %2 would be level %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs.needs is only for batch actions (this one is kind: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a live action&apos;s job takes no params: declare inputs, which the call&apos;s args fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch action&apos;s task cannot read %1 (it has flow, git, images, inputs, strategy, matrix and needs; a module also has the flow&apos;s contexts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action has no input &apos;%1&apos; (inputs: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call %1 does not run: enable is false: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wfs::remote</name>
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
        <source>remote %1 does not have content %2</source>
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
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
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
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the remote&apos;s content has %2 bytes, the manifest says %3</source>
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
        <source>Reading version %1 of %2</source>
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
    <message>
        <source>%1: &apos;%2&apos; names no card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: uid &apos;%2&apos; is not a bake of workspace %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not attempt %2 with a known status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 task %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: settings_by names no workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no task id or an unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 customisations or bakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bake %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
