<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Workflow Studio</source>
        <translation>Workflow Studio</translation>
    </message>
    <message>
        <source>Workflow Studio: how data and models came to be</source>
        <translation>Workflow Studio: wie Daten und Modelle entstanden sind</translation>
    </message>
    <message>
        <source>Open the workspace in DIR.</source>
        <translation>Arbeitsbereich in DIR öffnen.</translation>
    </message>
    <message>
        <source>Export the scope as SVG to FILE and exit.</source>
        <translation>Bereich als SVG nach FILE exportieren und beenden.</translation>
    </message>
    <message>
        <source>Export the scope as PNG to FILE and exit.</source>
        <translation>Bereich als PNG nach FILE exportieren und beenden.</translation>
    </message>
    <message>
        <source>PNG scale (default 1).</source>
        <translation>PNG-Skalierung (Standard: 1).</translation>
    </message>
    <message>
        <source>workspace, project:ID or task:ID.</source>
        <translation>workspace, project:ID oder task:ID.</translation>
    </message>
</context>
<context>
    <name>wfs</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file is damaged or is not a database (%1)</source>
        <translation>die Datei ist beschädigt oder keine Datenbank (%1)</translation>
    </message>
    <message>
        <source>the disk is full (%1)</source>
        <translation>der Datenträger ist voll (%1)</translation>
    </message>
    <message>
        <source>the workspace stayed locked by another process (%1)</source>
        <translation>der Arbeitsbereich blieb von einem anderen Prozess gesperrt (%1)</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>wfs::CardEditor</name>
    <message>
        <source>Default icon</source>
        <translation>Standardsymbol</translation>
    </message>
    <message>
        <source>Reset card</source>
        <translation>Karte zurücksetzen</translation>
    </message>
    <message>
        <source>Project cards show a preview of their images instead of an icon.</source>
        <translation>Projektkarten zeigen statt eines Symbols eine Vorschau ihrer Bilder.</translation>
    </message>
    <message>
        <source>Choose an icon</source>
        <translation>Symbol auswählen</translation>
    </message>
    <message>
        <source>Icon colour</source>
        <translation>Symbolfarbe</translation>
    </message>
    <message>
        <source>Icon background colour</source>
        <translation>Hintergrundfarbe des Symbols</translation>
    </message>
    <message>
        <source>/relative/path or https://...</source>
        <translation>/Pfad oder https://...</translation>
    </message>
    <message>
        <source>Link title</source>
        <translation>Linktitel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Link t&amp;itle:</source>
        <translation>Linkt&amp;itel:</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Titel bearbeiten</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Select a card to customise it.</source>
        <translation>Wählen Sie eine Karte aus, um sie anzupassen.</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Link bearbeiten</translation>
    </message>
    <message>
        <source>Change icon</source>
        <translation>Symbol ändern</translation>
    </message>
    <message>
        <source>Change icon colours</source>
        <translation>Symbolfarben ändern</translation>
    </message>
    <message>
        <source>Icon:</source>
        <translation>Symbol:</translation>
    </message>
</context>
<context>
    <name>wfs::CardItem</name>
    <message>
        <source>Job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>Auftrag öffnen</translation>
    </message>
    <message>
        <source>VERSION %1</source>
        <translation>VERSION %1</translation>
    </message>
</context>
<context>
    <name>wfs::CardSettings</name>
    <message>
        <source>must be an object with icon, color and backgroundColor</source>
        <translation>muss ein Objekt mit icon, color und backgroundColor sein</translation>
    </message>
    <message>
        <source>missing: an icon needs its name, color and backgroundColor</source>
        <translation>fehlt: ein Symbol braucht seinen Namen, color und backgroundColor</translation>
    </message>
    <message>
        <source>must be an object with url and title</source>
        <translation>muss ein Objekt mit url und title sein</translation>
    </message>
    <message>
        <source>missing: a link needs its url and title</source>
        <translation>fehlt: ein Link braucht url und title</translation>
    </message>
    <message>
        <source>project cards show a preview of their images and take no icon</source>
        <translation>Projektkarten zeigen eine Vorschau ihrer Bilder und haben kein Symbol</translation>
    </message>
    <message>
        <source>an icon needs a name</source>
        <translation>ein Symbol braucht einen Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Material Design icon name (&apos;wfs icons&apos; lists them)</source>
        <translation>„%1“ ist kein Name eines Material-Design-Symbols („wfs icons“ listet sie auf)</translation>
    </message>
    <message>
        <source>an icon needs both its color and its backgroundColor</source>
        <translation>ein Symbol braucht sowohl color als auch backgroundColor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour of the form #rgb or #rrggbb</source>
        <translation>„%1“ ist keine Farbe der Form #rgb oder #rrggbb</translation>
    </message>
    <message>
        <source>a link needs a url</source>
        <translation>ein Link braucht eine URL</translation>
    </message>
    <message>
        <source>a link needs its title</source>
        <translation>ein Link braucht einen Titel</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be relative (start with /) or an http(s) address</source>
        <translation>„%1“ muss relativ sein (mit / beginnen) oder eine http(s)-Adresse</translation>
    </message>
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>unbekanntes Feld (erwartet wird eines von: %1)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>--meta: malformed JSON at offset %1: %2</source>
        <translation>--meta: fehlerhaftes JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>--meta: expected a JSON object with customRelationSettings and/or customNodeSettings</source>
        <translation>--meta: erwartet wird ein JSON-Objekt mit customRelationSettings und/oder customNodeSettings</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>wfs::CardStyle</name>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <source>PROJECT VERSION</source>
        <translation>PROJEKTVERSION</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>DATENSATZ</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>MODEL WEIGHTS</source>
        <translation>MODELLGEWICHTE</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>AUFGABE</translation>
    </message>
    <message>
        <source>LABELING JOB</source>
        <translation>ANNOTATIONSAUFTRAG</translation>
    </message>
    <message>
        <source>APP SESSION</source>
        <translation>APP-SITZUNG</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>wfs::FileIo</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
