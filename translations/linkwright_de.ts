<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Linkwright::ChainSecretResolver</name>
    <message>
        <source>no secret is configured</source>
        <translation>kein Geheimnis konfiguriert</translation>
    </message>
    <message>
        <source>Choose where the secret lives: {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;keychain&quot;: &quot;name&quot;}.</source>
        <translation>Legen Sie fest, wo das Geheimnis liegt: {&quot;env&quot;: &quot;VARIABLE&quot;} oder {&quot;keychain&quot;: &quot;name&quot;}.</translation>
    </message>
    <message>
        <source>no keychain is available in this program</source>
        <translation>in diesem Programm ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Run Linkwright where a keychain is available, or refer to an environment variable instead: {&quot;env&quot;: &quot;VARIABLE&quot;}.</source>
        <translation>Führen Sie Linkwright dort aus, wo ein Schlüsselbund verfügbar ist, oder verweisen Sie stattdessen auf eine Umgebungsvariable: {&quot;env&quot;: &quot;VARIABLE&quot;}.</translation>
    </message>
    <message>
        <source>nothing here can read this kind of secret</source>
        <translation>diese Art von Geheimnis kann hier nicht gelesen werden</translation>
    </message>
    <message>
        <source>Refer to an environment variable instead: {&quot;env&quot;: &quot;VARIABLE&quot;}.</source>
        <translation>Verweisen Sie stattdessen auf eine Umgebungsvariable: {&quot;env&quot;: &quot;VARIABLE&quot;}.</translation>
    </message>
</context>
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
        <source>linkwright-cli: no command given</source>
        <translation>linkwright-cli: kein Befehl angegeben</translation>
    </message>
    <message>
        <source>linkwright-cli: unknown command &quot;%1&quot;</source>
        <translation>linkwright-cli: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Print errors only, no warnings or summary.</source>
        <translation>Nur Fehler ausgeben, keine Warnungen und keine Zusammenfassung.</translation>
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
        <source>The port linkwright-sim listens on.</source>
        <translation>Der Port, auf dem linkwright-sim lauscht.</translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation>Eine vorhandene Datei überschreiben.</translation>
    </message>
    <message>
        <source>init: --port must be a number from 1 to 65535, not &quot;%1&quot;</source>
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
        <source>Wrote %1. Start the simulator with &quot;linkwright-sim --port %2&quot;, then open the project.</source>
        <translation>%1 geschrieben. Starten Sie den Simulator mit „linkwright-sim --port %2“ und öffnen Sie dann das Projekt.</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Die Optionen dieses Befehls anzeigen.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>expected a project file</source>
        <translation>eine Projektdatei erwartet</translation>
    </message>
    <message>
        <source>expected one project file, not also &quot;%1&quot;</source>
        <translation>eine Projektdatei erwartet, nicht zusätzlich „%1“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a data point; choose from %3</source>
        <translation>%1: „%2“ ist kein Datenpunkt; möglich sind %3</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 takes one data point here</source>
        <translation>%1 erwartet hier genau einen Datenpunkt</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2, not &quot;%3&quot;</source>
        <translation>%1 muss eine ganze Zahl von mindestens %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>%1 must be a date or time in ISO 8601, such as 2026-01-31 or 2026-01-31T14:00:00Z, not &quot;%2&quot;</source>
        <translation>%1 muss ein Datum oder ein Zeitpunkt nach ISO 8601 sein, etwa 2026-01-31 oder 2026-01-31T14:00:00Z, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1: „%2“ ist keiner der Werte %3</translation>
    </message>
    <message>
        <source>linkwright-cli: --state needs a file name</source>
        <translation>linkwright-cli: --state braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>Only failures of this data point.</source>
        <translation>Nur Fehler dieses Datenpunkts.</translation>
    </message>
    <message>
        <source>transient or permanent.</source>
        <translation>transient oder permanent.</translation>
    </message>
    <message>
        <source>Where the records failed: %1.</source>
        <translation>Wo die Datensätze gescheitert sind: %1.</translation>
    </message>
    <message>
        <source>Words that the message or the key contain.</source>
        <translation>Wörter, die in der Meldung oder im Schlüssel vorkommen.</translation>
    </message>
    <message>
        <source>Only failures logged at or after this time (ISO 8601).</source>
        <translation>Nur Fehler, die ab diesem Zeitpunkt protokolliert wurden (ISO 8601).</translation>
    </message>
    <message>
        <source>%1. Default: every status.</source>
        <translation>%1. Vorgabe: alle Statuswerte.</translation>
    </message>
    <message>
        <source>At most this many, newest first (default 50; 0 for all).</source>
        <translation>Höchstens so viele, neueste zuerst (Vorgabe 50; 0 für alle).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Ein einziges JSON-Dokument auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Retry this failure (as &quot;failures&quot; lists it); repeat for more.</source>
        <translation>Diesen Fehler erneut versuchen (wie „failures“ ihn auflistet); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Retry every open failure.</source>
        <translation>Alle offenen Fehler erneut versuchen.</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Keinen Fortschritt auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>--id and --all exclude each other: name failures, or take them all</source>
        <translation>--id und --all schließen einander aus: Nennen Sie einzelne Fehler oder nehmen Sie alle</translation>
    </message>
    <message>
        <source>--all retries every open failure; leave it out to retry those the filter matches</source>
        <translation>--all versucht alle offenen Fehler erneut; lassen Sie es weg, um die vom Filter erfassten erneut zu versuchen</translation>
    </message>
    <message>
        <source>say which failures to retry: --id N, --all, or a filter such as --data-point</source>
        <translation>geben Sie an, welche Fehler erneut versucht werden sollen: --id N, --all oder ein Filter wie --data-point</translation>
    </message>
    <message>
        <source>no open failures match; nothing to retry</source>
        <translation>keine passenden offenen Fehler; nichts erneut zu versuchen</translation>
    </message>
    <message>
        <source>failures retried: %1, still open: %2</source>
        <translation>erneut versuchte Fehler: %1, noch offen: %2</translation>
    </message>
    <message>
        <source>See them with: linkwright-cli failures %1 --status open</source>
        <translation>Anzeigen mit: linkwright-cli failures %1 --status open</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>zugeordnet</translation>
    </message>
    <message>
        <source>fails at validate</source>
        <translation>scheitert beim Prüfen</translation>
    </message>
    <message>
        <source>fails at map</source>
        <translation>scheitert beim Zuordnen</translation>
    </message>
    <message>
        <source>record %1 of %2</source>
        <translation>Datensatz %1 von %2</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>The data point to preview.</source>
        <translation>Der Datenpunkt für die Vorschau.</translation>
    </message>
    <message>
        <source>How many records (1 to 1000, default 5).</source>
        <translation>Wie viele Datensätze (1 bis 1000, Vorgabe 5).</translation>
    </message>
    <message>
        <source>the project has no data point &quot;%1&quot;</source>
        <translation>das Projekt hat keinen Datenpunkt „%1“</translation>
    </message>
    <message>
        <source>add it to the project&apos;s &quot;dataPoints&quot;, or choose one the project has</source>
        <translation>ihn in „dataPoints“ des Projekts aufnehmen oder einen Datenpunkt wählen, den das Projekt hat</translation>
    </message>
    <message>
        <source>%1 from %2 (%3); mappings: %4, records: %5, mapped: %6, failing: %7</source>
        <translation>%1 aus %2 (%3); Zuordnungen: %4, Datensätze: %5, zugeordnet: %6, fehlerhaft: %7</translation>
    </message>
    <message>
        <source>The data point to check.</source>
        <translation>Der zu prüfende Datenpunkt.</translation>
    </message>
    <message>
        <source>fetched</source>
        <translation>abgerufen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>echoes</source>
        <translation>Echos</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>the ERP</source>
        <translation>dem ERP</translation>
    </message>
    <message>
        <source>the shop</source>
        <translation>dem Shop</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>plan %1: %2 (%3), %4 fetched</source>
        <translation>Plan %1: %2 (%3), %4 abgerufen</translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <translation>%1: nichts zu ändern</translation>
    </message>
    <message>
        <source>%1: %2 to create, %3 to update, %4 to delete, %5 unchanged, %6 failing</source>
        <translation>%1: %2 anzulegen, %3 zu aktualisieren, %4 zu löschen, %5 unverändert, %6 fehlerhaft</translation>
    </message>
    <message>
        <source>no failures match</source>
        <translation>keine passenden Fehler</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>data point</source>
        <translation>Datenpunkt</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1 of %2 matching failures shown, newest first; --limit N shows more, --limit 0 all</source>
        <translation>%1 von %2 passenden Fehlern angezeigt, neueste zuerst; --limit N zeigt mehr, --limit 0 alle</translation>
    </message>
    <message>
        <source>%1: pre-flight of an initial load from %2 to %3</source>
        <translation>%1: Vorabprüfung einer Erstbefüllung von %2 zu %3</translation>
    </message>
    <message>
        <source>source records</source>
        <translation>Datensätze der Quelle</translation>
    </message>
    <message>
        <source>target records</source>
        <translation>Datensätze des Ziels</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>abgeglichen</translation>
    </message>
    <message>
        <source>to create</source>
        <translation>anzulegen</translation>
    </message>
    <message>
        <source>target only</source>
        <translation>nur im Ziel</translation>
    </message>
    <message>
        <source>would be left alone</source>
        <translation>bliebe unberührt</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>invalid records, missing or duplicate keys</source>
        <translation>ungültige Datensätze, fehlende oder doppelte Schlüssel</translation>
    </message>
    <message>
        <source>issues:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>only the first %1 issues are listed</source>
        <translation>nur die ersten %1 Befunde werden aufgeführt</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>retrying earlier failures</source>
        <translation>versucht frühere Fehler erneut</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>ruft ab</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>schreibt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>%1 of %2 fetched</source>
        <translation>%1 von %2 abgerufen</translation>
    </message>
    <message>
        <source>%1 fetched</source>
        <translation>%1 abgerufen</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 written, %5 failed</source>
        <translation>%1: %2, %3, %4 geschrieben, %5 fehlgeschlagen</translation>
    </message>
    <message>
        <source>  hint: &quot;linkwright-cli validate %1&quot; lists every problem of the file</source>
        <translation>  hint: „linkwright-cli validate %1“ listet alle Probleme der Datei auf</translation>
    </message>
    <message>
        <source>%1 has no base URL yet</source>
        <translation>%1 fehlt noch die Basis-URL</translation>
    </message>
    <message>
        <source>set &quot;baseUrl&quot; in the project file, or in the window on the Project &amp; endpoints page</source>
        <translation>„baseUrl“ in der Projektdatei setzen oder im Fenster auf der Seite „Projekt &amp; Endpunkte“</translation>
    </message>
    <message>
        <source>cannot reach %1 at %2: %3</source>
        <translation>keine Verbindung zu %1 unter %2: %3</translation>
    </message>
    <message>
        <source>Only this data point; repeat for more. Default: every one that is not off.</source>
        <translation>Nur dieser Datenpunkt; für mehrere wiederholen. Vorgabe: alle eingeschalteten.</translation>
    </message>
    <message>
        <source>Ignore the watermark and fetch every record.</source>
        <translation>Das Wasserzeichen ignorieren und alle Datensätze abrufen.</translation>
    </message>
    <message>
        <source>Failures are in the log: linkwright-cli failures %1 --run %2</source>
        <translation>Die Fehler stehen im Fehlerprotokoll: linkwright-cli failures %1 --run %2</translation>
    </message>
    <message>
        <source>Write nothing; store a plan instead.</source>
        <translation>Nichts schreiben; stattdessen einen Plan speichern.</translation>
    </message>
    <message>
        <source>every data point of the project is off; nothing to run</source>
        <translation>alle Datenpunkte des Projekts sind ausgeschaltet; nichts auszuführen</translation>
    </message>
    <message>
        <source>every data point of the project is off; nothing to plan</source>
        <translation>alle Datenpunkte des Projekts sind ausgeschaltet; nichts zu planen</translation>
    </message>
    <message>
        <source>Apply it with: linkwright-cli apply %1 --plan %2</source>
        <translation>Anwenden mit: linkwright-cli apply %1 --plan %2</translation>
    </message>
    <message>
        <source>Apply one with: linkwright-cli apply %1 --plan N (plans %2)</source>
        <translation>Einen davon anwenden mit: linkwright-cli apply %1 --plan N (Pläne %2)</translation>
    </message>
    <message>
        <source>Nothing to apply: every record is as the last sync left it.</source>
        <translation>Nichts anzuwenden: Jeder Datensatz ist so, wie ihn die letzte Synchronisierung hinterlassen hat.</translation>
    </message>
    <message>
        <source>The plan to apply, as &quot;plan&quot; printed it.</source>
        <translation>Der anzuwendende Plan, wie „plan“ ihn ausgegeben hat.</translation>
    </message>
    <message>
        <source>Apply only this record of the plan (its key); repeat for more. Default: all of them.</source>
        <translation>Nur diesen Datensatz des Plans anwenden (sein Schlüssel); für mehrere wiederholen. Vorgabe: alle.</translation>
    </message>
    <message>
        <source>--plan is required</source>
        <translation>--plan ist erforderlich</translation>
    </message>
    <message>
        <source>The failure to set aside (as &quot;failures&quot; lists it); repeat for more.</source>
        <translation>Der zurückzustellende Fehler (wie „failures“ ihn auflistet); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Open ignored failures again, so that retry takes them.</source>
        <translation>Zurückgestellte Fehler wieder öffnen, damit retry sie aufgreift.</translation>
    </message>
    <message>
        <source>name the failures with --id N</source>
        <translation>die Fehler mit --id N angeben</translation>
    </message>
    <message>
        <source>Usage: linkwright-cli roi [--preset whitepaper | --input FILE] [--json]</source>
        <translation>Aufruf: linkwright-cli roi [--preset whitepaper | --input DATEI] [--json]</translation>
    </message>
    <message>
        <source>A built-in scenario: whitepaper (the default), the reference example of 221,190 EUR a year.</source>
        <translation>Ein eingebautes Szenario: whitepaper (die Vorgabe), das Referenzbeispiel mit 221.190 EUR im Jahr.</translation>
    </message>
    <message>
        <source>A JSON file holding one scenario, in the shape of the project file&apos;s roi.scenarios[].</source>
        <translation>Eine JSON-Datei mit einem Szenario, aufgebaut wie roi.scenarios[] in der Projektdatei.</translation>
    </message>
    <message>
        <source>Print one JSON document with exact numbers.</source>
        <translation>Ein einziges JSON-Dokument mit exakten Zahlen ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; give a scenario file with --input FILE</source>
        <translation>unerwartetes Argument „%1“; geben Sie eine Szenariodatei mit --input DATEI an</translation>
    </message>
    <message>
        <source>give --preset or --input, not both</source>
        <translation>geben Sie --preset oder --input an, nicht beides</translation>
    </message>
    <message>
        <source>give one scenario only</source>
        <translation>geben Sie nur ein Szenario an</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; is not a preset; the one preset is whitepaper</source>
        <translation>--preset: „%1“ ist keine Vorlage; die einzige Vorlage ist whitepaper</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>%1, %2 days a year</source>
        <translation>%1, %2 Tage im Jahr</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>cost per event</source>
        <translation>Kosten pro Vorgang</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>yearly saving</source>
        <translation>jährliche Einsparung</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>no payback: the monthly net saving is %1, nothing is left to pay back the implementation</source>
        <translation>keine Amortisation: die monatliche Nettoeinsparung beträgt %1, es bleibt nichts, um die Implementierung zu amortisieren</translation>
    </message>
    <message>
        <source>immediately, nothing to pay back</source>
        <translation>sofort, nichts zu amortisieren</translation>
    </message>
    <message>
        <source>%1 months, in month %2</source>
        <translation>%1 Monate, im Monat %2</translation>
    </message>
    <message>
        <source>implementation cost</source>
        <translation>Implementierungskosten</translation>
    </message>
    <message>
        <source>yearly running cost</source>
        <translation>jährliche laufende Kosten</translation>
    </message>
    <message>
        <source>yearly net saving</source>
        <translation>jährliche Nettoeinsparung</translation>
    </message>
    <message>
        <source>payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>net saving, 3 years</source>
        <translation>Nettoeinsparung, 3 Jahre</translation>
    </message>
    <message>
        <source>ROI, 3 years</source>
        <translation>ROI, 3 Jahre</translation>
    </message>
    <message>
        <source>none: nothing invested</source>
        <translation>entfällt: nichts investiert</translation>
    </message>
    <message>
        <source>there is no state database here</source>
        <translation>hier gibt es keine Zustandsdatenbank</translation>
    </message>
    <message>
        <source>Check the --state path: it names the database that &quot;linkwright-cli run&quot; wrote.</source>
        <translation>Prüfen Sie den Pfad bei --state: er nennt die Datenbank, die „linkwright-cli run“ geschrieben hat.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1: pre-flight of an initial load between %2 and %3, both ways</source>
        <translation>%1: Vorabprüfung einer Erstbefüllung zwischen %2 und %3, in beide Richtungen</translation>
    </message>
    <message>
        <source>records in %1</source>
        <translation>Datensätze in %1</translation>
    </message>
    <message>
        <source>in both: compared field by field, conflicts as the data point&apos;s policy says</source>
        <translation>in beiden: Feld für Feld verglichen, Konflikte nach der Regel des Datenpunkts</translation>
    </message>
    <message>
        <source>to create in %1</source>
        <translation>anzulegen in %1</translation>
    </message>
    <message>
        <source>failure %1 (%2): not retried, status %3</source>
        <translation>Fehler %1 (%2): nicht erneut versucht, Status %3</translation>
    </message>
    <message>
        <source>failure %1 (%2): left as it is, status %3</source>
        <translation>Fehler %1 (%2): unverändert gelassen, Status %3</translation>
    </message>
    <message>
        <source>failure %1 (%2): status %3</source>
        <translation>Fehler %1 (%2): Status %3</translation>
    </message>
    <message>
        <source>%1 names no data point; choose from %2</source>
        <translation>%1 nennt keinen Datenpunkt; wählen Sie aus %2</translation>
    </message>
    <message>
        <source>%1 is empty; give a whole number of at least %2</source>
        <translation>%1 ist leer; geben Sie eine ganze Zahl von mindestens %2 an</translation>
    </message>
    <message>
        <source>Usage: linkwright-cli [--state DB] COMMAND [OPTIONS]

Commands:
  validate FILE              check a project file; exit 0 when valid, 1 on errors
  init [FILE] [--port N] [--force]
                             write a demo project for linkwright-sim (default demo.linkwright.json)
  run FILE                   sync every data point that is not off, or those given with --data-point
  plan FILE                  a dry run: print each record&apos;s field changes and store them as a plan
  apply FILE --plan ID       write a stored plan, or only its records given with --record
  preview FILE -d DP [-n N]  fetch a few source records and show what the mappings make of them
  preflight FILE -d DP       before an initial load: invalid records, missing and duplicate keys
  failures FILE              list the failure log, filtered by data point, status, class, step, ...
  retry FILE                 try failed records again: --id N..., --all, or a filter as for failures
  ignore FILE --id N...      set failures aside so that retries leave them; --reopen takes them back
  roi [--preset whitepaper | --input FILE] [--json]
                             yearly savings per area, payback and ROI of an integration
  help                       show this help; &quot;COMMAND --help&quot; shows a command&apos;s options

Options:
  --state DB                 the sync state database; default: one per project file, in the user&apos;s
                             data folder (~/.local/share/Linkwright/linkwright/state/)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 done, 1 could not run or invalid input, 2 usage error, 3 finished with failures,
130 stopped by Ctrl+C or SIGTERM.
</source>
        <translation>Aufruf: linkwright-cli [--state DB] BEFEHL [OPTIONEN]

Befehle:
  validate DATEI              eine Projektdatei prüfen; Ende mit 0, wenn gültig, mit 1 bei Fehlern
  init [DATEI] [--port N] [--force]
                              ein Demoprojekt für linkwright-sim schreiben (Vorgabe demo.linkwright.json)
  run DATEI                   jeden eingeschalteten Datenpunkt synchronisieren oder die mit --data-point angegebenen
  plan DATEI                  ein Probelauf: die Feldänderungen jedes Datensatzes ausgeben und als Plan speichern
  apply DATEI --plan ID       einen gespeicherten Plan schreiben oder nur seine mit --record angegebenen Datensätze
  preview DATEI -d DP [-n N]  einige Datensätze der Quelle abrufen und zeigen, was die Zuordnungen daraus machen
  preflight DATEI -d DP       vor einer Erstbefüllung: ungültige Datensätze, fehlende und doppelte Schlüssel
  failures DATEI              das Fehlerprotokoll auflisten, gefiltert nach Datenpunkt, Status, Klasse, Schritt, ...
  retry DATEI                 fehlgeschlagene Datensätze erneut versuchen: --id N..., --all oder ein Filter wie bei failures
  ignore DATEI --id N...      Fehler zurückstellen, damit Wiederholungen sie auslassen; --reopen holt sie zurück
  roi [--preset whitepaper | --input DATEI] [--json]
                              jährliche Einsparungen je Bereich, Amortisation und ROI einer Integration
  help                        diese Hilfe anzeigen; „BEFEHL --help“ zeigt die Optionen eines Befehls

Optionen:
  --state DB                  die Statusdatenbank der Synchronisierung; Vorgabe: eine je Projektdatei, im
                              Datenordner des Benutzers (~/.local/share/Linkwright/linkwright/state/)
  -h, --help                  diese Hilfe anzeigen
  -v, --version               die Version anzeigen

Endecodes: 0 fertig, 1 konnte nicht laufen oder ungültige Eingabe, 2 Aufruffehler, 3 mit Fehlern im Fehlerprotokoll beendet,
130 durch Strg+C oder SIGTERM abgebrochen.
</translation>
    </message>
    <message>
        <source>init: %1 is a folder; nothing was written</source>
        <translation>init: %1 ist ein Ordner; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>  hint: name the project file, such as %1</source>
        <translation>  Hinweis: nennen Sie die Projektdatei, etwa %1</translation>
    </message>
    <message>
        <source>nothing has run for %1 on this machine yet</source>
        <translation>für %1 ist auf diesem Rechner noch nichts gelaufen</translation>
    </message>
    <message>
        <source>Run &quot;linkwright-cli run %1&quot; first, or give --state DB if its runs were stored elsewhere.</source>
        <translation>Führen Sie zuerst &quot;linkwright-cli run %1&quot; aus, oder geben Sie --state DB an, wenn seine Läufe anderswo gespeichert wurden.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Check the --state path, or create the folder first.</source>
        <translation>Prüfen Sie den Pfad bei --state, oder legen Sie den Ordner zuerst an.</translation>
    </message>
    <message>
        <source>The server took the connection but did not answer within the endpoint&apos;s timeoutSeconds; check that it is up and not overloaded, or raise timeoutSeconds.</source>
        <translation>Der Server nahm die Verbindung an, antwortete aber nicht innerhalb der timeoutSeconds des Endpunkts; prüfen Sie, ob er läuft und nicht überlastet ist, oder erhöhen Sie timeoutSeconds.</translation>
    </message>
    <message>
        <source>not read completely</source>
        <translation>nicht vollständig gelesen</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Lesen aus %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>nothing is compared: without every record of %1, which records would be updated or created on either side is not known</source>
        <translation>nichts wird verglichen: ohne sämtliche Datensätze aus %1 ist nicht bekannt, welche Datensätze auf welcher Seite aktualisiert oder angelegt würden</translation>
    </message>
    <message>
        <source>nothing is compared: without every record of %1, which records would be updated, created or left alone is not known</source>
        <translation>nichts wird verglichen: ohne sämtliche Datensätze aus %1 ist nicht bekannt, welche Datensätze aktualisiert, angelegt oder unberührt gelassen würden</translation>
    </message>
    <message>
        <source>%1 is not an option of %2; did you mean %3?</source>
        <translation>%1 ist keine Option von %2; meinten Sie %3?</translation>
    </message>
    <message>
        <source>%1 is not an option of %2; its options: %3</source>
        <translation>%1 ist keine Option von %2; seine Optionen: %3</translation>
    </message>
    <message>
        <source>to the ERP</source>
        <translation>an das ERP</translation>
    </message>
    <message>
        <source>to the shop</source>
        <translation>an den Shop</translation>
    </message>
    <message>
        <source>the project has no data points; nothing to plan</source>
        <translation>das Projekt hat keine Datenpunkte; nichts zu planen</translation>
    </message>
    <message>
        <source>the project has no data points; nothing to run</source>
        <translation>das Projekt hat keine Datenpunkte; nichts auszuführen</translation>
    </message>
    <message>
        <source>Add one under &quot;dataPoints&quot;, such as &quot;products&quot;: {&quot;direction&quot;: &quot;erp-to-shop&quot;}; &quot;linkwright-cli init&quot; writes a project with all seven.</source>
        <translation>Fügen Sie einen unter „dataPoints“ hinzu, etwa &quot;products&quot;: {&quot;direction&quot;: &quot;erp-to-shop&quot;}; „linkwright-cli init“ schreibt ein Projekt mit allen sieben.</translation>
    </message>
    <message>
        <source>Set a data point&apos;s &quot;direction&quot; to erp-to-shop, shop-to-erp or both.</source>
        <translation>Setzen Sie die „direction“ eines Datenpunkts auf erp-to-shop, shop-to-erp oder both.</translation>
    </message>
    <message>
        <source>linkwright-cli: &quot;%1&quot; is not a command; an option other than --state goes after the command, as in &quot;linkwright-cli run FILE %1&quot;</source>
        <translation>linkwright-cli: „%1“ ist kein Befehl; eine Option außer --state steht nach dem Befehl, etwa „linkwright-cli run FILE %1“</translation>
    </message>
    <message>
        <source>there is no failure %1</source>
        <translation>es gibt keinen Fehler %1</translation>
    </message>
    <message>
        <source>&quot;linkwright-cli failures&quot; lists them.</source>
        <translation>„linkwright-cli failures“ listet sie auf.</translation>
    </message>
    <message>
        <source>Show this failure whole: its full message, times and the record as it was received; repeat for more.</source>
        <translation>Diesen Fehler vollständig zeigen: seine ganze Meldung, die Zeiten und den Datensatz, wie er empfangen wurde; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>there is no failure %1 that matches</source>
        <translation>es gibt keinen passenden Fehler %1</translation>
    </message>
    <message>
        <source>&quot;linkwright-cli failures FILE&quot; lists the failures with their ids.</source>
        <translation>„linkwright-cli failures DATEI“ listet die Fehler mit ihren Nummern auf.</translation>
    </message>
    <message>
        <source>failure %1: %2 %3</source>
        <translation>Fehler %1: %2 %3</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <source>%1, attempts %2, last by run %3</source>
        <translation>%1, Versuche %2, zuletzt durch Lauf %3</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>next try</source>
        <translation>nächster Versuch</translation>
    </message>
    <message>
        <source>record as received</source>
        <translation>Datensatz wie empfangen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>(%1 more bytes; --json shows all of it)</source>
        <translation>(%1 weitere Bytes; --json zeigt alles)</translation>
    </message>
    <message>
        <source>Anywhere on the line: --state DB, the sync state database (default: one per project file).
Exit codes: 0 done, 1 could not run or invalid input, 2 usage error, 3 finished with failures, 130 stopped by Ctrl+C or SIGTERM.</source>
        <translation>Überall in der Zeile: --state DB, die Datenbank des Synchronisationszustands (Standard: eine je Projektdatei).
