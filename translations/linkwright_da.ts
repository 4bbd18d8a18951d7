<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>Linkwright::ChainSecretResolver</name>
    <message>
        <source>no secret is configured</source>
        <translation>ingen hemmelighed er konfigureret</translation>
    </message>
    <message>
        <source>Choose where the secret lives: {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;keychain&quot;: &quot;name&quot;}.</source>
        <translation>Vælg, hvor hemmeligheden ligger: {&quot;env&quot;: &quot;VARIABEL&quot;} eller {&quot;keychain&quot;: &quot;navn&quot;}.</translation>
    </message>
    <message>
        <source>no keychain is available in this program</source>
        <translation>ingen nøglering er tilgængelig i dette program</translation>
    </message>
    <message>
        <source>Run Linkwright where a keychain is available, or refer to an environment variable instead: {&quot;env&quot;: &quot;VARIABLE&quot;}.</source>
        <translation>Kør Linkwright, hvor en nøglering er tilgængelig, eller henvis i stedet til en miljøvariabel: {&quot;env&quot;: &quot;VARIABEL&quot;}.</translation>
    </message>
    <message>
        <source>nothing here can read this kind of secret</source>
        <translation>denne type hemmelighed kan ikke læses her</translation>
    </message>
    <message>
        <source>Refer to an environment variable instead: {&quot;env&quot;: &quot;VARIABLE&quot;}.</source>
        <translation>Henvis i stedet til en miljøvariabel: {&quot;env&quot;: &quot;VARIABEL&quot;}.</translation>
    </message>
</context>
<context>
    <name>Linkwright::Cli</name>
    <message>
        <source>error</source>
        <translation>fejl</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>hint</source>
        <translation>tip</translation>
    </message>
    <message>
        <source>linkwright-cli: no command given</source>
        <translation>linkwright-cli: intet kommando angivet</translation>
    </message>
    <message>
        <source>linkwright-cli: unknown command &quot;%1&quot;</source>
        <translation>linkwright-cli: ukendt kommando &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Print errors only, no warnings or summary.</source>
        <translation>Vis kun fejl, ingen advarsler eller opsummering.</translation>
    </message>
    <message>
        <source>%1: invalid, 1 error</source>
        <translation>%1: ugyldig, 1 fejl</translation>
    </message>
    <message>
        <source>%1: invalid, %2 errors</source>
        <translation>%1: ugyldig, %2 fejl</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: gyldig</translation>
    </message>
    <message>
        <source>%1: valid, 1 warning</source>
        <translation>%1: gyldig, 1 advarsel</translation>
    </message>
    <message>
        <source>%1: valid, %2 warnings</source>
        <translation>%1: gyldig, %2 advarsler</translation>
    </message>
    <message>
        <source>The port linkwright-sim listens on.</source>
        <translation>Porten, som linkwright-sim lytter på.</translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation>Overskriv en eksisterende fil.</translation>
    </message>
    <message>
        <source>init: --port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>init: --port skal være et tal fra 1 til 65535, ikke &quot;%1&quot;</translation>
    </message>
    <message>
        <source>init: %1 exists already; nothing was written</source>
        <translation>init: %1 findes allerede; intet blev skrevet</translation>
    </message>
    <message>
        <source>  hint: choose another name, or add --force to overwrite it</source>
        <translation>  tip: vælg et andet navn, eller tilføj --force for at overskrive den</translation>
    </message>
    <message>
        <source>Wrote %1. Start the simulator with &quot;linkwright-sim --port %2&quot;, then open the project.</source>
        <translation>Skrev %1. Start simulatoren med &quot;linkwright-sim --port %2&quot;, og åbn derefter projektet.</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Vis denne kommandos tilvalg.</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Projektfilen.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Brug: %1</translation>
    </message>
    <message>
        <source>expected a project file</source>
        <translation>forventede en projektfil</translation>
    </message>
    <message>
        <source>expected one project file, not also &quot;%1&quot;</source>
        <translation>forventede én projektfil, ikke også &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a data point; choose from %3</source>
        <translation>%1: &quot;%2&quot; er ikke et datapunkt; vælg mellem %3</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 er påkrævet</translation>
    </message>
    <message>
        <source>%1 takes one data point here</source>
        <translation>%1 kræver her præcis ét datapunkt</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2, not &quot;%3&quot;</source>
        <translation>%1 skal være et heltal på mindst %2, ikke &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 skal være et heltal fra %2 til %3, ikke &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1 must be a date or time in ISO 8601, such as 2026-01-31 or 2026-01-31T14:00:00Z, not &quot;%2&quot;</source>
        <translation>%1 skal være en dato eller et tidspunkt i ISO 8601, f.eks. 2026-01-31 eller 2026-01-31T14:00:00Z, ikke &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1: &quot;%2&quot; er ikke en af %3</translation>
    </message>
    <message>
        <source>linkwright-cli: --state needs a file name</source>
        <translation>linkwright-cli: --state kræver et filnavn</translation>
    </message>
    <message>
        <source>Only failures of this data point.</source>
        <translation>Kun fejl for dette datapunkt.</translation>
    </message>
    <message>
        <source>transient or permanent.</source>
        <translation>transient eller permanent.</translation>
    </message>
    <message>
        <source>Where the records failed: %1.</source>
        <translation>Hvor posterne fejlede: %1.</translation>
    </message>
    <message>
        <source>Words that the message or the key contain.</source>
        <translation>Ord, som meddelelsen eller nøglen indeholder.</translation>
    </message>
    <message>
        <source>Only failures logged at or after this time (ISO 8601).</source>
        <translation>Kun fejl, der er logget på eller efter dette tidspunkt (ISO 8601).</translation>
    </message>
    <message>
        <source>%1. Default: every status.</source>
        <translation>%1. Standard: alle statusværdier.</translation>
    </message>
    <message>
        <source>At most this many, newest first (default 50; 0 for all).</source>
        <translation>Højst så mange, nyeste først (standard 50; 0 for alle).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Skriv ét JSON-dokument til stdout.</translation>
    </message>
    <message>
        <source>Retry this failure (as &quot;failures&quot; lists it); repeat for more.</source>
        <translation>Prøv denne fejl igen (som &quot;failures&quot; viser den); gentag for flere.</translation>
    </message>
    <message>
        <source>Retry every open failure.</source>
        <translation>Prøv alle åbne fejl igen.</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Vis ikke fremdrift på stderr.</translation>
    </message>
    <message>
        <source>--id and --all exclude each other: name failures, or take them all</source>
        <translation>--id og --all udelukker hinanden: angiv enkelte fejl, eller tag dem alle</translation>
    </message>
    <message>
        <source>--all retries every open failure; leave it out to retry those the filter matches</source>
        <translation>--all prøver alle åbne fejl igen; udelad det for at prøve dem igen, som filteret matcher</translation>
    </message>
    <message>
        <source>say which failures to retry: --id N, --all, or a filter such as --data-point</source>
        <translation>angiv, hvilke fejl der skal prøves igen: --id N, --all eller et filter som --data-point</translation>
    </message>
    <message>
        <source>no open failures match; nothing to retry</source>
        <translation>ingen åbne fejl matcher; intet at prøve igen</translation>
    </message>
    <message>
        <source>failures retried: %1, still open: %2</source>
        <translation>fejl prøvet igen: %1, stadig åbne: %2</translation>
    </message>
    <message>
        <source>See them with: linkwright-cli failures %1 --status open</source>
        <translation>Se dem med: linkwright-cli failures %1 --status open</translation>
    </message>
    <message>
        <source>mapped</source>
        <translation>tilknyttet</translation>
    </message>
    <message>
        <source>fails at validate</source>
        <translation>fejler ved validering</translation>
    </message>
    <message>
        <source>fails at map</source>
        <translation>fejler ved tilknytning</translation>
    </message>
    <message>
        <source>record %1 of %2</source>
        <translation>post %1 af %2</translation>
    </message>
    <message>
        <source>input</source>
        <translation>input</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>fejl: %1</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>tip: %1</translation>
    </message>
    <message>
        <source>The data point to preview.</source>
        <translation>Datapunktet, der skal forhåndsvises.</translation>
    </message>
    <message>
        <source>How many records (1 to 1000, default 5).</source>
        <translation>Hvor mange poster (1 til 1000, standard 5).</translation>
    </message>
    <message>
        <source>the project has no data point &quot;%1&quot;</source>
        <translation>projektet har intet datapunkt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>add it to the project&apos;s &quot;dataPoints&quot;, or choose one the project has</source>
        <translation>tilføj det til projektets &quot;dataPoints&quot;, eller vælg et, som projektet har</translation>
    </message>
    <message>
        <source>%1 from %2 (%3); mappings: %4, records: %5, mapped: %6, failing: %7</source>
        <translation>%1 fra %2 (%3); tilknytninger: %4, poster: %5, tilknyttet: %6, fejlende: %7</translation>
    </message>
    <message>
        <source>The data point to check.</source>
        <translation>Datapunktet, der skal kontrolleres.</translation>
    </message>
    <message>
        <source>fetched</source>
        <translation>hentet</translation>
    </message>
    <message>
        <source>created</source>
        <translation>oprettet</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>opdateret</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uændret</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fejlet</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>konflikter</translation>
    </message>
    <message>
        <source>echoes</source>
        <translation>ekkoer</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>prøvet igen</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>løst</translation>
    </message>
    <message>
        <source>the ERP</source>
        <translation>ERP&apos;et</translation>
    </message>
    <message>
        <source>the shop</source>
        <translation>shoppen</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>kørsel %1</translation>
    </message>
    <message>
        <source>plan %1: %2 (%3), %4 fetched</source>
        <translation>plan %1: %2 (%3), %4 hentet</translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <translation>%1: intet at ændre</translation>
    </message>
    <message>
        <source>%1: %2 to create, %3 to update, %4 to delete, %5 unchanged, %6 failing</source>
        <translation>%1: %2 at oprette, %3 at opdatere, %4 at slette, %5 uændrede, %6 fejlende</translation>
    </message>
    <message>
        <source>no failures match</source>
        <translation>ingen fejl matcher</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>run</source>
        <translation>kørsel</translation>
    </message>
    <message>
        <source>data point</source>
        <translation>datapunkt</translation>
    </message>
    <message>
        <source>key</source>
        <translation>nøgle</translation>
    </message>
    <message>
        <source>step</source>
        <translation>trin</translation>
    </message>
    <message>
        <source>class</source>
        <translation>klasse</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>tries</source>
        <translation>forsøg</translation>
    </message>
    <message>
        <source>message</source>
        <translation>meddelelse</translation>
    </message>
    <message>
        <source>%1 of %2 matching failures shown, newest first; --limit N shows more, --limit 0 all</source>
        <translation>%1 af %2 matchende fejl vist, nyeste først; --limit N viser flere, --limit 0 alle</translation>
    </message>
    <message>
        <source>%1: pre-flight of an initial load from %2 to %3</source>
        <translation>%1: forhåndstjek af en initial indlæsning fra %2 til %3</translation>
    </message>
    <message>
        <source>source records</source>
        <translation>poster i kilden</translation>
    </message>
    <message>
        <source>target records</source>
        <translation>poster i målet</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>matchet</translation>
    </message>
    <message>
        <source>to create</source>
        <translation>at oprette</translation>
    </message>
    <message>
        <source>target only</source>
        <translation>kun i målet</translation>
    </message>
    <message>
        <source>would be left alone</source>
        <translation>ville ikke blive rørt</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problemer</translation>
    </message>
    <message>
        <source>invalid records, missing or duplicate keys</source>
        <translation>ugyldige poster, manglende eller dublerede nøgler</translation>
    </message>
    <message>
        <source>issues:</source>
        <translation>bemærkninger:</translation>
    </message>
    <message>
        <source>only the first %1 issues are listed</source>
        <translation>kun de første %1 bemærkninger vises</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starter</translation>
    </message>
    <message>
        <source>retrying earlier failures</source>
        <translation>prøver tidligere fejl igen</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>henter</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>skriver</translation>
    </message>
    <message>
        <source>done</source>
        <translation>færdig</translation>
    </message>
    <message>
        <source>%1 of %2 fetched</source>
        <translation>%1 af %2 hentet</translation>
    </message>
    <message>
        <source>%1 fetched</source>
        <translation>%1 hentet</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 written, %5 failed</source>
        <translation>%1: %2, %3, %4 skrevet, %5 fejlet</translation>
    </message>
    <message>
        <source>  hint: &quot;linkwright-cli validate %1&quot; lists every problem of the file</source>
        <translation>  hint: &quot;linkwright-cli validate %1&quot; viser alle filens problemer</translation>
    </message>
    <message>
        <source>%1 has no base URL yet</source>
        <translation>%1 har ingen basis-URL endnu</translation>
    </message>
    <message>
        <source>set &quot;baseUrl&quot; in the project file, or in the window on the Project &amp; endpoints page</source>
        <translation>angiv &quot;baseUrl&quot; i projektfilen eller i vinduet på siden Projekt &amp; endpoints</translation>
    </message>
    <message>
        <source>cannot reach %1 at %2: %3</source>
        <translation>kan ikke nå %1 på %2: %3</translation>
    </message>
    <message>
        <source>Only this data point; repeat for more. Default: every one that is not off.</source>
        <translation>Kun dette datapunkt; gentag for flere. Standard: alle, der ikke er slået fra.</translation>
    </message>
    <message>
        <source>Ignore the watermark and fetch every record.</source>
        <translation>Ignorér vandmærket, og hent alle poster.</translation>
    </message>
    <message>
        <source>Failures are in the log: linkwright-cli failures %1 --run %2</source>
        <translation>Fejlene står i fejlloggen: linkwright-cli failures %1 --run %2</translation>
    </message>
    <message>
        <source>Write nothing; store a plan instead.</source>
        <translation>Skriv intet; gem i stedet en plan.</translation>
    </message>
    <message>
        <source>every data point of the project is off; nothing to run</source>
        <translation>alle projektets datapunkter er slået fra; intet at køre</translation>
    </message>
    <message>
        <source>every data point of the project is off; nothing to plan</source>
        <translation>alle projektets datapunkter er slået fra; intet at planlægge</translation>
    </message>
    <message>
        <source>Apply it with: linkwright-cli apply %1 --plan %2</source>
        <translation>Anvend den med: linkwright-cli apply %1 --plan %2</translation>
    </message>
    <message>
        <source>Apply one with: linkwright-cli apply %1 --plan N (plans %2)</source>
        <translation>Anvend en af dem med: linkwright-cli apply %1 --plan N (planer %2)</translation>
    </message>
    <message>
        <source>Nothing to apply: every record is as the last sync left it.</source>
        <translation>Intet at anvende: alle poster er, som den seneste synkronisering efterlod dem.</translation>
    </message>
    <message>
        <source>The plan to apply, as &quot;plan&quot; printed it.</source>
        <translation>Planen, der skal anvendes, som &quot;plan&quot; udskrev den.</translation>
    </message>
    <message>
        <source>Apply only this record of the plan (its key); repeat for more. Default: all of them.</source>
        <translation>Anvend kun denne post i planen (dens nøgle); gentag for flere. Standard: alle.</translation>
    </message>
    <message>
        <source>--plan is required</source>
        <translation>--plan er påkrævet</translation>
    </message>
    <message>
        <source>The failure to set aside (as &quot;failures&quot; lists it); repeat for more.</source>
        <translation>Fejlen, der skal sættes til side (som &quot;failures&quot; viser den); gentag for flere.</translation>
    </message>
    <message>
        <source>Open ignored failures again, so that retry takes them.</source>
        <translation>Åbn tilsidesatte fejl igen, så retry tager dem med.</translation>
    </message>
    <message>
        <source>name the failures with --id N</source>
        <translation>angiv fejlene med --id N</translation>
    </message>
    <message>
        <source>Usage: linkwright-cli roi [--preset whitepaper | --input FILE] [--json]</source>
        <translation>Brug: linkwright-cli roi [--preset whitepaper | --input FIL] [--json]</translation>
    </message>
    <message>
        <source>A built-in scenario: whitepaper (the default), the reference example of 221,190 EUR a year.</source>
        <translation>Et indbygget scenarie: whitepaper (standard), referenceeksemplet på 221.190 EUR om året.</translation>
    </message>
    <message>
        <source>A JSON file holding one scenario, in the shape of the project file&apos;s roi.scenarios[].</source>
        <translation>En JSON-fil med ét scenarie, opbygget som projektfilens roi.scenarios[].</translation>
    </message>
    <message>
        <source>Print one JSON document with exact numbers.</source>
        <translation>Skriv ét JSON-dokument med nøjagtige tal.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; give a scenario file with --input FILE</source>
        <translation>uventet argument &quot;%1&quot;; angiv en scenariefil med --input FIL</translation>
    </message>
    <message>
        <source>give --preset or --input, not both</source>
        <translation>angiv --preset eller --input, ikke begge</translation>
    </message>
    <message>
        <source>give one scenario only</source>
        <translation>angiv kun ét scenarie</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; is not a preset; the one preset is whitepaper</source>
        <translation>--preset: &quot;%1&quot; er ikke en skabelon; den eneste skabelon er whitepaper</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Kontrollér stien.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan ikke læses: %1</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Kontrollér filens rettigheder.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenarie</translation>
    </message>
    <message>
        <source>%1, %2 days a year</source>
        <translation>%1, %2 dage om året</translation>
    </message>
    <message>
        <source>area</source>
        <translation>område</translation>
    </message>
    <message>
        <source>cost per event</source>
        <translation>omkostning pr. hændelse</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pr. dag</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>forbedring</translation>
    </message>
    <message>
        <source>yearly saving</source>
        <translation>årlig besparelse</translation>
    </message>
    <message>
        <source>total</source>
        <translation>i alt</translation>
    </message>
    <message>
        <source>no payback: the monthly net saving is %1, nothing is left to pay back the implementation</source>
        <translation>ingen tilbagebetaling: den månedlige nettobesparelse er %1, der er intet tilbage til at tjene implementeringen hjem</translation>
    </message>
    <message>
        <source>immediately, nothing to pay back</source>
        <translation>med det samme, intet at tjene hjem</translation>
    </message>
    <message>
        <source>%1 months, in month %2</source>
        <translation>%1 måneder, i måned %2</translation>
    </message>
    <message>
        <source>implementation cost</source>
        <translation>implementeringsomkostninger</translation>
    </message>
    <message>
        <source>yearly running cost</source>
        <translation>årlige løbende omkostninger</translation>
    </message>
    <message>
        <source>yearly net saving</source>
        <translation>årlig nettobesparelse</translation>
    </message>
    <message>
        <source>payback</source>
        <translation>tilbagebetalingstid</translation>
    </message>
    <message>
        <source>net saving, 3 years</source>
        <translation>nettobesparelse, 3 år</translation>
    </message>
    <message>
        <source>ROI, 3 years</source>
        <translation>ROI, 3 år</translation>
    </message>
    <message>
        <source>none: nothing invested</source>
        <translation>ingen: intet investeret</translation>
    </message>
    <message>
        <source>there is no state database here</source>
        <translation>der er ingen tilstandsdatabase her</translation>
    </message>
    <message>
        <source>Check the --state path: it names the database that &quot;linkwright-cli run&quot; wrote.</source>
        <translation>Kontrollér stien ved --state: den angiver databasen, som &quot;linkwright-cli run&quot; skrev.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stoppet</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan ikke læses</translation>
    </message>
    <message>
        <source>%1: pre-flight of an initial load between %2 and %3, both ways</source>
        <translation>%1: forhåndstjek af en initial indlæsning mellem %2 og %3, begge veje</translation>
    </message>
    <message>
        <source>records in %1</source>
        <translation>poster i %1</translation>
    </message>
    <message>
        <source>in both: compared field by field, conflicts as the data point&apos;s policy says</source>
        <translation>i begge: sammenlignes felt for felt, konflikter efter datapunktets politik</translation>
    </message>
    <message>
        <source>to create in %1</source>
        <translation>oprettes i %1</translation>
    </message>
    <message>
        <source>failure %1 (%2): not retried, status %3</source>
        <translation>fejl %1 (%2): ikke forsøgt igen, status %3</translation>
    </message>
    <message>
        <source>failure %1 (%2): left as it is, status %3</source>
        <translation>fejl %1 (%2): uændret, status %3</translation>
    </message>
    <message>
        <source>failure %1 (%2): status %3</source>
        <translation>fejl %1 (%2): status %3</translation>
    </message>
    <message>
        <source>%1 names no data point; choose from %2</source>
        <translation>%1 angiver intet datapunkt; vælg mellem %2</translation>
    </message>
    <message>
        <source>%1 is empty; give a whole number of at least %2</source>
        <translation>%1 er tom; angiv et helt tal på mindst %2</translation>
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
        <translation>Brug: linkwright-cli [--state DB] KOMMANDO [TILVALG]

Kommandoer:
  validate FIL               kontrollér en projektfil; afslutter med 0 når den er gyldig, 1 ved fejl
  init [FIL] [--port N] [--force]
                             skriv et demoprojekt til linkwright-sim (standard demo.linkwright.json)
  run FIL                    synkronisér alle datapunkter, der ikke er slået fra, eller dem, der er angivet med --data-point
  plan FIL                   en prøvekørsel: vis hver posts feltændringer, og gem dem som en plan
  apply FIL --plan ID        skriv en gemt plan, eller kun de af dens poster, der er angivet med --record
  preview FIL -d DP [-n N]   hent nogle få poster fra kilden, og vis, hvad tilknytningerne gør ved dem
  preflight FIL -d DP        før en initial indlæsning: ugyldige poster, manglende og dublerede nøgler
  failures FIL               vis fejlloggen, filtreret efter datapunkt, status, klasse, trin, ...
  retry FIL                  prøv fejlede poster igen: --id N..., --all eller et filter som for failures
  ignore FIL --id N...       sæt fejl til side, så genforsøg springer dem over; --reopen tager dem tilbage
  roi [--preset whitepaper | --input FIL] [--json]
                             årlige besparelser pr. område, tilbagebetalingstid og ROI for en integration
  help                       vis denne hjælp; &quot;KOMMANDO --help&quot; viser en kommandos tilvalg

Tilvalg:
  --state DB                 synkroniseringens tilstandsdatabase; standard: én pr. projektfil, i brugerens
                             datamappe (~/.local/share/Linkwright/linkwright/state/)
  -h, --help                 vis denne hjælp
  -v, --version              vis versionen

Afslutningskoder: 0 færdig, 1 kunne ikke køre eller ugyldigt input, 2 brugsfejl, 3 afsluttet med fejl i fejlloggen,
130 stoppet med Ctrl+C eller SIGTERM.
</translation>
    </message>
    <message>
        <source>init: %1 is a folder; nothing was written</source>
        <translation>init: %1 er en mappe; intet blev skrevet</translation>
    </message>
    <message>
        <source>  hint: name the project file, such as %1</source>
        <translation>  tip: angiv projektfilen, f.eks. %1</translation>
    </message>
    <message>
        <source>nothing has run for %1 on this machine yet</source>
        <translation>intet er kørt for %1 på denne maskine endnu</translation>
    </message>
    <message>
        <source>Run &quot;linkwright-cli run %1&quot; first, or give --state DB if its runs were stored elsewhere.</source>
        <translation>Kør først &quot;linkwright-cli run %1&quot;, eller angiv --state DB, hvis dens kørsler er gemt et andet sted.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 findes ikke</translation>
    </message>
    <message>
        <source>Check the --state path, or create the folder first.</source>
        <translation>Kontrollér stien til --state, eller opret mappen først.</translation>
    </message>
    <message>
        <source>The server took the connection but did not answer within the endpoint&apos;s timeoutSeconds; check that it is up and not overloaded, or raise timeoutSeconds.</source>
        <translation>Serveren tog imod forbindelsen, men svarede ikke inden for endepunktets timeoutSeconds; kontrollér, at den kører og ikke er overbelastet, eller hæv timeoutSeconds.</translation>
    </message>
    <message>
        <source>not read completely</source>
        <translation>ikke læst fuldstændigt</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunne ikke læses: %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>nothing is compared: without every record of %1, which records would be updated or created on either side is not known</source>
        <translation>intet sammenlignes: uden alle poster fra %1 vides det ikke, hvilke poster der ville blive opdateret eller oprettet på hver side</translation>
    </message>
    <message>
        <source>nothing is compared: without every record of %1, which records would be updated, created or left alone is not known</source>
        <translation>intet sammenlignes: uden alle poster fra %1 vides det ikke, hvilke poster der ville blive opdateret, oprettet eller ikke rørt</translation>
    </message>
    <message>
        <source>%1 is not an option of %2; did you mean %3?</source>
        <translation>%1 er ikke et tilvalg til %2; mente du %3?</translation>
    </message>
    <message>
        <source>%1 is not an option of %2; its options: %3</source>
        <translation>%1 er ikke et tilvalg til %2; dens tilvalg: %3</translation>
    </message>
    <message>
        <source>to the ERP</source>
        <translation>til ERP-systemet</translation>
    </message>
    <message>
        <source>to the shop</source>
        <translation>til shoppen</translation>
    </message>
    <message>
        <source>the project has no data points; nothing to plan</source>
        <translation>projektet har ingen datapunkter; intet at planlægge</translation>
    </message>
    <message>
        <source>the project has no data points; nothing to run</source>
        <translation>projektet har ingen datapunkter; intet at køre</translation>
    </message>
    <message>
        <source>Add one under &quot;dataPoints&quot;, such as &quot;products&quot;: {&quot;direction&quot;: &quot;erp-to-shop&quot;}; &quot;linkwright-cli init&quot; writes a project with all seven.</source>
        <translation>Tilføj et under &quot;dataPoints&quot;, f.eks. &quot;products&quot;: {&quot;direction&quot;: &quot;erp-to-shop&quot;}; &quot;linkwright-cli init&quot; skriver et projekt med alle syv.</translation>
    </message>
    <message>
        <source>Set a data point&apos;s &quot;direction&quot; to erp-to-shop, shop-to-erp or both.</source>
        <translation>Sæt et datapunkts &quot;direction&quot; til erp-to-shop, shop-to-erp eller both.</translation>
    </message>
    <message>
        <source>linkwright-cli: &quot;%1&quot; is not a command; an option other than --state goes after the command, as in &quot;linkwright-cli run FILE %1&quot;</source>
        <translation>linkwright-cli: &quot;%1&quot; er ikke en kommando; en anden indstilling end --state står efter kommandoen, f.eks. &quot;linkwright-cli run FILE %1&quot;</translation>
    </message>
    <message>
        <source>there is no failure %1</source>
        <translation>der er ingen fejl %1</translation>
    </message>
    <message>
        <source>&quot;linkwright-cli failures&quot; lists them.</source>
        <translation>&quot;linkwright-cli failures&quot; viser dem.</translation>
    </message>
    <message>
        <source>Show this failure whole: its full message, times and the record as it was received; repeat for more.</source>
        <translation>Vis denne fejl i sin helhed: hele meddelelsen, tidspunkterne og posten, som den blev modtaget; gentag for flere.</translation>
    </message>
    <message>
        <source>there is no failure %1 that matches</source>
        <translation>der er ingen passende fejl %1</translation>
    </message>
    <message>
        <source>&quot;linkwright-cli failures FILE&quot; lists the failures with their ids.</source>
        <translation>&quot;linkwright-cli failures FIL&quot; viser fejlene med deres numre.</translation>
    </message>
    <message>
        <source>failure %1: %2 %3</source>
        <translation>fejl %1: %2 %3</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(ingen nøgle)</translation>
    </message>
    <message>
        <source>%1, attempts %2, last by run %3</source>
        <translation>%1, forsøg %2, senest af kørsel %3</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-status</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>logget</translation>
    </message>
    <message>
        <source>next try</source>
        <translation>næste forsøg</translation>
    </message>
    <message>
        <source>record as received</source>
        <translation>posten som modtaget</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(%1 more bytes; --json shows all of it)</source>
        <translation>(%1 bytes mere; --json viser det hele)</translation>
    </message>
    <message>
        <source>Anywhere on the line: --state DB, the sync state database (default: one per project file).