</context>
<context>
    <name>wfs::GraphScene</name>
    <message>
        <source>Version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
</context>
<context>
    <name>wfs::GraphvizLayout</name>
    <message>
        <source>Graphviz has no &apos;dot&apos; layout plugin: install the Debian package libgvc6 (graphviz) and run &apos;dot -c&apos; as root to register its plugins</source>
        <translation>Graphviz fehlt das Layout-Plugin „dot“: Installieren Sie das Debian-Paket libgvc6 (graphviz) und führen Sie „dot -c“ als root aus, um seine Plugins zu registrieren</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph</source>
        <translation>Graphviz konnte den Graphen nicht anordnen</translation>
    </message>
</context>
<context>
    <name>wfs::HeadlessExport</name>
    <message>
        <source>There is no %1 with id %2 in this workspace</source>
        <translation>In diesem Arbeitsbereich gibt es keine Karte vom Typ „%1“ mit der ID %2</translation>
    </message>
    <message>
        <source>Workflow of %1 (%2)</source>
        <translation>Workflow von %1 (%2)</translation>
    </message>
</context>
<context>
    <name>wfs::IconPickerDialog</name>
    <message>
        <source>Choose an Icon</source>
        <translation>Symbol auswählen</translation>
    </message>
    <message>
        <source>Search icons by name</source>
        <translation>Symbole nach Namen suchen</translation>
    </message>
</context>
<context>
    <name>wfs::LogPanel</name>
    <message>
        <source>The log file cannot be read: %1</source>
        <translation>Die Protokolldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The log file does not exist yet. It is shown here as soon as it is created.</source>
        <translation>Die Protokolldatei existiert noch nicht. Sie wird hier angezeigt, sobald sie angelegt ist.</translation>
    </message>
    <message>
        <source>This log is large: only its last %1 MiB are shown, the start was cut.</source>
        <translation>Dieses Protokoll ist groß: Nur die letzten %1 MiB werden angezeigt, der Anfang wurde abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>wfs::MainWindow</name>
    <message>
        <source>Workflow Studio</source>
        <translation>Workflow Studio</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>Anordnung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 - Workflow Studio</source>
        <translation>%1 - Workflow Studio</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n Kante</numerusform>
            <numerusform>%n Kanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n card(s)...</source>
        <translation>
            <numerusform>%n Karte wird angeordnet …</numerusform>
            <numerusform>%n Karten werden angeordnet …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already on the graph</source>
        <translation>%1 ist bereits im Graphen</translation>
    </message>
    <message>
        <source>Added project %1</source>
        <translation>Projekt %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Added file %1</source>
        <translation>Datei %1 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n dropped item(s) are not files or folders on this computer and were not added</source>
        <translation>
            <numerusform>%n abgelegtes Element ist keine Datei und kein Ordner auf diesem Computer und wurde nicht hinzugefügt</numerusform>
            <numerusform>%n abgelegte Elemente sind keine Dateien oder Ordner auf diesem Computer und wurden nicht hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add: drop folders (projects) or files</source>
        <translation>Nichts hinzuzufügen: Ordner (Projekte) oder Dateien hier ablegen</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; has no log: only tasks run with &apos;wfs run&apos; keep one</source>
        <translation>Aufgabe „%1“ hat kein Protokoll: Nur mit „wfs run“ ausgeführte Aufgaben haben eines</translation>
    </message>
    <message>
        <source>%1 does not exist any more</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing to open</source>
        <translation>„%1“ hat nichts zum Öffnen</translation>
    </message>
    <message>
        <source>Show &amp;Log</source>
        <translation>Pro&amp;tokoll anzeigen</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>Übergeordneten &amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open Link &quot;%1&quot;</source>
        <translation>Link „%1“ öffnen</translation>
    </message>
    <message>
        <source>Open Job Link</source>
        <translation>Auftragslink öffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Scope</source>
        <translation>Im &amp;Bereich anzeigen</translation>
    </message>
    <message>
        <source>&amp;Customise Card...</source>
        <translation>Karte &amp;anpassen …</translation>
    </message>
    <message>
        <source>&amp;Reset Card</source>
        <translation>Karte &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Export as &amp;PNG...</source>
        <translation>Als &amp;PNG exportieren …</translation>
    </message>
    <message>
        <source>Export as &amp;SVG...</source>
        <translation>Als &amp;SVG exportieren …</translation>
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
        <source>&amp;Find Card...</source>
        <translation>Karte &amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Graph</source>
        <translation>Graph &amp;einpassen</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show &amp;Whole Workspace</source>
        <translation>Ganzen &amp;Arbeitsbereich anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Workflow Studio</source>
        <translation>Ü&amp;ber Workflow Studio</translation>
    </message>
    <message>
        <source>About Workflow Studio</source>
        <translation>Über Workflow Studio</translation>
    </message>
    <message>
        <source>Workflow Studio %1