Endecodes: 0 fertig, 1 konnte nicht laufen oder ungültige Eingabe, 2 Aufruffehler, 3 mit Fehlern im Fehlerprotokoll beendet, 130 durch Strg+C oder SIGTERM abgebrochen.</translation>
    </message>
    <message>
        <source>Only failures this run tried last (a retry that fails again takes them over).</source>
        <translation>Nur Fehler, die dieser Lauf zuletzt versucht hat (ein erneuter Versuch, der wieder scheitert, übernimmt sie).</translation>
    </message>
    <message>
        <source>--confirm-deletes needs --full: only a full run finds what the source no longer has</source>
        <translation>--confirm-deletes braucht --full: nur ein vollständiger Lauf findet, was die Quelle nicht mehr hat</translation>
    </message>
    <message>
        <source>With --full and --data-point: delete what the source no longer has even when that is more than half of the records synced (check first that they really are gone).</source>
        <translation>Mit --full und --data-point: löschen, was die Quelle nicht mehr hat, auch wenn es mehr als die Hälfte der synchronisierten Datensätze ist (prüfen Sie vorher, ob sie wirklich weg sind).</translation>
    </message>
    <message>
        <source>--confirm-deletes needs --data-point: name the data points whose missing records you checked</source>
        <translation>--confirm-deletes braucht --data-point: nennen Sie die Datenpunkte, deren fehlende Datensätze Sie geprüft haben</translation>
    </message>
    <message>
        <source>With --full and --data-point: write every record, also those unchanged since the last run (for a target that lost records).</source>
        <translation>Mit --full und --data-point: jeden Datensatz schreiben, auch die seit dem letzten Lauf unveränderten (für ein Ziel, das Datensätze verloren hat).</translation>
    </message>
    <message>
        <source>--resend needs --full: only a full run reads every record</source>
        <translation>--resend braucht --full: nur ein vollständiger Lauf liest jeden Datensatz</translation>
    </message>
    <message>
        <source>--resend needs --data-point: name the data points whose target lost records</source>
        <translation>--resend braucht --data-point: nennen Sie die Datenpunkte, deren Ziel Datensätze verloren hat</translation>
    </message>
    <message>
        <source>page asked for</source>
        <translation>angefragte Seite</translation>
    </message>
    <message>
        <source>linkwright-cli: --state needs a file name, not the option &quot;%1&quot;</source>
        <translation>linkwright-cli: --state braucht einen Dateinamen, nicht die Option &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  hint: give the database after --state; a name that starts with a dash goes as --state=./%1</source>
        <translation>  Hinweis: die Datenbank gehört hinter --state; ein Name, der mit einem Bindestrich beginnt, wird als --state=./%1 angegeben</translation>
    </message>
    <message>
        <source>linkwright-cli: --state needs a file name, not the command &quot;%1&quot;</source>
        <translation>linkwright-cli: --state braucht einen Dateinamen, nicht den Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>linkwright-cli: unknown command &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>linkwright-cli: unbekannter Befehl &quot;%1&quot;; meinten Sie &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a data point; did you mean %3?</source>
        <translation>%1: &quot;%2&quot; ist kein Datenpunkt; meinten Sie %3?</translation>
    </message>
    <message>
        <source>plan %1 (dry run: nothing written)</source>
        <translation>Plan %1 (Probelauf: nichts geschrieben)</translation>
    </message>
    <message>
        <source>(an update&apos;s old value is what the last sync wrote; the target is not read, so an edit made there since is not shown and is overwritten)</source>
        <translation>(der alte Wert einer Aktualisierung ist, was die letzte Synchronisierung geschrieben hat; das Ziel wird nicht gelesen, daher wird eine seither dort gemachte Änderung nicht gezeigt und überschrieben)</translation>
    </message>
    <message>
        <source>in both: updated where they differ</source>
        <translation>in beiden: aktualisiert, wo sie sich unterscheiden</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) of earlier runs still wait: linkwright-cli failures %1 --data-point %2 --status open</source>
        <translation>
            <numerusform>%n Fehler früherer Läufe wartet noch: linkwright-cli failures %1 --data-point %2 --status open</numerusform>
            <numerusform>%n Fehler früherer Läufe warten noch: linkwright-cli failures %1 --data-point %2 --status open</numerusform>
        </translation>
    </message>
    <message>
        <source>  hint: the database comes first, as in &quot;linkwright-cli --state DB %1 ...&quot;</source>
        <translation>  Hinweis: die Datenbank kommt zuerst, etwa &quot;linkwright-cli --state DB %1 ...&quot;</translation>
    </message>
    <message>
        <source>The run&apos;s failures could not be stored in the failure log (see the error above); the next run reads those records again.</source>
        <translation>Die Fehler des Laufs konnten nicht im Fehlerprotokoll gespeichert werden (siehe den Fehler oben); der nächste Lauf liest diese Datensätze erneut.</translation>
    </message>
    <message>
        <source>the state database is an empty file: no run stored anything in it</source>
        <translation>die Zustandsdatenbank ist eine leere Datei: kein Lauf hat etwas darin gespeichert</translation>
    </message>
    <message>
        <source>Check the --state path, or restore the database from a backup; &quot;linkwright-cli run&quot; starts a new one there.</source>
        <translation>Prüfen Sie den Pfad bei --state oder stellen Sie die Datenbank aus einer Sicherung wieder her; &quot;linkwright-cli run&quot; legt dort eine neue an.</translation>
    </message>
</context>
<context>
    <name>Linkwright::ConnectionOutcome</name>
    <message>
        <source>Check the host name in the base URL, and that this computer can resolve it (DNS, VPN).</source>
        <translation>Prüfen Sie den Hostnamen in der Basis-URL und ob dieser Computer ihn auflösen kann (DNS, VPN).</translation>
    </message>
    <message>
        <source>Nothing is listening at that address and port. Is the service running? For the demo project, start linkwright-sim.</source>
        <translation>An dieser Adresse und diesem Port lauscht nichts. Läuft der Dienst? Starten Sie für das Demoprojekt linkwright-sim.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering. Check the port and whether the server expects https instead of http.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen. Prüfen Sie den Port und ob der Server https statt http erwartet.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was not accepted. Check the certificate, or that the URL names the host the certificate was issued for.</source>
        <translation>Das TLS-Zertifikat des Servers wurde nicht akzeptiert. Prüfen Sie das Zertifikat oder ob die URL den Host nennt, für den das Zertifikat ausgestellt wurde.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the address and any firewall in between.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Prüfen Sie die Adresse und etwaige Firewalls dazwischen.</translation>
    </message>
    <message>
        <source>The proxy in between did not let the request through. Check the proxy settings.</source>
        <translation>Der zwischengeschaltete Proxy hat die Anfrage nicht durchgelassen. Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the network connection.</source>
        <translation>Dieser Computer scheint offline zu sein. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Reachable: HTTP %1 in %2.</source>
        <translation>Erreichbar: HTTP %1 in %2.</translation>
    </message>
    <message>
        <source>Reachable, but the server answered HTTP %1 (in %2).</source>
        <translation>Erreichbar, aber der Server antwortete mit HTTP %1 (in %2).</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>The server wants credentials; this test sends none, so this is expected for a protected API.</source>
        <translation>Der Server verlangt Zugangsdaten; dieser Test sendet keine, bei einer geschützten API ist das also zu erwarten.</translation>
    </message>
    <message>
        <source>The server is there but has nothing at this path. Check the path part of the base URL.</source>
        <translation>Der Server ist erreichbar, hat unter diesem Pfad aber nichts. Prüfen Sie den Pfadteil der Basis-URL.</translation>
    </message>
    <message>
        <source>The server itself reports a fault. Try again later or ask its administrator.</source>
        <translation>Der Server meldet selbst einen Fehler. Versuchen Sie es später erneut oder fragen Sie die Administration des Servers.</translation>
    </message>
    <message>
        <source>Check the address and port, and any firewall or VPN in between.</source>
        <translation>Prüfen Sie Adresse und Port sowie etwaige Firewalls oder VPNs dazwischen.</translation>
    </message>
    <message>
        <source>Tryton %1: logged in as &quot;%2&quot; to database &quot;%3&quot;, company &quot;%4&quot; (in %5 ms).</source>
        <translation>Tryton %1: angemeldet als „%2“ an der Datenbank „%3“, Unternehmen „%4“ (in %5 ms).</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>The server has no warehouses.</source>
        <translation>Der Server hat keine Lager.</translation>
    </message>
    <message>
        <source>Warehouses: %1.</source>
        <translation>Lager: %1.</translation>
    </message>
    <message>
        <source>Not tested: %1.</source>
        <translation>Nicht getestet: %1.</translation>
    </message>
    <message>
        <source>Not reachable at %1: %2</source>
        <translation>Unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answers (HTTP %2), but not as a Tryton server: the answer is not Tryton&apos;s JSON-RPC.</source>
        <translation>%1 antwortet (HTTP %2), aber nicht als Tryton-Server: Die Antwort ist kein JSON-RPC von Tryton.</translation>
    </message>
    <message>
        <source>Tryton %1 answers, but has no database &quot;%2&quot;.</source>
        <translation>Tryton %1 antwortet, hat aber keine Datenbank „%2“.</translation>
    </message>
    <message>
        <source>Tryton %1 refused the login of user &quot;%2&quot; to database &quot;%3&quot;: wrong user name or password.</source>
        <translation>Tryton %1 hat die Anmeldung des Benutzers „%2“ an der Datenbank „%3“ abgelehnt: falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Tryton %1 refuses every login of user &quot;%2&quot; for now, after too many failed logins (HTTP 429).</source>
        <translation>Tryton %1 lehnt nach zu vielen fehlgeschlagenen Anmeldungen vorerst jede Anmeldung des Benutzers „%2“ ab (HTTP 429).</translation>
    </message>
    <message>
        <source>Logged in to Tryton %1, but user &quot;%2&quot; has no company with id %3.</source>
        <translation>Bei Tryton %1 angemeldet, aber der Benutzer „%2“ hat kein Unternehmen mit der ID %3.</translation>
    </message>
    <message>
        <source>Tryton could not be tested: %1</source>
        <translation>Tryton konnte nicht getestet werden: %1</translation>
    </message>
    <message>
        <source>The server has no warehouse with id %1: stock cannot be read until the Warehouses field lists ids from above, or is empty for all of them.</source>
        <translation>Der Server hat kein Lager mit der ID %1: Bestände können erst gelesen werden, wenn das Feld „Lager“ IDs von oben auflistet oder für alle Lager leer ist.</translation>
    </message>
    <message>
        <source>Set the base URL to the Tryton server itself, e.g. http://erp.example.com:8000/, without the database name.</source>
        <translation>Setzen Sie die Basis-URL auf den Tryton-Server selbst, z. B. http://erp.example.com:8000/, ohne den Datenbanknamen.</translation>
    </message>
    <message>
        <source>Check the database name; Tryton&apos;s database names are case-sensitive.</source>
        <translation>Prüfen Sie den Datenbanknamen; Tryton unterscheidet bei Datenbanknamen zwischen Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>Tryton counts failed logins over its session timeout (10 minutes unless its configuration says otherwise). Wait that long, check the password, then test again: every failed test counts too.</source>
        <translation>Tryton zählt fehlgeschlagene Anmeldungen über die Dauer seines Sitzungszeitlimits (10 Minuten, sofern seine Konfiguration nichts anderes festlegt). Warten Sie so lange, prüfen Sie das Passwort und testen Sie dann erneut: Jeder fehlgeschlagene Test zählt ebenfalls.</translation>
    </message>
    <message>
        <source>Set the company id to that of a company the user belongs to (in Tryton: User ▸ Companies).</source>
        <translation>Setzen Sie die Unternehmens-ID auf die eines Unternehmens, zu dem der Benutzer gehört (in Tryton: Benutzer ▸ Unternehmen).</translation>
    </message>
    <message>
        <source>Check the address and port, and any firewall or VPN in between. After failed logins, Tryton waits longer before each answer.</source>
        <translation>Prüfen Sie Adresse und Port sowie etwaige Firewalls oder VPNs dazwischen. Nach fehlgeschlagenen Anmeldungen wartet Tryton vor jeder Antwort länger.</translation>
    </message>
</context>
<context>
    <name>Linkwright::ConnectionTester</name>
    <message>
        <source>Testing connection to %1</source>
        <translation>Verbindungstest mit %1</translation>
    </message>
</context>
<context>
    <name>Linkwright::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>How the integration is doing: volumes, failures and run times over time.</source>
        <translation>Wie es um die Integration steht: Mengen, Fehler und Laufzeiten im Zeitverlauf.</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Noch nichts darzustellen</translation>
    </message>
    <message>
        <source>Once runs have happened, this page will chart the records synced, the failures and the run times of each data point.</source>
        <translation>Sobald Läufe stattgefunden haben, zeigt diese Seite für jeden Datenpunkt die synchronisierten Datensätze, die Fehler und die Laufzeiten als Diagramm.</translation>
    </message>
</context>
<context>
    <name>Linkwright::DataPointDetails</name>
    <message>
        <source>Select a data point to see its recommendation.</source>
        <translation>Wählen Sie einen Datenpunkt, um seine Empfehlung zu sehen.</translation>
    </message>
    <message>
        <source>Recommended direction: %1, because %2.</source>
        <translation>Empfohlene Richtung: %1, denn %2.</translation>
    </message>
    <message>
        <source>This data point follows the recommendation.</source>
        <translation>Dieser Datenpunkt folgt der Empfehlung.</translation>
    </message>
    <message>
        <source>Key field: %1</source>
        <translation>Schlüsselfeld: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Konflikte: %1</translation>
    </message>
    <message>
        <source>Deletions are carried over</source>
        <translation>Löschungen werden übertragen</translation>
    </message>
    <message>
        <source>Deletions are not carried over</source>
        <translation>Löschungen werden nicht übertragen</translation>
    </message>
    <message>
        <source>Not in the project yet: choose a direction to add it.</source>
        <translation>Noch nicht im Projekt: Wählen Sie eine Richtung, um ihn hinzuzufügen.</translation>
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
        <translation>Batch</translation>
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
    <name>Linkwright::DataPointsModel</name>
    <message>
        <source>%1 is not the recommended direction (%2)</source>
        <translation>%1 ist nicht die empfohlene Richtung (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weitere)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Wird nicht synchronisiert</translation>
    </message>
    <message>
        <source>As recommended</source>
        <translation>Wie empfohlen</translation>
    </message>
    <message>
        <source>Recommended: %1, because %2.</source>
        <translation>Empfohlen: %1, denn %2.</translation>
    </message>
    <message>
        <source>Click to change</source>
        <translation>Zum Ändern klicken</translation>
    </message>
    <message>
        <source>Data point</source>
        <translation>Datenpunkt</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Key field</source>
        <translation>Schlüsselfeld</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Linkwright::DataPointsPage</name>
    <message>
        <source>Data points</source>
        <translation>Datenpunkte</translation>
    </message>
    <message>
        <source>What flows between ERP and shop, in which direction and how. Click a direction or mode to change it.</source>
        <translation>Was zwischen ERP und Shop fließt, in welche Richtung und wie. Klicken Sie zum Ändern auf eine Richtung oder einen Modus.</translation>
    </message>
    <message>
        <source>Use Recommended Directions</source>
        <translation>Empfohlene Richtungen übernehmen</translation>
    </message>
    <message>
        <source>Sets every data point that is switched on to its recommended direction. Data points that are off stay off.</source>
        <translation>Setzt jeden eingeschalteten Datenpunkt auf seine empfohlene Richtung. Ausgeschaltete Datenpunkte bleiben aus.</translation>
    </message>
    <message>
        <source>Data points say what flows between the ERP and the shop: products, prices, stock, customers, orders and more. Create or open a project to choose them.</source>
        <translation>Datenpunkte legen fest, was zwischen ERP und Shop fließt: Produkte, Preise, Bestände, Kunden, Bestellungen und mehr. Legen Sie ein Projekt an oder öffnen Sie eines, um sie auszuwählen.</translation>
    </message>
</context>
<context>
    <name>Linkwright::Decimal</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Write digits with a point for decimals, such as 19.90; no thousands separators.</source>
        <translation>Schreiben Sie Ziffern mit einem Punkt als Dezimaltrennzeichen, etwa 19.90; ohne Tausendertrennzeichen.</translation>
    </message>
    <message>
        <source>%1 has more digits than can be calculated exactly (%2)</source>
        <translation>%1 hat mehr Stellen, als sich exakt berechnen lassen (%2)</translation>
    </message>
    <message>
        <source>Map it as text if it is an identifier, not an amount.</source>
        <translation>Ordnen Sie den Wert als Text zu, wenn er eine Kennung und kein Betrag ist.</translation>
    </message>
    <message>
        <source>%1 is too large to calculate exactly (more than %2 digits)</source>
        <translation>%1 ist zu groß, um exakt berechnet zu werden (mehr als %2 Stellen)</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimal places</source>
        <translation>%1 hat mehr als %2 Nachkommastellen</translation>
    </message>
    <message>
        <source>Round it at the source, or map it as text.</source>
        <translation>Runden Sie den Wert in der Quelle oder ordnen Sie ihn als Text zu.</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>erwartet eine Zahl, gefunden %1</translation>
    </message>
    <message>
        <source>%1 + %2 has more digits than can be calculated exactly (%3)</source>
        <translation>%1 + %2 hat mehr Stellen, als sich exakt berechnen lassen (%3)</translation>
    </message>
    <message>
        <source>%1 × %2 has more digits than can be calculated exactly (%3)</source>
        <translation>%1 × %2 hat mehr Stellen, als sich exakt berechnen lassen (%3)</translation>
    </message>
    <message>
        <source>cannot round to %1 decimal places; use 0 to %2</source>
        <translation>kann nicht auf %1 Nachkommastellen runden; verwenden Sie 0 bis %2</translation>
    </message>
    <message>
        <source>%1 with %2 decimal places has more digits than can be calculated exactly (%3)</source>
        <translation>%1 mit %2 Nachkommastellen hat mehr Stellen, als sich exakt berechnen lassen (%3)</translation>
    </message>
    <message>
        <source>%1 cannot be divided by zero</source>
        <translation>%1 kann nicht durch null geteilt werden</translation>
    </message>
    <message>
        <source>%1 / %2 has more digits than can be calculated exactly (%3)</source>
        <translation>%1 / %2 hat mehr Stellen, als sich exakt berechnen lassen (%3)</translation>
    </message>
    <message>
        <source>Exact results keep at most %1 digits: give the factor or the number fewer decimal places, or round the number before it is multiplied.</source>
        <translation>Exakte Ergebnisse haben höchstens %1 Stellen: geben Sie dem Faktor oder der Zahl weniger Nachkommastellen, oder runden Sie die Zahl, bevor sie multipliziert wird.</translation>
    </message>