Exit codes: 0 done, 1 could not run or invalid input, 2 usage error, 3 finished with failures, 130 stopped by Ctrl+C or SIGTERM.</source>
        <translation>Hvor som helst på linjen: --state DB, databasen med synkroniseringstilstanden (standard: én pr. projektfil).
Afslutningskoder: 0 færdig, 1 kunne ikke køre eller ugyldigt input, 2 brugsfejl, 3 afsluttet med fejl, 130 stoppet med Ctrl+C eller SIGTERM.</translation>
    </message>
    <message>
        <source>Only failures this run tried last (a retry that fails again takes them over).</source>
        <translation>Kun fejl, som denne kørsel sidst prøvede (et nyt forsøg, der fejler igen, overtager dem).</translation>
    </message>
    <message>
        <source>--confirm-deletes needs --full: only a full run finds what the source no longer has</source>
        <translation>--confirm-deletes kræver --full: kun en fuld kørsel finder det, kilden ikke længere har</translation>
    </message>
    <message>
        <source>With --full and --data-point: delete what the source no longer has even when that is more than half of the records synced (check first that they really are gone).</source>
        <translation>Med --full og --data-point: slet det, kilden ikke længere har, også når det er mere end halvdelen af de synkroniserede poster (tjek først, at de virkelig er væk).</translation>
    </message>
    <message>
        <source>--confirm-deletes needs --data-point: name the data points whose missing records you checked</source>
        <translation>--confirm-deletes kræver --data-point: angiv de datapunkter, hvis manglende poster du har tjekket</translation>
    </message>
    <message>
        <source>With --full and --data-point: write every record, also those unchanged since the last run (for a target that lost records).</source>
        <translation>Med --full og --data-point: skriv hver post, også dem, der er uændrede siden sidste kørsel (for et mål, der har mistet poster).</translation>
    </message>
    <message>
        <source>--resend needs --full: only a full run reads every record</source>
        <translation>--resend kræver --full: kun en fuld kørsel læser hver post</translation>
    </message>
    <message>
        <source>--resend needs --data-point: name the data points whose target lost records</source>
        <translation>--resend kræver --data-point: angiv de datapunkter, hvis mål har mistet poster</translation>
    </message>
    <message>
        <source>page asked for</source>
        <translation>side der blev bedt om</translation>
    </message>
    <message>
        <source>linkwright-cli: --state needs a file name, not the option &quot;%1&quot;</source>
        <translation>linkwright-cli: --state kræver et filnavn, ikke tilvalget &quot;%1&quot;</translation>
    </message>
    <message>
        <source>  hint: give the database after --state; a name that starts with a dash goes as --state=./%1</source>
        <translation>  tip: angiv databasen efter --state; et navn, der begynder med en bindestreg, angives som --state=./%1</translation>
    </message>
    <message>
        <source>linkwright-cli: --state needs a file name, not the command &quot;%1&quot;</source>
        <translation>linkwright-cli: --state kræver et filnavn, ikke kommandoen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>linkwright-cli: unknown command &quot;%1&quot;; did you mean &quot;%2&quot;?</source>
        <translation>linkwright-cli: ukendt kommando &quot;%1&quot;; mente du &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a data point; did you mean %3?</source>
        <translation>%1: &quot;%2&quot; er ikke et datapunkt; mente du %3?</translation>
    </message>
    <message>
        <source>plan %1 (dry run: nothing written)</source>
        <translation>plan %1 (prøvekørsel: intet skrevet)</translation>
    </message>
    <message>
        <source>(an update&apos;s old value is what the last sync wrote; the target is not read, so an edit made there since is not shown and is overwritten)</source>
        <translation>(en opdaterings gamle værdi er det, den sidste synkronisering skrev; målet læses ikke, så en ændring foretaget der siden vises ikke og overskrives)</translation>
    </message>
    <message>
        <source>in both: updated where they differ</source>
        <translation>i begge: opdateres, hvor de er forskellige</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) of earlier runs still wait: linkwright-cli failures %1 --data-point %2 --status open</source>
        <translation>
            <numerusform>%n fejl fra tidligere kørsler venter stadig: linkwright-cli failures %1 --data-point %2 --status open</numerusform>
            <numerusform>%n fejl fra tidligere kørsler venter stadig: linkwright-cli failures %1 --data-point %2 --status open</numerusform>
        </translation>
    </message>
    <message>
        <source>  hint: the database comes first, as in &quot;linkwright-cli --state DB %1 ...&quot;</source>
        <translation>  tip: databasen kommer først, som i &quot;linkwright-cli --state DB %1 ...&quot;</translation>
    </message>
    <message>
        <source>The run&apos;s failures could not be stored in the failure log (see the error above); the next run reads those records again.</source>
        <translation>Kørslens fejl kunne ikke gemmes i fejlloggen (se fejlen ovenfor); næste kørsel læser disse poster igen.</translation>
    </message>
    <message>
        <source>the state database is an empty file: no run stored anything in it</source>
        <translation>tilstandsdatabasen er en tom fil: ingen kørsel har gemt noget i den</translation>
    </message>
    <message>
        <source>Check the --state path, or restore the database from a backup; &quot;linkwright-cli run&quot; starts a new one there.</source>
        <translation>Kontrollér stien i --state, eller gendan databasen fra en sikkerhedskopi; &quot;linkwright-cli run&quot; opretter en ny der.</translation>
    </message>
</context>
<context>
    <name>Linkwright::ConnectionOutcome</name>
    <message>
        <source>Check the host name in the base URL, and that this computer can resolve it (DNS, VPN).</source>
        <translation>Kontrollér værtsnavnet i basis-URL&apos;en, og at denne computer kan slå det op (DNS, VPN).</translation>
    </message>
    <message>
        <source>Nothing is listening at that address and port. Is the service running? For the demo project, start linkwright-sim.</source>
        <translation>Intet lytter på den adresse og port. Kører tjenesten? Start linkwright-sim til demoprojektet.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering. Check the port and whether the server expects https instead of http.</source>
        <translation>Serveren lukkede forbindelsen uden at svare. Kontrollér porten, og om serveren forventer https i stedet for http.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate was not accepted. Check the certificate, or that the URL names the host the certificate was issued for.</source>
        <translation>Serverens TLS-certifikat blev ikke accepteret. Kontrollér certifikatet, eller at URL&apos;en angiver den vært, certifikatet er udstedt til.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the address and any firewall in between.</source>
        <translation>Serveren svarede ikke i tide. Kontrollér adressen og eventuelle firewalls imellem.</translation>
    </message>
    <message>
        <source>The proxy in between did not let the request through. Check the proxy settings.</source>
        <translation>Proxyen imellem lod ikke anmodningen komme igennem. Kontrollér proxyindstillingerne.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the network connection.</source>
        <translation>Denne computer ser ud til at være offline. Kontrollér netværksforbindelsen.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Reachable: HTTP %1 in %2.</source>
        <translation>Kan nås: HTTP %1 på %2.</translation>
    </message>
    <message>
        <source>Reachable, but the server answered HTTP %1 (in %2).</source>
        <translation>Kan nås, men serveren svarede HTTP %1 (på %2).</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Kan ikke nås: %1</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Intet svar inden for %1 sekunder.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Testen blev afbrudt.</translation>
    </message>
    <message>
        <source>The server wants credentials; this test sends none, so this is expected for a protected API.</source>
        <translation>Serveren kræver loginoplysninger; denne test sender ingen, så det er forventeligt for et beskyttet API.</translation>
    </message>
    <message>
        <source>The server is there but has nothing at this path. Check the path part of the base URL.</source>
        <translation>Serveren er der, men har intet på denne sti. Kontrollér stidelen af basis-URL&apos;en.</translation>
    </message>
    <message>
        <source>The server itself reports a fault. Try again later or ask its administrator.</source>
        <translation>Serveren melder selv en fejl. Prøv igen senere, eller spørg serverens administrator.</translation>
    </message>
    <message>
        <source>Check the address and port, and any firewall or VPN in between.</source>
        <translation>Kontrollér adresse og port samt eventuelle firewalls eller VPN imellem.</translation>
    </message>
    <message>
        <source>Tryton %1: logged in as &quot;%2&quot; to database &quot;%3&quot;, company &quot;%4&quot; (in %5 ms).</source>
        <translation>Tryton %1: logget ind som &quot;%2&quot; i databasen &quot;%3&quot;, virksomhed &quot;%4&quot; (på %5 ms).</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>The server has no warehouses.</source>
        <translation>Serveren har ingen lagre.</translation>
    </message>
    <message>
        <source>Warehouses: %1.</source>
        <translation>Lagre: %1.</translation>
    </message>
    <message>
        <source>Not tested: %1.</source>
        <translation>Ikke testet: %1.</translation>
    </message>
    <message>
        <source>Not reachable at %1: %2</source>
        <translation>Kan ikke nås på %1: %2</translation>
    </message>
    <message>
        <source>%1 answers (HTTP %2), but not as a Tryton server: the answer is not Tryton&apos;s JSON-RPC.</source>
        <translation>%1 svarer (HTTP %2), men ikke som en Tryton-server: svaret er ikke Trytons JSON-RPC.</translation>
    </message>
    <message>
        <source>Tryton %1 answers, but has no database &quot;%2&quot;.</source>
        <translation>Tryton %1 svarer, men har ingen database &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Tryton %1 refused the login of user &quot;%2&quot; to database &quot;%3&quot;: wrong user name or password.</source>
        <translation>Tryton %1 afviste login for brugeren &quot;%2&quot; til databasen &quot;%3&quot;: forkert brugernavn eller adgangskode.</translation>
    </message>
    <message>
        <source>Tryton %1 refuses every login of user &quot;%2&quot; for now, after too many failed logins (HTTP 429).</source>
        <translation>Tryton %1 afviser indtil videre alle loginforsøg fra brugeren &quot;%2&quot; efter for mange mislykkede loginforsøg (HTTP 429).</translation>
    </message>
    <message>
        <source>Logged in to Tryton %1, but user &quot;%2&quot; has no company with id %3.</source>
        <translation>Logget ind i Tryton %1, men brugeren &quot;%2&quot; har ingen virksomhed med id %3.</translation>
    </message>
    <message>
        <source>Tryton could not be tested: %1</source>
        <translation>Tryton kunne ikke testes: %1</translation>
    </message>
    <message>
        <source>The server has no warehouse with id %1: stock cannot be read until the Warehouses field lists ids from above, or is empty for all of them.</source>
        <translation>Serveren har intet lager med id %1: lagerbeholdningen kan ikke læses, før feltet Lagre angiver id&apos;er fra listen ovenfor eller står tomt for dem alle.</translation>
    </message>
    <message>
        <source>Set the base URL to the Tryton server itself, e.g. http://erp.example.com:8000/, without the database name.</source>
        <translation>Sæt basis-URL&apos;en til selve Tryton-serveren, f.eks. http://erp.example.com:8000/, uden databasenavnet.</translation>
    </message>
    <message>
        <source>Check the database name; Tryton&apos;s database names are case-sensitive.</source>
        <translation>Kontrollér databasenavnet; Trytons databasenavne skelner mellem store og små bogstaver.</translation>
    </message>
    <message>
        <source>Tryton counts failed logins over its session timeout (10 minutes unless its configuration says otherwise). Wait that long, check the password, then test again: every failed test counts too.</source>
        <translation>Tryton tæller mislykkede loginforsøg inden for sin sessionstimeout (10 minutter, medmindre konfigurationen angiver andet). Vent så længe, kontrollér adgangskoden, og test så igen: hver mislykket test tæller også med.</translation>
    </message>
    <message>
        <source>Set the company id to that of a company the user belongs to (in Tryton: User ▸ Companies).</source>
        <translation>Sæt virksomheds-id&apos;et til id&apos;et for en virksomhed, som brugeren hører til (i Tryton: Bruger ▸ Virksomheder).</translation>
    </message>
    <message>
        <source>Check the address and port, and any firewall or VPN in between. After failed logins, Tryton waits longer before each answer.</source>
        <translation>Kontrollér adresse og port samt eventuelle firewalls eller VPN imellem. Efter mislykkede loginforsøg venter Tryton længere før hvert svar.</translation>
    </message>
</context>
<context>
    <name>Linkwright::ConnectionTester</name>
    <message>
        <source>Testing connection to %1</source>
        <translation>Tester forbindelsen til %1</translation>
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
        <translation>Hvordan integrationen klarer sig: mængder, fejl og kørselstider over tid.</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Intet at vise endnu</translation>
    </message>
    <message>
        <source>Once runs have happened, this page will chart the records synced, the failures and the run times of each data point.</source>
        <translation>Når der har været kørsler, viser denne side grafer over synkroniserede poster, fejl og kørselstider for hvert datapunkt.</translation>
    </message>
</context>
<context>
    <name>Linkwright::DataPointDetails</name>
    <message>
        <source>Select a data point to see its recommendation.</source>
        <translation>Vælg et datapunkt for at se anbefalingen.</translation>
    </message>
    <message>
        <source>Recommended direction: %1, because %2.</source>
        <translation>Anbefalet retning: %1, fordi %2.</translation>
    </message>
    <message>
        <source>This data point follows the recommendation.</source>
        <translation>Dette datapunkt følger anbefalingen.</translation>
    </message>
    <message>
        <source>Key field: %1</source>
        <translation>Nøglefelt: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Konflikter: %1</translation>
    </message>
    <message>
        <source>Deletions are carried over</source>
        <translation>Sletninger overføres</translation>
    </message>
    <message>
        <source>Deletions are not carried over</source>
        <translation>Sletninger overføres ikke</translation>
    </message>
    <message>
        <source>Not in the project yet: choose a direction to add it.</source>
        <translation>Ikke i projektet endnu: vælg en retning for at tilføje det.</translation>
    </message>
</context>
<context>
    <name>Linkwright::DataPoints</name>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>the ERP is the master of product data; the shop only enriches it (images, SEO)</source>
        <translation>ERP&apos;et er master for produktdata; shoppen beriger dem kun (billeder, SEO)</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Priser</translation>
    </message>
    <message>
        <source>prices, contracts and quantity breaks are kept in the ERP</source>
        <translation>priser, aftaler og mængderabatter vedligeholdes i ERP&apos;et</translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation>Lagerbeholdning</translation>
    </message>
    <message>
        <source>the shop sends orders, not stock; the ERP stays the stock master</source>
        <translation>shoppen sender ordrer, ikke lager; ERP&apos;et forbliver master for lageret</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>customers register in the shop and are maintained in the ERP, so both sides change them</source>
        <translation>kunder registrerer sig i shoppen og vedligeholdes i ERP&apos;et, så begge sider ændrer dem</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <source>online orders are placed in the shop and fulfilled by the ERP</source>
        <translation>onlineordrer afgives i shoppen og ekspederes af ERP&apos;et</translation>
    </message>
    <message>
        <source>Order updates</source>
        <translation>Ordreopdateringer</translation>
    </message>
    <message>
        <source>the ERP reports status, shipping and tracking; the shop reports cancellations and edits</source>
        <translation>ERP&apos;et melder status, forsendelse og sporing; shoppen melder annulleringer og rettelser</translation>
    </message>
    <message>
        <source>Offline orders and invoices</source>
        <translation>Offlineordrer og fakturaer</translation>
    </message>
    <message>
        <source>invoices and offline orders exist only in the ERP; the shop shows them as history</source>
        <translation>fakturaer og offlineordrer findes kun i ERP&apos;et; shoppen viser dem som historik</translation>
    </message>
    <message>
        <source>ERP → shop</source>
        <translation>ERP → shop</translation>
    </message>
    <message>
        <source>Shop → ERP</source>
        <translation>Shop → ERP</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Begge veje</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fra</translation>
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
        <translation>ERP ejer</translation>
    </message>
    <message>
        <source>Shop owns</source>
        <translation>Shop ejer</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>Nyeste ændring vinder</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>Send til gennemsyn</translation>
    </message>
</context>
<context>
    <name>Linkwright::DataPointsModel</name>
    <message>
        <source>%1 is not the recommended direction (%2)</source>
        <translation>%1 er ikke den anbefalede retning (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n til)</numerusform>
            <numerusform>%1 (+%n til)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Synkroniseres ikke</translation>
    </message>
    <message>
        <source>As recommended</source>
        <translation>Som anbefalet</translation>
    </message>
    <message>
        <source>Recommended: %1, because %2.</source>
        <translation>Anbefalet: %1, fordi %2.</translation>
    </message>
    <message>
        <source>Click to change</source>
        <translation>Klik for at ændre</translation>
    </message>
    <message>
        <source>Data point</source>
        <translation>Datapunkt</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <source>Key field</source>
        <translation>Nøglefelt</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Tilknytninger</translation>
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
        <translation>Datapunkter</translation>
    </message>
    <message>
        <source>What flows between ERP and shop, in which direction and how. Click a direction or mode to change it.</source>
        <translation>Hvad der flyder mellem ERP og shop, i hvilken retning og hvordan. Klik på en retning eller tilstand for at ændre den.</translation>
    </message>
    <message>
        <source>Use Recommended Directions</source>
        <translation>Brug anbefalede retninger</translation>
    </message>
    <message>
        <source>Sets every data point that is switched on to its recommended direction. Data points that are off stay off.</source>
        <translation>Sætter alle aktiverede datapunkter til deres anbefalede retning. Datapunkter, der er slået fra, forbliver slået fra.</translation>
    </message>
    <message>
        <source>Data points say what flows between the ERP and the shop: products, prices, stock, customers, orders and more. Create or open a project to choose them.</source>
        <translation>Datapunkter angiver, hvad der flyder mellem ERP&apos;et og shoppen: produkter, priser, lager, kunder, ordrer og mere. Opret eller åbn et projekt for at vælge dem.</translation>
    </message>
</context>
<context>
    <name>Linkwright::Decimal</name>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; er ikke et tal</translation>
    </message>
    <message>
        <source>Write digits with a point for decimals, such as 19.90; no thousands separators.</source>
        <translation>Skriv cifre med punktum som decimaltegn, f.eks. 19.90; ingen tusindtalsseparatorer.</translation>
    </message>
    <message>
        <source>%1 has more digits than can be calculated exactly (%2)</source>
        <translation>%1 har flere cifre, end der kan regnes nøjagtigt med (%2)</translation>
    </message>
    <message>
        <source>Map it as text if it is an identifier, not an amount.</source>
        <translation>Tilknyt den som tekst, hvis det er en identifikator og ikke et beløb.</translation>
    </message>
    <message>
        <source>%1 is too large to calculate exactly (more than %2 digits)</source>
        <translation>%1 er for stort til at regne nøjagtigt med (mere end %2 cifre)</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimal places</source>
        <translation>%1 har mere end %2 decimaler</translation>
    </message>
    <message>
        <source>Round it at the source, or map it as text.</source>
        <translation>Afrund den i kilden, eller tilknyt den som tekst.</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>forventede et tal, fandt %1</translation>
    </message>
    <message>
        <source>%1 + %2 has more digits than can be calculated exactly (%3)</source>
        <translation>%1 + %2 har flere cifre, end der kan regnes nøjagtigt med (%3)</translation>
    </message>
    <message>
        <source>%1 × %2 has more digits than can be calculated exactly (%3)</source>
        <translation>%1 × %2 har flere cifre, end der kan regnes nøjagtigt med (%3)</translation>
    </message>
    <message>
        <source>cannot round to %1 decimal places; use 0 to %2</source>
        <translation>kan ikke afrunde til %1 decimaler; brug 0 til %2</translation>
    </message>
    <message>
        <source>%1 with %2 decimal places has more digits than can be calculated exactly (%3)</source>
        <translation>%1 med %2 decimaler har flere cifre, end der kan regnes nøjagtigt med (%3)</translation>
    </message>
    <message>
        <source>%1 cannot be divided by zero</source>
        <translation>%1 kan ikke divideres med nul</translation>
    </message>
    <message>
        <source>%1 / %2 has more digits than can be calculated exactly (%3)</source>
        <translation>%1 / %2 har flere cifre, end der kan regnes nøjagtigt med (%3)</translation>
    </message>
    <message>
        <source>Exact results keep at most %1 digits: give the factor or the number fewer decimal places, or round the number before it is multiplied.</source>
        <translation>Præcise resultater har højst %1 cifre: giv faktoren eller tallet færre decimaler, eller afrund tallet, før det ganges.</translation>
    </message>