Shows how data and models came to be.</source>
        <translation>Workflow Studio %1
Zeigt, wie Daten und Modelle entstanden sind.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Find a card (Ctrl+F)</source>
        <translation>Karte suchen (Strg+F)</translation>
    </message>
    <message>
        <source>No card&apos;s title contains &quot;%1&quot;</source>
        <translation>Kein Kartentitel enthält „%1“</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language changes the next time Workflow Studio starts.</source>
        <translation>Die Sprache wird beim nächsten Start von Workflow Studio geändert.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation>Karte %1 von %2</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>Als SVG exportieren</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Scale (1 = 100 %):</source>
        <translation>Skalierung (1 = 100 %):</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>wfs::Manifest</name>
    <message>
        <source>A version&apos;s file list in the store is damaged</source>
        <translation>Die Dateiliste einer Version im Objektspeicher ist beschädigt</translation>
    </message>
</context>
<context>
    <name>wfs::Minimap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: Klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>wfs::NodeKind</name>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>project version</source>
        <translation>Projektversion</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>model weights file</source>
        <translation>Modellgewichte-Datei</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>labeling job</source>
        <translation>Annotationsauftrag</translation>
    </message>
    <message>
        <source>app session</source>
        <translation>App-Sitzung</translation>
    </message>
</context>
<context>
    <name>wfs::ObjectStore</name>
    <message>
        <source>Cannot create the store folder %1</source>
        <translation>Der Ordner des Objektspeichers %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Object %1 is missing from the store</source>
        <translation>Objekt %1 fehlt im Objektspeicher</translation>
    </message>
    <message>
        <source>Object %1 in the store is damaged (its content does not match its hash)</source>
        <translation>Objekt %1 im Objektspeicher ist beschädigt (sein Inhalt passt nicht zu seinem Hash)</translation>
    </message>
    <message>
        <source>Cannot read the store folder %1</source>
        <translation>Der Ordner des Objektspeichers %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot remove object %1: %2</source>
        <translation>Objekt %1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>wfs::ProcessRunner</name>
    <message>
        <source>Cannot write the log %1: %2</source>
        <translation>Das Protokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>wfs::Recorder</name>
    <message>
        <source>A task needs a title</source>
        <translation>Eine Aufgabe braucht einen Titel</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in the workspace %3</source>
        <translation>Im Arbeitsbereich %3 gibt es keine Karte vom Typ „%1“ mit der ID %2</translation>
    </message>
    <message>
        <source>Card %1 is a %2, not a %3</source>
        <translation>Karte %1 ist vom Typ „%2“, nicht „%3“</translation>
    </message>
    <message>
        <source>A task cannot be its own input or output</source>
        <translation>Eine Aufgabe kann nicht ihre eigene Eingabe oder Ausgabe sein</translation>
    </message>
    <message>
        <source>An app session can only be an output of its own task</source>
        <translation>Eine App-Sitzung kann nur Ausgabe ihrer eigenen Aufgabe sein</translation>
    </message>
    <message>
        <source>App session of %1</source>
        <translation>App-Sitzung von %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task id</source>
        <translation>„%1“ ist keine Aufgaben-ID</translation>
    </message>
    <message>
        <source>A labeling job needs its id</source>
        <translation>Ein Annotationsauftrag braucht seine ID</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>Auftrag öffnen</translation>
    </message>
    <message>
        <source>Labeling job %1</source>
        <translation>Annotationsauftrag %1</translation>
    </message>
    <message>
        <source>Record a version as a project with --version-id or --version-num</source>
        <translation>Erfassen Sie eine Version als Projekt mit --version-id oder --version-num</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Give either --version-id or --version-num, not both</source>
        <translation>Geben Sie entweder --version-id oder --version-num an, nicht beides</translation>
    </message>
    <message>
        <source>--version-num is for inputs; an output names its version by --version-id</source>
        <translation>--version-num gilt für Eingaben; eine Ausgabe nennt ihre Version mit --version-id</translation>
    </message>
    <message>
        <source>project version</source>
        <translation>Projektversion</translation>
    </message>
    <message>
        <source>Version %1 belongs to project %2, not to project %3</source>
        <translation>Version %1 gehört zu Projekt %2, nicht zu Projekt %3</translation>
    </message>
    <message>
        <source>Project %1 has no version number %2</source>
        <translation>Projekt %1 hat keine Versionsnummer %2</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Datei oder Ordner nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>%1 is not a folder, so it cannot be recorded as a %2</source>
        <translation>%1 ist kein Ordner und kann daher nicht als „%2“ erfasst werden</translation>
    </message>
    <message>
        <source>%1 is a folder: record it as a folder, not as a %2</source>
        <translation>%1 ist ein Ordner: Erfassen Sie ihn als „folder“, nicht als „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KIND:PATH, where KIND is project, dataset, file, model_weight, folder, task, job or app</source>
        <translation>„%1“ hat nicht die Form KIND:PATH, wobei KIND project, dataset, file, model_weight, folder, task, job oder app ist</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no path or id after the colon</source>
        <translation>„%1“ nennt nach dem Doppelpunkt weder Pfad noch ID</translation>
    </message>