</context>
<context>
    <name>Linkwright::DialogPrompter</name>
    <message>
        <source>Linkwright projects (*.linkwright.json)</source>
        <translation>Linkwright-Projekte (*.linkwright.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Your edits are lost if you don&apos;t save them.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
</context>
<context>
    <name>Linkwright::DiffsPage</name>
    <message>
        <source>Diffs</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>What a sync would change, field by field, before anything is written.</source>
        <translation>Was eine Synchronisierung Feld für Feld ändern würde, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>No differences to review</source>
        <translation>Keine Unterschiede zu prüfen</translation>
    </message>
    <message>
        <source>A dry run will show here, field by field, which records a sync would create, update or leave unchanged, so you can check before anything is written.</source>
        <translation>Ein Probelauf zeigt hier Feld für Feld, welche Datensätze eine Synchronisierung anlegen, ändern oder unverändert lassen würde, damit Sie alles prüfen können, bevor etwas geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>Linkwright::DocumentController</name>
    <message>
        <source>Could not open project</source>
        <translation>Projekt konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened. The project that was open stays open.</source>
        <translation>„%1“ konnte nicht geöffnet werden. Das bisher geöffnete Projekt bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Could not save project</source>
        <translation>Projekt konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not written. Your edits are still here; fix the problems below and save again.</source>
        <translation>„%1“ wurde nicht geschrieben. Ihre Änderungen sind noch vorhanden; beheben Sie die unten genannten Probleme und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projekt</translation>
    </message>
</context>
<context>
    <name>Linkwright::EndpointEditor</name>
    <message>
        <source>Testing %1 …</source>
        <translation>%1 wird getestet …</translation>
    </message>
    <message>
        <source>Not tested: enter a valid base URL first.</source>
        <translation>Nicht getestet: Geben Sie zuerst eine gültige Basis-URL ein.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Dies ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>Start with http:// or https://, for example https://erp.example.com/api/.</source>
        <translation>Beginnen Sie mit http:// oder https://, zum Beispiel https://erp.example.com/api/.</translation>
    </message>
    <message>
        <source>Only http and https are supported, not &quot;%1&quot;.</source>
        <translation>Nur http und https werden unterstützt, nicht „%1“.</translation>
    </message>
    <message>
        <source>The URL names no host. Write it as https://host[:port]/path.</source>
        <translation>Die URL enthält keinen Host. Schreiben Sie sie als https://host[:port]/pfad.</translation>
    </message>
    <message>
        <source>Leave user names and passwords out of the URL; set them under Authentication.</source>
        <translation>Benutzernamen und Passwörter gehören nicht in die URL; legen Sie sie unter „Anmeldung“ fest.</translation>
    </message>
    <message>
        <source>A base URL cannot have a #fragment.</source>
        <translation>Eine Basis-URL darf kein #Fragment enthalten.</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>REST / JSON</source>
        <translation>REST / JSON</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Tryton production</source>
        <translation>z. B. Tryton Produktion</translation>
    </message>
    <message>
        <source>e.g. Webshop</source>
        <translation>z. B. Webshop</translation>
    </message>
    <message>
        <source>&amp;Connector:</source>
        <translation>&amp;Konnektor:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>https://erp.example.com/api/</source>
        <translation>https://erp.example.com/api/</translation>
    </message>
    <message>
        <source>https://shop.example.com/api/</source>
        <translation>https://shop.example.com/api/</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>Anmelde&amp;verfahren:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password from:</source>
        <translation>&amp;Passwort aus:</translation>
    </message>
    <message>
        <source>&amp;Token from:</source>
        <translation>&amp;Token aus:</translation>
    </message>
    <message>
        <source>&amp;Key from:</source>
        <translation>&amp;Schlüssel aus:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a sync waits for one answer from this system.</source>
        <translation>Wie lange eine Synchronisierung auf eine Antwort dieses Systems wartet.</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenbegrenzung:</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>The most requests per second a sync sends to this system; 0 means no limit.</source>
        <translation>Höchstzahl der Anfragen pro Sekunde, die eine Synchronisierung an dieses System sendet; 0 bedeutet unbegrenzt.</translation>
    </message>
    <message>
        <source>Stop Test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Sends a GET request to the base URL, without credentials, and reports the answer.</source>
        <translation>Sendet eine GET-Anfrage ohne Zugangsdaten an die Basis-URL und zeigt die Antwort.</translation>
    </message>
    <message>
        <source>The project keeps the last valid URL until this is fixed.</source>
        <translation>Bis dies behoben ist, behält das Projekt die letzte gültige URL.</translation>
    </message>
    <message>
        <source>Required before this endpoint can be tested or synced.</source>
        <translation>Erforderlich, bevor dieser Endpunkt getestet oder synchronisiert werden kann.</translation>
    </message>
    <message>
        <source>Tryton (JSON-RPC)</source>
        <translation>Tryton (JSON-RPC)</translation>
    </message>
    <message>
        <source>Tryton &amp;database:</source>
        <translation>Tryt&amp;on-Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Warehouses:</source>
        <translation>&amp;Lager:</translation>
    </message>
    <message>
        <source>Asks the Tryton server for its version, logs in with the user and password above, and reads the company and the warehouses. Each failed login counts towards Tryton&apos;s lockout.</source>
        <translation>Fragt den Tryton-Server nach seiner Version, meldet sich mit dem Benutzer und dem Passwort von oben an und liest das Unternehmen und die Lager. Jede fehlgeschlagene Anmeldung wird auf die Anmeldesperre von Tryton angerechnet.</translation>
    </message>
    <message>
        <source>The Tryton connector reads its records page by page itself.</source>
        <translation>Der Tryton-Konnektor liest seine Datensätze selbst seitenweise.</translation>
    </message>
    <message>
        <source>Pa&amp;ging:</source>
        <translation>Pa&amp;ginierung:</translation>
    </message>
    <message>
        <source>H&amp;eader:</source>
        <translation>Header-&amp;Feld:</translation>
    </message>
    <message>
        <source>Leave keys and tokens out of the URL (&quot;%1&quot;); set them under Authentication.</source>
        <translation>Schlüssel und Tokens gehören nicht in die URL („%1“); legen Sie sie unter „Anmeldung“ fest.</translation>
    </message>
</context>
<context>
    <name>Linkwright::EndpointsPage</name>
    <message>
        <source>Project &amp; endpoints</source>
        <translation>Projekt &amp; Endpunkte</translation>
    </message>
    <message>
        <source>What this project connects: the ERP on one side, the shop on the other.</source>
        <translation>Was dieses Projekt verbindet: auf der einen Seite das ERP, auf der anderen den Shop.</translation>
    </message>
    <message>
        <source>Test Both Connections</source>
        <translation>Beide Verbindungen testen</translation>
    </message>
    <message>
        <source>A project says which ERP and which shop to connect, what flows between them and when. Create a project or open one to begin.</source>
        <translation>Ein Projekt legt fest, welches ERP mit welchem Shop verbunden wird, was zwischen ihnen fließt und wann. Legen Sie zum Start ein Projekt an oder öffnen Sie eines.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Tryton ↔ webshop</source>
        <translation>z. B. Tryton ↔ Webshop</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>the ERP</source>
        <translation>dem ERP</translation>
    </message>
    <message>
        <source>the shop</source>
        <translation>dem Shop</translation>
    </message>
    <message>
        <source>Tests both endpoints: a GET request to a REST base URL, a login to a Tryton server.</source>
        <translation>Testet beide Endpunkte: eine GET-Anfrage an eine REST-Basis-URL, eine Anmeldung an einem Tryton-Server.</translation>
    </message>
</context>
<context>
    <name>Linkwright::EnvironmentSecretResolver</name>
    <message>
        <source>this is not a reference to an environment variable</source>
        <translation>dies ist kein Verweis auf eine Umgebungsvariable</translation>
    </message>
    <message>
        <source>Refer to the secret as {&quot;env&quot;: &quot;VARIABLE&quot;} in the project file.</source>
        <translation>Verweisen Sie in der Projektdatei mit {&quot;env&quot;: &quot;VARIABLE&quot;} auf das Geheimnis.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>Set %1 in the environment that starts Linkwright (for a service: its unit file or environment file), or keep the secret in the keychain instead.</source>
        <translation>Setzen Sie %1 in der Umgebung, die Linkwright startet (bei einem Dienst: in dessen Unit-Datei oder Umgebungsdatei), oder legen Sie das Geheimnis stattdessen im Schlüsselbund ab.</translation>
    </message>
    <message>
        <source>the environment variable %1 is set but empty</source>
        <translation>die Umgebungsvariable %1 ist gesetzt, aber leer</translation>
    </message>
    <message>
        <source>Put the secret into %1; an empty secret is never sent.</source>
        <translation>Legen Sie das Geheimnis in %1 ab; ein leeres Geheimnis wird nie gesendet.</translation>
    </message>
</context>
<context>
    <name>Linkwright::FailuresPage</name>
    <message>
        <source>Failure log</source>
        <translation>Fehlerprotokoll</translation>
    </message>
    <message>
        <source>Records that could not be synced, why, and a way to retry them.</source>
        <translation>Welche Datensätze nicht synchronisiert werden konnten, warum, und wie Sie sie erneut versuchen.</translation>
    </message>
    <message>
        <source>No failures</source>
        <translation>Keine Fehler</translation>
    </message>
    <message>
        <source>Records that cannot be fetched, mapped, validated or written will appear here with the payload, the error and the step where they failed, ready to be retried once the cause is fixed.</source>
        <translation>Datensätze, die nicht abgerufen, zugeordnet, geprüft oder geschrieben werden können, erscheinen hier mit Nutzdaten, Fehlermeldung und dem Schritt, in dem sie gescheitert sind – bereit für einen erneuten Versuch, sobald die Ursache behoben ist.</translation>
    </message>
</context>
<context>
    <name>Linkwright::FaultConfig</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>the kinds are %1, or all</source>
        <translation>verfügbare Fehlerarten: %1 oder all</translation>
    </message>
    <message>
        <source>no fault kind given</source>
        <translation>keine Fehlerart angegeben</translation>
    </message>
    <message>
        <source>name one or more of %1, separated by commas, or all</source>
        <translation>eine oder mehrere von %1 durch Kommas getrennt angeben, oder all</translation>
    </message>
    <message>
        <source>unknown fault scope</source>
        <translation>unbekannter Fehlerbereich</translation>
    </message>
    <message>
        <source>use erp, shop or both</source>
        <translation>erp, shop oder both verwenden</translation>
    </message>
    <message>
        <source>faults apply only to GET and POST</source>
        <translation>Fehler gelten nur für GET und POST</translation>
    </message>
    <message>
        <source>use GET, POST or GET,POST</source>
        <translation>GET, POST oder GET,POST verwenden</translation>
    </message>
    <message>
        <source>no method given</source>
        <translation>keine Methode angegeben</translation>
    </message>
    <message>
        <source>the fault rate must be a number from 0 to 1</source>
        <translation>die Fehlerrate muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>e.g. 0.2 makes one request in five fault</source>
        <translation>z. B. lässt 0.2 jede fünfte Anfrage fehlschlagen</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>the fields are %1</source>
        <translation>verfügbare Felder: %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>must list fault kinds as strings</source>
        <translation>muss Fehlerarten als Zeichenketten auflisten</translation>
    </message>
    <message>
        <source>must be an array of fault kinds or &quot;all&quot;</source>
        <translation>muss ein Array von Fehlerarten oder &quot;all&quot; sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fault kind</source>
        <translation>„%1“ ist keine Fehlerart</translation>
    </message>
    <message>
        <source>%1 (given: %2)</source>
        <translation>%1 (angegeben: %2)</translation>
    </message>
    <message>
        <source>must be &quot;erp&quot;, &quot;shop&quot; or &quot;both&quot;</source>
        <translation>muss &quot;erp&quot;, &quot;shop&quot; oder &quot;both&quot; sein</translation>
    </message>
    <message>
        <source>must list methods as strings</source>
        <translation>muss die Methoden als Zeichenketten aufführen</translation>
    </message>
    <message>
        <source>must be an array such as [&quot;GET&quot;, &quot;POST&quot;]</source>
        <translation>muss ein Array wie [&quot;GET&quot;, &quot;POST&quot;] sein</translation>
    </message>
</context>
<context>
    <name>Linkwright::HttpConnection</name>
    <message>
        <source>no data arrived for %1 s</source>
        <translation>seit %1 s sind keine Daten eingetroffen</translation>
    </message>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>der Server hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>the %1 header contains a line break; the request was not sent</source>
        <translation>der Header %1 enthält einen Zeilenumbruch; die Anfrage wurde nicht gesendet</translation>
    </message>
</context>
<context>
    <name>Linkwright::HttpResponseParser</name>
    <message>
        <source>a line of the response is longer than %1 bytes</source>
        <translation>eine Zeile der Antwort ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the response has a malformed chunk size</source>
        <translation>die Antwort hat eine fehlerhafte Chunk-Größe</translation>
    </message>
    <message>
        <source>a chunk of the response is longer than its size says</source>
        <translation>ein Chunk der Antwort ist länger als seine Größenangabe</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP/1.x</source>
        <translation>der Server hat nicht mit HTTP/1.x geantwortet</translation>
    </message>
    <message>
        <source>the response has no valid status code</source>
        <translation>die Antwort hat keinen gültigen Statuscode</translation>
    </message>
    <message>
        <source>the response has more than %1 headers</source>
        <translation>die Antwort hat mehr als %1 Header</translation>
    </message>
    <message>
        <source>the response starts its headers with a continuation line</source>
        <translation>die Header der Antwort beginnen mit einer Fortsetzungszeile</translation>
    </message>
    <message>
        <source>the response has a header line without a name</source>
        <translation>die Antwort hat eine Headerzeile ohne Namen</translation>
    </message>
    <message>
        <source>the server switched protocols, which was not asked for</source>
        <translation>der Server hat das Protokoll gewechselt, ohne dass dies angefordert wurde</translation>
    </message>
    <message>
        <source>the response uses a transfer coding that was not asked for: %1</source>
        <translation>die Antwort verwendet eine nicht angeforderte Transfer-Codierung: %1</translation>
    </message>
    <message>
        <source>the response has an invalid Content-Length</source>
        <translation>die Antwort hat eine ungültige Content-Length</translation>
    </message>
    <message>
        <source>the connection closed %1 bytes before the end of the body</source>
        <translation>die Verbindung wurde %1 Bytes vor dem Ende des Antworttexts geschlossen</translation>
    </message>
    <message>
        <source>the connection closed before the response was complete</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation>die Verbindung wurde ohne Antwort geschlossen</translation>
    </message>
</context>
<context>
    <name>Linkwright::HttpTransport</name>
    <message>
        <source>the server refused the credentials (HTTP 401)%1</source>
        <translation>der Server hat die Zugangsdaten abgelehnt (HTTP 401)%1</translation>
    </message>
    <message>
        <source>the server denied access with these credentials (HTTP 403)%1</source>
        <translation>der Server verweigert mit diesen Zugangsdaten den Zugriff (HTTP 403)%1</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s authentication: its type, the header name and the secret it refers to.</source>
        <translation>Prüfen Sie die Anmeldung des Endpunkts: ihren Typ, den Header-Namen und das Geheimnis, auf das sie verweist.</translation>
    </message>
    <message>
        <source>the server has nothing at this address (HTTP 404)%1</source>
        <translation>der Server hat unter dieser Adresse nichts (HTTP 404)%1</translation>
    </message>
    <message>
        <source>Check the base URL and the resource path of the endpoint.</source>
        <translation>Prüfen Sie die Basis-URL und den Ressourcenpfad des Endpunkts.</translation>
    </message>
    <message>
        <source>the server says there were too many requests (HTTP 429)%1</source>
        <translation>der Server meldet zu viele Anfragen (HTTP 429)%1</translation>
    </message>
    <message>
        <source>Retried after the wait the server asks for; lower the endpoint&apos;s requestsPerSecond to avoid it.</source>
        <translation>Wird nach der vom Server verlangten Wartezeit erneut versucht; senken Sie requestsPerSecond des Endpunkts, um dies zu vermeiden.</translation>
    </message>
    <message>
        <source>the server reported an error (HTTP %1)%2</source>
        <translation>der Server hat einen Fehler gemeldet (HTTP %1)%2</translation>
    </message>
    <message>
        <source>Retried automatically; if it persists, look at the server&apos;s own log.</source>
        <translation>Wird automatisch erneut versucht; falls es anhält, sehen Sie im Protokoll des Servers nach.</translation>
    </message>
    <message>
        <source>The server does not support this request; check the endpoint&apos;s configuration.</source>
        <translation>Der Server unterstützt diese Anfrage nicht; prüfen Sie die Konfiguration des Endpunkts.</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) that was not followed</source>
        <translation>der Server hat mit einer Weiterleitung (HTTP %1) geantwortet, der nicht gefolgt wurde</translation>
    </message>
    <message>
        <source>Set the endpoint&apos;s base URL to the address the server redirects to.</source>
        <translation>Setzen Sie die Basis-URL des Endpunkts auf die Adresse, auf die der Server weiterleitet.</translation>
    </message>
    <message>
        <source>the server rejected the request (HTTP %1)%2</source>
        <translation>der Server hat die Anfrage abgelehnt (HTTP %1)%2</translation>
    </message>
    <message>
        <source>The request is not retried automatically; fix what the server names, then retry.</source>
        <translation>Die Anfrage wird nicht automatisch wiederholt; beheben Sie, was der Server nennt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The server is slow or stalled; retried automatically. Raise the endpoint&apos;s timeoutSeconds if its answers are large.</source>
        <translation>Der Server ist langsam oder hängt; wird automatisch erneut versucht. Erhöhen Sie timeoutSeconds des Endpunkts, wenn seine Antworten groß sind.</translation>
    </message>
    <message>
        <source>the server went silent before the answer was complete</source>
        <translation>der Server verstummte, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>Retried automatically; if it persists, check the server and the network in between.</source>
        <translation>Wird automatisch erneut versucht; falls es anhält, prüfen Sie den Server und das Netzwerk dazwischen.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>Check that the server runs and listens at %1.</source>
        <translation>Prüfen Sie, ob der Server läuft und unter %1 lauscht.</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>der Host %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Check the host name in the endpoint&apos;s base URL and this machine&apos;s DNS settings.</source>
        <translation>Prüfen Sie den Hostnamen in der Basis-URL des Endpunkts und die DNS-Einstellungen dieses Rechners.</translation>
    </message>
    <message>
        <source>the connection was closed before the answer was complete</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the connection was closed or reset: %1</source>
        <translation>die Verbindung wurde geschlossen oder zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>Retried automatically; if it persists, check proxies or load balancers in between.</source>
        <translation>Wird automatisch erneut versucht; falls es anhält, prüfen Sie Proxys oder Load Balancer dazwischen.</translation>
    </message>
    <message>
        <source>the secure (TLS) connection failed: %1</source>
        <translation>die sichere (TLS-)Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was not accepted: %1</source>
        <translation>das Zertifikat des Servers wurde nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Check that the server speaks https on port %1; an http:// URL may be meant.</source>
        <translation>Prüfen Sie, ob der Server auf Port %1 https spricht; vielleicht ist eine http://-URL gemeint.</translation>
    </message>
    <message>
        <source>Linkwright always verifies certificates. If the server uses a certificate from your own authority, add that authority to the system&apos;s trust store (update-ca-certificates).</source>
        <translation>Linkwright prüft Zertifikate immer. Verwendet der Server ein Zertifikat Ihrer eigenen Zertifizierungsstelle, fügen Sie diese dem Zertifikatsspeicher des Systems hinzu (update-ca-certificates).</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP: %1</source>
        <translation>die Antwort des Servers ist kein gültiges HTTP: %1</translation>
    </message>
    <message>
        <source>Check the scheme and port of the base URL: a TLS server behind an http:// URL answers like this.</source>
        <translation>Prüfen Sie Schema und Port der Basis-URL: Ein TLS-Server hinter einer http://-URL antwortet so.</translation>
    </message>
    <message>
        <source>the server redirected to another origin (%1); credentials are never sent to another origin, so the redirect was not followed</source>
        <translation>der Server hat auf einen anderen Ursprung (%1) weitergeleitet; Zugangsdaten werden nie an einen anderen Ursprung gesendet, daher wurde der Weiterleitung nicht gefolgt</translation>
    </message>
    <message>
        <source>address not given</source>
        <translation>Adresse nicht angegeben</translation>
    </message>
    <message>
        <source>If you trust that address, set the endpoint&apos;s base URL to it.</source>
        <translation>Wenn Sie dieser Adresse vertrauen, setzen Sie die Basis-URL des Endpunkts darauf.</translation>
    </message>
    <message>
        <source>a redirect was not followed: %1</source>
        <translation>einer Weiterleitung wurde nicht gefolgt: %1</translation>
    </message>
    <message>
        <source>Set the endpoint&apos;s base URL to the final address, so that no redirect is needed.</source>
        <translation>Setzen Sie die Basis-URL des Endpunkts auf die endgültige Adresse, damit keine Weiterleitung nötig ist.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the request failed</source>
        <translation>die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retried automatically; if it persists, check the network connection.</source>
        <translation>Wird automatisch erneut versucht; falls es anhält, prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation>keine http- oder https-URL</translation>
    </message>
    <message>
        <source>Write the endpoint&apos;s base URL as https://host[:port]/path.</source>
        <translation>Schreiben Sie die Basis-URL des Endpunkts als https://host[:port]/pfad.</translation>
    </message>
    <message>
        <source>; the server asks to wait %1 s, longer than the %2 s a run waits, so it is left for a later retry</source>
        <translation>; der Server verlangt %1 s Wartezeit, länger als die %2 s, die ein Lauf wartet, daher bleibt es einem späteren Versuch überlassen</translation>
    </message>
    <message>
        <source>unknown or already collected request</source>
        <translation>unbekannte oder bereits abgeholte Anfrage</translation>
    </message>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>der Server hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>from https to %1</source>
        <translation>von https zu %1</translation>
    </message>
    <message>
        <source>the server answered the %1 with HTTP %2</source>
        <translation>der Server hat die %1-Anfrage mit HTTP %2 beantwortet</translation>
    </message>
    <message>
        <source>more than 5 redirects</source>
        <translation>mehr als 5 Weiterleitungen</translation>
    </message>
    <message>
        <source>the request&apos;s %1 header contains a line break, so it was not sent</source>
        <translation>der Header %1 der Anfrage enthält einen Zeilenumbruch, daher wurde sie nicht gesendet</translation>
    </message>
    <message>
        <source>Remove the line break from what the header is made of (a secret read from a file often ends in one).</source>
        <translation>Entfernen Sie den Zeilenumbruch aus dem, woraus der Header gebildet wird (ein aus einer Datei gelesenes Geheimnis endet oft mit einem).</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB and was not read to the end</source>
        <translation>die Antwort ist größer als %1 MB und wurde nicht zu Ende gelesen</translation>
    </message>
    <message>
        <source>Check that the resource path names a list of records, not a download; a page of records is far smaller.</source>
        <translation>Prüfen Sie, ob der Ressourcenpfad eine Liste von Datensätzen nennt und keinen Download; eine Seite mit Datensätzen ist weit kleiner.</translation>
    </message>
    <message>
        <source>not sent: the server asked to wait until %1 UTC (Retry-After), longer than a run waits</source>
        <translation>nicht gesendet: der Server bat, bis %1 UTC zu warten (Retry-After), länger als ein Lauf wartet</translation>
    </message>
    <message>
        <source>Retried automatically after that time; &quot;linkwright-cli retry&quot; tries sooner.</source>
        <translation>Wird danach automatisch erneut versucht; &quot;linkwright-cli retry&quot; versucht es früher.</translation>
    </message>
    <message>
        <source> (in %1 s at the latest)</source>
        <translation> (spätestens in %1 s)</translation>
    </message>
</context>
<context>
    <name>Linkwright::JobStatusWidget</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n weitere)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>— cancelling…</source>
        <translation>— wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;</source>
        <translation>„%1“ abbrechen</translation>
    </message>