</context>
<context>
    <name>Linkwright::DialogPrompter</name>
    <message>
        <source>Linkwright projects (*.linkwright.json)</source>
        <translation>Linkwright-projekter (*.linkwright.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Vil du gemme ændringerne i &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Your edits are lost if you don&apos;t save them.</source>
        <translation>Dine ændringer går tabt, hvis du ikke gemmer dem.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Åbn projekt</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Gem projekt som</translation>
    </message>
</context>
<context>
    <name>Linkwright::DiffsPage</name>
    <message>
        <source>Diffs</source>
        <translation>Forskelle</translation>
    </message>
    <message>
        <source>What a sync would change, field by field, before anything is written.</source>
        <translation>Hvad en synkronisering ville ændre, felt for felt, før noget skrives.</translation>
    </message>
    <message>
        <source>No differences to review</source>
        <translation>Ingen forskelle at gennemse</translation>
    </message>
    <message>
        <source>A dry run will show here, field by field, which records a sync would create, update or leave unchanged, so you can check before anything is written.</source>
        <translation>En prøvekørsel viser her, felt for felt, hvilke poster en synkronisering ville oprette, opdatere eller lade være uændrede, så du kan kontrollere det, før noget skrives.</translation>
    </message>
</context>
<context>
    <name>Linkwright::DocumentController</name>
    <message>
        <source>Could not open project</source>
        <translation>Projektet kunne ikke åbnes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened. The project that was open stays open.</source>
        <translation>&quot;%1&quot; kunne ikke åbnes. Det projekt, der var åbent, forbliver åbent.</translation>
    </message>
    <message>
        <source>Could not save project</source>
        <translation>Projektet kunne ikke gemmes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not written. Your edits are still here; fix the problems below and save again.</source>
        <translation>&quot;%1&quot; blev ikke skrevet. Dine ændringer er her stadig; ret problemerne nedenfor, og gem igen.</translation>
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
        <translation>Tester %1 …</translation>
    </message>
    <message>
        <source>Not tested: enter a valid base URL first.</source>
        <translation>Ikke testet: angiv først en gyldig basis-URL.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Dette er ikke en gyldig URL: %1</translation>
    </message>
    <message>
        <source>Start with http:// or https://, for example https://erp.example.com/api/.</source>
        <translation>Begynd med http:// eller https://, for eksempel https://erp.example.com/api/.</translation>
    </message>
    <message>
        <source>Only http and https are supported, not &quot;%1&quot;.</source>
        <translation>Kun http og https understøttes, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The URL names no host. Write it as https://host[:port]/path.</source>
        <translation>URL&apos;en angiver ingen vært. Skriv den som https://vært[:port]/sti.</translation>
    </message>
    <message>
        <source>Leave user names and passwords out of the URL; set them under Authentication.</source>
        <translation>Udelad brugernavne og adgangskoder fra URL&apos;en; angiv dem under Godkendelse.</translation>
    </message>
    <message>
        <source>A base URL cannot have a #fragment.</source>
        <translation>En basis-URL kan ikke have et #fragment.</translation>
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
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>e.g. Tryton production</source>
        <translation>f.eks. Tryton produktion</translation>
    </message>
    <message>
        <source>e.g. Webshop</source>
        <translation>f.eks. Webshop</translation>
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
        <translation>&amp;Godkendelse:</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>&amp;Password from:</source>
        <translation>&amp;Adgangskode fra:</translation>
    </message>
    <message>
        <source>&amp;Token from:</source>
        <translation>&amp;Token fra:</translation>
    </message>
    <message>
        <source>&amp;Key from:</source>
        <translation>N&amp;øgle fra:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>T&amp;imeout:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a sync waits for one answer from this system.</source>
        <translation>Hvor længe en synkronisering venter på et svar fra dette system.</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratebegrænsning:</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> forespørgsler/s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ubegrænset</translation>
    </message>
    <message>
        <source>The most requests per second a sync sends to this system; 0 means no limit.</source>
        <translation>Det højeste antal forespørgsler pr. sekund, som en synkronisering sender til dette system; 0 betyder ingen grænse.</translation>
    </message>
    <message>
        <source>Stop Test</source>
        <translation>Stop test</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Test forbindelse</translation>
    </message>
    <message>
        <source>Sends a GET request to the base URL, without credentials, and reports the answer.</source>
        <translation>Sender en GET-forespørgsel uden loginoplysninger til basis-URL&apos;en og viser svaret.</translation>
    </message>
    <message>
        <source>The project keeps the last valid URL until this is fixed.</source>
        <translation>Projektet beholder den sidste gyldige URL, indtil dette er rettet.</translation>
    </message>
    <message>
        <source>Required before this endpoint can be tested or synced.</source>
        <translation>Påkrævet, før dette endpoint kan testes eller synkroniseres.</translation>
    </message>
    <message>
        <source>Tryton (JSON-RPC)</source>
        <translation>Tryton (JSON-RPC)</translation>
    </message>
    <message>
        <source>Tryton &amp;database:</source>
        <translation>Tryton-&amp;database:</translation>
    </message>
    <message>
        <source>&amp;Warehouses:</source>
        <translation>&amp;Lagre:</translation>
    </message>
    <message>
        <source>Asks the Tryton server for its version, logs in with the user and password above, and reads the company and the warehouses. Each failed login counts towards Tryton&apos;s lockout.</source>
        <translation>Spørger Tryton-serveren om dens version, logger ind med brugeren og adgangskoden ovenfor og læser virksomheden og lagrene. Hvert mislykket login tæller med i Trytons loginspærring.</translation>
    </message>
    <message>
        <source>The Tryton connector reads its records page by page itself.</source>
        <translation>Tryton-konnektoren læser selv sine poster side for side.</translation>
    </message>
    <message>
        <source>Pa&amp;ging:</source>
        <translation>&amp;Sideinddeling:</translation>
    </message>
    <message>
        <source>H&amp;eader:</source>
        <translation>He&amp;ader:</translation>
    </message>
    <message>
        <source>Leave keys and tokens out of the URL (&quot;%1&quot;); set them under Authentication.</source>
        <translation>Udelad nøgler og tokens fra URL&apos;en (&quot;%1&quot;); angiv dem under Godkendelse.</translation>
    </message>
</context>
<context>
    <name>Linkwright::EndpointsPage</name>
    <message>
        <source>Project &amp; endpoints</source>
        <translation>Projekt &amp; endpoints</translation>
    </message>
    <message>
        <source>What this project connects: the ERP on one side, the shop on the other.</source>
        <translation>Hvad dette projekt forbinder: ERP&apos;et på den ene side, shoppen på den anden.</translation>
    </message>
    <message>
        <source>Test Both Connections</source>
        <translation>Test begge forbindelser</translation>
    </message>
    <message>
        <source>A project says which ERP and which shop to connect, what flows between them and when. Create a project or open one to begin.</source>
        <translation>Et projekt angiver, hvilket ERP og hvilken shop der skal forbindes, hvad der flyder mellem dem, og hvornår. Opret et projekt, eller åbn et, for at komme i gang.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>e.g. Tryton ↔ webshop</source>
        <translation>f.eks. Tryton ↔ webshop</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke gemt endnu</translation>
    </message>
    <message>
        <source>the ERP</source>
        <translation>ERP&apos;et</translation>
    </message>
    <message>
        <source>the shop</source>
        <translation>shoppen</translation>
    </message>
    <message>
        <source>Tests both endpoints: a GET request to a REST base URL, a login to a Tryton server.</source>
        <translation>Tester begge endpoints: en GET-forespørgsel til en REST-basis-URL og et login på en Tryton-server.</translation>
    </message>
</context>
<context>
    <name>Linkwright::EnvironmentSecretResolver</name>
    <message>
        <source>this is not a reference to an environment variable</source>
        <translation>dette er ikke en henvisning til en miljøvariabel</translation>
    </message>
    <message>
        <source>Refer to the secret as {&quot;env&quot;: &quot;VARIABLE&quot;} in the project file.</source>
        <translation>Henvis til hemmeligheden som {&quot;env&quot;: &quot;VARIABEL&quot;} i projektfilen.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>miljøvariablen %1 er ikke angivet</translation>
    </message>
    <message>
        <source>Set %1 in the environment that starts Linkwright (for a service: its unit file or environment file), or keep the secret in the keychain instead.</source>
        <translation>Angiv %1 i det miljø, der starter Linkwright (for en tjeneste: dens unit-fil eller miljøfil), eller gem i stedet hemmeligheden i nøgleringen.</translation>
    </message>
    <message>
        <source>the environment variable %1 is set but empty</source>
        <translation>miljøvariablen %1 er angivet, men tom</translation>
    </message>
    <message>
        <source>Put the secret into %1; an empty secret is never sent.</source>
        <translation>Læg hemmeligheden i %1; en tom hemmelighed sendes aldrig.</translation>
    </message>
</context>
<context>
    <name>Linkwright::FailuresPage</name>
    <message>
        <source>Failure log</source>
        <translation>Fejllog</translation>
    </message>
    <message>
        <source>Records that could not be synced, why, and a way to retry them.</source>
        <translation>Poster, der ikke kunne synkroniseres, hvorfor, og en måde at prøve dem igen på.</translation>
    </message>
    <message>
        <source>No failures</source>
        <translation>Ingen fejl</translation>
    </message>
    <message>
        <source>Records that cannot be fetched, mapped, validated or written will appear here with the payload, the error and the step where they failed, ready to be retried once the cause is fixed.</source>
        <translation>Poster, der ikke kan hentes, tilknyttes, valideres eller skrives, vises her med payload, fejl og det trin, hvor de fejlede, klar til at blive prøvet igen, når årsagen er rettet.</translation>
    </message>
</context>
<context>
    <name>Linkwright::FaultConfig</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>skal være et heltal fra %1 til %2</translation>
    </message>
    <message>
        <source>the kinds are %1, or all</source>
        <translation>typerne er %1 eller all</translation>
    </message>
    <message>
        <source>no fault kind given</source>
        <translation>ingen fejltype angivet</translation>
    </message>
    <message>
        <source>name one or more of %1, separated by commas, or all</source>
        <translation>angiv en eller flere af %1, adskilt med kommaer, eller all</translation>
    </message>
    <message>
        <source>unknown fault scope</source>
        <translation>ukendt fejlomfang</translation>
    </message>
    <message>
        <source>use erp, shop or both</source>
        <translation>brug erp, shop eller both</translation>
    </message>
    <message>
        <source>faults apply only to GET and POST</source>
        <translation>fejl gælder kun for GET og POST</translation>
    </message>
    <message>
        <source>use GET, POST or GET,POST</source>
        <translation>brug GET, POST eller GET,POST</translation>
    </message>
    <message>
        <source>no method given</source>
        <translation>ingen metode angivet</translation>
    </message>
    <message>
        <source>the fault rate must be a number from 0 to 1</source>
        <translation>fejlraten skal være et tal fra 0 til 1</translation>
    </message>
    <message>
        <source>e.g. 0.2 makes one request in five fault</source>
        <translation>f.eks. får 0.2 hver femte forespørgsel til at fejle</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>ukendt felt</translation>
    </message>
    <message>
        <source>the fields are %1</source>
        <translation>felterne er %1</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>skal være et tal fra 0 til 1</translation>
    </message>
    <message>
        <source>must list fault kinds as strings</source>
        <translation>skal angive fejltyper som tekststrenge</translation>
    </message>
    <message>
        <source>must be an array of fault kinds or &quot;all&quot;</source>
        <translation>skal være et array af fejltyper eller &quot;all&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fault kind</source>
        <translation>&quot;%1&quot; er ikke en fejltype</translation>
    </message>
    <message>
        <source>%1 (given: %2)</source>
        <translation>%1 (angivet: %2)</translation>
    </message>
    <message>
        <source>must be &quot;erp&quot;, &quot;shop&quot; or &quot;both&quot;</source>
        <translation>skal være &quot;erp&quot;, &quot;shop&quot; eller &quot;both&quot;</translation>
    </message>
    <message>
        <source>must list methods as strings</source>
        <translation>skal angive metoderne som tekststrenge</translation>
    </message>
    <message>
        <source>must be an array such as [&quot;GET&quot;, &quot;POST&quot;]</source>
        <translation>skal være et array som [&quot;GET&quot;, &quot;POST&quot;]</translation>
    </message>
</context>
<context>
    <name>Linkwright::HttpConnection</name>
    <message>
        <source>no data arrived for %1 s</source>
        <translation>ingen data modtaget i %1 s</translation>
    </message>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>serveren lukkede forbindelsen under TLS-handshaket</translation>
    </message>
    <message>
        <source>the %1 header contains a line break; the request was not sent</source>
        <translation>headeren %1 indeholder et linjeskift; anmodningen blev ikke sendt</translation>
    </message>
</context>
<context>
    <name>Linkwright::HttpResponseParser</name>
    <message>
        <source>a line of the response is longer than %1 bytes</source>
        <translation>en linje i svaret er længere end %1 byte</translation>
    </message>
    <message>
        <source>the response has a malformed chunk size</source>
        <translation>svaret har en fejlformateret chunkstørrelse</translation>
    </message>
    <message>
        <source>a chunk of the response is longer than its size says</source>
        <translation>en chunk i svaret er længere end dens angivne størrelse</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP/1.x</source>
        <translation>serveren svarede ikke med HTTP/1.x</translation>
    </message>
    <message>
        <source>the response has no valid status code</source>
        <translation>svaret har ingen gyldig statuskode</translation>
    </message>
    <message>
        <source>the response has more than %1 headers</source>
        <translation>svaret har mere end %1 headere</translation>
    </message>
    <message>
        <source>the response starts its headers with a continuation line</source>
        <translation>svarets headere begynder med en fortsættelseslinje</translation>
    </message>
    <message>
        <source>the response has a header line without a name</source>
        <translation>svaret har en headerlinje uden navn</translation>
    </message>
    <message>
        <source>the server switched protocols, which was not asked for</source>
        <translation>serveren skiftede protokol, selvom det ikke var anmodet om</translation>
    </message>
    <message>
        <source>the response uses a transfer coding that was not asked for: %1</source>
        <translation>svaret bruger en overførselskodning, der ikke blev anmodet om: %1</translation>
    </message>
    <message>
        <source>the response has an invalid Content-Length</source>
        <translation>svaret har en ugyldig Content-Length</translation>
    </message>
    <message>
        <source>the connection closed %1 bytes before the end of the body</source>
        <translation>forbindelsen blev lukket %1 byte før slutningen af brødteksten</translation>
    </message>
    <message>
        <source>the connection closed before the response was complete</source>
        <translation>forbindelsen blev lukket, før svaret var komplet</translation>
    </message>
    <message>
        <source>the connection closed without an answer</source>
        <translation>forbindelsen blev lukket uden svar</translation>
    </message>
</context>
<context>
    <name>Linkwright::HttpTransport</name>
    <message>
        <source>the server refused the credentials (HTTP 401)%1</source>
        <translation>serveren afviste loginoplysningerne (HTTP 401)%1</translation>
    </message>
    <message>
        <source>the server denied access with these credentials (HTTP 403)%1</source>
        <translation>serveren nægtede adgang med disse loginoplysninger (HTTP 403)%1</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s authentication: its type, the header name and the secret it refers to.</source>
        <translation>Kontrollér endpointets godkendelse: typen, headernavnet og den hemmelighed, den henviser til.</translation>
    </message>
    <message>
        <source>the server has nothing at this address (HTTP 404)%1</source>
        <translation>serveren har intet på denne adresse (HTTP 404)%1</translation>
    </message>
    <message>
        <source>Check the base URL and the resource path of the endpoint.</source>
        <translation>Kontrollér endpointets basis-URL og ressourcesti.</translation>
    </message>
    <message>
        <source>the server says there were too many requests (HTTP 429)%1</source>
        <translation>serveren melder for mange forespørgsler (HTTP 429)%1</translation>
    </message>
    <message>
        <source>Retried after the wait the server asks for; lower the endpoint&apos;s requestsPerSecond to avoid it.</source>
        <translation>Prøves igen efter den ventetid, serveren beder om; sænk endpointets requestsPerSecond for at undgå det.</translation>
    </message>
    <message>
        <source>the server reported an error (HTTP %1)%2</source>
        <translation>serveren meldte en fejl (HTTP %1)%2</translation>
    </message>
    <message>
        <source>Retried automatically; if it persists, look at the server&apos;s own log.</source>
        <translation>Prøves automatisk igen; hvis det fortsætter, så se i serverens egen log.</translation>
    </message>
    <message>
        <source>The server does not support this request; check the endpoint&apos;s configuration.</source>
        <translation>Serveren understøtter ikke denne forespørgsel; kontrollér endpointets konfiguration.</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) that was not followed</source>
        <translation>serveren svarede med en omdirigering (HTTP %1), som ikke blev fulgt</translation>
    </message>
    <message>
        <source>Set the endpoint&apos;s base URL to the address the server redirects to.</source>
        <translation>Sæt endpointets basis-URL til den adresse, serveren omdirigerer til.</translation>
    </message>
    <message>
        <source>the server rejected the request (HTTP %1)%2</source>
        <translation>serveren afviste forespørgslen (HTTP %1)%2</translation>
    </message>
    <message>
        <source>The request is not retried automatically; fix what the server names, then retry.</source>
        <translation>Forespørgslen prøves ikke automatisk igen; ret det, serveren nævner, og prøv så igen.</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>intet komplet svar inden for %1 s</translation>
    </message>
    <message>
        <source>The server is slow or stalled; retried automatically. Raise the endpoint&apos;s timeoutSeconds if its answers are large.</source>
        <translation>Serveren er langsom eller hænger; prøves automatisk igen. Hæv endpointets timeoutSeconds, hvis dets svar er store.</translation>
    </message>
    <message>
        <source>the server went silent before the answer was complete</source>
        <translation>serveren blev tavs, før svaret var komplet</translation>
    </message>
    <message>
        <source>Retried automatically; if it persists, check the server and the network in between.</source>
        <translation>Prøves automatisk igen; hvis det fortsætter, så kontrollér serveren og netværket imellem.</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>forbindelsen blev afvist</translation>
    </message>
    <message>
        <source>Check that the server runs and listens at %1.</source>
        <translation>Kontrollér, at serveren kører og lytter på %1.</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>værten %1 blev ikke fundet</translation>
    </message>
    <message>
        <source>Check the host name in the endpoint&apos;s base URL and this machine&apos;s DNS settings.</source>
        <translation>Kontrollér værtsnavnet i endpointets basis-URL og denne maskines DNS-indstillinger.</translation>
    </message>
    <message>
        <source>the connection was closed before the answer was complete</source>
        <translation>forbindelsen blev lukket, før svaret var komplet</translation>
    </message>
    <message>
        <source>the connection was closed or reset: %1</source>
        <translation>forbindelsen blev lukket eller nulstillet: %1</translation>
    </message>
    <message>
        <source>Retried automatically; if it persists, check proxies or load balancers in between.</source>
        <translation>Prøves automatisk igen; hvis det fortsætter, så kontrollér proxyer eller load balancere imellem.</translation>
    </message>
    <message>
        <source>the secure (TLS) connection failed: %1</source>
        <translation>den sikre (TLS-)forbindelse mislykkedes: %1</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was not accepted: %1</source>
        <translation>serverens certifikat blev ikke accepteret: %1</translation>
    </message>
    <message>
        <source>Check that the server speaks https on port %1; an http:// URL may be meant.</source>
        <translation>Kontrollér, at serveren taler https på port %1; måske menes en http://-URL.</translation>
    </message>
    <message>
        <source>Linkwright always verifies certificates. If the server uses a certificate from your own authority, add that authority to the system&apos;s trust store (update-ca-certificates).</source>
        <translation>Linkwright verificerer altid certifikater. Hvis serveren bruger et certifikat fra din egen certifikatudsteder, så tilføj udstederen til systemets tillidslager (update-ca-certificates).</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP: %1</source>
        <translation>serverens svar er ikke gyldig HTTP: %1</translation>
    </message>
    <message>
        <source>Check the scheme and port of the base URL: a TLS server behind an http:// URL answers like this.</source>
        <translation>Kontrollér skema og port i basis-URL&apos;en: en TLS-server bag en http://-URL svarer sådan.</translation>
    </message>
    <message>
        <source>the server redirected to another origin (%1); credentials are never sent to another origin, so the redirect was not followed</source>
        <translation>serveren omdirigerede til en anden oprindelse (%1); loginoplysninger sendes aldrig til en anden oprindelse, så omdirigeringen blev ikke fulgt</translation>
    </message>
    <message>
        <source>address not given</source>
        <translation>adresse ikke angivet</translation>
    </message>
    <message>
        <source>If you trust that address, set the endpoint&apos;s base URL to it.</source>
        <translation>Hvis du stoler på den adresse, så sæt endpointets basis-URL til den.</translation>
    </message>
    <message>
        <source>a redirect was not followed: %1</source>
        <translation>en omdirigering blev ikke fulgt: %1</translation>
    </message>
    <message>
        <source>Set the endpoint&apos;s base URL to the final address, so that no redirect is needed.</source>
        <translation>Sæt endpointets basis-URL til den endelige adresse, så der ikke er brug for en omdirigering.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <source>the request failed</source>
        <translation>forespørgslen mislykkedes</translation>
    </message>
    <message>
        <source>Retried automatically; if it persists, check the network connection.</source>
        <translation>Prøves automatisk igen; hvis det fortsætter, så kontrollér netværksforbindelsen.</translation>
    </message>
    <message>
        <source>not an http or https URL</source>
        <translation>ikke en http- eller https-URL</translation>
    </message>
    <message>
        <source>Write the endpoint&apos;s base URL as https://host[:port]/path.</source>
        <translation>Skriv endpointets basis-URL som https://vært[:port]/sti.</translation>
    </message>
    <message>
        <source>; the server asks to wait %1 s, longer than the %2 s a run waits, so it is left for a later retry</source>
        <translation>; serveren beder om at vente %1 s, længere end de %2 s, en kørsel venter, så det overlades til et senere forsøg</translation>
    </message>
    <message>
        <source>unknown or already collected request</source>
        <translation>ukendt eller allerede afhentet forespørgsel</translation>
    </message>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>serveren lukkede forbindelsen under TLS-handshaket</translation>
    </message>
    <message>
        <source>from https to %1</source>
        <translation>fra https til %1</translation>
    </message>
    <message>
        <source>the server answered the %1 with HTTP %2</source>
        <translation>serveren besvarede %1-forespørgslen med HTTP %2</translation>
    </message>
    <message>
        <source>more than 5 redirects</source>
        <translation>mere end 5 omdirigeringer</translation>
    </message>
    <message>
        <source>the request&apos;s %1 header contains a line break, so it was not sent</source>
        <translation>anmodningens %1-header indeholder et linjeskift, så den blev ikke sendt</translation>
    </message>
    <message>
        <source>Remove the line break from what the header is made of (a secret read from a file often ends in one).</source>
        <translation>Fjern linjeskiftet fra det, headeren er lavet af (en hemmelighed læst fra en fil ender ofte med et).</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB and was not read to the end</source>
        <translation>svaret er større end %1 MB og blev ikke læst til ende</translation>
    </message>
    <message>
        <source>Check that the resource path names a list of records, not a download; a page of records is far smaller.</source>
        <translation>Kontrollér, at ressourcestien angiver en liste af poster og ikke en download; en side med poster er langt mindre.</translation>
    </message>
    <message>
        <source>not sent: the server asked to wait until %1 UTC (Retry-After), longer than a run waits</source>
        <translation>ikke sendt: serveren bad om at vente til %1 UTC (Retry-After), længere end en kørsel venter</translation>
    </message>
    <message>
        <source>Retried automatically after that time; &quot;linkwright-cli retry&quot; tries sooner.</source>
        <translation>Forsøges automatisk igen efter det tidspunkt; &quot;linkwright-cli retry&quot; forsøger tidligere.</translation>
    </message>
    <message>
        <source> (in %1 s at the latest)</source>
        <translation> (senest om %1 s)</translation>
    </message>
</context>
<context>
    <name>Linkwright::JobStatusWidget</name>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n til)</numerusform>
            <numerusform>(+%n til)</numerusform>
        </translation>
    </message>
    <message>
        <source>— cancelling…</source>
        <translation>— annullerer…</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;</source>
        <translation>Annullér &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Linkwright::Json</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>teksten er ikke gyldig UTF-8</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>indlejret dybere end %1 niveauer</translation>
    </message>
    <message>
        <source>a number is not written as JSON writes numbers</source>
        <translation>et tal er ikke skrevet, som JSON skriver tal</translation>
    </message>
    <message>
        <source>a string is broken (an unclosed quote, a bad escape or a raw control character)</source>
        <translation>en tekststreng er ødelagt (et anførselstegn, der ikke er lukket, en ugyldig escape-sekvens eller et rå kontroltegn)</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>indholdet er tomt</translation>
    </message>
    <message>
        <source>the document is too large (4 GB or more)</source>
        <translation>dokumentet er for stort (4 GB eller mere)</translation>
    </message>
    <message>
        <source>there is more text after the JSON value</source>
        <translation>der er mere tekst efter JSON-værdien</translation>
    </message>
    <message>
        <source>the document ends before its arrays or objects are closed (cut off?)</source>
        <translation>dokumentet slutter, før dets arrays eller objekter er lukket (afskåret?)</translation>
    </message>
    <message>
        <source>the text is not built as JSON is (a missing comma, colon or bracket, a word without quotes, or cut off)</source>
        <translation>teksten er ikke opbygget som JSON (et manglende komma, kolon eller en parentes, et ord uden anførselstegn, eller afskåret)</translation>
    </message>
    <message>
        <source>the JSON parser says &quot;%1&quot;</source>
        <translation>JSON-parseren melder &quot;%1&quot;</translation>
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
        <translation>Gem hemmeligheden i nøgleringen, for eksempel med: secret-tool store --label=%1 server %2 user %3 type plaintext (det spørger efter hemmeligheden; Debian-pakken libsecret-tools). I KWallet er det posten %4 i mappen %5.</translation>
    </message>
    <message>
        <source>Store the secret in the system&apos;s keychain as the entry %1 of the service %2.</source>
        <translation>Gem hemmeligheden i systemets nøglering som posten %1 for tjenesten %2.</translation>
    </message>
    <message>
        <source>Is a secret service such as gnome-keyring or KWallet running in this session? On a server or in CI without one, refer to an environment variable instead: {&quot;env&quot;: &quot;VARIABLE&quot;}.</source>
        <translation>Kører der en hemmelighedstjeneste som gnome-keyring eller KWallet i denne session? På en server eller i CI uden en sådan skal du i stedet henvise til en miljøvariabel: {&quot;env&quot;: &quot;VARIABEL&quot;}.</translation>
    </message>
    <message>
        <source>Unlock the keychain, or allow Linkwright to use it, and try again; or refer to an environment variable instead: {&quot;env&quot;: &quot;VARIABLE&quot;}.</source>
        <translation>Lås nøgleringen op, eller giv Linkwright lov til at bruge den, og prøv igen; eller henvis i stedet til en miljøvariabel: {&quot;env&quot;: &quot;VARIABEL&quot;}.</translation>
    </message>
    <message>
        <source>The keychain may be waiting to be unlocked: unlock it and try again. Without a working secret service, refer to an environment variable instead: {&quot;env&quot;: &quot;VARIABLE&quot;}.</source>
        <translation>Nøgleringen venter måske på at blive låst op: lås den op, og prøv igen. Uden en fungerende hemmelighedstjeneste skal du i stedet henvise til en miljøvariabel: {&quot;env&quot;: &quot;VARIABEL&quot;}.</translation>
    </message>
    <message>
        <source>this is not a reference to a keychain entry</source>
        <translation>dette er ikke en henvisning til en nøgleringspost</translation>
    </message>
    <message>
        <source>Refer to the secret as {&quot;keychain&quot;: &quot;name&quot;} in the project file.</source>
        <translation>Henvis til hemmeligheden som {&quot;keychain&quot;: &quot;navn&quot;} i projektfilen.</translation>
    </message>
    <message>
        <source>the keychain can only be read while the application runs</source>
        <translation>nøgleringen kan kun læses, mens programmet kører</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s) when reading the entry %1</source>
        <translation>
            <numerusform>nøgleringen svarede ikke inden for %n sekund ved læsning af posten %1</numerusform>
            <numerusform>nøgleringen svarede ikke inden for %n sekunder ved læsning af posten %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the keychain entry %1 of the service %2 is empty</source>
        <translation>nøgleringsposten %1 for tjenesten %2 er tom</translation>
    </message>
    <message>
        <source>Store the secret in the entry again; an empty secret is never sent.</source>
        <translation>Gem hemmeligheden i posten igen; en tom hemmelighed sendes aldrig.</translation>
    </message>
    <message>
        <source>the keychain has no entry %1 for the service %2</source>
        <translation>nøgleringen har ingen post %1 for tjenesten %2</translation>
    </message>
    <message>
        <source>access to the keychain was denied when reading the entry %1</source>
        <translation>adgang til nøgleringen blev nægtet ved læsning af posten %1</translation>
    </message>
    <message>
        <source>no keychain could be reached to read the entry %1</source>
        <translation>ingen nøglering kunne nås for at læse posten %1</translation>
    </message>
    <message>
        <source>a keychain entry needs a name</source>
        <translation>en nøgleringspost skal have et navn</translation>
    </message>
    <message>
        <source>Choose a name such as erp-token.</source>
        <translation>Vælg et navn som erp-token.</translation>
    </message>
    <message>
        <source>an empty secret is not stored</source>
        <translation>en tom hemmelighed gemmes ikke</translation>
    </message>
    <message>
        <source>Enter the secret itself.</source>
        <translation>Indtast selve hemmeligheden.</translation>
    </message>
    <message>
        <source>the keychain can only be written while the application runs</source>
        <translation>der kan kun skrives til nøgleringen, mens programmet kører</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s) when storing the entry %1</source>
        <translation>
            <numerusform>nøgleringen svarede ikke inden for %n sekund ved lagring af posten %1</numerusform>
            <numerusform>nøgleringen svarede ikke inden for %n sekunder ved lagring af posten %1</numerusform>
        </translation>
    </message>
    <message>
        <source>access to the keychain was denied when storing the entry %1</source>
        <translation>adgang til nøgleringen blev nægtet ved lagring af posten %1</translation>
    </message>
    <message>
        <source>no keychain could be reached to store the entry %1</source>
        <translation>ingen nøglering kunne nås for at gemme posten %1</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s) when deleting the entry %1</source>
        <translation>
            <numerusform>nøgleringen svarede ikke inden for %n sekund ved sletning af posten %1</numerusform>
            <numerusform>nøgleringen svarede ikke inden for %n sekunder ved sletning af posten %1</numerusform>
        </translation>
    </message>
    <message>
        <source>access to the keychain was denied when deleting the entry %1</source>
        <translation>adgang til nøgleringen blev nægtet ved sletning af posten %1</translation>
    </message>
    <message>
        <source>the keychain entry %1 could not be deleted</source>
        <translation>nøgleringsposten %1 kunne ikke slettes</translation>
    </message>
