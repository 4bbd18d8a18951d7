<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
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
            <source>Usage: linkwright-cli COMMAND [OPTIONS]

Commands:
  validate FILE       check a project file; exit 0 when valid, 1 on errors
  init [FILE]         write a demo project for linkwright-sim (default demo.linkwright.json)

Options:
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 done, 1 could not run or invalid input, 2 usage error, 3 finished with failures.
</source>
            <translation>Brug: linkwright-cli KOMMANDO [TILVALG]

Kommandoer:
  validate FIL        kontrollér en projektfil; afslutter med 0 når den er gyldig, 1 ved fejl
  init [FIL]          skriv et demoprojekt til linkwright-sim (standard demo.linkwright.json)

Tilvalg:
  -h, --help          vis denne hjælp
  -v, --version       vis versionen

Afslutningskoder: 0 færdig, 1 kunne ikke køre eller ugyldigt input, 2 brugsfejl, 3 afsluttet med fejl i fejlloggen.
</translation>
        </message>
        <message>
            <source>linkwright-cli: no command given</source>
            <translation>linkwright-cli: intet kommando angivet</translation>
        </message>
        <message>
            <source>linkwright-cli: unknown command "%1"</source>
            <translation>linkwright-cli: ukendt kommando "%1"</translation>
        </message>
        <message>
            <source>The project file to check.</source>
            <translation>Projektfilen, der skal kontrolleres.</translation>
        </message>
        <message>
            <source>Print errors only, no warnings or summary.</source>
            <translation>Vis kun fejl, ingen advarsler eller opsummering.</translation>
        </message>
        <message>
            <source>validate: expected exactly one project file</source>
            <translation>validate: forventede præcis én projektfil</translation>
        </message>
        <message>
            <source>Usage: linkwright-cli validate [--quiet] FILE</source>
            <translation>Brug: linkwright-cli validate [--quiet] FIL</translation>
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
            <source>Where to write the project.</source>
            <translation>Hvor projektet skal skrives.</translation>
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
            <source>init: expected at most one file</source>
            <translation>init: forventede højst én fil</translation>
        </message>
        <message>
            <source>Usage: linkwright-cli init [--port N] [--force] [FILE]</source>
            <translation>Brug: linkwright-cli init [--port N] [--force] [FIL]</translation>
        </message>
        <message>
            <source>init: --port must be a number from 1 to 65535, not "%1"</source>
            <translation>init: --port skal være et tal fra 1 til 65535, ikke "%1"</translation>
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
            <source>Wrote %1. Start the simulator with "linkwright-sim --port %2", then open the project.</source>
            <translation>Skrev %1. Start simulatoren med "linkwright-sim --port %2", og åbn derefter projektet.</translation>
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
            <translation>ERP'et er master for produktdata; shoppen beriger dem kun (billeder, SEO)</translation>
        </message>
        <message>
            <source>Prices</source>
            <translation>Priser</translation>
        </message>
        <message>
            <source>prices, contracts and quantity breaks are kept in the ERP</source>
            <translation>priser, aftaler og mængderabatter vedligeholdes i ERP'et</translation>
        </message>
        <message>
            <source>Stock levels</source>
            <translation>Lagerbeholdning</translation>
        </message>
        <message>
            <source>the shop sends orders, not stock; the ERP stays the stock master</source>
            <translation>shoppen sender ordrer, ikke lager; ERP'et forbliver master for lageret</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Kunder</translation>
        </message>
        <message>
            <source>customers register in the shop and are maintained in the ERP, so both sides change them</source>
            <translation>kunder registrerer sig i shoppen og vedligeholdes i ERP'et, så begge sider ændrer dem</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Ordrer</translation>
        </message>
        <message>
            <source>online orders are placed in the shop and fulfilled by the ERP</source>
            <translation>onlineordrer afgives i shoppen og ekspederes af ERP'et</translation>
        </message>
        <message>
            <source>Order updates</source>
            <translation>Ordreopdateringer</translation>
        </message>
        <message>
            <source>the ERP reports status, shipping and tracking; the shop reports cancellations and edits</source>
            <translation>ERP'et melder status, forsendelse og sporing; shoppen melder annulleringer og rettelser</translation>
        </message>
        <message>
            <source>Offline orders and invoices</source>
            <translation>Offlineordrer og fakturaer</translation>
        </message>
        <message>
            <source>invoices and offline orders exist only in the ERP; the shop shows them as history</source>
            <translation>fakturaer og offlineordrer findes kun i ERP'et; shoppen viser dem som historik</translation>
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
            <source>Did you mean "%1"?</source>
            <translation>Mente du "%1"?</translation>
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
            <source>"%1" is not one of %2</source>
            <translation>"%1" er ikke en af %2</translation>
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
            <source>Create a project with File &gt; New or "linkwright-cli init".</source>
            <translation>Opret et projekt med Filer &gt; Nyt eller "linkwright-cli init".</translation>
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
            <source>Start the file with { "formatVersion": %1, ... }.</source>
            <translation>Begynd filen med { "formatVersion": %1, ... }.</translation>
        </message>
        <message>
            <source>Add "formatVersion": %1 at the top level.</source>
            <translation>Tilføj "formatVersion": %1 på øverste niveau.</translation>
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
            <source>Check the path, or create a project with "linkwright-cli init %1".</source>
            <translation>Kontrollér stien, eller opret et projekt med "linkwright-cli init %1".</translation>
        </message>
        <message>
            <source>cannot be read: %1</source>
            <translation>kan ikke læses: %1</translation>
        </message>
        <message>
            <source>Check the file's permissions.</source>
            <translation>Kontrollér filens rettigheder.</translation>
        </message>
        <message>
            <source>cannot be written: %1</source>
            <translation>kan ikke skrives: %1</translation>
        </message>
        <message>
            <source>Choose a folder you can write to; the project in memory is unchanged.</source>
            <translation>Vælg en mappe, du kan skrive i; projektet i hukommelsen er uændret.</translation>
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
            <source>A project connects one ERP and one shop; add "%1": {"baseUrl": "https://..."}.</source>
            <translation>Et projekt forbinder ét ERP og én shop; tilføj "%1": {"baseUrl": "https://..."}.</translation>
        </message>
        <message>
            <source>"%1" is not an http or https URL</source>
            <translation>"%1" er ikke en http- eller https-URL</translation>
        </message>
        <message>
            <source>Write it as https://host[:port]/path, for example https://erp.example.com/api/.</source>
            <translation>Skriv den som https://vært[:port]/sti, for eksempel https://erp.example.com/api/.</translation>
        </message>
        <message>
            <source>Refer to the secret instead: {"env": "VARIABLE"} or {"keychain": "name"}.</source>
            <translation>Henvis i stedet til hemmeligheden: {"env": "VARIABEL"} eller {"keychain": "navn"}.</translation>
        </message>
        <message>
            <source>is required for %1 authentication</source>
            <translation>er påkrævet til %1-godkendelse</translation>
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
            <source>needs exactly one of "env" or "keychain"</source>
            <translation>kræver præcis én af "env" eller "keychain"</translation>
        </message>
        <message>
            <source>"%1" is not an environment variable name</source>
            <translation>"%1" er ikke navnet på en miljøvariabel</translation>
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
            <source>Name the keychain entry, for example "linkwright/erp".</source>
            <translation>Angiv nøgleringsposten, for eksempel "linkwright/erp".</translation>
        </message>
        <message>
            <source>Name the field that identifies a record on both sides, such as "%1".</source>
            <translation>Angiv feltet, der identificerer en post på begge sider, f.eks. "%1".</translation>
        </message>
        <message>
            <source>has both "every" and "cron"</source>
            <translation>har både "every" og "cron"</translation>
        </message>
        <message>
            <source>Keep one of them.</source>
            <translation>Behold én af dem.</translation>
        </message>
        <message>
            <source>"%1" is not an interval</source>
            <translation>"%1" er ikke et interval</translation>
        </message>
        <message>
            <source>Write a number and a unit: 30s, 15m, 2h or 1d.</source>
            <translation>Skriv et tal og en enhed: 30s, 15m, 2h eller 1d.</translation>
        </message>
        <message>
            <source>Five fields: minute hour day-of-month month day-of-week, e.g. "0 2 * * *" for 02:00 every day.</source>
            <translation>Fem felter: minut time dag-i-måned måned ugedag, f.eks. "0 2 * * *" for kl. 02:00 hver dag.</translation>
        </message>
        <message>
            <source>a two-way data point needs a conflict policy</source>
            <translation>et tovejsdatapunkt kræver en konfliktregel</translation>
        </message>
        <message>
            <source>Add "conflict": {"default": "newest-wins"}; policies: %1.</source>
            <translation>Tilføj "conflict": {"default": "newest-wins"}; regler: %1.</translation>
        </message>
        <message>
            <source>"%1" is already mapped by %2</source>
            <translation>"%1" er allerede tilknyttet af %2</translation>
        </message>
        <message>
            <source>Map each target field once; combine sources with a "concat" transform.</source>
            <translation>Tilknyt hvert målfelt én gang; kombinér kilder med en "concat"-transformation.</translation>
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
            <source>is required unless a "constant" transform gives the value</source>
            <translation>er påkrævet, medmindre en "constant"-transformation giver værdien</translation>
        </message>
        <message>
            <source>Name the source field, for example "source": "title".</source>
            <translation>Angiv kildefeltet, for eksempel "source": "title".</translation>
        </message>
        <message>
            <source>names %1 fields but no transform combines them</source>
            <translation>nævner %1 felter, men ingen transformation kombinerer dem</translation>
        </message>
        <message>
            <source>Add a "concat" transform, or map a single field.</source>
            <translation>Tilføj en "concat"-transformation, eller tilknyt et enkelt felt.</translation>
        </message>
        <message>
            <source>is required by "%1"</source>
            <translation>kræves af "%1"</translation>
        </message>
    </context>
    <context>
        <name>Linkwright::Schedules</name>
        <message>
            <source>%1 step "%2" is not a positive number</source>
            <translation>%1-trin "%2" er ikke et positivt tal</translation>
        </message>
        <message>
            <source>%1 "%2" is not a number</source>
            <translation>%1 "%2" er ikke et tal</translation>
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
            <source>"%1" is not one of %2</source>
            <translation>"%1" er ikke en af %2</translation>
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
</TS>