</context>
<context>
    <name>Linkwright::Json</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a number is not written as JSON writes numbers</source>
        <translation>eine Zahl ist nicht so geschrieben, wie JSON Zahlen schreibt</translation>
    </message>
    <message>
        <source>a string is broken (an unclosed quote, a bad escape or a raw control character)</source>
        <translation>eine Zeichenkette ist fehlerhaft (ein nicht geschlossenes Anführungszeichen, eine ungültige Escape-Sequenz oder ein unmaskiertes Steuerzeichen)</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <source>the document is too large (4 GB or more)</source>
        <translation>das Dokument ist zu groß (4 GB oder mehr)</translation>
    </message>
    <message>
        <source>there is more text after the JSON value</source>
        <translation>nach dem JSON-Wert folgt weiterer Text</translation>
    </message>
    <message>
        <source>the document ends before its arrays or objects are closed (cut off?)</source>
        <translation>das Dokument endet, bevor seine Arrays oder Objekte geschlossen sind (abgeschnitten?)</translation>
    </message>
    <message>
        <source>the text is not built as JSON is (a missing comma, colon or bracket, a word without quotes, or cut off)</source>
        <translation>der Text ist nicht wie JSON aufgebaut (ein fehlendes Komma, ein Doppelpunkt oder eine Klammer, ein Wort ohne Anführungszeichen, oder abgeschnitten)</translation>
    </message>
    <message>
        <source>the JSON parser says &quot;%1&quot;</source>
        <translation>der JSON-Parser meldet &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Linkwright::KeychainSecretResolver</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Store the secret in the keychain, for example with: secret-tool store --label=%1 server %2 user %3 type plaintext (it asks for the secret; Debian package libsecret-tools). In KWallet it is the entry %4 in the folder %5.</source>
        <translation>Legen Sie das Geheimnis im Schlüsselbund ab, zum Beispiel mit: secret-tool store --label=%1 server %2 user %3 type plaintext (es fragt nach dem Geheimnis; Debian-Paket libsecret-tools). In KWallet ist es der Eintrag %4 im Ordner %5.</translation>
    </message>
    <message>
        <source>Store the secret in the system&apos;s keychain as the entry %1 of the service %2.</source>
        <translation>Legen Sie das Geheimnis im Schlüsselbund des Systems als Eintrag %1 des Dienstes %2 ab.</translation>
    </message>
    <message>
        <source>Is a secret service such as gnome-keyring or KWallet running in this session? On a server or in CI without one, refer to an environment variable instead: {&quot;env&quot;: &quot;VARIABLE&quot;}.</source>
        <translation>Läuft in dieser Sitzung ein Secret Service wie gnome-keyring oder KWallet? Verweisen Sie auf einem Server oder in CI ohne einen solchen stattdessen auf eine Umgebungsvariable: {&quot;env&quot;: &quot;VARIABLE&quot;}.</translation>
    </message>
    <message>
        <source>Unlock the keychain, or allow Linkwright to use it, and try again; or refer to an environment variable instead: {&quot;env&quot;: &quot;VARIABLE&quot;}.</source>
        <translation>Entsperren Sie den Schlüsselbund oder erlauben Sie Linkwright, ihn zu verwenden, und versuchen Sie es erneut; oder verweisen Sie stattdessen auf eine Umgebungsvariable: {&quot;env&quot;: &quot;VARIABLE&quot;}.</translation>
    </message>
    <message>
        <source>The keychain may be waiting to be unlocked: unlock it and try again. Without a working secret service, refer to an environment variable instead: {&quot;env&quot;: &quot;VARIABLE&quot;}.</source>
        <translation>Der Schlüsselbund wartet möglicherweise darauf, entsperrt zu werden: Entsperren Sie ihn und versuchen Sie es erneut. Ohne funktionierenden Secret Service verweisen Sie stattdessen auf eine Umgebungsvariable: {&quot;env&quot;: &quot;VARIABLE&quot;}.</translation>
    </message>
    <message>
        <source>this is not a reference to a keychain entry</source>
        <translation>dies ist kein Verweis auf einen Schlüsselbund-Eintrag</translation>
    </message>
    <message>
        <source>Refer to the secret as {&quot;keychain&quot;: &quot;name&quot;} in the project file.</source>
        <translation>Verweisen Sie in der Projektdatei mit {&quot;keychain&quot;: &quot;name&quot;} auf das Geheimnis.</translation>
    </message>
    <message>
        <source>the keychain can only be read while the application runs</source>
        <translation>der Schlüsselbund kann nur gelesen werden, während die Anwendung läuft</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s) when reading the entry %1</source>
        <translation>
            <numerusform>der Schlüsselbund hat beim Lesen des Eintrags %1 nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>der Schlüsselbund hat beim Lesen des Eintrags %1 nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>the keychain entry %1 of the service %2 is empty</source>
        <translation>der Schlüsselbund-Eintrag %1 des Dienstes %2 ist leer</translation>
    </message>
    <message>
        <source>Store the secret in the entry again; an empty secret is never sent.</source>
        <translation>Speichern Sie das Geheimnis erneut in dem Eintrag; ein leeres Geheimnis wird nie gesendet.</translation>
    </message>
    <message>
        <source>the keychain has no entry %1 for the service %2</source>
        <translation>der Schlüsselbund hat keinen Eintrag %1 für den Dienst %2</translation>
    </message>
    <message>
        <source>access to the keychain was denied when reading the entry %1</source>
        <translation>der Zugriff auf den Schlüsselbund wurde beim Lesen des Eintrags %1 verweigert</translation>
    </message>
    <message>
        <source>no keychain could be reached to read the entry %1</source>
        <translation>es war kein Schlüsselbund erreichbar, um den Eintrag %1 zu lesen</translation>
    </message>
    <message>
        <source>a keychain entry needs a name</source>
        <translation>ein Schlüsselbund-Eintrag braucht einen Namen</translation>
    </message>
    <message>
        <source>Choose a name such as erp-token.</source>
        <translation>Wählen Sie einen Namen wie erp-token.</translation>
    </message>
    <message>
        <source>an empty secret is not stored</source>
        <translation>ein leeres Geheimnis wird nicht gespeichert</translation>
    </message>
    <message>
        <source>Enter the secret itself.</source>
        <translation>Geben Sie das Geheimnis selbst ein.</translation>
    </message>
    <message>
        <source>the keychain can only be written while the application runs</source>
        <translation>in den Schlüsselbund kann nur geschrieben werden, während die Anwendung läuft</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s) when storing the entry %1</source>
        <translation>
            <numerusform>der Schlüsselbund hat beim Speichern des Eintrags %1 nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>der Schlüsselbund hat beim Speichern des Eintrags %1 nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>access to the keychain was denied when storing the entry %1</source>
        <translation>der Zugriff auf den Schlüsselbund wurde beim Speichern des Eintrags %1 verweigert</translation>
    </message>
    <message>
        <source>no keychain could be reached to store the entry %1</source>
        <translation>es war kein Schlüsselbund erreichbar, um den Eintrag %1 zu speichern</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s) when deleting the entry %1</source>
        <translation>
            <numerusform>der Schlüsselbund hat beim Löschen des Eintrags %1 nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>der Schlüsselbund hat beim Löschen des Eintrags %1 nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>access to the keychain was denied when deleting the entry %1</source>
        <translation>der Zugriff auf den Schlüsselbund wurde beim Löschen des Eintrags %1 verweigert</translation>
    </message>
    <message>
        <source>the keychain entry %1 could not be deleted</source>
        <translation>der Schlüsselbund-Eintrag %1 konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>Linkwright::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>Start a new project</source>
        <translation>Ein neues Projekt anlegen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen …</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>This translation is not installed with this build.</source>
        <translation>Diese Übersetzung ist in diesem Build nicht enthalten.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Linkwright</source>
        <translation>Ü&amp;ber Linkwright</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Operate</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Linkwright</source>
        <translation>Linkwright</translation>
    </message>
    <message>
        <source>%1[*] — Linkwright</source>
        <translation>%1[*] — Linkwright</translation>
    </message>
    <message>
        <source>About Linkwright</source>
        <translation>Über Linkwright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linkwright %1&lt;/h3&gt;&lt;p&gt;A console for connecting a webshop to an ERP: choose what flows in which direction, map the fields, schedule the runs, and see what failed and why.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkwright %1&lt;/h3&gt;&lt;p&gt;Eine Konsole, die einen Webshop mit einem ERP verbindet: Legen Sie fest, was in welche Richtung fließt, ordnen Sie die Felder zu, planen Sie die Läufe und sehen Sie, was fehlgeschlagen ist und warum.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft unter Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Linkwright::Mapping</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a date (yyyy-MM-dd)</source>
        <translation>ein Datum (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation>ein Datum mit Uhrzeit (ISO 8601)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>ein beliebiger Wert</translation>
    </message>
    <message>
        <source>the value must be %1 (type &quot;%2&quot;), found %3</source>
        <translation>der Wert muss %1 sein (Typ &quot;%2&quot;), gefunden %3</translation>
    </message>
    <message>
        <source>the value must be a whole number within ±2^63 (type &quot;integer&quot;), found %1; it is never rounded</source>
        <translation>der Wert muss eine ganze Zahl innerhalb von ±2^63 sein (Typ &quot;integer&quot;), gefunden %1; er wird nie gerundet</translation>
    </message>
    <message>
        <source>Use type &quot;string&quot; for identifiers this long, or &quot;decimal&quot; for amounts.</source>
        <translation>Verwenden Sie für so lange Kennungen den Typ &quot;string&quot; oder für Beträge &quot;decimal&quot;.</translation>
    </message>
    <message>
        <source>true and false are not numbers; map them with &quot;boolean&quot;.</source>
        <translation>true und false sind keine Zahlen; ordnen Sie sie mit „boolean“ zu.</translation>
    </message>
    <message>
        <source>Numbers are written with digits and a point for decimals, such as 19.90.</source>
        <translation>Zahlen werden mit Ziffern und einem Punkt als Dezimaltrennzeichen geschrieben, etwa 19.90.</translation>
    </message>
    <message>
        <source>the value must be a whole number (type &quot;integer&quot;), found %1</source>
        <translation>der Wert muss eine ganze Zahl sein (Typ &quot;integer&quot;), gefunden %1</translation>
    </message>
    <message>
        <source>Add a &quot;round&quot; transform with &quot;decimals&quot;: 0 if rounding is right here.</source>
        <translation>Fügen Sie eine „round“-Umwandlung mit &quot;decimals&quot;: 0 hinzu, wenn Runden hier richtig ist.</translation>
    </message>
    <message>
        <source>Add a &quot;boolean&quot; transform naming the source&apos;s values, such as &quot;true&quot;: &quot;Y&quot;, &quot;false&quot;: &quot;N&quot;.</source>
        <translation>Fügen Sie eine „boolean“-Umwandlung hinzu, die die Werte der Quelle nennt, etwa &quot;true&quot;: &quot;Y&quot;, &quot;false&quot;: &quot;N&quot;.</translation>
    </message>
    <message>
        <source>Add a &quot;date&quot; transform with &quot;to&quot;: &quot;iso&quot;.</source>
        <translation>Fügen Sie eine „date“-Umwandlung mit &quot;to&quot;: &quot;iso&quot; hinzu.</translation>
    </message>
    <message>
        <source>a value is required, found %1</source>
        <translation>ein Wert ist erforderlich, gefunden %1</translation>
    </message>
    <message>
        <source>Fix the source record, or add a &quot;default&quot; transform that gives a value.</source>
        <translation>Korrigieren Sie den Quelldatensatz oder fügen Sie eine „default“-Umwandlung hinzu, die einen Wert liefert.</translation>
    </message>
    <message>
        <source>Name a field, a nested field with dots or an array item with [n]: &quot;name&quot;, &quot;address.city&quot;, &quot;lines[0].sku&quot;.</source>
        <translation>Nennen Sie ein Feld, ein verschachteltes Feld mit Punkten oder ein Listenelement mit [n]: &quot;name&quot;, &quot;address.city&quot;, &quot;lines[0].sku&quot;.</translation>
    </message>
    <message>
        <source>Name a field, or a nested field with dots: &quot;name&quot;, &quot;dimensions.length&quot;.</source>
        <translation>Nennen Sie ein Feld oder ein verschachteltes Feld mit Punkten: &quot;name&quot;, &quot;dimensions.length&quot;.</translation>
    </message>
    <message>
        <source>the field name is empty</source>
        <translation>der Feldname ist leer</translation>
    </message>
    <message>
        <source>%1 has a &quot;]&quot; without a &quot;[&quot;</source>
        <translation>%1 hat ein &quot;]&quot; ohne &quot;[&quot;</translation>
    </message>
    <message>
        <source>%1 ends with a backslash</source>
        <translation>%1 endet mit einem Backslash</translation>
    </message>
    <message>
        <source>A backslash takes the next character literally, as in &quot;size\.cm&quot;.</source>
        <translation>Ein Backslash nimmt das nächste Zeichen wörtlich, wie in &quot;size\.cm&quot;.</translation>
    </message>
    <message>
        <source>%1 has an empty field name</source>
        <translation>%1 enthält einen leeren Feldnamen</translation>
    </message>
    <message>
        <source>%1 ends with a dot</source>
        <translation>%1 endet mit einem Punkt</translation>
    </message>
    <message>
        <source>%1 names an array item, but a target can only name fields</source>
        <translation>%1 nennt ein Listenelement, ein Ziel kann aber nur Felder nennen</translation>
    </message>
    <message>
        <source>%1 has a &quot;[&quot; without a &quot;]&quot;</source>
        <translation>%1 hat ein &quot;[&quot; ohne &quot;]&quot;</translation>
    </message>
    <message>
        <source>%1 has %2, which is not an array index</source>
        <translation>%1 enthält %2, das ist kein Listenindex</translation>
    </message>
    <message>
        <source>Use a whole number: [0] is the first item, [-1] the last.</source>
        <translation>Verwenden Sie eine ganze Zahl: [0] ist das erste Element, [-1] das letzte.</translation>
    </message>
    <message>
        <source>%1 needs a dot after %2</source>
        <translation>%1 braucht nach %2 einen Punkt</translation>
    </message>
    <message>
        <source>the source record has no field %1</source>
        <translation>der Quelldatensatz hat kein Feld %1</translation>
    </message>
    <message>
        <source>the source record has no field %1 (%2 has no %3)</source>
        <translation>der Quelldatensatz hat kein Feld %1 (%2 hat kein %3)</translation>
    </message>
    <message>
        <source>The record has no fields.</source>
        <translation>Der Datensatz hat keine Felder.</translation>
    </message>
    <message>
        <source>The record has these fields: %1.</source>
        <translation>Der Datensatz hat diese Felder: %1.</translation>
    </message>
    <message>
        <source>%1 has no fields.</source>
        <translation>%1 hat keine Felder.</translation>
    </message>
    <message>
        <source>%1 has these fields: %2.</source>
        <translation>%1 hat diese Felder: %2.</translation>
    </message>
    <message>
        <source>the source record has no %1 (%2 has 1 item)</source>
        <translation>der Quelldatensatz hat kein %1 (%2 hat 1 Element)</translation>
    </message>
    <message>
        <source>the source record has no %1 (%2 has %3 items)</source>
        <translation>der Quelldatensatz hat kein %1 (%2 hat %3 Elemente)</translation>
    </message>
    <message>
        <source>The array is empty; a &quot;default&quot; transform first gives a value instead.</source>
        <translation>Die Liste ist leer; eine vorangestellte „default“-Umwandlung liefert stattdessen einen Wert.</translation>
    </message>
    <message>
        <source>Use an index from 0 to %1, or -1 for the last item.</source>
        <translation>Verwenden Sie einen Index von 0 bis %1 oder -1 für das letzte Element.</translation>
    </message>
    <message>
        <source>the source record is %1, not an object</source>
        <translation>der Quelldatensatz ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>cannot read %1: %2 is %3, not an array</source>
        <translation>%1 kann nicht gelesen werden: %2 ist %3, keine Liste</translation>
    </message>
    <message>
        <source>cannot read %1: %2 is %3, not an object</source>
        <translation>%1 kann nicht gelesen werden: %2 ist %3, kein Objekt</translation>
    </message>
    <message>
        <source>Compare the path with a record from the source; &quot;preview&quot; shows some.</source>
        <translation>Vergleichen Sie den Pfad mit einem Datensatz der Quelle; &quot;preview&quot; zeigt einige.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>an empty text</source>
        <translation>ein leerer Text</translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation>der Text %1</translation>
    </message>
    <message>
        <source>an empty array</source>
        <translation>eine leere Liste</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(und %1 weitere)</translation>
    </message>
    <message>
        <source>mappings[%1] (target &quot;%2&quot;)</source>
        <translation>mappings[%1] (Ziel „%2“)</translation>
    </message>
    <message>
        <source>names no source field, and no &quot;constant&quot; gives the value</source>
        <translation>nennt kein Quellfeld, und kein „constant“ liefert den Wert</translation>
    </message>
    <message>
        <source>Name the source field, for example &quot;source&quot;: &quot;title&quot;.</source>
        <translation>Nennen Sie das Quellfeld, zum Beispiel &quot;source&quot;: &quot;title&quot;.</translation>
    </message>
    <message>
        <source>names %1 fields but no transform combines them</source>
        <translation>nennt %1 Felder, aber keine Umwandlung kombiniert sie</translation>
    </message>
    <message>
        <source>Add a &quot;concat&quot; transform, or map a single field.</source>
        <translation>Fügen Sie eine „concat“-Umwandlung hinzu oder ordnen Sie ein einzelnes Feld zu.</translation>
    </message>
    <message>
        <source>nests %1 levels deep; at most %2 are allowed</source>
        <translation>ist %1 Ebenen tief verschachtelt; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already mapped by %2</source>
        <translation>„%1“ wird bereits von %2 zugeordnet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; overlaps the target of %2</source>
        <translation>„%1“ überschneidet sich mit dem Ziel von %2</translation>
    </message>
    <message>
        <source>A field is either set whole or built from fields inside it; map each place once.</source>
        <translation>Ein Feld wird entweder als Ganzes gesetzt oder aus Feldern darin aufgebaut; ordnen Sie jede Stelle nur einmal zu.</translation>
    </message>
    <message>
        <source>Records are JSON objects; check the endpoint&apos;s resource path.</source>
        <translation>Datensätze sind JSON-Objekte; prüfen Sie den Ressourcenpfad des Endpunkts.</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>Give the text to look for, such as &quot;,&quot; or &quot; - &quot;.</source>
        <translation>Geben Sie den zu suchenden Text an, etwa &quot;,&quot; oder &quot; - &quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>Write factors as text to keep every digit, such as &quot;7.4604&quot;.</source>
        <translation>Schreiben Sie Faktoren als Text, damit jede Stelle erhalten bleibt, etwa &quot;7.4604&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transform</source>
        <translation>„%1“ ist keine Umwandlung</translation>
    </message>
    <message>
        <source>Use one of %1.</source>
        <translation>Verwenden Sie eine dieser Umwandlungen: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no argument &quot;%2&quot;</source>
        <translation>„%1“ hat kein Argument &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is required by &quot;%2&quot;</source>
        <translation>%1 wird von „%2“ benötigt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported by this version</source>
        <translation>„%1“ wird von dieser Version nicht unterstützt</translation>
    </message>
    <message>
        <source>&quot;table&quot; must be an object</source>
        <translation>&quot;table&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>Write it as {&quot;from&quot;: &quot;to&quot;, ...}, such as {&quot;pcs&quot;: &quot;piece&quot;}.</source>
        <translation>Schreiben Sie es als {&quot;from&quot;: &quot;to&quot;, ...}, etwa {&quot;pcs&quot;: &quot;piece&quot;}.</translation>
    </message>
    <message>
        <source>&quot;table&quot; has the keys %1 and %2, which are the same once the spaces around them are cut</source>
        <translation>&quot;table&quot; hat die Schlüssel %1 und %2, die ohne die umgebenden Leerzeichen gleich sind</translation>
    </message>
    <message>
        <source>Lookup ignores spaces around values and keys; keep one of the two.</source>
        <translation>Lookup ignoriert Leerzeichen um Werte und Schlüssel; behalten Sie einen der beiden.</translation>
    </message>
    <message>
        <source>&quot;table&quot; is empty, so every value would fail</source>
        <translation>&quot;table&quot; ist leer, daher würde jeder Wert fehlschlagen</translation>
    </message>
    <message>
        <source>Add entries, such as {&quot;pcs&quot;: &quot;piece&quot;}, or use &quot;constant&quot;.</source>
        <translation>Fügen Sie Einträge hinzu, etwa {&quot;pcs&quot;: &quot;piece&quot;}, oder verwenden Sie „constant“.</translation>
    </message>
    <message>
        <source>&quot;true&quot; and &quot;false&quot; are both %1</source>
        <translation>&quot;true&quot; und &quot;false&quot; sind beide %1</translation>
    </message>
    <message>
        <source>Give the two values a system uses, such as &quot;Y&quot; and &quot;N&quot;.</source>
        <translation>Geben Sie die beiden Werte an, die ein System verwendet, etwa „Y“ und „N“.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text or a number</source>
        <translation>Text oder eine Zahl</translation>
    </message>
    <message>
        <source>&quot;lookup&quot; has no entry for %1</source>
        <translation>„lookup“ hat keinen Eintrag für %1</translation>
    </message>
    <message>
        <source>The table has %1. Add %2 to it, or give the lookup a &quot;default&quot;.</source>
        <translation>Die Tabelle enthält %1. Fügen Sie %2 hinzu oder geben Sie dem Lookup einen &quot;default&quot;.</translation>
    </message>
    <message>
        <source>&quot;boolean&quot; expects true, false, %1 or %2, found %3</source>
        <translation>„boolean“ erwartet true, false, %1 oder %2, gefunden %3</translation>
    </message>
    <message>
        <source>Add a &quot;lookup&quot; before it when the source has more spellings.</source>
        <translation>Fügen Sie davor ein „lookup“ ein, wenn die Quelle weitere Schreibweisen hat.</translation>
    </message>
    <message>
        <source>Map a field inside it instead, such as &quot;address.city&quot;.</source>
        <translation>Ordnen Sie stattdessen ein Feld darin zu, etwa &quot;address.city&quot;.</translation>
    </message>
    <message>
        <source>Pick one item with [0], or join the items with &quot;concat&quot;.</source>
        <translation>Wählen Sie ein Element mit [0] oder verbinden Sie die Elemente mit „concat“.</translation>
    </message>
    <message>
        <source>Turn true and false into text first with &quot;boolean&quot;.</source>
        <translation>Wandeln Sie true und false zuerst mit „boolean“ in Text um.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects %2, found %3</source>
        <translation>„%1“ erwartet %2, gefunden %3</translation>
    </message>
    <message>
        <source>Use &quot;iso&quot;, &quot;epoch&quot;, &quot;epoch-ms&quot; or a Qt format: yyyy year, MM month, dd day, HH hour, mm minute, ss second, zzz milliseconds, literal text in single quotes, such as &quot;dd.MM.yyyy HH:mm&quot;.</source>
        <translation>Verwenden Sie &quot;iso&quot;, &quot;epoch&quot;, &quot;epoch-ms&quot; oder ein Qt-Format: yyyy Jahr, MM Monat, dd Tag, HH Stunde, mm Minute, ss Sekunde, zzz Millisekunden, wörtlicher Text in einfachen Anführungszeichen, etwa &quot;dd.MM.yyyy HH:mm&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date field in &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; ist kein Datumsfeld in &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has a quote that is not closed</source>
        <translation>%1: &quot;%2&quot; enthält ein nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has no date or time field</source>
        <translation>%1: &quot;%2&quot; enthält kein Datums- oder Zeitfeld</translation>
    </message>
    <message>
        <source>%1: Qt cannot read dates in the format &quot;%2&quot;</source>
        <translation>%1: Qt kann keine Datumsangaben im Format &quot;%2&quot; lesen</translation>
    </message>
    <message>
        <source>a number of seconds or milliseconds</source>
        <translation>eine Anzahl Sekunden oder Millisekunden</translation>
    </message>
    <message>
        <source>&quot;date&quot;: %1 is not a time between the years 1 and 9999</source>
        <translation>&quot;date&quot;: %1 ist kein Zeitpunkt zwischen den Jahren 1 und 9999</translation>
    </message>
    <message>
        <source>Check whether the source counts seconds (&quot;epoch&quot;) or milliseconds (&quot;epoch-ms&quot;).</source>
        <translation>Prüfen Sie, ob die Quelle Sekunden (&quot;epoch&quot;) oder Millisekunden (&quot;epoch-ms&quot;) zählt.</translation>
    </message>
    <message>
        <source>a date as text</source>
        <translation>ein Datum als Text</translation>
    </message>
    <message>
        <source>an ISO 8601 date such as 2026-03-01 or 2026-03-01T12:30:00Z</source>
        <translation>ein ISO-8601-Datum wie 2026-03-01 oder 2026-03-01T12:30:00Z</translation>
    </message>
    <message>
        <source>a date in the format &quot;%1&quot;</source>
        <translation>ein Datum im Format &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;date&quot; expects %1, found %2</source>
        <translation>„date“ erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <source>Set &quot;from&quot; to the format the source writes.</source>
        <translation>Setzen Sie &quot;from&quot; auf das Format, das die Quelle schreibt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would make the text longer than %2 MB</source>
        <translation>„%1“ würde den Text länger als %2 MB machen</translation>
    </message>
    <message>
        <source>The source field holds far more text than a record should; check the source.</source>
        <translation>Das Quellfeld enthält weit mehr Text, als ein Datensatz sollte; prüfen Sie die Quelle.</translation>
    </message>
    <message>
        <source>text or numbers</source>
        <translation>Text oder Zahlen</translation>
    </message>
    <message>
        <source>The source fields hold far more text than a record should; check the source.</source>
        <translation>Die Quellfelder enthalten weit mehr Text, als ein Datensatz sollte; prüfen Sie die Quelle.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an offset from UTC</source>
        <translation>%1: „%2“ ist kein Versatz zu UTC</translation>
    </message>
    <message>
        <source>Offsets run from -14:00 to +14:00, such as &quot;+01:00&quot; or &quot;-05:30&quot;.</source>
        <translation>Versätze reichen von -14:00 bis +14:00, etwa „+01:00“ oder „-05:30“.</translation>
    </message>
    <message>
        <source>This machine knows no zone names: install its time zone database (the package tzdata), or give an offset such as &quot;+01:00&quot;.</source>
        <translation>Dieser Rechner kennt keine Zonennamen: Installieren Sie seine Zeitzonendatenbank (das Paket tzdata) oder geben Sie einen Versatz wie „+01:00“ an.</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>Use &quot;UTC&quot;, an offset such as &quot;+01:00&quot;, or a name of the time zone database such as &quot;Europe/Berlin&quot;.</source>
        <translation>Verwenden Sie „UTC“, einen Versatz wie „+01:00“ oder einen Namen der Zeitzonendatenbank wie „Europe/Berlin“.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone</source>
        <translation>%1: „%2“ ist keine Zeitzone</translation>
    </message>
    <message>
        <source>&quot;date&quot;: %1 is no time in %2: the clocks skip it when they go forward</source>
        <translation>„date“: %1 ist keine Uhrzeit in %2: Die Uhren überspringen sie, wenn sie vorgestellt werden</translation>
    </message>
    <message>
        <source>Check the source&apos;s time zone (&quot;fromZone&quot;): a time that never was on its clocks cannot be read there.</source>
        <translation>Prüfen Sie die Zeitzone der Quelle („fromZone“): Eine Uhrzeit, die ihre Uhren nie gezeigt haben, lässt sich dort nicht lesen.</translation>
    </message>
    <message>
        <source>&quot;fromZone&quot; and &quot;toZone&quot; need a date with a year in &quot;from&quot;, and &quot;%1&quot; has none</source>
        <translation>„fromZone“ und „toZone“ brauchen in „from“ ein Datum mit Jahr, und „%1“ hat keines</translation>
    </message>
    <message>
        <source>A zone&apos;s offset depends on the day. Read the whole date, or convert a time alone without zones.</source>
        <translation>Der Versatz einer Zone hängt vom Tag ab. Lesen Sie das ganze Datum, oder wandeln Sie eine Uhrzeit allein ohne Zonen um.</translation>
    </message>
    <message>
        <source>Give &quot;UTC&quot;, an offset such as &quot;+01:00&quot;, or a name such as &quot;Europe/Berlin&quot;; leave the argument out to keep the time as it is written.</source>
        <translation>Geben Sie „UTC“, einen Versatz wie „+01:00“ oder einen Namen wie „Europe/Berlin“ an; lassen Sie das Argument weg, um die Uhrzeit so zu lassen, wie sie geschrieben ist.</translation>
    </message>
    <message>
        <source>&quot;date&quot;: %1 names a zone by an abbreviation, which does not say its offset</source>
        <translation>„date“: %1 nennt eine Zone mit einer Abkürzung, die ihren Versatz nicht angibt</translation>
    </message>
    <message>
        <source>The source should write an offset such as +02:00, or a name such as Europe/Berlin; abbreviations such as CEST mean different zones in different places.</source>
        <translation>Die Quelle sollte einen Versatz wie +02:00 oder einen Namen wie Europe/Berlin schreiben; Abkürzungen wie CEST bedeuten an verschiedenen Orten verschiedene Zonen.</translation>
    </message>
    <message>
        <source>The text has the format of &quot;from&quot;, but no such day or time exists: correct the record in the source, then retry it.</source>
        <translation>Der Text hat das Format von &quot;from&quot;, aber diesen Tag oder diese Uhrzeit gibt es nicht: Korrigieren Sie den Datensatz in der Quelle und wiederholen Sie ihn dann.</translation>
    </message>
    <message>
        <source>&quot;date&quot;: %1 names month %2; months run from 1 to 12</source>
        <translation>„date“: %1 nennt den Monat %2; Monate laufen von 1 bis 12</translation>
    </message>
    <message>
        <source>&quot;date&quot;: %1 is no day of the calendar: month %2 of %3 has %4 days</source>
        <translation>„date“: %1 ist kein Tag des Kalenders: Monat %2 des Jahres %3 hat %4 Tage</translation>
    </message>
    <message>
        <source>&quot;date&quot;: %1 is no time of day: hours run from 0 to 23, minutes and seconds from 0 to 59</source>
        <translation>„date“: %1 ist keine Uhrzeit: Stunden laufen von 0 bis 23, Minuten und Sekunden von 0 bis 59</translation>
    </message>
    <message>
        <source>It is written as a date, but the calendar has no such day: correct the record in the source, then retry it.</source>
        <translation>Er ist als Datum geschrieben, aber diesen Tag hat der Kalender nicht: Korrigieren Sie den Datensatz in der Quelle und wiederholen Sie ihn dann.</translation>
    </message>
    <message>
        <source>The record has %1: a typo in the source? The &quot;default&quot; fills in only where a record has no such field.</source>
        <translation>Der Datensatz hat %1: ein Tippfehler in der Quelle? &quot;default&quot; greift nur, wo ein Datensatz kein solches Feld hat.</translation>
    </message>
</context>
<context>
    <name>Linkwright::MappingPreview</name>
    <message>
        <source>the record cannot be read: %1</source>
        <translation>der Datensatz ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>correct the record in the source system; a run logs it as a failure and syncs the others</source>
        <translation>korrigieren Sie den Datensatz im Quellsystem; ein Lauf protokolliert ihn als Fehler und synchronisiert die übrigen</translation>
    </message>
</context>
<context>
    <name>Linkwright::MappingsPage</name>
    <message>
        <source>Mappings</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>How each field of one system becomes a field of the other.</source>
        <translation>Wie aus jedem Feld des einen Systems ein Feld des anderen wird.</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Feldzuordnungen</translation>
    </message>
    <message>
        <source>Mappings turn the fields of one system into the fields of the other, with transforms such as trim, upper case or a fixed default. This page will list and edit them per data point; for now, the Data points page shows how many each one has.</source>
        <translation>Zuordnungen machen aus den Feldern des einen Systems die Felder des anderen, mit Umwandlungen wie Leerzeichen entfernen, Großbuchstaben oder einem festen Standardwert. Diese Seite wird sie je Datenpunkt auflisten und bearbeiten; bis dahin zeigt die Seite „Datenpunkte“, wie viele jeder Datenpunkt hat.</translation>
    </message>
    <message>
        <source>Go to Data Points</source>
        <translation>Zu den Datenpunkten</translation>
    </message>
</context>
<context>
    <name>Linkwright::NoProjectState</name>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Create a Project</source>
        <translation>Projekt anlegen</translation>
    </message>
    <message>
        <source>Open a Project…</source>
        <translation>Projekt öffnen …</translation>
    </message>
</context>
<context>
    <name>Linkwright::OneWaySync</name>
    <message>
        <source>the record has no natural key: &quot;%1&quot; is missing or empty after mapping
  hint: map a unique field of the source to &quot;%1&quot;, or choose another key field for this data point</source>
        <translation>der Datensatz hat keinen natürlichen Schlüssel: „%1“ fehlt oder ist nach der Zuordnung leer
  hint: ein eindeutiges Feld der Quelle dem Feld „%1“ zuordnen oder ein anderes Schlüsselfeld für diesen Datenpunkt wählen</translation>
    </message>
    <message>
        <source>the stored record cannot be read again: %1</source>
        <translation>der gespeicherte Datensatz kann nicht erneut gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) came again on a later page</source>
        <translation>
            <numerusform>%n Datensatz kam auf einer späteren Seite noch einmal</numerusform>
            <numerusform>%n Datensätze kamen auf einer späteren Seite noch einmal</numerusform>
        </translation>
    </message>
    <message>
        <source>its total fell from %1 to %2</source>
        <translation>ihre Gesamtzahl fiel von %1 auf %2</translation>
    </message>
    <message>
        <source>the source changed while its pages were read (%1), so a record may have been skipped: the watermark stays where it was, and the next run reads these records again</source>
        <translation>die Quelle hat sich geändert, während ihre Seiten gelesen wurden (%1), daher wurde vielleicht ein Datensatz übersprungen: das Wasserzeichen bleibt, wo es war, und der nächste Lauf liest diese Datensätze erneut</translation>
    </message>
    <message>
        <source>; nothing was deleted</source>
        <translation>; nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>
  hint: if this happens on every run, have the source sort its pages by id, or page by cursor</source>
        <translation>
  hint: geschieht das bei jedem Lauf, die Quelle ihre Seiten nach id sortieren lassen oder per Cursor blättern</translation>
    </message>
    <message numerus="yes">
        <source>nothing was deleted: %n record(s) of the source failed before their key was known, and each may be one of the %1 the source no longer lists
  hint: give those records their key in the source (or remove them there), then run a full sync again</source>
        <translation>
            <numerusform>nichts wurde gelöscht: %n Datensatz der Quelle scheiterte, bevor sein Schlüssel bekannt war, und er könnte einer der %1 sein, die die Quelle nicht mehr führt
  hint: diesen Datensätzen in der Quelle ihren Schlüssel geben (oder sie dort entfernen), dann erneut einen vollständigen Lauf starten</numerusform>
            <numerusform>nichts wurde gelöscht: %n Datensätze der Quelle scheiterten, bevor ihr Schlüssel bekannt war, und jeder könnte einer der %1 sein, die die Quelle nicht mehr führt
  hint: diesen Datensätzen in der Quelle ihren Schlüssel geben (oder sie dort entfernen), dann erneut einen vollständigen Lauf starten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned record(s) left out: the source changed them since the plan was made (%1); the next run writes what the source has now</source>
        <translation>
            <numerusform>%n geplanter Datensatz ausgelassen: die Quelle hat ihn seit der Erstellung des Plans geändert (%1); der nächste Lauf schreibt, was die Quelle jetzt hat</numerusform>
            <numerusform>%n geplante Datensätze ausgelassen: die Quelle hat sie seit der Erstellung des Plans geändert (%1); der nächste Lauf schreibt, was die Quelle jetzt hat</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled while checking the plan&apos;s records; nothing was written</source>
        <translation>beim Prüfen der Datensätze des Plans abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>could not check whether the source changed the plan&apos;s records since it was made: %1</source>
        <translation>konnte nicht prüfen, ob die Quelle die Datensätze des Plans seit seiner Erstellung geändert hat: %1</translation>
    </message>
    <message>
        <source>Nothing was written. Apply the plan again when the source answers.</source>
        <translation>Es wurde nichts geschrieben. Wenden Sie den Plan erneut an, sobald die Quelle antwortet.</translation>
    </message>
    <message>
        <source>the source&apos;s records carry &quot;modifiedAt&quot; as %1, not as ISO 8601 text, so the watermark cannot move and every run reads every record
  hint: the runs stay complete, only slower; if the source can write its stamps as text (2026-01-31T12:00:00Z), ask it to</source>
        <translation>die Datensätze der Quelle tragen „modifiedAt“ als %1, nicht als ISO-8601-Text, daher kann das Wasserzeichen nicht weiterrücken, und jeder Lauf liest alle Datensätze
  hint: die Läufe bleiben vollständig, nur langsamer; wenn die Quelle ihre Zeitstempel als Text schreiben kann (2026-01-31T12:00:00Z), bitten Sie darum</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; was last synced from another source record (id %2); this record (id %3) has it now, so it was not written over that record&apos;s copy in the target
  hint: if record %2 was deleted in the source or its key changed, run with --full: it reads every record and gives the key to this one; if both records exist, make the key unique in the source</source>
        <translation>der Schlüssel &quot;%1&quot; wurde zuletzt von einem anderen Datensatz der Quelle synchronisiert (ID %2); dieser Datensatz (ID %3) trägt ihn jetzt und hat deshalb die Kopie jenes Datensatzes im Ziel nicht überschrieben
  hint: wurde Datensatz %2 in der Quelle gelöscht oder sein Schlüssel geändert, mit --full ausführen: das liest jeden Datensatz und gibt den Schlüssel diesem; gibt es beide Datensätze, den Schlüssel in der Quelle eindeutig machen</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; came twice in one run; only the first record was synced
  hint: make the key unique in the source system: the run that next reads this record under its own key settles this failure</source>
        <translation>der Schlüssel „%1“ kam in einem Lauf zweimal vor; nur der erste Datensatz wurde synchronisiert
  hint: den Schlüssel im Quellsystem eindeutig machen: der nächste Lauf, der diesen Datensatz unter seinem eigenen Schlüssel liest, erledigt diesen Fehler</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; came twice in one run: the record it was last synced from (id %2) kept it, and this one (id %3) was not synced
  hint: make the key unique in the source system: the run that next reads this record under its own key settles this failure</source>
        <translation>der Schlüssel „%1“ kam in einem Lauf zweimal vor: der Datensatz, von dem er zuletzt synchronisiert wurde (ID %2), hat ihn behalten, und dieser (ID %3) wurde nicht synchronisiert
  hint: den Schlüssel im Quellsystem eindeutig machen: der nächste Lauf, der diesen Datensatz unter seinem eigenen Schlüssel liest, erledigt diesen Fehler</translation>
    </message>
    <message>
        <source>%1 of %2 records are no longer in the source; they were not deleted, because more than half at once is more likely a fault of the source
  hint: check the source; if the records really are gone, run a full sync of this data point with --confirm-deletes (linkwright-cli run FILE --data-point %3 --full --confirm-deletes; plan instead of run shows them first)</source>
        <translation>%1 von %2 Datensätzen sind nicht mehr in der Quelle; sie wurden nicht gelöscht, weil mehr als die Hälfte auf einmal eher auf einen Fehler der Quelle deutet
  hint: Prüfen Sie die Quelle; sind die Datensätze wirklich weg, starten Sie eine vollständige Synchronisation dieses Datenpunkts mit --confirm-deletes (linkwright-cli run DATEI --data-point %3 --full --confirm-deletes; plan statt run zeigt sie vorher)</translation>
    </message>
    <message numerus="yes">
        <source>the target answered 404 Not Found to every one of the %n deletion(s) (DELETE %1/&lt;key&gt;): either the records were gone there already, or the target does not delete records by their key at that path
  hint: check in the target that the records are gone; if they are not, delete them there by hand: their states are removed, so no run deletes them again</source>
        <translation>
            <numerusform>das Ziel antwortete auf die %n Löschung 404 Not Found (DELETE %1/&lt;key&gt;): entweder war der Datensatz dort schon weg, oder das Ziel löscht Datensätze nicht über ihren Schlüssel unter diesem Pfad
  hint: Prüfen Sie im Ziel, ob die Datensätze weg sind; wenn nicht, löschen Sie sie dort von Hand: ihre Zustände sind entfernt, daher löscht kein Lauf sie erneut</numerusform>
            <numerusform>das Ziel antwortete auf jede der %n Löschungen 404 Not Found (DELETE %1/&lt;key&gt;): entweder waren die Datensätze dort schon weg, oder das Ziel löscht Datensätze nicht über ihren Schlüssel unter diesem Pfad
  hint: Prüfen Sie im Ziel, ob die Datensätze weg sind; wenn nicht, löschen Sie sie dort von Hand: ihre Zustände sind entfernt, daher löscht kein Lauf sie erneut</numerusform>
        </translation>
    </message>
    <message>
        <source>the source&apos;s newer records could not be read, so the failures were retried with the records stored with them: %1</source>
        <translation>die neueren Datensätze der Quelle ließen sich nicht lesen, daher wurden die Fehler mit den bei ihnen gespeicherten Datensätzen wiederholt: %1</translation>
    </message>
    <message>
        <source>cancelled while reading the source&apos;s newer records; nothing was written</source>
        <translation>abgebrochen beim Lesen der neueren Datensätze der Quelle; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>Linkwright::PagesAhead</name>
    <message>
        <source>paging went round: two pages in a row came with the same records, so the server seems to ignore the page asked for</source>
        <translation>die Seitenabfrage dreht sich im Kreis: zwei Seiten nacheinander kamen mit denselben Datensätzen, der Server scheint die angefragte Seite zu ignorieren</translation>
    </message>
    <message>
        <source>paging went round: the server led back to a page read before in this run (%1)</source>
        <translation>die Seitenabfrage dreht sich im Kreis: der Server führte zurück zu einer Seite, die in diesem Lauf schon gelesen wurde (%1)</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s &quot;pagination&quot; in the project file (style and parameters) against the server&apos;s documentation.</source>
        <translation>Prüfen Sie die „pagination“ des Endpunkts in der Projektdatei (Stil und Parameter) anhand der Dokumentation des Servers.</translation>
    </message>
    <message>
        <source>paging went round: a page came with the records of a page read before in this run, under another link or cursor</source>
        <translation>die Seitenabfrage dreht sich im Kreis: eine Seite kam mit den Datensätzen einer in diesem Lauf schon gelesenen Seite, unter einem anderen Link oder Cursor</translation>
    </message>
    <message>
        <source>paging went round: %1 empty pages in a row, each naming a next one</source>
        <translation>die Seitenabfrage dreht sich im Kreis: %1 leere Seiten nacheinander, jede mit einer nächsten</translation>
    </message>
