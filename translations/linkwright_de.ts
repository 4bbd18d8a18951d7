<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Linkwright::Cli</name>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>hint</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Usage: linkwright-cli COMMAND [OPTIONS]

Commands:
  validate FILE       check a project file; exit 0 when valid, 1 on errors
  init [FILE]         write a demo project for linkwright-sim (default demo.linkwright.json)

Options:
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 done, 1 could not run or invalid input, 2 usage error, 3 finished with failures.
</source>
            <translation>Aufruf: linkwright-cli BEFEHL [OPTIONEN]

Befehle:
  validate DATEI      eine Projektdatei prüfen; Ende mit 0, wenn gültig, mit 1 bei Fehlern
  init [DATEI]        ein Demoprojekt für linkwright-sim schreiben (Vorgabe demo.linkwright.json)

Optionen:
  -h, --help          diese Hilfe anzeigen
  -v, --version       die Version anzeigen

Endecodes: 0 fertig, 1 konnte nicht laufen oder ungültige Eingabe, 2 Aufruffehler, 3 mit Fehlern im Fehlerprotokoll beendet.
</translation>
        </message>
        <message>
            <source>linkwright-cli: no command given</source>
            <translation>linkwright-cli: kein Befehl angegeben</translation>
        </message>
        <message>
            <source>linkwright-cli: unknown command "%1"</source>
            <translation>linkwright-cli: unbekannter Befehl „%1“</translation>
        </message>
        <message>
            <source>The project file to check.</source>
            <translation>Die zu prüfende Projektdatei.</translation>
        </message>
        <message>
            <source>Print errors only, no warnings or summary.</source>
            <translation>Nur Fehler ausgeben, keine Warnungen und keine Zusammenfassung.</translation>
        </message>
        <message>
            <source>validate: expected exactly one project file</source>
            <translation>validate: genau eine Projektdatei erwartet</translation>
        </message>
        <message>
            <source>Usage: linkwright-cli validate [--quiet] FILE</source>
            <translation>Aufruf: linkwright-cli validate [--quiet] DATEI</translation>
        </message>
        <message>
            <source>%1: invalid, 1 error</source>
            <translation>%1: ungültig, 1 Fehler</translation>
        </message>
        <message>
            <source>%1: invalid, %2 errors</source>
            <translation>%1: ungültig, %2 Fehler</translation>
        </message>
        <message>
            <source>%1: valid</source>
            <translation>%1: gültig</translation>
        </message>
        <message>
            <source>%1: valid, 1 warning</source>
            <translation>%1: gültig, 1 Warnung</translation>
        </message>
        <message>
            <source>%1: valid, %2 warnings</source>
            <translation>%1: gültig, %2 Warnungen</translation>
        </message>
        <message>
            <source>Where to write the project.</source>
            <translation>Wohin das Projekt geschrieben wird.</translation>
        </message>
        <message>
            <source>The port linkwright-sim listens on.</source>
            <translation>Der Port, auf dem linkwright-sim lauscht.</translation>
        </message>
        <message>
            <source>Overwrite an existing file.</source>
            <translation>Eine vorhandene Datei überschreiben.</translation>
        </message>
        <message>
            <source>init: expected at most one file</source>
            <translation>init: höchstens eine Datei erwartet</translation>
        </message>
        <message>
            <source>Usage: linkwright-cli init [--port N] [--force] [FILE]</source>
            <translation>Aufruf: linkwright-cli init [--port N] [--force] [DATEI]</translation>
        </message>
        <message>
            <source>init: --port must be a number from 1 to 65535, not "%1"</source>
            <translation>init: --port muss eine Zahl von 1 bis 65535 sein, nicht „%1“</translation>
        </message>
        <message>
            <source>init: %1 exists already; nothing was written</source>
            <translation>init: %1 existiert bereits; es wurde nichts geschrieben</translation>
        </message>
        <message>
            <source>  hint: choose another name, or add --force to overwrite it</source>
            <translation>  Hinweis: einen anderen Namen wählen oder --force angeben, um sie zu überschreiben</translation>
        </message>
        <message>
            <source>Wrote %1. Start the simulator with "linkwright-sim --port %2", then open the project.</source>
            <translation>%1 geschrieben. Starten Sie den Simulator mit „linkwright-sim --port %2“ und öffnen Sie dann das Projekt.</translation>
        </message>
    </context>
    <context>
        <name>Linkwright::DataPoints</name>
        <message>
            <source>Products</source>
            <translation>Produkte</translation>
        </message>
        <message>
            <source>the ERP is the master of product data; the shop only enriches it (images, SEO)</source>
            <translation>das ERP ist führend für Produktdaten; der Shop reichert sie nur an (Bilder, SEO)</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Preise</translation>
        </message>
        <message>
            <source>prices, contracts and quantity breaks are kept in the ERP</source>
            <translation>Preise, Verträge und Staffelpreise werden im ERP gepflegt</translation>
        </message>
        <message>
            <source>Stock levels</source>
            <translation>Lagerbestände</translation>
        </message>
        <message>
            <source>the shop sends orders, not stock; the ERP stays the stock master</source>
            <translation>der Shop sendet Bestellungen, keine Bestände; das ERP bleibt führend für den Bestand</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>customers register in the shop and are maintained in the ERP, so both sides change them</source>
            <translation>Kunden registrieren sich im Shop und werden im ERP gepflegt, also ändern beide Seiten sie</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Bestellungen</translation>
        </message>
        <message>
            <source>online orders are placed in the shop and fulfilled by the ERP</source>
            <translation>Online-Bestellungen entstehen im Shop und werden vom ERP abgewickelt</translation>
        </message>
        <message>
            <source>Order updates</source>
            <translation>Bestellaktualisierungen</translation>
        </message>
        <message>
            <source>the ERP reports status, shipping and tracking; the shop reports cancellations and edits</source>
            <translation>das ERP meldet Status, Versand und Sendungsverfolgung; der Shop meldet Stornierungen und Änderungen</translation>
        </message>
        <message>
            <source>Offline orders and invoices</source>
            <translation>Offline-Bestellungen und Rechnungen</translation>
        </message>
        <message>
            <source>invoices and offline orders exist only in the ERP; the shop shows them as history</source>
            <translation>Rechnungen und Offline-Bestellungen gibt es nur im ERP; der Shop zeigt sie als Verlauf</translation>
        </message>
        <message>
            <source>ERP → shop</source>
            <translation>ERP → Shop</translation>
        </message>
        <message>
            <source>Shop → ERP</source>
            <translation>Shop → ERP</translation>
        </message>
        <message>
            <source>Both ways</source>
            <translation>In beide Richtungen</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Stapel</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>Hybrid</translation>
        </message>
        <message>
            <source>ERP owns</source>
            <translation>ERP ist führend</translation>
        </message>
        <message>
            <source>Shop owns</source>
            <translation>Shop ist führend</translation>
        </message>
        <message>
            <source>Newest change wins</source>
            <translation>Neueste Änderung gewinnt</translation>
        </message>
        <message>
            <source>Send to review</source>
            <translation>Zur Prüfung vorlegen</translation>
        </message>
    </context>
    <context>
        <name>Linkwright::Project</name>
        <message>
            <source>Demo: simulated ERP and shop</source>
            <translation>Demo: simuliertes ERP und simulierter Shop</translation>
        </message>
        <message>
            <source>Demo ERP</source>
            <translation>Demo-ERP</translation>
        </message>
        <message>
            <source>Demo shop</source>
            <translation>Demo-Shop</translation>
        </message>
        <message>
            <source>API key header</source>
            <translation>API-Schlüssel im Header</translation>
        </message>
        <message>
            <source>Basic (user name and password)</source>
            <translation>Basic (Benutzername und Passwort)</translation>
        </message>
        <message>
            <source>Bearer token</source>
            <translation>Bearer-Token</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>every %1</source>
            <translation>alle %1</translation>
        </message>
        <message>
            <source>cron %1</source>
            <translation>cron %1</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>manuell</translation>
        </message>
    </context>
    <context>
        <name>Linkwright::ProjectFile</name>
        <message>
            <source>a string</source>
            <translation>eine Zeichenkette</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>a value</source>
            <translation>einen Wert</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <source>an array</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nichts</translation>
        </message>
        <message>
            <source>Known keys here: %1.</source>
            <translation>Bekannte Schlüssel hier: %1.</translation>
        </message>
        <message>
            <source>Did you mean "%1"?</source>
            <translation>Meinten Sie „%1“?</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation>unbekannter Schlüssel</translation>
        </message>
        <message>
            <source>expected %1, found %2</source>
            <translation>erwartet %1, gefunden %2</translation>
        </message>
        <message>
            <source>Remove the quotes: %1</source>
            <translation>Entfernen Sie die Anführungszeichen: %1</translation>
        </message>
        <message>
            <source>is required but missing</source>
            <translation>ist erforderlich, fehlt aber</translation>
        </message>
        <message>
            <source>"%1" is not one of %2</source>
            <translation>„%1“ ist keiner der Werte %2</translation>
        </message>
        <message>
            <source>%1 is outside the range %2 to %3</source>
            <translation>%1 liegt außerhalb des Bereichs %2 bis %3</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>die Datei ist leer</translation>
        </message>
        <message>
            <source>Create a project with File &gt; New or "linkwright-cli init".</source>
            <translation>Legen Sie ein Projekt mit Datei &gt; Neu oder „linkwright-cli init“ an.</translation>
        </message>
        <message>
            <source>line %1, column %2</source>
            <translation>Zeile %1, Spalte %2</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>kein gültiges JSON: %1</translation>
        </message>
        <message>
            <source>Look there and just before it: a missing comma, quote or bracket is the usual cause.</source>
            <translation>Sehen Sie dort und direkt davor nach: meist fehlt ein Komma, ein Anführungszeichen oder eine Klammer.</translation>
        </message>
        <message>
            <source>a project file must hold a JSON object, found %1</source>
            <translation>eine Projektdatei muss ein JSON-Objekt enthalten, gefunden %1</translation>
        </message>
        <message>
            <source>Start the file with { "formatVersion": %1, ... }.</source>
            <translation>Beginnen Sie die Datei mit { "formatVersion": %1, ... }.</translation>
        </message>
        <message>
            <source>Add "formatVersion": %1 at the top level.</source>
            <translation>Fügen Sie "formatVersion": %1 auf oberster Ebene hinzu.</translation>
        </message>
        <message>
            <source>%1 is newer than this version of Linkwright understands (%2)</source>
            <translation>%1 ist neuer, als diese Linkwright-Version versteht (%2)</translation>
        </message>
        <message>
            <source>Open the project with a newer Linkwright. The file was not changed.</source>
            <translation>Öffnen Sie das Projekt mit einem neueren Linkwright. Die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>Datei nicht gefunden</translation>
        </message>
        <message>
            <source>Check the path, or create a project with "linkwright-cli init %1".</source>
            <translation>Prüfen Sie den Pfad oder legen Sie ein Projekt mit „linkwright-cli init %1“ an.</translation>
        </message>
        <message>
            <source>cannot be read: %1</source>
            <translation>kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Check the file's permissions.</source>
            <translation>Prüfen Sie die Zugriffsrechte der Datei.</translation>
        </message>
        <message>
            <source>cannot be written: %1</source>
            <translation>kann nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>Choose a folder you can write to; the project in memory is unchanged.</source>
            <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen; das geöffnete Projekt bleibt unverändert.</translation>
        </message>
        <message>
            <source>could not be saved: %1</source>
            <translation>konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>The previous file, if any, is untouched. Free some disk space or choose another place.</source>
            <translation>Eine vorhandene Datei bleibt unberührt. Schaffen Sie Speicherplatz oder wählen Sie einen anderen Ort.</translation>
        </message>
        <message>
            <source>%1 departs from the recommended %2</source>
            <translation>%1 weicht von der Empfehlung %2 ab</translation>
        </message>
        <message>
            <source>Recommended because %1.</source>
            <translation>Empfohlen, weil %1.</translation>
        </message>
        <message>
            <source>A project connects one ERP and one shop; add "%1": {"baseUrl": "https://..."}.</source>
            <translation>Ein Projekt verbindet ein ERP mit einem Shop; fügen Sie "%1": {"baseUrl": "https://..."} hinzu.</translation>
        </message>
        <message>
            <source>"%1" is not an http or https URL</source>
            <translation>„%1“ ist keine http- oder https-URL</translation>
        </message>
        <message>
            <source>Write it as https://host[:port]/path, for example https://erp.example.com/api/.</source>
            <translation>Schreiben Sie sie als https://host[:port]/pfad, zum Beispiel https://erp.example.com/api/.</translation>
        </message>
        <message>
            <source>Refer to the secret instead: {"env": "VARIABLE"} or {"keychain": "name"}.</source>
            <translation>Verweisen Sie stattdessen auf das Geheimnis: {"env": "VARIABLE"} oder {"keychain": "name"}.</translation>
        </message>
        <message>
            <source>is required for %1 authentication</source>
            <translation>ist für die Anmeldung mit %1 erforderlich</translation>
        </message>
        <message>
            <source>a secret must not be written into the project file</source>
            <translation>ein Geheimnis darf nicht in der Projektdatei stehen</translation>
        </message>
        <message>
            <source>Remove the value from the file and change it, since it was stored in clear text.</source>
            <translation>Entfernen Sie den Wert aus der Datei und ändern Sie ihn, da er im Klartext gespeichert war.</translation>
        </message>
        <message>
            <source>needs exactly one of "env" or "keychain"</source>
            <translation>braucht genau eines von "env" oder "keychain"</translation>
        </message>
        <message>
            <source>"%1" is not an environment variable name</source>
            <translation>„%1“ ist kein Name einer Umgebungsvariablen</translation>
        </message>
        <message>
            <source>Use letters, digits and underscores, for example LINKWRIGHT_ERP_TOKEN.</source>
            <translation>Verwenden Sie Buchstaben, Ziffern und Unterstriche, zum Beispiel LINKWRIGHT_ERP_TOKEN.</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>ist leer</translation>
        </message>
        <message>
            <source>Name the keychain entry, for example "linkwright/erp".</source>
            <translation>Benennen Sie den Schlüsselbund-Eintrag, zum Beispiel „linkwright/erp“.</translation>
        </message>
        <message>
            <source>Name the field that identifies a record on both sides, such as "%1".</source>
            <translation>Nennen Sie das Feld, das einen Datensatz auf beiden Seiten erkennt, etwa „%1“.</translation>
        </message>
        <message>
            <source>has both "every" and "cron"</source>
            <translation>enthält sowohl "every" als auch "cron"</translation>
        </message>
        <message>
            <source>Keep one of them.</source>
            <translation>Behalten Sie eines davon.</translation>
        </message>
        <message>
            <source>"%1" is not an interval</source>
            <translation>„%1“ ist kein Intervall</translation>
        </message>
        <message>
            <source>Write a number and a unit: 30s, 15m, 2h or 1d.</source>
            <translation>Schreiben Sie eine Zahl und eine Einheit: 30s, 15m, 2h oder 1d.</translation>
        </message>
        <message>
            <source>Five fields: minute hour day-of-month month day-of-week, e.g. "0 2 * * *" for 02:00 every day.</source>
            <translation>Fünf Felder: Minute Stunde Tag-im-Monat Monat Wochentag, z. B. „0 2 * * *“ für täglich 02:00 Uhr.</translation>
        </message>
        <message>
            <source>a two-way data point needs a conflict policy</source>
            <translation>ein Datenpunkt in beide Richtungen braucht eine Konfliktregel</translation>
        </message>
        <message>
            <source>Add "conflict": {"default": "newest-wins"}; policies: %1.</source>
            <translation>Fügen Sie "conflict": {"default": "newest-wins"} hinzu; Regeln: %1.</translation>
        </message>
        <message>
            <source>"%1" is already mapped by %2</source>
            <translation>„%1“ wird bereits von %2 zugeordnet</translation>
        </message>
        <message>
            <source>Map each target field once; combine sources with a "concat" transform.</source>
            <translation>Ordnen Sie jedes Zielfeld nur einmal zu; kombinieren Sie Quellen mit einer „concat“-Umwandlung.</translation>
        </message>
        <message>
            <source>Name the field to write.</source>
            <translation>Nennen Sie das zu schreibende Feld.</translation>
        </message>
        <message>
            <source>a field name or an array of field names</source>
            <translation>einen Feldnamen oder eine Liste von Feldnamen</translation>
        </message>
        <message>
            <source>is required unless a "constant" transform gives the value</source>
            <translation>ist erforderlich, außer eine „constant“-Umwandlung liefert den Wert</translation>
        </message>
        <message>
            <source>Name the source field, for example "source": "title".</source>
            <translation>Nennen Sie das Quellfeld, zum Beispiel "source": "title".</translation>
        </message>
        <message>
            <source>names %1 fields but no transform combines them</source>
            <translation>nennt %1 Felder, aber keine Umwandlung kombiniert sie</translation>
        </message>
        <message>
            <source>Add a "concat" transform, or map a single field.</source>
            <translation>Fügen Sie eine „concat“-Umwandlung hinzu oder ordnen Sie ein einzelnes Feld zu.</translation>
        </message>
        <message>
            <source>is required by "%1"</source>
            <translation>wird von „%1“ benötigt</translation>
        </message>
    </context>
    <context>
        <name>Linkwright::Schedules</name>
        <message>
            <source>%1 step "%2" is not a positive number</source>
            <translation>Schrittweite „%2“ für %1 ist keine positive Zahl</translation>
        </message>
        <message>
            <source>%1 "%2" is not a number</source>
            <translation>%1 „%2“ ist keine Zahl</translation>
        </message>
        <message>
            <source>%1 %2 is out of range %3-%4</source>
            <translation>%1 %2 liegt außerhalb von %3-%4</translation>
        </message>
        <message>
            <source>%1 range %2-%3 runs backwards</source>
            <translation>%1-Bereich %2-%3 läuft rückwärts</translation>
        </message>
        <message>
            <source>"%1" is not one of %2</source>
            <translation>„%1“ ist keiner der Werte %2</translation>
        </message>
        <message>
            <source>minute</source>
            <translation>Minute</translation>
        </message>
        <message>
            <source>hour</source>
            <translation>Stunde</translation>
        </message>
        <message>
            <source>day of month</source>
            <translation>Tag im Monat</translation>
        </message>
        <message>
            <source>month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <source>day of week</source>
            <translation>Wochentag</translation>
        </message>
        <message>
            <source>has %1 fields, expected 5 (minute hour day-of-month month day-of-week)</source>
            <translation>hat %1 Felder, erwartet 5 (Minute Stunde Tag-im-Monat Monat Wochentag)</translation>
        </message>
    </context>
</TS>