</context>
<context>
    <name>Linkwright::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nyt projekt</translation>
    </message>
    <message>
        <source>Start a new project</source>
        <translation>Start et nyt projekt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Åbn en projektfil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åbn s&amp;eneste</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>This translation is not installed with this build.</source>
        <translation>Denne oversættelse er ikke installeret i denne version.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Linkwright</source>
        <translation>&amp;Om Linkwright</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Operate</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
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
        <translation>Om Linkwright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linkwright %1&lt;/h3&gt;&lt;p&gt;A console for connecting a webshop to an ERP: choose what flows in which direction, map the fields, schedule the runs, and see what failed and why.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkwright %1&lt;/h3&gt;&lt;p&gt;En konsol til at forbinde en webshop med et ERP: vælg, hvad der flyder i hvilken retning, tilknyt felterne, planlæg kørslerne, og se, hvad der fejlede og hvorfor.&lt;/p&gt;&lt;p&gt;Bygget med Qt %2, kører på Qt %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Linkwright::Mapping</name>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltal</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>et decimaltal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a date (yyyy-MM-dd)</source>
        <translation>en dato (yyyy-MM-dd)</translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation>en dato og et klokkeslæt (ISO 8601)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>en vilkårlig værdi</translation>
    </message>
    <message>
        <source>the value must be %1 (type &quot;%2&quot;), found %3</source>
        <translation>værdien skal være %1 (type &quot;%2&quot;), fandt %3</translation>
    </message>
    <message>
        <source>the value must be a whole number within ±2^63 (type &quot;integer&quot;), found %1; it is never rounded</source>
        <translation>værdien skal være et heltal inden for ±2^63 (type &quot;integer&quot;), fandt %1; den afrundes aldrig</translation>
    </message>
    <message>
        <source>Use type &quot;string&quot; for identifiers this long, or &quot;decimal&quot; for amounts.</source>
        <translation>Brug typen &quot;string&quot; til så lange identifikatorer, eller &quot;decimal&quot; til beløb.</translation>
    </message>
    <message>
        <source>true and false are not numbers; map them with &quot;boolean&quot;.</source>
        <translation>true og false er ikke tal; tilknyt dem med &quot;boolean&quot;.</translation>
    </message>
    <message>
        <source>Numbers are written with digits and a point for decimals, such as 19.90.</source>
        <translation>Tal skrives med cifre og punktum som decimaltegn, f.eks. 19.90.</translation>
    </message>
    <message>
        <source>the value must be a whole number (type &quot;integer&quot;), found %1</source>
        <translation>værdien skal være et heltal (type &quot;integer&quot;), fandt %1</translation>
    </message>
    <message>
        <source>Add a &quot;round&quot; transform with &quot;decimals&quot;: 0 if rounding is right here.</source>
        <translation>Tilføj en &quot;round&quot;-transformation med &quot;decimals&quot;: 0, hvis afrunding er det rigtige her.</translation>
    </message>
    <message>
        <source>Add a &quot;boolean&quot; transform naming the source&apos;s values, such as &quot;true&quot;: &quot;Y&quot;, &quot;false&quot;: &quot;N&quot;.</source>
        <translation>Tilføj en &quot;boolean&quot;-transformation, der angiver kildens værdier, f.eks. &quot;true&quot;: &quot;Y&quot;, &quot;false&quot;: &quot;N&quot;.</translation>
    </message>
    <message>
        <source>Add a &quot;date&quot; transform with &quot;to&quot;: &quot;iso&quot;.</source>
        <translation>Tilføj en &quot;date&quot;-transformation med &quot;to&quot;: &quot;iso&quot;.</translation>
    </message>
    <message>
        <source>a value is required, found %1</source>
        <translation>en værdi er påkrævet, fandt %1</translation>
    </message>
    <message>
        <source>Fix the source record, or add a &quot;default&quot; transform that gives a value.</source>
        <translation>Ret kildeposten, eller tilføj en &quot;default&quot;-transformation, der giver en værdi.</translation>
    </message>
    <message>
        <source>Name a field, a nested field with dots or an array item with [n]: &quot;name&quot;, &quot;address.city&quot;, &quot;lines[0].sku&quot;.</source>
        <translation>Angiv et felt, et indlejret felt med punktummer eller et listeelement med [n]: &quot;name&quot;, &quot;address.city&quot;, &quot;lines[0].sku&quot;.</translation>
    </message>
    <message>
        <source>Name a field, or a nested field with dots: &quot;name&quot;, &quot;dimensions.length&quot;.</source>
        <translation>Angiv et felt eller et indlejret felt med punktummer: &quot;name&quot;, &quot;dimensions.length&quot;.</translation>
    </message>
    <message>
        <source>the field name is empty</source>
        <translation>feltnavnet er tomt</translation>
    </message>
    <message>
        <source>%1 has a &quot;]&quot; without a &quot;[&quot;</source>
        <translation>%1 har en &quot;]&quot; uden en &quot;[&quot;</translation>
    </message>
    <message>
        <source>%1 ends with a backslash</source>
        <translation>%1 slutter med en backslash</translation>
    </message>
    <message>
        <source>A backslash takes the next character literally, as in &quot;size\.cm&quot;.</source>
        <translation>En backslash tager det næste tegn bogstaveligt, som i &quot;size\.cm&quot;.</translation>
    </message>
    <message>
        <source>%1 has an empty field name</source>
        <translation>%1 har et tomt feltnavn</translation>
    </message>
    <message>
        <source>%1 ends with a dot</source>
        <translation>%1 slutter med et punktum</translation>
    </message>
    <message>
        <source>%1 names an array item, but a target can only name fields</source>
        <translation>%1 angiver et listeelement, men et mål kan kun angive felter</translation>
    </message>
    <message>
        <source>%1 has a &quot;[&quot; without a &quot;]&quot;</source>
        <translation>%1 har en &quot;[&quot; uden en &quot;]&quot;</translation>
    </message>
    <message>
        <source>%1 has %2, which is not an array index</source>
        <translation>%1 har %2, som ikke er et listeindeks</translation>
    </message>
    <message>
        <source>Use a whole number: [0] is the first item, [-1] the last.</source>
        <translation>Brug et heltal: [0] er det første element, [-1] det sidste.</translation>
    </message>
    <message>
        <source>%1 needs a dot after %2</source>
        <translation>%1 kræver et punktum efter %2</translation>
    </message>
    <message>
        <source>the source record has no field %1</source>
        <translation>kildeposten har intet felt %1</translation>
    </message>
    <message>
        <source>the source record has no field %1 (%2 has no %3)</source>
        <translation>kildeposten har intet felt %1 (%2 har intet %3)</translation>
    </message>
    <message>
        <source>The record has no fields.</source>
        <translation>Posten har ingen felter.</translation>
    </message>
    <message>
        <source>The record has these fields: %1.</source>
        <translation>Posten har disse felter: %1.</translation>
    </message>
    <message>
        <source>%1 has no fields.</source>
        <translation>%1 har ingen felter.</translation>
    </message>
    <message>
        <source>%1 has these fields: %2.</source>
        <translation>%1 har disse felter: %2.</translation>
    </message>
    <message>
        <source>the source record has no %1 (%2 has 1 item)</source>
        <translation>kildeposten har intet %1 (%2 har 1 element)</translation>
    </message>
    <message>
        <source>the source record has no %1 (%2 has %3 items)</source>
        <translation>kildeposten har intet %1 (%2 har %3 elementer)</translation>
    </message>
    <message>
        <source>The array is empty; a &quot;default&quot; transform first gives a value instead.</source>
        <translation>Listen er tom; en &quot;default&quot;-transformation forrest giver i stedet en værdi.</translation>
    </message>
    <message>
        <source>Use an index from 0 to %1, or -1 for the last item.</source>
        <translation>Brug et indeks fra 0 til %1, eller -1 for det sidste element.</translation>
    </message>
    <message>
        <source>the source record is %1, not an object</source>
        <translation>kildeposten er %1, ikke et objekt</translation>
    </message>
    <message>
        <source>cannot read %1: %2 is %3, not an array</source>
        <translation>kan ikke læse %1: %2 er %3, ikke en liste</translation>
    </message>
    <message>
        <source>cannot read %1: %2 is %3, not an object</source>
        <translation>kan ikke læse %1: %2 er %3, ikke et objekt</translation>
    </message>
    <message>
        <source>Compare the path with a record from the source; &quot;preview&quot; shows some.</source>
        <translation>Sammenlign stien med en post fra kilden; &quot;preview&quot; viser nogle.</translation>
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
        <translation>tallet %1</translation>
    </message>
    <message>
        <source>an empty text</source>
        <translation>en tom tekst</translation>
    </message>
    <message>
        <source>the text %1</source>
        <translation>teksten %1</translation>
    </message>
    <message>
        <source>an empty array</source>
        <translation>en tom liste</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(og %1 til)</translation>
    </message>
    <message>
        <source>mappings[%1] (target &quot;%2&quot;)</source>
        <translation>mappings[%1] (mål &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>names no source field, and no &quot;constant&quot; gives the value</source>
        <translation>angiver intet kildefelt, og ingen &quot;constant&quot; giver værdien</translation>
    </message>
    <message>
        <source>Name the source field, for example &quot;source&quot;: &quot;title&quot;.</source>
        <translation>Angiv kildefeltet, for eksempel &quot;source&quot;: &quot;title&quot;.</translation>
    </message>
    <message>
        <source>names %1 fields but no transform combines them</source>
        <translation>nævner %1 felter, men ingen transformation kombinerer dem</translation>
    </message>
    <message>
        <source>Add a &quot;concat&quot; transform, or map a single field.</source>
        <translation>Tilføj en &quot;concat&quot;-transformation, eller tilknyt et enkelt felt.</translation>
    </message>
    <message>
        <source>nests %1 levels deep; at most %2 are allowed</source>
        <translation>er indlejret %1 niveauer dybt; højst %2 er tilladt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already mapped by %2</source>
        <translation>&quot;%1&quot; er allerede tilknyttet af %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; overlaps the target of %2</source>
        <translation>&quot;%1&quot; overlapper målet for %2</translation>
    </message>
    <message>
        <source>A field is either set whole or built from fields inside it; map each place once.</source>
        <translation>Et felt sættes enten som helhed eller bygges af felter inde i det; tilknyt hvert sted én gang.</translation>
    </message>
    <message>
        <source>Records are JSON objects; check the endpoint&apos;s resource path.</source>
        <translation>Poster er JSON-objekter; kontrollér endpointets ressourcesti.</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 skal være tekst</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 er tom</translation>
    </message>
    <message>
        <source>Give the text to look for, such as &quot;,&quot; or &quot; - &quot;.</source>
        <translation>Angiv den tekst, der skal søges efter, f.eks. &quot;,&quot; eller &quot; - &quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 skal være et heltal fra %2 til %3</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 skal være et tal</translation>
    </message>
    <message>
        <source>Write factors as text to keep every digit, such as &quot;7.4604&quot;.</source>
        <translation>Skriv faktorer som tekst for at bevare alle cifre, f.eks. &quot;7.4604&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a transform</source>
        <translation>&quot;%1&quot; er ikke en transformation</translation>
    </message>
    <message>
        <source>Use one of %1.</source>
        <translation>Brug en af disse transformationer: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no argument &quot;%2&quot;</source>
        <translation>&quot;%1&quot; har intet argument &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is required by &quot;%2&quot;</source>
        <translation>%1 kræves af &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported by this version</source>
        <translation>&quot;%1&quot; understøttes ikke af denne version</translation>
    </message>
    <message>
        <source>&quot;table&quot; must be an object</source>
        <translation>&quot;table&quot; skal være et objekt</translation>
    </message>
    <message>
        <source>Write it as {&quot;from&quot;: &quot;to&quot;, ...}, such as {&quot;pcs&quot;: &quot;piece&quot;}.</source>
        <translation>Skriv den som {&quot;from&quot;: &quot;to&quot;, ...}, f.eks. {&quot;pcs&quot;: &quot;piece&quot;}.</translation>
    </message>
    <message>
        <source>&quot;table&quot; has the keys %1 and %2, which are the same once the spaces around them are cut</source>
        <translation>&quot;table&quot; har nøglerne %1 og %2, som er ens, når mellemrummene omkring dem fjernes</translation>
    </message>
    <message>
        <source>Lookup ignores spaces around values and keys; keep one of the two.</source>
        <translation>Lookup ignorerer mellemrum omkring værdier og nøgler; behold én af de to.</translation>
    </message>
    <message>
        <source>&quot;table&quot; is empty, so every value would fail</source>
        <translation>&quot;table&quot; er tom, så alle værdier ville fejle</translation>
    </message>
    <message>
        <source>Add entries, such as {&quot;pcs&quot;: &quot;piece&quot;}, or use &quot;constant&quot;.</source>
        <translation>Tilføj indgange, f.eks. {&quot;pcs&quot;: &quot;piece&quot;}, eller brug &quot;constant&quot;.</translation>
    </message>
    <message>
        <source>&quot;true&quot; and &quot;false&quot; are both %1</source>
        <translation>&quot;true&quot; og &quot;false&quot; er begge %1</translation>
    </message>
    <message>
        <source>Give the two values a system uses, such as &quot;Y&quot; and &quot;N&quot;.</source>
        <translation>Angiv de to værdier, som et system bruger, f.eks. &quot;Y&quot; og &quot;N&quot;.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tal</translation>
    </message>
    <message>
        <source>text or a number</source>
        <translation>tekst eller et tal</translation>
    </message>
    <message>
        <source>&quot;lookup&quot; has no entry for %1</source>
        <translation>&quot;lookup&quot; har ingen indgang for %1</translation>
    </message>
    <message>
        <source>The table has %1. Add %2 to it, or give the lookup a &quot;default&quot;.</source>
        <translation>Tabellen har %1. Tilføj %2 til den, eller giv opslaget en &quot;default&quot;.</translation>
    </message>
    <message>
        <source>&quot;boolean&quot; expects true, false, %1 or %2, found %3</source>
        <translation>&quot;boolean&quot; forventer true, false, %1 eller %2, fandt %3</translation>
    </message>
    <message>
        <source>Add a &quot;lookup&quot; before it when the source has more spellings.</source>
        <translation>Tilføj et &quot;lookup&quot; før den, når kilden har flere stavemåder.</translation>
    </message>
    <message>
        <source>Map a field inside it instead, such as &quot;address.city&quot;.</source>
        <translation>Tilknyt i stedet et felt inde i det, f.eks. &quot;address.city&quot;.</translation>
    </message>
    <message>
        <source>Pick one item with [0], or join the items with &quot;concat&quot;.</source>
        <translation>Vælg ét element med [0], eller sæt elementerne sammen med &quot;concat&quot;.</translation>
    </message>
    <message>
        <source>Turn true and false into text first with &quot;boolean&quot;.</source>
        <translation>Gør først true og false til tekst med &quot;boolean&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects %2, found %3</source>
        <translation>&quot;%1&quot; forventer %2, fandt %3</translation>
    </message>
    <message>
        <source>Use &quot;iso&quot;, &quot;epoch&quot;, &quot;epoch-ms&quot; or a Qt format: yyyy year, MM month, dd day, HH hour, mm minute, ss second, zzz milliseconds, literal text in single quotes, such as &quot;dd.MM.yyyy HH:mm&quot;.</source>
        <translation>Brug &quot;iso&quot;, &quot;epoch&quot;, &quot;epoch-ms&quot; eller et Qt-format: yyyy år, MM måned, dd dag, HH time, mm minut, ss sekund, zzz millisekunder, bogstavelig tekst i enkelte anførselstegn, f.eks. &quot;dd.MM.yyyy HH:mm&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date field in &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; er ikke et datofelt i &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has a quote that is not closed</source>
        <translation>%1: &quot;%2&quot; har et anførselstegn, der ikke er lukket</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has no date or time field</source>
        <translation>%1: &quot;%2&quot; har intet dato- eller tidsfelt</translation>
    </message>
    <message>
        <source>%1: Qt cannot read dates in the format &quot;%2&quot;</source>
        <translation>%1: Qt kan ikke læse datoer i formatet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a number of seconds or milliseconds</source>
        <translation>et antal sekunder eller millisekunder</translation>
    </message>
    <message>
        <source>&quot;date&quot;: %1 is not a time between the years 1 and 9999</source>
        <translation>&quot;date&quot;: %1 er ikke et tidspunkt mellem årene 1 og 9999</translation>
    </message>
    <message>
        <source>Check whether the source counts seconds (&quot;epoch&quot;) or milliseconds (&quot;epoch-ms&quot;).</source>
        <translation>Kontrollér, om kilden tæller sekunder (&quot;epoch&quot;) eller millisekunder (&quot;epoch-ms&quot;).</translation>
    </message>
    <message>
        <source>a date as text</source>
        <translation>en dato som tekst</translation>
    </message>
    <message>
        <source>an ISO 8601 date such as 2026-03-01 or 2026-03-01T12:30:00Z</source>
        <translation>en ISO 8601-dato som 2026-03-01 eller 2026-03-01T12:30:00Z</translation>
    </message>
    <message>
        <source>a date in the format &quot;%1&quot;</source>
        <translation>en dato i formatet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;date&quot; expects %1, found %2</source>
        <translation>&quot;date&quot; forventer %1, fandt %2</translation>
    </message>
    <message>
        <source>Set &quot;from&quot; to the format the source writes.</source>
        <translation>Sæt &quot;from&quot; til det format, kilden skriver.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would make the text longer than %2 MB</source>
        <translation>&quot;%1&quot; ville gøre teksten længere end %2 MB</translation>
    </message>
    <message>
        <source>The source field holds far more text than a record should; check the source.</source>
        <translation>Kildefeltet indeholder langt mere tekst, end en post bør; kontrollér kilden.</translation>
    </message>
    <message>
        <source>text or numbers</source>
        <translation>tekst eller tal</translation>
    </message>
    <message>
        <source>The source fields hold far more text than a record should; check the source.</source>
        <translation>Kildefelterne indeholder langt mere tekst, end en post bør; kontrollér kilden.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Mente du %1?</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an offset from UTC</source>
        <translation>%1: &quot;%2&quot; er ikke en forskydning fra UTC</translation>
    </message>
    <message>
        <source>Offsets run from -14:00 to +14:00, such as &quot;+01:00&quot; or &quot;-05:30&quot;.</source>
        <translation>Forskydninger går fra -14:00 til +14:00, f.eks. &quot;+01:00&quot; eller &quot;-05:30&quot;.</translation>
    </message>
    <message>
        <source>This machine knows no zone names: install its time zone database (the package tzdata), or give an offset such as &quot;+01:00&quot;.</source>
        <translation>Denne maskine kender ingen zonenavne: installér dens tidszonedatabase (pakken tzdata), eller angiv en forskydning som &quot;+01:00&quot;.</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Mente du &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Use &quot;UTC&quot;, an offset such as &quot;+01:00&quot;, or a name of the time zone database such as &quot;Europe/Berlin&quot;.</source>
        <translation>Brug &quot;UTC&quot;, en forskydning som &quot;+01:00&quot; eller et navn fra tidszonedatabasen som &quot;Europe/Berlin&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone</source>
        <translation>%1: &quot;%2&quot; er ikke en tidszone</translation>
    </message>
    <message>
        <source>&quot;date&quot;: %1 is no time in %2: the clocks skip it when they go forward</source>
        <translation>&quot;date&quot;: %1 er ikke et klokkeslæt i %2: urene springer det over, når de stilles frem</translation>
    </message>
    <message>
        <source>Check the source&apos;s time zone (&quot;fromZone&quot;): a time that never was on its clocks cannot be read there.</source>
        <translation>Kontrollér kildens tidszone (&quot;fromZone&quot;): et klokkeslæt, som dens ure aldrig har vist, kan ikke læses der.</translation>
    </message>
    <message>
        <source>&quot;fromZone&quot; and &quot;toZone&quot; need a date with a year in &quot;from&quot;, and &quot;%1&quot; has none</source>
        <translation>&quot;fromZone&quot; og &quot;toZone&quot; kræver en dato med år i &quot;from&quot;, og &quot;%1&quot; har ingen</translation>
    </message>
    <message>
        <source>A zone&apos;s offset depends on the day. Read the whole date, or convert a time alone without zones.</source>
        <translation>En zones forskydning afhænger af dagen. Læs hele datoen, eller konvertér et klokkeslæt alene uden zoner.</translation>
    </message>
    <message>
        <source>Give &quot;UTC&quot;, an offset such as &quot;+01:00&quot;, or a name such as &quot;Europe/Berlin&quot;; leave the argument out to keep the time as it is written.</source>
        <translation>Angiv &quot;UTC&quot;, en forskydning som &quot;+01:00&quot; eller et navn som &quot;Europe/Berlin&quot;; udelad argumentet for at beholde klokkeslættet, som det er skrevet.</translation>
    </message>
    <message>
        <source>&quot;date&quot;: %1 names a zone by an abbreviation, which does not say its offset</source>
        <translation>&quot;date&quot;: %1 angiver en zone med en forkortelse, som ikke siger dens forskydning</translation>
    </message>
    <message>
        <source>The source should write an offset such as +02:00, or a name such as Europe/Berlin; abbreviations such as CEST mean different zones in different places.</source>
        <translation>Kilden bør skrive en forskydning som +02:00 eller et navn som Europe/Berlin; forkortelser som CEST betyder forskellige zoner forskellige steder.</translation>
    </message>
    <message>
        <source>The text has the format of &quot;from&quot;, but no such day or time exists: correct the record in the source, then retry it.</source>
        <translation>Teksten har formatet fra &quot;from&quot;, men den dag eller det klokkeslæt findes ikke: ret posten i kilden, og prøv den så igen.</translation>
    </message>
    <message>
        <source>&quot;date&quot;: %1 names month %2; months run from 1 to 12</source>
        <translation>&quot;date&quot;: %1 angiver måned %2; måneder går fra 1 til 12</translation>
    </message>
    <message>
        <source>&quot;date&quot;: %1 is no day of the calendar: month %2 of %3 has %4 days</source>
        <translation>&quot;date&quot;: %1 er ingen dag i kalenderen: måned %2 i %3 har %4 dage</translation>
    </message>
    <message>
        <source>&quot;date&quot;: %1 is no time of day: hours run from 0 to 23, minutes and seconds from 0 to 59</source>
        <translation>&quot;date&quot;: %1 er intet klokkeslæt: timer går fra 0 til 23, minutter og sekunder fra 0 til 59</translation>
    </message>
    <message>
        <source>It is written as a date, but the calendar has no such day: correct the record in the source, then retry it.</source>
        <translation>Den er skrevet som en dato, men kalenderen har ingen sådan dag: ret posten i kilden, og prøv den så igen.</translation>
    </message>
    <message>
        <source>The record has %1: a typo in the source? The &quot;default&quot; fills in only where a record has no such field.</source>
        <translation>Posten har %1: en tastefejl i kilden? &quot;default&quot; udfylder kun, hvor en post ikke har et sådant felt.</translation>
    </message>
</context>
<context>
    <name>Linkwright::MappingPreview</name>
    <message>
        <source>the record cannot be read: %1</source>
        <translation>posten kan ikke læses: %1</translation>
    </message>
    <message>
        <source>correct the record in the source system; a run logs it as a failure and syncs the others</source>
        <translation>ret posten i kildesystemet; en kørsel logger den som fejl og synkroniserer de øvrige</translation>
    </message>
</context>
<context>
    <name>Linkwright::MappingsPage</name>
    <message>
        <source>Mappings</source>
        <translation>Tilknytninger</translation>
    </message>
    <message>
        <source>How each field of one system becomes a field of the other.</source>
        <translation>Hvordan hvert felt i det ene system bliver til et felt i det andet.</translation>
    </message>
    <message>
        <source>Field mappings</source>
        <translation>Felttilknytninger</translation>
    </message>
    <message>
        <source>Mappings turn the fields of one system into the fields of the other, with transforms such as trim, upper case or a fixed default. This page will list and edit them per data point; for now, the Data points page shows how many each one has.</source>
        <translation>Tilknytninger gør felterne i det ene system til felterne i det andet, med transformationer som trim, store bogstaver eller en fast standardværdi. Denne side kommer til at vise og redigere dem pr. datapunkt; indtil videre viser siden Datapunkter, hvor mange hvert datapunkt har.</translation>
    </message>
    <message>
        <source>Go to Data Points</source>
        <translation>Gå til datapunkter</translation>
    </message>
</context>
<context>
    <name>Linkwright::NoProjectState</name>
    <message>
        <source>No project open</source>
        <translation>Intet projekt åbent</translation>
    </message>
    <message>
        <source>Create a Project</source>
        <translation>Opret et projekt</translation>
    </message>
    <message>
        <source>Open a Project…</source>
        <translation>Åbn et projekt…</translation>
    </message>
</context>
<context>
    <name>Linkwright::OneWaySync</name>
    <message>
        <source>the record has no natural key: &quot;%1&quot; is missing or empty after mapping
  hint: map a unique field of the source to &quot;%1&quot;, or choose another key field for this data point</source>
        <translation>posten har ingen naturlig nøgle: &quot;%1&quot; mangler eller er tom efter tilknytning
  hint: tilknyt et entydigt felt fra kilden til &quot;%1&quot;, eller vælg et andet nøglefelt for dette datapunkt</translation>
    </message>
    <message>
        <source>the stored record cannot be read again: %1</source>
        <translation>den gemte post kan ikke læses igen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) came again on a later page</source>
        <translation>
            <numerusform>%n post kom igen på en senere side</numerusform>
            <numerusform>%n poster kom igen på en senere side</numerusform>
        </translation>
    </message>
    <message>
        <source>its total fell from %1 to %2</source>
        <translation>dens samlede antal faldt fra %1 til %2</translation>
    </message>
    <message>
        <source>the source changed while its pages were read (%1), so a record may have been skipped: the watermark stays where it was, and the next run reads these records again</source>
        <translation>kilden ændrede sig, mens dens sider blev læst (%1), så en post kan være sprunget over: vandmærket bliver, hvor det var, og næste kørsel læser disse poster igen</translation>
    </message>
    <message>
        <source>; nothing was deleted</source>
        <translation>; intet blev slettet</translation>
    </message>
    <message>
        <source>
  hint: if this happens on every run, have the source sort its pages by id, or page by cursor</source>
        <translation>
  hint: sker det ved hver kørsel, så lad kilden sortere sine sider efter id, eller bladre med cursor</translation>
    </message>
    <message numerus="yes">
        <source>nothing was deleted: %n record(s) of the source failed before their key was known, and each may be one of the %1 the source no longer lists
  hint: give those records their key in the source (or remove them there), then run a full sync again</source>
        <translation>
            <numerusform>intet blev slettet: %n post fra kilden fejlede, før dens nøgle var kendt, og den kan være en af de %1, som kilden ikke længere har
  hint: giv disse poster deres nøgle i kilden (eller fjern dem der), og kør derefter en fuld synkronisering igen</numerusform>
            <numerusform>intet blev slettet: %n poster fra kilden fejlede, før deres nøgle var kendt, og hver af dem kan være en af de %1, som kilden ikke længere har
  hint: giv disse poster deres nøgle i kilden (eller fjern dem der), og kør derefter en fuld synkronisering igen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned record(s) left out: the source changed them since the plan was made (%1); the next run writes what the source has now</source>
        <translation>
            <numerusform>%n planlagt post udeladt: kilden har ændret den, siden planen blev lavet (%1); næste kørsel skriver det, kilden har nu</numerusform>
            <numerusform>%n planlagte poster udeladt: kilden har ændret dem, siden planen blev lavet (%1); næste kørsel skriver det, kilden har nu</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled while checking the plan&apos;s records; nothing was written</source>
        <translation>annulleret under kontrollen af planens poster; intet blev skrevet</translation>
    </message>
    <message>
        <source>could not check whether the source changed the plan&apos;s records since it was made: %1</source>
        <translation>kunne ikke kontrollere, om kilden har ændret planens poster, siden den blev lavet: %1</translation>
    </message>
    <message>
        <source>Nothing was written. Apply the plan again when the source answers.</source>
        <translation>Intet blev skrevet. Anvend planen igen, når kilden svarer.</translation>
    </message>
    <message>
        <source>the source&apos;s records carry &quot;modifiedAt&quot; as %1, not as ISO 8601 text, so the watermark cannot move and every run reads every record
  hint: the runs stay complete, only slower; if the source can write its stamps as text (2026-01-31T12:00:00Z), ask it to</source>
        <translation>kildens poster har &quot;modifiedAt&quot; som %1, ikke som ISO 8601-tekst, så vandmærket kan ikke flytte sig, og hver kørsel læser alle poster
  hint: kørslerne forbliver fuldstændige, bare langsommere; hvis kilden kan skrive sine tidsstempler som tekst (2026-01-31T12:00:00Z), så bed om det</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; was last synced from another source record (id %2); this record (id %3) has it now, so it was not written over that record&apos;s copy in the target
  hint: if record %2 was deleted in the source or its key changed, run with --full: it reads every record and gives the key to this one; if both records exist, make the key unique in the source</source>
        <translation>nøglen &quot;%1&quot; blev sidst synkroniseret fra en anden post i kilden (id %2); denne post (id %3) har den nu, så den blev ikke skrevet over den posts kopi i målet
  hint: hvis post %2 blev slettet i kilden eller fik en anden nøgle, så kør med --full: den læser alle poster og giver nøglen til denne; hvis begge poster findes, så gør nøglen entydig i kilden</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; came twice in one run; only the first record was synced
  hint: make the key unique in the source system: the run that next reads this record under its own key settles this failure</source>
        <translation>nøglen &quot;%1&quot; forekom to gange i én kørsel; kun den første post blev synkroniseret
  hint: gør nøglen entydig i kildesystemet: den næste kørsel, der læser denne post under dens egen nøgle, afslutter denne fejl</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; came twice in one run: the record it was last synced from (id %2) kept it, and this one (id %3) was not synced
  hint: make the key unique in the source system: the run that next reads this record under its own key settles this failure</source>
        <translation>nøglen &quot;%1&quot; forekom to gange i én kørsel: posten, den sidst blev synkroniseret fra (id %2), beholdt den, og denne (id %3) blev ikke synkroniseret
  hint: gør nøglen entydig i kildesystemet: den næste kørsel, der læser denne post under dens egen nøgle, afslutter denne fejl</translation>
    </message>
    <message>
        <source>%1 of %2 records are no longer in the source; they were not deleted, because more than half at once is more likely a fault of the source
  hint: check the source; if the records really are gone, run a full sync of this data point with --confirm-deletes (linkwright-cli run FILE --data-point %3 --full --confirm-deletes; plan instead of run shows them first)</source>
        <translation>%1 af %2 poster er ikke længere i kilden; de blev ikke slettet, fordi mere end halvdelen på én gang snarere er en fejl i kilden
  hint: tjek kilden; er posterne virkelig væk, så kør en fuld synkronisering af dette datapunkt med --confirm-deletes (linkwright-cli run FIL --data-point %3 --full --confirm-deletes; plan i stedet for run viser dem først)</translation>
    </message>
    <message numerus="yes">
        <source>the target answered 404 Not Found to every one of the %n deletion(s) (DELETE %1/&lt;key&gt;): either the records were gone there already, or the target does not delete records by their key at that path
  hint: check in the target that the records are gone; if they are not, delete them there by hand: their states are removed, so no run deletes them again</source>
        <translation>
            <numerusform>målet svarede 404 Not Found på den %n sletning (DELETE %1/&lt;key&gt;): enten var posten allerede væk dér, eller målet sletter ikke poster via deres nøgle på den sti
  hint: tjek i målet, at posterne er væk; er de ikke, så slet dem dér i hånden: deres tilstande er fjernet, så ingen kørsel sletter dem igen</numerusform>
            <numerusform>målet svarede 404 Not Found på hver af de %n sletninger (DELETE %1/&lt;key&gt;): enten var posterne allerede væk dér, eller målet sletter ikke poster via deres nøgle på den sti
  hint: tjek i målet, at posterne er væk; er de ikke, så slet dem dér i hånden: deres tilstande er fjernet, så ingen kørsel sletter dem igen</numerusform>
        </translation>
    </message>
    <message>
        <source>the source&apos;s newer records could not be read, so the failures were retried with the records stored with them: %1</source>
        <translation>kildens nyere poster kunne ikke læses, så fejlene blev forsøgt igen med de poster, der var gemt med dem: %1</translation>
    </message>
    <message>
        <source>cancelled while reading the source&apos;s newer records; nothing was written</source>
        <translation>annulleret under læsning af kildens nyere poster; intet blev skrevet</translation>
    </message>
</context>
<context>
    <name>Linkwright::PagesAhead</name>
    <message>
        <source>paging went round: two pages in a row came with the same records, so the server seems to ignore the page asked for</source>
        <translation>sideinddelingen kører i ring: to sider i træk kom med de samme poster, så serveren ser ud til at ignorere den side, der blev bedt om</translation>
    </message>
    <message>
        <source>paging went round: the server led back to a page read before in this run (%1)</source>
        <translation>sideinddelingen kører i ring: serveren førte tilbage til en side, der allerede er læst i denne kørsel (%1)</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s &quot;pagination&quot; in the project file (style and parameters) against the server&apos;s documentation.</source>
        <translation>Kontrollér endepunktets &quot;pagination&quot; i projektfilen (stil og parametre) mod serverens dokumentation.</translation>
    </message>
    <message>
        <source>paging went round: a page came with the records of a page read before in this run, under another link or cursor</source>
        <translation>sideinddelingen kører i ring: en side kom med posterne fra en side, der allerede er læst i denne kørsel, under et andet link eller en anden cursor</translation>
    </message>
    <message>
        <source>paging went round: %1 empty pages in a row, each naming a next one</source>
        <translation>sideinddelingen kører i ring: %1 tomme sider i træk, der hver nævner en næste</translation>
    </message>
</context>
<context>
    <name>Linkwright::PaginationEditor</name>
    <message>
        <source>Page number (?page=2)</source>
        <translation>Sidenummer (?page=2)</translation>
    </message>
    <message>
        <source>Offset (?offset=100)</source>
        <translation>Offset (?offset=100)</translation>
    </message>
    <message>
        <source>Cursor from the answer</source>
        <translation>Markør fra svaret</translation>
    </message>
    <message>
        <source>Link header (rel=&quot;next&quot;)</source>
        <translation>Link-header (rel=&quot;next&quot;)</translation>
    </message>
    <message>
        <source>OData (@odata.nextLink)</source>
        <translation>OData (@odata.nextLink)</translation>
    </message>
    <message>
        <source>How this system hands out a long list page by page. Parameter names that differ from the usual ones are set in the project file.</source>
        <translation>Hvordan dette system udleverer en lang liste side for side. Parameternavne, der afviger fra de sædvanlige, angives i projektfilen.</translation>
    </message>
    <message>
        <source>Pages at &amp;once:</source>
        <translation>Sider ad gang&amp;en:</translation>
    </message>
    <message>
        <source>How many pages a sync asks this system for at once, so that it does not wait for each page in turn. Set 1 for a system that takes one request at a time.</source>
        <translation>Hvor mange sider en synkronisering beder dette system om ad gangen, så den ikke venter på hver side for sig. Angiv 1 for et system, der kun tager én forespørgsel ad gangen.</translation>
    </message>
    <message>
        <source>With this style only each answer names the next page: a sync asks for one page at a time.</source>
        <translation>Med denne type nævner først hvert svar den næste side: en synkronisering beder om én side ad gangen.</translation>
    </message>
</context>
<context>
    <name>Linkwright::Project</name>
    <message>
        <source>Demo: simulated ERP and shop</source>
        <translation>Demo: simuleret ERP og shop</translation>
    </message>
    <message>
        <source>Demo ERP</source>
        <translation>Demo-ERP</translation>
    </message>
    <message>
        <source>Demo shop</source>
        <translation>Demo-shop</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>API-nøgle i header</translation>
    </message>
    <message>
        <source>Basic (user name and password)</source>
        <translation>Basic (brugernavn og adgangskode)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-token</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>hver %1</translation>
    </message>
    <message>
        <source>cron %1</source>
        <translation>cron %1</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
</context>
<context>
    <name>Linkwright::ProjectDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unavngivet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nyt projekt</translation>
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
        <translation>en tekststreng</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tal</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>en værdi</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>intet</translation>
    </message>
    <message>
        <source>Known keys here: %1.</source>
        <translation>Kendte nøgler her: %1.</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Mente du &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>ukendt nøgle</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>forventede %1, fandt %2</translation>
    </message>
    <message>
        <source>Remove the quotes: %1</source>
        <translation>Fjern anførselstegnene: %1</translation>
    </message>
    <message>
        <source>is required but missing</source>
        <translation>er påkrævet, men mangler</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; er ikke en af %2</translation>
    </message>
    <message>
        <source>%1 is outside the range %2 to %3</source>
        <translation>%1 ligger uden for intervallet %2 til %3</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>Create a project with File &gt; New or &quot;linkwright-cli init&quot;.</source>
        <translation>Opret et projekt med Filer &gt; Nyt eller &quot;linkwright-cli init&quot;.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>linje %1, kolonne %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>ikke gyldig JSON: %1</translation>
    </message>
    <message>
        <source>Look there and just before it: a missing comma, quote or bracket is the usual cause.</source>
        <translation>Se der og lige før: den sædvanlige årsag er et manglende komma, anførselstegn eller en parentes.</translation>
    </message>
    <message>
        <source>a project file must hold a JSON object, found %1</source>
        <translation>en projektfil skal indeholde et JSON-objekt, fandt %1</translation>
    </message>
    <message>
        <source>Start the file with { &quot;formatVersion&quot;: %1, ... }.</source>
        <translation>Begynd filen med { &quot;formatVersion&quot;: %1, ... }.</translation>
    </message>
    <message>
        <source>Add &quot;formatVersion&quot;: %1 at the top level.</source>
        <translation>Tilføj &quot;formatVersion&quot;: %1 på øverste niveau.</translation>
    </message>
    <message>
        <source>%1 is newer than this version of Linkwright understands (%2)</source>
        <translation>%1 er nyere, end denne version af Linkwright forstår (%2)</translation>
    </message>
    <message>
        <source>Open the project with a newer Linkwright. The file was not changed.</source>
        <translation>Åbn projektet med en nyere Linkwright. Filen blev ikke ændret.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>Check the path, or create a project with &quot;linkwright-cli init %1&quot;.</source>
        <translation>Kontrollér stien, eller opret et projekt med &quot;linkwright-cli init %1&quot;.</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan ikke læses: %1</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>Kontrollér filens rettigheder.</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kan ikke skrives: %1</translation>
    </message>
    <message>
        <source>could not be saved: %1</source>
        <translation>kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>The previous file, if any, is untouched. Free some disk space or choose another place.</source>
        <translation>En eventuel tidligere fil er urørt. Frigør diskplads, eller vælg et andet sted.</translation>
    </message>
    <message>
        <source>%1 departs from the recommended %2</source>
        <translation>%1 afviger fra det anbefalede %2</translation>
    </message>
    <message>
        <source>Recommended because %1.</source>
        <translation>Anbefalet, fordi %1.</translation>
    </message>
    <message>
        <source>A project connects one ERP and one shop; add &quot;%1&quot;: {&quot;baseUrl&quot;: &quot;https://...&quot;}.</source>
        <translation>Et projekt forbinder ét ERP og én shop; tilføj &quot;%1&quot;: {&quot;baseUrl&quot;: &quot;https://...&quot;}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>&quot;%1&quot; er ikke en http- eller https-URL</translation>
    </message>
    <message>
        <source>Write it as https://host[:port]/path, for example https://erp.example.com/api/.</source>
        <translation>Skriv den som https://vært[:port]/sti, for eksempel https://erp.example.com/api/.</translation>
    </message>
    <message>
        <source>Refer to the secret instead: {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;keychain&quot;: &quot;name&quot;}.</source>
        <translation>Henvis i stedet til hemmeligheden: {&quot;env&quot;: &quot;VARIABEL&quot;} eller {&quot;keychain&quot;: &quot;navn&quot;}.</translation>
    </message>
    <message>
        <source>a secret must not be written into the project file</source>
        <translation>en hemmelighed må ikke skrives i projektfilen</translation>
    </message>
    <message>
        <source>Remove the value from the file and change it, since it was stored in clear text.</source>
        <translation>Fjern værdien fra filen, og skift den, da den har været gemt i klartekst.</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;env&quot; or &quot;keychain&quot;</source>
        <translation>kræver præcis én af &quot;env&quot; eller &quot;keychain&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name</source>
        <translation>&quot;%1&quot; er ikke navnet på en miljøvariabel</translation>
    </message>
    <message>
        <source>Use letters, digits and underscores, for example LINKWRIGHT_ERP_TOKEN.</source>
        <translation>Brug bogstaver, cifre og understregninger, for eksempel LINKWRIGHT_ERP_TOKEN.</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>er tom</translation>
    </message>
    <message>
        <source>Name the keychain entry, for example &quot;linkwright/erp&quot;.</source>
        <translation>Angiv nøgleringsposten, for eksempel &quot;linkwright/erp&quot;.</translation>
    </message>
    <message>
        <source>Name the field that identifies a record on both sides, such as &quot;%1&quot;.</source>
        <translation>Angiv feltet, der identificerer en post på begge sider, f.eks. &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>has both &quot;every&quot; and &quot;cron&quot;</source>
        <translation>har både &quot;every&quot; og &quot;cron&quot;</translation>
    </message>
    <message>
        <source>Keep one of them.</source>
        <translation>Behold én af dem.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval</source>
        <translation>&quot;%1&quot; er ikke et interval</translation>
    </message>
    <message>
        <source>Write a number and a unit: 30s, 15m, 2h or 1d.</source>
        <translation>Skriv et tal og en enhed: 30s, 15m, 2h eller 1d.</translation>
    </message>
    <message>
        <source>Five fields: minute hour day-of-month month day-of-week, e.g. &quot;0 2 * * *&quot; for 02:00 every day.</source>
        <translation>Fem felter: minut time dag-i-måned måned ugedag, f.eks. &quot;0 2 * * *&quot; for kl. 02:00 hver dag.</translation>
    </message>
    <message>
        <source>a two-way data point needs a conflict policy</source>
        <translation>et tovejsdatapunkt kræver en konfliktregel</translation>
    </message>
    <message>
        <source>Add &quot;conflict&quot;: {&quot;default&quot;: &quot;newest-wins&quot;}; policies: %1.</source>
        <translation>Tilføj &quot;conflict&quot;: {&quot;default&quot;: &quot;newest-wins&quot;}; regler: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already mapped by %2</source>
        <translation>&quot;%1&quot; er allerede tilknyttet af %2</translation>
    </message>
    <message>
        <source>Map each target field once; combine sources with a &quot;concat&quot; transform.</source>
        <translation>Tilknyt hvert målfelt én gang; kombinér kilder med en &quot;concat&quot;-transformation.</translation>
    </message>
    <message>
        <source>Name the field to write.</source>
        <translation>Angiv feltet, der skal skrives.</translation>
    </message>
    <message>
        <source>a field name or an array of field names</source>
        <translation>et feltnavn eller en liste af feltnavne</translation>
    </message>
    <message>
        <source>is required unless a &quot;constant&quot; transform gives the value</source>
        <translation>er påkrævet, medmindre en &quot;constant&quot;-transformation giver værdien</translation>
    </message>
    <message>
        <source>Name the source field, for example &quot;source&quot;: &quot;title&quot;.</source>
        <translation>Angiv kildefeltet, for eksempel &quot;source&quot;: &quot;title&quot;.</translation>
    </message>
    <message>
        <source>names %1 fields but no transform combines them</source>
        <translation>nævner %1 felter, men ingen transformation kombinerer dem</translation>
    </message>
    <message>
        <source>Add a &quot;concat&quot; transform, or map a single field.</source>
        <translation>Tilføj en &quot;concat&quot;-transformation, eller tilknyt et enkelt felt.</translation>
    </message>
    <message>
        <source>is required by &quot;%1&quot;</source>
        <translation>kræves af &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Syncs cannot reach the ERP until it is set.</source>
        <translation>Synkroniseringer kan ikke nå ERP&apos;et, før denne værdi er angivet.</translation>
    </message>
    <message>
        <source>Syncs cannot reach the shop until it is set.</source>
        <translation>Synkroniseringer kan ikke nå shoppen, før denne værdi er angivet.</translation>
    </message>
    <message>
        <source>is not set yet</source>
        <translation>er ikke angivet endnu</translation>
    </message>
    <message>
        <source>Name an environment variable or a keychain entry that holds it: {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;keychain&quot;: &quot;name&quot;}.</source>
        <translation>Angiv en miljøvariabel eller en post i nøgleringen, der indeholder den: {&quot;env&quot;: &quot;VARIABEL&quot;} eller {&quot;keychain&quot;: &quot;navn&quot;}.</translation>
    </message>
    <message>
        <source>Leave the key out to use the default.</source>
        <translation>Udelad nøglen for at bruge standardværdien.</translation>
    </message>
    <message>
        <source>Use &quot;decimal&quot; for amounts, &quot;integer&quot; for counts, &quot;string&quot; for text and identifiers; leave &quot;type&quot; out to check nothing.</source>
        <translation>Brug &quot;decimal&quot; til beløb, &quot;integer&quot; til antal, &quot;string&quot; til tekst og identifikatorer; udelad &quot;type&quot; for ikke at kontrollere noget.</translation>
    </message>
    <message>
        <source>a number as a string, such as &quot;12.50&quot;</source>
        <translation>et tal som tekststreng, f.eks. &quot;12.50&quot;</translation>
    </message>
    <message>
        <source>List the areas: &quot;areas&quot;: [{&quot;name&quot;: &quot;Orders&quot;, &quot;costPerEvent&quot;: &quot;10&quot;, &quot;eventsPerDay&quot;: &quot;100&quot;, &quot;improvementPercent&quot;: &quot;50&quot;}].</source>
        <translation>Angiv områderne: &quot;areas&quot;: [{&quot;name&quot;: &quot;Ordrer&quot;, &quot;costPerEvent&quot;: &quot;10&quot;, &quot;eventsPerDay&quot;: &quot;100&quot;, &quot;improvementPercent&quot;: &quot;50&quot;}].</translation>
    </message>
    <message>
        <source>Write one scenario object; &quot;linkwright-cli roi --preset whitepaper --json&quot; shows the figures of an example.</source>
        <translation>Skriv ét scenarieobjekt; &quot;linkwright-cli roi --preset whitepaper --json&quot; viser tallene for et eksempel.</translation>
    </message>
    <message>
        <source>a scenario must be a JSON object</source>
        <translation>et scenarie skal være et JSON-objekt</translation>
    </message>
    <message>
        <source>Start the file with { &quot;areas&quot;: [...] }.</source>
        <translation>Begynd filen med { &quot;areas&quot;: [...] }.</translation>
    </message>
    <message>
        <source>a list of warehouse ids</source>
        <translation>en liste af lager-id&apos;er</translation>
    </message>
    <message>
        <source>a stock.location id</source>
        <translation>et stock.location-id</translation>
    </message>
    <message>
        <source>only applies to an endpoint of type &quot;tryton&quot;</source>
        <translation>gælder kun for et endpoint af typen &quot;tryton&quot;</translation>
    </message>
    <message>
        <source>Set &quot;type&quot;: &quot;tryton&quot;, or remove the &quot;tryton&quot; object.</source>
        <translation>Angiv &quot;type&quot;: &quot;tryton&quot;, eller fjern objektet &quot;tryton&quot;.</translation>
    </message>
    <message>
        <source>A Tryton endpoint names its database: &quot;tryton&quot;: {&quot;database&quot;: &quot;NAME&quot;, &quot;company&quot;: 1}.</source>
        <translation>Et Tryton-endpoint angiver sin database: &quot;tryton&quot;: {&quot;database&quot;: &quot;NAVN&quot;, &quot;company&quot;: 1}.</translation>
    </message>
    <message>
        <source>a Tryton endpoint logs in with a user and a password</source>
        <translation>et Tryton-endpoint logger ind med en bruger og en adgangskode</translation>
    </message>
    <message>
        <source>Write &quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;admin&quot;, &quot;password&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;}}.</source>
        <translation>Skriv &quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;admin&quot;, &quot;password&quot;: {&quot;env&quot;: &quot;VARIABEL&quot;}}.</translation>
    </message>
    <message>
        <source>Nothing was written. Choose a folder you can write to.</source>
        <translation>Intet blev skrevet. Vælg en mappe, du kan skrive i.</translation>
    </message>
    <message>
        <source>the number %1 has more digits than can be kept exactly</source>
        <translation>tallet %1 har flere cifre, end der kan bevares præcist</translation>
    </message>
    <message>
        <source>Write it as text, in quotes (&quot;%1&quot;): transform arguments such as factors, constants and lookup values keep every digit of text.</source>
        <translation>Skriv det som tekst i anførselstegn (&quot;%1&quot;): transformationsargumenter som faktorer, konstanter og opslagsværdier bevarer hvert ciffer i tekst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; er ikke et tal</translation>
    </message>
    <message>
        <source>Write it with a point as the decimal separator and no thousands separator, such as &quot;7.46&quot;; in quotes every digit is kept.</source>
        <translation>Skriv det med punktum som decimaltegn og uden tusindtalsseparator, f.eks. &quot;7.46&quot;; i anførselstegn bevares hvert ciffer.</translation>
    </message>
    <message>
        <source>no mapping writes &quot;%1&quot;, so every record would fail for want of its key</source>
        <translation>ingen tilknytning skriver &quot;%1&quot;, så hver post ville fejle, fordi nøglen mangler</translation>
    </message>
    <message>
        <source>Map a source field to &quot;%1&quot;, or make the key one of the targets: %2.</source>
        <translation>Knyt et kildefelt til &quot;%1&quot;, eller gør nøglen til et af målene: %2.</translation>
    </message>
    <message>
        <source>A record missing on one side may be new on the other, so two-way runs delete nothing. Delete such records on both sides by hand, and set &quot;deletes&quot;: false.</source>
        <translation>En post, der mangler på den ene side, kan være ny på den anden, så kørsler i begge retninger sletter intet. Slet sådanne poster på begge sider manuelt, og sæt &quot;deletes&quot;: false.</translation>
    </message>
    <message>
        <source>Policies name the shop&apos;s fields, the mappings&apos; targets: write &quot;%1&quot;.</source>
        <translation>Regler navngiver butikkens felter, tilknytningernes mål: skriv &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Policies name the shop&apos;s fields, the mappings&apos; targets: %1.</source>
        <translation>Regler navngiver butikkens felter, tilknytningernes mål: %1.</translation>
    </message>
    <message>
        <source>Set it to &quot;erp-owns&quot;, or map it from one field without transforms so that the shop&apos;s changes can flow back.</source>
        <translation>Sæt det til &quot;erp-owns&quot;, eller tilknyt det fra ét felt uden transformationer, så butikkens ændringer kan flyde tilbage.</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>er en mappe, ikke en projektfil</translation>
    </message>
    <message>
        <source>Name the project file itself, such as %1.</source>
        <translation>Angiv selve projektfilen, f.eks. %1.</translation>
    </message>
    <message>
        <source>Remove it.</source>
        <translation>Fjern den.</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot; instead.</source>
        <translation>Skriv &quot;%1&quot; i stedet.</translation>
    </message>
    <message>
        <source>Set it to &quot;erp-owns&quot;, or map the whole &quot;%1&quot; from one field without transforms so that the shop&apos;s changes can flow back.</source>
        <translation>Sæt det til &quot;erp-owns&quot;, eller tilknyt hele &quot;%1&quot; fra ét felt uden transformationer, så butikkens ændringer kan flyde tilbage.</translation>
    </message>
    <message>
        <source>deletions are not carried out for a two-way data point</source>
        <translation>sletninger udføres ikke for et datapunkt i begge retninger</translation>
    </message>
    <message>
        <source>the conflict policy for the key &quot;%1&quot; never applies: a sync never changes the key</source>
        <translation>konfliktreglen for nøglen &quot;%1&quot; gælder aldrig: en synkronisering ændrer aldrig nøglen</translation>
    </message>
    <message>
        <source>the conflict policy for &quot;%1&quot; never applies: policies apply to whole top-level fields</source>
        <translation>konfliktreglen for &quot;%1&quot; gælder aldrig: regler gælder for hele felter på øverste niveau</translation>
    </message>
    <message>
        <source>the conflict policy for &quot;%1&quot; has no effect: it is built from several mappings, so shop changes cannot flow back and the ERP owns it</source>
        <translation>konfliktreglen for &quot;%1&quot; har ingen virkning: det dannes af flere tilknytninger, så ændringer i butikken kan ikke flyde tilbage, og ERP ejer det</translation>
    </message>
    <message>
        <source>the conflict policy for &quot;%1&quot; never applies: no mapping writes &quot;%1&quot;</source>
        <translation>konfliktreglen for &quot;%1&quot; gælder aldrig: ingen tilknytning skriver &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in this object</source>
        <translation>nøglen &quot;%1&quot; forekommer to gange i dette objekt</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears %2 times in this object</source>
        <translation>nøglen &quot;%1&quot; forekommer %2 gange i dette objekt</translation>
    </message>
    <message>
        <source>Keep one of them, since only the last one counts; a merge of two versions of the file often leaves both.</source>
        <translation>Behold kun én af dem, for kun den sidste tæller; en sammenfletning af to versioner af filen efterlader ofte begge.</translation>
    </message>
    <message>
        <source>is not an HTTP header name: it holds a space, a colon or another character a name cannot have</source>
        <translation>er ikke et HTTP-headernavn: det indeholder et mellemrum, et kolon eller et andet tegn, som et navn ikke kan have</translation>
    </message>
    <message>
        <source>Write the name alone, such as &quot;X-Api-Key&quot;, and refer to the key in &quot;key&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;keychain&quot;: &quot;name&quot;}. If a key was written into the name, change it, since it was stored in clear text.</source>
        <translation>Skriv kun navnet, f.eks. &quot;X-Api-Key&quot;, og henvis til nøglen i &quot;key&quot;: {&quot;env&quot;: &quot;VARIABEL&quot;} eller {&quot;keychain&quot;: &quot;navn&quot;}. Hvis en nøgle blev skrevet ind i navnet, så skift den, da den har været gemt i klartekst.</translation>
    </message>
    <message>
        <source>the URL holds credentials (&quot;user:password@&quot;), which must not be written into the project file</source>
        <translation>URL&apos;en indeholder loginoplysninger (&quot;user:password@&quot;), som ikke må skrives i projektfilen</translation>
    </message>
    <message>
        <source>Remove them from the URL and use &quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;...&quot;, &quot;password&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;}} or {&quot;keychain&quot;: &quot;name&quot;} instead. Change the password, since it was stored in clear text.</source>
        <translation>Fjern dem fra URL&apos;en, og brug i stedet &quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;...&quot;, &quot;password&quot;: {&quot;env&quot;: &quot;VARIABEL&quot;}} eller {&quot;keychain&quot;: &quot;navn&quot;}. Skift adgangskoden, da den har været gemt i klartekst.</translation>
    </message>
    <message>
        <source>Remove it from the URL and give the secret in the endpoint&apos;s &quot;auth&quot; (an &quot;api-key&quot; header, &quot;basic&quot; or &quot;bearer&quot;) as {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;keychain&quot;: &quot;name&quot;}. Change it, since it was stored in clear text.</source>
        <translation>Fjern den fra URL&apos;en, og angiv hemmeligheden i endepunktets &quot;auth&quot; (en &quot;api-key&quot;-header, &quot;basic&quot; eller &quot;bearer&quot;) som {&quot;env&quot;: &quot;VARIABEL&quot;} eller {&quot;keychain&quot;: &quot;navn&quot;}. Skift den, da den har været gemt i klartekst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a path below the base URL: it names a scheme or a host, and the endpoint&apos;s credentials would be sent there</source>
        <translation>&quot;%1&quot; er ikke en sti under basis-URL&apos;en: den angiver et skema eller en vært, og endepunktets loginoplysninger ville blive sendt dertil</translation>
    </message>
    <message>
        <source>Give the path below baseUrl, such as &quot;%1&quot;.</source>
        <translation>Angiv stien under baseUrl, f.eks. &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the conflict policy only applies to direction &quot;both&quot; and is ignored for %1</source>
        <translation>konfliktreglen gælder kun for retningen &quot;both&quot; og ignoreres for %1</translation>
    </message>
    <message>
        <source>A one-way run writes the source&apos;s records over the target&apos;s whatever the policy says, and holds none back for review. Set &quot;direction&quot;: &quot;both&quot; for the policy to apply, or remove &quot;conflict&quot;.</source>
        <translation>En kørsel i én retning skriver kildens poster over målets, uanset hvad reglen siger, og holder ingen tilbage til gennemsyn. Sæt &quot;direction&quot;: &quot;both&quot;, for at reglen skal gælde, eller fjern &quot;conflict&quot;.</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>forventede et helt tal, fandt %1</translation>
    </message>
    <message>
        <source>A project file is JSON and starts with &quot;{&quot;; other formats, such as YAML, are not read. &quot;linkwright-cli init&quot; writes one to start from.</source>
        <translation>En projektfil er JSON og begynder med &quot;{&quot;; andre formater som YAML læses ikke. &quot;linkwright-cli init&quot; skriver en at starte fra.</translation>
    </message>
    <message>
        <source>the file holds JSON that cannot be checked for repeated keys: %1</source>
        <translation>filen indeholder JSON, der ikke kan kontrolleres for gentagne nøgler: %1</translation>
    </message>
    <message>
        <source>Usually an escape such as \ud800 that stands for no character; write the text itself.</source>
        <translation>Oftest en escape-sekvens som \ud800, der ikke står for noget tegn; skriv selve teksten.</translation>
    </message>
    <message>
        <source>a base URL cannot have a #fragment</source>
        <translation>en basis-URL kan ikke have et #fragment</translation>
    </message>
    <message>
        <source>Remove it: a fragment is never sent to the server.</source>
        <translation>Fjern det: et fragment sendes aldrig til serveren.</translation>
    </message>
    <message>
        <source>the URL parameter &quot;%1&quot; holds a credential, which must not be written into the project file</source>
        <translation>URL-parameteren &quot;%1&quot; indeholder adgangsoplysninger, som ikke må skrives i projektfilen</translation>
    </message>
    <message>
        <source>the conflict policy for &quot;%1&quot; has no effect: it is made by transforms, from several fields or from a field inside an object, so shop changes cannot flow back and the ERP owns it</source>
        <translation>konfliktreglen for &quot;%1&quot; har ingen virkning: det dannes af transformationer, af flere felter eller af et felt inde i et objekt, så ændringer i butikken kan ikke flyde tilbage, og ERP ejer det</translation>
    </message>
    <message>
        <source>not valid JSON: a comment, which JSON does not allow</source>
        <translation>ikke gyldig JSON: en kommentar, som JSON ikke tillader</translation>
    </message>
    <message>
        <source>not valid JSON: a single quote, where JSON takes double quotes</source>
        <translation>ikke gyldig JSON: et enkelt anførselstegn, hvor JSON kræver dobbelte</translation>
    </message>
    <message>
        <source>Remove the comment; a note can go in a field of its own, such as &quot;name&quot;.</source>
        <translation>Fjern kommentaren; en note kan stå i sit eget felt, fx &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Write names and texts in double quotes: &quot;name&quot;, not &apos;name&apos;.</source>
        <translation>Skriv navne og tekster i dobbelte anførselstegn: &quot;name&quot;, ikke &apos;name&apos;.</translation>
    </message>
    <message>
        <source>%1: it has a space at its start or end</source>
        <translation>%1: den har et mellemrum i starten eller slutningen</translation>
    </message>
    <message>
        <source>Remove the spaces.</source>
        <translation>Fjern mellemrummene.</translation>
    </message>
    <message>
        <source>%1: it does not begin with http:// or https://</source>
        <translation>%1: den begynder ikke med http:// eller https://</translation>
    </message>
    <message>
        <source>Write it with its scheme: https://%1</source>
        <translation>Skriv den med skema: https://%1</translation>
    </message>
    <message>
        <source>%1: it has a space in it</source>
        <translation>%1: den indeholder et mellemrum</translation>
    </message>
    <message>
        <source>Write a space in a path as %20; a host has none.</source>
        <translation>Skriv et mellemrum i en sti som %20; et værtsnavn har ingen.</translation>
    </message>
    <message>
        <source>%1: its port is not a number from 1 to 65535</source>
        <translation>%1: dens port er ikke et tal fra 1 til 65535</translation>
    </message>
    <message>
        <source>not valid JSON: a curly quote, where JSON takes straight double quotes</source>
        <translation>ikke gyldig JSON: et typografisk anførselstegn, hvor JSON kræver lige dobbelte</translation>
    </message>
    <message>
        <source>Write names and texts in straight double quotes: &quot;name&quot;, not “name” (a word processor makes them curly).</source>
        <translation>Skriv navne og tekster i lige dobbelte anførselstegn: &quot;name&quot;, ikke “name” (et tekstbehandlingsprogram gør dem typografiske).</translation>
    </message>
</context>
<context>
    <name>Linkwright::RecentFilesMenu</name>
    <message>
        <source>No recent projects</source>
        <translation>Ingen seneste projekter</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Ryd liste</translation>
    </message>
</context>
<context>
    <name>Linkwright::RestConnector</name>
    <message>
        <source>the endpoint uses %1 authentication but names no secret</source>
        <translation>endpointet bruger %1-godkendelse, men angiver ingen hemmelighed</translation>
    </message>
    <message>
        <source>Refer to the secret in the endpoint&apos;s auth: {&quot;env&quot;: &quot;VARIABLE&quot;} or {&quot;keychain&quot;: &quot;name&quot;}.</source>
        <translation>Henvis til hemmeligheden i endpointets auth: {&quot;env&quot;: &quot;VARIABEL&quot;} eller {&quot;keychain&quot;: &quot;navn&quot;}.</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>svaret er tomt</translation>
    </message>
    <message>
        <source>Retried automatically; an answer cut off at the start looks like this.</source>
        <translation>Prøves automatisk igen; et svar, der er afskåret i starten, ser sådan ud.</translation>
    </message>
    <message>
        <source>the server answered with a web page, not JSON</source>
        <translation>serveren svarede med en webside, ikke JSON</translation>
    </message>
    <message>
        <source>Check the base URL and the resource path: they lead to a web page.</source>
        <translation>Kontrollér basis-URL&apos;en og ressourcestien: de fører til en webside.</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>svaret er ikke gyldig JSON: %1</translation>
    </message>
    <message>
        <source>Retried automatically; if it persists, the raw answer is kept with the failure.</source>
        <translation>Prøves automatisk igen; hvis det fortsætter, gemmes det rå svar sammen med fejlen.</translation>
    </message>
    <message>
        <source>Check the secret in %1 and that the endpoint&apos;s authentication type (%2) is the one the server expects.</source>
        <translation>Kontrollér hemmeligheden (%1), og at endpointets godkendelsestype (%2) er den, serveren forventer.</translation>
    </message>
    <message>
        <source>the server refused the record</source>
        <translation>serveren afviste posten</translation>
    </message>
    <message>
        <source>the server&apos;s answer has no result for this record</source>
        <translation>serverens svar har intet resultat for denne post</translation>
    </message>
    <message>
        <source>the server answered with success, but says: %1</source>
        <translation>serveren svarede med succes, men siger: %1</translation>
    </message>
    <message>
        <source>the answer&apos;s &quot;results&quot; is %1, not a list, so it does not say which records were written</source>
        <translation>svarets &quot;results&quot; er %1, ikke en liste, så det siger ikke, hvilke poster der blev skrevet</translation>
    </message>
    <message>
        <source>the secret in %1 for the endpoint&apos;s %2 authentication contains a line break; no request was sent with it</source>
        <translation>hemmeligheden i %1 til endepunktets %2-godkendelse indeholder et linjeskift; ingen anmodning blev sendt med den</translation>
    </message>
    <message>
        <source>Remove the line break from the secret (a file with Windows line endings leaves a &quot;\r&quot; at the end of each line).</source>
        <translation>Fjern linjeskiftet fra hemmeligheden (en fil med Windows-linjeskift efterlader et &quot;\r&quot; i slutningen af hver linje).</translation>
    </message>
    <message>
        <source>the record&apos;s key &quot;%1&quot; cannot name a record in a URL path, so it was not deleted</source>
        <translation>postens nøgle &quot;%1&quot; kan ikke navngive en post i en URL-sti, så den blev ikke slettet</translation>
    </message>
    <message>
        <source>Delete the record in the target by hand; the endpoint cannot address it by that key.</source>
        <translation>Slet posten i målet manuelt; endepunktet kan ikke adressere den med den nøgle.</translation>
    </message>
    <message>
        <source>the endpoint&apos;s API key header is not an HTTP header name; no request was sent</source>
        <translation>endepunktets API-nøgle-header er ikke et HTTP-headernavn; ingen anmodning blev sendt</translation>
    </message>
    <message>
        <source>Write the name alone in the endpoint&apos;s auth, such as &quot;X-Api-Key&quot;, and refer to the key in &quot;key&quot;. If a key was written into the name, change it, since it was stored in clear text.</source>
        <translation>Skriv kun navnet i endepunktets &quot;auth&quot;, f.eks. &quot;X-Api-Key&quot;, og henvis til nøglen i &quot;key&quot;. Hvis en nøgle blev skrevet ind i navnet, så skift den, da den har været gemt i klartekst.</translation>
    </message>
    <message>
        <source>Give the resource as a path below the base URL, such as &quot;%1&quot;.</source>
        <translation>Angiv ressourcen som en sti under basis-URL&apos;en, f.eks. &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the resource of %1 is not on the base URL&apos;s origin but on %2; credentials are never sent to another origin, so no request was sent</source>
        <translation>ressourcen for %1 ligger ikke på basis-URL&apos;ens oprindelse, men på %2; loginoplysninger sendes aldrig til en anden oprindelse, så ingen anmodning blev sendt</translation>
    </message>
    <message>
        <source>the server&apos;s answer has %1 results for %2 records and does not name their keys, so it does not say which records were written</source>
        <translation>serverens svar har %1 resultater for %2 poster og nævner ikke deres nøgler, så det siger ikke, hvilke poster der blev skrevet</translation>
    </message>
    <message>
        <source>the server answered with success, but &quot;%1&quot;: %2</source>
        <translation>serveren svarede med succes, men &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the server answered with success, but &quot;%1&quot;: false</source>
        <translation>serveren svarede med succes, men &quot;%1&quot;: false</translation>
    </message>
    <message>
        <source>the answer is not valid %1, the character set its server declares</source>
        <translation>svaret er ikke gyldigt %1, det tegnsæt, dets server angiver</translation>
    </message>
    <message>
        <source>Have the server send UTF-8, or the character set it declares.</source>
        <translation>Få serveren til at sende UTF-8 eller det tegnsæt, den angiver.</translation>
    </message>
    <message>
        <source>the answer is in the character set &quot;%1&quot;, which cannot be read here</source>
        <translation>svaret er i tegnsættet &quot;%1&quot;, som ikke kan læses her</translation>
    </message>
</context>
<context>
    <name>Linkwright::RestPaging</name>
    <message>
        <source>the page cursor &quot;%1&quot; was not made by %2 pagination</source>
        <translation>sidecursoren &quot;%1&quot; stammer ikke fra %2-paginering</translation>
    </message>
    <message>
        <source>Start again from the first page (a full run).</source>
        <translation>Start forfra fra den første side (en fuld kørsel).</translation>
    </message>
    <message>
        <source>the next page is on another origin (%1); credentials are never sent to another origin, so paging stopped there</source>
        <translation>den næste side ligger på en anden oprindelse (%1); loginoplysninger sendes aldrig til en anden oprindelse, så bladringen stoppede der</translation>
    </message>
    <message>
        <source>If the server really serves its pages from there, set the endpoint&apos;s base URL to that origin.</source>
        <translation>Hvis serveren virkelig leverer sine sider derfra, så sæt endpointets basis-URL til den oprindelse.</translation>
    </message>
    <message>
        <source>the answer has no list of records at &quot;%1&quot;</source>
        <translation>svaret har ingen liste af poster under &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Set the endpoint&apos;s pagination.itemsPath to where the records are.</source>
        <translation>Sæt endpointets pagination.itemsPath til det sted, hvor posterne er.</translation>
    </message>
    <message>
        <source>the answer has no list of records (looked for &quot;items&quot;, &quot;value&quot;, &quot;data&quot; and a top-level array)</source>
        <translation>svaret har ingen liste af poster (ledte efter &quot;items&quot;, &quot;value&quot;, &quot;data&quot; og et array på øverste niveau)</translation>
    </message>
    <message>
        <source>the Link header&apos;s rel=&quot;next&quot;</source>
        <translation>Link-headerens rel=&quot;next&quot;</translation>
    </message>
    <message>
        <source>%1 names a next page that is not a usable URL: &quot;%2&quot;</source>
        <translation>%1 angiver en næste side, der ikke er en brugbar URL: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The server wrote a malformed link, so paging cannot go on; ask its operator to fix the link, or choose another pagination style for the endpoint.</source>
        <translation>Serveren skrev et fejlbehæftet link, så sideinddelingen kan ikke fortsætte; bed dens operatør rette linket, eller vælg en anden pagineringsstil for endepunktet.</translation>
    </message>
    <message>
        <source>the server answered %1 but says the request failed: %2</source>
        <translation>serveren svarede %1, men siger, at forespørgslen mislykkedes: %2</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s credentials and settings with what the server says; the records were not read, so nothing was written and the watermark stayed.</source>
        <translation>Kontrollér endepunktets adgangsoplysninger og indstillinger ud fra det, serveren siger; posterne blev ikke læst, så intet blev skrevet, og vandmærket blev stående.</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s pagination: does the server count pages from 0 (firstPage)? Run in full again once the server&apos;s pages and its total agree.</source>
        <translation>Kontrollér endepunktets sideinddeling: tæller serveren sider fra 0 (firstPage)? Kør fuldt igen, når serverens sider og dens samlede antal stemmer overens.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: false</source>
        <translation>&quot;%1&quot;: false</translation>
    </message>
    <message>
        <source>the pages ended after %1 records, one page short of the %2 the server says it has</source>
        <translation>siderne sluttede efter %1 poster, en side før de %2, som serveren siger, den har</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiAreasModel</name>
    <message>
        <source>The data point whose written records count this area&apos;s events for the realised ROI.</source>
        <translation>Datapunktet, hvis skrevne poster tæller dette områdes hændelser til det realiserede ROI.</translation>
    </message>
    <message>
        <source>How much of the work per event the integration saves, 0 to 100 %.</source>
        <translation>Hvor meget af arbejdet pr. hændelse integrationen sparer, 0 til 100 %.</translation>
    </message>
    <message>
        <source>Cost per event × events per day × improvement × days per year.</source>
        <translation>Omkostning pr. hændelse × hændelser pr. dag × forbedring × dage pr. år.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Målt med</translation>
    </message>
    <message>
        <source>Cost per event</source>
        <translation>Omkostning pr. hændelse</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Hændelser pr. dag</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Forbedring</translation>
    </message>
    <message>
        <source>Yearly saving</source>
        <translation>Årlig besparelse</translation>
    </message>
    <message>
        <source>Shown once the figures of this row check out.</source>
        <translation>Vises, når tallene i denne række er i orden.</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Ikke målt</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiAssumptionsView</name>
    <message>
        <source>&amp;Days per year:</source>
        <translation>&amp;Dage pr. år:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Val&amp;uta:</translation>
    </message>
    <message>
        <source>&amp;Implementation cost:</source>
        <translation>&amp;Implementeringsomkostninger:</translation>
    </message>
    <message>
        <source>&amp;Running cost a year:</source>
        <translation>&amp;Løbende omkostninger pr. år:</translation>
    </message>
    <message>
        <source>365 every day, 260 weekdays, 250 working days</source>
        <translation>365 alle dage, 260 hverdage, 250 arbejdsdage</translation>
    </message>
    <message>
        <source>ISO code, such as EUR</source>
        <translation>ISO-kode, f.eks. EUR</translation>
    </message>
    <message>
        <source>The three-letter ISO 4217 code of the currency the figures are in.</source>
        <translation>Den trebogstavede ISO 4217-kode for den valuta, tallene er angivet i.</translation>
    </message>
    <message>
        <source>One-off: licences, set-up and the integrator&apos;s work.</source>
        <translation>Engangsudgift: licenser, opsætning og integratorens arbejde.</translation>
    </message>
    <message>
        <source>Every year: hosting, subscriptions and maintenance.</source>
        <translation>Hvert år: hosting, abonnementer og vedligeholdelse.</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 om året</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiCharts</name>
    <message>
        <source>Yearly saving per area</source>
        <translation>Årlig besparelse pr. område</translation>
    </message>
    <message>
        <source>Net saving over 36 months against the investment</source>
        <translation>Nettobesparelse over 36 måneder sammenholdt med investeringen</translation>
    </message>
    <message>
        <source>Add an area to see its saving.</source>
        <translation>Tilføj et område for at se dets besparelse.</translation>
    </message>
    <message>
        <source>Months after go-live</source>
        <translation>Måneder efter go-live</translation>
    </message>
    <message>
        <source>Investment: %1</source>
        <translation>Investering: %1</translation>
    </message>
    <message>
        <source>Net saving so far</source>
        <translation>Nettobesparelse indtil nu</translation>
    </message>
    <message>
        <source>Pays back at once</source>
        <translation>Tjent hjem med det samme</translation>
    </message>
    <message>
        <source>Paid back in month %1</source>
        <translation>Tjent hjem i måned %1</translation>
    </message>
    <message>
        <source>Pays back after month %1</source>
        <translation>Tjener sig hjem efter måned %1</translation>
    </message>
    <message>
        <source>No payback</source>
        <translation>Ingen tilbagebetaling</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiChartsView</name>
    <message>
        <source>The charts appear once every figure checks out.</source>
        <translation>Graferne vises, når alle tal er i orden.</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiChecker</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; er ikke et tal.</translation>
    </message>
    <message>
        <source>Write digits, such as 12.50.</source>
        <translation>Skriv cifre, f.eks. 12.50.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Må ikke være negativ.</translation>
    </message>
    <message>
        <source>Enter 0 or more.</source>
        <translation>Angiv 0 eller mere.</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>Angiv mindst %1.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Angiv et heltal.</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n decimal places.</source>
        <translation>
            <numerusform>Brug højst %n decimal.</numerusform>
            <numerusform>Brug højst %n decimaler.</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 areas.</source>
        <translation>Mere end %1 områder.</translation>
    </message>
    <message>
        <source>Combine similar areas; a prospect cannot take in more on one page anyway.</source>
        <translation>Slå lignende områder sammen; et kundeemne kan alligevel ikke overskue flere på én side.</translation>
    </message>
    <message>
        <source>Enter the days per year.</source>
        <translation>Angiv antal dage pr. år.</translation>
    </message>
    <message>
        <source>%1 days is more than a year has.</source>
        <translation>%1 dage er flere, end et år har.</translation>
    </message>
    <message>
        <source>Use 365 for every day, or the working days, such as 250.</source>
        <translation>Brug 365 for alle dage eller antallet af arbejdsdage, f.eks. 250.</translation>
    </message>
    <message>
        <source>Enter a currency code.</source>
        <translation>Angiv en valutakode.</translation>
    </message>
    <message>
        <source>Such as EUR, USD or DKK.</source>
        <translation>F.eks. EUR, USD eller DKK.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation>&quot;%1&quot; er ikke en valutakode.</translation>
    </message>
    <message>
        <source>Use the three letters of ISO 4217, such as EUR, USD or DKK.</source>
        <translation>Brug de tre bogstaver fra ISO 4217, f.eks. EUR, USD eller DKK.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known currency.</source>
        <translation>&quot;%1&quot; er ikke en kendt valuta.</translation>
    </message>
    <message>
        <source>%1 is more than this calculator takes.</source>
        <translation>%1 er mere, end denne beregner kan håndtere.</translation>
    </message>
    <message>
        <source>At most %1; check the figure.</source>
        <translation>Højst %1; kontrollér tallet.</translation>
    </message>
    <message>
        <source>Enter the implementation cost, 0 if there is none.</source>
        <translation>Angiv implementeringsomkostningerne, 0 hvis der ingen er.</translation>
    </message>
    <message>
        <source>Enter the yearly running cost, 0 if there is none.</source>
        <translation>Angiv de årlige løbende omkostninger, 0 hvis der ingen er.</translation>
    </message>
    <message>
        <source>Give the area a name.</source>
        <translation>Giv området et navn.</translation>
    </message>
    <message>
        <source>Enter the cost per event.</source>
        <translation>Angiv omkostningen pr. hændelse.</translation>
    </message>
    <message>
        <source>%1 per event is more than this calculator takes.</source>
        <translation>%1 pr. hændelse er mere, end denne beregner kan håndtere.</translation>
    </message>
    <message>
        <source>Enter how many events a day.</source>
        <translation>Angiv, hvor mange hændelser der er om dagen.</translation>
    </message>
    <message>
        <source>%1 events a day is more than this calculator takes.</source>
        <translation>%1 hændelser om dagen er mere, end denne beregner kan håndtere.</translation>
    </message>
    <message>
        <source>At most %1 a day; check the figure.</source>
        <translation>Højst %1 om dagen; kontrollér tallet.</translation>
    </message>
    <message>
        <source>Enter the improvement in percent.</source>
        <translation>Angiv forbedringen i procent.</translation>
    </message>
    <message>
        <source>%1 % is more than all of the work.</source>
        <translation>%1 % er mere end hele arbejdet.</translation>
    </message>
    <message>
        <source>The integration can save at most 100 % of the work; enter 0 to 100.</source>
        <translation>Integrationen kan højst spare 100 % af arbejdet; angiv 0 til 100.</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiExporter</name>
    <message>
        <source>No payback</source>
        <translation>Ingen tilbagebetaling</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>Med det samme</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 måneder</translation>
    </message>
    <message>
        <source>What the integration is worth</source>
        <translation>Hvad integrationen er værd</translation>
    </message>
    <message>
        <source>the PDF cannot be written</source>
        <translation>PDF-filen kan ikke skrives</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, and close the file if another program has it open.</source>
        <translation>Vælg en mappe, du kan skrive i, og luk filen, hvis et andet program har den åben.</translation>
    </message>
    <message>
        <source>Yearly saving</source>
        <translation>Årlig besparelse</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Tilbagebetalingstid</translation>
    </message>
    <message>
        <source>Net saving, 3 years</source>
        <translation>Nettobesparelse, 3 år</translation>
    </message>
    <message>
        <source>ROI, 3 years</source>
        <translation>ROI, 3 år</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Cost per event</source>
        <translation>Omkostning pr. hændelse</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Hændelser pr. dag</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Forbedring</translation>
    </message>
    <message>
        <source>%1 more areas</source>
        <translation>%1 områder mere</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>no payback: the running cost is as high as the saving or higher</source>
        <translation>ingen tilbagebetaling: de løbende omkostninger er lige så høje som besparelsen eller højere</translation>
    </message>
    <message>
        <source>pays back immediately</source>
        <translation>tjent hjem med det samme</translation>
    </message>
    <message>
        <source>paid back in month %1</source>
        <translation>tjent hjem i måned %1</translation>
    </message>
    <message>
        <source>%1 days a year · implementation %2 · running cost %3 a year · net saving %4 a month · %5</source>
        <translation>%1 dage om året · implementering %2 · løbende omkostninger %3 om året · nettobesparelse %4 om måneden · %5</translation>
    </message>
    <message>
        <source>Yearly saving per area = cost per event × events per day × improvement × days per year. Net saving = yearly saving − running cost. ROI = net saving over 3 years ÷ (implementation + 3 years of running cost). Prepared with Linkwright.</source>
        <translation>Årlig besparelse pr. område = omkostning pr. hændelse × hændelser pr. dag × forbedring × dage pr. år. Nettobesparelse = årlig besparelse − løbende omkostninger. ROI = nettobesparelse over 3 år ÷ (implementering + 3 års løbende omkostninger). Udarbejdet med Linkwright.</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>PDF-filen kunne ikke gøres færdig</translation>
    </message>
    <message>
        <source>Free some disk space or choose another place.</source>
        <translation>Frigør diskplads, eller vælg et andet sted.</translation>
    </message>
    <message>
        <source>the picture cannot be written</source>
        <translation>billedet kan ikke skrives</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Vælg en mappe, du kan skrive i.</translation>
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
        <translation>Hvad integrationen er værd: pr. område omkostning pr. hændelse × hændelser pr. dag × forbedring × dage pr. år; derefter tilbagebetalingstid og ROI på investeringen.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportér PDF…</translation>
    </message>
    <message>
        <source>A one-page summary for the prospect: the table, the result and both charts.</source>
        <translation>Et resumé på én side til kundeemnet: tabellen, resultatet og begge grafer.</translation>
    </message>
    <message>
        <source>Export Charts…</source>
        <translation>Eksportér grafer…</translation>
    </message>
    <message>
        <source>Both charts as PNG pictures, for slides and e-mails.</source>
        <translation>Begge grafer som PNG-billeder til præsentationer og e-mails.</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <source>Year and investment</source>
        <translation>År og investering</translation>
    </message>
    <message>
        <source>Add Area</source>
        <translation>Tilføj område</translation>
    </message>
    <message>
        <source>Remove Area</source>
        <translation>Fjern område</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Række %1 (%2): %3</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>uden navn</translation>
    </message>
    <message>
        <source>Export PDF Summary</source>
        <translation>Eksportér PDF-resumé</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Export Charts as PNG</source>
        <translation>Eksportér grafer som PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-billeder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemte %1</translation>
    </message>
    <message>
        <source>Saved %1 and %2</source>
        <translation>Gemte %1 og %2</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiPresets</name>
    <message>
        <source>Whitepaper example</source>
        <translation>Whitepaper-eksempel</translation>
    </message>
    <message>
        <source>Product changes</source>
        <translation>Produktændringer</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <source>Customer queries</source>
        <translation>Kundehenvendelser</translation>
    </message>
    <message>
        <source>Stock updates</source>
        <translation>Lageropdateringer</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returneringer</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Nyt område</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiRealisedModel</name>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Målt med</translation>
    </message>
    <message>
        <source>Records written</source>
        <translation>Skrevne poster</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparet</translation>
    </message>
    <message>
        <source>Choose the data point that measures this area in the areas table above.</source>
        <translation>Vælg i områdetabellen ovenfor det datapunkt, der måler dette område.</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Ikke målt</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiRealisedView</name>
    <message>
        <source>Realised last month</source>
        <translation>Realiseret sidste måned</translation>
    </message>
    <message>
        <source>Read Run History Again</source>
        <translation>Genindlæs kørselshistorikken</translation>
    </message>
    <message>
        <source>Counts again the records the project&apos;s runs wrote last month.</source>
        <translation>Tæller igen de poster, som projektets kørsler skrev sidste måned.</translation>
    </message>
    <message>
        <source>Open a project to see what its integration saved: the records its runs wrote last month, priced with the figures above.</source>
        <translation>Åbn et projekt for at se, hvad dets integration har sparet: de poster, som dets kørsler skrev sidste måned, prissat med tallene ovenfor.</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>Kørselshistorikken kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>No runs yet. Once this project&apos;s runs write records, this section shows what they saved last month, priced with the figures above.</source>
        <translation>Ingen kørsler endnu. Når dette projekts kørsler skriver poster, viser dette afsnit, hvad de sparede sidste måned, prissat med tallene ovenfor.</translation>
    </message>
    <message>
        <source>The figures above need fixing before the realised saving can be priced.</source>
        <translation>Tallene ovenfor skal rettes, før den realiserede besparelse kan prissættes.</translation>
    </message>
    <message>
        <source>No area is measured yet: choose in the areas table&apos;s &quot;Measured by&quot; column which data point&apos;s records stand for each area&apos;s events.</source>
        <translation>Intet område måles endnu: vælg i områdetabellens kolonne &quot;Målt med&quot;, hvilket datapunkts poster der står for hvert områdes hændelser.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>%1: %2 saved, from 1 record written.</source>
        <translation>%1: %2 sparet, ud fra 1 skrevet post.</translation>
    </message>
    <message>
        <source>%1: %2 saved, from %3 records written.</source>
        <translation>%1: %2 sparet, ud fra %3 skrevne poster.</translation>
    </message>
    <message>
        <source>Reading the run history…</source>
        <translation>Læser kørselshistorikken…</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiResultsView</name>
    <message>
        <source>Yearly saving</source>
        <translation>Årlig besparelse</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Tilbagebetalingstid</translation>
    </message>
    <message>
        <source>Net saving over 3 years</source>
        <translation>Nettobesparelse over 3 år</translation>
    </message>
    <message>
        <source>Return on investment, 3 years</source>
        <translation>Investeringsafkast (ROI), 3 år</translation>
    </message>
    <message>
        <source>One figure to fix first; it says what is wrong where it is entered.</source>
        <translation>Ét tal skal rettes først; der, hvor det indtastes, står der, hvad der er galt.</translation>
    </message>
    <message>
        <source>%1 figures to fix first; each says what is wrong where it is entered.</source>
        <translation>%1 tal skal rettes først; der, hvor hvert tal indtastes, står der, hvad der er galt.</translation>
    </message>
    <message>
        <source>%1 days a year, before running cost</source>
        <translation>%1 dage om året, før løbende omkostninger</translation>
    </message>
    <message>
        <source>No payback</source>
        <translation>Ingen tilbagebetaling</translation>
    </message>
    <message>
        <source>Nothing is saved, so nothing pays for the investment.</source>
        <translation>Der spares intet, så intet tjener investeringen hjem.</translation>
    </message>
    <message>
        <source>The running cost (%1 a year) is as high as the saving or higher.</source>
        <translation>De løbende omkostninger (%1 om året) er lige så høje som besparelsen eller højere.</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>Med det samme</translation>
    </message>
    <message>
        <source>No implementation cost entered.</source>
        <translation>Ingen implementeringsomkostninger angivet.</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 måneder</translation>
    </message>
    <message>
        <source>Paid back in month %1: %2 implementation, %3 net saving a month</source>
        <translation>Tjent hjem i måned %1: %2 implementering, %3 nettobesparelse om måneden</translation>
    </message>
    <message>
        <source>3 × (yearly saving − running cost) − implementation</source>
        <translation>3 × (årlig besparelse − løbende omkostninger) − implementering</translation>
    </message>
    <message>
        <source>Net saving over 3 years on %1 invested</source>
        <translation>Nettobesparelse over 3 år ved %1 investeret</translation>
    </message>
    <message>
        <source>Enter the implementation or running cost to see the return on it.</source>
        <translation>Angiv implementeringsomkostningerne eller de løbende omkostninger for at se afkastet af dem.</translation>
    </message>
</context>
<context>
    <name>Linkwright::RoiScenarioBar</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenarie:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Save as New Scenario</source>
        <translation>Gem som nyt scenarie</translation>
    </message>
    <message>
        <source>Keeps these figures in the project, under the name given.</source>
        <translation>Gemmer disse tal i projektet under det angivne navn.</translation>
    </message>
    <message>
        <source>Delete Scenario</source>
        <translation>Slet scenarie</translation>
    </message>
    <message>
        <source>Removes the scenario from the project; the figures stay on the page.</source>
        <translation>Fjerner scenariet fra projektet; tallene bliver på siden.</translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation>%1 (skabelon)</translation>
    </message>
    <message>
        <source>Open or create a project to save scenarios with it.</source>
        <translation>Åbn eller opret et projekt for at gemme scenarier i det.</translation>
    </message>
    <message>
        <source>Saved with the project: every change is kept when the project is saved.</source>
        <translation>Gemmes med projektet: alle ændringer bevares, når projektet gemmes.</translation>
    </message>
    <message>
        <source>Not saved yet: Save as New Scenario keeps these figures with the project.</source>
        <translation>Ikke gemt endnu: &quot;Gem som nyt scenarie&quot; gemmer disse tal med projektet.</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (ikke gemt)</translation>
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
        <translation>Kørsler</translation>
    </message>
    <message>
        <source>Every sync run: its steps, its counts and how long it took.</source>
        <translation>Hver synkroniseringskørsel: dens trin, dens tal og hvor lang tid den tog.</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Ingen kørsler endnu</translation>
    </message>
    <message>
        <source>Each sync run will be listed here with what it fetched, mapped, matched and wrote, and how long each step took. Runs can then be started, or dry-run, from this page.</source>
        <translation>Hver synkroniseringskørsel vises her med, hvad den hentede, tilknyttede, matchede og skrev, og hvor lang tid hvert trin tog. Kørsler og prøvekørsler kan derefter startes fra denne side.</translation>
    </message>
</context>
<context>
    <name>Linkwright::Schedules</name>
    <message>
        <source>%1 step &quot;%2&quot; is not a positive number</source>
        <translation>%1-trin &quot;%2&quot; er ikke et positivt tal</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot; er ikke et tal</translation>
    </message>
    <message>
        <source>%1 %2 is out of range %3-%4</source>
        <translation>%1 %2 ligger uden for %3-%4</translation>
    </message>
    <message>
        <source>%1 range %2-%3 runs backwards</source>
        <translation>%1-intervallet %2-%3 går baglæns</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; er ikke en af %2</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>minut</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>time</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>dag i måneden</translation>
    </message>
    <message>
        <source>month</source>
        <translation>måned</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>ugedag</translation>
    </message>
    <message>
        <source>has %1 fields, expected 5 (minute hour day-of-month month day-of-week)</source>
        <translation>har %1 felter, forventede 5 (minut time dag-i-måned måned ugedag)</translation>
    </message>
</context>
<context>
    <name>Linkwright::SchedulesPage</name>
    <message>
        <source>Schedules</source>
        <translation>Tidsplaner</translation>
    </message>
    <message>
        <source>When each data point runs: on an interval, by a cron expression, or live.</source>
        <translation>Hvornår hvert datapunkt kører: med et interval, efter et cron-udtryk eller live.</translation>
    </message>
    <message>
        <source>Run schedules</source>
        <translation>Tidsplaner for kørsler</translation>
    </message>
    <message>
        <source>Batch data points run on an interval or a cron expression, live ones as soon as data changes. This page will set and review them; for now, the Data points page shows each schedule.</source>
        <translation>Batch-datapunkter kører med et interval eller efter et cron-udtryk, live-datapunkter så snart data ændres. Denne side kommer til at angive og gennemgå dem; indtil videre viser siden Datapunkter hver tidsplan.</translation>
    </message>
    <message>
        <source>Go to Data Points</source>
        <translation>Gå til datapunkter</translation>
    </message>
</context>
<context>
    <name>Linkwright::SecretRefEditor</name>
    <message>
        <source>Environment variable</source>
        <translation>Miljøvariabel</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Nøglering</translation>
    </message>
    <message>
        <source>entry, e.g. linkwright/erp</source>
        <translation>post, f.eks. linkwright/erp</translation>
    </message>
    <message>
        <source>entry, e.g. linkwright/shop</source>
        <translation>post, f.eks. linkwright/shop</translation>
    </message>
    <message>
        <source>variable, e.g. LINKWRIGHT_ERP_TOKEN</source>
        <translation>variabel, f.eks. LINKWRIGHT_ERP_TOKEN</translation>
    </message>
    <message>
        <source>variable, e.g. LINKWRIGHT_SHOP_TOKEN</source>
        <translation>variabel, f.eks. LINKWRIGHT_SHOP_TOKEN</translation>
    </message>
    <message>
        <source>Only this reference is saved in the project, never the secret itself.</source>
        <translation>Kun denne henvisning gemmes i projektet, aldrig selve hemmeligheden.</translation>
    </message>
    <message>
        <source>Say where the secret lives; the project cannot be saved without it.</source>
        <translation>Angiv, hvor hemmeligheden ligger; projektet kan ikke gemmes uden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name: use letters, digits and underscores, not starting with a digit.</source>
        <translation>&quot;%1&quot; er ikke navnet på en miljøvariabel: brug bogstaver, cifre og understregninger, og begynd ikke med et ciffer.</translation>
    </message>
</context>
<context>
    <name>Linkwright::SecretResolver</name>
    <message>
        <source>environment variable %1</source>
        <translation>miljøvariabel %1</translation>
    </message>
    <message>
        <source>keychain entry %1</source>
        <translation>nøgleringspost %1</translation>
    </message>
    <message>
        <source>no secret reference</source>
        <translation>ingen henvisning til en hemmelighed</translation>
    </message>
</context>
<context>
    <name>Linkwright::ShellStatusBar</name>
    <message>
        <source>No project open</source>
        <translation>Intet projekt åbent</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke gemt endnu</translation>
    </message>
    <message>
        <source>SQLite · chosen when the project is first saved</source>
        <translation>SQLite · vælges, når projektet gemmes første gang</translation>
    </message>
    <message>
        <source>SQLite · %1</source>
        <translation>SQLite · %1</translation>
    </message>
    <message>
        <source>Sync state is stored in %1</source>
        <translation>Synkroniseringstilstanden gemmes i %1</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorAdmin</name>
    <message>
        <source>no such admin path: %1</source>
        <translation>admin-stien findes ikke: %1</translation>
    </message>
    <message>
        <source>the admin paths are /_admin/faults, /_admin/stats, /_admin/stats/reset and /_admin/flush</source>
        <translation>admin-stierne er /_admin/faults, /_admin/stats, /_admin/stats/reset og /_admin/flush</translation>
    </message>
    <message>
        <source>%1 does not support this method</source>
        <translation>%1 understøtter ikke denne metode</translation>
    </message>
    <message>
        <source>read with GET; change /_admin/faults and call /_admin/stats/reset and /_admin/flush with POST</source>
        <translation>læs med GET; ændr /_admin/faults, og kald /_admin/stats/reset og /_admin/flush med POST</translation>
    </message>
    <message>
        <source>send a JSON object such as {&quot;rate&quot;: 0.2, &quot;kinds&quot;: [&quot;500&quot;, &quot;429&quot;]}; fields left out keep their values</source>
        <translation>send et JSON-objekt som {&quot;rate&quot;: 0.2, &quot;kinds&quot;: [&quot;500&quot;, &quot;429&quot;]}; udeladte felter beholder deres værdier</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>brødteksten er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>this simulator has no data folder</source>
        <translation>denne simulator har ingen datamappe</translation>
    </message>
    <message>
        <source>start linkwright-sim with --data DIR to keep its state</source>
        <translation>start linkwright-sim med --data MAPPE for at bevare dens tilstand</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorApi</name>
    <message>
        <source>/health only answers GET</source>
        <translation>/health svarer kun på GET</translation>
    </message>
    <message>
        <source>send GET /health</source>
        <translation>send GET /health</translation>
    </message>
    <message>
        <source>missing or wrong bearer token</source>
        <translation>manglende eller forkert bearer-token</translation>
    </message>
    <message>
        <source>send &quot;Authorization: Bearer &lt;token&gt;&quot; with the token linkwright-sim was started with (--token)</source>
        <translation>send &quot;Authorization: Bearer &lt;token&gt;&quot; med det token, som linkwright-sim blev startet med (--token)</translation>
    </message>
    <message>
        <source>no such path: %1</source>
        <translation>stien findes ikke: %1</translation>
    </message>
    <message>
        <source>resources live at /erp/&lt;resource&gt; and /shop/&lt;resource&gt;; health at /health</source>
        <translation>ressourcer ligger under /erp/&lt;ressource&gt; og /shop/&lt;ressource&gt;, status under /health</translation>
    </message>
    <message>
        <source>no such system: %1</source>
        <translation>systemet findes ikke: %1</translation>
    </message>
    <message>
        <source>paths start with /erp or /shop</source>
        <translation>stier begynder med /erp eller /shop</translation>
    </message>
    <message>
        <source>no such resource: %1</source>
        <translation>ressourcen findes ikke: %1</translation>
    </message>
    <message>
        <source>the resources are %1</source>
        <translation>ressourcerne er %1</translation>
    </message>
    <message>
        <source>send POST to the resource to create or update</source>
        <translation>send POST til ressourcen for at oprette eller opdatere</translation>
    </message>
    <message>
        <source>this method is not supported here</source>
        <translation>denne metode understøttes ikke her</translation>
    </message>
    <message>
        <source>use GET to read and POST to upsert</source>
        <translation>brug GET til at læse og POST til at oprette eller opdatere</translation>
    </message>
    <message>
        <source>page must be a whole number from 1</source>
        <translation>page skal være et heltal fra 1</translation>
    </message>
    <message>
        <source>pages count from 1: ?page=1</source>
        <translation>sider tælles fra 1: ?page=1</translation>
    </message>
    <message>
        <source>pageSize must be a whole number from 1 to %1</source>
        <translation>pageSize skal være et heltal fra 1 til %1</translation>
    </message>
    <message>
        <source>ask for at most %1 records a page, e.g. ?pageSize=%2</source>
        <translation>bed om højst %1 poster pr. side, f.eks. ?pageSize=%2</translation>
    </message>
    <message>
        <source>modifiedSince is not an ISO 8601 date and time</source>
        <translation>modifiedSince er ikke en dato og et klokkeslæt i ISO 8601</translation>
    </message>
    <message>
        <source>use e.g. 2026-01-31T12:00:00Z, and encode a &apos;+&apos; in an offset as %2B</source>
        <translation>brug f.eks. 2026-01-31T12:00:00Z, og kod et &apos;+&apos; i tidszoneforskydningen som %2B</translation>
    </message>
    <message>
        <source>no %1 record with %2 &quot;%3&quot;</source>
        <translation>ingen %1-post med %2 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>list the resource to see which keys exist</source>
        <translation>hent listen fra ressourcen for at se, hvilke nøgler der findes</translation>
    </message>
    <message>
        <source>linkwright-sim injected this fault on purpose (--fault-rate); retry the request</source>
        <translation>linkwright-sim har fremkaldt denne fejl med vilje (--fault-rate); prøv forespørgslen igen</translation>
    </message>
    <message>
        <source>internal server error</source>
        <translation>intern serverfejl</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>for mange forespørgsler</translation>
    </message>
    <message>
        <source>wait for the seconds in Retry-After, then retry</source>
        <translation>vent det antal sekunder, der står i Retry-After, og prøv så igen</translation>
    </message>
    <message>
        <source>the request stalled</source>
        <translation>forespørgslen gik i stå</translation>
    </message>
    <message>
        <source>a single record can only be read or deleted</source>
        <translation>en enkelt post kan kun læses eller slettes</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorBatch</name>
    <message>
        <source>send a JSON array of %1 records (or one record object), each with its key &quot;%2&quot;</source>
        <translation>send et JSON-array af %1-poster (eller ét postobjekt), hver med sin nøgle &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the request body is empty</source>
        <translation>anmodningens brødtekst er tom</translation>
    </message>
    <message>
        <source>the body is not valid UTF-8</source>
        <translation>brødteksten er ikke gyldig UTF-8</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>brødteksten er ikke gyldig JSON: %1 ved byte %2</translation>
    </message>
    <message>
        <source>the body is neither a JSON array nor a JSON object</source>
        <translation>brødteksten er hverken et JSON-array eller et JSON-objekt</translation>
    </message>
    <message>
        <source>item %1 of the array is not a JSON object</source>
        <translation>element %1 i arrayet er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>record %1 has no &quot;%2&quot; (the key must be a non-empty string)</source>
        <translation>post %1 har ingen &quot;%2&quot; (nøglen skal være en ikke-tom tekststreng)</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorCommandLine</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 skal være et helt tal fra %2 til %3, ikke &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Serves a demo ERP (/erp) and a demo webshop (/shop) over HTTP on loopback, with generated data and switchable faults, for demos, tests and benchmarks of Linkwright.</source>
        <translation>Leverer et demo-ERP (/erp) og en demo-webshop (/shop) over HTTP på loopback med genererede data og fejl, der kan slås til, til demoer, test og benchmarks af Linkwright.</translation>
    </message>
    <message>
        <source>Port to listen on (0 picks a free one).</source>
        <translation>Port, der lyttes på (0 vælger en ledig).</translation>
    </message>
    <message>
        <source>Seed of the generated data; the same seed gives the same data.</source>
        <translation>Startværdi for de genererede data; samme startværdi giver samme data.</translation>
    </message>
    <message>
        <source>Products in the ERP.</source>
        <translation>Produkter i ERP.</translation>
    </message>
    <message>
        <source>Customers in the ERP.</source>
        <translation>Kunder i ERP.</translation>
    </message>
    <message>
        <source>Web orders in the shop.</source>
        <translation>Webordrer i shoppen.</translation>
    </message>
    <message>
        <source>Add hostile records (2,000 levels deep, a 30-digit integer, invalid UTF-8, a 10 MiB string, a number where text belongs) to ERP products and customers and to shop orders.</source>
        <translation>Tilføjer fjendtlige poster (2.000 niveauer dybt, et 30-cifret heltal, ugyldig UTF-8, en streng på 10 MiB, et tal, hvor der hører tekst hjemme) til ERP-produkter og -kunder og til shopordrer.</translation>
    </message>
    <message>
        <source>Require &quot;Authorization: Bearer &lt;token&gt;&quot; on every request except /health.</source>
        <translation>Kræver &quot;Authorization: Bearer &lt;token&gt;&quot; på hver forespørgsel undtagen /health.</translation>
    </message>
    <message>
        <source>Keep the state in this folder: load it from there if it holds one, else write the generated data there; every change is saved.</source>
        <translation>Gemmer tilstanden i denne mappe: indlæser den derfra, hvis den indeholder en, ellers skrives de genererede data dertil; hver ændring gemmes.</translation>
    </message>
    <message>
        <source>Share of requests to resources that fault, from 0 to 1.</source>
        <translation>Andel af forespørgsler til ressourcer, der fejler, fra 0 til 1.</translation>
    </message>
    <message>
        <source>Fault kinds to draw from, comma-separated: 500, 500-after-write, 429, stall, slow, malformed, truncated, reset, or all.</source>
        <translation>Fejltyper, der trækkes fra, kommasepareret: 500, 500-after-write, 429, stall, slow, malformed, truncated, reset eller all.</translation>
    </message>
    <message>
        <source>Which system faults: erp, shop or both.</source>
        <translation>Hvilket system fejler: erp, shop eller both.</translation>
    </message>
    <message>
        <source>Which methods fault: GET, POST or GET,POST.</source>
        <translation>Hvilke metoder fejler: GET, POST eller GET,POST.</translation>
    </message>
    <message>
        <source>Seed of the fault sequence (default: the data seed).</source>
        <translation>Startværdi for fejlsekvensen (standard: datastartværdien).</translation>
    </message>
    <message>
        <source>How long a stalled request gets no answer, in milliseconds.</source>
        <translation>Hvor længe en hængende forespørgsel ikke får svar, i millisekunder.</translation>
    </message>
    <message>
        <source>How late a slow answer comes, in milliseconds.</source>
        <translation>Hvor sent et langsomt svar kommer, i millisekunder.</translation>
    </message>
    <message>
        <source>The Retry-After seconds of a 429 fault.</source>
        <translation>Retry-After-sekunderne for en 429-fejl.</translation>
    </message>
    <message>
        <source>see linkwright-sim --help</source>
        <translation>se linkwright-sim --help</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>uventet argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--data needs a folder</source>
        <translation>--data kræver en mappe</translation>
    </message>
    <message>
        <source>e.g. --data /tmp/linkwright-sim</source>
        <translation>f.eks. --data /tmp/linkwright-sim</translation>
    </message>
    <message>
        <source>the faults chosen strike no request while --fault-rate is 0</source>
        <translation>de valgte fejl rammer ingen forespørgsel, så længe --fault-rate er 0</translation>
    </message>
    <message>
        <source>add --fault-rate, such as --fault-rate 0.2 for a fifth of the requests</source>
        <translation>tilføj --fault-rate, f.eks. --fault-rate 0.2 for en femtedel af forespørgslerne</translation>
    </message>
    <message>
        <source>%1 holds a saved state, so --seed, --products, --customers, --orders and --hostile are ignored</source>
        <translation>%1 indeholder en gemt tilstand, så --seed, --products, --customers, --orders og --hostile ignoreres</translation>
    </message>
    <message>
        <source>use an empty folder to start from newly generated data</source>
        <translation>brug en tom mappe for at starte med nyligt genererede data</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorJsonScan</name>
    <message>
        <source>text after the end of the JSON value</source>
        <translation>tekst efter slutningen af JSON-værdien</translation>
    </message>
    <message>
        <source>the text ends in the middle of a JSON value</source>
        <translation>teksten slutter midt i en JSON-værdi</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>indlejret mere end %1 niveauer dybt</translation>
    </message>
    <message>
        <source>not a JSON value</source>
        <translation>ikke en JSON-værdi</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>forventede et nøglenavn i dobbelte anførselstegn</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the member name</source>
        <translation>forventede &apos;:&apos; efter nøglenavnet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or the end of the object or array</source>
        <translation>forventede &apos;,&apos; eller slutningen af objektet eller arrayet</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorPersistence</name>
    <message>
        <source>cannot read the saved simulator state: %1</source>
        <translation>den gemte simulatortilstand kan ikke læses: %1</translation>
    </message>
    <message>
        <source>check the permissions of the folder given with --data</source>
        <translation>kontrollér rettighederne til den mappe, der er angivet med --data</translation>
    </message>
    <message>
        <source>not a saved state of this linkwright-sim version</source>
        <translation>ikke en gemt tilstand fra denne version af linkwright-sim</translation>
    </message>
    <message>
        <source>point --data at an empty folder, or delete the folder to start from generated data</source>
        <translation>peg --data på en tom mappe, eller slet mappen for at starte med genererede data</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kan ikke læses: %1</translation>
    </message>
    <message>
        <source>not a saved record: it needs a JSON object with &quot;id&quot;, &quot;%1&quot; and &quot;modifiedAt&quot;</source>
        <translation>ikke en gemt post: den kræver et JSON-objekt med &quot;id&quot;, &quot;%1&quot; og &quot;modifiedAt&quot;</translation>
    </message>
    <message>
        <source>the file was changed or damaged outside linkwright-sim; restore it or delete the folder</source>
        <translation>filen er blevet ændret eller beskadiget uden for linkwright-sim; gendan den, eller slet mappen</translation>
    </message>
    <message>
        <source>cannot create the data folder</source>
        <translation>datamappen kan ikke oprettes</translation>
    </message>
    <message>
        <source>choose a folder you may write to with --data</source>
        <translation>vælg en mappe, du må skrive i, med --data</translation>
    </message>
    <message>
        <source>cannot save the simulator state: %1</source>
        <translation>simulatortilstanden kan ikke gemmes: %1</translation>
    </message>
    <message>
        <source>check the free space and the permissions of the folder given with --data</source>
        <translation>kontrollér den ledige plads og rettighederne til den mappe, der er angivet med --data</translation>
    </message>
</context>
<context>
    <name>Linkwright::SimulatorServer</name>
    <message>
        <source>cannot listen: %1</source>
        <translation>kan ikke lytte: %1</translation>
    </message>
    <message>
        <source>another program, perhaps another linkwright-sim, uses this port; stop it or choose another port with --port</source>
        <translation>et andet program, måske en anden linkwright-sim, bruger denne port; stop det, eller vælg en anden port med --port</translation>
    </message>
</context>
<context>
    <name>Linkwright::Store</name>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed.</source>
        <translation>SQLite-driveren til Qt (QSQLITE) er ikke installeret.</translation>
    </message>
    <message>
        <source>Install the package libqt6sql6-sqlite.</source>
        <translation>Installér pakken libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>This is a folder, not a state database.</source>
        <translation>Dette er en mappe, ikke en tilstandsdatabase.</translation>
    </message>
    <message>
        <source>Give the path of a database file; it is created if it does not exist.</source>
        <translation>Angiv stien til en databasefil; den oprettes, hvis den ikke findes.</translation>
    </message>
    <message>
        <source>The folder for the state database cannot be created.</source>
        <translation>Mappen til tilstandsdatabasen kan ikke oprettes.</translation>
    </message>
    <message>
        <source>Check that this user may write to the folder above it.</source>
        <translation>Kontrollér, at denne bruger må skrive i mappen over den.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>åbning af databasen</translation>
    </message>
    <message>
        <source>checking the schema version</source>
        <translation>kontrol af skemaversionen</translation>
    </message>
    <message>
        <source>This is an SQLite database of another program, not a Linkwright state database.</source>
        <translation>Dette er en SQLite-database fra et andet program, ikke en tilstandsdatabase fra Linkwright.</translation>
    </message>
    <message>
        <source>Check the path; Linkwright keeps its state in a file of its own and changes nothing here.</source>
        <translation>Kontrollér stien; Linkwright gemmer sin tilstand i sin egen fil og ændrer intet her.</translation>
    </message>
    <message>
        <source>The state database has schema version %1; this build of Linkwright knows versions up to %2.</source>
        <translation>Tilstandsdatabasen har skemaversion %1; denne version af Linkwright kender versioner op til %2.</translation>
    </message>
    <message>
        <source>Use the newer Linkwright that wrote it. The file was left unchanged.</source>
        <translation>Brug den nyere Linkwright, der skrev den. Filen blev ikke ændret.</translation>
    </message>
    <message>
        <source>checking that the database is writable</source>
        <translation>kontrol af, at databasen er skrivbar</translation>
    </message>
    <message>
        <source>migrating the schema</source>
        <translation>migrering af skemaet</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>start af en transaktion</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>commit af en transaktion</translation>
    </message>
    <message>
        <source>The state database reported an error: %1.</source>
        <translation>Tilstandsdatabasen meldte en fejl: %1.</translation>
    </message>
    <message>
        <source>Check that this user may write to the file and its folder: SQLite also keeps a -wal and a -shm file beside it.</source>
        <translation>Kontrollér, at denne bruger må skrive i filen og dens mappe: SQLite har også en -wal- og en -shm-fil ved siden af.</translation>
    </message>
    <message>
        <source>The state database is locked by another process: %1.</source>
        <translation>Tilstandsdatabasen er låst af en anden proces: %1.</translation>
    </message>
    <message>
        <source>The state database is read-only: %1.</source>
        <translation>Tilstandsdatabasen er skrivebeskyttet: %1.</translation>
    </message>
    <message>
        <source>The state database cannot be opened: %1.</source>
        <translation>Tilstandsdatabasen kan ikke åbnes: %1.</translation>
    </message>
    <message>
        <source>The disk holding the state database is full: %1.</source>
        <translation>Disken med tilstandsdatabasen er fuld: %1.</translation>
    </message>
    <message>
        <source>Free some space and run again; the interrupted change was not stored.</source>
        <translation>Frigør noget plads, og kør igen; den afbrudte ændring blev ikke gemt.</translation>
    </message>
    <message>
        <source>Reading or writing the state database failed: %1.</source>
        <translation>Læsning fra eller skrivning til tilstandsdatabasen mislykkedes: %1.</translation>
    </message>
    <message>
        <source>Check the disk and the file system the file lives on.</source>
        <translation>Kontrollér disken og det filsystem, filen ligger på.</translation>
    </message>
    <message>
        <source>The file is not a state database, or it is damaged: %1.</source>
        <translation>Filen er ikke en tilstandsdatabase, eller den er beskadiget: %1.</translation>
    </message>
    <message>
        <source>Check the path. If it is a damaged state database, move it aside: Linkwright starts a new one, with empty sync state and failure log.</source>
        <translation>Kontrollér stien. Hvis det er en beskadiget tilstandsdatabase, så flyt den væk: Linkwright starter en ny med tom synkroniseringstilstand og tom fejllog.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the state database: %1.</source>
        <translation>Ændringen bryder en regel i tilstandsdatabasen: %1.</translation>
    </message>
    <message>
        <source>A run or plan it refers to may not exist in this database.</source>
        <translation>En kørsel eller plan, som den henviser til, findes måske ikke i denne database.</translation>
    </message>
    <message>
        <source>The column %1 holds &quot;%2&quot;, which this build does not know.</source>
        <translation>Kolonnen %1 indeholder &quot;%2&quot;, som denne version ikke kender.</translation>
    </message>
    <message>
        <source>The file was changed by hand or by another program; restore it from a backup.</source>
        <translation>Filen er blevet ændret manuelt eller af et andet program; gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>The id may belong to another project&apos;s state database.</source>
        <translation>Id&apos;et hører måske til et andet projekts tilstandsdatabase.</translation>
    </message>
    <message>
        <source>reading the failure log</source>
        <translation>læsning af fejlloggen</translation>
    </message>
    <message>
        <source>adding to the failure log</source>
        <translation>tilføjelse til fejlloggen</translation>
    </message>
    <message>
        <source>The failure log handed out ids out of sequence.</source>
        <translation>Fejlloggen uddelte id&apos;er i forkert rækkefølge.</translation>
    </message>
    <message>
        <source>Please report this; nothing was stored.</source>
        <translation>Rapportér venligst dette; intet blev gemt.</translation>
    </message>
    <message>
        <source>updating the failure log</source>
        <translation>opdatering af fejlloggen</translation>
    </message>
    <message>
        <source>There is no failure with id %1.</source>
        <translation>Der er ingen fejl med id %1.</translation>
    </message>
    <message>
        <source>counting the failure log</source>
        <translation>optælling af fejlloggen</translation>
    </message>
    <message>
        <source>resolving failures</source>
        <translation>løsning af fejl</translation>
    </message>
    <message>
        <source>loading record states</source>
        <translation>indlæsning af posttilstande</translation>
    </message>
    <message>
        <source>saving record states</source>
        <translation>lagring af posttilstande</translation>
    </message>
    <message>
        <source>removing record states</source>
        <translation>fjernelse af posttilstande</translation>
    </message>
    <message>
        <source>loading the identity map</source>
        <translation>indlæsning af identitetstilknytningen</translation>
    </message>
    <message>
        <source>saving the identity map</source>
        <translation>lagring af identitetstilknytningen</translation>
    </message>
    <message>
        <source>reading a watermark</source>
        <translation>læsning af et vandmærke</translation>
    </message>
    <message>
        <source>moving a watermark</source>
        <translation>flytning af et vandmærke</translation>
    </message>
    <message>
        <source>reading runs</source>
        <translation>læsning af kørsler</translation>
    </message>
    <message>
        <source>starting a run</source>
        <translation>start af en kørsel</translation>
    </message>
    <message>
        <source>finishing a run</source>
        <translation>afslutning af en kørsel</translation>
    </message>
    <message>
        <source>There is no run with id %1.</source>
        <translation>Der er ingen kørsel med id %1.</translation>
    </message>
    <message>
        <source>counting written records</source>
        <translation>optælling af skrevne poster</translation>
    </message>
    <message>
        <source>saving a plan</source>
        <translation>lagring af en plan</translation>
    </message>
    <message>
        <source>reading a plan</source>
        <translation>læsning af en plan</translation>
    </message>
    <message>
        <source>updating a plan</source>
        <translation>opdatering af en plan</translation>
    </message>
    <message>
        <source>There is no plan item with id %1.</source>
        <translation>Der er intet planelement med id %1.</translation>
    </message>
    <message>
        <source>There is no plan with id %1.</source>
        <translation>Der er ingen plan med id %1.</translation>
    </message>
    <message>
        <source>opening a second connection</source>
        <translation>åbning af en ekstra forbindelse</translation>
    </message>
    <message>
        <source>A part of the transaction failed, so none of it was stored.</source>
        <translation>En del af transaktionen mislykkedes, så intet af den blev gemt.</translation>
    </message>
    <message>
        <source>See the error reported before this one.</source>
        <translation>Se fejlen, der blev meldt før denne.</translation>
    </message>
    <message>
        <source>closing runs whose process ended during them</source>
        <translation>lukning af kørsler, hvis proces sluttede undervejs</translation>
    </message>
    <message>
        <source>the process ended during the run (it was killed, or the machine stopped): what the run stored before is kept, and the next run reads from where the last complete one left off</source>
        <translation>processen sluttede under kørslen (den blev dræbt, eller maskinen stoppede): det, kørslen gemte forinden, bevares, og næste kørsel læser fra der, hvor den sidste fuldstændige slap</translation>
    </message>
    <message>
        <source>This is not a regular file (a device, a pipe or a socket), not a state database.</source>
        <translation>Dette er ikke en almindelig fil (en enhed, en pipe eller en socket) og ikke en tilstandsdatabase.</translation>
    </message>
    <message>
        <source>Wait for the other run to finish, or close the program that holds the file open (a database tool); one process writes at a time, and this one waited half a minute.</source>
        <translation>Vent på, at den anden kørsel bliver færdig, eller luk det program, der holder filen åben (et databaseværktøj); kun én proces skriver ad gangen, og denne har ventet et halvt minut.</translation>
    </message>
    <message>
        <source>reading a server&apos;s hold</source>
        <translation>læsning af en servers pause</translation>
    </message>
    <message>
        <source>keeping a server&apos;s hold</source>
        <translation>lagring af en servers pause</translation>
    </message>
</context>
<context>
    <name>Linkwright::SyncRunner</name>
    <message>
        <source>cancelled before every page was read; the counts are partial</source>
        <translation>annulleret, før alle sider var læst; tallene er ufuldstændige</translation>
    </message>
    <message>
        <source>record %1 of the source has no &quot;%2&quot; after mapping</source>
        <translation>post %1 i kilden har ingen &quot;%2&quot; efter tilknytning</translation>
    </message>
    <message>
        <source>record %1 of the target has no &quot;%2&quot;</source>
        <translation>post %1 i målet har ingen &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the target holds &quot;%1&quot; more than once (trimmed, without case): a sync would update one of them</source>
        <translation>målet indeholder &quot;%1&quot; mere end én gang (uden mellemrum i enderne, uden hensyn til store og små bogstaver): en synkronisering ville opdatere én af dem</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the target only; the sync leaves it alone</source>
        <translation>&quot;%1&quot; findes kun i målet; synkroniseringen lader posten være</translation>
    </message>
    <message>
        <source>the project has no data point &quot;%1&quot;</source>
        <translation>projektet har intet datapunkt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>add it to the project&apos;s &quot;dataPoints&quot;, or choose one the project has</source>
        <translation>tilføj det til projektets &quot;dataPoints&quot;, eller vælg et, som projektet har</translation>
    </message>
    <message>
        <source>the data point &quot;%1&quot; is switched off</source>
        <translation>datapunktet &quot;%1&quot; er slået fra</translation>
    </message>
    <message>
        <source>set its &quot;direction&quot; to %1 before running it</source>
        <translation>sæt dets &quot;direction&quot; til %1, før det køres</translation>
    </message>
    <message>
        <source>cancelled; the watermark stayed where it was, so the next run fetches the rest</source>
        <translation>annulleret; vandmærket blev, hvor det var, så den næste kørsel henter resten</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>there is no plan with this number</source>
        <translation>der er ingen plan med dette nummer</translation>
    </message>
    <message>
        <source>&quot;linkwright-cli plan FILE&quot; makes one and prints its number</source>
        <translation>&quot;linkwright-cli plan FILE&quot; laver en og viser dens nummer</translation>
    </message>
    <message>
        <source>the plan was applied already</source>
        <translation>planen er allerede anvendt</translation>
    </message>
    <message>
        <source>make a new plan: the data may have changed since</source>
        <translation>lav en ny plan: data kan have ændret sig siden</translation>
    </message>
    <message>
        <source>the plan was made for the direction %1, the project now says %2</source>
        <translation>planen blev lavet til retningen %1, projektet siger nu %2</translation>
    </message>
    <message>
        <source>make a new plan with the project as it is</source>
        <translation>lav en ny plan med projektet, som det er nu</translation>
    </message>
    <message>
        <source>the plan has no record &quot;%1&quot;</source>
        <translation>planen har ingen post &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;linkwright-cli plan&quot; lists the keys of a plan&apos;s records</source>
        <translation>&quot;linkwright-cli plan&quot; viser nøglerne til en plans poster</translation>
    </message>
    <message>
        <source>record &quot;%1&quot; was applied already</source>
        <translation>posten &quot;%1&quot; er allerede anvendt</translation>
    </message>
    <message>
        <source>Make a new plan to write it again: the data may have changed since.</source>
        <translation>Lav en ny plan for at skrive den igen: dataene kan have ændret sig siden.</translation>
    </message>
    <message>
        <source>record &quot;%1&quot; failed when it was applied</source>
        <translation>posten &quot;%1&quot; fejlede, da den blev anvendt</translation>
    </message>
    <message>
        <source>Its failure is in the log: &quot;linkwright-cli retry&quot; tries it again.</source>
        <translation>Dens fejl står i loggen: &quot;linkwright-cli retry&quot; forsøger igen.</translation>
    </message>
    <message>
        <source>record &quot;%1&quot; was skipped: a run since has moved it on</source>
        <translation>posten &quot;%1&quot; blev sprunget over: en kørsel har siden ført den videre</translation>
    </message>
    <message>
        <source>the ERP has &quot;%1&quot; and the shop &quot;%2&quot;: keys match only as written, so the sync would create each in the other system
  hint: write the key the same way in both systems</source>
        <translation>ERP-systemet har &quot;%1&quot; og shoppen &quot;%2&quot;: nøgler matcher kun, som de er skrevet, så synkroniseringen ville oprette hver i det andet system
  hint: skriv nøglen ens i begge systemer</translation>
    </message>
    <message>
        <source>the target has &quot;%2&quot;, not &quot;%1&quot;: keys match only as written, so the sync would create &quot;%1&quot; beside it
  hint: write the key the same way in both systems</source>
        <translation>målet har &quot;%2&quot;, ikke &quot;%1&quot;: nøgler matcher kun, som de er skrevet, så synkroniseringen ville oprette &quot;%1&quot; ved siden af
  hint: skriv nøglen ens i begge systemer</translation>
    </message>
    <message>
        <source>the source has &quot;%1&quot; more than once: a run writes the first and logs the others as failures</source>
        <translation>kilden har &quot;%1&quot; mere end én gang: en kørsel skriver den første og logger de andre som fejl</translation>
    </message>
    <message>
        <source>the source has &quot;%1&quot; and &quot;%2&quot;, which differ only in case or spaces: the sync writes two records, which a target that compares keys without case takes for one
  hint: write the key the same way in both records, or make them different keys</source>
        <translation>kilden har &quot;%1&quot; og &quot;%2&quot;, som kun adskiller sig i store/små bogstaver eller mellemrum: synkroniseringen skriver to poster, som et mål, der sammenligner nøgler uden store/små bogstaver, opfatter som én
  hint: skriv nøglen ens i begge poster, eller gør dem til forskellige nøgler</translation>
    </message>
    <message>
        <source>a two-way data point cannot resend its records: which system&apos;s version goes where is what its runs decide</source>
        <translation>et tovejs-datapunkt kan ikke gensende sine poster: hvilket systems version der går hvorhen, afgør dets kørsler</translation>
    </message>
    <message>
        <source>To give a system back records it lost, run this data point in one direction for once (set its direction), or edit the records in the other system.</source>
        <translation>For at give et system mistede poster tilbage, så kør dette datapunkt i én retning for en gangs skyld (sæt dets retning), eller ret posterne i det andet system.</translation>
    </message>
    <message>
        <source>Make a new plan with the project as it is: &quot;linkwright-cli plan FILE&quot;.</source>
        <translation>Lav en ny plan med projektet, som det er nu: &quot;linkwright-cli plan FIL&quot;.</translation>
    </message>
    <message>
        <source>the mappings, key field or conflict policies of %1 changed since the plan was made</source>
        <translation>tilknytningerne, nøglefeltet eller konfliktreglerne for %1 er ændret, siden planen blev lavet</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) of earlier runs are due: a run retries them before it reads, and this plan does not hold them
  hint: a run or a retry takes them; the failure log lists them</source>
        <translation>
            <numerusform>%n fejl fra tidligere kørsler er forfalden: en kørsel prøver den igen, før den læser, og denne plan indeholder den ikke
  tip: en kørsel eller et nyt forsøg tager den; fejlloggen viser den</numerusform>
            <numerusform>%n fejl fra tidligere kørsler er forfaldne: en kørsel prøver dem igen, før den læser, og denne plan indeholder dem ikke
  tip: en kørsel eller et nyt forsøg tager dem; fejlloggen viser dem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkwright::TrytonConnector</name>
    <message>
        <source>the Tryton endpoint names no database</source>
        <translation>Tryton-endpointet angiver ingen database</translation>
    </message>
    <message>
        <source>Set &quot;tryton&quot;: {&quot;database&quot;: &quot;NAME&quot;} in the endpoint.</source>
        <translation>Angiv &quot;tryton&quot;: {&quot;database&quot;: &quot;NAVN&quot;} i endpointet.</translation>
    </message>
    <message>
        <source>a Tryton endpoint needs a user and a password</source>
        <translation>et Tryton-endpoint kræver en bruger og en adgangskode</translation>
    </message>
    <message>
        <source>Write &quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;admin&quot;, &quot;password&quot;: {&quot;env&quot;: &quot;VARIABLE&quot;}}.</source>
        <translation>Skriv &quot;auth&quot;: {&quot;type&quot;: &quot;basic&quot;, &quot;username&quot;: &quot;admin&quot;, &quot;password&quot;: {&quot;env&quot;: &quot;VARIABEL&quot;}}.</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1</source>
        <translation>svaret er ikke gyldig JSON: %1</translation>
    </message>
    <message>
        <source>Retried automatically; check that the base URL leads to Tryton.</source>
        <translation>Prøves automatisk igen; kontrollér, at basis-URL&apos;en fører til Tryton.</translation>
    </message>
    <message>
        <source>Tryton refused the login of user &quot;%1&quot; to database &quot;%2&quot;</source>
        <translation>Tryton afviste login for brugeren &quot;%1&quot; til databasen &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Tryton did not open a session for user &quot;%1&quot;</source>
        <translation>Tryton åbnede ingen session for brugeren &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Check the user, the password in %1 and the database name &quot;%2&quot;.</source>
        <translation>Kontrollér brugeren, adgangskoden i %1 og databasenavnet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Tryton has no company %1 for this user: %2</source>
        <translation>Tryton har ingen virksomhed %1 for denne bruger: %2</translation>
    </message>
    <message>
        <source>Set &quot;tryton&quot;: {&quot;company&quot;: N} to the id of a company the user belongs to.</source>
        <translation>Sæt &quot;tryton&quot;: {&quot;company&quot;: N} til id&apos;et for en virksomhed, som brugeren hører til.</translation>
    </message>
    <message>
        <source>Check the user &quot;%1&quot;, the password in %2 and the database &quot;%3&quot;.</source>
        <translation>Kontrollér brugeren &quot;%1&quot;, adgangskoden i %2 og databasen &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Set the data point&apos;s direction so that Tryton is its source, or turn it off.</source>
        <translation>Indstil datapunktets retning, så Tryton er dets kilde, eller slå det fra.</translation>
    </message>
    <message>
        <source>no page was started</source>
        <translation>ingen side blev startet</translation>
    </message>
    <message>
        <source>the Tryton connector cannot write %1 yet</source>
        <translation>Tryton-konnektoren kan endnu ikke skrive %1</translation>
    </message>
    <message>
        <source>no write was started</source>
        <translation>ingen skrivning blev startet</translation>
    </message>
    <message>
        <source>the Tryton connector cannot delete %1 yet</source>
        <translation>Tryton-konnektoren kan endnu ikke slette %1</translation>
    </message>
    <message>
        <source>the Tryton connector cannot read %1 yet</source>
        <translation>Tryton-konnektoren kan endnu ikke læse %1</translation>
    </message>
    <message>
        <source>Tryton has none of the warehouses asked for</source>
        <translation>Tryton har ingen af de ønskede lagre</translation>
    </message>
    <message>
        <source>List stock.location ids of type warehouse in &quot;tryton&quot;: {&quot;warehouses&quot;: [...]}, or leave it out.</source>
        <translation>Angiv id&apos;er for stock.location af typen lager i &quot;tryton&quot;: {&quot;warehouses&quot;: [...]}, eller udelad det.</translation>
    </message>
    <message>
        <source>the record is not valid JSON: %1</source>
        <translation>posten er ikke gyldig JSON: %1</translation>
    </message>
    <message>
        <source>the Tryton module account_invoice is not activated in database &quot;%1&quot;, so Tryton has no invoices</source>
        <translation>Tryton-modulet account_invoice er ikke aktiveret i databasen &quot;%1&quot;, så Tryton har ingen fakturaer</translation>
    </message>
    <message>
        <source>Activate it (trytond-admin -c CONFIG -d %1 -u account_invoice --activate-dependencies), or turn the invoices data point off.</source>
        <translation>Aktivér det (trytond-admin -c CONFIG -d %1 -u account_invoice --activate-dependencies), eller slå datapunktet Fakturaer fra.</translation>
    </message>
    <message>
        <source>Tryton has no database &quot;%1&quot;</source>
        <translation>Tryton har ingen database &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s Tryton database name; Tryton&apos;s database names are case-sensitive.</source>
        <translation>Kontrollér endpointets Tryton-databasenavn; Trytons databasenavne skelner mellem store og små bogstaver.</translation>
    </message>
    <message>
        <source>Tryton refuses logins of user &quot;%1&quot; for now, after too many failed attempts</source>
        <translation>Tryton afviser indtil videre login for brugeren &quot;%1&quot; efter for mange mislykkede forsøg</translation>
    </message>
    <message>
        <source>Wait until the failed attempts are older than Tryton&apos;s session timeout (10 minutes unless its configuration says otherwise), check the password in %1, then try again.</source>
        <translation>Vent, til de mislykkede forsøg er ældre end Trytons sessionstimeout (10 minutter, medmindre konfigurationen angiver andet), kontrollér adgangskoden i %1, og prøv så igen.</translation>
    </message>
    <message>
        <source>Enter the name of the Tryton database.</source>
        <translation>Angiv navnet på Tryton-databasen.</translation>
    </message>
    <message>
        <source>the server answers (HTTP %1), but not as Tryton&apos;s JSON-RPC does</source>
        <translation>serveren svarer (HTTP %1), men ikke sådan som Trytons JSON-RPC gør</translation>
    </message>
    <message>
        <source>Set the base URL to the Tryton server itself, e.g. http://erp.example.com:8000/, without the database name.</source>
        <translation>Sæt basis-URL&apos;en til selve Tryton-serveren, f.eks. http://erp.example.com:8000/, uden databasenavnet.</translation>
    </message>
    <message>
        <source>Tryton has no company with id %1 for user &quot;%2&quot;</source>
        <translation>Tryton har ingen virksomhed med id %1 for brugeren &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Set the company id to that of a company the user belongs to (Tryton: User ▸ Companies).</source>
        <translation>Sæt virksomheds-id&apos;et til id&apos;et for en virksomhed, som brugeren hører til (Tryton: Bruger ▸ Virksomheder).</translation>
    </message>
    <message>
        <source>the password in %1 contains a line break; no login was tried with it</source>
        <translation>adgangskoden i %1 indeholder et linjeskift; der blev ikke forsøgt login med den</translation>
    </message>
    <message>
        <source>Remove the line break from the password (a file with Windows line endings leaves a &quot;\r&quot; at the end of each line).</source>
        <translation>Fjern linjeskiftet fra adgangskoden (en fil med Windows-linjeskift efterlader et &quot;\r&quot; i slutningen af hver linje).</translation>
    </message>