</context>
<context>
    <name>Linkwright::PaginationEditor</name>
    <message>
        <source>Page number (?page=2)</source>
        <translation>Seitennummer (?page=2)</translation>
    </message>
    <message>
        <source>Offset (?offset=100)</source>
        <translation>Offset (?offset=100)</translation>
    </message>
    <message>
        <source>Cursor from the answer</source>
        <translation>Cursor aus der Antwort</translation>
    </message>
    <message>
        <source>Link header (rel=&quot;next&quot;)</source>
        <translation>Link-Header (rel=&quot;next&quot;)</translation>
    </message>
    <message>
        <source>OData (@odata.nextLink)</source>
        <translation>OData (@odata.nextLink)</translation>
    </message>
    <message>
        <source>How this system hands out a long list page by page. Parameter names that differ from the usual ones are set in the project file.</source>
        <translation>Wie dieses System eine lange Liste Seite für Seite ausgibt. Abweichende Parameternamen werden in der Projektdatei festgelegt.</translation>
    </message>
    <message>
        <source>Pages at &amp;once:</source>
        <translation>Seiten auf &amp;einmal:</translation>
    </message>
    <message>
        <source>How many pages a sync asks this system for at once, so that it does not wait for each page in turn. Set 1 for a system that takes one request at a time.</source>
        <translation>Wie viele Seiten eine Synchronisierung auf einmal von diesem System anfordert, damit sie nicht auf jede Seite einzeln wartet. Tragen Sie 1 ein für ein System, das nur eine Anfrage auf einmal annimmt.</translation>
    </message>
    <message>
        <source>With this style only each answer names the next page: a sync asks for one page at a time.</source>
        <translation>Bei dieser Art nennt erst jede Antwort die nächste Seite: Eine Synchronisierung fordert eine Seite nach der anderen an.</translation>
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
    <name>Linkwright::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>ERP</source>
        <translation>ERP</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
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
        <source>Did you mean &quot;%1&quot;?</source>
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
        <source>&quot;%1&quot; is not one of %2</source>
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
        <source>Create a project with File &gt; New or &quot;linkwright-cli init&quot;.</source>
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
        <source>Start the file with { &quot;formatVersion&quot;: %1, ... }.</source>
        <translation>Beginnen Sie die Datei mit { &quot;formatVersion&quot;: %1, ... }.</translation>
    </message>
    <message>
        <source>Add &quot;formatVersion&quot;: %1 at the top level.</source>
        <translation>Fügen Sie &quot;formatVersion&quot;: %1 auf oberster Ebene hinzu.</translation>
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
        <source>Check the path, or create a project with &quot;linkwright-cli init %1&quot;.</source>
        <translation>Prüfen Sie den Pfad oder legen Sie ein Projekt mit „linkwright-cli init %1“ an.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
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
        <translation>Empfohlen, denn %1.</translation>
    </message>
    <message>
        <source>A project connects one ERP and one shop; add &quot;%1&quot;: {&quot;baseUrl&quot;: &quot;https://...&quot;}.</source>
        <translation>Ein Projekt verbindet ein ERP mit einem Shop; fügen Sie &quot;%1&quot;: {&quot;baseUrl&quot;: &quot;https://...&quot;} hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
    <message>
        <source>Write it as https://host[:port]/path, for example https://erp.example.com/api/.</source>
        <translation>Schreiben Sie sie als https://host[:port]/pfad, zum Beispiel https://erp.example.com/api/.</translation>
    </message>
    <message>
        <source>Refer to the secret instead: {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;keychain&quot;: &quot;name&quot;}.</source>
        <translation>Verweisen Sie stattdessen auf das Geheimnis: {&quot;env&quot;: &quot;VARIABLE&quot;} oder {&quot;keychain&quot;: &quot;name&quot;}.</translation>
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
        <source>needs exactly one of &quot;env&quot; or &quot;keychain&quot;</source>
        <translation>braucht genau eines von &quot;env&quot; oder &quot;keychain&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name</source>
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
        <source>Name the keychain entry, for example &quot;linkwright/erp&quot;.</source>
        <translation>Benennen Sie den Schlüsselbund-Eintrag, zum Beispiel „linkwright/erp“.</translation>
    </message>
    <message>
        <source>Name the field that identifies a record on both sides, such as &quot;%1&quot;.</source>
        <translation>Nennen Sie das Feld, das einen Datensatz auf beiden Seiten erkennt, etwa „%1“.</translation>
    </message>
    <message>
        <source>has both &quot;every&quot; and &quot;cron&quot;</source>
        <translation>enthält sowohl &quot;every&quot; als auch &quot;cron&quot;</translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation>Behalten Sie eines davon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval</source>
        <translation>„%1“ ist kein Intervall</translation>
    </message>
    <message>
        <source>Write a number and a unit: 30s, 15m, 2h or 1d.</source>
        <translation>Schreiben Sie eine Zahl und eine Einheit: 30s, 15m, 2h oder 1d.</translation>
    </message>
    <message>
        <source>Five fields: minute hour day-of-month month day-of-week, e.g. &quot;0 2 * * *&quot; for 02:00 every day.</source>
        <translation>Fünf Felder: Minute Stunde Tag-im-Monat Monat Wochentag, z. B. „0 2 * * *“ für täglich 02:00 Uhr.</translation>
    </message>
    <message>
        <source>a two-way data point needs a conflict policy</source>
        <translation>ein Datenpunkt in beide Richtungen braucht eine Konfliktregel</translation>
    </message>
    <message>
        <source>Add &quot;conflict&quot;: {&quot;default&quot;: &quot;newest-wins&quot;}; policies: %1.</source>
        <translation>Fügen Sie &quot;conflict&quot;: {&quot;default&quot;: &quot;newest-wins&quot;} hinzu; Regeln: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already mapped by %2</source>
        <translation>„%1“ wird bereits von %2 zugeordnet</translation>
    </message>
    <message>
        <source>Map each target field once; combine sources with a &quot;concat&quot; transform.</source>
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
        <source>is required unless a &quot;constant&quot; transform gives the value</source>
        <translation>ist erforderlich, außer eine „constant“-Umwandlung liefert den Wert</translation>
    </message>
    <message>
        <source>Name the source field, for example &quot;source&quot;: &quot;title&quot;.</source>
        <translation>Nennen Sie das Quellfeld, zum Beispiel &quot;source&quot;: &quot;title&quot;.</translation>
    </message>
    <message>
        <source>names %1 fields but no transform combines them</source>
        <translation>nennt %1 Felder, aber keine Umwandlung kombiniert sie</translation>
    </message>
    <message>
        <source>Add a &quot;concat&quot; transform, or map a single field.</source>
        <translation>Fügen Sie eine „concat“-Umwandlung hinzu oder ordnen Sie ein einzelnes Feld zu.</translation>
    </message>
    <message>
        <source>is required by &quot;%1&quot;</source>
        <translation>wird von „%1“ benötigt</translation>
    </message>
    <message>
        <source>Syncs cannot reach the ERP until it is set.</source>
        <translation>Synchronisierungen erreichen das ERP erst, wenn dieser Wert gesetzt ist.</translation>
    </message>
    <message>
        <source>Syncs cannot reach the shop until it is set.</source>
        <translation>Synchronisierungen erreichen den Shop erst, wenn dieser Wert gesetzt ist.</translation>
    </message>
    <message>
        <source>is not set yet</source>
        <translation>ist noch nicht gesetzt</translation>
    </message>
    <message>
        <source>Name an environment variable or a keychain entry that holds it: {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;keychain&quot;: &quot;name&quot;}.</source>
        <translation>Nennen Sie eine Umgebungsvariable oder einen Schlüsselbund-Eintrag, der es enthält: {&quot;env&quot;: &quot;VARIABLE&quot;} oder {&quot;keychain&quot;: &quot;name&quot;}.</translation>
    </message>
    <message>
        <source>Leave the key out to use the default.</source>
        <translation>Lassen Sie den Schlüssel weg, um den Standardwert zu verwenden.</translation>
    </message>
    <message>
        <source>Use &quot;decimal&quot; for amounts, &quot;integer&quot; for counts, &quot;string&quot; for text and identifiers; leave &quot;type&quot; out to check nothing.</source>
        <translation>Verwenden Sie &quot;decimal&quot; für Beträge, &quot;integer&quot; für Anzahlen, &quot;string&quot; für Text und Kennungen; lassen Sie &quot;type&quot; weg, um nichts zu prüfen.</translation>
    </message>
    <message>
        <source>a number as a string, such as &quot;12.50&quot;</source>
        <translation>eine Zahl als Zeichenkette, etwa &quot;12.50&quot;</translation>
    </message>
    <message>
        <source>List the areas: &quot;areas&quot;: [{&quot;name&quot;: &quot;Orders&quot;, &quot;costPerEvent&quot;: &quot;10&quot;, &quot;eventsPerDay&quot;: &quot;100&quot;, &quot;improvementPercent&quot;: &quot;50&quot;}].</source>
        <translation>Führen Sie die Bereiche auf: &quot;areas&quot;: [{&quot;name&quot;: &quot;Bestellungen&quot;, &quot;costPerEvent&quot;: &quot;10&quot;, &quot;eventsPerDay&quot;: &quot;100&quot;, &quot;improvementPercent&quot;: &quot;50&quot;}].</translation>
    </message>
    <message>
        <source>Write one scenario object; &quot;linkwright-cli roi --preset whitepaper --json&quot; shows the figures of an example.</source>
        <translation>Schreiben Sie ein Szenario-Objekt; „linkwright-cli roi --preset whitepaper --json“ zeigt die Zahlen eines Beispiels.</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>ein Szenario muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Start the file with { &quot;areas&quot;: [...] }.</source>
        <translation>Beginnen Sie die Datei mit { &quot;areas&quot;: [...] }.</translation>
    </message>
    <message>
        <source>a list of warehouse ids</source>
        <translation>eine Liste von Lager-IDs</translation>
    </message>
    <message>
        <source>a stock.location id</source>
        <translation>eine stock.location-ID</translation>
    </message>
    <message>
        <source>only applies to an endpoint of type &quot;tryton&quot;</source>
        <translation>gilt nur für einen Endpunkt vom Typ „tryton“</translation>
    </message>
    <message>
        <source>Set &quot;type&quot;: &quot;tryton&quot;, or remove the &quot;tryton&quot; object.</source>
        <translation>Setzen Sie &quot;type&quot;: &quot;tryton&quot; oder entfernen Sie das Objekt „tryton“.</translation>
    </message>
    <message>
        <source>A Tryton endpoint names its database: &quot;tryton&quot;: {&quot;database&quot;: &quot;NAME&quot;, &quot;company&quot;: 1}.</source>
        <translation>Ein Tryton-Endpunkt nennt seine Datenbank: &quot;tryton&quot;: {&quot;database&quot;: &quot;NAME&quot;, &quot;company&quot;: 1}.</translation>
    </message>
    <message>
        <source>a Tryton endpoint logs in with a user and a password</source>
        <translation>ein Tryton-Endpunkt meldet sich mit einem Benutzer und einem Passwort an</translation>
    </message>
    <message>
        <source>Write &quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;admin&quot;, &quot;password&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;}}.</source>
        <translation>Schreiben Sie &quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;admin&quot;, &quot;password&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;}}.</translation>
    </message>
    <message>
        <source>Nothing was written. Choose a folder you can write to.</source>
        <translation>Es wurde nichts geschrieben. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>the number %1 has more digits than can be kept exactly</source>
        <translation>die Zahl %1 hat mehr Stellen, als sich exakt halten lassen</translation>
    </message>
    <message>
        <source>Write it as text, in quotes (&quot;%1&quot;): transform arguments such as factors, constants and lookup values keep every digit of text.</source>
        <translation>Schreiben Sie sie als Text in Anführungszeichen (&quot;%1&quot;): Transformationsargumente wie Faktoren, Konstanten und Nachschlagewerte behalten als Text jede Stelle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Write it with a point as the decimal separator and no thousands separator, such as &quot;7.46&quot;; in quotes every digit is kept.</source>
        <translation>Schreiben Sie sie mit einem Punkt als Dezimaltrennzeichen und ohne Tausendertrennzeichen, etwa &quot;7.46&quot;; in Anführungszeichen bleibt jede Stelle erhalten.</translation>
    </message>
    <message>
        <source>no mapping writes &quot;%1&quot;, so every record would fail for want of its key</source>
        <translation>keine Zuordnung schreibt „%1“, daher würde jeder Datensatz mangels Schlüssel fehlschlagen</translation>
    </message>
    <message>
        <source>Map a source field to &quot;%1&quot;, or make the key one of the targets: %2.</source>
        <translation>Ordnen Sie „%1“ ein Quellfeld zu, oder wählen Sie als Schlüssel eines der Ziele: %2.</translation>
    </message>
    <message>
        <source>A record missing on one side may be new on the other, so two-way runs delete nothing. Delete such records on both sides by hand, and set &quot;deletes&quot;: false.</source>
        <translation>Ein Datensatz, der auf einer Seite fehlt, kann auf der anderen neu sein; deshalb löschen Läufe in beide Richtungen nichts. Löschen Sie solche Datensätze auf beiden Seiten von Hand und setzen Sie &quot;deletes&quot;: false.</translation>
    </message>
    <message>
        <source>Policies name the shop&apos;s fields, the mappings&apos; targets: write &quot;%1&quot;.</source>
        <translation>Regeln nennen die Felder des Shops, die Ziele der Zuordnungen: schreiben Sie „%1“.</translation>
    </message>
    <message>
        <source>Policies name the shop&apos;s fields, the mappings&apos; targets: %1.</source>
        <translation>Regeln nennen die Felder des Shops, die Ziele der Zuordnungen: %1.</translation>
    </message>
    <message>
        <source>Set it to &quot;erp-owns&quot;, or map it from one field without transforms so that the shop&apos;s changes can flow back.</source>
        <translation>Setzen Sie es auf &quot;erp-owns&quot;, oder ordnen Sie es aus einem Feld ohne Transformationen zu, damit Änderungen im Shop zurückfließen können.</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <source>Name the project file itself, such as %1.</source>
        <translation>Nennen Sie die Projektdatei selbst, etwa %1.</translation>
    </message>
    <message>
        <source>Remove it.</source>
        <translation>Entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot; instead.</source>
        <translation>Schreiben Sie stattdessen „%1“.</translation>
    </message>
    <message>
        <source>Set it to &quot;erp-owns&quot;, or map the whole &quot;%1&quot; from one field without transforms so that the shop&apos;s changes can flow back.</source>
        <translation>Setzen Sie es auf &quot;erp-owns&quot;, oder ordnen Sie das ganze „%1“ aus einem Feld ohne Transformationen zu, damit Änderungen im Shop zurückfließen können.</translation>
    </message>
    <message>
        <source>deletions are not carried out for a two-way data point</source>
        <translation>Löschungen werden bei einem Datenpunkt in beide Richtungen nicht ausgeführt</translation>
    </message>
    <message>
        <source>the conflict policy for the key &quot;%1&quot; never applies: a sync never changes the key</source>
        <translation>die Konfliktregel für den Schlüssel „%1“ greift nie: eine Synchronisation ändert den Schlüssel nie</translation>
    </message>
    <message>
        <source>the conflict policy for &quot;%1&quot; never applies: policies apply to whole top-level fields</source>
        <translation>die Konfliktregel für „%1“ greift nie: Regeln gelten für ganze Felder der obersten Ebene</translation>
    </message>
    <message>
        <source>the conflict policy for &quot;%1&quot; has no effect: it is built from several mappings, so shop changes cannot flow back and the ERP owns it</source>
        <translation>die Konfliktregel für „%1“ wirkt nicht: es wird aus mehreren Zuordnungen gebildet, daher können Änderungen im Shop nicht zurückfließen, und das ERP besitzt es</translation>
    </message>
    <message>
        <source>the conflict policy for &quot;%1&quot; never applies: no mapping writes &quot;%1&quot;</source>
        <translation>die Konfliktregel für „%1“ greift nie: keine Zuordnung schreibt „%1“</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in this object</source>
        <translation>der Schlüssel &quot;%1&quot; kommt in diesem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears %2 times in this object</source>
        <translation>der Schlüssel &quot;%1&quot; kommt in diesem Objekt %2-mal vor</translation>
    </message>
    <message>
        <source>Keep one of them, since only the last one counts; a merge of two versions of the file often leaves both.</source>
        <translation>Behalten Sie nur einen davon, denn nur der letzte zählt; das Zusammenführen zweier Versionen der Datei hinterlässt oft beide.</translation>
    </message>
    <message>
        <source>is not an HTTP header name: it holds a space, a colon or another character a name cannot have</source>
        <translation>ist kein HTTP-Headername: er enthält ein Leerzeichen, einen Doppelpunkt oder ein anderes Zeichen, das ein Name nicht haben kann</translation>
    </message>
    <message>
        <source>Write the name alone, such as &quot;X-Api-Key&quot;, and refer to the key in &quot;key&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;keychain&quot;: &quot;name&quot;}. If a key was written into the name, change it, since it was stored in clear text.</source>
        <translation>Schreiben Sie nur den Namen, etwa &quot;X-Api-Key&quot;, und verweisen Sie in &quot;key&quot; auf den Schlüssel: {&quot;env&quot;: &quot;VARIABLE&quot;} oder {&quot;keychain&quot;: &quot;name&quot;}. Wenn ein Schlüssel im Namen stand, ändern Sie ihn, da er im Klartext gespeichert war.</translation>
    </message>
    <message>
        <source>the URL holds credentials (&quot;user:password@&quot;), which must not be written into the project file</source>
        <translation>die URL enthält Zugangsdaten (&quot;user:password@&quot;), die nicht in der Projektdatei stehen dürfen</translation>
    </message>
    <message>
        <source>Remove them from the URL and use &quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;...&quot;, &quot;password&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;}} or {&quot;keychain&quot;: &quot;name&quot;} instead. Change the password, since it was stored in clear text.</source>
        <translation>Entfernen Sie sie aus der URL und verwenden Sie stattdessen &quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;...&quot;, &quot;password&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;}} oder {&quot;keychain&quot;: &quot;name&quot;}. Ändern Sie das Passwort, da es im Klartext gespeichert war.</translation>
    </message>
    <message>
        <source>Remove it from the URL and give the secret in the endpoint&apos;s &quot;auth&quot; (an &quot;api-key&quot; header, &quot;basic&quot; or &quot;bearer&quot;) as {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;keychain&quot;: &quot;name&quot;}. Change it, since it was stored in clear text.</source>
        <translation>Entfernen Sie ihn aus der URL und geben Sie das Geheimnis im &quot;auth&quot; des Endpunkts an (ein &quot;api-key&quot;-Header, &quot;basic&quot; oder &quot;bearer&quot;), als {&quot;env&quot;: &quot;VARIABLE&quot;} oder {&quot;keychain&quot;: &quot;name&quot;}. Ändern Sie es, da es im Klartext gespeichert war.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path below the base URL: it names a scheme or a host, and the endpoint&apos;s credentials would be sent there</source>
        <translation>&quot;%1&quot; ist kein Pfad unterhalb der Basis-URL: er nennt ein Schema oder einen Host, und die Zugangsdaten des Endpunkts würden dorthin gesendet</translation>
    </message>
    <message>
        <source>Give the path below baseUrl, such as &quot;%1&quot;.</source>
        <translation>Geben Sie den Pfad unterhalb von baseUrl an, etwa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the conflict policy only applies to direction &quot;both&quot; and is ignored for %1</source>
        <translation>die Konfliktregel gilt nur für die Richtung &quot;both&quot; und wird bei %1 ignoriert</translation>
    </message>
    <message>
        <source>A one-way run writes the source&apos;s records over the target&apos;s whatever the policy says, and holds none back for review. Set &quot;direction&quot;: &quot;both&quot; for the policy to apply, or remove &quot;conflict&quot;.</source>
        <translation>Ein Lauf in eine Richtung überschreibt die Datensätze des Ziels mit denen der Quelle, gleich was die Regel sagt, und hält keinen zur Prüfung zurück. Setzen Sie &quot;direction&quot;: &quot;both&quot;, damit die Regel gilt, oder entfernen Sie &quot;conflict&quot;.</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>erwartet eine ganze Zahl, gefunden %1</translation>
    </message>
    <message>
        <source>A project file is JSON and starts with &quot;{&quot;; other formats, such as YAML, are not read. &quot;linkwright-cli init&quot; writes one to start from.</source>
        <translation>Eine Projektdatei ist JSON und beginnt mit „{“; andere Formate wie YAML werden nicht gelesen. „linkwright-cli init“ schreibt eine als Ausgangspunkt.</translation>
    </message>
    <message>
        <source>the file holds JSON that cannot be checked for repeated keys: %1</source>
        <translation>die Datei enthält JSON, das sich nicht auf doppelte Schlüssel prüfen lässt: %1</translation>
    </message>
    <message>
        <source>Usually an escape such as \ud800 that stands for no character; write the text itself.</source>
        <translation>Meist eine Escape-Sequenz wie \ud800, die für kein Zeichen steht; schreiben Sie den Text selbst.</translation>
    </message>
    <message>
        <source>a base URL cannot have a #fragment</source>
        <translation>eine Basis-URL kann kein #Fragment haben</translation>
    </message>
    <message>
        <source>Remove it: a fragment is never sent to the server.</source>
        <translation>Entfernen Sie es: Ein Fragment wird nie an den Server gesendet.</translation>
    </message>
    <message>
        <source>the URL parameter &quot;%1&quot; holds a credential, which must not be written into the project file</source>
        <translation>der URL-Parameter „%1“ enthält Zugangsdaten, die nicht in die Projektdatei geschrieben werden dürfen</translation>
    </message>
    <message>
        <source>the conflict policy for &quot;%1&quot; has no effect: it is made by transforms, from several fields or from a field inside an object, so shop changes cannot flow back and the ERP owns it</source>
        <translation>die Konfliktregel für „%1“ wirkt nicht: es entsteht durch Umwandlungen, aus mehreren Feldern oder aus einem Feld innerhalb eines Objekts, daher können Änderungen im Shop nicht zurückfließen, und das ERP besitzt es</translation>
    </message>
    <message>
        <source>not valid JSON: a comment, which JSON does not allow</source>
        <translation>kein gültiges JSON: ein Kommentar, den JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>not valid JSON: a single quote, where JSON takes double quotes</source>
        <translation>kein gültiges JSON: ein einfaches Anführungszeichen, wo JSON doppelte verlangt</translation>
    </message>
    <message>
        <source>Remove the comment; a note can go in a field of its own, such as &quot;name&quot;.</source>
        <translation>Entfernen Sie den Kommentar; eine Notiz kann in ein eigenes Feld, etwa &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Write names and texts in double quotes: &quot;name&quot;, not &apos;name&apos;.</source>
        <translation>Schreiben Sie Namen und Texte in doppelten Anführungszeichen: &quot;name&quot;, nicht &apos;name&apos;.</translation>
    </message>
    <message>
        <source>%1: it has a space at its start or end</source>
        <translation>%1: sie hat ein Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>Remove the spaces.</source>
        <translation>Entfernen Sie die Leerzeichen.</translation>
    </message>
    <message>
        <source>%1: it does not begin with http:// or https://</source>
        <translation>%1: sie beginnt nicht mit http:// oder https://</translation>
    </message>
    <message>
        <source>Write it with its scheme: https://%1</source>
        <translation>Schreiben Sie sie mit Schema: https://%1</translation>
    </message>
    <message>
        <source>%1: it has a space in it</source>
        <translation>%1: sie enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>Write a space in a path as %20; a host has none.</source>
        <translation>Schreiben Sie ein Leerzeichen im Pfad als %20; ein Hostname hat keines.</translation>
    </message>
    <message>
        <source>%1: its port is not a number from 1 to 65535</source>
        <translation>%1: ihr Port ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>not valid JSON: a curly quote, where JSON takes straight double quotes</source>
        <translation>kein gültiges JSON: ein typografisches Anführungszeichen, wo JSON gerade doppelte verlangt</translation>
    </message>
    <message>
        <source>Write names and texts in straight double quotes: &quot;name&quot;, not “name” (a word processor makes them curly).</source>
        <translation>Schreiben Sie Namen und Texte in geraden doppelten Anführungszeichen: &quot;name&quot;, nicht “name” (eine Textverarbeitung macht sie typografisch).</translation>
    </message>
</context>
<context>
    <name>Linkwright::RecentFilesMenu</name>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Linkwright::RestConnector</name>
    <message>
        <source>the endpoint uses %1 authentication but names no secret</source>
        <translation>der Endpunkt verwendet die Anmeldung mit %1, nennt aber kein Geheimnis</translation>
    </message>
    <message>
        <source>Refer to the secret in the endpoint&apos;s auth: {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;keychain&quot;: &quot;name&quot;}.</source>
        <translation>Verweisen Sie in &quot;auth&quot; des Endpunkts auf das Geheimnis: {&quot;env&quot;: &quot;VARIABLE&quot;} oder {&quot;keychain&quot;: &quot;name&quot;}.</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>Retried automatically; an answer cut off at the start looks like this.</source>
        <translation>Wird automatisch erneut versucht; eine am Anfang abgeschnittene Antwort sieht so aus.</translation>
    </message>
    <message>
        <source>the server answered with a web page, not JSON</source>
        <translation>der Server hat mit einer Webseite geantwortet, nicht mit JSON</translation>
    </message>
    <message>
        <source>Check the base URL and the resource path: they lead to a web page.</source>
        <translation>Prüfen Sie die Basis-URL und den Ressourcenpfad: Sie führen zu einer Webseite.</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>die Antwort ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Retried automatically; if it persists, the raw answer is kept with the failure.</source>
        <translation>Wird automatisch erneut versucht; falls es anhält, wird die Rohantwort mit dem Fehler gespeichert.</translation>
    </message>
    <message>
        <source>Check the secret in %1 and that the endpoint&apos;s authentication type (%2) is the one the server expects.</source>
        <translation>Prüfen Sie das Geheimnis (%1) und ob der Anmeldetyp des Endpunkts (%2) der ist, den der Server erwartet.</translation>
    </message>
    <message>
        <source>the server refused the record</source>
        <translation>der Server hat den Datensatz abgelehnt</translation>
    </message>
    <message>
        <source>the server&apos;s answer has no result for this record</source>
        <translation>die Antwort des Servers enthält kein Ergebnis für diesen Datensatz</translation>
    </message>
    <message>
        <source>the server answered with success, but says: %1</source>
        <translation>der Server hat mit Erfolg geantwortet, sagt aber: %1</translation>
    </message>
    <message>
        <source>the answer&apos;s &quot;results&quot; is %1, not a list, so it does not say which records were written</source>
        <translation>&quot;results&quot; in der Antwort ist %1, keine Liste, also sagt sie nicht, welche Datensätze geschrieben wurden</translation>
    </message>
    <message>
        <source>the secret in %1 for the endpoint&apos;s %2 authentication contains a line break; no request was sent with it</source>
        <translation>das Geheimnis in %1 für die %2-Authentifizierung des Endpunkts enthält einen Zeilenumbruch; keine Anfrage wurde damit gesendet</translation>
    </message>
    <message>
        <source>Remove the line break from the secret (a file with Windows line endings leaves a &quot;\r&quot; at the end of each line).</source>
        <translation>Entfernen Sie den Zeilenumbruch aus dem Geheimnis (eine Datei mit Windows-Zeilenenden hinterlässt ein &quot;\r&quot; am Ende jeder Zeile).</translation>
    </message>
    <message>
        <source>the record&apos;s key &quot;%1&quot; cannot name a record in a URL path, so it was not deleted</source>
        <translation>der Schlüssel „%1“ des Datensatzes kann keinen Datensatz in einem URL-Pfad benennen, daher wurde er nicht gelöscht</translation>
    </message>
    <message>
        <source>Delete the record in the target by hand; the endpoint cannot address it by that key.</source>
        <translation>Löschen Sie den Datensatz im Ziel von Hand; der Endpunkt kann ihn über diesen Schlüssel nicht ansprechen.</translation>
    </message>
    <message>
        <source>the endpoint&apos;s API key header is not an HTTP header name; no request was sent</source>
        <translation>der API-Schlüssel-Header des Endpunkts ist kein HTTP-Headername; es wurde keine Anfrage gesendet</translation>
    </message>
    <message>
        <source>Write the name alone in the endpoint&apos;s auth, such as &quot;X-Api-Key&quot;, and refer to the key in &quot;key&quot;. If a key was written into the name, change it, since it was stored in clear text.</source>
        <translation>Schreiben Sie im &quot;auth&quot; des Endpunkts nur den Namen, etwa &quot;X-Api-Key&quot;, und verweisen Sie in &quot;key&quot; auf den Schlüssel. Wenn ein Schlüssel im Namen stand, ändern Sie ihn, da er im Klartext gespeichert war.</translation>
    </message>
    <message>
        <source>Give the resource as a path below the base URL, such as &quot;%1&quot;.</source>
        <translation>Geben Sie die Ressource als Pfad unterhalb der Basis-URL an, etwa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the resource of %1 is not on the base URL&apos;s origin but on %2; credentials are never sent to another origin, so no request was sent</source>
        <translation>die Ressource von %1 liegt nicht auf dem Ursprung der Basis-URL, sondern auf %2; Zugangsdaten werden nie an einen anderen Ursprung gesendet, daher wurde keine Anfrage gesendet</translation>
    </message>
    <message>
        <source>the server&apos;s answer has %1 results for %2 records and does not name their keys, so it does not say which records were written</source>
        <translation>die Antwort des Servers hat %1 Ergebnisse für %2 Datensätze und nennt deren Schlüssel nicht, sagt also nicht, welche Datensätze geschrieben wurden</translation>
    </message>
    <message>
        <source>the server answered with success, but &quot;%1&quot;: %2</source>
        <translation>der Server hat mit Erfolg geantwortet, aber „%1“: %2</translation>
    </message>
    <message>
        <source>the server answered with success, but &quot;%1&quot;: false</source>
        <translation>der Server hat mit Erfolg geantwortet, aber „%1“: false</translation>
    </message>
    <message>
        <source>the answer is not valid %1, the character set its server declares</source>
        <translation>die Antwort ist kein gültiges %1, der Zeichensatz, den ihr Server angibt</translation>
    </message>
    <message>
        <source>Have the server send UTF-8, or the character set it declares.</source>
        <translation>Lassen Sie den Server UTF-8 senden oder den Zeichensatz, den er angibt.</translation>
    </message>
    <message>
        <source>the answer is in the character set &quot;%1&quot;, which cannot be read here</source>
        <translation>die Antwort ist im Zeichensatz „%1“, der hier nicht gelesen werden kann</translation>
    </message>
</context>
<context>
    <name>Linkwright::RestPaging</name>
    <message>
        <source>the page cursor &quot;%1&quot; was not made by %2 pagination</source>
        <translation>der Seitencursor „%1“ stammt nicht aus der %2-Paginierung</translation>
    </message>
    <message>
        <source>Start again from the first page (a full run).</source>
        <translation>Beginnen Sie erneut mit der ersten Seite (ein vollständiger Lauf).</translation>
    </message>
    <message>
        <source>the next page is on another origin (%1); credentials are never sent to another origin, so paging stopped there</source>
        <translation>die nächste Seite liegt auf einem anderen Ursprung (%1); Zugangsdaten werden nie an einen anderen Ursprung gesendet, daher endete das Blättern dort</translation>
    </message>
    <message>
        <source>If the server really serves its pages from there, set the endpoint&apos;s base URL to that origin.</source>
        <translation>Wenn der Server seine Seiten wirklich von dort ausliefert, setzen Sie die Basis-URL des Endpunkts auf diesen Ursprung.</translation>
    </message>
    <message>
        <source>the answer has no list of records at &quot;%1&quot;</source>
        <translation>die Antwort enthält unter &quot;%1&quot; keine Liste von Datensätzen</translation>
    </message>
    <message>
        <source>Set the endpoint&apos;s pagination.itemsPath to where the records are.</source>
        <translation>Setzen Sie pagination.itemsPath des Endpunkts auf die Stelle, an der die Datensätze stehen.</translation>
    </message>
    <message>
        <source>the answer has no list of records (looked for &quot;items&quot;, &quot;value&quot;, &quot;data&quot; and a top-level array)</source>
        <translation>die Antwort enthält keine Liste von Datensätzen (gesucht nach &quot;items&quot;, &quot;value&quot;, &quot;data&quot; und einem Array auf oberster Ebene)</translation>
    </message>
    <message>
        <source>the Link header&apos;s rel=&quot;next&quot;</source>
        <translation>rel=&quot;next&quot; des Link-Headers</translation>
    </message>
    <message>
        <source>%1 names a next page that is not a usable URL: &quot;%2&quot;</source>
        <translation>%1 nennt eine nächste Seite, die keine brauchbare URL ist: „%2“</translation>
    </message>
    <message>
        <source>The server wrote a malformed link, so paging cannot go on; ask its operator to fix the link, or choose another pagination style for the endpoint.</source>
        <translation>Der Server hat einen fehlerhaften Link geschrieben, daher kann das Blättern nicht weitergehen; bitten Sie seinen Betreiber, den Link zu korrigieren, oder wählen Sie für den Endpunkt einen anderen Paginierungsstil.</translation>
    </message>
    <message>
        <source>the server answered %1 but says the request failed: %2</source>
        <translation>der Server antwortete mit %1, sagt aber, die Anfrage sei fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s credentials and settings with what the server says; the records were not read, so nothing was written and the watermark stayed.</source>
        <translation>Prüfen Sie die Zugangsdaten und Einstellungen des Endpunkts anhand dessen, was der Server sagt; die Datensätze wurden nicht gelesen, also wurde nichts geschrieben und das Wasserzeichen blieb stehen.</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s pagination: does the server count pages from 0 (firstPage)? Run in full again once the server&apos;s pages and its total agree.</source>
        <translation>Prüfen Sie die Seitenaufteilung des Endpunkts: Zählt der Server die Seiten ab 0 (firstPage)? Synchronisieren Sie erneut vollständig, sobald die Seiten des Servers und seine Gesamtzahl übereinstimmen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: false</source>
        <translation>„%1“: false</translation>
    </message>
    <message>
        <source>the pages ended after %1 records, one page short of the %2 the server says it has</source>
        <translation>die Seiten endeten nach %1 Datensätzen, eine Seite vor den %2, die der Server zu haben angibt</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiAreasModel</name>
    <message>
        <source>The data point whose written records count this area&apos;s events for the realised ROI.</source>
        <translation>Der Datenpunkt, dessen geschriebene Datensätze die Vorgänge dieses Bereichs für den realisierten ROI zählen.</translation>
    </message>
    <message>
        <source>How much of the work per event the integration saves, 0 to 100 %.</source>
        <translation>Wie viel der Arbeit pro Vorgang die Integration einspart, 0 bis 100 %.</translation>
    </message>
    <message>
        <source>Cost per event × events per day × improvement × days per year.</source>
        <translation>Kosten pro Vorgang × Vorgänge pro Tag × Verbesserung × Tage pro Jahr.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Gemessen über</translation>
    </message>
    <message>
        <source>Cost per event</source>
        <translation>Kosten pro Vorgang</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Vorgänge pro Tag</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>Yearly saving</source>
        <translation>Jährliche Einsparung</translation>
    </message>
    <message>
        <source>Shown once the figures of this row check out.</source>
        <translation>Wird angezeigt, sobald die Zahlen dieser Zeile stimmen.</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiAssumptionsView</name>
    <message>
        <source>&amp;Days per year:</source>
        <translation>&amp;Tage pro Jahr:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Implementation cost:</source>
        <translation>&amp;Implementierungskosten:</translation>
    </message>
    <message>
        <source>&amp;Running cost a year:</source>
        <translation>&amp;Laufende Kosten pro Jahr:</translation>
    </message>
    <message>
        <source>365 every day, 260 weekdays, 250 working days</source>
        <translation>365 alle Tage, 260 Wochentage (Mo‑Fr), 250 Arbeitstage</translation>
    </message>
    <message>
        <source>ISO code, such as EUR</source>
        <translation>ISO-Code, etwa EUR</translation>
    </message>
    <message>
        <source>The three-letter ISO 4217 code of the currency the figures are in.</source>
        <translation>Der dreibuchstabige ISO-4217-Code der Währung, in der die Zahlen angegeben sind.</translation>
    </message>
    <message>
        <source>One-off: licences, set-up and the integrator&apos;s work.</source>
        <translation>Einmalig: Lizenzen, Einrichtung und die Arbeit des Integrators.</translation>
    </message>
    <message>
        <source>Every year: hosting, subscriptions and maintenance.</source>
        <translation>Jedes Jahr: Hosting, Abonnements und Wartung.</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 pro Jahr</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiCharts</name>
    <message>
        <source>Yearly saving per area</source>
        <translation>Jährliche Einsparung pro Bereich</translation>
    </message>
    <message>
        <source>Net saving over 36 months against the investment</source>
        <translation>Nettoeinsparung über 36 Monate im Vergleich zur Investition</translation>
    </message>
    <message>
        <source>Add an area to see its saving.</source>
        <translation>Fügen Sie einen Bereich hinzu, um seine Einsparung zu sehen.</translation>
    </message>
    <message>
        <source>Months after go-live</source>
        <translation>Monate nach Go-live</translation>
    </message>
    <message>
        <source>Investment: %1</source>
        <translation>Investition: %1</translation>
    </message>
    <message>
        <source>Net saving so far</source>
        <translation>Bisherige Nettoeinsparung</translation>
    </message>
    <message>
        <source>Pays back at once</source>
        <translation>Sofort amortisiert</translation>
    </message>
    <message>
        <source>Paid back in month %1</source>
        <translation>Amortisiert im Monat %1</translation>
    </message>
    <message>
        <source>Pays back after month %1</source>
        <translation>Amortisiert sich nach Monat %1</translation>
    </message>
    <message>
        <source>No payback</source>
        <translation>Keine Amortisation</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiChartsView</name>
    <message>
        <source>The charts appear once every figure checks out.</source>
        <translation>Die Diagramme erscheinen, sobald alle Zahlen stimmen.</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiChecker</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Write digits, such as 12.50.</source>
        <translation>Schreiben Sie Ziffern, etwa 12.50.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Enter 0 or more.</source>
        <translation>Geben Sie 0 oder mehr ein.</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>Geben Sie mindestens %1 ein.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n decimal places.</source>
        <translation>
            <numerusform>Verwenden Sie höchstens %n Nachkommastelle.</numerusform>
            <numerusform>Verwenden Sie höchstens %n Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 areas.</source>
        <translation>Mehr als %1 Bereiche.</translation>
    </message>
    <message>
        <source>Combine similar areas; a prospect cannot take in more on one page anyway.</source>
        <translation>Fassen Sie ähnliche Bereiche zusammen; mehr kann ein Interessent auf einer Seite ohnehin nicht erfassen.</translation>
    </message>
    <message>
        <source>Enter the days per year.</source>
        <translation>Geben Sie die Tage pro Jahr ein.</translation>
    </message>
    <message>
        <source>%1 days is more than a year has.</source>
        <translation>%1 Tage sind mehr, als ein Jahr hat.</translation>
    </message>
    <message>
        <source>Use 365 for every day, or the working days, such as 250.</source>
        <translation>Verwenden Sie 365 für alle Tage oder die Zahl der Arbeitstage, etwa 250.</translation>
    </message>
    <message>
        <source>Enter a currency code.</source>
        <translation>Geben Sie einen Währungscode ein.</translation>
    </message>
    <message>
        <source>Such as EUR, USD or DKK.</source>
        <translation>Etwa EUR, USD oder DKK.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation>„%1“ ist kein Währungscode.</translation>
    </message>
    <message>
        <source>Use the three letters of ISO 4217, such as EUR, USD or DKK.</source>
        <translation>Verwenden Sie die drei Buchstaben nach ISO 4217, etwa EUR, USD oder DKK.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known currency.</source>
        <translation>„%1“ ist keine bekannte Währung.</translation>
    </message>
    <message>
        <source>%1 is more than this calculator takes.</source>
        <translation>%1 ist mehr, als dieser Rechner verarbeitet.</translation>
    </message>
    <message>
        <source>At most %1; check the figure.</source>
        <translation>Höchstens %1; prüfen Sie die Zahl.</translation>
    </message>
    <message>
        <source>Enter the implementation cost, 0 if there is none.</source>
        <translation>Geben Sie die Implementierungskosten ein, 0, wenn es keine gibt.</translation>
    </message>
    <message>
        <source>Enter the yearly running cost, 0 if there is none.</source>
        <translation>Geben Sie die jährlichen laufenden Kosten ein, 0, wenn es keine gibt.</translation>
    </message>
    <message>
        <source>Give the area a name.</source>
        <translation>Geben Sie dem Bereich einen Namen.</translation>
    </message>
    <message>
        <source>Enter the cost per event.</source>
        <translation>Geben Sie die Kosten pro Vorgang ein.</translation>
    </message>
    <message>
        <source>%1 per event is more than this calculator takes.</source>
        <translation>%1 pro Vorgang ist mehr, als dieser Rechner verarbeitet.</translation>
    </message>
    <message>
        <source>Enter how many events a day.</source>
        <translation>Geben Sie ein, wie viele Vorgänge pro Tag anfallen.</translation>
    </message>
    <message>
        <source>%1 events a day is more than this calculator takes.</source>
        <translation>%1 Vorgänge pro Tag sind mehr, als dieser Rechner verarbeitet.</translation>
    </message>
    <message>
        <source>At most %1 a day; check the figure.</source>
        <translation>Höchstens %1 pro Tag; prüfen Sie die Zahl.</translation>
    </message>
    <message>
        <source>Enter the improvement in percent.</source>
        <translation>Geben Sie die Verbesserung in Prozent ein.</translation>
    </message>
    <message>
        <source>%1 % is more than all of the work.</source>
        <translation>%1 % ist mehr als die gesamte Arbeit.</translation>
    </message>
    <message>
        <source>The integration can save at most 100 % of the work; enter 0 to 100.</source>
        <translation>Die Integration kann höchstens 100 % der Arbeit einsparen; geben Sie 0 bis 100 ein.</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiExporter</name>
    <message>
        <source>No payback</source>
        <translation>Keine Amortisation</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>What the integration is worth</source>
        <translation>Was die Integration wert ist</translation>
    </message>
    <message>
        <source>the PDF cannot be written</source>
        <translation>das PDF kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, and close the file if another program has it open.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, und schließen Sie die Datei, falls ein anderes Programm sie geöffnet hat.</translation>
    </message>
    <message>
        <source>Yearly saving</source>
        <translation>Jährliche Einsparung</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>Net saving, 3 years</source>
        <translation>Nettoeinsparung, 3 Jahre</translation>
    </message>
    <message>
        <source>ROI, 3 years</source>
        <translation>ROI, 3 Jahre</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Cost per event</source>
        <translation>Kosten pro Vorgang</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Vorgänge pro Tag</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>%1 more areas</source>
        <translation>%1 weitere Bereiche</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>no payback: the running cost is as high as the saving or higher</source>
        <translation>keine Amortisation: die laufenden Kosten sind so hoch wie die Einsparung oder höher</translation>
    </message>
    <message>
        <source>pays back immediately</source>
        <translation>sofort amortisiert</translation>
    </message>
    <message>
        <source>paid back in month %1</source>
        <translation>amortisiert im Monat %1</translation>
    </message>
    <message>
        <source>%1 days a year · implementation %2 · running cost %3 a year · net saving %4 a month · %5</source>
        <translation>%1 Tage im Jahr · Implementierung %2 · laufende Kosten %3 pro Jahr · Nettoeinsparung %4 pro Monat · %5</translation>
    </message>
    <message>
        <source>Yearly saving per area = cost per event × events per day × improvement × days per year. Net saving = yearly saving − running cost. ROI = net saving over 3 years ÷ (implementation + 3 years of running cost). Prepared with Linkwright.</source>
        <translation>Jährliche Einsparung pro Bereich = Kosten pro Vorgang × Vorgänge pro Tag × Verbesserung × Tage pro Jahr. Nettoeinsparung = jährliche Einsparung − laufende Kosten. ROI = Nettoeinsparung über 3 Jahre ÷ (Implementierung + 3 Jahre laufende Kosten). Erstellt mit Linkwright.</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>das PDF konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>Free some disk space or choose another place.</source>
        <translation>Schaffen Sie Speicherplatz oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>the picture cannot be written</source>
        <translation>das Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiPage</name>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>What the integration is worth: per area, cost per event × events per day × improvement × days per year; then payback and ROI on the investment.</source>
        <translation>Was die Integration wert ist: pro Bereich Kosten pro Vorgang × Vorgänge pro Tag × Verbesserung × Tage pro Jahr; dazu Amortisation und ROI der Investition.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren …</translation>
    </message>
    <message>
        <source>A one-page summary for the prospect: the table, the result and both charts.</source>
        <translation>Eine einseitige Zusammenfassung für den Interessenten: die Tabelle, das Ergebnis und beide Diagramme.</translation>
    </message>
    <message>
        <source>Export Charts…</source>
        <translation>Diagramme exportieren …</translation>
    </message>
    <message>
        <source>Both charts as PNG pictures, for slides and e-mails.</source>
        <translation>Beide Diagramme als PNG-Bilder, für Folien und E-Mails.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Year and investment</source>
        <translation>Jahr und Investition</translation>
    </message>
    <message>
        <source>Add Area</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <source>Remove Area</source>
        <translation>Bereich entfernen</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Export PDF Summary</source>
        <translation>PDF-Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation>Diagramme als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Saved %1 and %2</source>
        <translation>%1 und %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiPresets</name>
    <message>
        <source>Whitepaper example</source>
        <translation>Whitepaper-Beispiel</translation>
    </message>
    <message>
        <source>Product changes</source>
        <translation>Produktänderungen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Customer queries</source>
        <translation>Kundenanfragen</translation>
    </message>
    <message>
        <source>Stock updates</source>
        <translation>Bestandsaktualisierungen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Neuer Bereich</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiRealisedModel</name>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Gemessen über</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Geschriebene Datensätze</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Eingespart</translation>
    </message>
    <message>
        <source>Choose the data point that measures this area in the areas table above.</source>
        <translation>Wählen Sie in der Bereichstabelle oben den Datenpunkt, der diesen Bereich misst.</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiRealisedView</name>
    <message>
        <source>Realised last month</source>
        <translation>Im letzten Monat realisiert</translation>
    </message>
    <message>
        <source>Read Run History Again</source>
        <translation>Laufhistorie neu einlesen</translation>
    </message>
    <message>
        <source>Counts again the records the project&apos;s runs wrote last month.</source>
        <translation>Zählt erneut die Datensätze, die die Läufe des Projekts im letzten Monat geschrieben haben.</translation>
    </message>
    <message>
        <source>Open a project to see what its integration saved: the records its runs wrote last month, priced with the figures above.</source>
        <translation>Öffnen Sie ein Projekt, um zu sehen, was seine Integration eingespart hat: die Datensätze, die seine Läufe im letzten Monat geschrieben haben, bewertet mit den Zahlen oben.</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>Die Laufhistorie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No runs yet. Once this project&apos;s runs write records, this section shows what they saved last month, priced with the figures above.</source>
        <translation>Noch keine Läufe. Sobald die Läufe dieses Projekts Datensätze schreiben, zeigt dieser Abschnitt, was sie im letzten Monat eingespart haben, bewertet mit den Zahlen oben.</translation>
    </message>
    <message>
        <source>The figures above need fixing before the realised saving can be priced.</source>
        <translation>Die Zahlen oben müssen korrigiert werden, bevor die realisierte Einsparung bewertet werden kann.</translation>
    </message>
    <message>
        <source>No area is measured yet: choose in the areas table&apos;s &quot;Measured by&quot; column which data point&apos;s records stand for each area&apos;s events.</source>
        <translation>Noch wird kein Bereich gemessen: Wählen Sie in der Spalte „Gemessen über“ der Bereichstabelle, welcher Datenpunkt mit seinen Datensätzen für die Vorgänge des jeweiligen Bereichs steht.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2 saved, from 1 record written.</source>
        <translation>%1: %2 eingespart, anhand eines geschriebenen Datensatzes.</translation>
    </message>
    <message>
        <source>%1: %2 saved, from %3 records written.</source>
        <translation>%1: %2 eingespart, anhand von %3 geschriebenen Datensätzen.</translation>
    </message>
    <message>
        <source>Reading the run history…</source>
        <translation>Die Laufhistorie wird gelesen …</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiResultsView</name>
    <message>
        <source>Yearly saving</source>
        <translation>Jährliche Einsparung</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Amortisation</translation>
    </message>
    <message>
        <source>Net saving over 3 years</source>
        <translation>Nettoeinsparung über 3 Jahre</translation>
    </message>
    <message>
        <source>Return on investment, 3 years</source>
        <translation>Kapitalrendite (ROI), 3 Jahre</translation>
    </message>
    <message>
        <source>One figure to fix first; it says what is wrong where it is entered.</source>
        <translation>Zuerst ist eine Zahl zu korrigieren; was falsch ist, steht dort, wo sie eingegeben wird.</translation>
    </message>
    <message>
        <source>%1 figures to fix first; each says what is wrong where it is entered.</source>
        <translation>Zuerst sind %1 Zahlen zu korrigieren; was jeweils falsch ist, steht dort, wo sie eingegeben werden.</translation>
    </message>
    <message>
        <source>%1 days a year, before running cost</source>
        <translation>%1 Tage im Jahr, vor laufenden Kosten</translation>
    </message>
    <message>
        <source>No payback</source>
        <translation>Keine Amortisation</translation>
    </message>
    <message>
        <source>Nothing is saved, so nothing pays for the investment.</source>
        <translation>Es wird nichts eingespart, also spielt nichts die Investition wieder ein.</translation>
    </message>
    <message>
        <source>The running cost (%1 a year) is as high as the saving or higher.</source>
        <translation>Die laufenden Kosten (%1 pro Jahr) sind so hoch wie die Einsparung oder höher.</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>No implementation cost entered.</source>
        <translation>Keine Implementierungskosten eingegeben.</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>Paid back in month %1: %2 implementation, %3 net saving a month</source>
        <translation>Amortisiert im Monat %1: %2 Implementierung, %3 Nettoeinsparung pro Monat</translation>
    </message>
    <message>
        <source>3 × (yearly saving − running cost) − implementation</source>
        <translation>3 × (jährliche Einsparung − laufende Kosten) − Implementierung</translation>
    </message>
    <message>
        <source>Net saving over 3 years on %1 invested</source>
        <translation>Nettoeinsparung über 3 Jahre bei %1 Investition</translation>
    </message>
    <message>
        <source>Enter the implementation or running cost to see the return on it.</source>
        <translation>Geben Sie die Implementierungs- oder laufenden Kosten ein, um die Rendite darauf zu sehen.</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiScenarioBar</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Save as New Scenario</source>
        <translation>Als neues Szenario speichern</translation>
    </message>
    <message>
        <source>Keeps these figures in the project, under the name given.</source>
        <translation>Speichert diese Zahlen unter dem angegebenen Namen im Projekt.</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Removes the scenario from the project; the figures stay on the page.</source>
        <translation>Entfernt das Szenario aus dem Projekt; die Zahlen bleiben auf der Seite.</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (Vorlage)</translation>
    </message>
    <message>
        <source>Open or create a project to save scenarios with it.</source>
        <translation>Legen Sie ein Projekt an oder öffnen Sie eines, um Szenarien darin zu speichern.</translation>
    </message>
    <message>
        <source>Saved with the project: every change is kept when the project is saved.</source>
        <translation>Wird mit dem Projekt gespeichert: Jede Änderung bleibt erhalten, wenn das Projekt gespeichert wird.</translation>
    </message>
    <message>
        <source>Not saved yet: Save as New Scenario keeps these figures with the project.</source>
        <translation>Noch nicht gespeichert: „Als neues Szenario speichern“ übernimmt diese Zahlen ins Projekt.</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiWorkspace</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Linkwright::RunsPage</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Every sync run: its steps, its counts and how long it took.</source>
        <translation>Jeder Synchronisierungslauf: seine Schritte, seine Zahlen und wie lange er gedauert hat.</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
    <message>
        <source>Each sync run will be listed here with what it fetched, mapped, matched and wrote, and how long each step took. Runs can then be started, or dry-run, from this page.</source>
        <translation>Hier wird jeder Synchronisierungslauf aufgeführt: was er abgerufen, zugeordnet, abgeglichen und geschrieben hat und wie lange jeder Schritt gedauert hat. Läufe und Probeläufe lassen sich dann auf dieser Seite starten.</translation>
    </message>
</context>
<context>
    <name>Linkwright::Schedules</name>
    <message>
        <source>%1 step &quot;%2&quot; is not a positive number</source>
        <translation>Schrittweite „%2“ für %1 ist keine positive Zahl</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
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
        <source>&quot;%1&quot; is not one of %2</source>
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
<context>
    <name>Linkwright::SchedulesPage</name>
    <message>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <source>When each data point runs: on an interval, by a cron expression, or live.</source>
        <translation>Wann jeder Datenpunkt läuft: in einem Intervall, nach einem Cron-Ausdruck oder live.</translation>
    </message>
    <message>
        <source>Run schedules</source>
        <translation>Zeitpläne für Läufe</translation>
    </message>
    <message>
        <source>Batch data points run on an interval or a cron expression, live ones as soon as data changes. This page will set and review them; for now, the Data points page shows each schedule.</source>
        <translation>Batch-Datenpunkte laufen in einem Intervall oder nach einem Cron-Ausdruck, Live-Datenpunkte, sobald sich Daten ändern. Auf dieser Seite werden sie künftig festgelegt und geprüft; bis dahin zeigt die Seite „Datenpunkte“ jeden Zeitplan.</translation>
    </message>
    <message>
        <source>Go to Data Points</source>
        <translation>Zu den Datenpunkten</translation>
    </message>
</context>
<context>
    <name>Linkwright::SecretRefEditor</name>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>entry, e.g. linkwright/erp</source>
        <translation>Eintrag, z. B. linkwright/erp</translation>
    </message>
    <message>
        <source>entry, e.g. linkwright/shop</source>
        <translation>Eintrag, z. B. linkwright/shop</translation>
    </message>
    <message>
        <source>variable, e.g. LINKWRIGHT_ERP_TOKEN</source>
        <translation>Variable, z. B. LINKWRIGHT_ERP_TOKEN</translation>
    </message>
    <message>
        <source>variable, e.g. LINKWRIGHT_SHOP_TOKEN</source>
        <translation>Variable, z. B. LINKWRIGHT_SHOP_TOKEN</translation>
    </message>
    <message>
        <source>Only this reference is saved in the project, never the secret itself.</source>
        <translation>Im Projekt wird nur dieser Verweis gespeichert, nie das Geheimnis selbst.</translation>
    </message>
    <message>
        <source>Say where the secret lives; the project cannot be saved without it.</source>
        <translation>Geben Sie an, wo das Geheimnis liegt; ohne diese Angabe kann das Projekt nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name: use letters, digits and underscores, not starting with a digit.</source>
        <translation>„%1“ ist kein Name einer Umgebungsvariablen: Verwenden Sie Buchstaben, Ziffern und Unterstriche und beginnen Sie nicht mit einer Ziffer.</translation>
    </message>
</context>
<context>
    <name>Linkwright::SecretResolver</name>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>Schlüsselbund-Eintrag %1</translation>
    </message>
    <message>
        <source>no secret reference</source>
        <translation>kein Verweis auf ein Geheimnis</translation>
    </message>
</context>
<context>
    <name>Linkwright::ShellStatusBar</name>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>SQLite · chosen when the project is first saved</source>
        <translation>SQLite · wird beim ersten Speichern des Projekts festgelegt</translation>
    </message>
    <message>
        <source>SQLite · %1</source>
        <translation>SQLite · %1</translation>
    </message>
    <message>
        <source>Sync state is stored in %1</source>
        <translation>Der Synchronisierungsstatus wird in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorAdmin</name>
    <message>
        <source>no such admin path: %1</source>
        <translation>Admin-Pfad nicht gefunden: %1</translation>
    </message>
    <message>
        <source>the admin paths are /_admin/faults, /_admin/stats, /_admin/stats/reset and /_admin/flush</source>
        <translation>verfügbare Admin-Pfade: /_admin/faults, /_admin/stats, /_admin/stats/reset und /_admin/flush</translation>
    </message>
    <message>
        <source>%1 does not support this method</source>
        <translation>%1 unterstützt diese Methode nicht</translation>
    </message>
    <message>
        <source>read with GET; change /_admin/faults and call /_admin/stats/reset and /_admin/flush with POST</source>
        <translation>mit GET lesen; /_admin/faults mit POST ändern und /_admin/stats/reset sowie /_admin/flush mit POST aufrufen</translation>
    </message>
    <message>
        <source>send a JSON object such as {&quot;rate&quot;: 0.2, &quot;kinds&quot;: [&quot;500&quot;, &quot;429&quot;]}; fields left out keep their values</source>
        <translation>ein JSON-Objekt wie {&quot;rate&quot;: 0.2, &quot;kinds&quot;: [&quot;500&quot;, &quot;429&quot;]} senden; weggelassene Felder behalten ihre Werte</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Anfragetext ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>this simulator has no data folder</source>
        <translation>dieser Simulator hat keinen Datenordner</translation>
    </message>
    <message>
        <source>start linkwright-sim with --data DIR to keep its state</source>
        <translation>linkwright-sim mit --data ORDNER starten, um seinen Zustand zu behalten</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorApi</name>
    <message>
        <source>/health only answers GET</source>
        <translation>/health beantwortet nur GET</translation>
    </message>
    <message>
        <source>send GET /health</source>
        <translation>GET /health senden</translation>
    </message>
    <message>
        <source>missing or wrong bearer token</source>
        <translation>fehlendes oder falsches Bearer-Token</translation>
    </message>
    <message>
        <source>send &quot;Authorization: Bearer &lt;token&gt;&quot; with the token linkwright-sim was started with (--token)</source>
        <translation>&quot;Authorization: Bearer &lt;token&gt;&quot; mit dem Token senden, mit dem linkwright-sim gestartet wurde (--token)</translation>
    </message>
    <message>
        <source>no such path: %1</source>
        <translation>Pfad nicht gefunden: %1</translation>
    </message>
    <message>
        <source>resources live at /erp/&lt;resource&gt; and /shop/&lt;resource&gt;; health at /health</source>
        <translation>Ressourcen liegen unter /erp/&lt;ressource&gt; und /shop/&lt;ressource&gt;, der Status unter /health</translation>
    </message>
    <message>
        <source>no such system: %1</source>
        <translation>System nicht gefunden: %1</translation>
    </message>
    <message>
        <source>paths start with /erp or /shop</source>
        <translation>Pfade beginnen mit /erp oder /shop</translation>
    </message>
    <message>
        <source>no such resource: %1</source>
        <translation>Ressource nicht gefunden: %1</translation>
    </message>
    <message>
        <source>the resources are %1</source>
        <translation>verfügbare Ressourcen: %1</translation>
    </message>
    <message>
        <source>send POST to the resource to create or update</source>
        <translation>zum Anlegen oder Aktualisieren POST an die Ressource senden</translation>
    </message>
    <message>
        <source>this method is not supported here</source>
        <translation>diese Methode wird hier nicht unterstützt</translation>
    </message>
    <message>
        <source>use GET to read and POST to upsert</source>
        <translation>GET zum Lesen und POST zum Anlegen oder Aktualisieren verwenden</translation>
    </message>
    <message>
        <source>page must be a whole number from 1</source>
        <translation>page muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>pages count from 1: ?page=1</source>
        <translation>Seiten werden ab 1 gezählt: ?page=1</translation>
    </message>
    <message>
        <source>pageSize must be a whole number from 1 to %1</source>
        <translation>pageSize muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>ask for at most %1 records a page, e.g. ?pageSize=%2</source>
        <translation>höchstens %1 Datensätze pro Seite anfordern, z. B. ?pageSize=%2</translation>
    </message>
    <message>
        <source>modifiedSince is not an ISO 8601 date and time</source>
        <translation>modifiedSince ist keine Datums- und Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <source>use e.g. 2026-01-31T12:00:00Z, and encode a &apos;+&apos; in an offset as %2B</source>
        <translation>z. B. 2026-01-31T12:00:00Z verwenden und ein &apos;+&apos; im Zeitzonenversatz als %2B kodieren</translation>
    </message>
    <message>
        <source>no %1 record with %2 &quot;%3&quot;</source>
        <translation>kein %1-Datensatz mit %2 „%3“</translation>
    </message>
    <message>
        <source>list the resource to see which keys exist</source>
        <translation>die Ressource auflisten, um die vorhandenen Schlüssel zu sehen</translation>
    </message>
    <message>
        <source>linkwright-sim injected this fault on purpose (--fault-rate); retry the request</source>
        <translation>linkwright-sim hat diesen Fehler absichtlich erzeugt (--fault-rate); die Anfrage wiederholen</translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation>interner Serverfehler</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>wait for the seconds in Retry-After, then retry</source>
        <translation>die in Retry-After angegebenen Sekunden warten, dann erneut versuchen</translation>
    </message>
    <message>
        <source>the request stalled</source>
        <translation>die Anfrage ist hängen geblieben</translation>
    </message>
    <message>
        <source>a single record can only be read or deleted</source>
        <translation>ein einzelner Datensatz kann nur gelesen oder gelöscht werden</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorBatch</name>
    <message>
        <source>send a JSON array of %1 records (or one record object), each with its key &quot;%2&quot;</source>
        <translation>ein JSON-Array von %1-Datensätzen (oder ein einzelnes Datensatzobjekt) senden, jeweils mit dem Schlüssel „%2“</translation>
    </message>
    <message>
        <source>the request body is empty</source>
        <translation>der Anfragetext ist leer</translation>
    </message>
    <message>
        <source>the body is not valid UTF-8</source>
        <translation>der Anfragetext ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>der Anfragetext ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the body is neither a JSON array nor a JSON object</source>
        <translation>der Anfragetext ist weder ein JSON-Array noch ein JSON-Objekt</translation>
    </message>
    <message>
        <source>item %1 of the array is not a JSON object</source>
        <translation>Element %1 des Arrays ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>record %1 has no &quot;%2&quot; (the key must be a non-empty string)</source>
        <translation>Datensatz %1 hat kein „%2“ (der Schlüssel muss eine nicht leere Zeichenkette sein)</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorCommandLine</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>Serves a demo ERP (/erp) and a demo webshop (/shop) over HTTP on loopback, with generated data and switchable faults, for demos, tests and benchmarks of Linkwright.</source>
        <translation>Stellt ein Demo-ERP (/erp) und einen Demo-Webshop (/shop) per HTTP auf Loopback bereit, mit erzeugten Daten und schaltbaren Fehlern, für Vorführungen, Tests und Benchmarks von Linkwright.</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>Port, auf dem gelauscht wird (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Seed of the generated data; the same seed gives the same data.</source>
        <translation>Startwert der erzeugten Daten; derselbe Startwert ergibt dieselben Daten.</translation>
    </message>
    <message>
        <source>Products in the ERP.</source>
        <translation>Artikel im ERP.</translation>
    </message>
    <message>
        <source>Customers in the ERP.</source>
        <translation>Kunden im ERP.</translation>
    </message>
    <message>
        <source>Web orders in the shop.</source>
        <translation>Webbestellungen im Shop.</translation>
    </message>
    <message>
        <source>Add hostile records (2,000 levels deep, a 30-digit integer, invalid UTF-8, a 10 MiB string, a number where text belongs) to ERP products and customers and to shop orders.</source>
        <translation>Fügt feindselige Datensätze (2.000 Ebenen tief, eine 30-stellige Ganzzahl, ungültiges UTF-8, eine Zeichenkette von 10 MiB, eine Zahl, wo Text hingehört) zu ERP-Artikeln und -Kunden und zu Shop-Bestellungen hinzu.</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer &lt;token&gt;&quot; on every request except /health.</source>
        <translation>Verlangt „Authorization: Bearer &lt;token&gt;“ bei jeder Anfrage außer /health.</translation>
    </message>
    <message>
        <source>Keep the state in this folder: load it from there if it holds one, else write the generated data there; every change is saved.</source>
        <translation>Hält den Zustand in diesem Ordner: lädt ihn von dort, wenn er einen enthält, sonst werden die erzeugten Daten dort abgelegt; jede Änderung wird gespeichert.</translation>
    </message>
    <message>
        <source>Share of requests to resources that fault, from 0 to 1.</source>
        <translation>Anteil der Anfragen an Ressourcen, die fehlschlagen, von 0 bis 1.</translation>
    </message>
    <message>
        <source>Fault kinds to draw from, comma-separated: 500, 500-after-write, 429, stall, slow, malformed, truncated, reset, or all.</source>
        <translation>Fehlerarten, aus denen gezogen wird, durch Kommas getrennt: 500, 500-after-write, 429, stall, slow, malformed, truncated, reset oder all.</translation>
    </message>
    <message>
        <source>Which system faults: erp, shop or both.</source>
        <translation>Welches System Fehler zeigt: erp, shop oder both.</translation>
    </message>
    <message>
        <source>Which methods fault: GET, POST or GET,POST.</source>
        <translation>Welche Methoden fehlschlagen: GET, POST oder GET,POST.</translation>
    </message>
    <message>
        <source>Seed of the fault sequence (default: the data seed).</source>
        <translation>Startwert der Fehlerfolge (Standard: der Startwert der Daten).</translation>
    </message>
    <message>
        <source>How long a stalled request gets no answer, in milliseconds.</source>
        <translation>Wie lange eine hängende Anfrage keine Antwort erhält, in Millisekunden.</translation>
    </message>
    <message>
        <source>How late a slow answer comes, in milliseconds.</source>
        <translation>Wie spät eine langsame Antwort kommt, in Millisekunden.</translation>
    </message>
    <message>
        <source>The Retry-After seconds of a 429 fault.</source>
        <translation>Die Retry-After-Sekunden eines 429-Fehlers.</translation>
    </message>
    <message>
        <source>see linkwright-sim --help</source>
        <translation>siehe linkwright-sim --help</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--data needs a folder</source>
        <translation>--data braucht einen Ordner</translation>
    </message>
    <message>
        <source>e.g. --data /tmp/linkwright-sim</source>
        <translation>z. B. --data /tmp/linkwright-sim</translation>
    </message>
    <message>
        <source>the faults chosen strike no request while --fault-rate is 0</source>
        <translation>die gewählten Fehler treffen keine Anfrage, solange --fault-rate 0 ist</translation>
    </message>
    <message>
        <source>add --fault-rate, such as --fault-rate 0.2 for a fifth of the requests</source>
        <translation>ergänzen Sie --fault-rate, etwa --fault-rate 0.2 für ein Fünftel der Anfragen</translation>
    </message>
    <message>
        <source>%1 holds a saved state, so --seed, --products, --customers, --orders and --hostile are ignored</source>
        <translation>%1 enthält einen gespeicherten Zustand, daher werden --seed, --products, --customers, --orders und --hostile ignoriert</translation>
    </message>
    <message>
        <source>use an empty folder to start from newly generated data</source>
        <translation>verwenden Sie einen leeren Ordner, um mit neu erzeugten Daten zu beginnen</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorJsonScan</name>
    <message>
        <source>text after the end of the JSON value</source>
        <translation>Text nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>the text ends in the middle of a JSON value</source>
        <translation>der Text endet mitten in einem JSON-Wert</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>not a JSON value</source>
        <translation>kein JSON-Wert</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>Schlüsselname in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>&apos;:&apos; nach dem Schlüsselnamen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or the end of the object or array</source>
        <translation>&apos;,&apos; oder das Ende des Objekts oder Arrays erwartet</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorPersistence</name>
    <message>
        <source>cannot read the saved simulator state: %1</source>
        <translation>der gespeicherte Simulatorzustand kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>check the permissions of the folder given with --data</source>
        <translation>die Zugriffsrechte des mit --data angegebenen Ordners prüfen</translation>
    </message>
    <message>
        <source>not a saved state of this linkwright-sim version</source>
        <translation>kein gespeicherter Zustand dieser linkwright-sim-Version</translation>
    </message>
    <message>
        <source>point --data at an empty folder, or delete the folder to start from generated data</source>
        <translation>--data auf einen leeren Ordner richten oder den Ordner löschen, um mit erzeugten Daten zu beginnen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a saved record: it needs a JSON object with &quot;id&quot;, &quot;%1&quot; and &quot;modifiedAt&quot;</source>
        <translation>kein gespeicherter Datensatz: erforderlich ist ein JSON-Objekt mit &quot;id&quot;, &quot;%1&quot; und &quot;modifiedAt&quot;</translation>
    </message>
    <message>
        <source>the file was changed or damaged outside linkwright-sim; restore it or delete the folder</source>
        <translation>die Datei wurde außerhalb von linkwright-sim geändert oder beschädigt; sie wiederherstellen oder den Ordner löschen</translation>
    </message>
    <message>
        <source>cannot create the data folder</source>
        <translation>der Datenordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>choose a folder you may write to with --data</source>
        <translation>mit --data einen Ordner wählen, in den Sie schreiben dürfen</translation>
    </message>
    <message>
        <source>cannot save the simulator state: %1</source>
        <translation>der Simulatorzustand kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>check the free space and the permissions of the folder given with --data</source>
        <translation>den freien Speicherplatz und die Zugriffsrechte des mit --data angegebenen Ordners prüfen</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorServer</name>
    <message>
        <source>cannot listen: %1</source>
        <translation>kann nicht lauschen: %1</translation>
    </message>
    <message>
        <source>another program, perhaps another linkwright-sim, uses this port; stop it or choose another port with --port</source>
        <translation>ein anderes Programm, vielleicht ein weiteres linkwright-sim, belegt diesen Port; es beenden oder mit --port einen anderen Port wählen</translation>
    </message>
</context>
<context>
    <name>Linkwright::Store</name>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>Der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Install the package libqt6sql6-sqlite.</source>
        <translation>Installieren Sie das Paket libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>This is a folder, not a state database.</source>
        <translation>Dies ist ein Ordner, keine Statusdatenbank.</translation>
    </message>
    <message>
        <source>Give the path of a database file; it is created if it does not exist.</source>
        <translation>Geben Sie den Pfad einer Datenbankdatei an; sie wird angelegt, falls sie nicht existiert.</translation>
    </message>
    <message>
        <source>The folder for the state database cannot be created.</source>
        <translation>Der Ordner für die Statusdatenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Check that this user may write to the folder above it.</source>
        <translation>Prüfen Sie, ob dieser Benutzer in den übergeordneten Ordner schreiben darf.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>checking the schema version</source>
        <translation>Prüfen der Schemaversion</translation>
    </message>
    <message>
        <source>This is an SQLite database of another program, not a Linkwright state database.</source>
        <translation>Dies ist eine SQLite-Datenbank eines anderen Programms, keine Statusdatenbank von Linkwright.</translation>
    </message>
    <message>
        <source>Check the path; Linkwright keeps its state in a file of its own and changes nothing here.</source>
        <translation>Prüfen Sie den Pfad; Linkwright speichert seinen Zustand in einer eigenen Datei und ändert hier nichts.</translation>
    </message>
    <message>
        <source>The state database has schema version %1; this build of Linkwright knows versions up to %2.</source>
        <translation>Die Statusdatenbank hat die Schemaversion %1; dieser Build von Linkwright kennt Versionen bis %2.</translation>
    </message>
    <message>
        <source>Use the newer Linkwright that wrote it. The file was left unchanged.</source>
        <translation>Verwenden Sie das neuere Linkwright, das sie geschrieben hat. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>checking that the database is writable</source>
        <translation>Prüfen, ob die Datenbank beschreibbar ist</translation>
    </message>
    <message>
        <source>migrating the schema</source>
        <translation>Migrieren des Schemas</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>Abschließen einer Transaktion</translation>
    </message>
    <message>
        <source>The state database reported an error: %1.</source>
        <translation>Die Statusdatenbank hat einen Fehler gemeldet: %1.</translation>
    </message>
    <message>
        <source>Check that this user may write to the file and its folder: SQLite also keeps a -wal and a -shm file beside it.</source>
        <translation>Prüfen Sie, ob dieser Benutzer in die Datei und ihren Ordner schreiben darf: SQLite legt daneben auch eine -wal- und eine -shm-Datei an.</translation>
    </message>
    <message>
        <source>The state database is locked by another process: %1.</source>
        <translation>Die Statusdatenbank ist von einem anderen Prozess gesperrt: %1.</translation>
    </message>
    <message>
        <source>The state database is read-only: %1.</source>
        <translation>Die Statusdatenbank ist schreibgeschützt: %1.</translation>
    </message>
    <message>
        <source>The state database cannot be opened: %1.</source>
        <translation>Die Statusdatenbank kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>The disk holding the state database is full: %1.</source>
        <translation>Der Datenträger mit der Statusdatenbank ist voll: %1.</translation>
    </message>
    <message>
        <source>Free some space and run again; the interrupted change was not stored.</source>
        <translation>Schaffen Sie Speicherplatz und starten Sie erneut; die unterbrochene Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Reading or writing the state database failed: %1.</source>
        <translation>Lesen oder Schreiben der Statusdatenbank ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Check the disk and the file system the file lives on.</source>
        <translation>Prüfen Sie den Datenträger und das Dateisystem, auf dem die Datei liegt.</translation>
    </message>
    <message>
        <source>The file is not a state database, or it is damaged: %1.</source>
        <translation>Die Datei ist keine Statusdatenbank oder sie ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>Check the path. If it is a damaged state database, move it aside: Linkwright starts a new one, with empty sync state and failure log.</source>
        <translation>Prüfen Sie den Pfad. Ist es eine beschädigte Statusdatenbank, verschieben Sie sie: Linkwright legt eine neue an, mit leerem Synchronisierungsstatus und leerem Fehlerprotokoll.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the state database: %1.</source>
        <translation>Die Änderung verletzt eine Regel der Statusdatenbank: %1.</translation>
    </message>
    <message>
        <source>A run or plan it refers to may not exist in this database.</source>
        <translation>Ein Lauf oder Plan, auf den sie verweist, existiert in dieser Datenbank möglicherweise nicht.</translation>
    </message>
    <message>
        <source>The column %1 holds &quot;%2&quot;, which this build does not know.</source>
        <translation>Die Spalte %1 enthält &quot;%2&quot;, das dieser Build nicht kennt.</translation>
    </message>
    <message>
        <source>The file was changed by hand or by another program; restore it from a backup.</source>
        <translation>Die Datei wurde von Hand oder von einem anderen Programm geändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The id may belong to another project&apos;s state database.</source>
        <translation>Die ID gehört möglicherweise zur Statusdatenbank eines anderen Projekts.</translation>
    </message>
    <message>
        <source>reading the failure log</source>
        <translation>Lesen des Fehlerprotokolls</translation>
    </message>
    <message>
        <source>adding to the failure log</source>
        <translation>Hinzufügen zum Fehlerprotokoll</translation>
    </message>
    <message>
        <source>The failure log handed out ids out of sequence.</source>
        <translation>Das Fehlerprotokoll hat IDs außerhalb der Reihenfolge vergeben.</translation>
    </message>
    <message>
        <source>Please report this; nothing was stored.</source>
        <translation>Bitte melden Sie dies; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>updating the failure log</source>
        <translation>Aktualisieren des Fehlerprotokolls</translation>
    </message>
    <message>
        <source>There is no failure with id %1.</source>
        <translation>Es gibt keinen Fehler mit der ID %1.</translation>
    </message>
    <message>
        <source>counting the failure log</source>
        <translation>Zählen des Fehlerprotokolls</translation>
    </message>
    <message>
        <source>resolving failures</source>
        <translation>Erledigen von Fehlern</translation>
    </message>
    <message>
        <source>loading record states</source>
        <translation>Laden der Datensatzzustände</translation>
    </message>
    <message>
        <source>saving record states</source>
        <translation>Speichern der Datensatzzustände</translation>
    </message>
    <message>
        <source>removing record states</source>
        <translation>Entfernen der Datensatzzustände</translation>
    </message>
    <message>
        <source>loading the identity map</source>
        <translation>Laden der Identitätszuordnung</translation>
    </message>
    <message>
        <source>saving the identity map</source>
        <translation>Speichern der Identitätszuordnung</translation>
    </message>
    <message>
        <source>reading a watermark</source>
        <translation>Lesen eines Wasserzeichens</translation>
    </message>
    <message>
        <source>moving a watermark</source>
        <translation>Verschieben eines Wasserzeichens</translation>
    </message>
    <message>
        <source>reading runs</source>
        <translation>Lesen der Läufe</translation>
    </message>
    <message>
        <source>starting a run</source>
        <translation>Starten eines Laufs</translation>
    </message>
    <message>
        <source>finishing a run</source>
        <translation>Abschließen eines Laufs</translation>
    </message>
    <message>
        <source>There is no run with id %1.</source>
        <translation>Es gibt keinen Lauf mit der ID %1.</translation>
    </message>
    <message>
        <source>counting written records</source>
        <translation>Zählen der geschriebenen Datensätze</translation>
    </message>
    <message>
        <source>saving a plan</source>
        <translation>Speichern eines Plans</translation>
    </message>
    <message>
        <source>reading a plan</source>
        <translation>Lesen eines Plans</translation>
    </message>
    <message>
        <source>updating a plan</source>
        <translation>Aktualisieren eines Plans</translation>
    </message>
    <message>
        <source>There is no plan item with id %1.</source>
        <translation>Es gibt keinen Planeintrag mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Es gibt keinen Plan mit der ID %1.</translation>
    </message>
    <message>
        <source>opening a second connection</source>
        <translation>Öffnen einer zweiten Verbindung</translation>
    </message>
    <message>
        <source>A part of the transaction failed, so none of it was stored.</source>
        <translation>Ein Teil der Transaktion ist fehlgeschlagen, daher wurde nichts davon gespeichert.</translation>
    </message>
    <message>
        <source>See the error reported before this one.</source>
        <translation>Siehe den davor gemeldeten Fehler.</translation>
    </message>
    <message>
        <source>closing runs whose process ended during them</source>
        <translation>Schließen von Läufen, deren Prozess währenddessen endete</translation>
    </message>
    <message>
        <source>the process ended during the run (it was killed, or the machine stopped): what the run stored before is kept, and the next run reads from where the last complete one left off</source>
        <translation>der Prozess endete während des Laufs (er wurde beendet, oder der Rechner hielt an): was der Lauf vorher gespeichert hat, bleibt erhalten, und der nächste Lauf liest ab dort, wo der letzte vollständige aufgehört hat</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a pipe or a socket), not a state database.</source>
        <translation>Dies ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket) und keine Zustandsdatenbank.</translation>
    </message>
    <message>
        <source>Wait for the other run to finish, or close the program that holds the file open (a database tool); one process writes at a time, and this one waited half a minute.</source>
        <translation>Warten Sie, bis der andere Lauf endet, oder schließen Sie das Programm, das die Datei geöffnet hält (ein Datenbankwerkzeug); es schreibt immer nur ein Prozess, und dieser hat eine halbe Minute gewartet.</translation>
    </message>
    <message>
        <source>reading a server&apos;s hold</source>
        <translation>Lesen der Pause eines Servers</translation>
    </message>
    <message>
        <source>keeping a server&apos;s hold</source>
        <translation>Speichern der Pause eines Servers</translation>
    </message>
</context>
<context>
    <name>Linkwright::SyncRunner</name>
    <message>
        <source>cancelled before every page was read; the counts are partial</source>
        <translation>abgebrochen, bevor alle Seiten gelesen waren; die Zahlen sind unvollständig</translation>
    </message>
    <message>
        <source>record %1 of the source has no &quot;%2&quot; after mapping</source>
        <translation>Datensatz %1 der Quelle hat nach der Zuordnung kein „%2“</translation>
    </message>
    <message>
        <source>record %1 of the target has no &quot;%2&quot;</source>
        <translation>Datensatz %1 des Ziels hat kein „%2“</translation>
    </message>
    <message>
        <source>the target holds &quot;%1&quot; more than once (trimmed, without case): a sync would update one of them</source>
        <translation>das Ziel enthält „%1“ mehrfach (ohne Leerzeichen am Rand, ohne Groß-/Kleinschreibung): Eine Synchronisierung würde einen davon aktualisieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the target only; the sync leaves it alone</source>
        <translation>„%1“ gibt es nur im Ziel; die Synchronisierung lässt den Datensatz unberührt</translation>
    </message>
    <message>
        <source>the project has no data point &quot;%1&quot;</source>
        <translation>das Projekt hat keinen Datenpunkt „%1“</translation>
    </message>
    <message>
        <source>add it to the project&apos;s &quot;dataPoints&quot;, or choose one the project has</source>
        <translation>ihn in „dataPoints“ des Projekts aufnehmen oder einen Datenpunkt wählen, den das Projekt hat</translation>
    </message>
    <message>
        <source>the data point &quot;%1&quot; is switched off</source>
        <translation>der Datenpunkt „%1“ ist ausgeschaltet</translation>
    </message>
    <message>
        <source>set its &quot;direction&quot; to %1 before running it</source>
        <translation>vor dem Ausführen seine „direction“ auf %1 setzen</translation>
    </message>
    <message>
        <source>cancelled; the watermark stayed where it was, so the next run fetches the rest</source>
        <translation>abgebrochen; das Wasserzeichen blieb, wo es war, daher ruft der nächste Lauf den Rest ab</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>there is no plan with this number</source>
        <translation>es gibt keinen Plan mit dieser Nummer</translation>
    </message>
    <message>
        <source>&quot;linkwright-cli plan FILE&quot; makes one and prints its number</source>
        <translation>„linkwright-cli plan FILE“ erstellt einen und gibt seine Nummer aus</translation>
    </message>
    <message>
        <source>the plan was applied already</source>
        <translation>der Plan wurde bereits angewendet</translation>
    </message>
    <message>
        <source>make a new plan: the data may have changed since</source>
        <translation>einen neuen Plan erstellen: Die Daten haben sich seitdem möglicherweise geändert</translation>
    </message>
    <message>
        <source>the plan was made for the direction %1, the project now says %2</source>
        <translation>der Plan wurde für die Richtung %1 erstellt, im Projekt steht jetzt %2</translation>
    </message>
    <message>
        <source>make a new plan with the project as it is</source>
        <translation>einen neuen Plan mit dem aktuellen Stand des Projekts erstellen</translation>
    </message>
    <message>
        <source>the plan has no record &quot;%1&quot;</source>
        <translation>der Plan hat keinen Datensatz „%1“</translation>
    </message>
    <message>
        <source>&quot;linkwright-cli plan&quot; lists the keys of a plan&apos;s records</source>
        <translation>„linkwright-cli plan“ listet die Schlüssel der Datensätze eines Plans auf</translation>
    </message>
    <message>
        <source>record &quot;%1&quot; was applied already</source>
        <translation>Datensatz „%1“ wurde bereits angewendet</translation>
    </message>
    <message>
        <source>Make a new plan to write it again: the data may have changed since.</source>
        <translation>Erstellen Sie einen neuen Plan, um ihn erneut zu schreiben: die Daten können sich inzwischen geändert haben.</translation>
    </message>
    <message>
        <source>record &quot;%1&quot; failed when it was applied</source>
        <translation>Datensatz „%1“ schlug beim Anwenden fehl</translation>
    </message>
    <message>
        <source>Its failure is in the log: &quot;linkwright-cli retry&quot; tries it again.</source>
        <translation>Sein Fehler steht im Protokoll: &quot;linkwright-cli retry&quot; versucht es erneut.</translation>
    </message>
    <message>
        <source>record &quot;%1&quot; was skipped: a run since has moved it on</source>
        <translation>Datensatz „%1“ wurde übersprungen: ein Lauf hat ihn inzwischen weitergeführt</translation>
    </message>
    <message>
        <source>the ERP has &quot;%1&quot; and the shop &quot;%2&quot;: keys match only as written, so the sync would create each in the other system
  hint: write the key the same way in both systems</source>
        <translation>das ERP hat „%1“ und der Shop „%2“: Schlüssel passen nur so, wie sie geschrieben sind, daher würde die Synchronisation jeden im anderen System anlegen
  hint: den Schlüssel in beiden Systemen gleich schreiben</translation>
    </message>
    <message>
        <source>the target has &quot;%2&quot;, not &quot;%1&quot;: keys match only as written, so the sync would create &quot;%1&quot; beside it
  hint: write the key the same way in both systems</source>
        <translation>das Ziel hat „%2“, nicht „%1“: Schlüssel passen nur so, wie sie geschrieben sind, daher würde die Synchronisation „%1“ daneben anlegen
  hint: den Schlüssel in beiden Systemen gleich schreiben</translation>
    </message>
    <message>
        <source>the source has &quot;%1&quot; more than once: a run writes the first and logs the others as failures</source>
        <translation>die Quelle hat „%1“ mehr als einmal: ein Lauf schreibt den ersten und protokolliert die anderen als Fehler</translation>
    </message>
    <message>
        <source>the source has &quot;%1&quot; and &quot;%2&quot;, which differ only in case or spaces: the sync writes two records, which a target that compares keys without case takes for one
  hint: write the key the same way in both records, or make them different keys</source>
        <translation>die Quelle hat „%1“ und „%2“, die sich nur in Groß-/Kleinschreibung oder Leerzeichen unterscheiden: die Synchronisation schreibt zwei Datensätze, die ein Ziel, das Schlüssel ohne Groß-/Kleinschreibung vergleicht, für einen hält
  hint: den Schlüssel in beiden Datensätzen gleich schreiben oder verschiedene Schlüssel daraus machen</translation>
    </message>
    <message>
        <source>a two-way data point cannot resend its records: which system&apos;s version goes where is what its runs decide</source>
        <translation>ein Datenpunkt in beide Richtungen kann seine Datensätze nicht erneut senden: welche Fassung wohin geht, entscheiden seine Läufe</translation>
    </message>
    <message>
        <source>To give a system back records it lost, run this data point in one direction for once (set its direction), or edit the records in the other system.</source>
        <translation>Um einem System verlorene Datensätze zurückzugeben, lassen Sie diesen Datenpunkt einmal in eine Richtung laufen (setzen Sie seine Richtung), oder bearbeiten Sie die Datensätze im anderen System.</translation>
    </message>
    <message>
        <source>Make a new plan with the project as it is: &quot;linkwright-cli plan FILE&quot;.</source>
        <translation>Erstellen Sie einen neuen Plan mit dem Projekt, wie es jetzt ist: &quot;linkwright-cli plan DATEI&quot;.</translation>
    </message>
    <message>
        <source>the mappings, key field or conflict policies of %1 changed since the plan was made</source>
        <translation>die Zuordnungen, das Schlüsselfeld oder die Konfliktregeln von %1 haben sich geändert, seit der Plan erstellt wurde</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) of earlier runs are due: a run retries them before it reads, and this plan does not hold them
  hint: a run or a retry takes them; the failure log lists them</source>
        <translation>
            <numerusform>%n Fehler früherer Läufe ist fällig: Ein Lauf wiederholt ihn, bevor er liest, und dieser Plan enthält ihn nicht
  Hinweis: Ein Lauf oder eine Wiederholung nimmt ihn auf; das Fehlerprotokoll listet ihn</numerusform>
            <numerusform>%n Fehler früherer Läufe sind fällig: Ein Lauf wiederholt sie, bevor er liest, und dieser Plan enthält sie nicht
  Hinweis: Ein Lauf oder eine Wiederholung nimmt sie auf; das Fehlerprotokoll listet sie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkwright::TrytonConnector</name>
    <message>
        <source>the Tryton endpoint names no database</source>
        <translation>der Tryton-Endpunkt nennt keine Datenbank</translation>
    </message>
    <message>
        <source>Set &quot;tryton&quot;: {&quot;database&quot;: &quot;NAME&quot;} in the endpoint.</source>
        <translation>Setzen Sie &quot;tryton&quot;: {&quot;database&quot;: &quot;NAME&quot;} im Endpunkt.</translation>
    </message>
    <message>
        <source>a Tryton endpoint needs a user and a password</source>
        <translation>ein Tryton-Endpunkt braucht einen Benutzer und ein Passwort</translation>
    </message>
    <message>
        <source>Write &quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;admin&quot;, &quot;password&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;}}.</source>
        <translation>Schreiben Sie &quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;admin&quot;, &quot;password&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;}}.</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>die Antwort ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Retried automatically; check that the base URL leads to Tryton.</source>
        <translation>Wird automatisch erneut versucht; prüfen Sie, ob die Basis-URL zu Tryton führt.</translation>
    </message>
    <message>
        <source>Tryton refused the login of user &quot;%1&quot; to database &quot;%2&quot;</source>
        <translation>Tryton hat die Anmeldung des Benutzers „%1“ an der Datenbank „%2“ abgelehnt</translation>
    </message>
    <message>
        <source>Tryton did not open a session for user &quot;%1&quot;</source>
        <translation>Tryton hat keine Sitzung für den Benutzer „%1“ geöffnet</translation>
    </message>
    <message>
        <source>Check the user, the password in %1 and the database name &quot;%2&quot;.</source>
        <translation>Prüfen Sie den Benutzer, das Passwort in %1 und den Datenbanknamen „%2“.</translation>
    </message>
    <message>
        <source>Tryton has no company %1 for this user: %2</source>
        <translation>Tryton hat für diesen Benutzer kein Unternehmen %1: %2</translation>
    </message>
    <message>
        <source>Set &quot;tryton&quot;: {&quot;company&quot;: N} to the id of a company the user belongs to.</source>
        <translation>Setzen Sie &quot;tryton&quot;: {&quot;company&quot;: N} auf die ID eines Unternehmens, zu dem der Benutzer gehört.</translation>
    </message>
    <message>
        <source>Check the user &quot;%1&quot;, the password in %2 and the database &quot;%3&quot;.</source>
        <translation>Prüfen Sie den Benutzer „%1“, das Passwort in %2 und die Datenbank „%3“.</translation>
    </message>
    <message>
        <source>Set the data point&apos;s direction so that Tryton is its source, or turn it off.</source>
        <translation>Legen Sie die Richtung des Datenpunkts so fest, dass Tryton seine Quelle ist, oder schalten Sie ihn aus.</translation>
    </message>
    <message>
        <source>no page was started</source>
        <translation>es wurde keine Seite begonnen</translation>
    </message>
    <message>
        <source>the Tryton connector cannot write %1 yet</source>
        <translation>der Tryton-Konnektor kann %1 noch nicht schreiben</translation>
    </message>
    <message>
        <source>no write was started</source>
        <translation>es wurde kein Schreibvorgang begonnen</translation>
    </message>
    <message>
        <source>the Tryton connector cannot delete %1 yet</source>
        <translation>der Tryton-Konnektor kann %1 noch nicht löschen</translation>
    </message>
    <message>
        <source>the Tryton connector cannot read %1 yet</source>
        <translation>der Tryton-Konnektor kann %1 noch nicht lesen</translation>
    </message>
    <message>
        <source>Tryton has none of the warehouses asked for</source>
        <translation>Tryton hat keines der angeforderten Lager</translation>
    </message>
    <message>
        <source>List stock.location ids of type warehouse in &quot;tryton&quot;: {&quot;warehouses&quot;: [...]}, or leave it out.</source>
        <translation>Führen Sie in &quot;tryton&quot;: {&quot;warehouses&quot;: [...]} IDs von stock.location vom Typ Lager auf oder lassen Sie es weg.</translation>
    </message>
    <message>
        <source>the record is not valid JSON: %1</source>
        <translation>der Datensatz ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the Tryton module account_invoice is not activated in database &quot;%1&quot;, so Tryton has no invoices</source>
        <translation>das Tryton-Modul account_invoice ist in der Datenbank „%1“ nicht aktiviert, daher hat Tryton keine Rechnungen</translation>
    </message>
    <message>
        <source>Activate it (trytond-admin -c CONFIG -d %1 -u account_invoice --activate-dependencies), or turn the invoices data point off.</source>
        <translation>Aktivieren Sie es (trytond-admin -c CONFIG -d %1 -u account_invoice --activate-dependencies) oder schalten Sie den Datenpunkt „Rechnungen“ aus.</translation>
    </message>
    <message>
        <source>Tryton has no database &quot;%1&quot;</source>
        <translation>Tryton hat keine Datenbank „%1“</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s Tryton database name; Tryton&apos;s database names are case-sensitive.</source>
        <translation>Prüfen Sie den Tryton-Datenbanknamen des Endpunkts; Tryton unterscheidet bei Datenbanknamen zwischen Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>Tryton refuses logins of user &quot;%1&quot; for now, after too many failed attempts</source>
        <translation>Tryton lehnt Anmeldungen des Benutzers „%1“ nach zu vielen fehlgeschlagenen Versuchen vorerst ab</translation>
    </message>
    <message>
        <source>Wait until the failed attempts are older than Tryton&apos;s session timeout (10 minutes unless its configuration says otherwise), check the password in %1, then try again.</source>
        <translation>Warten Sie, bis die fehlgeschlagenen Versuche älter sind als das Sitzungszeitlimit von Tryton (10 Minuten, sofern seine Konfiguration nichts anderes festlegt), prüfen Sie das Passwort in %1 und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Enter the name of the Tryton database.</source>
        <translation>Geben Sie den Namen der Tryton-Datenbank ein.</translation>
    </message>
    <message>
        <source>the server answers (HTTP %1), but not as Tryton&apos;s JSON-RPC does</source>
        <translation>der Server antwortet (HTTP %1), aber nicht so, wie das JSON-RPC von Tryton es tut</translation>
    </message>
    <message>
        <source>Set the base URL to the Tryton server itself, e.g. http://erp.example.com:8000/, without the database name.</source>
        <translation>Setzen Sie die Basis-URL auf den Tryton-Server selbst, z. B. http://erp.example.com:8000/, ohne den Datenbanknamen.</translation>
    </message>
    <message>
        <source>Tryton has no company with id %1 for user &quot;%2&quot;</source>
        <translation>Tryton hat für den Benutzer „%2“ kein Unternehmen mit der ID %1</translation>
    </message>
    <message>
        <source>Set the company id to that of a company the user belongs to (Tryton: User ▸ Companies).</source>
        <translation>Setzen Sie die Unternehmens-ID auf die eines Unternehmens, zu dem der Benutzer gehört (Tryton: Benutzer ▸ Unternehmen).</translation>
    </message>
    <message>
        <source>the password in %1 contains a line break; no login was tried with it</source>
        <translation>das Passwort in %1 enthält einen Zeilenumbruch; damit wurde keine Anmeldung versucht</translation>
    </message>
    <message>
        <source>Remove the line break from the password (a file with Windows line endings leaves a &quot;\r&quot; at the end of each line).</source>
        <translation>Entfernen Sie den Zeilenumbruch aus dem Passwort (eine Datei mit Windows-Zeilenenden hinterlässt ein &quot;\r&quot; am Ende jeder Zeile).</translation>
    </message>
