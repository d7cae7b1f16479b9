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
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <source>Modified (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>empty folder</source>
        <translation>leerer Ordner</translation>
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
    <name>wfs::BakeStore</name>
    <message>
        <source>bake %1 has no task &apos;%2&apos;</source>
        <translation>Bake %1 hat keinen Task „%2“</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>another process is already running this bake (%1 is locked)</source>
        <translation>ein anderer Prozess führt dieses Bake bereits aus (%1 ist gesperrt)</translation>
    </message>
</context>
<context>
    <name>wfs::BakeTree</name>
    <message>
        <source>Bake</source>
        <translation>Bake</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Bake %1 of %2
%3</source>
        <translation>Bake %1 von %2
%3</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
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
    <message>
        <source>Icon &quot;%1&quot;: click to choose another</source>
        <translation>Symbol „%1“: klicken, um ein anderes zu wählen</translation>
    </message>
    <message>
        <source>https://... or /path</source>
        <translation>https://... oder /Pfad</translation>
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
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
</context>
<context>
    <name>wfs::CardSettings</name>
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
    <message>
        <source>a colour belongs to an icon: give &quot;icon&quot; as a name beside it</source>
        <translation>eine Farbe gehört zu einem Symbol: geben Sie daneben &quot;icon&quot; als Namen an</translation>
    </message>
    <message>
        <source>must be an icon name or an object with icon, color and backgroundColor</source>
        <translation>muss ein Symbolname sein oder ein Objekt mit icon, color und backgroundColor</translation>
    </message>
    <message>
        <source>missing: an icon needs its name</source>
        <translation>fehlt: ein Symbol braucht seinen Namen</translation>
    </message>
    <message>
        <source>give either mainLink or url and url_title, not both</source>
        <translation>geben Sie entweder mainLink oder url und url_title an, nicht beides</translation>
    </message>
    <message>
        <source>missing: a link needs its url and url_title</source>
        <translation>fehlt: ein Link braucht url und url_title</translation>
    </message>
    <message>
        <source>means the same as %1: give one of them</source>
        <translation>bedeutet dasselbe wie %1: geben Sie nur eines davon an</translation>
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
    <message>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
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
    <message numerus="yes">
        <source>%n image file(s) could not be read; their previews show a placeholder</source>
        <translation>
            <numerusform>%n Bilddatei konnte nicht gelesen werden; ihre Vorschau zeigt einen Platzhalter</numerusform>
            <numerusform>%n Bilddateien konnten nicht gelesen werden; ihre Vorschauen zeigen einen Platzhalter</numerusform>
        </translation>
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
    <message>
        <source>No icon&apos;s name contains &quot;%1&quot;. Try a shorter or an English word, like &quot;chart&quot; or &quot;file&quot;.</source>
        <translation>Kein Symbolname enthält „%1“. Versuchen Sie ein kürzeres oder ein englisches Wort, etwa „chart“ oder „file“.</translation>
    </message>
</context>
<context>
    <name>wfs::LiveJobsList</name>
    <message>
        <source>Live jobs</source>
        <translation>Live-Jobs</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the selected job of the open live workflow</source>
        <translation>Den gewählten Job des offenen Live-Workflows starten</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the selected job&apos;s run and its whole process group</source>
        <translation>Den Lauf des gewählten Jobs und seine ganze Prozessgruppe beenden</translation>
    </message>
    <message>
        <source>Live job %1</source>
        <translation>Live-Job %1</translation>
    </message>
    <message>
        <source>%1 (multi)</source>
        <translation>%1 (mehrfach)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
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
    <message>
        <source>Nothing written to this log yet.</source>
        <translation>In dieses Protokoll wurde noch nichts geschrieben.</translation>
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
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>it is not part of the current scope: View &gt; Show Whole Workspace shows it</source>
        <translation>sie gehört nicht zum aktuellen Bereich: Ansicht &gt; Ganzen Arbeitsbereich zeigen zeigt sie</translation>
    </message>
    <message>
        <source>Create &amp;Version...</source>
        <translation>&amp;Version erstellen...</translation>
    </message>
    <message>
        <source>&amp;Restore into a New Folder...</source>
        <translation>In neuen Ordner &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>Compare with &amp;Working Folder</source>
        <translation>Mit &amp;Arbeitsordner vergleichen</translation>
    </message>
    <message>
        <source>&amp;Delete Version...</source>
        <translation>Version &amp;löschen...</translation>
    </message>
    <message>
        <source>Open &amp;Pipeline...</source>
        <translation>&amp;Pipeline öffnen...</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Open a workspace to run pipelines in it.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um darin Pipelines auszuführen.</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation>&amp;Pipelines</translation>
    </message>
    <message>
        <source>Double-click a task card to show its log here (tasks run with &apos;wfs run&apos; keep one).</source>
        <translation>Doppelklicken Sie auf eine Aufgabenkarte, um hier ihr Protokoll zu sehen (Aufgaben, die mit „wfs run“ liefen, haben eines).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>wfs::Manifest</name>
    <message>
        <source>A version&apos;s file list in the store is damaged</source>
        <translation>Die Dateiliste einer Version im Objektspeicher ist beschädigt</translation>
    </message>
    <message>
        <source>A version&apos;s file list in the store is refused: entry %1 has the unsafe path &apos;%2&apos; (absolute, &apos;..&apos;, &apos;.&apos;, an empty name, a NUL byte, or not inside a listed folder)</source>
        <translation>Die Dateiliste einer Version im Speicher wird abgelehnt: Eintrag %1 hat den unsicheren Pfad „%2“ (absolut, „..“, „.“, ein leerer Name, ein NUL-Byte oder nicht in einem aufgeführten Ordner)</translation>
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
    <message>
        <source>Cannot move the damaged object %1 aside: %2</source>
        <translation>Das beschädigte Objekt %1 kann nicht beiseitegelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>wfs::ParamsDialog</name>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>Values for the params of %1. Each starts at its default.</source>
        <translation>Werte für die Parameter von %1. Jeder beginnt mit seinem Standardwert.</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>kein Standardwert</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>%1 has no default: give it a value.</source>
        <translation>%1 hat keinen Standardwert: geben Sie einen Wert ein.</translation>
    </message>
</context>
<context>
    <name>wfs::PipelinesPanel</name>
    <message>
        <source>Open a batch workflow file first</source>
        <translation>Öffnen Sie zuerst eine Batch-Workflow-Datei</translation>
    </message>
    <message>
        <source>Bake of %1</source>
        <translation>Bake von %1</translation>
    </message>
    <message>
        <source>Restart of bake #%1</source>
        <translation>Neustart von Bake #%1</translation>
    </message>
    <message>
        <source>%1: starting...</source>
        <translation>%1: wird gestartet...</translation>
    </message>
    <message>
        <source>Bake #%1 restarted</source>
        <translation>Bake #%1 neu gestartet</translation>
    </message>
    <message>
        <source>Bake #%1 started</source>
        <translation>Bake #%1 gestartet</translation>
    </message>
    <message>
        <source>wfs ended without starting the bake</source>
        <translation>wfs endete, ohne das Bake zu starten</translation>
    </message>
    <message>
        <source>wfs could not start the bake: %1</source>
        <translation>wfs konnte das Bake nicht starten: %1</translation>
    </message>
    <message>
        <source>Select a running task of the shown bake first</source>
        <translation>Wählen Sie zuerst einen laufenden Task des angezeigten Bakes</translation>
    </message>
    <message>
        <source>Cancelling %1...</source>
        <translation>%1 wird abgebrochen...</translation>
    </message>
    <message>
        <source>Task %1 of bake #%2 cancelled</source>
        <translation>Task %1 von Bake #%2 abgebrochen</translation>
    </message>
    <message>
        <source>Cancelling bake #%1...</source>
        <translation>Bake #%1 wird abgebrochen...</translation>
    </message>
    <message>
        <source>Bake #%1 cancelled</source>
        <translation>Bake #%1 abgebrochen</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Suffix of this instance (empty: a random one):</source>
        <translation>Suffix dieser Instanz (leer: ein zufälliges):</translation>
    </message>
    <message>
        <source>Starting %1...</source>
        <translation>%1 wird gestartet...</translation>
    </message>
    <message>
        <source>Live job %1 started</source>
        <translation>Live-Job %1 gestartet</translation>
    </message>
    <message>
        <source>Stopping %1...</source>
        <translation>%1 wird beendet...</translation>
    </message>
    <message>
        <source>Live job %1 killed</source>
        <translation>Live-Job %1 beendet</translation>
    </message>
    <message>
        <source>No workflow file is open: Open YAML (Ctrl+O) shows its text here.</source>
        <translation>Keine Workflow-Datei geöffnet: YAML öffnen (Strg+O) zeigt ihren Text hier.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Task Log</source>
        <translation>Task-Log</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>The DAG could not be laid out: %1</source>
        <translation>Der DAG konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>Open YAML...</source>
        <translation>YAML öffnen...</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel Task</source>
        <translation>Task abbrechen</translation>
    </message>
    <message>
        <source>Cancel Bake</source>
        <translation>Bake abbrechen</translation>
    </message>
    <message>
        <source>Restart from Failed</source>
        <translation>Ab Fehler neu starten</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the DAG in the view</source>
        <translation>Den DAG in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>Show Plan</source>
        <translation>Plan zeigen</translation>
    </message>
    <message>
        <source>Show the open file&apos;s tasks instead of a bake</source>
        <translation>Die Tasks der offenen Datei statt eines Bakes zeigen</translation>
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation>Pipeline öffnen</translation>
    </message>
    <message>
        <source>Workflow files (*.yml *.yaml);;All files (*)</source>
        <translation>Workflow-Dateien (*.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n task(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Task</numerusform>
            <numerusform>%1 geöffnet: %n Tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a problem: %2</source>
        <translation>%1 hat ein Problem: %2</translation>
    </message>
    <message>
        <source>%1 (bake %2, attempt %3)</source>
        <translation>%1 (Bake %2, Versuch %3)</translation>
    </message>
    <message>
        <source>%1: not started yet</source>
        <translation>%1: noch nicht gestartet</translation>
    </message>
    <message>
        <source>Bake #%1 %2 (%3), attempt %4: %5</source>
        <translation>Bake #%1 %2 (%3), Versuch %4: %5</translation>
    </message>
    <message>
        <source>%1: cannot show its tasks, see the problem below</source>
        <translation>%1: Tasks können nicht gezeigt werden, siehe das Problem unten</translation>
    </message>
    <message>
        <source>%1: the jobs of a live workflow</source>
        <translation>%1: die Jobs eines Live-Workflows</translation>
    </message>
    <message>
        <source>%1: the plan (not run yet); Run (F5) bakes it</source>
        <translation>%1: der Plan (noch nicht ausgeführt); Ausführen (F5) startet ihn</translation>
    </message>
    <message>
        <source>Open a workflow file (Ctrl+O) to see its tasks, or pick a bake on the left</source>
        <translation>Öffnen Sie eine Workflow-Datei (Strg+O), um ihre Tasks zu sehen, oder wählen Sie links ein Bake</translation>
    </message>
    <message>
        <source>The wfs program was found neither beside Workflow Studio nor on PATH.</source>
        <translation>Das Programm wfs wurde weder neben Workflow Studio noch im PATH gefunden.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Select a task of a bake in the DAG to follow its log here.</source>
        <translation>Wählen Sie eine Aufgabe eines Bakes im DAG, um hier ihr Protokoll zu verfolgen.</translation>
    </message>
    <message>
        <source>%1 was not reopened: the window stopped while opening it last time. Open it again with File &gt; Open Pipeline...</source>
        <translation>%1 wurde nicht wieder geöffnet: das Fenster ist beim letzten Öffnen dieser Datei beendet worden. Öffnen Sie sie erneut mit Datei &gt; Pipeline öffnen...</translation>
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
    <message>
        <source>Task %1 has already finished as %2; its status was left as it is</source>
        <translation>Task %1 ist bereits als %2 beendet; sein Status wurde nicht geändert</translation>
    </message>
</context>
<context>
    <name>wfs::Remote</name>
    <message>
        <source>remote %1: cannot read %2</source>
        <translation>Remote %1: %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>remote %1: AWS_PROFILE names the profile %2, which neither %3 nor %4 has</source>
        <translation>Remote %1: AWS_PROFILE nennt das Profil %2, das weder %3 noch %4 enthält</translation>
    </message>
    <message>
        <source>remote %1: no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE with a profile in %2</source>
        <translation>Remote %1: keine Zugangsdaten: AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY setzen oder AWS_PROFILE mit einem Profil in %2</translation>
    </message>
    <message>
        <source>remote %1: the folder %2 does not exist (create it, or mount the share)</source>
        <translation>Remote %1: der Ordner %2 existiert nicht (anlegen oder die Freigabe einhängen)</translation>
    </message>
    <message>
        <source>remote %1: %2 %3 in %4: %5</source>
        <translation>Remote %1: %2 %3 in %4: %5</translation>
    </message>
    <message>
        <source>cannot create the folder for</source>
        <translation>kann den Ordner nicht anlegen für</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>kann nicht schreiben:</translation>
    </message>
    <message>
        <source>remote %1: no object %2 in %3</source>
        <translation>Remote %1: kein Objekt %2 in %3</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>kann nicht lesen:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot remove</source>
        <translation>kann nicht entfernen:</translation>
    </message>
    <message>
        <source>There is already a remote named %1 (wfs remote remove %1 first)</source>
        <translation>Es gibt bereits ein Remote namens %1 (zuerst wfs remote remove %1)</translation>
    </message>
    <message>
        <source>This workspace has no remote yet: wfs remote add NAME s3://BUCKET/PREFIX</source>
        <translation>Dieser Arbeitsbereich hat noch kein Remote: wfs remote add NAME s3://BUCKET/PREFIX</translation>
    </message>
    <message>
        <source>No default remote; known remotes: %1</source>
        <translation>Kein Standard-Remote; bekannte Remotes: %1</translation>
    </message>
    <message>
        <source>No remote named %1; known remotes: %2</source>
        <translation>Kein Remote namens %1; bekannte Remotes: %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an S3 bucket name (3 to 63 lower-case letters, digits, &apos;.&apos; and &apos;-&apos;)</source>
        <translation>%1: „%2“ ist kein S3-Bucket-Name (3 bis 63 Kleinbuchstaben, Ziffern, „.“ und „-“)</translation>
    </message>
    <message>
        <source>%1: the prefix after the bucket must be like team/project</source>
        <translation>%1: das Präfix nach dem Bucket muss wie team/projekt aussehen</translation>
    </message>
    <message>
        <source>%1: a folder remote is file:///ABSOLUTE/PATH</source>
        <translation>%1: ein Ordner-Remote ist file:///ABSOLUTER/PFAD</translation>
    </message>
    <message>
        <source>%1: a remote URL is s3://BUCKET/PREFIX or file:///PATH</source>
        <translation>%1: eine Remote-URL ist s3://BUCKET/PRÄFIX oder file:///PFAD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a remote name: up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>„%1“ ist kein Remote-Name: bis zu 64 Buchstaben, Ziffern, „.“, „_“ und „-“</translation>
    </message>
    <message>
        <source>--endpoint-url is for s3:// remotes, not %1</source>
        <translation>--endpoint-url gilt für s3://-Remotes, nicht für %1</translation>
    </message>
    <message>
        <source>--endpoint-url: &apos;%1&apos; is not http(s)://HOST[:PORT]</source>
        <translation>--endpoint-url: „%1“ ist nicht http(s)://HOST[:PORT]</translation>
    </message>
    <message>
        <source>--region: &apos;%1&apos; is not a region name like eu-central-1</source>
        <translation>--region: „%1“ ist kein Regionsname wie eu-central-1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key for a remote object</source>
        <translation>„%1“ ist kein Schlüssel für ein Remote-Objekt</translation>
    </message>
    <message>
        <source>Cannot read a file being pushed: %1</source>
        <translation>Eine zu übertragende Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the bucket</source>
        <translation>den Bucket</translation>
    </message>
    <message>
        <source>remote %1 (%2://%3): %4: no answer: %5</source>
        <translation>Remote %1 (%2://%3): %4: keine Antwort: %5</translation>
    </message>
    <message>
        <source>remote %1: %2: HTTP %3%4</source>
        <translation>Remote %1: %2: HTTP %3%4</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>remote %1: the server&apos;s object list does not move on to a next page</source>
        <translation>Remote %1: die Objektliste des Servers geht nicht zur nächsten Seite weiter</translation>
    </message>
    <message>
        <source>remote %1: the server&apos;s object list is not a ListBucketResult</source>
        <translation>Remote %1: die Objektliste des Servers ist kein ListBucketResult</translation>
    </message>
    <message>
        <source>remote %1: the server&apos;s object list is damaged: %2</source>
        <translation>Remote %1: die Objektliste des Servers ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is not a sound pack: %2</source>
        <translation>%1 ist kein intaktes Pack: %2</translation>
    </message>
    <message>
        <source>too short or not a pack</source>
        <translation>zu kurz oder kein Pack</translation>
    </message>
    <message>
        <source>no index at its end</source>
        <translation>kein Index an seinem Ende</translation>
    </message>
    <message>
        <source>its index lies outside it</source>
        <translation>sein Index liegt außerhalb</translation>
    </message>
    <message>
        <source>its object count does not match its index</source>
        <translation>seine Objektanzahl passt nicht zu seinem Index</translation>
    </message>
    <message>
        <source>its index does not end the pack</source>
        <translation>sein Index schließt das Pack nicht ab</translation>
    </message>
    <message>
        <source>its index does not match its checksum</source>
        <translation>sein Index passt nicht zu seiner Prüfsumme</translation>
    </message>
    <message>
        <source>object %1 lies outside the pack&apos;s data</source>
        <translation>Objekt %1 liegt außerhalb der Daten des Packs</translation>
    </message>
    <message>
        <source>its index is not sorted</source>
        <translation>sein Index ist nicht sortiert</translation>
    </message>
    <message>
        <source>object %1 is cut short</source>
        <translation>Objekt %1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>%1: object %2 does not match its content id (damaged or tampered with)</source>
        <translation>%1: Objekt %2 passt nicht zu seiner Inhalts-ID (beschädigt oder manipuliert)</translation>
    </message>
    <message>
        <source>remote %1 does not have content %2</source>
        <translation>Remote %1 hat den Inhalt %2 nicht</translation>
    </message>
    <message>
        <source>Cannot read %1 to push it</source>
        <translation>%1 kann zum Übertragen nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reading version %1 of %2</source>
        <translation>Lese Version %1 von %2</translation>
    </message>
    <message>
        <source>%1 is not a version manifest of format 1</source>
        <translation>%1 ist kein Versionsmanifest im Format 1</translation>
    </message>
    <message>
        <source>%1 lists more than %2 entries</source>
        <translation>%1 listet mehr als %2 Einträge</translation>
    </message>
    <message>
        <source>%1: entry %2 is not a safe file entry</source>
        <translation>%1: Eintrag %2 ist kein sicherer Dateieintrag</translation>
    </message>
    <message>
        <source>%1 is not empty: restore into a new or empty folder</source>
        <translation>%1 ist nicht leer: in einen neuen oder leeren Ordner wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the remote&apos;s content has %2 bytes, the manifest says %3</source>
        <translation>%1: der Inhalt auf dem Remote hat %2 Bytes, das Manifest sagt %3</translation>
    </message>
    <message>
        <source>%1: field %2 is not text of at most %3 characters</source>
        <translation>%1: Feld %2 ist kein Text von höchstens %3 Zeichen</translation>
    </message>
    <message>
        <source>%1: field %2 is not a number</source>
        <translation>%1: Feld %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: uid &apos;%2&apos; is not a card of workspace %3</source>
        <translation>%1: uid &apos;%2&apos; ist keine Karte des Arbeitsbereichs %3</translation>
    </message>
    <message>
        <source>%1: unknown kind</source>
        <translation>%1: unbekannte Art</translation>
    </message>
    <message>
        <source>%1: unknown task status</source>
        <translation>%1: unbekannter Aufgabenstatus</translation>
    </message>
    <message>
        <source>%1: the log is not named by a SHA-256 id</source>
        <translation>%1: das Protokoll ist nicht mit einer SHA-256-ID benannt</translation>
    </message>
    <message>
        <source>%1: the version names no project or record</source>
        <translation>%1: die Version nennt kein Projekt oder keinen Eintrag</translation>
    </message>
    <message>
        <source>not a lineage batch name</source>
        <translation>kein Name eines Herkunftspakets</translation>
    </message>
    <message>
        <source>not a lineage batch of format 1</source>
        <translation>kein Herkunftspaket im Format 1</translation>
    </message>
    <message>
        <source>written by workspace &apos;%1&apos;, filed under %2</source>
        <translation>von Arbeitsbereich &apos;%1&apos; geschrieben, abgelegt unter %2</translation>
    </message>
    <message>
        <source>more than %1 cards or relations</source>
        <translation>mehr als %1 Karten oder Beziehungen</translation>
    </message>
    <message>
        <source>card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>relation %1 does not join two uids</source>
        <translation>Beziehung %1 verbindet nicht zwei uids</translation>
    </message>
    <message>
        <source>Fetching task logs</source>
        <translation>Aufgabenprotokolle werden geholt</translation>
    </message>
    <message>
        <source>%1 %2 is bigger than %3 MB: not a lineage batch</source>
        <translation>%1 %2 ist größer als %3 MB: kein Herkunftspaket</translation>
    </message>
    <message>
        <source>Fetching lineage</source>
        <translation>Herkunft wird geholt</translation>
    </message>
    <message>
        <source>Pull cancelled: nothing was added</source>
        <translation>Holen abgebrochen: nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>Adding teammates&apos; lineage</source>
        <translation>Herkunft der Teammitglieder wird hinzugefügt</translation>
    </message>
    <message>
        <source>Cannot read the log %1 to push it</source>
        <translation>Das Protokoll %1 kann zum Senden nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 %2 does not match its content id (damaged or tampered with)</source>
        <translation>%1 %2 passt nicht zu seiner Inhalts-ID (beschädigt oder manipuliert)</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Wiederherstellen abgebrochen</translation>
    </message>
    <message>
        <source>Fetching files from %1</source>
        <translation>Dateien werden von %1 geholt</translation>
    </message>
    <message>
        <source>Version %1 was not pulled from a remote</source>
        <translation>Version %1 wurde nicht von einem Remote geholt</translation>
    </message>
    <message>
        <source>Version %1 was pulled from %2: restore it with --to DIR</source>
        <translation>Version %1 wurde von %2 geholt: mit --to ORDNER wiederherstellen</translation>
    </message>
    <message>
        <source>Push to %1 cancelled: nothing was sent</source>
        <translation>Senden an %1 abgebrochen: nichts wurde gesendet</translation>
    </message>
    <message>
        <source>on %1, content not here yet</source>
        <translation>auf %1, Inhalt noch nicht hier</translation>
    </message>
    <message>
        <source>only here</source>
        <translation>nur hier</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
</context>
<context>
    <name>wfs::RemoteJob</name>
    <message>
        <source>Pushing</source>
        <translation>Senden</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n version(s) and %1 card(s) to %2</source>
        <translation>
            <numerusform>%n Version und %1 Karte(n) an %2 gesendet</numerusform>
            <numerusform>%n Versionen und %1 Karte(n) an %2 gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Holen</translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n card(s) and %1 version(s) from %2</source>
        <translation>
            <numerusform>%n Karte und %1 Version(en) von %2 geholt</numerusform>
            <numerusform>%n Karten und %1 Version(en) von %2 geholt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wfs::RemoteMenu</name>
    <message>
        <source>&amp;Remote</source>
        <translation>&amp;Remote</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the versions and lineage the default remote lacks</source>
        <translation>Versionen und Herkunft senden, die dem Standard-Remote fehlen</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>&amp;Holen</translation>
    </message>
    <message>
        <source>Bring teammates&apos; lineage and versions from the default remote</source>
        <translation>Herkunft und Versionen der Teammitglieder vom Standard-Remote holen</translation>
    </message>
    <message>
        <source>Pull When a Workspace &amp;Opens</source>
        <translation>Holen, wenn ein Arbeitsbereich &amp;geöffnet wird</translation>
    </message>
    <message>
        <source>Push failed</source>
        <translation>Senden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pull failed</source>
        <translation>Holen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pull when opening: %1</source>
        <translation>Holen beim Öffnen: %1</translation>
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
    <name>wfs::Schema</name>
    <message>
        <source>%1: migrating to schema %2 would break references; the workspace was left as it was</source>
        <translation>%1: die Migration auf Schema %2 würde Verweise zerstören; der Arbeitsbereich blieb unverändert</translation>
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
    <name>wfs::StoreLock</name>
    <message>
        <source>Cannot lock the store %1: %2</source>
        <translation>Der Speicher %1 kann nicht gesperrt werden: %2</translation>
    </message>
</context>
<context>
    <name>wfs::TaskBoxItem</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>wfs::VersionJob</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>wfs::Versions</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weiterer</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no project with id %1 in this workspace</source>
        <translation>Es gibt kein Projekt mit der ID %1 in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>The project folder %1 does not exist or is not a folder</source>
        <translation>Der Projektordner %1 existiert nicht oder ist kein Ordner</translation>
    </message>
    <message>
        <source>There is no version with id %1 in this workspace</source>
        <translation>Es gibt keine Version mit der ID %1 in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Created automatically for a task&apos;s input</source>
        <translation>Automatisch für die Eingabe eines Tasks erstellt</translation>
    </message>
    <message>
        <source>Project %1 has no version number %2</source>
        <translation>Projekt %1 hat keine Version Nummer %2</translation>
    </message>
    <message>
        <source>Version %1 belongs to project %2, not to project %3</source>
        <translation>Version %1 gehört zu Projekt %2, nicht zu Projekt %3</translation>
    </message>
    <message>
        <source>Reading files</source>
        <translation>Dateien werden gelesen</translation>
    </message>
    <message>
        <source>Creating the version was cancelled; nothing was saved</source>
        <translation>Das Erstellen der Version wurde abgebrochen; nichts wurde gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>No version was created: %n file(s) or folder(s) of %1 cannot be read:
  %2</source>
        <translation>
            <numerusform>Keine Version erstellt: %n Datei oder Ordner von %1 kann nicht gelesen werden:
  %2</numerusform>
            <numerusform>Keine Version erstellt: %n Dateien oder Ordner von %1 können nicht gelesen werden:
  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) of %1 cannot be read:
  %2</source>
        <translation>
            <numerusform>%n Datei oder Ordner von %1 kann nicht gelesen werden:
  %2</numerusform>
            <numerusform>%n Dateien oder Ordner von %1 können nicht gelesen werden:
  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, from ver. %2</source>
        <translation>%1, aus Ver. %2</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; restore into a new or empty folder</source>
        <translation>%1 existiert bereits und ist nicht leer; stellen Sie in einen neuen oder leeren Ordner wieder her</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 cannot be restored: the content of %n file(s) is missing from the store (restore the rest with --skip-missing):
  %2</source>
        <translation>
            <numerusform>Version %1 kann nicht wiederhergestellt werden: der Inhalt von %n Datei fehlt im Speicher (den Rest mit --skip-missing wiederherstellen):
  %2</numerusform>
            <numerusform>Version %1 kann nicht wiederhergestellt werden: der Inhalt von %n Dateien fehlt im Speicher (den Rest mit --skip-missing wiederherstellen):
  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Writing files</source>
        <translation>Dateien werden geschrieben</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was kept</source>
        <translation>Die Wiederherstellung wurde abgebrochen; nichts wurde behalten</translation>
    </message>
    <message>
        <source>Cannot create the link %1: %2</source>
        <translation>Die Verknüpfung %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the restored files to %1: %2</source>
        <translation>Die wiederhergestellten Dateien können nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>Restore %1 v%2</source>
        <translation>%1 v%2 wiederherstellen</translation>
    </message>
    <message>
        <source>Checking objects</source>
        <translation>Objekte werden geprüft</translation>
    </message>
    <message>
        <source>the file list of version %1 of project %2</source>
        <translation>die Dateiliste von Version %1 des Projekts %2</translation>
    </message>
    <message>
        <source>%1 (version %2 of project %3)</source>
        <translation>%1 (Version %2 des Projekts %3)</translation>
    </message>
    <message numerus="yes">
        <source>No version was created: the content of %n file(s) of %1 vanished from the store while it was being written</source>
        <translation>
            <numerusform>Keine Version erstellt: Der Inhalt von %n Datei von %1 verschwand aus dem Speicher, während er geschrieben wurde</numerusform>
            <numerusform>Keine Version erstellt: Der Inhalt von %n Dateien von %1 verschwand aus dem Speicher, während er geschrieben wurde</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a symbolic link (to %2); restore into a new or empty folder</source>
        <translation>%1 ist eine symbolische Verknüpfung (auf %2); stellen Sie in einen neuen oder leeren Ordner wieder her</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>object %1 (no version uses it)</source>
        <translation>Objekt %1 (keine Version benutzt es)</translation>
    </message>
</context>
<context>
    <name>wfs::VersionsPanel</name>
    <message>
        <source>&amp;Create Version...</source>
        <translation>&amp;Version erstellen...</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>&amp;Wiederherstellen...</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>One version: compare it with the working folder. Two: compare them.</source>
        <translation>Eine Version: mit dem Arbeitsordner vergleichen. Zwei: miteinander vergleichen.</translation>
    </message>
    <message>
        <source>Deleting a version loses the history of the tasks that used it</source>
        <translation>Wer eine Version löscht, verliert die Historie der Tasks, die sie benutzt haben</translation>
    </message>
    <message>
        <source>Versions of %1</source>
        <translation>Versionen von %1</translation>
    </message>
    <message>
        <source>Select a project card to see its versions.</source>
        <translation>Wählen Sie eine Projektkarte, um ihre Versionen zu sehen.</translation>
    </message>
    <message>
        <source>Create Version</source>
        <translation>Version erstellen</translation>
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
        <source>Creating a version</source>
        <translation>Version wird erstellt</translation>
    </message>
    <message>
        <source>Created version %1</source>
        <translation>Version %1 erstellt</translation>
    </message>
    <message>
        <source>Nothing changed since version %1: no version was created</source>
        <translation>Seit Version %1 hat sich nichts geändert: keine Version erstellt</translation>
    </message>
    <message>
        <source>No version was created</source>
        <translation>Keine Version erstellt</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleich läuft</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored into %1</source>
        <translation>Wiederhergestellt in %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored into %1; %n file(s) missing from the store were skipped</source>
        <translation>
            <numerusform>Wiederhergestellt in %1; %n im Speicher fehlende Datei wurde übersprungen</numerusform>
            <numerusform>Wiederhergestellt in %1; %n im Speicher fehlende Dateien wurden übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Content is missing</source>
        <translation>Inhalt fehlt</translation>
    </message>
    <message>
        <source>Restore the rest?</source>
        <translation>Den Rest wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore Version %1</source>
        <translation>Version %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Restore version %1 into a new folder?
%2</source>
        <translation>Version %1 in einen neuen Ordner wiederherstellen?
%2</translation>
    </message>
    <message>
        <source>Delete Version %1</source>
        <translation>Version %1 löschen</translation>
    </message>
    <message>
        <source>Delete version %1? Its history will be lost: the tasks that used it will no longer show which data they read. Content other versions share is kept.</source>
        <translation>Version %1 löschen? Ihre Historie geht verloren: die Tasks, die sie benutzt haben, zeigen nicht mehr, welche Daten sie gelesen haben. Inhalt, den andere Versionen teilen, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Deleted version %1</source>
        <translation>Version %1 gelöscht</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>%1: version %2 → version %3</source>
        <translation>%1: Version %2 → Version %3</translation>
    </message>
    <message>
        <source>%1: version %2 → working folder</source>
        <translation>%1: Version %2 → Arbeitsordner</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
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
    <message>
        <source>%1 is %2, but the store beside it holds content: this is not a new workspace, and starting one here could lose that content. Put back a copy of %1, or move %3 away to start a new workspace here. Nothing was changed</source>
        <translation>%1 ist %2, aber der Speicher daneben enthält Inhalt: Dies ist kein neuer Arbeitsbereich, und hier einen neuen anzufangen könnte diesen Inhalt verlieren. Legen Sie eine Kopie von %1 zurück oder verschieben Sie %3, um hier einen neuen Arbeitsbereich anzufangen. Nichts wurde geändert</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 and %2 carry no store id yet; open the workspace for writing once</source>
        <translation>%1 und %2 tragen noch keine Speicherkennung; öffnen Sie den Arbeitsbereich einmal zum Schreiben</translation>
    </message>
    <message>
        <source>%1 does not know the store beside it (%2 is store %3): it is not this store&apos;s database. Nothing was changed</source>
        <translation>%1 kennt den Speicher daneben nicht (%2 ist Speicher %3): Es ist nicht die Datenbank dieses Speichers. Nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 carries no store id, but %2 knows store %3; nothing was changed</source>
        <translation>%1 trägt keine Speicherkennung, aber %2 kennt Speicher %3; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 belongs to store %2, but the store beside it (%3) is store %4: they are not one workspace. Nothing was changed</source>
        <translation>%1 gehört zu Speicher %2, aber der Speicher daneben (%3) ist Speicher %4: Sie bilden keinen gemeinsamen Arbeitsbereich. Nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>wfs::eval</name>
    <message>
        <source>missing, or not a list</source>
        <translation>fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>id %1 appears twice</source>
        <translation>ID %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>needs an integer &apos;id&apos;</source>
        <translation>braucht eine ganzzahlige „id“</translation>
    </message>
    <message>
        <source>width and height must be within 0..100000</source>
        <translation>Breite und Höhe müssen zwischen 0 und 100000 liegen</translation>
    </message>
    <message>
        <source>needs integer &apos;width&apos; and &apos;height&apos; for segm</source>
        <translation>braucht für segm ganzzahlige „width“ und „height“</translation>
    </message>
    <message>
        <source>bbox must be [x, y, width, height]</source>
        <translation>bbox muss [x, y, Breite, Höhe] sein</translation>
    </message>
    <message>
        <source>bbox holds something other than a finite number</source>
        <translation>bbox enthält etwas anderes als eine endliche Zahl</translation>
    </message>
    <message>
        <source>bbox has a negative width or height</source>
        <translation>bbox hat eine negative Breite oder Höhe</translation>
    </message>
    <message>
        <source>a COCO instances file is an object with images, annotations and categories</source>
        <translation>eine COCO-Instanzdatei ist ein Objekt mit images, annotations und categories</translation>
    </message>
    <message>
        <source>the id is used by annotations[%1] too</source>
        <translation>die ID wird auch von annotations[%1] benutzt</translation>
    </message>
    <message>
        <source>image_id %1 is not in images</source>
        <translation>image_id %1 steht nicht in images</translation>
    </message>
    <message>
        <source>category_id %1 is not in categories</source>
        <translation>category_id %1 steht nicht in categories</translation>
    </message>
    <message>
        <source>needs a numeric &apos;area&apos;</source>
        <translation>braucht eine numerische „area“</translation>
    </message>
    <message>
        <source>iscrowd must be 0 or 1</source>
        <translation>iscrowd muss 0 oder 1 sein</translation>
    </message>
    <message>
        <source>needs a &apos;bbox&apos; for bbox evaluation</source>
        <translation>braucht eine „bbox“ für die bbox-Auswertung</translation>
    </message>
    <message>
        <source>needs a &apos;segmentation&apos; for segm evaluation</source>
        <translation>braucht eine „segmentation“ für die segm-Auswertung</translation>
    </message>
    <message>
        <source>a COCO results file is a list of detections</source>
        <translation>eine COCO-Ergebnisdatei ist eine Liste von Detektionen</translation>
    </message>
    <message>
        <source>a detection must be an object</source>
        <translation>eine Detektion muss ein Objekt sein</translation>
    </message>
    <message>
        <source>needs an integer &apos;image_id&apos;</source>
        <translation>braucht eine ganzzahlige „image_id“</translation>
    </message>
    <message>
        <source>image %1 is not in %2</source>
        <translation>Bild %1 steht nicht in %2</translation>
    </message>
    <message>
        <source>needs an integer &apos;category_id&apos;</source>
        <translation>braucht eine ganzzahlige „category_id“</translation>
    </message>
    <message>
        <source>category %1 is not in %2</source>
        <translation>Kategorie %1 steht nicht in %2</translation>
    </message>
    <message>
        <source>needs a numeric &apos;score&apos;</source>
        <translation>braucht einen numerischen „score“</translation>
    </message>
    <message>
        <source>needs a &apos;bbox&apos; like the first detection</source>
        <translation>braucht eine „bbox“ wie die erste Detektion</translation>
    </message>
    <message>
        <source>needs a &apos;bbox&apos; or a &apos;segmentation&apos;</source>
        <translation>braucht eine „bbox“ oder eine „segmentation“</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: larger than the 4 GB a JSON file may have</source>
        <translation>%1: größer als die 4 GB, die eine JSON-Datei haben darf</translation>
    </message>
    <message>
        <source>%1: out of memory for parsing</source>
        <translation>%1: nicht genug Speicher zum Einlesen</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>segmentation must be a list of polygons, or an RLE object</source>
        <translation>segmentation muss eine Liste von Polygonen oder ein RLE-Objekt sein</translation>
    </message>
    <message>
        <source>polygon %1 has a coordinate that is not a number within ±100000</source>
        <translation>Polygon %1 hat eine Koordinate, die keine Zahl innerhalb von ±100000 ist</translation>
    </message>
    <message>
        <source>polygon %1 needs an even number of coordinates, at least 4</source>
        <translation>Polygon %1 braucht eine gerade Anzahl von Koordinaten, mindestens 4</translation>
    </message>
    <message>
        <source>segmentation has no polygon</source>
        <translation>segmentation enthält kein Polygon</translation>
    </message>
    <message>
        <source>segmentation mixes boxes (4 numbers) and polygons</source>
        <translation>segmentation mischt Rechtecke (4 Zahlen) und Polygone</translation>
    </message>
    <message>
        <source>an RLE segmentation needs &apos;size&apos; and &apos;counts&apos;</source>
        <translation>eine RLE-Segmentierung braucht „size“ und „counts“</translation>
    </message>
    <message>
        <source>RLE &apos;size&apos; must be [height, width] within 100000</source>
        <translation>RLE-„size“ muss [Höhe, Breite] innerhalb von 100000 sein</translation>
    </message>
    <message>
        <source>RLE &apos;counts&apos; must be a string or a list of numbers</source>
        <translation>RLE-„counts“ muss eine Zeichenkette oder eine Liste von Zahlen sein</translation>
    </message>
    <message>
        <source>RLE &apos;counts&apos; holds something other than a run length</source>
        <translation>RLE-„counts“ enthält etwas anderes als eine Lauflänge</translation>
    </message>
    <message>
        <source>RLE runs cover %1 pixels, not height x width = %2</source>
        <translation>RLE-Läufe decken %1 Pixel ab, nicht Höhe x Breite = %2</translation>
    </message>
    <message>
        <source>polygons need the image&apos;s width and height</source>
        <translation>Polygone brauchen die Breite und Höhe des Bildes</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Mean IoU</source>
        <translation>Mittlere IoU</translation>
    </message>
    <message>
        <source>Calibration error (ECE)</source>
        <translation>Kalibrierungsfehler (ECE)</translation>
    </message>
    <message>
        <source>F1-optimal confidence</source>
        <translation>F1-optimale Konfidenz</translation>
    </message>
    <message>
        <source>ms per image</source>
        <translation>ms pro Bild</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source>%1: larger than the 64 MB a report may have</source>
        <translation>%1: größer als die 64 MB, die ein Bericht haben darf</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2 (%3)</source>
        <translation>%1: kein gültiges JSON an Position %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not an evaluation report (wfs eval --out writes them)</source>
        <translation>%1: kein Auswertungsbericht (wfs eval --out schreibt sie)</translation>
    </message>
    <message>
        <source>%1: stats.%2: missing, or not a number</source>
        <translation>%1: stats.%2: fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>AP %1</source>
        <translation>AP %1</translation>
    </message>
    <message>
        <source>polygon %1 has an outline longer than 4,000,000 pixels</source>
        <translation>Polygon %1 hat einen Umriss von mehr als 4.000.000 Pixeln</translation>
    </message>
</context>
<context>
    <name>wfs::evalui</name>
    <message>
        <source>Compare Reports</source>
        <translation>Berichte vergleichen</translation>
    </message>
    <message>
        <source>Choose two or more reports to compare.</source>
        <translation>Wählen Sie zwei oder mehr Berichte zum Vergleichen.</translation>
    </message>
    <message>
        <source>Open &amp;Report</source>
        <translation>&amp;Bericht öffnen</translation>
    </message>
    <message>
        <source>Compare &amp;Selected Reports (%1)</source>
        <translation>&amp;Ausgewählte Berichte vergleichen (%1)</translation>
    </message>
    <message>
        <source>Compare &amp;with...</source>
        <translation>Vergleichen &amp;mit...</translation>
    </message>
    <message>
        <source>Reports to Compare With</source>
        <translation>Berichte zum Vergleichen</translation>
    </message>
    <message>
        <source>Evaluation reports (*.json)</source>
        <translation>Auswertungsberichte (*.json)</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Evaluation report</source>
        <translation>Auswertungsbericht</translation>
    </message>
    <message>
        <source>%1 images, %2 objects, %3 detections (%4); ground truth %5, detections %6</source>
        <translation>%1 Bilder, %2 Objekte, %3 Detektionen (%4); Ground Truth %5, Detektionen %6</translation>
    </message>
    <message>
        <source>COCO summary</source>
        <translation>COCO-Zusammenfassung</translation>
    </message>
    <message>
        <source>Key metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>TP / FP / FN</source>
        <translation>TP / FP / FN</translation>
    </message>
    <message>
        <source>Precision and recall</source>
        <translation>Präzision und Trefferquote</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Comparison of %1 reports</source>
        <translation>Vergleich von %1 Berichten</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF</source>
        <translation>%1: das PDF kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export &amp;HTML...</source>
        <translation>Als &amp;HTML exportieren...</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Als &amp;PDF exportieren...</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>wfs::evalui::CompareView</name>
    <message>
        <source>Compare Reports: %1</source>
        <translation>Berichte vergleichen: %1</translation>
    </message>
    <message>
        <source>best</source>
        <translation>am besten</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>am schlechtesten</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
</context>
<context>
    <name>wfs::evalui::ReportView</name>
    <message>
        <source>Evaluation Report: %1</source>
        <translation>Auswertungsbericht: %1</translation>
    </message>
    <message>
        <source>%1 · %2 images, %3 objects, %4 detections · %5</source>
        <translation>%1 · %2 Bilder, %3 Objekte, %4 Detektionen · %5</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>PR Curves</source>
        <translation>PR-Kurven</translation>
    </message>
    <message>
        <source>Confusion Matrix</source>
        <translation>Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Rows: ground truth. Columns: prediction.</source>
        <translation>Zeilen: Ground Truth. Spalten: Vorhersage.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
</context>
<context>
    <name>wfs::pipelines</name>
    <message>
        <source>there is no bake %1 in this workspace (see wfs bakes)</source>
        <translation>es gibt kein Bake %1 in diesem Arbeitsbereich (siehe wfs bakes)</translation>
    </message>
    <message>
        <source>cancelled because %1 failed (fail_fast)</source>
        <translation>abgebrochen, weil %1 fehlgeschlagen ist (fail_fast)</translation>
    </message>
    <message>
        <source>the bake was cancelled</source>
        <translation>das Bake wurde abgebrochen</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>abgebrochen, bevor er startete</translation>
    </message>
    <message>
        <source>enable is false: %1</source>
        <translation>enable ist false: %1</translation>
    </message>
    <message>
        <source>a task it needs did not succeed</source>
        <translation>ein benötigter Task war nicht erfolgreich</translation>
    </message>
    <message>
        <source>outputs reused from the cache</source>
        <translation>Ausgaben aus dem Cache übernommen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>could not start: %1</source>
        <translation>konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>endete mit Code %1</translation>
    </message>
    <message>
        <source>outputs not recorded: %1</source>
        <translation>Ausgaben nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>%1 is a batch workflow: run it with wfs bake</source>
        <translation>%1 ist ein Batch-Workflow: führen Sie ihn mit wfs bake aus</translation>
    </message>
    <message>
        <source>%1 has no job &apos;%2&apos; (its jobs: %3)</source>
        <translation>%1 hat keinen Job „%2“ (seine Jobs: %3)</translation>
    </message>
    <message>
        <source>job %1 is not multi: it takes no suffix</source>
        <translation>Job %1 ist nicht multi: er nimmt kein Suffix</translation>
    </message>
    <message>
        <source>job %1 is not multi: it takes no arguments after --</source>
        <translation>Job %1 ist nicht multi: er nimmt keine Argumente nach --</translation>
    </message>
    <message>
        <source>job %1 is already running (id %2): wfs kill %1 first</source>
        <translation>Job %1 läuft bereits (ID %2): zuerst wfs kill %1</translation>
    </message>
    <message>
        <source>there is no live job %1 in this workspace</source>
        <translation>es gibt keinen Live-Job %1 in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>live job %1 has already been started</source>
        <translation>Live-Job %1 wurde bereits gestartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive whole number</source>
        <translation>„%1“ ist keine positive ganze Zahl</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>der Befehl ist leer</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>stopped after its life_span of %1 s</source>
        <translation>nach seiner life_span von %1 s gestoppt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration: write a number of seconds or a time like 1d6h15m45s</source>
        <translation>„%1“ ist keine Dauer: schreiben Sie eine Anzahl Sekunden oder eine Zeit wie 1d6h15m45s</translation>
    </message>
    <message>
        <source>interrupted: its runner was gone</source>
        <translation>unterbrochen: sein Ausführer war beendet</translation>
    </message>
    <message>
        <source>its project inputs are versioned when it starts</source>
        <translation>seine Projekt-Eingaben werden beim Start versioniert</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>no cache</source>
        <translation>ohne Cache</translation>
    </message>
    <message>
        <source>after its needs</source>
        <translation>nach seinen Abhängigkeiten</translation>
    </message>
    <message>
        <source>decided when it starts</source>
        <translation>wird beim Start entschieden</translation>
    </message>
    <message>
        <source>supervisor gone</source>
        <translation>Überwachungsprozess fehlt</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>life_span reached (%1 s)</source>
        <translation>life_span erreicht (%1 s)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>did not start</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>an action call runs nothing itself</source>
        <translation>ein Action-Aufruf führt selbst nichts aus</translation>
    </message>
    <message>
        <source>the action&apos;s tasks are done</source>
        <translation>die Tasks der Action sind fertig</translation>
    </message>
</context>
<context>
    <name>wfs::pipelines::FlowParser</name>
    <message>
        <source>write either mixins or inherits, not both</source>
        <translation>schreiben Sie entweder mixins oder inherits, nicht beides</translation>
    </message>
    <message>
        <source>expected the name of a mixin, found %1</source>
        <translation>erwartet wurde der Name eines Mixins, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown mixin &apos;%1&apos;</source>
        <translation>unbekanntes Mixin „%1“</translation>
    </message>
    <message>
        <source>unknown mixin &apos;%1&apos;, did you mean &apos;%2&apos;?</source>
        <translation>unbekanntes Mixin „%1“, meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>mixins inherit from each other in a cycle: %1</source>
        <translation>Mixins erben zyklisch voneinander: %1</translation>
    </message>
    <message>
        <source>missing: write kind: batch or kind: live</source>
        <translation>fehlt: schreiben Sie kind: batch oder kind: live</translation>
    </message>
    <message>
        <source>expected batch or live, found %1</source>
        <translation>erwartet wurde batch oder live, gefunden: %1</translation>
    </message>
    <message>
        <source>expected running or completed, found &apos;%1&apos;</source>
        <translation>erwartet wurde running oder completed, gefunden: „%1“</translation>
    </message>
    <message>
        <source>expected a list of task ids or a mapping of task ids to running or completed, found %1</source>
        <translation>erwartet wurde eine Liste von Task-IDs oder eine Zuordnung von Task-IDs zu running oder completed, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>erwartet wurde ein Wert, gefunden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an axis of the matrix</source>
        <translation>„%1“ ist keine Achse der Matrix</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an axis of the matrix, did you mean &apos;%2&apos;?</source>
        <translation>„%1“ ist keine Achse der Matrix, meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>a mixin cannot set a task&apos;s id</source>
        <translation>ein Mixin kann die ID eines Tasks nicht setzen</translation>
    </message>
    <message>
        <source>expected true or false, found an expression</source>
        <translation>erwartet wurde true oder false, gefunden: ein Ausdruck</translation>
    </message>
    <message>
        <source>expected a plain id, found &apos;%1&apos;</source>
        <translation>erwartet wurde eine einfache ID, gefunden: „%1“</translation>
    </message>
    <message>
        <source>missing: a batch flow needs a list of tasks</source>
        <translation>fehlt: ein Batch-Flow braucht eine Liste von Tasks</translation>
    </message>
    <message>
        <source>missing: a live flow needs a mapping of jobs</source>
        <translation>fehlt: ein Live-Flow braucht eine Zuordnung von Jobs</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>expected a mapping of keys such as kind and tasks, found %1</source>
        <translation>erwartet wurde eine Zuordnung von Schlüsseln wie kind und tasks, gefunden: %1</translation>
    </message>
    <message>
        <source>a batch flow has tasks, not jobs (jobs are for kind: live)</source>
        <translation>ein Batch-Flow hat Tasks, keine Jobs (Jobs gibt es bei kind: live)</translation>
    </message>
    <message>
        <source>a live flow has jobs, not tasks (tasks are for kind: batch)</source>
        <translation>ein Live-Flow hat Jobs, keine Tasks (Tasks gibt es bei kind: batch)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file nor the id of a workflow: looked for %2 in %3 and every folder above it</source>
        <translation>„%1“ ist weder eine Datei noch die ID eines Workflows: gesucht wurde %2 in %3 und jedem Ordner darüber</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (known keys: %2)</source>
        <translation>unbekannter Schlüssel „%1“ (bekannte Schlüssel: %2)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;, did you mean &apos;%2&apos;?</source>
        <translation>unbekannter Schlüssel „%1“, meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>expected true or false, found &apos;%1&apos;</source>
        <translation>erwartet wurde true oder false, gefunden: „%1“</translation>
    </message>
    <message>
        <source>expected a whole number above 0, found &apos;%1&apos;</source>
        <translation>erwartet wurde eine ganze Zahl über 0, gefunden: „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration: write a number of seconds or a time like 1d6h15m45s</source>
        <translation>„%1“ ist keine Dauer: schreiben Sie eine Anzahl Sekunden oder eine Zeit wie 1d6h15m45s</translation>
    </message>
    <message>
        <source>variables given as one expression are not supported, write one per line</source>
        <translation>Variablen als ein einziger Ausdruck werden nicht unterstützt, schreiben Sie eine pro Zeile</translation>
    </message>
    <message>
        <source>expected a value or a mapping of default and descr, found a list</source>
        <translation>erwartet wurde ein Wert oder eine Zuordnung von default und descr, gefunden: eine Liste</translation>
    </message>
    <message>
        <source>expected %1, found &apos;%2&apos;</source>
        <translation>erwartet wurde %1, gefunden: „%2“</translation>
    </message>
    <message>
        <source>%1 and %2 are mutually exclusive: write only one</source>
        <translation>%1 und %2 schließen einander aus: schreiben Sie nur eines</translation>
    </message>
    <message>
        <source>needs one of bash, cmd or python (a local run has no image whose command it could use)</source>
        <translation>braucht eines von bash, cmd oder python (ein lokaler Lauf hat kein Image, dessen Befehl er benutzen könnte)</translation>
    </message>
    <message>
        <source>action calls are not supported by local runs: write the action&apos;s steps as commands</source>
        <translation>Aufrufe von Actions werden bei lokalen Läufen nicht unterstützt: schreiben Sie die Schritte der Action als Befehle</translation>
    </message>
    <message>
        <source>a key must be a plain value, found %1</source>
        <translation>ein Schlüssel muss ein einfacher Wert sein, gefunden: %1</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first written at line %2)</source>
        <translation>doppelter Schlüssel „%1“ (zuerst geschrieben in Zeile %2)</translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation>YAML-Syntax: %1</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet wurde %1, gefunden: %2</translation>
    </message>
    <message>
        <source>in &apos;%1&apos;: unknown context &apos;%2&apos; (contexts: %3)</source>
        <translation>in „%1“: unbekannter Kontext „%2“ (Kontexte: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the flow has no param &apos;%1&apos; (params: %2)</source>
        <translation>der Ablauf hat keinen Parameter „%1“ (Parameter: %2)</translation>
    </message>
    <message>
        <source>flow has no &apos;%1&apos; (it has %2)</source>
        <translation>flow hat kein „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <source>strategy has no &apos;%1&apos; (it has %2)</source>
        <translation>strategy hat kein „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not among the tasks this task needs (needs: %2)</source>
        <translation>„%1“ gehört nicht zu den Aufgaben, die diese Aufgabe braucht (needs: %2)</translation>
    </message>
    <message>
        <source>needs.%1 has no &apos;%2&apos; (it has result and outputs)</source>
        <translation>needs.%1 hat kein „%2“ (vorhanden: result und outputs)</translation>
    </message>
    <message>
        <source>the task&apos;s matrix has no &apos;%1&apos; (it has %2)</source>
        <translation>die Matrix der Aufgabe hat kein „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <source>in &apos;%1&apos;: %2</source>
        <translation>in „%1“: %2</translation>
    </message>
    <message>
        <source>YAML syntax: the quoted value is not closed</source>
        <translation>YAML-Syntax: der Wert in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>%1 exist only on the Apolo platform: a local run has none to give</source>
        <translation>%1 gibt es nur auf der Apolo-Plattform: ein lokaler Lauf hat keine</translation>
    </message>
    <message>
        <source>project has no &apos;%1&apos; (it has id)</source>
        <translation>project hat kein „%1“ (vorhanden: id)</translation>
    </message>
    <message>
        <source>expected true, false or an expression such as ${{ success() }}, found &apos;%1&apos;</source>
        <translation>erwartet true, false oder einen Ausdruck wie ${{ success() }}, gefunden „%1“</translation>
    </message>
    <message>
        <source>%1: no such workflow file</source>
        <translation>%1: keine solche Ablaufdatei</translation>
    </message>
    <message>
        <source>no value: a param without a default needs one (-p %1 VALUE)</source>
        <translation>kein Wert: ein Parameter ohne Standardwert braucht einen (-p %1 WERT)</translation>
    </message>
    <message>
        <source>; nor have %1</source>
        <translation>; ebenso wenig %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a top-level key; it belongs under defaults: (line %2), indented</source>
        <translation>„%1“ ist kein Schlüssel der obersten Ebene; er gehört eingerückt unter defaults: (Zeile %2)</translation>
    </message>
    <message>
        <source>%1 (a matrix value may use no contexts; a whole list may use params)</source>
        <translation>%1 (ein Matrixwert darf keine Kontexte verwenden; eine ganze Liste darf params verwenden)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid matrix key: a key holds letters, digits and &apos;_&apos;, does not start with a digit and is not all uppercase</source>
        <translation>„%1“ ist kein gültiger Matrix-Schlüssel: ein Schlüssel besteht aus Buchstaben, Ziffern und „_“, beginnt nicht mit einer Ziffer und besteht nicht nur aus Großbuchstaben</translation>
    </message>
    <message>
        <source>expected a list of values or an expression giving one, found %1</source>
        <translation>erwartet wurde eine Liste von Werten oder ein Ausdruck, der eine ergibt, gefunden: %1</translation>
    </message>
    <message>
        <source>an alias refers to a mapping or list that contains it</source>
        <translation>ein Alias verweist auf eine Zuordnung oder Liste, die ihn selbst enthält</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>more than %1 values once aliases are expanded</source>
        <translation>mehr als %1 Werte, wenn die Aliase aufgelöst sind</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a workflow file may hold at most %2</source>
        <translation>die Datei hat %1 Bytes; eine Workflow-Datei darf höchstens %2 haben</translation>
    </message>
    <message>
        <source>the id has %1 characters; an id may have at most %2</source>
        <translation>die ID hat %1 Zeichen; eine ID darf höchstens %2 haben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid task id: an id holds letters, digits and &apos;_&apos; and does not start with a digit (write &apos;%2&apos;)</source>
        <translation>„%1“ ist keine gültige Task-ID: eine ID besteht aus Buchstaben, Ziffern und „_“ und beginnt nicht mit einer Ziffer (schreiben Sie „%2“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid task id: all-uppercase ids are reserved (write &apos;%2&apos;)</source>
        <translation>„%1“ ist keine gültige Task-ID: IDs nur aus Großbuchstaben sind reserviert (schreiben Sie „%2“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no scheme: write ws:NAME for an action of this workspace</source>
        <translation>„%1“ hat kein Schema: schreiben Sie ws:NAME für eine Action dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>only workspace actions (ws:NAME) run locally, not &apos;%1&apos;</source>
        <translation>lokal laufen nur Actions des Arbeitsbereichs (ws:NAME), nicht „%1“</translation>
    </message>
    <message>
        <source>there is no action %1 (looked for %2)</source>
        <translation>es gibt keine Action %1 (gesucht: %2)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 has no input &apos;%2&apos; (inputs: %3)</source>
        <translation>%1 hat keine Eingabe „%2“ (Eingaben: %3)</translation>
    </message>
    <message>
        <source>%1 needs a value for its input &apos;%2&apos;: give it in args</source>
        <translation>%1 braucht einen Wert für die Eingabe „%2“: geben Sie ihn unter args an</translation>
    </message>
    <message>
        <source>a task that calls an action has no %1 of its own</source>
        <translation>ein Task, der eine Action aufruft, hat kein eigenes %1</translation>
    </message>
    <message>
        <source>missing: a batch action needs a list of tasks</source>
        <translation>fehlt: eine Batch-Action braucht eine Liste von Tasks</translation>
    </message>
    <message>
        <source>an action&apos;s task cannot call another action here</source>
        <translation>ein Task einer Action kann hier keine weitere Action aufrufen</translation>
    </message>
    <message>
        <source>missing: an output needs a value</source>
        <translation>fehlt: eine Ausgabe braucht einen Wert (value)</translation>
    </message>
    <message>
        <source>missing: a local action needs a cmd</source>
        <translation>fehlt: eine lokale Action braucht ein cmd</translation>
    </message>
    <message>
        <source>only batch and local actions run in a batch flow (this one is kind: %1)</source>
        <translation>in einem Batch-Flow laufen nur Batch- und lokale Actions (diese hat kind: %1)</translation>
    </message>
</context>
</TS>