</context>
<context>
    <name>Linkwright::TrytonPartyWriter</name>
    <message>
        <source>the customer has no customerNumber, which becomes the party&apos;s code</source>
        <translation>kunden har ingen customerNumber, som bliver partens kode</translation>
    </message>
    <message>
        <source>Tryton has no country with the code &quot;%1&quot; (%2): import the countries into Tryton (trytond_import_countries) or create that one, then retry the failure</source>
        <translation>Tryton har intet land med koden &quot;%1&quot; (%2): importér landene i Tryton (trytond_import_countries), eller opret netop det, og prøv derefter fejlen igen</translation>
    </message>
    <message>
        <source>the new customer &quot;%1&quot; has no name, which Tryton requires</source>
        <translation>den nye kunde &quot;%1&quot; har intet navn, hvilket Tryton kræver</translation>
    </message>
    <message>
        <source>Tryton did not say which party it created</source>
        <translation>Tryton oplyste ikke, hvilken part den oprettede</translation>
    </message>
</context>
<context>
    <name>Linkwright::TrytonRpc</name>
    <message>
        <source>Tryton refused the change: %1</source>
        <translation>Tryton afviste ændringen: %1</translation>
    </message>
    <message>
        <source>Correct the record in Tryton or in the source, then retry the failure.</source>
        <translation>Ret posten i Tryton eller i kilden, og prøv så fejlen igen.</translation>
    </message>
    <message>
        <source>Tryton saw a concurrent change: %1</source>
        <translation>Tryton registrerede en samtidig ændring: %1</translation>
    </message>
    <message>
        <source>Retried automatically.</source>
        <translation>Prøves automatisk igen.</translation>
    </message>
    <message>
        <source>Tryton reported an error: %1</source>
        <translation>Tryton meldte en fejl: %1</translation>
    </message>
    <message>
        <source>The Tryton server&apos;s log has the details; check that the modules the connector needs are activated.</source>
        <translation>Tryton-serverens log har detaljerne; kontrollér, at de moduler, konnektoren kræver, er aktiveret.</translation>
    </message>
    <message>
        <source>the answer is not a JSON-RPC answer (no &quot;result&quot;)</source>
        <translation>svaret er ikke et JSON-RPC-svar (intet &quot;result&quot;)</translation>
    </message>
    <message>
        <source>Check that the base URL leads to a Tryton server.</source>
        <translation>Kontrollér, at basis-URL&apos;en fører til en Tryton-server.</translation>
    </message>
