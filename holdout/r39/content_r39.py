"""Round r39 contents: writes the three NAME.content.json files (hand-written data)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

# ------------------------------------------------------------------ A. Regione Piemonte (reportlab, report software)
# indicator: code, name, formula, weight, baseline, target, actual, grado, esito, better, comment
piemonte = {
 "document": {"issuer": "Regione Piemonte", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["REGIONE PIEMONTE", "Giunta regionale – Direzione della Giunta regionale", "Relazione sulla performance 2023",
           "art. 10, comma 1, lett. b) del d.lgs. 150/2009 – Validata dall'OIV con verbale n. 7 del 21 giugno 2024"],
 "intro": [
  "La Relazione sulla performance evidenzia, a consuntivo, i risultati organizzativi raggiunti nel 2023 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione 2023-2025 e alle risorse assegnate alle Direzioni regionali. Il documento è stato predisposto a partire dai dati registrati nel sistema informativo di gestione della performance, alimentato dalle strutture con cadenza quadrimestrale.",
  "Gli obiettivi strategici discendono dalle priorità del Documento di economia e finanza regionale (DEFR) e sono articolati in tre aree strategiche. Per ciascun indicatore sono riportati la formula di calcolo, il peso attribuito, il valore di partenza, il target e il valore a consuntivo, con il grado di raggiungimento calcolato secondo il Sistema di misurazione e valutazione della performance.",
 ],
 "context": [
  "Al 31 dicembre 2023 l'organico della Giunta regionale conta 2.847 unità di personale, distribuite su 17 Direzioni e 4 strutture temporanee. Nel corso dell'anno sono state concluse 11 procedure concorsuali, che hanno consentito l'ingresso di 214 nuove unità, a fronte di 163 cessazioni.",
 ],
 "cycle": [
  "Il ciclo di gestione della performance 2023 si è articolato nelle fasi di programmazione (approvazione del PIAO 2023-2025 con D.G.R. n. 2-6594 del 13 marzo 2023), monitoraggio intermedio al 31 agosto, con la conseguente rimodulazione di quattro indicatori, e misurazione finale al 31 dicembre. Le schede di consuntivo sono state compilate dai Direttori regionali entro il 29 febbraio 2024 e verificate dal Settore Controllo di gestione, che ha acquisito la documentazione a supporto dei valori dichiarati.",
  "L'Organismo indipendente di valutazione ha esaminato i risultati nelle sedute del 23 aprile e del 21 maggio 2024, chiedendo integrazioni per tre indicatori, e ha validato la Relazione il 21 giugno 2024. Gli esiti della misurazione concorrono alla valutazione della performance organizzativa delle Direzioni e, per la quota prevista dal Sistema, alla valutazione individuale dei dirigenti.",
 ],
 "staff": {"title": "Tabella 1 – Personale in servizio al 31/12/2023 per categoria", "header": ["Categoria", "Uomini", "Donne", "Totale", "% sul totale"],
   "rows": [["Dirigenti", "78", "64", "142", "5,0%"], ["Categoria D", "612", "903", "1.515", "53,2%"], ["Categoria C", "287", "612", "899", "31,6%"],
            ["Categoria B", "121", "170", "291", "10,2%"], ["Totale", "1.098", "1.749", "2.847", "100,0%"]]},
 "budget_text": "La tabella seguente riporta, per le principali missioni di bilancio, gli stanziamenti definitivi di competenza e gli impegni assunti nell'esercizio.",
 "budget": {"title": "Tabella 2 – Stanziamenti e impegni 2023 per missione (importi in euro)", "header": ["Missione", "Stanziamenti definitivi", "Impegni", "% impegnato"],
   "rows": [["01 – Servizi istituzionali, generali e di gestione", "612.418.300,00", "548.902.117,45", "89,6%"],
            ["09 – Sviluppo sostenibile e tutela del territorio", "284.117.900,00", "231.660.402,18", "81,5%"],
            ["10 – Trasporti e diritto alla mobilità", "811.540.000,00", "779.006.311,92", "96,0%"],
            ["13 – Tutela della salute", "9.412.870.500,00", "9.318.204.660,73", "99,0%"],
            ["14 – Sviluppo economico e competitività", "198.304.100,00", "142.778.950,60", "72,0%"],
            ["15 – Politiche per il lavoro e la formazione professionale", "356.902.400,00", "318.455.270,14", "89,2%"],
            ["Totale missioni considerate", "11.676.153.200,00", "11.339.007.713,02", "97,1%"]]},
 "header": ["Cod.", "Indicatore", "Formula di calcolo", "Peso", "Baseline 2022", "Target 2023", "Consuntivo 2023", "Grado ragg.", "Esito"],
 "areas": [
  {"code": "1", "title": "Piemonte che innova, lavora e cresce", "strategic": [
    {"code": "1.1", "title": "Sostenere la competitività e l'innovazione del sistema produttivo", "indicators": [
      ["1.1.01", "Percentuale di risorse del PR FESR 2021-2027 impegnate sul totale programmato", "Impegni assunti / dotazione del PR FESR × 100", "15%", "18,4%", "≥ 30%", "34,2%", "100%", "Raggiunto", "higher", None],
      ["1.1.02", "Tempo medio di istruttoria delle domande di agevolazione alle imprese", "Σ giorni tra presentazione e concessione / n. domande istruite", "10%", "96 gg", "≤ 90 gg", "84 gg", "100%", "Raggiunto", "lower", None],
      ["1.1.03", "Numero di imprese beneficiarie di contributi per progetti di innovazione", "Conteggio delle imprese con concessione nell'anno", "10%", "412", "≥ 450", "438", "97,3%", "Parzialmente raggiunto", "higher",
       "Nota: il bando «Innovazione PMI» è stato riaperto a ottobre 2023 a seguito della rimodulazione del PR FESR; 37 domande ammissibili saranno concesse nel primo trimestre 2024."]]},
    {"code": "1.2", "title": "Rafforzare le politiche attive del lavoro e la formazione professionale", "indicators": [
      ["1.2.01", "Tasso di presa in carico dei beneficiari del programma GOL entro 30 giorni dalla registrazione", "Beneficiari presi in carico entro 30 gg / beneficiari registrati × 100", "15%", "71,5%", "≥ 75%", "78,9%", "100%", "Raggiunto", "higher", None],
      ["1.2.02", "Numero di percorsi formativi avviati a valere sul catalogo regionale", "Conteggio dei percorsi con comunicazione di avvio", "10%", "1.180", "≥ 1.250", "1.312", "100%", "Raggiunto", "higher", None],
      ["1.2.03", "Tempo medio di liquidazione dei rimborsi agli enti di formazione accreditati", "Σ giorni tra rendiconto e mandato / n. rendiconti liquidati", "10%", "74 gg", "≤ 60 gg", "68 gg", "86,7%", "Parzialmente raggiunto", "lower",
       "Nota: lo scostamento è dovuto al passaggio al nuovo sistema di rendicontazione, entrato a regime dal mese di settembre; nell'ultimo quadrimestre il tempo medio è sceso a 52 giorni."]]}]},
  {"code": "2", "title": "Piemonte sostenibile, connesso e sicuro", "strategic": [
    {"code": "2.1", "title": "Accompagnare la transizione ecologica e tutelare il territorio", "indicators": [
      ["2.1.01", "Percentuale di raccolta differenziata dei rifiuti urbani a livello regionale", "Rifiuti raccolti in modo differenziato / rifiuti urbani prodotti × 100", "10%", "66,2%", "≥ 68%", "67,1%", "98,7%", "Parzialmente raggiunto", "higher", None],
      ["2.1.02", "Percentuale di procedimenti di valutazione di impatto ambientale conclusi nei termini di legge", "Procedimenti VIA conclusi nei termini / procedimenti VIA conclusi × 100", "10%", "88,0%", "≥ 95%", "96,4%", "100%", "Raggiunto", "higher", None],
      ["2.1.03", "Superficie boscata interessata da interventi di prevenzione degli incendi", "Somma degli ettari oggetto di interventi conclusi", "5%", "n.d.", "≥ 1.500 ha", "1.620 ha", "100%", "Raggiunto", "higher", None]]},
    {"code": "2.2", "title": "Migliorare la qualità e la sostenibilità della mobilità regionale", "indicators": [
      ["2.2.01", "Percentuale di corse del servizio ferroviario regionale arrivate in orario (ritardo non superiore a 5 minuti)", "Corse in orario / corse effettuate × 100", "10%", "88,9%", "≥ 90%", "87,6%", "97,3%", "Parzialmente raggiunto", "higher",
       "Nota: il risultato risente delle interruzioni per i cantieri sulla linea Torino–Milano e dell'evento alluvionale di novembre; al netto delle cause esterne la puntualità si attesta al 91,2%."],
      ["2.2.02", "Numero di autobus a basse o zero emissioni immessi nel servizio di trasporto pubblico locale", "Conteggio dei mezzi immatricolati e consegnati alle aziende", "10%", "96", "≥ 120", "134", "100%", "Raggiunto", "higher", None],
      ["2.2.03", "Risorse PNRR per il rinnovo del materiale rotabile liquidate alle aziende", "Somma dei mandati di pagamento emessi nell'anno", "10%", "€ 38.500.000,00", "≥ € 45.000.000,00", "€ 47.212.640,18", "100%", "Raggiunto", "higher", None]]}]},
  {"code": "3", "title": "Piemonte che cura e amministrazione efficiente", "strategic": [
    {"code": "3.1", "title": "Governare il sistema sanitario regionale e ridurre i tempi di attesa", "indicators": [
      ["3.1.01", "Percentuale di prestazioni ambulatoriali di classe B erogate entro 10 giorni", "Prestazioni classe B erogate nei tempi / prestazioni classe B prenotate × 100", "15%", "78,0%", "≥ 90%", "83,4%", "92,7%", "Parzialmente raggiunto", "higher", None],
      ["3.1.02", "Tempo medio di pagamento dei fornitori delle aziende del SSR", "Media ponderata per importo dei giorni di pagamento", "10%", "42 gg", "≤ 60 gg", "38 gg", "100%", "Raggiunto", "lower", None],
      ["3.1.03", "Approvazione dell'aggiornamento del Piano regionale della prevenzione", "Deliberazione di Giunta regionale di approvazione", "5%", "—", "entro 30/06/2023", "Obiettivo sospeso", "—", "Sospeso", None,
       "Nota: l'aggiornamento è stato sospeso in attesa dell'intesa Stato-Regioni sulla rimodulazione del Piano nazionale della prevenzione; il peso è stato ridistribuito sugli altri obiettivi della Direzione Sanità."]]},
    {"code": "3.2", "title": "Semplificare i procedimenti e accelerare la trasformazione digitale", "indicators": [
      ["3.2.01", "Percentuale di procedimenti a istanza di parte accessibili online con SPID o CIE", "Procedimenti digitalizzati / procedimenti censiti × 100", "10%", "62%", "≥ 75%", "79%", "100%", "Raggiunto", "higher", None],
      ["3.2.02", "Indicatore annuale di tempestività dei pagamenti (ITP)", "Ritardo medio ponderato dei pagamenti rispetto alla scadenza", "10%", "-4,2", "≤ 0", "-7,8", "100%", "Raggiunto", "lower", None],
      ["3.2.03", "Grado di attuazione delle misure di prevenzione previste dalla sezione Rischi corruttivi e trasparenza", "Misure attuate / misure programmate × 100", "10%", "92%", "100%", "100%", "100%", "Raggiunto", "higher", None]]}]}],
 "outcomes": {"title": "Tabella 3 – Esito degli indicatori per area strategica", "header": ["Area strategica", "Raggiunti", "Parzialmente raggiunti", "Sospesi", "Totale"],
   "rows": [["1 – Piemonte che innova, lavora e cresce", "4", "2", "0", "6"], ["2 – Piemonte sostenibile, connesso e sicuro", "4", "2", "0", "6"],
            ["3 – Piemonte che cura e amministrazione efficiente", "3", "2", "1", "6"], ["Totale", "11", "6", "1", "18"]]},
 "gender": [
  "Il Piano delle azioni positive 2023-2025 è stato attuato per il 78% delle azioni programmate. Nel 2023 le donne rappresentano il 61,4% del personale e il 45,1% della dirigenza; il lavoro agile ha interessato 1.912 dipendenti, con una media di 7,6 giornate al mese.",
  "L'indagine sul benessere organizzativo, somministrata a novembre 2023, ha registrato un tasso di risposta del 42% e un punteggio medio di 3,9 su una scala da 1 a 6, in lieve crescita rispetto alla rilevazione precedente.",
 ],
 "closing": [
  "Nel complesso, dei 18 indicatori monitorati 11 risultano raggiunti, 6 parzialmente raggiunti e 1 sospeso. Il grado medio di raggiungimento degli obiettivi strategici, ponderato per i pesi attribuiti, è pari al 97,4%.",
  "Le criticità emerse sono state considerate nella definizione degli obiettivi del PIAO 2024-2026, in particolare per la tempestività delle liquidazioni in materia di formazione professionale e per i tempi di attesa delle prestazioni ambulatoriali.",
 ],
}

# ------------------------------------------------------------------ B. ASL Avellino PIAO (chromium HTML)
# indicator: code, name, fonte, baseline 2024, t2025, t2026, t2027, struttura, better
avellino = {
 "document": {"issuer": "Azienda Sanitaria Locale Avellino", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
 "cover": ["Regione Campania – Servizio Sanitario Regionale", "AZIENDA SANITARIA LOCALE AVELLINO",
           "Piano Integrato di Attività e Organizzazione 2025-2027", "Sezione 2 – Valore pubblico, performance e anticorruzione",
           "Adottato con deliberazione del Direttore Generale n. 118 del 30 gennaio 2025"],
 "vp": [
  "La sottosezione Valore pubblico individua gli impatti attesi dell'azione aziendale sulla salute della popolazione della provincia di Avellino (circa 400.000 residenti distribuiti in 118 comuni, con una quota di ultrasessantacinquenni pari al 25,3%). Gli obiettivi di valore pubblico orientano la programmazione della performance organizzativa e sono declinati in obiettivi strategici triennali, a loro volta tradotti negli obiettivi di budget assegnati ai Distretti, ai Presidi ospedalieri e ai Dipartimenti.",
  "Gli obiettivi strategici sono raggruppati in tre aree, coerenti con le dimensioni del Nuovo sistema di garanzia dei LEA: accessibilità e tempi di attesa, prevenzione e assistenza territoriale, sostenibilità ed efficienza organizzativa. Per ciascun indicatore sono indicati la fonte del dato, il valore di partenza 2024 e i target annuali del triennio.",
 ],
 "perf_intro": "Le tabelle seguenti riportano gli indicatori della performance organizzativa aziendale. I target del 2025 costituiscono riferimento per la negoziazione di budget con i centri di responsabilità; quelli degli anni 2026 e 2027 saranno aggiornati in sede di scorrimento annuale del Piano.",
 "header": ["Cod.", "Indicatore", "Fonte", "Baseline 2024", "Target 2025", "Target 2026", "Target 2027", "Struttura responsabile"],
 "areas": [
  {"code": "A", "title": "ACCESSIBILITÀ E TEMPI DI ATTESA", "strategic": [
    {"code": "A.1", "title": "Ridurre i tempi di attesa per le prestazioni specialistiche ambulatoriali", "indicators": [
      ["A.1.1", "Percentuale di prime visite in classe di priorità B garantite entro 10 giorni", "CUP regionale – flusso ex art. 50", "72,4%", "≥ 80%", "≥ 85%", "≥ 90%", "UOC Specialistica ambulatoriale", "higher"],
      ["A.1.2", "Percentuale di prestazioni diagnostiche in classe D garantite entro 60 giorni", "CUP regionale – flusso ex art. 50", "64,8%", "≥ 75%", "≥ 80%", "≥ 85%", "UOC Specialistica ambulatoriale", "higher"],
      ["A.1.3", "Tasso di prestazioni prenotate e non erogate per mancata disdetta", "Sistema CUP aziendale", "9,6%", "≤ 8%", "≤ 7%", "≤ 6%", "UOC Sistemi informativi", "lower"]]},
    {"code": "A.2", "title": "Migliorare l'appropriatezza e la tempestività dell'attività ospedaliera", "indicators": [
      ["A.2.1", "Percentuale di interventi per frattura del collo del femore over 65 eseguiti entro 48 ore", "SDO – PNE AGENAS", "58,1%", "≥ 65%", "≥ 70%", "≥ 75%", "Direzione medica PO Ariano Irpino", "higher"],
      ["A.2.2", "Tempo medio di permanenza in Pronto Soccorso dei pazienti non ricoverati", "Flusso EMUR-PS", "7,9 ore", "≤ 6 ore", "≤ 5 ore", "≤ 4 ore", "Dipartimento di Emergenza", "lower"],
      ["A.2.3", "Percentuale di parti cesarei primari in strutture con meno di 1.000 parti annui", "CEDAP – SDO", "31,2%", "≤ 25%", "≤ 20%", "≤ 20%", "UOC Ostetricia e Ginecologia", "lower"]]}]},
  {"code": "B", "title": "PREVENZIONE E ASSISTENZA TERRITORIALE", "strategic": [
    {"code": "B.1", "title": "Potenziare la prevenzione e gli screening oncologici", "indicators": [
      ["B.1.1", "Percentuale di adesione allo screening mammografico nella popolazione target", "Piattaforma screening regionale", "38,5%", "≥ 45%", "≥ 50%", "≥ 60%", "Dipartimento di Prevenzione", "higher"],
      ["B.1.2", "Percentuale di adesione allo screening del colon-retto", "Piattaforma screening regionale", "21,7%", "≥ 30%", "≥ 35%", "≥ 40%", "Dipartimento di Prevenzione", "higher"],
      ["B.1.3", "Copertura vaccinale antinfluenzale negli ultrasessantacinquenni", "Anagrafe vaccinale regionale", "52,3%", "≥ 60%", "≥ 65%", "≥ 75%", "UOC Igiene e sanità pubblica", "higher"]]},
    {"code": "B.2", "title": "Sviluppare l'assistenza territoriale e domiciliare (DM 77/2022)", "indicators": [
      ["B.2.1", "Percentuale di over 65 presi in carico in assistenza domiciliare integrata", "Flusso SIAD", "6,8%", "≥ 8%", "≥ 9%", "≥ 10%", "Distretti sanitari", "higher"],
      ["B.2.2", "Numero di Case della Comunità attivate con almeno i servizi minimi del DM 77/2022", "Rilevazione aziendale", "3", "≥ 8", "≥ 12", "", "UOC Cure primarie", "higher"],
      ["B.2.3", "Tasso di ospedalizzazione per patologie croniche sensibili alle cure territoriali (per 100.000 abitanti)", "SDO – NSG", "412", "≤ 390", "≤ 370", "≤ 350", "Distretti sanitari", "lower"]]}]},
  {"code": "C", "title": "SOSTENIBILITÀ ED EFFICIENZA ORGANIZZATIVA", "strategic": [
    {"code": "C.1", "title": "Garantire l'equilibrio economico e la tempestività dei pagamenti", "indicators": [
      ["C.1.1", "Indicatore di tempestività dei pagamenti (giorni di ritardo medio)", "PCC – MEF", "12 gg", "≤ 0 gg", "≤ 0 gg", "≤ 0 gg", "UOC Gestione economico-finanziaria", "lower"],
      ["C.1.2", "Percentuale di spesa farmaceutica per acquisti diretti sul tetto assegnato", "Flusso DM – Tracciabilità", "104,2%", "≤ 100%", "≤ 100%", "≤ 100%", "UOC Farmaceutica", "lower"],
      ["C.1.3", "Costo pro capite per dispositivi medici", "Conto economico – modello CE", "€ 96,40", "≤ € 92,00", "≤ € 90,00", "≤ € 88,00", "UOC Acquisizione beni e servizi", "lower"]]},
    {"code": "C.2", "title": "Valorizzare il personale e digitalizzare i processi", "indicators": [
      ["C.2.1", "Percentuale di dipendenti che hanno completato almeno 24 ore di formazione", "Piattaforma ECM aziendale", "61%", "≥ 70%", "≥ 75%", "≥ 80%", "UOC Formazione", "higher"],
      ["C.2.2", "Percentuale di referti di laboratorio consultabili nel Fascicolo sanitario elettronico", "FSE regionale", "78,0%", "≥ 90%", "100%", "100%", "UOC Sistemi informativi", "higher"]]}]}],
 "staff_intro": "Il raggiungimento degli obiettivi è sostenuto dalla dotazione di personale riportata nella tabella seguente, che costituisce la base per la sottosezione 3.3 – Piano triennale dei fabbisogni di personale.",
 "staff": {"title": "Tabella 4 – Personale dipendente al 31/12/2024 per ruolo", "header": ["Ruolo", "Tempo indeterminato", "Tempo determinato", "Totale"],
   "rows": [["Dirigenza medica e veterinaria", "612", "38", "650"], ["Dirigenza sanitaria non medica", "74", "6", "80"],
            ["Personale del comparto sanitario", "1.488", "112", "1.600"], ["Personale tecnico e socio-sanitario", "402", "21", "423"],
            ["Personale amministrativo e professionale", "318", "9", "327"], ["Totale", "2.894", "186", "3.080"]]},
 "closing": "Il monitoraggio degli indicatori è effettuato con cadenza quadrimestrale dalla UOC Controllo di gestione e i relativi esiti sono trasmessi all'Organismo indipendente di valutazione.",
}

# ------------------------------------------------------------------ C. Università di Genova (openpyxl -> Calc)
# indicator: code, name, unit, baseline, target, actual, stato, commento, better
genova = {
 "document": {"issuer": "Università degli Studi di Genova", "title": "Relazione integrata", "year": 2023, "kind": "relazione"},
 "sheet1_title": "UNIVERSITÀ DEGLI STUDI DI GENOVA",
 "sheet1_sub": "Relazione integrata 2023 – Performance, risultati e risorse",
 "intro": [
  "La Relazione integrata rende conto dei risultati conseguiti nel 2023 rispetto agli obiettivi del Piano strategico 2022-2026 e del PIAO 2023-2025, integrando le informazioni su performance, bilancio e personale.",
  "Nel foglio «Indicatori strategici» sono riportati, per ciascun ambito e obiettivo strategico, gli indicatori con il valore di riferimento 2021, il target e il risultato 2023, lo stato di avanzamento e il commento della struttura responsabile.",
 ],
 "budget": {"title": "Tab. 1 – Proventi e costi dell'esercizio 2023 (valori in migliaia di euro)", "header": ["Voce", "Consuntivo 2022", "Consuntivo 2023", "Variazione %"],
   "rows": [["Fondo di finanziamento ordinario", "236.418", "248.905", "5,3%"], ["Contribuzione studentesca", "41.207", "42.116", "2,2%"],
            ["Proventi da ricerca con finanziamenti competitivi", "38.662", "51.340", "32,8%"], ["Costi del personale", "214.530", "223.874", "4,4%"],
            ["Costi della gestione corrente", "78.914", "84.201", "6,7%"], ["Risultato d'esercizio", "9.482", "12.037", "26,9%"]]},
 "header": ["Obiettivo strategico", "Cod.", "Indicatore", "Unità di misura", "Baseline 2021", "Target 2023", "Risultato 2023", "Stato", "Commento"],
 "areas": [
  {"code": "D", "title": "Ambito D – DIDATTICA", "objectives": [
    {"code": "D.1", "title": "Ampliare e qualificare l'offerta formativa", "indicators": [
      ["D.1.1", "Numero di iscritti al primo anno dei corsi di laurea e laurea magistrale a ciclo unico", "n.", "6.912", "≥ 7.000", "7.348", "Raggiunto", None, "higher"],
      ["D.1.2", "Percentuale di corsi di studio con almeno un insegnamento erogato in lingua inglese", "%", "24,0%", "≥ 30%", "33,5%", "Raggiunto", None, "higher"],
      ["D.1.3", "Percentuale di studenti che proseguono al II anno con almeno 40 CFU", "%", "52,8%", "≥ 56%", "54,9%", "Parzialmente raggiunto", "Dato provvisorio ANS al 30/06/2024; in crescita nei corsi dell'area scientifica.", "higher"]]},
    {"code": "D.2", "title": "Migliorare la regolarità delle carriere e l'occupabilità", "indicators": [
      ["D.2.1", "Percentuale di laureati entro la durata normale del corso", "%", "55,1%", "≥ 58%", "58,7%", "Raggiunto", None, "higher"],
      ["D.2.2", "Tasso di occupazione dei laureati magistrali a un anno dal titolo", "%", "71,4%", "≥ 74%", "76,2%", "Raggiunto", "Fonte: indagine AlmaLaurea 2024.", "higher"],
      ["D.2.3", "Tempo medio di rilascio del diploma di laurea", "gg", "120 gg", "≤ 90 gg", "97 gg", "Non raggiunto", "Ritardi nella fornitura delle pergamene; nuovo contratto attivo da marzo 2024.", "lower"]]}]},
  {"code": "R", "title": "Ambito R – RICERCA", "objectives": [
    {"code": "R.1", "title": "Rafforzare la capacità di attrarre finanziamenti competitivi", "indicators": [
      ["R.1.1", "Proventi da ricerca con finanziamenti competitivi", "€", "€ 31.400.000", "≥ € 35.000.000", "€ 51.340.000", "Raggiunto", "Include i progetti PNRR (partenariati estesi e centri nazionali).", "higher"],
      ["R.1.2", "Numero di progetti Horizon Europe finanziati nell'anno", "n.", "18", "≥ 20", "23", "Raggiunto", None, "higher"],
      ["R.1.3", "Percentuale di docenti e ricercatori attivi nella ricerca (almeno 2 prodotti nel triennio)", "%", "89,3%", "≥ 92%", "91,1%", "Parzialmente raggiunto", None, "higher"]]},
    {"code": "R.2", "title": "Sostenere i giovani ricercatori e il dottorato", "indicators": [
      ["R.2.1", "Numero di borse di dottorato finanziate (incluse PNRR)", "n.", "286", "≥ 300", "412", "Raggiunto", None, "higher"],
      ["R.2.2", "Percentuale di dottori di ricerca con esperienza all'estero di almeno 3 mesi", "%", "38,0%", "≥ 40%", "35,5%", "Non raggiunto", "Le mobilità del XXXVII ciclo sono state concentrate nel 2024.", "higher"]]}]},
  {"code": "T", "title": "Ambito T – TERZA MISSIONE E SERVIZI", "objectives": [
    {"code": "T.1", "title": "Valorizzare i risultati della ricerca e l'impatto sul territorio", "indicators": [
      ["T.1.1", "Numero di brevetti depositati", "n.", "14", "≥ 15", "17", "Raggiunto", None, "higher"],
      ["T.1.2", "Numero di spin-off accreditati attivi", "n.", "32", "≥ 34", "34", "Raggiunto", None, "higher"],
      ["T.1.3", "Entrate da attività conto terzi", "€", "€ 9.850.000", "≥ € 10.500.000", "€ 10.214.300", "Parzialmente raggiunto", None, "higher"]]},
    {"code": "T.2", "title": "Migliorare l'efficienza e la sostenibilità dei servizi", "indicators": [
      ["T.2.1", "Indicatore di tempestività dei pagamenti", "gg", "-6,3 gg", "≤ 0 gg", "-9,1 gg", "Raggiunto", None, "lower"],
      ["T.2.2", "Riduzione dei consumi di energia elettrica rispetto al 2021", "%", "—", "≥ 10%", "12,4%", "Raggiunto", "Effetto degli impianti fotovoltaici di Valletta Puggia e Albaro.", "higher"],
      ["T.2.3", "Grado di soddisfazione degli studenti sui servizi (scala 1-6)", "punti", "4,1", "≥ 4,3", "4,3", "Raggiunto", "Indagine Good Practice 2023.", "higher"]]}]}],
 "footer_note": "Stato: Raggiunto = risultato ≥ target; Parzialmente raggiunto = risultato ≥ 90% del target; Non raggiunto = risultato < 90% del target.",
}

for name, c in (("regione-piemonte-2023-relazione", piemonte), ("asl-avellino-2025-piao", avellino), ("universita-genova-2023-relazione", genova)):
    json.dump(c, open(os.path.join(HERE, name + ".content.json"), "w"), ensure_ascii=False, indent=1)
print("ok")
