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
    <message>
        <source>unknown field (expected one of: %1)</source>
        <translation>unbekanntes Feld (erwartet wird eines von: %1)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
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
        <source>--meta: malformed JSON at offset %1: %2</source>
        <translation>--meta: fehlerhaftes JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>--meta: expected a JSON object with customRelationSettings and/or customNodeSettings</source>
        <translation>--meta: erwartet wird ein JSON-Objekt mit customRelationSettings und/oder customNodeSettings</translation>
    </message>
    <message>
        <source>means the same as %1: give one of them</source>
        <translation>bedeutet dasselbe wie %1: geben Sie nur eines davon an</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
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
        <source>A task needs a title</source>
        <translation>Eine Aufgabe braucht einen Titel</translation>
    </message>
    <message>
        <source>Task %1 has already finished as %2; its status was left as it is</source>
        <translation>Task %1 ist bereits als %2 beendet; sein Status wurde nicht geändert</translation>
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
        <translation>Projekt %1 hat keine Version Nummer %2</translation>
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
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>Cannot create the store folder %1</source>
        <translation>Der Ordner des Objektspeichers %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
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
        <source>There is no version with id %1 in this workspace</source>
        <translation>Es gibt keine Version mit der ID %1 in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Created automatically for a task&apos;s input</source>
        <translation>Automatisch für die Eingabe eines Tasks erstellt</translation>
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
    <message numerus="yes">
        <source>No version was created: the content of %n file(s) of %1 vanished from the store while it was being written</source>
        <translation>
            <numerusform>Keine Version erstellt: Der Inhalt von %n Datei von %1 verschwand aus dem Speicher, während er geschrieben wurde</numerusform>
            <numerusform>Keine Version erstellt: Der Inhalt von %n Dateien von %1 verschwand aus dem Speicher, während er geschrieben wurde</numerusform>
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
        <source>%1 is a symbolic link (to %2); restore into a new or empty folder</source>
        <translation>%1 ist eine symbolische Verknüpfung (auf %2); stellen Sie in einen neuen oder leeren Ordner wieder her</translation>
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
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
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
    <message>
        <source>object %1 (no version uses it)</source>
        <translation>Objekt %1 (keine Version benutzt es)</translation>
    </message>
    <message>
        <source>%1 is not a folder, so it cannot be a workspace</source>
        <translation>%1 ist kein Ordner und kann daher kein Arbeitsbereich sein</translation>
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
        <source>Cannot create the workspace folder %1</source>
        <translation>Der Arbeitsbereichsordner %1 kann nicht angelegt werden</translation>
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
        <source>Workflow exported by Workflow Studio</source>
        <translation>Mit Workflow Studio exportierter Workflow</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the pack being written</source>
        <translation>das Paket, das gerade geschrieben wird</translation>
    </message>
    <message>
        <source>%1 is not a sound pack: too short or not a pack</source>
        <translation>%1 ist kein intaktes Paket: zu kurz oder kein Paket</translation>
    </message>
    <message>
        <source>%1 is not a sound pack: its index lies outside it</source>
        <translation>%1 ist kein intaktes Paket: sein Index liegt außerhalb</translation>
    </message>
    <message>
        <source>Pack %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>Cannot read pack %1: %2</source>
        <translation>Paket %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Object %1 in the store is damaged (its content does not match its hash; in pack %2)</source>
        <translation>Objekt %1 im Speicher ist beschädigt (sein Inhalt passt nicht zu seinem Hash; in Paket %2)</translation>
    </message>
    <message>
        <source>Cannot set the damaged object %1 aside: %2</source>
        <translation>Das beschädigte Objekt %1 kann nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the stored object %1 to its new name: %2</source>
        <translation>Das gespeicherte Objekt %1 kann nicht unter seinen neuen Namen verschoben werden: %2</translation>
    </message>
    <message>
        <source>The file list of version %1 still names content by its old ids</source>
        <translation>Die Dateiliste von Version %1 nennt Inhalte noch mit ihren alten IDs</translation>
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
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Bake %1: %2
%3
%4</source>
        <translation>Bake %1: %2
%3
%4</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Params:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Run by %1@%2</source>
        <translation>Ausgeführt von %1@%2</translation>
    </message>
    <message>
        <source>Run by %1@%2, pulled from a teammate</source>
        <translation>Ausgeführt von %1@%2, von einem Teammitglied geholt</translation>
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
    <name>wfs::ClusterItem</name>
    <message>
        <source>Collapse</source>
        <translation>Zuklappen</translation>
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
            <numerusform>Klicken zeigt seinen Task</numerusform>
            <numerusform>Klicken zeigt seine %n Tasks</numerusform>
        </translation>
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
    <message>
        <source>needs the network</source>
        <translation>braucht das Netzwerk</translation>
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
    <message>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>&amp;Re-layout Graph</source>
        <translation>Graph neu &amp;anordnen</translation>
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
    <name>wfs::PipelineStarts</name>
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
</context>
<context>
    <name>wfs::PipelinesController</name>
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
        <source>%1 was not reopened: the window stopped while opening it last time. Open it again with File &gt; Open Pipeline...</source>
        <translation>%1 wurde nicht wieder geöffnet: das Fenster ist beim letzten Öffnen dieser Datei beendet worden. Öffnen Sie sie erneut mit Datei &gt; Pipeline öffnen...</translation>
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
        <source>Open a batch workflow file first</source>
        <translation>Öffnen Sie zuerst eine Batch-Workflow-Datei</translation>
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
</context>
<context>
    <name>wfs::PipelinesPanel</name>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Suffix of this instance (empty: a random one):</source>
        <translation>Suffix dieser Instanz (leer: ein zufälliges):</translation>
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
        <source>Select a task of a bake in the DAG to follow its log here.</source>
        <translation>Wählen Sie eine Aufgabe eines Bakes im DAG, um hier ihr Protokoll zu verfolgen.</translation>
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
    <name>wfs::RemoteJob</name>
    <message>
        <source>Pushing</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Holen</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n version(s), %1 card(s), %2 bake(s) and %3 customisation(s) to %4</source>
        <translation>
            <numerusform>%n Version, %1 Karte(n), %2 Bake(s) und %3 Anpassung(en) an %4 gesendet</numerusform>
            <numerusform>%n Versionen, %1 Karte(n), %2 Bake(s) und %3 Anpassung(en) an %4 gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n card(s), %1 version(s), %2 bake(s) and %3 customisation(s) from %4</source>
        <translation>
            <numerusform>%n Karte, %1 Version(en), %2 Bake(s) und %3 Anpassung(en) von %4 geholt</numerusform>
            <numerusform>%n Karten, %1 Version(en), %2 Bake(s) und %3 Anpassung(en) von %4 geholt</numerusform>
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
        <source>P&amp;ull</source>
        <translation>&amp;Holen</translation>
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
    <message>
        <source>Send the versions and lineage the remote lacks (the default one, or the one picked)</source>
        <translation>Versionen und Herkunft senden, die dem Remote fehlen (dem Standard-Remote oder dem gewählten)</translation>
    </message>
    <message>
        <source>Bring teammates&apos; lineage and versions from the remote (the default one, or the one picked)</source>
        <translation>Herkunft und Versionen der Teammitglieder vom Remote holen (vom Standard-Remote oder vom gewählten)</translation>
    </message>
</context>
<context>
    <name>wfs::RemotePicker</name>
    <message>
        <source>Push and Pull &amp;With</source>
        <translation>Senden und Holen &amp;mit</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
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
    <name>wfs::VersionJob</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
    <name>wfs::cli</name>
    <message>
        <source>unknown option %1 (see --help)</source>
        <translation>unbekannte Option %1 (siehe --help)</translation>
    </message>
    <message>
        <source>unknown option --%1 (see --help)</source>
        <translation>unbekannte Option --%1 (siehe --help)</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>--%1 needs %2: --%1 NAME=VALUE</source>
        <translation>--%1 braucht %2: --%1 NAME=WERT</translation>
    </message>
    <message>
        <source>%1 needs a value: %1 %2</source>
        <translation>%1 braucht einen Wert: %1 %2</translation>
    </message>
    <message>
        <source>%1 needs %2: %1 %2</source>
        <translation>%1 braucht %2: %1 %2</translation>
    </message>
    <message>
        <source>--%1 was given twice</source>
        <translation>--%1 wurde zweimal angegeben</translation>
    </message>
    <message>
        <source>bake %1 (attempt %2) %3: %4 succeeded, %5 cached, %6 failed, %7 cancelled, %8 skipped</source>
        <translation>Bake %1 (Versuch %2) %3: %4 erfolgreich, %5 aus dem Cache, %6 fehlgeschlagen, %7 abgebrochen, %8 übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s), nothing run</source>
        <translation>
            <numerusform>%1: %n Task, nichts ausgeführt</numerusform>
            <numerusform>%1: %n Tasks, nichts ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>wfs bake needs one FILE or ID: wfs bake FILE|ID [-p NAME VALUE]...</source>
        <translation>wfs bake braucht eine DATEI oder ID: wfs bake DATEI|ID [-p NAME WERT]...</translation>
    </message>
    <message>
        <source>%1 is a live workflow: start its jobs with wfs run-job</source>
        <translation>%1 ist ein Live-Workflow: seine Jobs startet wfs run-job</translation>
    </message>
    <message>
        <source>wfs cancel needs a bake id and, optionally, one task: wfs cancel BAKE [TASK]</source>
        <translation>wfs cancel braucht eine Bake-ID und optional einen Task: wfs cancel BAKE [TASK]</translation>
    </message>
    <message>
        <source>bake %1 has no task &apos;%2&apos; (see wfs inspect %1)</source>
        <translation>Bake %1 hat keinen Task „%2“ (siehe wfs inspect %1)</translation>
    </message>
    <message>
        <source>cancelled after its runner was gone</source>
        <translation>abgebrochen, nachdem sein Runner weg war</translation>
    </message>
    <message>
        <source>bake %1 was interrupted; its leftover tasks are cancelled</source>
        <translation>Bake %1 wurde unterbrochen; seine übrig gebliebenen Tasks sind abgebrochen</translation>
    </message>
    <message>
        <source>bake %1 has already ended: %2</source>
        <translation>Bake %1 ist bereits beendet: %2</translation>
    </message>
    <message>
        <source>bake %1 cancelled</source>
        <translation>Bake %1 abgebrochen</translation>
    </message>
    <message>
        <source>task %1 of bake %2 cancelled</source>
        <translation>Task %1 von Bake %2 abgebrochen</translation>
    </message>
    <message>
        <source>bake %1: the cancel was requested but its runner has not confirmed it within 30 s</source>
        <translation>Bake %1: der Abbruch wurde angefordert, aber sein Runner hat ihn nicht innerhalb von 30 s bestätigt</translation>
    </message>
    <message>
        <source>a value for one of the flow&apos;s params</source>
        <translation>ein Wert für einen der Parameter des Flows</translation>
    </message>
    <message>
        <source>run a batch workflow (Apolo Flow syntax)</source>
        <translation>einen Batch-Workflow ausführen (Apolo-Flow-Syntax)</translation>
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
        <translation>Führt den Batch-Workflow DATEI aus, oder .apolo/ID.yml (.neuro/ID.yml, .yaml), gefunden hier