</context>
<context>
    <name>Linkwright::TrytonPartyWriter</name>
    <message>
        <source>the customer has no customerNumber, which becomes the party&apos;s code</source>
        <translation>der Kunde hat keine customerNumber, die zum Code der Partei wird</translation>
    </message>
    <message>
        <source>Tryton has no country with the code &quot;%1&quot; (%2): import the countries into Tryton (trytond_import_countries) or create that one, then retry the failure</source>
        <translation>Tryton hat kein Land mit dem Code „%1“ (%2): Importieren Sie die Länder in Tryton (trytond_import_countries) oder legen Sie dieses an, und versuchen Sie den Fehler dann erneut</translation>
    </message>
    <message>
        <source>the new customer &quot;%1&quot; has no name, which Tryton requires</source>
        <translation>der neue Kunde „%1“ hat keinen Namen, den Tryton aber verlangt</translation>
    </message>
    <message>
        <source>Tryton did not say which party it created</source>
        <translation>Tryton hat nicht mitgeteilt, welche Partei es angelegt hat</translation>
    </message>
</context>
<context>
    <name>Linkwright::TrytonRpc</name>
    <message>
        <source>Tryton refused the change: %1</source>
        <translation>Tryton hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Correct the record in Tryton or in the source, then retry the failure.</source>
        <translation>Korrigieren Sie den Datensatz in Tryton oder in der Quelle und versuchen Sie den Fehler dann erneut.</translation>
    </message>
    <message>
        <source>Tryton saw a concurrent change: %1</source>
        <translation>Tryton hat eine gleichzeitige Änderung festgestellt: %1</translation>
    </message>
    <message>
        <source>Retried automatically.</source>
        <translation>Wird automatisch erneut versucht.</translation>
    </message>
    <message>
        <source>Tryton reported an error: %1</source>
        <translation>Tryton hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The Tryton server&apos;s log has the details; check that the modules the connector needs are activated.</source>
        <translation>Details stehen im Protokoll des Tryton-Servers; prüfen Sie, ob die Module, die der Konnektor braucht, aktiviert sind.</translation>
    </message>
    <message>
        <source>the answer is not a JSON-RPC answer (no &quot;result&quot;)</source>
        <translation>die Antwort ist keine JSON-RPC-Antwort (kein &quot;result&quot;)</translation>
    </message>
    <message>
        <source>Check that the base URL leads to a Tryton server.</source>
        <translation>Prüfen Sie, ob die Basis-URL zu einem Tryton-Server führt.</translation>
    </message>