</context>
<context>
    <name>wfs::Scanner</name>
    <message>
        <source>cannot read folder %1: %2</source>
        <translation>Ordner %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the link %1: %2</source>
        <translation>Verknüpfung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a special file (device, socket or pipe) and cannot be versioned</source>
        <translation>%1 ist eine Spezialdatei (Gerät, Socket oder Pipe) und kann nicht versioniert werden</translation>
    </message>
    <message>
        <source>The project folder %1 does not exist or is not a folder</source>
        <translation>Der Projektordner %1 existiert nicht oder ist kein Ordner</translation>
    </message>
</context>
<context>
    <name>wfs::SceneExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Workflow exported by Workflow Studio</source>
        <translation>Mit Workflow Studio exportierter Workflow</translation>
    </message>
    <message>
        <source>The PNG scale must be above 0 and at most 16, not %1</source>
        <translation>Die PNG-Skalierung muss größer als 0 und höchstens 16 sein, nicht %1</translation>
    </message>
    <message>
        <source>A %1 x %2 image is too large; choose a smaller scale</source>
        <translation>Ein Bild mit %1 × %2 Pixeln ist zu groß; wählen Sie eine kleinere Skalierung</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 x %2 image</source>
        <translation>Nicht genug Speicher für ein Bild mit %1 × %2 Pixeln</translation>
    </message>
</context>
<context>
    <name>wfs::Scope</name>
    <message>
        <source>&apos;%1&apos; is not a scope: use workspace, project:ID or task:ID</source>
        <translation>„%1“ ist kein Bereich: Verwenden Sie workspace, project:ID oder task:ID</translation>
    </message>
</context>
<context>
    <name>wfs::ScopeTree</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>wfs::WorkflowModel</name>
    <message>
        <source>Card %1 no longer exists</source>
        <translation>Karte %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>card settings</source>
        <translation>Karteneinstellungen</translation>
    </message>
</context>
<context>
    <name>wfs::Workspace</name>
    <message>
        <source>%1 is not a folder, so it cannot be a workspace</source>
        <translation>%1 ist kein Ordner und kann daher kein Arbeitsbereich sein</translation>
    </message>
    <message>
        <source>Cannot create the workspace folder %1</source>
        <translation>Der Arbeitsbereichsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a readable Workflow Studio workspace: %2</source>
        <translation>%1 ist kein lesbarer Workflow-Studio-Arbeitsbereich: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Workflow Studio workspace; it was left untouched</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, kein Workflow-Studio-Arbeitsbereich; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 was written by a newer Workflow Studio (schema %2, this build reads up to %3); update Workflow Studio to open it. The file was left untouched</source>
        <translation>%1 wurde von einer neueren Version von Workflow Studio geschrieben (Schema %2, diese Version liest bis %3); aktualisieren Sie Workflow Studio, um die Datei zu öffnen. Die Datei wurde nicht verändert</translation>
    </message>
</context>
</TS>