</context>
<context>
    <name>Linkwright::TrytonSaleWriter</name>
    <message>
        <source>the order has no orderNumber, which becomes the sale&apos;s reference</source>
        <translation>ordren har intet orderNumber, som bliver salgets reference</translation>
    </message>
    <message>
        <source>Tryton has no product with the code &quot;%1&quot; (line %2)</source>
        <translation>Tryton har intet produkt med koden &quot;%1&quot; (linje %2)</translation>
    </message>
    <message>
        <source>the order has no lines</source>
        <translation>ordren har ingen linjer</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Forsendelse</translation>
    </message>
    <message>
        <source>Shipping: %1</source>
        <translation>Forsendelse: %1</translation>
    </message>
    <message>
        <source>Tryton did not say which sale it created</source>
        <translation>Tryton oplyste ikke, hvilket salg det oprettede</translation>
    </message>
    <message>
        <source>Tryton has no unit &quot;u&quot; for the shipping line</source>
        <translation>Tryton har ingen enhed &quot;u&quot; til forsendelseslinjen</translation>
    </message>
</context>
<context>
    <name>Linkwright::TrytonSettingsEditor</name>
    <message>
        <source>database name, e.g. shop</source>
        <translation>databasenavn, f.eks. shop</translation>
    </message>
    <message>
        <source>The Tryton database the connector logs in to.</source>
        <translation>Den Tryton-database, som konnektoren logger ind i.</translation>
    </message>
    <message>
        <source>The id of the Tryton company every call runs for (company.company).</source>
        <translation>Id&apos;et for den Tryton-virksomhed, som hvert kald udføres for (company.company).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a warehouse id. Write the numeric ids of Tryton warehouses separated by commas, e.g. 4, 7, or leave the field empty for all of them.</source>
        <translation>&quot;%1&quot; er ikke et lager-id. Skriv de numeriske id&apos;er for Tryton-lagre adskilt af kommaer, f.eks. 4, 7, eller lad feltet stå tomt for dem alle.</translation>
    </message>
    <message>
        <source>The project keeps the last valid list until this is fixed.</source>
        <translation>Projektet beholder den sidste gyldige liste, indtil dette er rettet.</translation>
    </message>
    <message>
        <source>all warehouses</source>
        <translation>alle lagre</translation>
    </message>
    <message>
        <source>The ids of the Tryton warehouses whose stock the stock data point reads, separated by commas (stock locations of type warehouse). Empty reads every warehouse. Test Connection lists the server&apos;s warehouses with their ids.</source>
        <translation>Id&apos;erne for de Tryton-lagre, hvis beholdning datapunktet Lagerbeholdning læser, adskilt af kommaer (lagerlokationer af typen lager). Står feltet tomt, læses alle lagre. Test forbindelse viser serverens lagre med deres id&apos;er.</translation>
    </message>
    <message>
        <source>Compan&amp;y id:</source>
        <translation>Virkso&amp;mheds-id:</translation>
    </message>