</context>
<context>
    <name>Linkwright::TrytonSaleWriter</name>
    <message>
        <source>the order has no orderNumber, which becomes the sale&apos;s reference</source>
        <translation>die Bestellung hat keine orderNumber, die zur Referenz des Verkaufs wird</translation>
    </message>
    <message>
        <source>Tryton has no product with the code &quot;%1&quot; (line %2)</source>
        <translation>Tryton hat kein Produkt mit dem Code „%1“ (Position %2)</translation>
    </message>
    <message>
        <source>the order has no lines</source>
        <translation>die Bestellung hat keine Positionen</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Shipping: %1</source>
        <translation>Versand: %1</translation>
    </message>
    <message>
        <source>Tryton did not say which sale it created</source>
        <translation>Tryton hat nicht gemeldet, welchen Verkauf es angelegt hat</translation>
    </message>
    <message>
        <source>Tryton has no unit &quot;u&quot; for the shipping line</source>
        <translation>Tryton hat keine Einheit „u“ für die Versandposition</translation>
    </message>
</context>
<context>
    <name>Linkwright::TrytonSettingsEditor</name>
    <message>
        <source>database name, e.g. shop</source>
        <translation>Datenbankname, z. B. shop</translation>
    </message>
    <message>
        <source>The Tryton database the connector logs in to.</source>
        <translation>Die Tryton-Datenbank, an der sich der Konnektor anmeldet.</translation>
    </message>
    <message>
        <source>The id of the Tryton company every call runs for (company.company).</source>
        <translation>Die ID des Tryton-Unternehmens, für das jeder Aufruf ausgeführt wird (company.company).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a warehouse id. Write the numeric ids of Tryton warehouses separated by commas, e.g. 4, 7, or leave the field empty for all of them.</source>
        <translation>„%1“ ist keine Lager-ID. Schreiben Sie die numerischen IDs von Tryton-Lagern durch Kommas getrennt, z. B. 4, 7, oder lassen Sie das Feld für alle Lager leer.</translation>
    </message>
    <message>
        <source>The project keeps the last valid list until this is fixed.</source>
        <translation>Bis dies behoben ist, behält das Projekt die letzte gültige Liste.</translation>
    </message>
    <message>
        <source>all warehouses</source>
        <translation>alle Lager</translation>
    </message>
    <message>
        <source>The ids of the Tryton warehouses whose stock the stock data point reads, separated by commas (stock locations of type warehouse). Empty reads every warehouse. Test Connection lists the server&apos;s warehouses with their ids.</source>
        <translation>Die IDs der Tryton-Lager, deren Bestand der Datenpunkt „Lagerbestände“ liest, durch Kommas getrennt (Lagerorte vom Typ Lager). Ist das Feld leer, werden alle Lager gelesen. „Verbindung testen“ listet die Lager des Servers mit ihren IDs auf.</translation>
    </message>
    <message>
        <source>Compan&amp;y id:</source>
        <translation>Unterneh&amp;mens-ID:</translation>
    </message>