oder in einem übergeordneten Ordner. Gibt in der ersten Zeile die ID des Bakes aus, dann die
Änderungen jedes Tasks. Tasks laufen parallel bis zu defaults.max_parallel (Standard: die Zahl
der Kerne), soweit ihre needs es erlauben; jeder ist eine Task-Karte im Workflow-Graphen, in
einer Gruppe mit dem Namen des Bakes. Ein Task, dessen Definition und die Ausgaben seiner needs
unverändert sind, kommt aus dem Cache. SIGINT/SIGTERM brechen den Bake ab. Endet nur dann mit 0,
wenn der Bake erfolgreich war.
--dry-run führt nichts aus: es gibt jeden geplanten Task mit seinen needs, seinen Matrixwerten
und der Antwort des Caches aus und endet mit 0, wenn der Flow laufen würde, sonst mit 2.</translation>
    </message>
    <message>
        <source>print the plan, run nothing</source>
        <translation>den Plan ausgeben, nichts ausführen</translation>
    </message>
    <message>
        <source>run a bake again as a new attempt</source>
        <translation>einen Bake als neuen Versuch erneut ausführen</translation>
    </message>
    <message>
        <source>Starts a new attempt of BAKE with the definition and params it was baked with. With
--from-failed the tasks that succeeded (or came from the cache) in the newest attempt are
kept, unless a task they need runs again; the others run. A bake whose runner was killed
(interrupted) can be restarted;
what it left running is stopped first.</source>
        <translation>Startet einen neuen Versuch von BAKE mit der Definition und den Parametern, mit denen er
gebacken wurde. Mit --from-failed bleiben die Tasks, die im neuesten Versuch erfolgreich waren
(oder aus dem Cache kamen), erhalten, außer ein Task, den sie brauchen, läuft erneut; die
anderen laufen. Ein Bake, dessen Runner beendet wurde (unterbrochen), kann neu gestartet werden;
was er laufen ließ, wird zuerst gestoppt.</translation>
    </message>
    <message>
        <source>keep the tasks that succeeded</source>
        <translation>die erfolgreichen Tasks behalten</translation>
    </message>
    <message>
        <source>stop a running bake or one of its tasks</source>
        <translation>einen laufenden Bake oder einen seiner Tasks stoppen</translation>
    </message>
    <message>
        <source>Stops the newest attempt of BAKE, or only TASK, with its whole process group (SIGTERM,
then SIGKILL after 5 s), and waits until the runner reports it. For an interrupted bake
(its runner is gone) the leftover processes are stopped directly.</source>
        <translation>Stoppt den neuesten Versuch von BAKE, oder nur TASK, mit seiner ganzen Prozessgruppe (SIGTERM,
dann SIGKILL nach 5 s), und wartet, bis der Runner es meldet. Bei einem unterbrochenen Bake
(sein Runner ist weg) werden die übrig gebliebenen Prozesse direkt gestoppt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bake id (see wfs bakes)</source>
        <translation>„%1“ ist keine Bake-ID (siehe wfs bakes)</translation>
    </message>
    <message>
        <source>there is no bake %1 in this workspace (see wfs bakes)</source>
        <translation>es gibt kein Bake %1 in diesem Arbeitsbereich (siehe wfs bakes)</translation>
    </message>
    <message>
        <source>ignored when running locally: %1</source>
        <translation>beim lokalen Ausführen ignoriert: %1</translation>
    </message>
    <message>
        <source>bake %1 has attempts 1 to %2</source>
        <translation>Bake %1 hat die Versuche 1 bis %2</translation>
    </message>
    <message>
        <source>BAKE</source>
        <translation>BAKE</translation>
    </message>
    <message>
        <source>FLOW</source>
        <translation>FLOW</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ATTEMPT</source>
        <translation>VERSUCH</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>wfs inspect needs one bake id: wfs inspect BAKE [--json] [--dot]</source>
        <translation>wfs inspect braucht eine Bake-ID: wfs inspect BAKE [--json] [--dot]</translation>
    </message>
    <message>
        <source>--json and --dot cannot be combined</source>
        <translation>--json und --dot lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <source>bake %1, attempt %2: %3</source>
        <translation>Bake %1, Versuch %2: %3</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>AUFGABE</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>wfs show needs a bake id and a task: wfs show BAKE TASK</source>
        <translation>wfs show braucht eine Bake-ID und einen Task: wfs show BAKE TASK</translation>
    </message>
    <message>
        <source>%1 has no log (%2)%3</source>
        <translation>%1 hat kein Log (%2)%3</translation>
    </message>
    <message>
        <source>an earlier attempt (default: the newest)</source>
        <translation>ein früherer Versuch (Standard: der neueste)</translation>
    </message>
    <message>
        <source>list bakes, newest first</source>
        <translation>Bakes auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>Lists the bakes of this workspace, newest first: id, flow, the newest attempt&apos;s status
(pending, running, succeeded, failed, cancelled, or interrupted when its runner is gone),
the attempt&apos;s number, when the bake was created and its title.</source>
        <translation>Listet die Bakes dieses Workspaces auf, neueste zuerst: ID, Flow, Status des neuesten Versuchs
(pending, running, succeeded, failed, cancelled, oder interrupted, wenn sein Runner weg ist),
die Nummer des Versuchs, wann der Bake erstellt wurde und sein Titel.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>show a bake&apos;s tasks and their statuses</source>
        <translation>die Tasks eines Bakes und ihre Status zeigen</translation>
    </message>
    <message>
        <source>Prints the task table of BAKE (id, status, started, finished, note), or with --json
{&quot;bake&quot;:ID,&quot;status&quot;:S,&quot;tasks&quot;:[{&quot;id&quot;:..,&quot;status&quot;:..,&quot;outputs&quot;:{..}},...]}, or with --dot
the task graph in Graphviz&apos;s dot language, coloured by status.</source>
        <translation>Gibt die Task-Tabelle von BAKE aus (ID, Status, gestartet, beendet, Hinweis), oder mit --json
{&quot;bake&quot;:ID,&quot;status&quot;:S,&quot;tasks&quot;:[{&quot;id&quot;:..,&quot;status&quot;:..,&quot;outputs&quot;:{..}},...]}, oder mit --dot
den Task-Graphen in Graphviz&apos; dot-Sprache, nach Status gefärbt.</translation>
    </message>
    <message>
        <source>print the graph as dot</source>
        <translation>den Graphen als dot ausgeben</translation>
    </message>
    <message>
        <source>print a bake task&apos;s log</source>
        <translation>das Log eines Bake-Tasks ausgeben</translation>
    </message>
    <message>
        <source>Prints the combined output of TASK in BAKE; with --follow keeps printing what it writes
until it ends.</source>
        <translation>Gibt die gesamte Ausgabe von TASK in BAKE aus; mit --follow wird weiter ausgegeben, was er