</context>
<context>
    <name>Linkwright::TwoWaySync</name>
    <message>
        <source>the record is not a JSON object</source>
        <translation>posten er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>the record has no natural key: &quot;%1&quot; is missing or empty
  hint: every record of a two-way data point needs its key on both sides</source>
        <translation>posten har ingen naturlig nøgle: &quot;%1&quot; mangler eller er tom
  hint: hver post i et tovejsdatapunkt skal have sin nøgle på begge sider</translation>
    </message>
    <message>
        <source>the stored record cannot be read again: %1</source>
        <translation>den gemte post kan ikke læses igen: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 in the ERP and %3 in the shop</source>
        <translation>&quot;%1&quot; er %2 i ERP&apos;et og %3 i shoppen</translation>
    </message>
    <message>
        <source>both sides changed it alike; applying the plan records the agreed values</source>
        <translation>begge sider har ændret den ens; når planen anvendes, gemmes de aftalte værdier</translation>
    </message>
    <message>
        <source>the same on both sides; applying the plan links the two records</source>
        <translation>ens på begge sider; når planen anvendes, forbindes de to poster</translation>
    </message>
    <message>
        <source>the ERP</source>
        <translation>ERP-systemet</translation>
    </message>
    <message>
        <source>the shop</source>
        <translation>shoppen</translation>
    </message>
    <message>
        <source>could not check whether %1 changed the plan&apos;s records since it was made: %2</source>
        <translation>kunne ikke kontrollere, om %1 har ændret planens poster, siden den blev lavet: %2</translation>
    </message>
    <message>
        <source>Nothing was written. Apply the plan again when %1 answers.</source>
        <translation>Intet blev skrevet. Anvend planen igen, når %1 svarer.</translation>
    </message>
    <message>
        <source>cancelled while checking the plan&apos;s records; nothing was written</source>
        <translation>annulleret under kontrollen af planens poster; intet blev skrevet</translation>
    </message>
    <message>
        <source>%1 changed the record after the plan was made; applying the plan would have overwritten that change, so it was left out
  hint: run the data point: it decides with both systems&apos; records as they are now, by the conflict policy</source>
        <translation>%1 ændrede posten, efter planen blev lavet; planen ville have overskrevet ændringen, så den blev udeladt
  hint: kør datapunktet: det afgør med begge systemers poster, som de er nu, efter konfliktpolitikken</translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>both sides changed the record since the last sync and the policy sends it to review: %1
  hint: correct the field on the side that is wrong (the next run carries the side a person changed to the other), or set a conflict policy for these fields</source>
        <translation>begge sider har ændret posten siden den seneste synkronisering, og konfliktreglen sender den til gennemsyn: %1
  hint: ret feltet på den side, hvor det er forkert (den næste kørsel overfører den side, en person har ændret, til den anden), eller angiv en konfliktregel for disse felter</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; was last synced from another ERP record (id %2); this record (id %3) has it now, so it was not written over that record&apos;s copy in the shop
  hint: if record %2 was deleted in the ERP or its key changed, run with --full: it reads every record and gives the key to this one; if both records exist, make the key unique in the ERP</source>
        <translation>nøglen &quot;%1&quot; blev sidst synkroniseret fra en anden ERP-post (id %2); denne post (id %3) har den nu, så den blev ikke skrevet over den posts kopi i shoppen
  hint: hvis post %2 blev slettet i ERP&apos;et eller fik en anden nøgle, så kør med --full: den læser alle poster og giver nøglen til denne; hvis begge poster findes, så gør nøglen entydig i ERP&apos;et</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; was last synced from another shop record (id %2); this record (id %3) has it now, so it was not written over that record&apos;s copy in the ERP
  hint: if record %2 was deleted in the shop or its key changed, run with --full: it reads every record and gives the key to this one; if both records exist, make the key unique in the shop</source>
        <translation>nøglen &quot;%1&quot; blev sidst synkroniseret fra en anden shop-post (id %2); denne post (id %3) har den nu, så den blev ikke skrevet over den posts kopi i ERP&apos;et
  hint: hvis post %2 blev slettet i shoppen eller fik en anden nøgle, så kør med --full: den læser alle poster og giver nøglen til denne; hvis begge poster findes, så gør nøglen entydig i shoppen</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; came twice in one run; only the first record was synced
  hint: make the key unique in %2: the run that next reads this record under its own key settles this failure</source>
        <translation>nøglen &quot;%1&quot; forekom to gange i én kørsel; kun den første post blev synkroniseret
  hint: gør nøglen entydig i %2: den næste kørsel, der læser denne post under dens egen nøgle, afslutter denne fejl</translation>
    </message>
    <message>
        <source>the shop&apos;s &quot;%1&quot; cannot go to the ERP&apos;s &quot;%2&quot;: %3
  hint: %4</source>
        <translation>shoppens &quot;%1&quot; kan ikke gå til ERP&apos;ets &quot;%2&quot;: %3
  hint: %4</translation>
    </message>
    <message>
        <source>both systems have the record, with different values, and no sync has agreed on them yet; the policy sends it to review: %1
  hint: correct the field on the side that is wrong (the next run carries the side a person changed to the other), or set a conflict policy for these fields</source>
        <translation>begge systemer har posten med forskellige værdier, og ingen synkronisering har endnu afstemt dem; konfliktreglen sender den til gennemsyn: %1
  hint: ret feltet på den side, hvor det er forkert (næste kørsel overfører den side, en person har ændret, til den anden), eller sæt en konfliktregel for disse felter</translation>
    </message>
    <message>
        <source>the conflict policy for &quot;%1&quot; never applied: the records have no such field; did you mean &quot;%2&quot;? (dataPoints.%3.conflict.fields)</source>
        <translation>konfliktreglen for &quot;%1&quot; blev aldrig anvendt: posterne har ikke et sådant felt; mente du &quot;%2&quot;? (dataPoints.%3.conflict.fields)</translation>
    </message>
    <message>
        <source>%1 (edited in the ERP, the shop owns it)</source>
        <translation>%1 (ændret i ERP, tilhører shoppen)</translation>
    </message>
    <message>
        <source>%1 (edited in the shop, the ERP owns it)</source>
        <translation>%1 (ændret i shoppen, tilhører ERP)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) differ in a field the other system owns, so the edit stays where it was made: %1
  hint: make the change in the system that owns the field, or give the field another conflict policy</source>
        <translation>
            <numerusform>%n post afviger i et felt, som det andet system ejer, så ændringen bliver, hvor den blev lavet: %1
  tip: foretag ændringen i det system, der ejer feltet, eller giv feltet en anden konfliktregel</numerusform>
            <numerusform>%n poster afviger i et felt, som det andet system ejer, så ændringen bliver, hvor den blev lavet: %1
  tip: foretag ændringen i det system, der ejer feltet, eller giv feltet en anden konfliktregel</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ikke til stede</translation>
    </message>