</context>
<context>
    <name>Linkwright::TwoWaySync</name>
    <message>
        <source>the record is not a JSON object</source>
        <translation>der Datensatz ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the record has no natural key: &quot;%1&quot; is missing or empty
  hint: every record of a two-way data point needs its key on both sides</source>
        <translation>der Datensatz hat keinen natürlichen Schlüssel: „%1“ fehlt oder ist leer
  hint: jeder Datensatz eines Datenpunkts in beide Richtungen braucht seinen Schlüssel auf beiden Seiten</translation>
    </message>
    <message>
        <source>the stored record cannot be read again: %1</source>
        <translation>der gespeicherte Datensatz kann nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 in the ERP and %3 in the shop</source>
        <translation>„%1“ ist %2 im ERP und %3 im Shop</translation>
    </message>
    <message>
        <source>both sides changed it alike; applying the plan records the agreed values</source>
        <translation>beide Seiten haben ihn gleich geändert; das Anwenden des Plans speichert die vereinbarten Werte</translation>
    </message>
    <message>
        <source>the same on both sides; applying the plan links the two records</source>
        <translation>auf beiden Seiten gleich; das Anwenden des Plans verknüpft die beiden Datensätze</translation>
    </message>
    <message>
        <source>the ERP</source>
        <translation>das ERP</translation>
    </message>
    <message>
        <source>the shop</source>
        <translation>der Shop</translation>
    </message>
    <message>
        <source>could not check whether %1 changed the plan&apos;s records since it was made: %2</source>
        <translation>konnte nicht prüfen, ob %1 die Datensätze des Plans seit seiner Erstellung geändert hat: %2</translation>
    </message>
    <message>
        <source>Nothing was written. Apply the plan again when %1 answers.</source>
        <translation>Es wurde nichts geschrieben. Wenden Sie den Plan erneut an, sobald %1 antwortet.</translation>
    </message>
    <message>
        <source>cancelled while checking the plan&apos;s records; nothing was written</source>
        <translation>beim Prüfen der Datensätze des Plans abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1 changed the record after the plan was made; applying the plan would have overwritten that change, so it was left out
  hint: run the data point: it decides with both systems&apos; records as they are now, by the conflict policy</source>
        <translation>%1 hat den Datensatz nach der Erstellung des Plans geändert; der Plan hätte diese Änderung überschrieben, daher wurde er ausgelassen
  hint: Führen Sie den Datenpunkt aus: Er entscheidet mit den aktuellen Datensätzen beider Systeme nach der Konfliktregel</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>both sides changed the record since the last sync and the policy sends it to review: %1
  hint: correct the field on the side that is wrong (the next run carries the side a person changed to the other), or set a conflict policy for these fields</source>
        <translation>beide Seiten haben den Datensatz seit der letzten Synchronisierung geändert, und die Konfliktregel legt ihn zur Prüfung vor: %1
  hint: das Feld auf der Seite korrigieren, auf der es falsch ist (der nächste Lauf überträgt die Seite, die eine Person geändert hat, auf die andere), oder eine Konfliktregel für diese Felder festlegen</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; was last synced from another ERP record (id %2); this record (id %3) has it now, so it was not written over that record&apos;s copy in the shop
  hint: if record %2 was deleted in the ERP or its key changed, run with --full: it reads every record and gives the key to this one; if both records exist, make the key unique in the ERP</source>
        <translation>der Schlüssel &quot;%1&quot; wurde zuletzt von einem anderen ERP-Datensatz synchronisiert (ID %2); dieser Datensatz (ID %3) trägt ihn jetzt und hat deshalb die Kopie jenes Datensatzes im Shop nicht überschrieben
  hint: wurde Datensatz %2 im ERP gelöscht oder sein Schlüssel geändert, mit --full ausführen: das liest jeden Datensatz und gibt den Schlüssel diesem; gibt es beide Datensätze, den Schlüssel im ERP eindeutig machen</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; was last synced from another shop record (id %2); this record (id %3) has it now, so it was not written over that record&apos;s copy in the ERP
  hint: if record %2 was deleted in the shop or its key changed, run with --full: it reads every record and gives the key to this one; if both records exist, make the key unique in the shop</source>
        <translation>der Schlüssel &quot;%1&quot; wurde zuletzt von einem anderen Shop-Datensatz synchronisiert (ID %2); dieser Datensatz (ID %3) trägt ihn jetzt und hat deshalb die Kopie jenes Datensatzes im ERP nicht überschrieben
  hint: wurde Datensatz %2 im Shop gelöscht oder sein Schlüssel geändert, mit --full ausführen: das liest jeden Datensatz und gibt den Schlüssel diesem; gibt es beide Datensätze, den Schlüssel im Shop eindeutig machen</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; came twice in one run; only the first record was synced
  hint: make the key unique in %2: the run that next reads this record under its own key settles this failure</source>
        <translation>der Schlüssel „%1“ kam in einem Lauf zweimal vor; nur der erste Datensatz wurde synchronisiert
  hint: den Schlüssel eindeutig machen (betroffen: %2): der nächste Lauf, der diesen Datensatz unter seinem eigenen Schlüssel liest, erledigt diesen Fehler</translation>
    </message>
    <message>
        <source>the shop&apos;s &quot;%1&quot; cannot go to the ERP&apos;s &quot;%2&quot;: %3
  hint: %4</source>
        <translation>„%1“ des Shops kann nicht in „%2“ des ERP: %3
  hint: %4</translation>
    </message>
    <message>
        <source>both systems have the record, with different values, and no sync has agreed on them yet; the policy sends it to review: %1
  hint: correct the field on the side that is wrong (the next run carries the side a person changed to the other), or set a conflict policy for these fields</source>
        <translation>beide Systeme haben den Datensatz mit unterschiedlichen Werten, und noch keine Synchronisierung hat sie abgeglichen; die Konfliktregel legt ihn zur Prüfung vor: %1
  hint: das Feld auf der Seite korrigieren, auf der es falsch ist (der nächste Lauf überträgt die Seite, die eine Person geändert hat, auf die andere), oder eine Konfliktregel für diese Felder festlegen</translation>
    </message>
    <message>
        <source>the conflict policy for &quot;%1&quot; never applied: the records have no such field; did you mean &quot;%2&quot;? (dataPoints.%3.conflict.fields)</source>
        <translation>die Konfliktregel für &quot;%1&quot; kam nie zur Anwendung: die Datensätze haben kein solches Feld; meinten Sie &quot;%2&quot;? (dataPoints.%3.conflict.fields)</translation>
    </message>
    <message>
        <source>%1 (edited in the ERP, the shop owns it)</source>
        <translation>%1 (im ERP geändert, gehört dem Shop)</translation>
    </message>
    <message>
        <source>%1 (edited in the shop, the ERP owns it)</source>
        <translation>%1 (im Shop geändert, gehört dem ERP)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) differ in a field the other system owns, so the edit stays where it was made: %1
  hint: make the change in the system that owns the field, or give the field another conflict policy</source>
        <translation>
            <numerusform>%n Datensatz unterscheidet sich in einem Feld, das dem anderen System gehört, daher bleibt die Änderung, wo sie gemacht wurde: %1
  Hinweis: ändern Sie es in dem System, dem das Feld gehört, oder geben Sie dem Feld eine andere Konfliktregel</numerusform>
            <numerusform>%n Datensätze unterscheiden sich in einem Feld, das dem anderen System gehört, daher bleibt die Änderung, wo sie gemacht wurde: %1
  Hinweis: ändern Sie es in dem System, dem das Feld gehört, oder geben Sie dem Feld eine andere Konfliktregel</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>Linkwright::UnreadableRecord</name>
    <message>
        <source>the record cannot be read: %1
  hint: correct the record in the source system; the other records of its page were synced</source>
        <translation>der Datensatz kann nicht gelesen werden: %1
  hint: den Datensatz im Quellsystem korrigieren; die übrigen Datensätze seiner Seite wurden synchronisiert</translation>
    </message>
    <message>
        <source>the record cannot be read: %1
  hint: correct the record in the source system; the other records of its page were read</source>
        <translation>der Datensatz kann nicht gelesen werden: %1
  hint: den Datensatz im Quellsystem korrigieren; die übrigen Datensätze seiner Seite wurden gelesen</translation>
    </message>
    <message>
        <source>the record cannot be read: %1
  hint: correct the record in the target system; the other records of its page were read</source>
        <translation>der Datensatz kann nicht gelesen werden: %1
  hint: den Datensatz im Zielsystem korrigieren; die übrigen Datensätze seiner Seite wurden gelesen</translation>
    </message>
</context>
<context>
    <name>Linkwright::Value</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot be created</source>
        <translation>kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Check the permissions of your home folder.</source>
        <translation>Prüfen Sie die Zugriffsrechte Ihres Home-Verzeichnisses.</translation>
    </message>
    <message>
        <source>Linkwright: a console for connecting a webshop to an ERP.</source>
        <translation>Linkwright: eine Konsole, die einen Webshop mit einem ERP verbindet.</translation>
    </message>
    <message>
        <source>Open the demo project (wired to linkwright-sim).</source>
        <translation>Das Demoprojekt öffnen (mit linkwright-sim verbunden).</translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation>Eine zu öffnende Projektdatei.</translation>
    </message>
    <message>
        <source>Could not open the demo</source>
        <translation>Demo konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The demo project could not be written.</source>
        <translation>Das Demoprojekt konnte nicht geschrieben werden.</translation>
    </message>
</context>
</TS>
