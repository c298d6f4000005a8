<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../ui/about.py" line="19"/>
        <source>About ExportRisk</source>
        <translation>Informazioni su ExportRisk</translation>
    </message>
    <message>
        <location filename="../../../ui/about.py" line="20"/>
        <source>unknown</source>
        <translation>sconosciuta</translation>
    </message>
    <message>
        <location filename="../../../ui/about.py" line="23"/>
        <source>Measures the exchange-rate, buyer and country risk of an export deal and prices the ways to cover it.</source>
        <translation>Misura il rischio di cambio, del compratore e del paese di un&apos;operazione di esportazione e prezza i modi per coprirlo.</translation>
    </message>
    <message>
        <location filename="../../../ui/about.py" line="25"/>
        <source>Data shipped with this version</source>
        <translation>Dati forniti con questa versione</translation>
    </message>
    <message>
        <location filename="../../../ui/about.py" line="26"/>
        <source>ECB reference rates up to %1</source>
        <translation>Cambi di riferimento BCE fino al %1</translation>
    </message>
    <message>
        <location filename="../../../ui/about.py" line="27"/>
        <source>OECD country risk classification of %1</source>
        <translation>Classificazione OCSE del rischio paese del %1</translation>
    </message>
    <message>
        <location filename="../../../ui/about.py" line="28"/>
        <source>State tariffs: short-term %1, OECD minimum premium %2, UKEF %3</source>
        <translation>Tariffe pubbliche: breve termine %1, premio minimo OCSE %2, UKEF %3</translation>
    </message>
    <message>
        <location filename="../../../ui/about.py" line="31"/>
        <source>Free software under the MIT License.</source>
        <translation>Software libero con licenza MIT.</translation>
    </message>
    <message>
        <location filename="../../../ui/about.py" line="44"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../../ui/about.py" line="45"/>
        <source>&amp;About ExportRisk…</source>
        <translation>&amp;Informazioni su ExportRisk…</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <location filename="../../../ui/consortium_models.py" line="273"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="283"/>
        <source>alone %1, pooled %2, saving %3</source>
        <translation>individuale %1, consortile %2, risparmio %3</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="289"/>
        <source> (volume discount %1, an assumption)</source>
        <translation> (sconto di volume %1, un&apos;ipotesi)</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="291"/>
        <source>size %1 (%2 of exposure), exhausted with probability %3, expected loss beyond it %4; rate for at most %5 exhaustion: %6</source>
        <translation>dotazione %1 (%2 dell&apos;esposizione), esaurito con probabilità %3, perdita attesa oltre la capienza %4; aliquota per una probabilità di esaurimento non superiore a %5: %6</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="298"/>
        <source>%1 (members alone: %2)</source>
        <translation>%1 (aderenti singolarmente: %2)</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="326"/>
        <source>Member</source>
        <translation>Aderente</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="326"/>
        <source>Receivables</source>
        <translation>Crediti</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="326"/>
        <source>Exposure</source>
        <translation>Esposizione</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="326"/>
        <source>Cheapest alone</source>
        <translation>Indiv. più economica</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="327"/>
        <source>Same cover alone</source>
        <translation>Stessa cop. indiv.</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="327"/>
        <source>Pooled cost</source>
        <translation>Costo consortile</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="327"/>
        <source>Saving vs cheapest</source>
        <translation>Risp. vs più econ.</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="328"/>
        <source>Pooling saving</source>
        <translation>Risp. messa in comune</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="328"/>
        <source>Risk contribution (ES 99 %)</source>
        <translation>Contributo al rischio (ES 99 %)</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py"/>
        <source>Better off alone</source>
        <translation>Meglio da solo</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py"/>
        <source>Saves</source>
        <translation>Risparmia</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py"/>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py"/>
        <source>Each member keeps its cheapest cover alone</source>
        <translation>Ogni aderente tiene la propria copertura più economica</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py"/>
        <source>FX netting only</source>
        <translation>Solo compensazione valutaria</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py"/>
        <source>FX netting + group credit policy</source>
        <translation>Compensazione valutaria + polizza di gruppo</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py"/>
        <source>FX netting + group credit policy + guarantee fund</source>
        <translation>Compensazione valutaria + polizza di gruppo + fondo di garanzia</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py"/>
        <source>%1. %2: %3 (%4 of %5 members save)</source>
        <translation>%1. %2: %3 (%4 aderenti su %5 risparmiano)</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py"/>
        <source>%1 per member, %2 in total: paid in every package, not part of any saving</source>
        <translation>%1 per aderente, %2 in totale: pagate in ogni pacchetto, non fanno parte di alcun risparmio</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py"/>
        <source>members alone under the same cover: %1; the pool&apos;s tail is %2 less</source>
        <translation>aderenti singolarmente con la stessa copertura: %1; la coda del consorzio è inferiore di %2</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../../ui/charts.py" line="46"/>
        <source>Charts appear here once a deal is priced.</source>
        <translation>I grafici compaiono qui dopo la valutazione dell&apos;operazione.</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="64"/>
        <source>All available options</source>
        <translation>Tutte le opzioni disponibili</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="129"/>
        <source>Exchange rate</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="134"/>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="143"/>
        <source>Retained loss</source>
        <translation>Perdita trattenuta</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="144"/>
        <source>Cost vs risk</source>
        <translation>Costo e rischio</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="185"/>
        <source>The invoice is in the home currency (%1): there is no exchange-rate risk to chart.</source>
        <translation>La fattura è nella valuta nazionale (%1): non c&apos;è rischio di cambio da rappresentare.</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="186"/>
        <source>No exchange-rate series in this result.</source>
        <translation>Nessuna serie storica dei cambi in questo risultato.</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="196"/>
        <source>%1 per %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="201"/>
        <source>90 % range until payment</source>
        <translation>intervallo al 90 % fino al pagamento</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="205"/>
        <source>Exchange rate and its 90 % range until payment</source>
        <translation>Cambio e intervallo al 90 % fino al pagamento</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="206"/>
        <source>%1 per 1 %2</source>
        <translation>%1 per 1 %2</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="222"/>
        <source>%1 (recommended)</source>
        <translation>%1 (consigliata)</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="230"/>
        <source>Retained loss at each probability level</source>
        <translation>Perdita trattenuta a ogni livello di probabilità</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="231"/>
        <source>Probability that the loss is at most this</source>
        <translation>Probabilità che la perdita non superi questo valore</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="232"/>
        <source>Retained loss (%1)</source>
        <translation>Perdita trattenuta (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="251"/>
        <source>Cost of cover versus retained risk</source>
        <translation>Costo della copertura a confronto con il rischio trattenuto</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="252"/>
        <source>Cost (%1)</source>
        <translation>Costo (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/charts.py" line="253"/>
        <source>99 % expected shortfall (%1)</source>
        <translation>ES al 99 % (%1)</translation>
    </message>
</context>
<context>
    <name>ConsortiumView</name>
    <message>
        <location filename="../../../ui/consortium_view.py" line="137"/>
        <source>Consortium</source>
        <translation>Consorzio</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="148"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="149"/>
        <source>Home currency</source>
        <translation>Valuta nazionale</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="150"/>
        <source>Membership fee (per member)</source>
        <translation>Quota associativa (per aderente)</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="151"/>
        <source>Valuation date</source>
        <translation>Data di valutazione</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="169"/>
        <source>Add member</source>
        <translation>Aggiungi aderente</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="169"/>
        <source>Remove member</source>
        <translation>Rimuovi aderente</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="170"/>
        <source>Add row</source>
        <translation>Aggiungi riga</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="170"/>
        <source>Remove row</source>
        <translation>Rimuovi riga</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="188"/>
        <source>Open pool…</source>
        <translation>Apri consorzio…</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="189"/>
        <source>Open pool</source>
        <translation>Apri consorzio</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="189"/>
        <source>Pool files (*.toml *.json *.pdf)</source>
        <translation>File del consorzio (*.toml *.json *.pdf)</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="190"/>
        <source>Import CSV…</source>
        <translation>Importa CSV…</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="191"/>
        <source>Import receivables</source>
        <translation>Importa crediti</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="191"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="192"/>
        <source>Save pool…</source>
        <translation>Salva consorzio…</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="193"/>
        <source>Save pool</source>
        <translation>Salva consorzio</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="193"/>
        <source>JSON pool files (*.json)</source>
        <translation>File JSON del consorzio (*.json)</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="195"/>
        <source>Scenarios</source>
        <translation>Scenari</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="201"/>
        <source>Analyse</source>
        <translation>Analizza</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="202"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="216"/>
        <source>Pooled versus alone</source>
        <translation>Consortile a confronto con individuale</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="220"/>
        <source>Pooled cost</source>
        <translation>Costo consortile</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="220"/>
        <source>Same cover alone</source>
        <translation>Stessa copertura, individuale</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="221"/>
        <source>Cheapest cover alone</source>
        <translation>Copertura individuale più economica</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="222"/>
        <source>Saving vs same cover alone</source>
        <translation>Risparmio rispetto alla stessa copertura individuale</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="223"/>
        <source>Saving vs cheapest alone</source>
        <translation>Risparmio rispetto alla copertura individuale più economica</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="223"/>
        <source>FX netting</source>
        <translation>Compensazione valutaria</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="224"/>
        <source>Group credit policy</source>
        <translation>Polizza credito di gruppo</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="224"/>
        <source>Guarantee fund</source>
        <translation>Fondo di garanzia</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="225"/>
        <source>Pool ES 99 %</source>
        <translation>ES 99 % del consorzio</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="238"/>
        <source>The inputs changed since this analysis; analyse again.</source>
        <translation>I dati sono cambiati dopo questa analisi; ripetere l&apos;analisi.</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="243"/>
        <source>One page per member</source>
        <translation>Una pagina per aderente</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="245"/>
        <source>Export report…</source>
        <translation>Esporta rapporto…</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="246"/>
        <source>Export report</source>
        <translation>Esporta rapporto</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="246"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="308"/>
        <source>Cannot save the pool to %1: %2; choose another file.</source>
        <translation>Impossibile salvare il consorzio in %1: %2; scegliere un altro file.</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py" line="347"/>
        <source>Analyse the pool before exporting its report.</source>
        <translation>Analizzare il consorzio prima di esportarne il rapporto.</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py"/>
        <source>Packages</source>
        <translation>Pacchetti</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py"/>
        <source>Membership fees</source>
        <translation>Quote associative</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_view.py"/>
        <source>Diversification</source>
        <translation>Diversificazione</translation>
    </message>
</context>
<context>
    <name>DealFiles</name>
    <message>
        <location filename="../../../ui/deal_files.py" line="34"/>
        <source>Untitled deal</source>
        <translation>Operazione senza titolo</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_files.py" line="42"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_files.py" line="42"/>
        <source>The deal has unsaved changes. Save them?</source>
        <translation>L&apos;operazione contiene modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_files.py" line="63"/>
        <source>My company</source>
        <translation>La mia azienda</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_files.py" line="64"/>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_files.py" line="72"/>
        <source>Open deal</source>
        <translation>Apri operazione</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_files.py" line="99"/>
        <source>Save deal</source>
        <translation>Salva operazione</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_files.py" line="112"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_files.py" line="147"/>
        <source>The autosaved deal could not be restored: %1</source>
        <translation>Impossibile ripristinare l&apos;operazione salvata automaticamente: %1</translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <location filename="../../../ui/deal_form.py" line="53"/>
        <source>e.g. Tessitura Lariana S.r.l.</source>
        <translation>es. Tessitura Lariana S.r.l.</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="55"/>
        <source>e.g. Confecções Paulista Ltda</source>
        <translation>es. Confecções Paulista Ltda</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="61"/>
        <location filename="../../../ui/deal_form.py" line="90"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="62"/>
        <source>OECD buyer category</source>
        <translation>Categoria acquirente OCSE</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="63"/>
        <source>1-year default probability</source>
        <translation>Probabilità di insolvenza a un anno</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="78"/>
        <source>Production cost</source>
        <translation>Costo di produzione</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="79"/>
        <location filename="../../../ui/deal_form.py" line="95"/>
        <source>Target margin</source>
        <translation>Margine obiettivo</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="88"/>
        <source>Exporter</source>
        <translation>Esportatore</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="88"/>
        <source>Home currency</source>
        <translation>Valuta nazionale</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="89"/>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="89"/>
        <source>Buyer&apos;s country</source>
        <translation>Paese dell&apos;acquirente</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="90"/>
        <source>Credit quality given as</source>
        <translation>Qualità del credito espressa come</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="91"/>
        <source>Buyer category</source>
        <translation>Categoria acquirente</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="91"/>
        <source>Default probability</source>
        <translation>Probabilità di insolvenza</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="92"/>
        <source>Invoice amount</source>
        <translation>Importo della fattura</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="92"/>
        <source>Invoice currency</source>
        <translation>Valuta della fattura</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="93"/>
        <source>Days to payment</source>
        <translation>Giorni al pagamento</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="93"/>
        <source>Payment instrument</source>
        <translation>Strumento di pagamento</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="94"/>
        <source>Price from</source>
        <translation>Prezzo in base a</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="94"/>
        <source>Production cost (home)</source>
        <translation>Costo di produzione (valuta nazionale)</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="95"/>
        <source>Valuation date</source>
        <translation>Data di valutazione</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="100"/>
        <source>Advanced: supplier credit and market overrides</source>
        <translation>Avanzate: credito fornitore e dati di mercato personalizzati</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="106"/>
        <source>Equal half-yearly instalments</source>
        <translation>Rate semestrali uguali</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="107"/>
        <source>One repayment at the end</source>
        <translation>Rimborso unico a scadenza</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="108"/>
        <source>from the data</source>
        <translation>dai dati</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="109"/>
        <source>from the data, e.g. 0.08</source>
        <translation>dai dati, es. 0,08</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="111"/>
        <source>EWMA (RiskMetrics)</source>
        <translation>EWMA (RiskMetrics)</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="112"/>
        <source>Historical, 250 days</source>
        <translation>Storica, 250 giorni</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="113"/>
        <source>GARCH(1,1)</source>
        <translation>GARCH(1,1)</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="115"/>
        <source>As in the settings (forward)</source>
        <translation>Come nelle impostazioni (a termine)</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="116"/>
        <source>Forward: the rate you can lock today</source>
        <translation>A termine: il cambio che potete fissare oggi</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="117"/>
        <source>Spot: no expected move</source>
        <translation>A pronti: nessuna variazione attesa</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="118"/>
        <source>from the rate table, e.g. 0.02</source>
        <translation>dalla tabella dei tassi, es. 0,02</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="119"/>
        <source>from the rate table</source>
        <translation>dalla tabella dei tassi</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="120"/>
        <source>Disbursement (months)</source>
        <translation>Erogazione (mesi)</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="121"/>
        <source>Repayment (years)</source>
        <translation>Rimborso (anni)</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="121"/>
        <source>Profile</source>
        <translation>Profilo di rimborso</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="122"/>
        <source>Spot rate</source>
        <translation>Cambio a pronti</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="122"/>
        <source>Volatility</source>
        <translation>Volatilità</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="123"/>
        <source>Volatility method</source>
        <translation>Metodo di stima della volatilità</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="124"/>
        <source>Expected rate at payment</source>
        <translation>Cambio atteso al pagamento</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="125"/>
        <source>Home interest rate</source>
        <translation>Tasso d&apos;interesse della valuta nazionale</translation>
    </message>
    <message>
        <location filename="../../../ui/deal_form.py" line="126"/>
        <source>Foreign interest rate</source>
        <translation>Tasso d&apos;interesse della valuta estera</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../../ui/errors.py" line="40"/>
        <source>ExportRisk: unexpected error</source>
        <translation>ExportRisk: errore imprevisto</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="42"/>
        <source>Something went wrong that ExportRisk did not expect. Your deal is kept; the details below are also in the log file:
%1</source>
        <translation>Si è verificato un errore imprevisto in ExportRisk. L&apos;operazione è stata conservata; i dettagli qui sotto si trovano anche nel file di log:
%1</translation>
    </message>
    <message>
        <location filename="../../../ui/errors.py" line="49"/>
        <source>Copy details</source>
        <translation>Copia dettagli</translation>
    </message>
</context>
<context>
    <name>FlowTableModel</name>
    <message>
        <location filename="../../../ui/consortium_models.py" line="154"/>
        <source>Member</source>
        <translation>Aderente</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="154"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="154"/>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="154"/>
        <source>Buyer country</source>
        <translation>Paese acquirente</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="155"/>
        <source>Rating / category / PD</source>
        <translation>Rating / categoria / PD</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="155"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="155"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="155"/>
        <source>Payment days</source>
        <translation>Giorni pagamento</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="156"/>
        <source>Instrument</source>
        <translation>Strumento</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="173"/>
        <source>Receivables/payables row %1: member &apos;%2&apos; is not in the member table; add it there or fix the name.</source>
        <translation>Riga crediti/debiti %1: l&apos;aderente &apos;%2&apos; non è nella tabella degli aderenti; aggiungerlo lì o correggerne il nome.</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="177"/>
        <source>Receivables/payables row %1: kind must be receivable or payable.</source>
        <translation>Riga crediti/debiti %1: il tipo deve essere receivable (credito) o payable (debito).</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="209"/>
        <source>Receivables/payables row %1: </source>
        <translation>Riga crediti/debiti %1: </translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="211"/>
        <source>Member row %1: </source>
        <translation>Riga aderenti %1: </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../../ui/labels.py" line="13"/>
        <source>No cover</source>
        <translation>Nessuna copertura</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="13"/>
        <source>FX forward</source>
        <translation>Contratto a termine</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="13"/>
        <source>FX put option</source>
        <translation>Opzione put su valuta</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="14"/>
        <source>Private credit insurance</source>
        <translation>Assicurazione del credito privata</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="15"/>
        <source>State export credit cover</source>
        <translation>Copertura pubblica del credito all&apos;esportazione</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="16"/>
        <source>Confirmed letter of credit</source>
        <translation>Lettera di credito confermata</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="17"/>
        <location filename="../../../ui/labels.py" line="25"/>
        <source>Documentary collection</source>
        <translation>Rimessa documentata</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="17"/>
        <source>Forfaiting</source>
        <translation>Forfaiting</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="18"/>
        <source>Export factoring</source>
        <translation>Factoring all&apos;esportazione</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="18"/>
        <source>State cover + FX forward</source>
        <translation>Copertura pubblica + contratto a termine</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="19"/>
        <source>State cover + FX put</source>
        <translation>Copertura pubblica + opzione put su valuta</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="20"/>
        <source>Private insurance + FX forward</source>
        <translation>Assicurazione privata + contratto a termine</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="21"/>
        <source>Private insurance + FX put</source>
        <translation>Assicurazione privata + opzione put su valuta</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="25"/>
        <source>Open account</source>
        <translation>Conto aperto</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="26"/>
        <source>Letter of credit, unconfirmed</source>
        <translation>Lettera di credito non confermata</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="27"/>
        <source>Letter of credit, confirmed</source>
        <translation>Lettera di credito confermata</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="27"/>
        <source>Cash in advance</source>
        <translation>Pagamento anticipato</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="30"/>
        <source>low</source>
        <translation>basso</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="30"/>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="30"/>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="33"/>
        <source>no state short-term cover (marketable risk)</source>
        <translation>nessuna copertura pubblica a breve termine (rischio assicurabile sul mercato)</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="34"/>
        <source>not classified</source>
        <translation>non classificato</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="34"/>
        <source>state cover available</source>
        <translation>copertura pubblica disponibile</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="37"/>
        <source>Recover unsaved deal?</source>
        <translation>Recuperare l&apos;operazione non salvata?</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="38"/>
        <source>ExportRisk did not close normally last time. Restore the deal you were editing?</source>
        <translation>L&apos;ultima volta ExportRisk non si è chiuso correttamente. Ripristinare l&apos;operazione in corso di modifica?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../ui/main_window.py" line="94"/>
        <source>Fill in the deal: the options appear here as you type.</source>
        <translation>Inserire i dati dell&apos;operazione: le opzioni compaiono qui durante la digitazione.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="132"/>
        <source>Deal</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="136"/>
        <source>Consortium</source>
        <translation>Consorzio</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="138"/>
        <source>Quotes</source>
        <translation>Preventivi</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="143"/>
        <source>Loading market data…</source>
        <translation>Caricamento dei dati di mercato…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="144"/>
        <source>Cancel update</source>
        <translation>Annulla aggiornamento</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="165"/>
        <location filename="../../../ui/main_window.py" line="428"/>
        <source>Report written to %1</source>
        <translation>Rapporto salvato in %1</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="171"/>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="172"/>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="173"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="174"/>
        <source>Save &amp;as…</source>
        <translation>Salva &amp;con nome…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="175"/>
        <source>&amp;Export PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="182"/>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="187"/>
        <source>&amp;Data</source>
        <translation>&amp;Dati</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="188"/>
        <source>&amp;Update rates</source>
        <translation>&amp;Aggiorna cambi e tassi</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="191"/>
        <source>&amp;Offline mode</source>
        <translation>Modalità &amp;offline</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="195"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="221"/>
        <source>FX rates: %1, %2 to %3; %4 days old</source>
        <translation>Cambi: %1, dal %2 al %3; risalenti a %4 giorni fa</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="242"/>
        <source>Offline mode is on: rates are not updated. Turn it off in the Data menu.</source>
        <translation>La modalità offline è attiva: cambi e tassi non vengono aggiornati. Disattivarla dal menu Dati.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="249"/>
        <source>Updating rates…</source>
        <translation>Aggiornamento di cambi e tassi…</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="255"/>
        <source>Rate update cancelled; the last good data stays in use.</source>
        <translation>Aggiornamento di cambi e tassi annullato; restano in uso gli ultimi dati validi.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="282"/>
        <source>Simulating… %p%</source>
        <translation>Simulazione… %p%</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="290"/>
        <source>Correct the highlighted field to see the options.</source>
        <translation>Correggere il campo evidenziato per vedere le opzioni.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="358"/>
        <source>Rates updated.</source>
        <translation>Cambi e tassi aggiornati.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="359"/>
        <source>Rates not updated: %1 The last good data stays in use.</source>
        <translation>Cambi e tassi non aggiornati: %1 Restano in uso gli ultimi dati validi.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="395"/>
        <source>Wait for the simulation to finish, then export.</source>
        <translation>Attendere la fine della simulazione, poi esportare.</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="397"/>
        <source>Export PDF</source>
        <translation>Esporta PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="433"/>
        <source>Report written</source>
        <translation>Rapporto salvato</translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.py" line="434"/>
        <source>Open the PDF now?
%1</source>
        <translation>Aprire ora il PDF?
%1</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../../ui/consortium_models.py" line="138"/>
        <source>Member</source>
        <translation>Aderente</translation>
    </message>
    <message>
        <location filename="../../../ui/consortium_models.py" line="138"/>
        <source>Home currency</source>
        <translation>Valuta nazionale</translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <location filename="../../../ui/results.py" line="32"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="32"/>
        <source>Option</source>
        <translation>Opzione</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="32"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="32"/>
        <source>Exp. loss</source>
        <translation>Perdita att.</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="32"/>
        <source>Event prob.</source>
        <translation>Prob. evento</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="33"/>
        <source>ES 99 %</source>
        <translation>ES 99 %</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="33"/>
        <source>Risk-adj. cost</source>
        <translation>Costo corr. rischio</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="33"/>
        <source>Min. price</source>
        <translation>Prezzo min.</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="33"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="36"/>
        <source>Rank by risk-adjusted cost</source>
        <translation>Posizione per costo corretto per il rischio</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="36"/>
        <source>Cover option</source>
        <translation>Opzione di copertura</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="37"/>
        <source>Up-front cost in home currency</source>
        <translation>Costo iniziale in valuta nazionale</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="37"/>
        <source>Expected loss left with you, home currency</source>
        <translation>Perdita attesa che resta a vostro carico, in valuta nazionale</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="38"/>
        <source>Probability of a default or political event you still bear</source>
        <translation>Probabilità di un&apos;insolvenza o di un evento politico che resta a vostro carico</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="39"/>
        <source>Expected shortfall at 99 %: the average loss in the worst 1 % of outcomes</source>
        <translation>Perdita attesa oltre il VaR (ES) al 99 %: la perdita media nell&apos;1 % degli esiti peggiori</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="40"/>
        <source>Costs + expected loss + cost of capital on the tail</source>
        <translation>Costi + perdita attesa + costo del capitale sulla coda</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="41"/>
        <source>Minimum invoice price (invoice currency) that keeps your margin</source>
        <translation>Prezzo minimo in fattura (valuta della fattura) che mantiene il vostro margine</translation>
    </message>
    <message>
        <location filename="../../../ui/results.py" line="42"/>
        <source>Why an option is unavailable, or what to know about it</source>
        <translation>Perché un&apos;opzione non è disponibile, o che cosa sapere al riguardo</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../../../ui/quotes_view.py" line="38"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="38"/>
        <source>Stored</source>
        <translation>Registrato</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="38"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="38"/>
        <source>Buyer</source>
        <translation>Acquirente</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="38"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="39"/>
        <source>Valued</source>
        <translation>Valutato il</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="39"/>
        <source>Recommended</source>
        <translation>Consigliata</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="39"/>
        <source>Min. price</source>
        <translation>Prezzo min.</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <location filename="../../../ui/quotes_view.py" line="78"/>
        <source>Client starts with</source>
        <translation>Il cliente inizia con</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="79"/>
        <source>Buyer starts with</source>
        <translation>L'acquirente inizia con</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="80"/>
        <source>Country (ISO code)</source>
        <translation>Paese (codice ISO)</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="82"/>
        <source>Valued from</source>
        <translation>Valutati dal</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="86"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="100"/>
        <source>Open as it was</source>
        <translation>Apri com'era</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="100"/>
        <source>Reproduce</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="101"/>
        <source>Re-quote with today&apos;s data</source>
        <translation>Rivaluta con i dati di oggi</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="101"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="102"/>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="131"/>
        <source>The register was damaged: it was set aside as %1 and a new one started.</source>
        <translation>Il registro era danneggiato: è stato messo da parte come %1 e ne è stato avviato uno nuovo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/quotes_view.py" line="149"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n preventivo</numerusform>
            <numerusform>%n preventivi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="158"/>
        <source>Choose a quote in the list first.</source>
        <translation>Scegliete prima un preventivo nell'elenco.</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="171"/>
        <source>Quote %1 as stored on %2 by ExportRisk %3.</source>
        <translation>Preventivo %1 come registrato il %2 da ExportRisk %3.</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="192"/>
        <source>Recomputed with the table versions it used: the same figures.</source>
        <translation>Ricalcolato con le versioni delle tabelle che aveva usato: gli stessi valori.</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="193"/>
        <source>Recomputed with the table versions it used; these figures differ:</source>
        <translation>Ricalcolato con le versioni delle tabelle che aveva usato; questi valori differiscono:</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="207"/>
        <source>Quoted again with today&apos;s data: nothing changed.</source>
        <translation>Rivalutato con i dati di oggi: nulla è cambiato.</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="208"/>
        <source>Quoted again with today&apos;s data; what changed:</source>
        <translation>Rivalutato con i dati di oggi; che cosa è cambiato:</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="219"/>
        <source>Export quotes</source>
        <translation>Esporta preventivi</translation>
    </message>
    <message>
        <location filename="../../../ui/quotes_view.py" line="229"/>
        <source>Wrote %1 (%2 quotes).</source>
        <translation>Scritto %1 (%2 preventivi).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="56"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="61"/>
        <source>Never use the network (offline mode)</source>
        <translation>Non usare mai la rete (modalità offline)</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="65"/>
        <source>Home currency</source>
        <translation>Valuta nazionale</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="66"/>
        <source>Window language</source>
        <translation>Lingua della finestra</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="67"/>
        <source>Report language</source>
        <translation>Lingua del rapporto</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="68"/>
        <source>Adviser</source>
        <translation>Consulente</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="69"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="70"/>
        <source>Logo (PNG or JPEG)</source>
        <translation>Logo (PNG o JPEG)</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="71"/>
        <source>Simulation paths</source>
        <translation>Traiettorie simulate</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="73"/>
        <source>A new window language applies at the next start.</source>
        <translation>La nuova lingua della finestra si applica al prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="75"/>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="76"/>
        <source>Default parameters</source>
        <translation>Parametri predefiniti</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="94"/>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="94"/>
        <source>Parameter</source>
        <translation>Parametro</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="94"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="95"/>
        <source>Source and date</source>
        <translation>Fonte e data</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="98"/>
        <source> (assumption)</source>
        <translation> (ipotesi)</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="104"/>
        <source>Defaults shipped with ExportRisk. To change them, edit your own copy; the installed tables are never changed.</source>
        <translation>Valori predefiniti forniti con ExportRisk. Per cambiarli, modificare la propria copia; le tabelle installate non vengono mai modificate.</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="107"/>
        <source>Open my editable copy</source>
        <translation>Apri la mia copia modificabile</translation>
    </message>
    <message>
        <location filename="../../../ui/settings_dialog.py" line="120"/>
        <source>Choose logo</source>
        <translation>Scegli logo</translation>
    </message>
</context>
</TS>