</context>
<context>
    <name>Linkwright::UnreadableRecord</name>
    <message>
        <source>the record cannot be read: %1
  hint: correct the record in the source system; the other records of its page were synced</source>
        <translation>posten kan ikke læses: %1
  hint: ret posten i kildesystemet; de øvrige poster på dens side blev synkroniseret</translation>
    </message>
    <message>
        <source>the record cannot be read: %1
  hint: correct the record in the source system; the other records of its page were read</source>
        <translation>posten kan ikke læses: %1
  hint: ret posten i kildesystemet; de øvrige poster på dens side blev læst</translation>
    </message>
    <message>
        <source>the record cannot be read: %1
  hint: correct the record in the target system; the other records of its page were read</source>
        <translation>posten kan ikke læses: %1
  hint: ret posten i målsystemet; de øvrige poster på dens side blev læst</translation>
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
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tal</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en tekststreng</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot be created</source>
        <translation>kan ikke oprettes</translation>
    </message>
    <message>
        <source>Check the permissions of your home folder.</source>
        <translation>Kontrollér rettighederne til din hjemmemappe.</translation>
    </message>
    <message>
        <source>Linkwright: a console for connecting a webshop to an ERP.</source>
        <translation>Linkwright: en konsol til at forbinde en webshop med et ERP.</translation>
    </message>
    <message>
        <source>Open the demo project (wired to linkwright-sim).</source>
        <translation>Åbn demoprojektet (forbundet til linkwright-sim).</translation>
    </message>
    <message>
        <source>A project file to open.</source>
        <translation>En projektfil, der skal åbnes.</translation>
    </message>
    <message>
        <source>Could not open the demo</source>
        <translation>Demoen kunne ikke åbnes</translation>
    </message>
    <message>
        <source>The demo project could not be written.</source>
        <translation>Demoprojektet kunne ikke skrives.</translation>
    </message>
</context>
</TS>
