"""Writes the four r18 content files (hand-written content; parsed values by hand where given)."""
import json
C = {}

# 1. Università - PIAO, reportlab booktabs
C["unimc-2025-piano"] = {
 "document": {"issuer": "Università degli Studi di Macerata",
   "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
 "cover": ["Università degli Studi di Macerata",
   "Piano integrato di attività e organizzazione 2025-2027",
   "Sezione 2 – Valore pubblico, performance e anticorruzione",
   "Sottosezione 2.1 – Obiettivi strategici e indicatori di valore pubblico",
   "Approvato dal Consiglio di amministrazione nella seduta del 30 gennaio 2025"],
 "running_header": "Università degli Studi di Macerata – PIAO 2025-2027",
 "intro": [
  "Il presente documento costituisce la sottosezione 2.1 del Piano integrato di attività e organizzazione (PIAO) 2025-2027 dell’Università degli Studi di Macerata, redatto ai sensi dell’art. 6 del D.L. 9 giugno 2021, n. 80, convertito con modificazioni dalla L. 6 agosto 2021, n. 113, e del D.M. 30 giugno 2022, n. 132.",
  "Gli obiettivi strategici discendono dal Piano strategico di Ateneo 2023-2027 e sono articolati nelle tre aree della missione istituzionale: Didattica (D), Ricerca (R) e Terza missione (TM). Per ciascun obiettivo sono indicati gli indicatori di valore pubblico, la fonte del dato, il valore di partenza (baseline) con l’anno di riferimento e i target attesi per ciascun anno del triennio. I codici degli indicatori riprendono quelli del Piano strategico, in modo da garantire la tracciabilità tra i documenti di programmazione.",
  "Le baseline sono tratte, ove disponibili, dalle schede di monitoraggio annuale ANVUR (indicatori iC), dall’Anagrafe nazionale studenti e dalle banche dati di Ateneo; il simbolo n.d. indica un dato non ancora disponibile alla data di redazione del Piano."],
 "resources_title": "Tabella 1 – Risorse di bilancio destinate alle aree strategiche (budget 2025)",
 "resources_header": ["Area strategica", "Budget economico 2025", "Budget investimenti 2025", "Totale"],
 "resources_rows": [["Didattica", "€ 4.312.500,00", "€ 620.000,00", "€ 4.932.500,00"],
   ["Ricerca", "€ 3.845.200,00", "€ 1.150.000,00", "€ 4.995.200,00"],
   ["Terza missione", "€ 985.000,00", "€ 140.000,00", "€ 1.125.000,00"],
   ["Totale", "€ 9.142.700,00", "€ 1.910.000,00", "€ 11.052.700,00"]],
 "header": ["Codice", "Obiettivo", "Indicatore", "Fonte", "Baseline (anno)", "Target 2025", "Target 2026", "Target 2027"],
 "years": [2025, 2026, 2027],
 "areas": [
  {"band": "AREA D – DIDATTICA", "code": "D", "title": "DIDATTICA", "color": "#1F4E79",
   "objectives": [
    {"heading": "Obiettivo strategico D.1 – Migliorare la regolarità delle carriere degli studenti", "code": "D.1",
     "title": "Migliorare la regolarità delle carriere degli studenti",
     "rows": [
      {"code": "D.1.1", "obj": "Ridurre gli abbandoni al primo anno", "ind": "Percentuale di abbandoni tra il primo e il secondo anno (iC14 complementare)", "src": "ANVUR – SMA", "base": "12,8% (2023)", "t": ["≤ 12,0%", "≤ 11,5%", "≤ 11,0%"], "dir": "lower"},
      {"code": "D.1.2", "obj": "Aumentare i CFU conseguiti al primo anno", "ind": "Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU (iC16)", "src": "ANVUR – SMA", "base": "62,4% (2023)", "t": ["≥ 63,5%", "≥ 64,5%", "≥ 66,0%"]},
      {"code": "D.1.3", "obj": "Favorire il conseguimento del titolo nei tempi", "ind": "Percentuale di laureati entro la durata normale del corso (iC02)", "src": "ANVUR – SMA", "base": "58,1% (2023)", "t": ["59%", "60%", "62%"]}]},
    {"heading": "Obiettivo strategico D.2 – Rafforzare l’attrattività e l’internazionalizzazione dell’offerta formativa", "code": "D.2",
     "title": "Rafforzare l’attrattività e l’internazionalizzazione dell’offerta formativa",
     "rows": [
      {"code": "D.2.1", "obj": "Accrescere la mobilità in uscita", "ind": "CFU conseguiti all’estero dagli studenti regolari sul totale dei CFU (iC10)", "src": "Anagrafe nazionale studenti", "base": "16,3‰ (2023)", "t": ["≥ 17‰", "≥ 18‰", "≥ 19‰"]},
      {"code": "D.2.2", "obj": "Attrarre iscritti da fuori regione", "ind": "Percentuale di iscritti al primo anno provenienti da altre regioni (iC03)", "src": "ANVUR – SMA", "base": "31,7% (2023)", "t": ["32%", "33%", "34%"]},
      {"code": "D.2.3", "obj": "Ampliare l’offerta in lingua inglese", "ind": "Numero di corsi di studio erogati interamente in lingua inglese", "src": "Banca dati SUA-CdS", "base": "3 (2024)", "t": ["4", "5", ""]}]}]},
  {"band": "AREA R – RICERCA", "code": "R", "title": "RICERCA", "color": "#7B2C3B",
   "objectives": [
    {"heading": "Obiettivo strategico R.1 – Incrementare la qualità e la competitività della ricerca", "code": "R.1",
     "title": "Incrementare la qualità e la competitività della ricerca",
     "rows": [
      {"code": "R.1.1", "obj": "Aumentare i finanziamenti competitivi", "ind": "Entrate da progetti di ricerca su bandi competitivi nazionali e internazionali", "src": "Bilancio di Ateneo (U-GOV)", "base": "€ 2.480.000 (2023)", "t": ["≥ € 2.600.000", "≥ € 2.750.000", "≥ € 2.900.000"]},
      {"code": "R.1.2", "obj": "Migliorare la produzione scientifica", "ind": "Percentuale di docenti e ricercatori senza prodotti scientifici nell’ultimo triennio", "src": "IRIS – Catalogo della ricerca", "base": "6,2% (2024)", "t": ["≤ 5,5%", "≤ 5,0%", "≤ 4,5%"]},
      {"code": "R.1.3", "obj": "Consolidare il dottorato di ricerca", "ind": "Proporzione di iscritti al dottorato che si sono laureati in altro Ateneo (iC12 dott.)", "src": "Anagrafe dottorati", "base": "n.d.", "t": ["≥ 35%", "≥ 38%", "≥ 40%"]}]},
    {"heading": "Obiettivo strategico R.2 – Sviluppare infrastrutture e servizi per la ricerca", "code": "R.2",
     "title": "Sviluppare infrastrutture e servizi per la ricerca",
     "rows": [
      {"code": "R.2.1", "obj": "Potenziare l’accesso aperto", "ind": "Percentuale di pubblicazioni depositate in open access nel repository istituzionale", "src": "IRIS – Catalogo della ricerca", "base": "41,5% (2023)", "t": ["45%", "50%", "55%"]},
      {"code": "R.2.2", "obj": "Avviare il laboratorio digitale condiviso", "ind": "Realizzazione del laboratorio di Digital Humanities", "src": "Area Ricerca", "base": "n.d.", "t": ["Progetto esecutivo approvato", "Laboratorio operativo", "–"]}]}]},
  {"band": "AREA TM – TERZA MISSIONE", "code": "TM", "title": "TERZA MISSIONE", "color": "#2E6B3A",
   "objectives": [
    {"heading": "Obiettivo strategico TM.1 – Valorizzare le conoscenze e rafforzare il rapporto con il territorio", "code": "TM.1",
     "title": "Valorizzare le conoscenze e rafforzare il rapporto con il territorio",
     "rows": [
      {"code": "TM.1.1", "obj": "Accrescere le attività conto terzi", "ind": "Numero di contratti di ricerca commissionata e conto terzi stipulati nell’anno", "src": "Area Ricerca – U-GOV", "base": "38 (2023)", "t": ["≥ 40", "≥ 42", "≥ 45"]},
      {"code": "TM.1.2", "obj": "Ampliare il public engagement", "ind": "Numero di iniziative di public engagement registrate nel catalogo di Ateneo", "src": "IRIS – modulo Terza missione", "base": "112 (2023)", "t": ["120", "125", "130"]},
      {"code": "TM.1.3", "obj": "Sostenere la formazione continua", "ind": "Tasso di occupazione dei partecipanti ai master di I e II livello a un anno dal titolo", "src": "AlmaLaurea", "base": "78,9% (2023)", "t": ["≥ 80%", "≥ 80%", "≥ 82%"]}]}]}],
 "closing": "Il monitoraggio degli indicatori è effettuato con cadenza semestrale dall’Ufficio Pianificazione, controllo di gestione e valutazione, che ne riferisce al Nucleo di valutazione e agli Organi di governo. Eventuali rimodulazioni dei target sono approvate dal Consiglio di amministrazione in sede di aggiornamento annuale del PIAO."
}

# 2. Ente parco - relazione, Word -> LO, one merged-objective table
C["parco-casentinesi-2024-relazione"] = {
 "document": {"issuer": "Ente Parco Nazionale delle Foreste Casentinesi, Monte Falterona e Campigna",
   "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["Ente Parco Nazionale delle Foreste Casentinesi, Monte Falterona e Campigna",
   "Relazione sulla performance 2024",
   "(art. 10, comma 1, lett. b) del D.Lgs. 27 ottobre 2009, n. 150)",
   "Adottata con deliberazione del Consiglio direttivo n. 21 del 26 giugno 2025"],
 "sections_before": [
  ["1. Presentazione", [
   "La Relazione sulla performance è il documento con cui l’Ente Parco Nazionale delle Foreste Casentinesi, Monte Falterona e Campigna illustra ai cittadini, ai portatori di interesse e agli organi di controllo i risultati organizzativi e individuali raggiunti nel corso dell’anno 2024 rispetto agli obiettivi programmati nella sottosezione Performance del PIAO 2024-2026.",
   "Il 2024 è stato un anno di consolidamento per l’Ente: si è conclusa la revisione del Piano per il Parco, è stato avviato il nuovo sistema di monitoraggio della fauna selvatica con fototrappole e sono proseguiti gli interventi finanziati con risorse PNRR per la tutela e la valorizzazione del verde e della biodiversità. L’attività si è svolta con una dotazione organica ridotta rispetto alla pianta approvata, circostanza che ha inciso sui tempi di alcuni procedimenti autorizzativi.",
   "La Relazione è stata redatta tenendo conto delle Linee guida n. 3/2018 del Dipartimento della Funzione pubblica e sarà validata dall’Organismo indipendente di valutazione ai sensi dell’art. 14, comma 4, lett. c) del D.Lgs. n. 150/2009."]],
  ["2. Il contesto e l’amministrazione", [
   "Il Parco, istituito con D.P.R. 12 luglio 1993, si estende su una superficie di circa 36.000 ettari a cavallo tra Toscana ed Emilia-Romagna, interessando undici Comuni delle province di Arezzo, Firenze e Forlì-Cesena. Circa l’80% del territorio è coperto da boschi; le Riserve naturali biogenetiche di Camaldoli, Scodella, Campigna e Badia Prataglia e la Riserva integrale di Sasso Fratino, riconosciuta Patrimonio dell’Umanità UNESCO nel 2017, rappresentano il nucleo di maggior valore naturalistico.",
   "La sede legale è a Pratovecchio Stia (AR); l’Ente dispone inoltre di uffici a Santa Sofia (FC) e di una rete di centri visita e punti informazione gestiti in convenzione. Le funzioni di sorveglianza sono esercitate dal Reparto Carabinieri Parco Nazionale Foreste Casentinesi, che opera alle dipendenze funzionali dell’Ente.",
   "L’organizzazione si articola nella Direzione e in tre servizi: Servizio Amministrativo e contabile; Servizio Conservazione della natura e pianificazione; Servizio Promozione, educazione ambientale e comunicazione. La tabella seguente riporta il personale in servizio al 31 dicembre 2024."]]],
 "staff_title": "Tabella 1 – Personale in servizio al 31/12/2024",
 "staff_header": ["Area / qualifica", "Dotazione organica", "In servizio", "di cui part-time", "Posti vacanti"],
 "staff_rows": [["Direttore", "1", "1", "0", "0"], ["Area dei Funzionari e dell’Elevata qualificazione", "9", "7", "1", "2"],
   ["Area degli Assistenti", "11", "9", "2", "2"], ["Area degli Operatori", "3", "2", "0", "1"], ["Totale", "24", "19", "3", "5"]],
 "section_table": ["3. Gli obiettivi di performance organizzativa e i risultati raggiunti", [
   "Il ciclo della performance 2024 si è sviluppato secondo le fasi previste dal Sistema di misurazione e valutazione della performance (SMVP) adottato dall’Ente con deliberazione del Consiglio direttivo n. 4 del 2 febbraio 2022: assegnazione degli obiettivi con il PIAO, monitoraggio intermedio al 30 giugno, rendicontazione finale e validazione da parte dell’OIV. Il monitoraggio intermedio non ha evidenziato la necessità di rimodulare gli obiettivi, pur segnalando alcune criticità legate alle condizioni meteorologiche dell’autunno, poi confermate a consuntivo.",
   "Nel corso dell’anno il Servizio Conservazione della natura ha concentrato l’attività sul monitoraggio del lupo e degli ungulati, sulla gestione dei siti della rete Natura 2000 e sull’attuazione delle misure di conservazione previste dal Piano di gestione del sito UNESCO. Il Servizio Promozione ha curato il calendario delle iniziative estive, la rete dei centri visita e i progetti con le scuole, mentre il Servizio Amministrativo ha garantito il regolare svolgimento delle procedure contabili e di affidamento, con particolare attenzione alla rendicontazione dei progetti finanziati dal PNRR.",
   "Il PIAO 2024-2026 ha individuato un numero contenuto di obiettivi di performance organizzativa, coerenti con le finalità istitutive del Parco. La tabella che segue riporta, per ciascun obiettivo, gli indicatori, il target 2024, il risultato conseguito e le note esplicative predisposte dai responsabili dei servizi."]],
 "table_title": "Tabella 2 – Obiettivi, indicatori e risultati 2024",
 "header": ["Obiettivo", "Indicatore", "Target 2024", "Risultato 2024", "Note"],
 "year": 2024,
 "objectives": [
  {"cell": "1 – Tutela della biodiversità e degli habitat forestali", "code": "1", "title": "Tutela della biodiversità e degli habitat forestali",
   "rows": [
    {"ind": "Numero di siti di monitoraggio della fauna attivi con fototrappole", "t": "≥ 60", "a": "74",
     "note": "Il numero di siti è stato incrementato grazie alla collaborazione con le Università di Firenze e Bologna e con il Reparto Carabinieri Parco; 12 nuove postazioni sono state collocate nel versante romagnolo, in aree finora scarsamente coperte.", "dir": "higher"},
    {"ind": "Superficie di habitat forestali oggetto di interventi di conservazione (ha)", "t": "120 ha", "a": "96 ha",
     "note": "Gli interventi nella foresta della Lama sono stati sospesi per circa due mesi a causa delle avverse condizioni meteorologiche di ottobre e novembre; la superficie residua di 24 ettari sarà trattata entro la primavera 2025 con le medesime risorse PNRR.", "dir": None},
    {"ind": "Tempo medio di rilascio dei nulla osta (art. 13 L. 394/1991)", "t": "≤ 40 gg", "a": "37 gg",
     "note": "Su 412 istanze pervenute, 398 sono state definite entro il termine di legge di 60 giorni; il tempo medio è calcolato dalla data di protocollo della domanda completa alla data di adozione del provvedimento.", "dir": "lower"}]},
  {"cell": "2 – Fruizione sostenibile e educazione ambientale", "code": "2", "title": "Fruizione sostenibile e educazione ambientale",
   "rows": [
    {"ind": "Numero di studenti coinvolti in progetti di educazione ambientale", "t": "≥ 3.500", "a": "3.912",
     "note": "Il dato comprende le classi delle scuole dei Comuni del Parco e le scuole in visita da fuori area; il progetto “A scuola nel Parco” è stato esteso alle scuole secondarie di secondo grado.", "dir": "higher"},
    {"ind": "Chilometri di sentieri della rete escursionistica oggetto di manutenzione ordinaria", "t": "≥ 250 km", "a": "231 km",
     "note": "La manutenzione di alcuni tratti del Sentiero Italia CAI non è stata completata per l’indisponibilità di una delle ditte affidatarie; i tratti interessati sono stati comunque messi in sicurezza con segnaletica di pericolo.", "dir": None},
    {"ind": "Grado di soddisfazione dei visitatori dei centri visita", "t": "≥ 4,0 su 5", "a": "4,3 su 5",
     "note": "Rilevazione mediante questionario somministrato in cinque centri visita da giugno a settembre (1.126 questionari validi).", "dir": "higher"}]},
  {"cell": "3 – Efficienza e trasparenza dell’azione amministrativa", "code": "3", "title": "Efficienza e trasparenza dell’azione amministrativa",
   "rows": [
    {"ind": "Tempo medio di pagamento delle fatture commerciali", "t": "≤ 30 gg", "a": "22 gg",
     "note": "L’indicatore di tempestività dei pagamenti annuale è pari a −8 giorni; il dato è pubblicato nella sezione Amministrazione trasparente.", "dir": "lower"},
    {"ind": "Percentuale di obblighi di pubblicazione assolti (griglia ANAC)", "t": "100%", "a": "n.d.",
     "note": "La rilevazione dell’OIV sulla griglia 2024 è stata posticipata dalla delibera ANAC e non era disponibile alla data di redazione della Relazione.", "dir": "higher"}]}],
 "sections_after": [
  ["4. Le risorse finanziarie", [
   "Il rendiconto generale 2024, approvato dal Consiglio direttivo, chiude con un avanzo di amministrazione che conferma l’equilibrio della gestione. Le entrate derivano per la quasi totalità dal contributo ordinario del Ministero dell’Ambiente e della Sicurezza Energetica e da trasferimenti per progetti, tra cui quelli finanziati dal PNRR (Missione 2, Componente 4, Investimento 3.2 – Digitalizzazione dei parchi nazionali)."]],
  ],
 "budget_title": "Tabella 3 – Sintesi del rendiconto finanziario 2024",
 "budget_header": ["Voce", "Previsioni definitive", "Accertamenti / Impegni", "Riscossioni / Pagamenti"],
 "budget_rows": [["Entrate correnti", "€ 4.215.300,00", "€ 4.198.742,15", "€ 3.912.604,40"],
   ["Entrate in conto capitale", "€ 2.870.000,00", "€ 2.410.518,00", "€ 1.004.200,00"],
   ["Spese correnti", "€ 4.102.800,00", "€ 3.781.229,63", "€ 3.402.115,27"],
   ["Spese in conto capitale", "€ 3.345.000,00", "€ 2.209.871,44", "€ 987.450,12"],
   ["Avanzo di amministrazione", "", "€ 3.126.448,71", ""]],
 "sections_final": [
  ["5. La performance individuale", [
   "La valutazione della performance individuale del personale è stata effettuata secondo le schede previste dal SMVP, che attribuiscono un peso del 60% al raggiungimento degli obiettivi organizzativi del servizio di appartenenza e del 40% ai comportamenti organizzativi. Tutti i 19 dipendenti in servizio sono stati valutati; la distribuzione dei punteggi evidenzia una differenziazione significativa, con il 42% del personale collocato nella fascia più alta e nessuna valutazione negativa.",
   "Il Direttore è stato valutato dal Consiglio direttivo su proposta dell’OIV, sulla base del grado di raggiungimento degli obiettivi assegnati con il PIAO e degli obiettivi individuali attribuiti dal Presidente con decreto n. 3 del 15 febbraio 2024. La retribuzione di risultato è erogata nei limiti del fondo disponibile, secondo quanto previsto dal CCNL del comparto Funzioni centrali."]],
  ["6. Pari opportunità, benessere organizzativo e trasparenza", [
   "L’Ente ha aggiornato il Piano delle azioni positive, ha rinnovato il Comitato unico di garanzia e ha consolidato il lavoro agile, fruito nel 2024 da 11 dipendenti secondo gli accordi individuali sottoscritti. L’indagine sul benessere organizzativo, svolta in forma anonima nel mese di novembre, ha registrato un tasso di risposta del 74% e un giudizio complessivamente positivo sulle relazioni con i colleghi, a fronte di una percezione più critica dei carichi di lavoro.",
   "In materia di prevenzione della corruzione e trasparenza, il Responsabile ha verificato l’attuazione delle misure previste dalla sottosezione Rischi corruttivi e trasparenza del PIAO; non sono stati segnalati eventi corruttivi né sono pervenute segnalazioni tramite il canale di whistleblowing. Le richieste di accesso civico generalizzato sono state 9, tutte evase nei termini."]],
  ["7. Il processo di redazione della Relazione", [
   "La Relazione è stata predisposta dalla Direzione con il supporto del Servizio Amministrativo e contabile, sulla base delle schede di rendicontazione compilate dai responsabili dei servizi e dei dati estratti dal sistema di contabilità e dal protocollo informatico. Il documento è stato trasmesso all’OIV per la validazione e sarà pubblicato nella sezione Amministrazione trasparente del sito istituzionale.",
   "Tra i punti di miglioramento per il ciclo 2025 si segnalano la definizione di indicatori di impatto sullo stato di conservazione delle specie, la revisione dei target relativi alla manutenzione della rete sentieristica alla luce delle risorse effettivamente disponibili e l’introduzione di una rilevazione sistematica della soddisfazione degli utenti dei servizi autorizzativi."]]]
}

# 3. Provincia - relazione, Calc -> LO, two-line headers, abbreviations, legend
C["provincia-rovigo-2023-relazione"] = {
 "document": {"issuer": "Provincia di Rovigo", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "title_lines": ["PROVINCIA DI ROVIGO", "Relazione sulla performance 2023",
   "Allegato A – Schede di rendicontazione degli obiettivi operativi"],
 "intro": "Le schede riportano, per ciascun obiettivo operativo del PEG 2023, gli indicatori di risultato con il valore atteso, il valore raggiunto al 31/12/2023, lo scostamento e la percentuale di raggiungimento. I dati sono stati validati dai dirigenti dei settori e verificati dal Servizio Controllo di gestione.",
 "tables": [
  {"header": ["Cod.", "Ind.", "U.M.", "Valore\natteso", "Valore\nraggiunto", "Scost.", "%\nraggiung."],
   "blocks": [
    {"kind": "strategic", "text": "Obiettivo strategico 1 – Sicurezza e manutenzione della rete viaria provinciale", "code": "1", "title": "Sicurezza e manutenzione della rete viaria provinciale"},
    {"kind": "operational", "text": "Obiettivo operativo 1.1 – Manutenzione programmata di strade e ponti", "code": "1.1", "title": "Manutenzione programmata di strade e ponti"},
    {"kind": "ind", "code": "1.1.1", "ind": "Km di strade provinciali con rifacimento del manto di usura", "um": "km", "t": "35", "a": "38,2", "s": "+3,2", "p": "100%", "dir": None},
    {"kind": "ind", "code": "1.1.2", "ind": "Numero di ponti sottoposti a ispezione di livello 2 (Linee guida MIT)", "um": "n.", "t": "≥ 24", "a": "26", "s": "+2", "p": "100%"},
    {"kind": "ind", "code": "1.1.3", "ind": "Tempo medio di intervento per segnalazioni di pericolo", "um": "ore", "t": "≤ 24", "a": "19", "s": "-5", "p": "100%"},
    {"kind": "operational", "text": "Obiettivo operativo 1.2 – Gestione dei trasporti eccezionali e delle concessioni", "code": "1.2", "title": "Gestione dei trasporti eccezionali e delle concessioni"},
    {"kind": "ind", "code": "1.2.1", "ind": "Tempo medio di rilascio delle autorizzazioni ai trasporti eccezionali", "um": "gg", "t": "≤ 10", "a": "12", "s": "+2", "p": "80%"},
    {"kind": "ind", "code": "1.2.2", "ind": "Percentuale di istanze di concessione istruite tramite portale SUAP", "um": "%", "t": "90%", "a": "94,5%", "s": "+4,5", "p": "100%"},
    {"kind": "strategic", "text": "Obiettivo strategico 2 – Edilizia scolastica sicura e sostenibile", "code": "2", "title": "Edilizia scolastica sicura e sostenibile"},
    {"kind": "operational", "text": "Obiettivo operativo 2.1 – Attuazione degli interventi PNRR sugli istituti superiori", "code": "2.1", "title": "Attuazione degli interventi PNRR sugli istituti superiori"},
    {"kind": "ind", "code": "2.1.1", "ind": "Percentuale di avanzamento della spesa sugli interventi PNRR (M4C1 I3.3)", "um": "%", "t": "≥ 60%", "a": "57,3%", "s": "-2,7", "p": "95,5%"},
    {"kind": "ind", "code": "2.1.2", "ind": "Numero di cantieri avviati entro il termine fissato dal decreto di finanziamento", "um": "n.", "t": "7", "a": "7", "s": "0", "p": "100%"},
    {"kind": "ind", "code": "2.1.3", "ind": "Aggiudicazione lavori Liceo “Celio-Roccati” – lotto 2", "um": "–", "t": "Entro 30/09/2023", "a": "Aggiudicato il 14/09/2023", "s": "–", "p": "100%"}]},
  {"header": ["Cod.", "Ind.", "U.M.", "Val. att.", "Val. ragg.", "Scost.", "%\nraggiung."],
   "blocks": [
    {"kind": "strategic", "text": "Obiettivo strategico 3 – Tutela dell’ambiente e del territorio", "code": "3", "title": "Tutela dell’ambiente e del territorio"},
    {"kind": "operational", "text": "Obiettivo operativo 3.1 – Controlli ambientali e autorizzazioni", "code": "3.1", "title": "Controlli ambientali e autorizzazioni"},
    {"kind": "ind", "code": "3.1.1", "ind": "Numero di controlli sugli impianti termici", "um": "n.", "t": "≥ 1.800", "a": "1.652", "s": "-148", "p": "91,8%"},
    {"kind": "ind", "code": "3.1.2", "ind": "Tempo medio di conclusione dei procedimenti AUA", "um": "gg", "t": "≤ 90", "a": "84", "s": "-6", "p": "100%"},
    {"kind": "ind", "code": "3.1.3", "ind": "Percentuale di sopralluoghi su scarichi in corpo idrico superficiale", "um": "%", "t": "≥ 15%", "a": "n.d.", "s": "–", "p": "n.d."},
    {"kind": "operational", "text": "Obiettivo operativo 3.2 – Pianificazione territoriale e della rete ciclabile", "code": "3.2", "title": "Pianificazione territoriale e della rete ciclabile"},
    {"kind": "ind", "code": "3.2.1", "ind": "Approvazione della variante al PTCP per la rete ciclabile del Polesine", "um": "–", "t": "Adozione in Consiglio", "a": "Obiettivo sospeso", "s": "–", "p": "–", "status": "suspended"},
    {"kind": "ind", "code": "3.2.2", "ind": "Km di piste ciclabili progettate (progetto di fattibilità)", "um": "km", "t": "12", "a": "14,6", "s": "+2,6", "p": "100%", "dir": None},
    {"kind": "strategic", "text": "Obiettivo strategico 4 – Un ente efficiente, digitale e trasparente", "code": "4", "title": "Un ente efficiente, digitale e trasparente"},
    {"kind": "operational", "text": "Obiettivo operativo 4.1 – Gestione delle risorse e digitalizzazione dei servizi", "code": "4.1", "title": "Gestione delle risorse e digitalizzazione dei servizi"},
    {"kind": "ind", "code": "4.1.1", "ind": "Indicatore annuale di tempestività dei pagamenti", "um": "gg", "t": "≤ 0", "a": "-4,7", "s": "-4,7", "p": "100%"},
    {"kind": "ind", "code": "4.1.2", "ind": "Percentuale di servizi accessibili con SPID/CIE sul portale istituzionale", "um": "%", "t": "≥ 80%", "a": "86%", "s": "+6", "p": "100%"},
    {"kind": "ind", "code": "4.1.3", "ind": "Riscossione dell’imposta provinciale di trascrizione (IPT)", "um": "€", "t": "€ 9.500.000,00", "a": "€ 9.812.430,55", "s": "+312.430,55", "p": "100%", "dir": None},
    {"kind": "ind", "code": "4.1.4", "ind": "Numero di ore di formazione per dipendente", "um": "ore", "t": "≥ 24", "a": "21,5", "s": "-2,5", "p": "89,6%"}]}],
 "summary_title": "Riepilogo degli esiti per obiettivo strategico",
 "summary_header": ["Obiettivo strategico", "N. ind.", "Raggiunti", "Parz. ragg.", "Non ragg.", "Non valut."],
 "summary_rows": [["1 – Sicurezza e manutenzione della rete viaria provinciale", "5", "4", "1", "0", "0"],
  ["2 – Edilizia scolastica sicura e sostenibile", "3", "2", "1", "0", "0"],
  ["3 – Tutela dell’ambiente e del territorio", "5", "2", "1", "0", "2"],
  ["4 – Un ente efficiente, digitale e trasparente", "4", "3", "1", "0", "0"],
  ["Totale", "17", "11", "4", "0", "2"]],
 "legend": "Legenda: Cod. = codice indicatore; Ind. = indicatore; U.M. = unità di misura; Val. att. = valore atteso al 31/12; Val. ragg. = valore raggiunto al 31/12; Scost. = scostamento (valore raggiunto – valore atteso); % raggiung. = percentuale di raggiungimento dell’indicatore; n.d. = dato non disponibile.",
 "closing": "Il Dirigente del Settore Risorse umane, finanziarie e controllo di gestione – dott.ssa Maria Grazia Ferrarese"
}

# 4. INAIL - relazione, Word landscape, Target/Risultato in one cell, Valutazione
C["inail-2023-relazione"] = {
 "document": {"issuer": "Istituto nazionale Assicurazione contro gli Infortuni sul Lavoro",
   "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["INAIL", "Istituto nazionale Assicurazione contro gli Infortuni sul Lavoro",
   "Relazione sulla performance 2023", "Direzione centrale Pianificazione e comunicazione – Ufficio Pianificazione e controllo di gestione"],
 "intro": [
  "La Relazione sulla performance 2023 dà conto dei risultati conseguiti dall’Istituto rispetto agli obiettivi strategici e operativi definiti nel Piano integrato di attività e organizzazione 2023-2025, approvato con determinazione presidenziale. I risultati sono rilevati dal sistema di controllo di gestione e dal cruscotto direzionale dell’Istituto, alimentato dalle procedure istituzionali di gestione delle prestazioni, della riscossione dei premi e della vigilanza.",
  "Per ciascun indicatore la tabella riporta, nella stessa cella, il target fissato nel Piano e il risultato al 31 dicembre 2023, nonché la valutazione sintetica espressa dall’Ufficio Pianificazione: «Positiva» quando il risultato supera il target, «In linea» quando lo eguaglia entro la tolleranza prevista dal Sistema di misurazione e valutazione, «Negativa» quando non lo raggiunge."],
 "header": ["Cod.", "Indicatore", "Struttura responsabile", "Peso", "Target / Risultato 2023", "Valutazione"],
 "year": 2023,
 "areas": [
  {"heading": "Area strategica 1 – Tutela dei lavoratori infortunati e tecnopatici", "code": "1", "title": "Tutela dei lavoratori infortunati e tecnopatici",
   "objectives": [
    {"heading": "Obiettivo strategico 1.1 – Tempestività ed efficacia delle prestazioni economiche", "code": "1.1", "title": "Tempestività ed efficacia delle prestazioni economiche",
     "rows": [
      {"code": "1.1.a", "ind": "Percentuale di indennità di temporanea liquidate entro 30 giorni dalla ricezione del certificato medico", "str": "DC Prestazioni economiche", "w": "10%", "t": "≥ 95%", "a": "97,1%", "v": "Positiva"},
      {"code": "1.1.b", "ind": "Tempo medio di definizione delle pratiche di malattia professionale", "str": "DC Prestazioni economiche", "w": "10%", "t": "≤ 120 gg", "a": "128 gg", "v": "Negativa"},
      {"code": "1.1.c", "ind": "Percentuale di rendite costituite entro 60 giorni dalla guarigione clinica", "str": "DC Prestazioni economiche", "w": "5%", "t": "≥ 90%", "a": "90,0%", "v": "In linea"}]},
    {"heading": "Obiettivo strategico 1.2 – Presa in carico sanitaria e reinserimento lavorativo", "code": "1.2", "title": "Presa in carico sanitaria e reinserimento lavorativo",
     "rows": [
      {"code": "1.2.a", "ind": "Numero di progetti di reinserimento e integrazione lavorativa avviati", "str": "Sovrintendenza sanitaria centrale", "w": "10%", "t": "≥ 1.200", "a": "1.347", "v": "Positiva"},
      {"code": "1.2.b", "ind": "Tempo medio di fornitura dei dispositivi protesici dal Centro Protesi di Vigorso di Budrio", "str": "Centro Protesi", "w": "5%", "t": "≤ 45 gg", "a": "n.d.", "v": "n.d."}]}]},
  {"heading": "Area strategica 2 – Prevenzione e sicurezza nei luoghi di lavoro", "code": "2", "title": "Prevenzione e sicurezza nei luoghi di lavoro",
   "objectives": [
    {"heading": "Obiettivo strategico 2.1 – Sostegno alle imprese per la prevenzione", "code": "2.1", "title": "Sostegno alle imprese per la prevenzione",
     "rows": [
      {"code": "2.1.a", "ind": "Risorse impegnate per il Bando ISI sul totale stanziato", "str": "DC Prevenzione", "w": "10%", "t": "≥ 85%", "a": "88,4%", "v": "Positiva"},
      {"code": "2.1.b", "ind": "Numero di imprese beneficiarie della riduzione del tasso medio per prevenzione (OT23)", "str": "DC Rapporto assicurativo", "w": "5%", "t": "≥ 28.000", "a": "26.915", "v": "Negativa"},
      {"code": "2.1.c", "ind": "Pubblicazione dell’Avviso pubblico ISI 2023", "str": "DC Prevenzione", "w": "5%", "t": "Entro il 31/12/2023", "a": "Pubblicato il 20/12/2023", "v": "In linea"}]},
    {"heading": "Obiettivo strategico 2.2 – Ricerca per la salute e sicurezza sul lavoro", "code": "2.2", "title": "Ricerca per la salute e sicurezza sul lavoro",
     "rows": [
      {"code": "2.2.a", "ind": "Percentuale di realizzazione delle attività del Piano triennale della ricerca 2022-2024 previste per l’anno", "str": "Dipartimenti di ricerca (DiMEILA, DIT)", "w": "10%", "t": "100%", "a": "96,5%", "v": "Negativa"},
      {"code": "2.2.b", "ind": "Numero di pubblicazioni scientifiche su riviste con impact factor", "str": "Dipartimenti di ricerca (DiMEILA, DIT)", "w": "5%", "t": "≥ 180", "a": "203", "v": "Positiva"}]}]},
  {"heading": "Area strategica 3 – Efficienza gestionale e digitalizzazione", "code": "3", "title": "Efficienza gestionale e digitalizzazione",
   "objectives": [
    {"heading": "Obiettivo strategico 3.1 – Riscossione dei premi e contrasto all’evasione", "code": "3.1", "title": "Riscossione dei premi e contrasto all’evasione",
     "rows": [
      {"code": "3.1.a", "ind": "Premi accertati a seguito di attività di vigilanza ispettiva", "str": "DC Rapporto assicurativo", "w": "10%", "t": "≥ € 95 mln", "a": "€ 101,3 mln", "v": "Positiva", "dir": None},
      {"code": "3.1.b", "ind": "Tasso di riscossione dei premi in autoliquidazione", "str": "DC Rapporto assicurativo", "w": "5%", "t": "≥ 97%", "a": "97,2%", "v": "In linea"}]},
    {"heading": "Obiettivo strategico 3.2 – Servizi digitali e qualità percepita", "code": "3.2", "title": "Servizi digitali e qualità percepita",
     "rows": [
      {"code": "3.2.a", "ind": "Percentuale di servizi online accessibili con identità digitale (SPID, CIE, CNS)", "str": "DC Organizzazione digitale", "w": "5%", "t": "100%", "a": "100%", "v": "In linea"},
      {"code": "3.2.b", "ind": "Indice di soddisfazione degli utenti dei servizi di sede (customer satisfaction)", "str": "DC Pianificazione e comunicazione", "w": "5%", "t": "≥ 8,0 / 10", "a": "8,3 / 10", "v": "Positiva", "dir": None}]}]}],
 "after_heading": "3. Analisi degli scostamenti",
 "after_table": [
  "Nel complesso, dei 14 indicatori monitorati, 6 hanno conseguito una valutazione positiva, 4 risultano in linea con il target e 3 presentano una valutazione negativa; per un indicatore il dato non è disponibile a causa della migrazione del sistema gestionale del Centro Protesi, completata nel primo trimestre 2024.",
  "Gli scostamenti negativi sono stati analizzati con le strutture responsabili. Il ritardo nella definizione delle pratiche di malattia professionale è riconducibile all’incremento delle denunce (+19,8% rispetto al 2022) e alla carenza di medici legali in alcune sedi; per il 2024 è stato avviato un piano straordinario di reclutamento e di redistribuzione dei carichi di lavoro tra le sedi territoriali."],
 "summary_title": "Tabella 1 – Esito complessivo degli indicatori per area strategica",
 "summary_header": ["Area strategica", "N. indicatori", "Positiva", "In linea", "Negativa", "n.d."],
 "summary_rows": [["1 – Tutela dei lavoratori infortunati e tecnopatici", "5", "2", "1", "1", "1"],
   ["2 – Prevenzione e sicurezza nei luoghi di lavoro", "5", "2", "1", "2", "0"],
   ["3 – Efficienza gestionale e digitalizzazione", "4", "2", "2", "0", "0"],
   ["Totale", "14", "6", "4", "3", "1"]],
 "budget_title": "Tabella 2 – Risorse finanziarie per missione (rendiconto 2023, impegni in milioni di euro)",
 "budget_header": ["Missione", "Impegni di competenza", "Pagamenti", "% sul totale"],
 "budget_rows": [["Politiche previdenziali", "6.412,8", "6.287,5", "71,3%"], ["Tutela della salute", "798,4", "741,2", "8,9%"],
   ["Ricerca e innovazione", "142,6", "118,9", "1,6%"], ["Servizi istituzionali e generali", "1.640,3", "1.581,0", "18,2%"],
   ["Totale", "8.994,1", "8.728,6", "100,0%"]]
}
for k, v in C.items():
    json.dump(v, open(f"/work/blind/r18/{k}.content.json", "w"), ensure_ascii=False, indent=1)
print("ok")