schreibt, bis er endet.</translation>
    </message>
    <message>
        <source>keep printing until the task ends</source>
        <translation>weiter ausgeben, bis der Task endet</translation>
    </message>
    <message>
        <source>--workspace needs a folder</source>
        <translation>--workspace braucht einen Ordner</translation>
    </message>
    <message>
        <source>no task: pass --task ID or set WFS_TASK_ID (wfs run sets it for the program it runs)</source>
        <translation>kein Task: --task ID angeben oder WFS_TASK_ID setzen (wfs run setzt sie für das Programm, das es ausführt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task id</source>
        <translation>„%1“ ist keine Aufgaben-ID</translation>
    </message>
    <message>
        <source>--%1 needs --%2: a colour belongs to an icon</source>
        <translation>--%1 braucht --%2: eine Farbe gehört zu einem Symbol</translation>
    </message>
    <message>
        <source>--%1 needs --%2: a link needs its address</source>
        <translation>--%1 braucht --%2: ein Link braucht seine Adresse</translation>
    </message>
    <message>
        <source>--%1 and --%2 go together: a link needs its title</source>
        <translation>--%1 und --%2 gehören zusammen: ein Link braucht seinen Titel</translation>
    </message>
    <message>
        <source>title of the %1 card</source>
        <translation>Titel der %1-Karte</translation>
    </message>
    <message>
        <source>description under the %1 card&apos;s title</source>
        <translation>Beschreibung unter dem Titel der %1-Karte</translation>
    </message>
    <message>
        <source>Material Design icon of the %1 card (&apos;wfs icons&apos; lists names); colours not given are the card&apos;s own</source>
        <translation>Material-Design-Symbol der %1-Karte („wfs icons“ listet die Namen); nicht angegebene Farben sind die der Karte</translation>
    </message>
    <message>
        <source>icon colour of the %1 card, #rgb or #rrggbb</source>
        <translation>Symbolfarbe der %1-Karte, #rgb oder #rrggbb</translation>
    </message>
    <message>
        <source>icon background colour of the %1 card, #rgb or #rrggbb</source>
        <translation>Symbolhintergrundfarbe der %1-Karte, #rgb oder #rrggbb</translation>
    </message>
    <message>
        <source>link of the %1 card: relative (/...) or http(s); needs its title</source>
        <translation>Link der %1-Karte: relativ (/...) oder http(s); braucht seinen Titel</translation>
    </message>
    <message>
        <source>title of the %1 card&apos;s link</source>
        <translation>Titel des Links der %1-Karte</translation>
    </message>
    <message>
        <source>Created version %1 of %2</source>
        <translation>Version %1 von %2 erstellt</translation>
    </message>
    <message>
        <source>--speed-ms takes a positive number, not &apos;%1&apos;</source>
        <translation>--speed-ms nimmt eine positive Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>At the F1-optimal confidence %1: precision %2, recall %3, F1 %4, mean IoU %5; TP %6, FP %7, FN %8; ECE %9
</source>
        <translation>Bei der F1-optimalen Konfidenz %1: Precision %2, Recall %3, F1 %4, mittlere IoU %5; TP %6, FP %7, FN %8; ECE %9
</translation>
    </message>
    <message>
        <source>Speed: %1 ms per image (%2 FPS)
</source>
        <translation>Geschwindigkeit: %1 ms pro Bild (%2 FPS)
</translation>
    </message>
    <message>
        <source>wfs eval takes no PATH: pass --gt and --pred (or see wfs eval compare)</source>
        <translation>wfs eval nimmt keinen PFAD: --gt und --pred angeben (oder siehe wfs eval compare)</translation>
    </message>
    <message>
        <source>wfs eval needs --gt GT.json and --pred PRED.json</source>
        <translation>wfs eval braucht --gt GT.json und --pred PRED.json</translation>
    </message>
    <message>
        <source>--task needs --out REPORT.json: the report card is that file</source>
        <translation>--task braucht --out REPORT.json: die Report-Karte ist diese Datei</translation>
    </message>
    <message>
        <source>score detections against COCO ground truth (mAP, precision, recall, ...)</source>
        <translation>Detektionen gegen COCO-Ground-Truth bewerten (mAP, Precision, Recall, ...)</translation>
    </message>
    <message>
        <source>Computes what pycocotools&apos; COCOeval computes (the 12 summary figures, per-class AP) and
Supervisely&apos;s key metrics: precision, recall and F1 at the F1-optimal confidence, mean IoU
of true positives, per-class TP/FP/FN, a confusion matrix with &apos;none&apos;, PR curves and the
calibration error (ECE). GT is a COCO instances file, PRED a COCO results file.
With --task the report (--out) becomes an output card of the task, with the model weights
(--model) and the GT&apos;s project version (when GT lies in a versioned project) as inputs.
&apos;wfs eval compare REPORT...&apos; shows reports side by side.</source>
        <translation>Berechnet, was COCOeval von pycocotools berechnet (die 12 zusammenfassenden Werte, AP pro Klasse),
und die Schlüsselmetriken von Supervisely: Precision, Recall und F1 bei der F1-optimalen Konfidenz,
mittlere IoU der True Positives, TP/FP/FN pro Klasse, eine Konfusionsmatrix mit „none“,
PR-Kurven und den Kalibrierungsfehler (ECE). GT ist eine COCO-Instances-Datei, PRED eine
COCO-Results-Datei. Mit --task wird der Report (--out) eine Ausgabe-Karte des Tasks, mit den
Modellgewichten (--model) und der Projektversion der GT (wenn GT in einem versionierten Projekt
liegt) als Eingaben. „wfs eval compare REPORT...“ zeigt Reports nebeneinander.</translation>
    </message>
    <message>
        <source>the COCO ground truth (instances file)</source>
        <translation>die COCO-Ground-Truth (Instances-Datei)</translation>
    </message>
    <message>
        <source>the COCO results file (detections)</source>
        <translation>die COCO-Results-Datei (Detektionen)</translation>
    </message>
    <message>
        <source>bbox (default) or segm</source>
        <translation>bbox (Standard) oder segm</translation>
    </message>
    <message>
        <source>record the report as an output of this task</source>
        <translation>den Report als Ausgabe dieses Tasks aufzeichnen</translation>
    </message>
    <message>
        <source>the model weights evaluated (an input of the task)</source>
        <translation>die bewerteten Modellgewichte (eine Eingabe des Tasks)</translation>
    </message>
    <message>
        <source>the report&apos;s title</source>
        <translation>der Titel des Reports</translation>
    </message>
    <message>
        <source>inference time per image, in milliseconds (default with --task: the run time of the task that wrote PRED, per image)</source>
        <translation>Inferenzzeit pro Bild in Millisekunden (Standard mit --task: die Laufzeit des Tasks, der PRED schrieb, pro Bild)</translation>
    </message>
    <message>
        <source>write the report as JSON</source>
        <translation>den Report als JSON schreiben</translation>
    </message>
    <message>
        <source>print the report as JSON instead of the table</source>
        <translation>den Report als JSON statt als Tabelle ausgeben</translation>
    </message>
    <message>
        <source>wfs eval compare needs two or more REPORT files</source>
        <translation>wfs eval compare braucht zwei oder mehr REPORT-Dateien</translation>
    </message>
    <message>
        <source>show evaluation reports side by side</source>
        <translation>Evaluierungsreports nebeneinander zeigen</translation>
    </message>
    <message>
        <source>One row per metric (the 12 COCO figures, the key metrics, speed), one column per report
(written by wfs eval --out), then each report&apos;s difference from the first.
--json prints every report&apos;s figures and the rows.</source>
        <translation>Eine Zeile pro Metrik (die 12 COCO-Werte, die Schlüsselmetriken, Geschwindigkeit), eine Spalte
pro Report (geschrieben von wfs eval --out), dann der Unterschied jedes Reports zum ersten.
--json gibt die Werte jedes Reports und die Zeilen aus.</translation>
    </message>
    <message>
        <source>print JSON instead of the table</source>
        <translation>JSON statt der Tabelle ausgeben</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (see wfs export --help)</source>
        <translation>unerwartetes „%1“ (siehe wfs export --help)</translation>
    </message>
    <message>
        <source>wfs export needs --svg FILE and/or --png FILE</source>
        <translation>wfs export braucht --svg DATEI und/oder --png DATEI</translation>
    </message>
    <message>
        <source>--scale takes a number above 0 and at most 16, not &apos;%1&apos;</source>
        <translation>--scale nimmt eine Zahl über 0 und höchstens 16, nicht „%1“</translation>
    </message>
    <message>
        <source>wfstudio, which draws exports, was not found beside wfs or on PATH</source>
        <translation>wfstudio, das Exporte zeichnet, wurde weder neben wfs noch im PATH gefunden</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 crashed while exporting</source>
        <translation>%1 ist beim Exportieren abgestürzt</translation>
    </message>
    <message>
        <source>export the graph as SVG or PNG</source>
        <translation>den Graphen als SVG oder PNG exportieren</translation>
    </message>
    <message>
        <source>Lays out and draws a scope exactly as the window shows it, without a display, and writes
an SVG (text stays text) and/or a PNG (--scale multiplies its size; default 1).
SCOPE is workspace (default), project:ID or task:ID.</source>
        <translation>Ordnet einen Bereich an und zeichnet ihn genau so, wie das Fenster ihn zeigt, ohne Bildschirm,
und schreibt ein SVG (Text bleibt Text) und/oder ein PNG (--scale vervielfacht seine Größe;
Standard 1). BEREICH ist workspace (Standard), project:ID oder task:ID.</translation>
    </message>
    <message>
        <source>write an SVG image</source>
        <translation>ein SVG-Bild schreiben</translation>
    </message>
    <message>
        <source>write a PNG image</source>
        <translation>ein PNG-Bild schreiben</translation>
    </message>
    <message>
        <source>PNG scale, above 0 and at most 16 (default 1)</source>
        <translation>PNG-Skalierung, über 0 und höchstens 16 (Standard 1)</translation>
    </message>
    <message>
        <source>workspace, project:ID or task:ID</source>
        <translation>workspace, project:ID oder task:ID</translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in this workspace</source>
        <translation>In diesem Arbeitsbereich gibt es keine Karte vom Typ „%1“ mit der ID %2</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (see wfs graph --help)</source>
        <translation>unerwartetes „%1“ (siehe wfs graph --help)</translation>
    </message>
    <message>
        <source>print the workflow graph</source>
        <translation>den Workflow-Graphen ausgeben</translation>
    </message>
    <message>
        <source>Prints the cards and edges of a scope. An input edge goes data -&gt; task, an output edge
task -&gt; data. workspace: everything. project:ID: the project, its versions, the tasks
that read or wrote them and those tasks&apos; direct inputs and outputs. task:ID: the task
and its direct relations. Every edge between the shown cards is shown.
--json prints {&quot;nodes&quot;:[{&quot;id&quot;,&quot;kind&quot;,&quot;title&quot;,&quot;path&quot;,&quot;settings&quot;,...}],
&quot;edges&quot;:[{&quot;from&quot;,&quot;to&quot;}]}.</source>
        <translation>Gibt die Karten und Kanten eines Bereichs aus. Eine Eingabekante geht Daten -&gt; Task, eine
Ausgabekante Task -&gt; Daten. workspace: alles. project:ID: das Projekt, seine Versionen, die
Tasks, die sie gelesen oder geschrieben haben, und deren direkte Ein- und Ausgaben. task:ID:
der Task und seine direkten Beziehungen. Jede Kante zwischen gezeigten Karten wird gezeigt.
--json gibt {&quot;nodes&quot;:[{&quot;id&quot;,&quot;kind&quot;,&quot;title&quot;,&quot;path&quot;,&quot;settings&quot;,...}],
&quot;edges&quot;:[{&quot;from&quot;,&quot;to&quot;}]} aus.</translation>
    </message>
    <message>
        <source>workspace (default), project:ID or task:ID</source>
        <translation>workspace (Standard), project:ID oder task:ID</translation>
    </message>
    <message>
        <source>list the Material Design icon names</source>
        <translation>die Namen der Material-Design-Symbole auflisten</translation>
    </message>
    <message>
        <source>Lists the icon names cards accept (from the bundled Material Design icon font),
optionally only those containing FILTER.</source>
        <translation>Listet die Symbolnamen auf, die Karten annehmen (aus der mitgelieferten Material-Design-
Symbolschrift), optional nur die, die FILTER enthalten.</translation>
    </message>
    <message>
        <source>there is no live job &apos;%1&apos; in this workspace (see wfs ps --all)</source>
        <translation>es gibt keinen Live-Job „%1“ in diesem Workspace (siehe wfs ps --all)</translation>
    </message>
    <message>
        <source>wfs run-job needs one JOB: wfs run-job JOB [-s SUFFIX] [-- ARGS...]</source>
        <translation>wfs run-job braucht einen JOB: wfs run-job JOB [-s SUFFIX] [-- ARGS...]</translation>
    </message>
    <message>
        <source>could not start the job&apos;s supervisor: %1</source>
        <translation>der Supervisor des Jobs konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>live job %1 did not start within 10 s; see %2</source>
        <translation>Live-Job %1 ist nicht innerhalb von 10 s gestartet; siehe %2</translation>
    </message>
    <message>
        <source>%1 %2 (log: %3)</source>
        <translation>%1 %2 (Log: %3)</translation>
    </message>
    <message>
        <source>live job %1: its supervisor is gone</source>
        <translation>Live-Job %1: sein Supervisor ist weg</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>job-supervise needs a live job id</source>
        <translation>job-supervise braucht eine Live-Job-ID</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>JOB</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <source>wfs logs needs one JOB (a name or an id)</source>
        <translation>wfs logs braucht einen JOB (einen Namen oder eine ID)</translation>
    </message>
    <message>
        <source>wfs kill needs one JOB (a name, an id, or ALL)</source>
        <translation>wfs kill braucht einen JOB (einen Namen, eine ID oder ALL)</translation>
    </message>
    <message>
        <source>live job %1 (%2) is not running: %3</source>
        <translation>Live-Job %1 (%2) läuft nicht: %3</translation>
    </message>
    <message>
        <source>live job %1 (%2) did not stop within 15 s</source>
        <translation>Live-Job %1 (%2) hat nicht innerhalb von 15 s angehalten</translation>
    </message>
    <message>
        <source>killed %1 (%2)</source>
        <translation>%1 (%2) beendet</translation>
    </message>
    <message>
        <source>start a job of a live workflow</source>
        <translation>einen Job eines Live-Workflows starten</translation>
    </message>
    <message>
        <source>Starts JOB of the live workflow .apolo/live.yml (or --flow FILE|ID) in the background and
prints its id. A `multi: true` job runs once per SUFFIX (a random one when none is given)
and gets ARGS as ${{ multi.args }}. The job is a task card in the group &quot;live · FLOW&quot;;
its declared inputs are recorded (input projects versioned) before it starts and its
outputs when it succeeds. With --wait it stays in the foreground until the job ends and
exits with the job&apos;s exit status (1 when it was stopped without one).</source>
        <translation>Startet JOB des Live-Workflows .apolo/live.yml (oder --flow DATEI|ID) im Hintergrund und gibt
seine ID aus. Ein Job mit `multi: true` läuft einmal pro SUFFIX (ein zufälliges, wenn keines
angegeben ist) und bekommt ARGS als ${{ multi.args }}. Der Job ist eine Task-Karte in der Gruppe
„live · FLOW“; seine deklarierten Eingaben werden vor dem Start aufgezeichnet (Eingabeprojekte
versioniert) und seine Ausgaben, wenn er erfolgreich ist. Mit --wait bleibt er im Vordergrund,
bis der Job endet, und endet mit dessen Exit-Status (1, wenn er ohne einen gestoppt wurde).</translation>
    </message>
    <message>
        <source>the live workflow (default: live)</source>
        <translation>der Live-Workflow (Standard: live)</translation>
    </message>
    <message>
        <source>wait for the job to end; exit with its status</source>
        <translation>auf das Ende des Jobs warten; mit seinem Status enden</translation>
    </message>
    <message>
        <source>the instance of a multi job</source>
        <translation>die Instanz eines Multi-Jobs</translation>
    </message>
    <message>
        <source>a value for one of the job&apos;s params</source>
        <translation>ein Wert für einen der Parameter des Jobs</translation>
    </message>
    <message>
        <source>list running live jobs</source>
        <translation>laufende Live-Jobs auflisten</translation>
    </message>
    <message>
        <source>Lists the live jobs that are running (with --all also the ended ones), newest first.
A job whose supervisor is gone shows as interrupted. ENDED says why a job ended: its exit
code, killed, or its life_span reached.</source>
        <translation>Listet die laufenden Live-Jobs auf (mit --all auch die beendeten), neueste zuerst. Ein Job,
dessen Supervisor weg ist, erscheint als unterbrochen. BEENDET sagt, warum ein Job endete:
sein Exit-Code, beendet (killed) oder seine life_span erreicht.</translation>
    </message>
    <message>
        <source>include ended jobs</source>
        <translation>beendete Jobs einschließen</translation>
    </message>
    <message>
        <source>print a live job&apos;s log</source>
        <translation>das Log eines Live-Jobs ausgeben</translation>
    </message>
    <message>
        <source>Prints the output of the newest run of JOB (a name such as train or train-SUFFIX, or an id);
with --follow keeps printing until it ends.</source>
        <translation>Gibt die Ausgabe des neuesten Laufs von JOB aus (ein Name wie train oder train-SUFFIX, oder
eine ID); mit --follow wird weiter ausgegeben, bis er endet.</translation>
    </message>
    <message>
        <source>keep printing until the job ends</source>
        <translation>weiter ausgeben, bis der Job endet</translation>
    </message>
    <message>
        <source>stop a live job</source>
        <translation>einen Live-Job stoppen</translation>
    </message>
    <message>
        <source>Stops the newest run of JOB (or every running job with ALL) with its whole process group:
SIGTERM, then SIGKILL after 5 s; waits until it has ended.</source>
        <translation>Stoppt den neuesten Lauf von JOB (oder mit ALL jeden laufenden Job) mit seiner ganzen
Prozessgruppe: SIGTERM, dann SIGKILL nach 5 s; wartet, bis er beendet ist.</translation>
    </message>
    <message>
        <source>Runs live job ID until it ends (started by wfs run-job).</source>
        <translation>Führt den Live-Job ID aus, bis er endet (gestartet von wfs run-job).</translation>
    </message>
    <message>
        <source>--%1 takes a positive number, not &apos;%2&apos;</source>
        <translation>--%1 nimmt eine positive Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>wfs %1 needs a KIND (see wfs %1 --help)</source>
        <translation>wfs %1 braucht eine ART (siehe wfs %1 --help)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an input kind: project, dataset, file, model_weight, folder, task or job</source>
        <translation>„%1“ ist keine Eingabeart: project, dataset, file, model_weight, folder, task oder job</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an output kind: project, dataset, file, model_weight, folder, task, job or app</source>
        <translation>„%1“ ist keine Ausgabeart: project, dataset, file, model_weight, folder, task, job oder app</translation>
    </message>
    <message>
        <source>wfs output app takes no PATH or ID: it is the task&apos;s own session</source>
        <translation>wfs output app nimmt keinen PFAD und keine ID: es ist die eigene Sitzung des Tasks</translation>
    </message>
    <message>
        <source>wfs %1 %2 takes one PATH or ID</source>
        <translation>wfs %1 %2 nimmt einen PFAD oder eine ID</translation>
    </message>
    <message>
        <source>--model-weight is for files</source>
        <translation>--model-weight ist für Dateien</translation>
    </message>
    <message>
        <source>--version-id and --version-num are for projects</source>
        <translation>--version-id und --version-num sind für Projekte</translation>
    </message>
    <message>
        <source>--auto-version is for input projects</source>
        <translation>--auto-version ist für Eingabeprojekte</translation>
    </message>
    <message>
        <source>--auto-version makes the version itself; drop --version-id/--version-num</source>
        <translation>--auto-version erstellt die Version selbst; --version-id/--version-num weglassen</translation>
    </message>
    <message>
        <source>the task (default: $WFS_TASK_ID)</source>
        <translation>der Task (Standard: $WFS_TASK_ID)</translation>
    </message>
    <message>
        <source>the seed&apos;s meta JSON: customRelationSettings and/or customNodeSettings</source>
        <translation>das Meta-JSON des Seeds: customRelationSettings und/oder customNodeSettings</translation>
    </message>
    <message>
        <source>project: the version used (its id)</source>
        <translation>Projekt: die verwendete Version (ihre ID)</translation>
    </message>
    <message>
        <source>file: the file holds model weights</source>
        <translation>Datei: die Datei enthält Modellgewichte</translation>
    </message>
    <message>
        <source>project: the version used (its number)</source>
        <translation>Projekt: die verwendete Version (ihre Nummer)</translation>
    </message>
    <message>
        <source>project: snapshot it first (a new version only if it changed) and record that version</source>
        <translation>Projekt: zuerst einen Schnappschuss machen (eine neue Version nur bei Änderungen) und diese Version aufzeichnen</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>record data a task read</source>
        <translation>Daten aufzeichnen, die ein Task gelesen hat</translation>
    </message>
    <message>
        <source>record data a task wrote</source>
        <translation>Daten aufzeichnen, die ein Task geschrieben hat</translation>
    </message>
    <message>
        <source>wfs remote add takes NAME and URL (s3://BUCKET/PREFIX or file:///PATH)</source>
        <translation>wfs remote add nimmt NAME und URL (s3://BUCKET/PRÄFIX oder file:///PFAD)</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (see wfs remote list --help)</source>
        <translation>unerwartetes „%1“ (siehe wfs remote list --help)</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>wfs remote remove takes one NAME</source>
        <translation>wfs remote remove nimmt einen NAMEN</translation>
    </message>
    <message>
        <source>Pushed %1 version(s) to %2: %3 object(s) sent in %4 pack(s) and %5 alone; %6 version(s) were there</source>
        <translation>%1 Version(en) nach %2 übertragen: %3 Objekt(e) in %4 Paket(en) und %5 einzeln gesendet; %6 Version(en) waren schon dort</translation>
    </message>
    <message>
        <source>add a remote to push to and pull from</source>
        <translation>ein Remote hinzufügen, zu dem übertragen und von dem geholt wird</translation>
    </message>
    <message>
        <source>URL is s3://BUCKET/PREFIX (any S3-compatible server) or file:///PATH (a shared folder with the
same layout). --endpoint-url names a server other than AWS (MinIO, Ceph, Garage, R2), addressed
path-style. Credentials are never stored: they come from AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, or AWS_PROFILE with ~/.aws/credentials; the
region from --region, AWS_REGION, AWS_DEFAULT_REGION or ~/.aws/config (default us-east-1).
The first remote added is the default one.</source>
        <translation>URL ist s3://BUCKET/PRÄFIX (jeder S3-kompatible Server) oder file:///PFAD (ein geteilter Ordner
mit demselben Aufbau). --endpoint-url nennt einen anderen Server als AWS (MinIO, Ceph, Garage,
R2), im Pfadstil adressiert. Zugangsdaten werden nie gespeichert: sie kommen aus
AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY und AWS_SESSION_TOKEN, oder aus AWS_PROFILE mit
~/.aws/credentials; die Region aus --region, AWS_REGION, AWS_DEFAULT_REGION oder ~/.aws/config
(Standard us-east-1). Das zuerst hinzugefügte Remote ist das Standard-Remote.</translation>
    </message>
    <message>
        <source>the S3 server, http(s)://HOST[:PORT]</source>
        <translation>der S3-Server, http(s)://HOST[:PORT]</translation>
    </message>
    <message>
        <source>the bucket&apos;s region</source>
        <translation>die Region des Buckets</translation>
    </message>
    <message>
        <source>list the remotes</source>
        <translation>die Remotes auflisten</translation>
    </message>
    <message>
        <source>Prints each remote&apos;s name, URL, endpoint and region (tab-separated), and marks the default.</source>
        <translation>Gibt Name, URL, Endpunkt und Region jedes Remotes aus (durch Tabulatoren getrennt) und markiert das Standard-Remote.</translation>
    </message>
    <message>
        <source>forget a remote</source>
        <translation>ein Remote vergessen</translation>
    </message>
    <message>
        <source>Forgets the remote (its objects stay where they are). When it was the default, the oldest
remaining remote becomes the default.</source>
        <translation>Vergisst das Remote (seine Objekte bleiben, wo sie sind). War es das Standard-Remote, wird das
älteste verbleibende Remote zum Standard.</translation>
    </message>
    <message>
        <source>send versions to a remote</source>
        <translation>Versionen zu einem Remote übertragen</translation>
    </message>
    <message>
        <source>the remote (default: the default remote)</source>
        <translation>das Remote (Standard: das Standard-Remote)</translation>
    </message>
    <message>
        <source>wfs run needs --name TITLE</source>
        <translation>wfs run braucht --name TITEL</translation>
    </message>
    <message>
        <source>wfs run needs the program after --: wfs run --name T -- CMD ARGS...</source>
        <translation>wfs run braucht das Programm nach --: wfs run --name T -- BEFEHL ARGS...</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;: put the program after --</source>
        <translation>unerwartetes „%1“: das Programm gehört hinter --</translation>
    </message>
    <message>
        <source>--meta: wfs run takes customNodeSettings only; customise data cards with &apos;wfs input&apos;/&apos;wfs output&apos; from the program</source>
        <translation>--meta: wfs run nimmt nur customNodeSettings; Datenkarten passt das Programm mit „wfs input“/„wfs output“ an</translation>
    </message>
    <message>
        <source>outputs not recorded: %1</source>
        <translation>Ausgaben nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>run a program as a recorded task</source>
        <translation>ein Programm als aufgezeichneten Task ausführen</translation>
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
        <translation>Startet einen Task, zeichnet die deklarierten Eingaben auf, führt BEFEHL mit gesetzten
WFS_TASK_ID und WFS_WORKSPACE aus (damit seine eigenen „wfs“-Aufrufe und die seiner Kinder
zum Task gehören), bewahrt seine gesamte Ausgabe als Log des Tasks im Workspace auf und gibt
sie dabei aus, zeichnet die deklarierten Ausgaben auf und beendet den Task als erfolgreich
(Exit 0), fehlgeschlagen oder abgebrochen (SIGINT/SIGTERM stoppen die ganze Prozessgruppe des
Programms). Endet mit dem Exit-Code des Programms, 128+N, wenn es durch Signal N beendet wurde,
127, wenn es nicht starten konnte.
ART ist project, dataset, file, model_weight, folder, task, job oder app. Von einem
Eingabeprojekt wird zuerst ein Schnappschuss gemacht, und der Task liest diese Version (eine
neue Version nur, wenn sich der Ordner geändert hat).</translation>
    </message>
    <message>
        <source>the task&apos;s title</source>
        <translation>der Titel des Tasks</translation>
    </message>
    <message>
        <source>an input, recorded before the program starts</source>
        <translation>eine Eingabe, aufgezeichnet bevor das Programm startet</translation>
    </message>
    <message>
        <source>an output, recorded when the program ends</source>
        <translation>eine Ausgabe, aufgezeichnet wenn das Programm endet</translation>
    </message>
    <message>
        <source>the application&apos;s name</source>
        <translation>der Name der Anwendung</translation>
    </message>
    <message>
        <source>group name for the task</source>
        <translation>Gruppenname für den Task</translation>
    </message>
    <message>
        <source>the seed&apos;s meta JSON with customNodeSettings</source>
        <translation>das Meta-JSON des Seeds mit customNodeSettings</translation>
    </message>
    <message>
        <source>wfs task start takes one TITLE (quote a title with spaces)</source>
        <translation>wfs task start nimmt einen TITEL (einen Titel mit Leerzeichen in Anführungszeichen setzen)</translation>
    </message>
    <message>
        <source>--meta: customRelationSettings belongs to &apos;wfs input&apos;/&apos;wfs output&apos;; a task card takes customNodeSettings</source>
        <translation>--meta: customRelationSettings gehört zu „wfs input“/„wfs output“; eine Task-Karte nimmt customNodeSettings</translation>
    </message>
    <message>
        <source>wfs task finish takes at most one TASK</source>
        <translation>wfs task finish nimmt höchstens einen TASK</translation>
    </message>
    <message>
        <source>--status must be succeeded, failed or cancelled</source>
        <translation>--status muss succeeded, failed oder cancelled sein</translation>
    </message>
    <message>
        <source>the application the task runs (names its app session card)</source>
        <translation>die Anwendung, die der Task ausführt (benennt seine App-Sitzungskarte)</translation>
    </message>
    <message>
        <source>group name: tasks of one group are drawn together</source>
        <translation>Gruppenname: Tasks einer Gruppe werden zusammen gezeichnet</translation>
    </message>
    <message>
        <source>start a task and print its id</source>
        <translation>einen Task starten und seine ID ausgeben</translation>
    </message>
    <message>
        <source>Creates a running task card and prints its id. Export it as WFS_TASK_ID so that later
&apos;wfs input&apos; and &apos;wfs output&apos; calls attach to it, or pass --task to each of them.
The --task-* flags and customNodeSettings in --meta customise the task card.</source>
        <translation>Erstellt eine laufende Task-Karte und gibt ihre ID aus. Als WFS_TASK_ID exportieren, damit
spätere Aufrufe von „wfs input“ und „wfs output“ zu ihm gehören, oder jedem --task übergeben.
Die --task-*-Optionen und customNodeSettings in --meta passen die Task-Karte an.</translation>
    </message>
    <message>
        <source>finish a task with its status</source>
        <translation>einen Task mit seinem Status beenden</translation>
    </message>
    <message>
        <source>Sets the task&apos;s final status and end time. TASK defaults to --task, else $WFS_TASK_ID.</source>
        <translation>Setzt den endgültigen Status und die Endzeit des Tasks. TASK ist standardmäßig --task, sonst $WFS_TASK_ID.</translation>
    </message>
    <message>
        <source>succeeded, failed or cancelled</source>
        <translation>succeeded, failed oder cancelled</translation>
    </message>
    <message>
        <source>name the version with --num N or with --id V</source>
        <translation>die Version mit --num N oder mit --id V angeben</translation>
    </message>
    <message>
        <source>wfs version create takes one PROJECT (a path or id)</source>
        <translation>wfs version create nimmt ein PROJEKT (einen Pfad oder eine ID)</translation>
    </message>
    <message>
        <source>Nothing changed since version %1: no version was created; its id is printed</source>
        <translation>Nichts geändert seit Version %1: keine Version erstellt; ihre ID wird ausgegeben</translation>
    </message>
    <message>
        <source>wfs version list takes one PROJECT (a path or id)</source>
        <translation>wfs version list nimmt ein PROJEKT (einen Pfad oder eine ID)</translation>
    </message>
    <message>
        <source>--since takes a date or time like 2026-11-22 or 2026-11-22T14:30, not &apos;%1&apos;</source>
        <translation>--since nimmt ein Datum oder eine Zeit wie 2026-11-22 oder 2026-11-22T14:30, nicht „%1“</translation>
    </message>
    <message>
        <source>wfs version diff takes PROJECT A [B]: version numbers; without B, the working folder</source>
        <translation>wfs version diff nimmt PROJEKT A [B]: Versionsnummern; ohne B der Arbeitsordner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version number</source>
        <translation>„%1“ ist keine Versionsnummer</translation>
    </message>
    <message>
        <source>empty folder</source>
        <translation>leerer Ordner</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <source>wfs version restore takes one PROJECT (a path or id)</source>
        <translation>wfs version restore nimmt ein PROJEKT (einen Pfad oder eine ID)</translation>
    </message>
    <message>
        <source>skipped (content missing from the store): %1</source>
        <translation>übersprungen (Inhalt fehlt im Speicher): %1</translation>
    </message>
    <message>
        <source>skipped (content damaged in the store): %1</source>
        <translation>übersprungen (Inhalt im Speicher beschädigt): %1</translation>
    </message>
    <message>
        <source>wfs version delete takes one PROJECT (a path or id)</source>
        <translation>wfs version delete nimmt ein PROJEKT (einen Pfad oder eine ID)</translation>
    </message>
    <message>
        <source>Deleting version %1 loses its history; confirm with --yes</source>
        <translation>Das Löschen von Version %1 verliert ihre Herkunft; mit --yes bestätigen</translation>
    </message>
    <message>
        <source>Delete version %1 of project %2? Its history will be lost: tasks that used it will no longer show which data they read. Type yes to delete: </source>
        <translation>Version %1 von Projekt %2 löschen? Ihre Herkunft geht verloren: Tasks, die sie verwendet haben, zeigen nicht mehr, welche Daten sie gelesen haben. Zum Löschen yes eingeben: </translation>
    </message>
    <message>
        <source>Nothing was deleted</source>
        <translation>Nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>Deleted version %1; &apos;wfs store gc&apos; frees content no version uses</source>
        <translation>Version %1 gelöscht; „wfs store gc“ gibt Inhalt frei, den keine Version verwendet</translation>
    </message>
    <message>
        <source>Removed %1 object(s), %2</source>
        <translation>%1 Objekt(e) entfernt, %2</translation>
    </message>
    <message>
        <source>Removed %1 leftover file(s) of interrupted work, %2</source>
        <translation>%1 übrig gebliebene Datei(en) unterbrochener Arbeit entfernt, %2</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>Checked %1 object(s): %2 damaged, %3 missing</source>
        <translation>%1 Objekt(e) geprüft: %2 beschädigt, %3 fehlen</translation>
    </message>
    <message>
        <source>the version&apos;s number</source>
        <translation>die Nummer der Version</translation>
    </message>
    <message>
        <source>the version&apos;s id</source>
        <translation>die ID der Version</translation>
    </message>
    <message>
        <source>snapshot a project folder as a new version</source>
        <translation>einen Projektordner als neue Version festhalten</translation>
    </message>
    <message>
        <source>Stores the folder&apos;s content in the workspace&apos;s store and prints the version&apos;s id and number
(tab-separated). When nothing changed since the latest version, nothing is created and the
latest version&apos;s id and number are printed. PROJECT is a folder or a project card id.</source>
        <translation>Legt den Inhalt des Ordners im Speicher des Workspaces ab und gibt ID und Nummer der Version
aus (durch Tabulator getrennt). Hat sich seit der neuesten Version nichts geändert, wird
nichts erstellt und ID und Nummer der neuesten Version ausgegeben. PROJEKT ist ein Ordner
oder die ID einer Projektkarte.</translation>
    </message>
    <message>
        <source>the version&apos;s title</source>
        <translation>der Titel der Version</translation>
    </message>
    <message>
        <source>the version&apos;s description</source>
        <translation>die Beschreibung der Version</translation>
    </message>
    <message>
        <source>list a project&apos;s versions</source>
        <translation>die Versionen eines Projekts auflisten</translation>
    </message>
    <message>
        <source>Prints number, id, creation time, file count, size, title and description; --json prints
[{&quot;id&quot;,&quot;number&quot;,&quot;title&quot;,&quot;description&quot;,&quot;created&quot;,&quot;files&quot;,&quot;bytes&quot;}].</source>
        <translation>Gibt Nummer, ID, Erstellungszeit, Dateianzahl, Größe, Titel und Beschreibung aus; --json gibt
[{&quot;id&quot;,&quot;number&quot;,&quot;title&quot;,&quot;description&quot;,&quot;created&quot;,&quot;files&quot;,&quot;bytes&quot;}] aus.</translation>
    </message>
    <message>
        <source>only versions created at or after DATE</source>
        <translation>nur Versionen, die an oder nach DATUM erstellt wurden</translation>
    </message>
    <message>
        <source>only versions whose title contains S</source>
        <translation>nur Versionen, deren Titel S enthält</translation>
    </message>
    <message>
        <source>show what changed between versions</source>
        <translation>zeigen, was sich zwischen Versionen geändert hat</translation>
    </message>
    <message>
        <source>restore a version into a new folder</source>
        <translation>eine Version in einen neuen Ordner wiederherstellen</translation>
    </message>
    <message>
        <source>Writes the version into DIR (default: &quot;NAME, from ver. N&quot; beside the project), verifying every
file against its hash, and registers it as a project made from the version. DIR must not
exist or be empty. Content missing from the store fails the restore with the list of
files, unless --skip-missing restores the rest. Prints the new project&apos;s id and folder.</source>
        <translation>Schreibt die Version nach ORDNER (Standard: „NAME, from ver. N“ neben dem Projekt), prüft
jede Datei gegen ihren Hash und registriert ihn als Projekt, das aus der Version entstand.
ORDNER darf nicht existieren oder muss leer sein. Fehlt Inhalt im Speicher, scheitert die
Wiederherstellung mit der Liste der Dateien, außer --skip-missing stellt den Rest wieder her.
Gibt die ID und den Ordner des neuen Projekts aus.</translation>
    </message>
    <message>
        <source>where to restore</source>
        <translation>wohin wiederhergestellt wird</translation>
    </message>
    <message>
        <source>restore what the store has, report the rest</source>
        <translation>wiederherstellen, was der Speicher hat, den Rest melden</translation>
    </message>
    <message>
        <source>delete a version (its history is lost)</source>
        <translation>eine Version löschen (ihre Herkunft geht verloren)</translation>
    </message>
    <message>
        <source>Deletes the version&apos;s card after a confirmation (or --yes). Content other versions use is
kept; &apos;wfs store gc&apos; frees what nothing uses any more.</source>
        <translation>Löscht die Karte der Version nach einer Bestätigung (oder --yes). Inhalt, den andere Versionen
verwenden, bleibt; „wfs store gc“ gibt frei, was nichts mehr verwendet.</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>nicht nach Bestätigung fragen</translation>
    </message>
    <message>
        <source>remove content no version uses</source>
        <translation>Inhalt entfernen, den keine Version verwendet</translation>
    </message>
    <message>
        <source>Removes objects that no version refers to, and temporary files left by killed processes.</source>
        <translation>Entfernt Objekte, auf die keine Version verweist, und temporäre Dateien beendeter Prozesse.</translation>
    </message>
    <message>
        <source>re-hash the store, list damage</source>
        <translation>den Speicher neu hashen, Schäden auflisten</translation>
    </message>
    <message>
        <source>Re-hashes every object and lists damaged ones, and content versions need but the store
lacks. Exits 1 when anything is damaged or missing.</source>
        <translation>Hasht jedes Objekt neu und listet beschädigte auf, sowie Inhalt, den Versionen brauchen, der
aber im Speicher fehlt. Endet mit 1, wenn etwas beschädigt ist oder fehlt.</translation>
    </message>
    <message>
        <source>the workspace folder (default: $WFS_WORKSPACE, else the user&apos;s default workspace); created on first use</source>
        <translation>der Workspace-Ordner (Standard: $WFS_WORKSPACE, sonst der Standard-Workspace des Benutzers); wird bei der ersten Verwendung angelegt</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>Usage: wfs COMMAND [options]

Records what programs read and wrote into a Workflow Studio workspace, which the
wfstudio window shows as a graph.

Commands:
</source>
        <translation>Aufruf: wfs BEFEHL [Optionen]

Zeichnet auf, was Programme gelesen und geschrieben haben, in einen Workflow-Studio-Workspace,
den das Fenster wfstudio als Graphen zeigt.

Befehle:
</translation>
    </message>
    <message>
        <source>
Options of every command:
</source>
        <translation>
Optionen jedes Befehls:
</translation>
    </message>
    <message>
        <source>
&apos;wfs COMMAND --help&apos; describes a command. Errors are one line on stderr; the exit
code is 2 for bad usage and 1 for other failures.
</source>
        <translation>
„wfs BEFEHL --help“ beschreibt einen Befehl. Fehler sind eine Zeile auf stderr; der Exit-Code
ist 2 bei falscher Verwendung und 1 bei anderen Fehlern.
</translation>
    </message>
    <message>
        <source>Usage: wfs %1

%2

Options:
</source>
        <translation>Aufruf: wfs %1

%2

Optionen:
</translation>
    </message>
    <message>
        <source>wfs %1 needs %2 (see wfs --help)</source>
        <translation>wfs %1 braucht %2 (siehe wfs --help)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a wfs command (see wfs --help)</source>
        <translation>„%1“ ist kein wfs-Befehl (siehe wfs --help)</translation>
    </message>
    <message>
        <source>--iou-type is bbox or segm, not &apos;%1&apos;</source>
        <translation>--iou-type ist bbox oder segm, nicht „%1“</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; (see wfs %2 --help)</source>
        <translation>unerwartetes &apos;%1&apos; (siehe wfs %2 --help)</translation>
    </message>
    <message>
        <source>Pushed lineage: %1 card(s), %2 relation(s), %3 log(s)</source>
        <translation>Herkunft gesendet: %1 Karte(n), %2 Beziehung(en), %3 Protokoll(e)</translation>
    </message>
    <message>
        <source>Pulled from %1: %2 batch(es), %3 card(s), %4 relation(s), %5 version(s), %6 log(s)</source>
        <translation>Von %1 geholt: %2 Stapel, %3 Karte(n), %4 Beziehung(en), %5 Version(en), %6 Protokoll(e)</translation>
    </message>
    <message>
        <source>Sends every project version the remote lacks: first the content it does not have (small
files in packs, big ones alone), then the version&apos;s manifest, then its record, so that a
version shows on the remote only once all of it is there. A push that was killed is
completed by the next one. Then the lineage recorded here that the remote lacks (tasks
with who ran them and their logs, cards, relations, customisations, statuses) as one
new batch. Pushing again with nothing new sends nothing.</source>
        <translation>Sendet jede Projektversion, die dem Remote fehlt: zuerst die Inhalte, die es nicht hat (kleine
Dateien in Paketen, große einzeln), dann das Manifest der Version, dann ihren Eintrag, sodass eine
Version erst auf dem Remote erscheint, wenn sie vollständig dort ist. Ein abgebrochenes Senden
vollendet das nächste. Danach die hier aufgezeichnete Herkunft, die dem Remote fehlt (Aufgaben
mit Ausführenden und Protokollen, Karten, Beziehungen, Anpassungen, Status) als ein
neuer Stapel. Erneutes Senden ohne Neues sendet nichts.</translation>
    </message>
    <message>
        <source>bring teammates&apos; lineage and versions</source>
        <translation>Herkunft und Versionen des Teams holen</translation>
    </message>
    <message>
        <source>Brings the lineage and version lists that other workspaces pushed to the remote into this
workspace (not the versions&apos; content: `wfs version restore PROJECT --num N --to DIR` fetches
it, verified). Teammates&apos; cards get ids of this workspace; pulling again reads only what is
new. A pulled project&apos;s versions are numbered by creation time (then uid), the same
everywhere.</source>
        <translation>Holt die Herkunft und die Versionslisten, die andere Arbeitsbereiche an das Remote gesendet haben, in
diesen Arbeitsbereich (nicht die Inhalte der Versionen: `wfs version restore PROJECT --num N --to DIR`
holt sie, geprüft). Karten des Teams erhalten IDs dieses Arbeitsbereichs; erneutes Holen liest nur
Neues. Die Versionen eines geholten Projekts werden nach Erstellungszeit (dann UID) nummeriert,
überall gleich.</translation>
    </message>
    <message>
        <source>file -&gt; link to %1</source>
        <translation>Datei -&gt; Verweis auf %1</translation>
    </message>
    <message>
        <source>link to %1 -&gt; file</source>
        <translation>Verweis auf %1 -&gt; Datei</translation>
    </message>
    <message>
        <source>link to %1 -&gt; %2</source>
        <translation>Verweis auf %1 -&gt; %2</translation>
    </message>
    <message>
        <source>mode %1 -&gt; %2</source>
        <translation>Modus %1 -&gt; %2</translation>
    </message>
    <message>
        <source>link to %1</source>
        <translation>Verweis auf %1</translation>
    </message>
    <message>
        <source>Lists files added (+), removed (-) and modified (M: content, mode, link target, file or link)
from version A to version B, or to the working folder when B is omitted. --json prints
{&quot;added&quot;:[],&quot;removed&quot;:[],&quot;modified&quot;:[],&quot;modified_details&quot;:[{&quot;path&quot;,&quot;what&quot;:[...],...}]}.</source>
        <translation>Listet hinzugefügte (+), entfernte (-) und geänderte (M: Inhalt, Modus, Verweisziel, Datei oder Verweis)
Dateien von Version A zu Version B auf, oder zum Arbeitsordner, wenn B fehlt. --json gibt
{&quot;added&quot;:[],&quot;removed&quot;:[],&quot;modified&quot;:[],&quot;modified_details&quot;:[{&quot;path&quot;,&quot;what&quot;:[...],...}]} aus.</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>Pushed %1 bake(s), %2 customisation(s)</source>
        <translation>%1 Bake(s), %2 Anpassung(en) gesendet</translation>
    </message>
    <message>
        <source>Pulled %1 bake(s), %2 customisation(s)</source>
        <translation>%1 Bake(s), %2 Anpassung(en) geholt</translation>
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
    <message>
        <source>bake %1 has no task &apos;%2&apos;</source>
        <translation>Bake %1 hat keinen Task „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no scheme: write ws:NAME for an action of this workspace</source>
        <translation>„%1“ hat kein Schema: schreiben Sie ws:NAME für eine Action dieses Arbeitsbereichs</translation>
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
        <source>none</source>
        <translation>keine</translation>
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
        <source>missing: an output needs a value</source>
        <translation>fehlt: eine Ausgabe braucht einen Wert (value)</translation>
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
        <source>a mixin cannot set a task&apos;s id</source>
        <translation>ein Mixin kann die ID eines Tasks nicht setzen</translation>
    </message>
    <message>
        <source>expected true, false or an expression such as ${{ success() }}, found &apos;%1&apos;</source>
        <translation>erwartet true, false oder einen Ausdruck wie ${{ success() }}, gefunden „%1“</translation>
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
        <source>&apos;%1&apos; is not a top-level key; it belongs under defaults: (line %2), indented</source>
        <translation>„%1“ ist kein Schlüssel der obersten Ebene; er gehört eingerückt unter defaults: (Zeile %2)</translation>
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
        <source>%1: no such workflow file</source>
        <translation>%1: keine solche Ablaufdatei</translation>
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
        <source>in &apos;%1&apos;: unknown context &apos;%2&apos; (contexts: %3)</source>
        <translation>in „%1“: unbekannter Kontext „%2“ (Kontexte: %3)</translation>
    </message>
    <message>
        <source>expected a value, found %1</source>
        <translation>erwartet wurde ein Wert, gefunden: %1</translation>
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
        <source>action calls are not supported by local runs: write the action&apos;s steps as commands</source>
        <translation>Aufrufe von Actions werden bei lokalen Läufen nicht unterstützt: schreiben Sie die Schritte der Action als Befehle</translation>
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
        <source>&apos;%1&apos; is not an axis of the matrix</source>
        <translation>„%1“ ist keine Achse der Matrix</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an axis of the matrix, did you mean &apos;%2&apos;?</source>
        <translation>„%1“ ist keine Achse der Matrix, meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>YAML syntax: the quoted value is not closed</source>
        <translation>YAML-Syntax: der Wert in Anführungszeichen ist nicht geschlossen</translation>
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
        <source>a key must be a plain value, found %1</source>
        <translation>ein Schlüssel muss ein einfacher Wert sein, gefunden: %1</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first written at line %2)</source>
        <translation>doppelter Schlüssel „%1“ (zuerst geschrieben in Zeile %2)</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a workflow file may hold at most %2</source>
        <translation>die Datei hat %1 Bytes; eine Workflow-Datei darf höchstens %2 haben</translation>
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
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>another process is already running this bake (%1 is locked)</source>
        <translation>ein anderer Prozess führt dieses Bake bereits aus (%1 ist gesperrt)</translation>
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
        <source>no value: a param without a default needs one (-p %1 VALUE)</source>
        <translation>kein Wert: ein Parameter ohne Standardwert braucht einen (-p %1 WERT)</translation>
    </message>
    <message>
        <source>; nor have %1</source>
        <translation>; ebenso wenig %1</translation>
    </message>
    <message>
        <source>the needs form a cycle (each task needs the next): %1</source>
        <translation>die needs bilden einen Zyklus (jeder Task braucht den nächsten): %1</translation>
    </message>
    <message>
        <source>the result would hold more than %1 items</source>
        <translation>das Ergebnis hätte mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>division by zero</source>
        <translation>Division durch null</translation>
    </message>
    <message>
        <source>modulo by zero</source>
        <translation>Modulo durch null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not apply to numbers</source>
        <translation>„%1“ gilt nicht für Zahlen</translation>
    </message>
    <message>
        <source>cannot use &apos;%1&apos; on a %2 and a %3</source>
        <translation>„%1“ ist nicht auf %2 und %3 anwendbar</translation>
    </message>
    <message>
        <source>cannot use &apos;%1&apos; on a %2</source>
        <translation>„%1“ ist nicht auf %2 anwendbar</translation>
    </message>
    <message>
        <source>argument %1 must be a whole number, not %2</source>
        <translation>Argument %1 muss eine ganze Zahl sein, nicht %2</translation>
    </message>
    <message>
        <source>cannot convert %1 to a whole number</source>
        <translation>%1 lässt sich nicht in eine ganze Zahl umwandeln</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>takes a string or a number, not a %1</source>
        <translation>nimmt eine Zeichenkette oder eine Zahl, nicht %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the step must not be zero</source>
        <translation>die Schrittweite darf nicht null sein</translation>
    </message>
    <message>
        <source>would make %1 numbers; at most %2 are allowed</source>
        <translation>würde %1 Zahlen ergeben; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>takes an object, not a %1</source>
        <translation>nimmt ein Objekt, nicht %1</translation>
    </message>
    <message>
        <source>takes a separator and a list, not a %1</source>
        <translation>nimmt ein Trennzeichen und eine Liste, nicht %1</translation>
    </message>
    <message>
        <source>the list holds a %1; join(sep, list, True) converts items to text</source>
        <translation>die Liste enthält %1; join(sep, list, True) wandelt Einträge in Text um</translation>
    </message>
    <message>
        <source>needs the flow context (flow.workspace), which is not available here</source>
        <translation>braucht den Kontext flow (flow.workspace), der hier nicht verfügbar ist</translation>
    </message>
    <message>
        <source>works only on the Apolo platform: a local run has no volumes or platform jobs</source>
        <translation>funktioniert nur auf der Apolo-Plattform: ein lokaler Lauf hat keine Volumes und keine Plattform-Jobs</translation>
    </message>
    <message>
        <source>%1 is an object; its keys are strings, not a %2</source>
        <translation>%1 ist ein Objekt; seine Schlüssel sind Zeichenketten, nicht %2</translation>
    </message>
    <message>
        <source>%1 has no &apos;%2&apos;</source>
        <translation>%1 hat kein „%2“</translation>
    </message>
    <message>
        <source>%1 is a list; its indices are whole numbers, not %2</source>
        <translation>%1 ist eine Liste; ihre Indizes sind ganze Zahlen, nicht %2</translation>
    </message>
    <message>
        <source>%1 has no item %2 (it has %3)</source>
        <translation>%1 hat keinen Eintrag %2 (es hat %3)</translation>
    </message>
    <message>
        <source>%1 is a %2, which has no &apos;%3&apos;</source>
        <translation>%1 ist %2 und hat kein „%3“</translation>
    </message>
    <message>
        <source>cannot compare a %1 with a %2 using &apos;%3&apos;</source>
        <translation>%1 und %2 lassen sich nicht mit „%3“ vergleichen</translation>
    </message>
    <message>
        <source>cannot loop over a %1</source>
        <translation>über %1 kann nicht iteriert werden</translation>
    </message>
    <message>
        <source>%1(): %2</source>
        <translation>%1(): %2</translation>
    </message>
    <message>
        <source>object keys are strings, not a %1</source>
        <translation>Objektschlüssel sind Zeichenketten, nicht %1</translation>
    </message>
    <message>
        <source>takes a string, list or object, not a %1</source>
        <translation>nimmt eine Zeichenkette, Liste oder ein Objekt, nicht %1</translation>
    </message>
    <message>
        <source>a single &apos;}&apos; in the format; write &apos;}}&apos; for a brace</source>
        <translation>ein einzelnes „}“ im Format; für eine Klammer „}}“ schreiben</translation>
    </message>
    <message>
        <source>a &apos;{&apos; in the format is not closed; write &apos;{{&apos; for a brace</source>
        <translation>ein „{“ im Format ist nicht geschlossen; für eine Klammer „{{“ schreiben</translation>
    </message>
    <message>
        <source>the field &apos;{%1}&apos; is not supported; use {} or {N}</source>
        <translation>das Feld „{%1}“ wird nicht unterstützt; {} oder {N} verwenden</translation>
    </message>
    <message>
        <source>the format mixes {} and {N} fields</source>
        <translation>das Format mischt {}- und {N}-Felder</translation>
    </message>
    <message>
        <source>the format wants argument %1 but %2 given</source>
        <translation>das Format will Argument %1, aber %2 sind angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a need of this task (needs: %2)</source>
        <translation>„%1“ ist kein need dieses Tasks (needs: %2)</translation>
    </message>
    <message>
        <source>argument 1 must be a string, list or object, not a %1</source>
        <translation>Argument 1 muss eine Zeichenkette, Liste oder ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>argument %1 must be a string, not a %2</source>
        <translation>Argument %1 muss eine Zeichenkette sein, nicht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not closed by &apos;%2&apos;</source>
        <translation>„%1“ wird nicht durch „%2“ geschlossen</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>bad number &apos;%1&apos;</source>
        <translation>ungültige Zahl „%1“</translation>
    </message>
    <message>
        <source>bad escape &apos;\u%1&apos;</source>
        <translation>ungültige Escape-Sequenz „\u%1“</translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation>die Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen „%1“</translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation>leerer Ausdruck</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>unerwartetes Ende des Ausdrucks</translation>
    </message>
    <message>
        <source>expected &apos;else&apos; after &apos;... if CONDITION&apos;</source>
        <translation>„else“ erwartet nach „... if BEDINGUNG“</translation>
    </message>
    <message>
        <source>comparisons cannot be chained; join them with &apos;and&apos;</source>
        <translation>Vergleiche lassen sich nicht verketten; mit „and“ verbinden</translation>
    </message>
    <message>
        <source>expected a name after &apos;for&apos;</source>
        <translation>Name erwartet nach „for“</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; after &apos;for %1&apos;</source>
        <translation>„in“ erwartet nach „for %1“</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos;</source>
        <translation>unbekannte Funktion „%1“</translation>
    </message>
    <message>
        <source>%1() takes %2 argument(s), not %3</source>
        <translation>%1() nimmt %2 Argumente, nicht %3</translation>
    </message>
    <message>
        <source>a task calls either an action or a module, not both</source>
        <translation>ein Task ruft entweder eine Action oder ein Modul auf, nicht beides</translation>
    </message>
    <message>
        <source>missing: a local action needs a cmd, bash or python</source>
        <translation>fehlt: eine lokale Action braucht cmd, bash oder python</translation>
    </message>
    <message>
        <source>a stateful action&apos;s %1 task has no %2</source>
        <translation>der %1-Task einer zustandsbehafteten Action hat kein %2</translation>
    </message>
    <message>
        <source>missing: a stateful action needs a main task</source>
        <translation>fehlt: eine zustandsbehaftete Action braucht einen main-Task</translation>
    </message>
    <message>
        <source>a call of a %1 action takes no cache (only batch actions do)</source>
        <translation>der Aufruf einer %1-Action nimmt kein cache (nur Batch-Actions)</translation>
    </message>
    <message>
        <source>only batch, stateful and local actions run in a batch flow (this one is kind: %1)</source>
        <translation>in einem Batch-Flow laufen nur Batch-, zustandsbehaftete und lokale Actions (diese hat kind: %1)</translation>
    </message>
    <message>
        <source>only live actions can be called by a live job (this one is kind: %1)</source>
        <translation>ein Live-Job kann nur Live-Actions aufrufen (diese hat kind: %1)</translation>
    </message>
    <message>
        <source>missing: a live action needs a job</source>
        <translation>fehlt: eine Live-Action braucht einen job</translation>
    </message>
    <message>
        <source>the flow has no volume &apos;%1&apos; (volumes: %2)</source>
        <translation>der Flow hat kein Volume „%1“ (Volumes: %2)</translation>
    </message>
    <message>
        <source>the flow has no image &apos;%1&apos; (images: %2)</source>
        <translation>der Flow hat kein Image „%1“ (Images: %2)</translation>
    </message>
    <message>
        <source>project has no &apos;%1&apos; (it has %2)</source>
        <translation>project hat kein „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <source>expected a plain project id, found &apos;%1&apos;</source>
        <translation>erwartet eine einfache Projekt-ID, gefunden „%1“</translation>
    </message>
    <message>
        <source> (no bash, cmd or python: the image&apos;s own command)</source>
        <translation> (kein bash, cmd oder python: der eigene Befehl des Images)</translation>
    </message>
    <message>
        <source>the expression gives %1, not a mapping</source>
        <translation>der Ausdruck ergibt %1, keine Zuordnung</translation>
    </message>
    <message>
        <source>git has no &apos;%1&apos; (it has %2)</source>
        <translation>git hat kein „%1“ (es hat %2)</translation>
    </message>
    <message>
        <source>the git context needs the flow&apos;s project folder in a git repository: %1</source>
        <translation>der git-Kontext braucht den Projektordner des Flows in einem git-Repository: %1</translation>
    </message>
    <message>
        <source>the git program could not be started (%1)</source>
        <translation>das Programm git konnte nicht gestartet werden (%1)</translation>
    </message>
    <message>
        <source>git %1 did not answer within %2 seconds</source>
        <translation>git %1 hat nicht innerhalb von %2 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>%1 is not in a git repository with a commit (git: %2)</source>
        <translation>%1 liegt nicht in einem git-Repository mit einem Commit (git: %2)</translation>
    </message>
    <message>
        <source>not JSON (%1): %2</source>
        <translation>kein JSON (%1): %2</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the value</source>
        <translation>unerwartetes „%1“ nach dem Wert</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>a value is missing</source>
        <translation>ein Wert fehlt</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>ein Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>„:“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>„,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>„,“ oder „]“ erwartet</translation>
    </message>
    <message>
        <source>a control character in a string</source>
        <translation>ein Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>a bad \u escape</source>
        <translation>ein ungültiges \u-Escape</translation>
    </message>
    <message>
        <source>a bad escape &apos;\%1&apos;</source>
        <translation>ein ungültiges Escape „\%1“</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a bad number</source>
        <translation>eine ungültige Zahl</translation>
    </message>
    <message>
        <source>only workspace actions (ws:NAME) run locally, not &apos;%1&apos;: Apolo clones a GitHub action from github.com, and remote actions need the network, which local runs do not use; copy its action.yml into the workspace and call it as ws:NAME</source>
        <translation>lokal laufen nur Aktionen des Arbeitsbereichs (ws:NAME), nicht „%1“: Apolo klont eine GitHub-Aktion von github.com, und entfernte Aktionen brauchen das Netz, das lokale Läufe nicht nutzen; ihre action.yml in den Arbeitsbereich kopieren und als ws:NAME aufrufen</translation>
    </message>
    <message>
        <source>only workspace actions (ws:NAME) run locally, not &apos;%1&apos;: Apolo knows no scheme &apos;%2&apos; (it knows ws:, workspace:, gh: and github:)</source>
        <translation>lokal laufen nur Aktionen des Arbeitsbereichs (ws:NAME), nicht „%1“: Apolo kennt kein Schema „%2“ (es kennt ws:, workspace:, gh: und github:)</translation>
    </message>
    <message>
        <source>format code &apos;%1&apos; is for whole numbers, not %2</source>
        <translation>der Formatcode „%1“ ist für ganze Zahlen, nicht für %2</translation>
    </message>
    <message>
        <source>a precision is not allowed for whole numbers</source>
        <translation>für ganze Zahlen ist keine Genauigkeit erlaubt</translation>
    </message>
    <message>
        <source>the format spec &apos;%1&apos; is not one Python reads</source>
        <translation>die Formatangabe „%1“ kann Python nicht lesen</translation>
    </message>
    <message>
        <source>format code &apos;s&apos; is for text, not %1</source>
        <translation>der Formatcode „s“ ist für Text, nicht für %1</translation>
    </message>
    <message>
        <source>format code &apos;%1&apos; is for numbers, not %2</source>
        <translation>der Formatcode „%1“ ist für Zahlen, nicht für %2</translation>
    </message>
    <message>
        <source>the format spec &apos;%1&apos; is for numbers, not %2</source>
        <translation>die Formatangabe „%1“ ist für Zahlen, nicht für %2</translation>
    </message>
    <message>
        <source>bake %1 was pulled from a teammate (%2): restart it where it ran</source>
        <translation>Bake %1 wurde von einem Teammitglied geholt (%2): starten Sie ihn dort neu, wo er lief</translation>
    </message>
    <message>
        <source>expands to %1 combinations; at most %2 are allowed</source>
        <translation>ergibt %1 Kombinationen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos;, which is not an axis of the matrix (axes: %3)</source>
        <translation>%1 nennt „%2“, das keine Achse der Matrix ist (Achsen: %3)</translation>
    </message>
    <message>
        <source>an exclude</source>
        <translation>ein exclude-Eintrag</translation>
    </message>
    <message>
        <source>an include</source>
        <translation>ein include-Eintrag</translation>
    </message>
    <message>
        <source>an include must give every axis (%1); this one lacks &apos;%2&apos;</source>
        <translation>ein include-Eintrag muss jede Achse angeben (%1); diesem fehlt „%2“</translation>
    </message>
    <message>
        <source>leaves no combination to run</source>
        <translation>lässt keine Kombination zum Ausführen übrig</translation>
    </message>
    <message>
        <source>the expression gives %1, not a list of values</source>
        <translation>der Ausdruck ergibt %1, keine Liste von Werten</translation>
    </message>
    <message>
        <source>matrix values are single values, not %1</source>
        <translation>Matrixwerte sind einzelne Werte, nicht %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the id of another task (at %2)</source>
        <translation>„%1“ ist bereits die ID einer anderen Aufgabe (bei %2)</translation>
    </message>
    <message>
        <source>needs &apos;%1&apos;, which is not a task of this flow (known: %2)</source>
        <translation>braucht „%1“, das keine Aufgabe dieses Flows ist (bekannt: %2)</translation>
    </message>
    <message>
        <source>local action call &apos;%1&apos; runs before the flow&apos;s other tasks, so it cannot need &apos;%2&apos;</source>
        <translation>der lokale Action-Aufruf „%1“ läuft vor den anderen Aufgaben des Flows und kann daher „%2“ nicht brauchen</translation>
    </message>
    <message>
        <source>%1 calls itself, which never ends (%2)</source>
        <translation>%1 ruft sich selbst auf und endet nie (%2)</translation>
    </message>
    <message>
        <source>actions call actions at most %1 levels deep, this call of %2 would be level %3 (%4)</source>
        <translation>Aktionen rufen Aktionen höchstens %1 Ebenen tief auf, dieser Aufruf von %2 wäre Ebene %3 (%4)</translation>
    </message>
    <message>
        <source>outputs.needs is only for batch actions (this one is kind: %1)</source>
        <translation>outputs.needs gibt es nur in Batch-Aktionen (diese hat kind: %1)</translation>
    </message>
    <message>
        <source>a live action&apos;s job takes no params: declare inputs, which the call&apos;s args fill</source>
        <translation>der Job einer Live-Aktion hat keine params: deklarieren Sie inputs, die die args des Aufrufs füllen</translation>
    </message>
    <message>
        <source>a batch action&apos;s task cannot read %1 (it has flow, git, images, inputs, strategy, matrix and needs; a module also has the flow&apos;s contexts)</source>
        <translation>ein Task einer Batch-Aktion kann %1 nicht lesen (er hat flow, git, images, inputs, strategy, matrix und needs; ein Modul hat auch die Kontexte des Flows)</translation>
    </message>
    <message>
        <source>the action has no input &apos;%1&apos; (inputs: %2)</source>
        <translation>die Aktion hat keinen Input &apos;%1&apos; (Inputs: %2)</translation>
    </message>
    <message>
        <source>the call %1 does not run: enable is false: %2</source>
        <translation>der Aufruf %1 läuft nicht: enable ist false: %2</translation>
    </message>
</context>
<context>
    <name>wfs::remote</name>
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
        <source>remote %1 does not have content %2</source>
        <translation>Remote %1 hat den Inhalt %2 nicht</translation>
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
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the remote&apos;s content has %2 bytes, the manifest says %3</source>
        <translation>%1: der Inhalt auf dem Remote hat %2 Bytes, das Manifest sagt %3</translation>
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
        <source>Reading version %1 of %2</source>
        <translation>Lese Version %1 von %2</translation>
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
    <message>
        <source>%1: &apos;%2&apos; names no card</source>
        <translation>%1: „%2“ nennt keine Karte</translation>
    </message>
    <message>
        <source>%1: uid &apos;%2&apos; is not a bake of workspace %3</source>
        <translation>%1: uid „%2“ ist kein Bake des Arbeitsbereichs %3</translation>
    </message>
    <message>
        <source>%1 attempt %2</source>
        <translation>%1 Versuch %2</translation>
    </message>
    <message>
        <source>%1: not attempt %2 with a known status</source>
        <translation>%1: nicht Versuch %2 mit einem bekannten Status</translation>
    </message>
    <message>
        <source>%1 task %2</source>
        <translation>%1 Aufgabe %2</translation>
    </message>
    <message>
        <source>%1: settings_by names no workspace</source>
        <translation>%1: settings_by nennt keinen Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1: no task id or an unknown status</source>
        <translation>%1: keine Aufgaben-ID oder ein unbekannter Status</translation>
    </message>
    <message>
        <source>more than %1 customisations or bakes</source>
        <translation>mehr als %1 Anpassungen oder Bakes</translation>
    </message>
    <message>
        <source>customisation %1</source>
        <translation>Anpassung %1</translation>
    </message>
    <message>
        <source>bake %1</source>
        <translation>Bake %1</translation>
    </message>
    <message>
        <source>not on %1</source>
        <translation>nicht auf %1</translation>
    </message>
</context>
</TS>
