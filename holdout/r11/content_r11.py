"""Writes the four r11 *.content.json files (the content as data)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- 1. Regione Abruzzo
regione = {
 "name": "regione-abruzzo-2023-relazione",
 "layout": "word-two-row-header-tables-per-operational-objective",
 "document": {"issuer": "Regione Abruzzo", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["REGIONE ABRUZZO", "Giunta Regionale", "Dipartimento Presidenza – Servizio Controllo di gestione e performance",
           "RELAZIONE SULLA PERFORMANCE", "ANNO 2023", "(art. 10, comma 1, lett. b), D.Lgs. 27 ottobre 2009, n. 150)",
           "Approvata con D.G.R. n. 402 del 26 giugno 2024"],
 "intro": [
  ("h1", "1. Presentazione"),
  ("p", "La Relazione sulla Performance costituisce lo strumento con il quale l'Amministrazione regionale illustra ai cittadini e a tutti gli stakeholder i risultati organizzativi e individuali raggiunti nel corso dell'anno 2023 rispetto agli obiettivi programmati nel Piano Integrato di Attività e Organizzazione (PIAO) 2023-2025, approvato con D.G.R. n. 96 del 20 febbraio 2023."),
  ("p", "Per ciascun obiettivo operativo sono riportati gli indicatori, il valore atteso e il valore conseguito al 31 dicembre 2023, lo scostamento e il grado di raggiungimento complessivo validato dall'Organismo Indipendente di Valutazione (OIV) nella seduta del 12 giugno 2024."),
  ("h1", "2. Le risorse"),
  ("p", "Nella tabella seguente sono riepilogate le risorse finanziarie di competenza assegnate alle tre aree strategiche e il relativo grado di impegno al 31/12/2023."),
  ("budget", {"caption": "Tabella 1 – Risorse finanziarie per area strategica (valori in euro)",
              "header": ["Area strategica", "Stanziamento definitivo", "Impegnato", "% impegno"],
              "rows": [["1 – Sviluppo economico e lavoro", "412.380.511,20", "356.104.220,45", "86,4%"],
                       ["2 – Sanità e politiche sociali", "2.904.117.002,00", "2.871.330.913,62", "98,9%"],
                       ["3 – Territorio, ambiente e infrastrutture", "268.940.300,75", "190.611.428,10", "70,9%"],
                       ["Totale", "3.585.437.813,95", "3.418.046.562,17", "95,3%"]]}),
  ("h1", "3. I risultati per obiettivo"),
  ("p", "Per ogni obiettivo operativo la tabella riporta gli indicatori associati. Il grado di raggiungimento dell'obiettivo è calcolato come media ponderata dei risultati dei singoli indicatori."),
 ],
 "header_top": ["Indicatore", "Valore", "", "Scostamento", "Note"],
 "header_sub": ["", "Atteso", "Conseguito", "", ""],
 "areas": [
  {"code": "1", "title": "Sviluppo economico e lavoro", "strategic": [
   {"code": "1.1", "title": "Sostenere la competitività del sistema produttivo regionale", "operational": [
    {"code": "1.1.1", "title": "Gestione dei bandi FESR 2021-2027 a favore delle PMI",
     "rows": [
      {"indicator": "Tempo medio di istruttoria delle domande di contributo", "target": "≤ 90 gg", "actual": "78 gg", "scost": "-12 gg", "notes": None},
      {"indicator": "Percentuale di risorse impegnate sulla dotazione dei bandi", "target": "≥ 80%", "actual": "84,6%", "scost": "+4,6 p.p.", "notes": None}],
     "status_line": ["Grado di raggiungimento:", "100%", "Obiettivo raggiunto"], "after": []},
    {"code": "1.1.2", "title": "Semplificazione dello Sportello unico per le attività produttive (SUAP)",
     "rows": [
      {"indicator": "Numero di procedimenti SUAP digitalizzati sulla piattaforma regionale", "target": "≥ 25", "actual": "27", "scost": "+2", "notes": None},
      {"indicator": "Percentuale di Comuni aderenti al SUAP telematico regionale", "target": "95%", "target_fn": "1", "actual": "96,3%", "scost": "+1,3 p.p.", "notes": "Adesione formalizzata con convenzione"}],
     "footnotes": [["1", "Percentuale calcolata sui 305 Comuni abruzzesi al 1° gennaio 2023."]],
     "status_line": ["Grado di raggiungimento:", "100%", "Obiettivo raggiunto"], "after": []}]},
   {"code": "1.2", "title": "Rafforzare le politiche attive del lavoro", "operational": [
    {"code": "1.2.3", "title": "Attuazione del Programma GOL – Garanzia di occupabilità dei lavoratori",
     "rows": [
      {"indicator": "Beneficiari presi in carico dai Centri per l'impiego", "target": "≥ 18.500", "actual": "21.340", "scost": "+2.840", "notes": "Target PNRR M5C1"},
      {"indicator": "Percentuale di beneficiari avviati a percorsi di formazione", "target": "≥ 25%", "actual": "19,8%", "actual_fn": "2", "scost": "-5,2 p.p.", "notes": None},
      {"indicator": "Tempo medio di attivazione del patto di servizio personalizzato", "target": "≤ 30 gg", "actual": "n.d.", "scost": "-", "notes": "Dato non disponibile per migrazione del sistema informativo"}],
     "footnotes": [["2", "Dato al 31/12/2023 estratto dal Sistema informativo regionale del lavoro, in corso di consolidamento."]],
     "status_line": ["Grado di raggiungimento:", "60%", "Obiettivo parzialmente raggiunto"],
     "after": ["Lo scostamento è dovuto al ritardo nell'approvazione del catalogo regionale dell'offerta formativa, avvenuta con D.G.R. n. 512 del 4 agosto 2023. Le attività di formazione proseguono nel 2024."]}]}]},
  {"code": "2", "title": "Sanità e politiche sociali", "strategic": [
   {"code": "2.1", "title": "Migliorare l'accesso alle prestazioni sanitarie", "operational": [
    {"code": "2.1.3", "title": "Monitoraggio dei tempi di attesa delle prestazioni ambulatoriali",
     "rows": [
      {"indicator": "Prestazioni in classe di priorità B erogate entro 10 giorni", "target": "≥ 90%", "actual": "86,2%", "scost": "-3,8 p.p.", "notes": "Media delle quattro ASL"},
      {"indicator": "Report trimestrali di monitoraggio pubblicati sul portale regionale", "target": "4", "actual": "4", "scost": "0", "notes": None},
      {"indicator": "Aggiornamento del Piano regionale di governo delle liste di attesa", "target": "Entro il 30/06/2023", "actual": "D.G.R. n. 389 del 26/06/2023", "scost": "-", "notes": None}],
     "status_line": ["Grado di raggiungimento:", "90%", "Obiettivo parzialmente raggiunto"], "after": []},
    {"code": "2.1.4", "title": "Potenziamento della telemedicina nelle aree interne",
     "rows": [
      {"indicator": "Numero di pazienti cronici seguiti in telemonitoraggio domiciliare", "target": "≥ 1.200", "actual": "1.415", "scost": "+215", "notes": None},
      {"indicator": "Percentuale di Case della Comunità con servizi di teleconsulto attivi", "target": "30%", "actual": "12,5%", "scost": "-17,5 p.p.", "notes": "Piattaforma regionale attivata a novembre 2023"}],
     "status_line": ["Grado di raggiungimento:", "40%", "Obiettivo non raggiunto"],
     "after": ["Il mancato raggiungimento è imputabile al ritardo nella consegna della piattaforma regionale di telemedicina da parte del fornitore individuato da AGENAS. L'obiettivo è stato riproposto nel PIAO 2024-2026."]}]},
   {"code": "2.2", "title": "Rafforzare la rete dei servizi sociali territoriali", "operational": [
    {"code": "2.2.1", "title": "Riparto e monitoraggio del Fondo regionale per le politiche sociali",
     "rows": [
      {"indicator": "Risorse del Fondo trasferite agli Ambiti distrettuali sociali", "target": "€ 14.500.000,00", "actual": "€ 14.500.000,00", "scost": "-", "notes": None},
      {"indicator": "Tempo medio di liquidazione agli Ambiti dalla richiesta di erogazione", "target": "≤ 45 gg", "actual": "38 gg", "scost": "-7 gg", "notes": None}],
     "status_line": ["Grado di raggiungimento:", "100%", "Obiettivo raggiunto"], "after": []}]}]},
  {"code": "3", "title": "Territorio, ambiente e infrastrutture", "strategic": [
   {"code": "3.1", "title": "Tutelare la qualità dell'ambiente e gestire il ciclo dei rifiuti", "operational": [
    {"code": "3.1.2", "title": "Attuazione del Piano regionale di gestione integrata dei rifiuti",
     "rows": [
      {"indicator": "Percentuale di raccolta differenziata a livello regionale", "target": "≥ 65%", "actual": "63,9%", "actual_fn": "3", "scost": "-1,1 p.p.", "notes": "Dato provvisorio"},
      {"indicator": "Numero di impianti di compostaggio autorizzati nell'anno", "target": "≥ 3", "actual": "3", "scost": "0", "notes": None},
      {"indicator": "Tonnellate di rifiuti urbani conferiti in discarica", "target": "≤ 180.000", "actual": "171.250", "scost": "-8.750", "notes": None}],
     "footnotes": [["3", "Fonte: ARTA Abruzzo, Osservatorio regionale rifiuti; dato in attesa di certificazione ISPRA."]],
     "status_line": ["Grado di raggiungimento:", "85%", "Obiettivo parzialmente raggiunto"], "after": []},
    {"code": "3.1.5", "title": "Controlli sulle installazioni soggette ad Autorizzazione integrata ambientale (AIA)",
     "rows": [
      {"indicator": "Percentuale di installazioni AIA sottoposte a ispezione ordinaria", "target": "≥ 33%", "actual": "35,1%", "scost": "+2,1 p.p.", "notes": None},
      {"indicator": "Tempi di conclusione dei procedimenti di riesame AIA", "target": "≤ 150 gg", "actual": "162 gg", "scost": "+12 gg", "notes": "Due procedimenti sospesi per integrazioni"}],
     "status_line": ["Grado di raggiungimento:", "75%", "Obiettivo parzialmente raggiunto"],
     "after": ["Il superamento dei tempi è concentrato su due procedimenti complessi relativi al polo industriale della Val Pescara, per i quali sono state richieste integrazioni documentali."]}]}]}],
 "closing": [("h1", "4. Conclusioni"),
  ("p", "Nel complesso, dei 19 indicatori monitorati 12 hanno raggiunto o superato il valore atteso. Le criticità emerse, in particolare nell'area della sanità territoriale, sono state recepite nella programmazione 2024-2026.")]
}

# ---------------------------------------------------------------- 2. ASL Taranto (Calc)
def ind(code, name, formula, source, base, t24, t25, t26, w):
    return {"code": code, "indicator": name, "formula": formula, "source": source, "baseline": base,
            "targets": {"2024": t24, "2025": t25, "2026": t26}, "weight": w}

asl = {
 "name": "asl-taranto-2024-piano",
 "layout": "calc-landscape-print-titles-merged-area-objective",
 "document": {"issuer": "Azienda Sanitaria Locale Taranto", "title": "Piano della performance", "year": 2024, "kind": "piano"},
 "title_rows": ["REGIONE PUGLIA – Servizio Sanitario Regionale",
                "AZIENDA SANITARIA LOCALE TARANTO",
                "Piano della Performance 2024-2026 – Allegato A: Obiettivi strategici, indicatori e target"],
 "header": ["Area", "Obiettivo", "Codice ind.", "Indicatore", "Formula", "Fonte dati", "Baseline 2023", "Target 2024", "Target 2025", "Target 2026", "Peso %"],
 "areas": [
  {"cell": "1 – Prevenzione collettiva e sanità pubblica", "code": "1", "title": "Prevenzione collettiva e sanità pubblica", "objectives": [
   {"cell": "1.1 – Aumentare l'adesione ai programmi di screening oncologici", "code": "1.1", "title": "Aumentare l'adesione ai programmi di screening oncologici", "rows": [
    ind("P.1.1.1", "Estensione dello screening mammografico (donne 50-69 anni)", "N. donne invitate / popolazione target annua × 100", "Sistema informativo screening regionale", "78,0%", "≥ 85%", "≥ 90%", "≥ 95%", "5"),
    ind("P.1.1.2", "Adesione allo screening del carcinoma del colon-retto", "N. persone aderenti / N. persone invitate × 100", "Sistema informativo screening regionale", "31,4%", "≥ 35%", "≥ 40%", "≥ 45%", "4"),
    ind("P.1.1.3", "Adesione allo screening della cervice uterina (HPV-DNA test)", "N. donne aderenti / N. donne invitate × 100", "Sistema informativo screening regionale", "42,7%", "≥ 45%", "≥ 50%", "≥ 50%", "3")]},
   {"cell": "1.2 – Migliorare le coperture vaccinali", "code": "1.2", "title": "Migliorare le coperture vaccinali", "rows": [
    ind("P.1.2.1", "Copertura vaccinale esavalente a 24 mesi", "Vaccinati con ciclo completo / coorte dei nati × 100", "Anagrafe vaccinale regionale GIAVA", "94,8%", "≥ 95%", "≥ 95%", "≥ 95%", "4"),
    ind("P.1.2.2", "Copertura vaccinale antinfluenzale negli ultrasessantacinquenni", "Vaccinati ≥ 65 anni / popolazione residente ≥ 65 anni × 100", "Anagrafe vaccinale regionale GIAVA", "58,2%", "≥ 65%", "≥ 70%", "≥ 75%", "3"),
    ind("P.1.2.3", "Copertura vaccinale anti-HPV nelle ragazze della coorte dei dodicenni", "Vaccinate ciclo completo / coorte femminile 12 anni × 100", "Anagrafe vaccinale regionale GIAVA", "n.d.", "≥ 70%", "≥ 80%", "≥ 90%", "2")]}]},
  {"cell": "2 – Assistenza ospedaliera", "code": "2", "title": "Assistenza ospedaliera", "objectives": [
   {"cell": "2.1 – Ridurre i tempi di attesa per i ricoveri programmati", "code": "2.1", "title": "Ridurre i tempi di attesa per i ricoveri programmati", "rows": [
    ind("H.2.1.1", "Interventi chirurgici per tumore maligno della mammella eseguiti entro 30 giorni dalla prenotazione", "Interventi entro 30 gg / totale interventi per tumore mammella × 100", "SDO – Flusso SISR", "71,5%", "≥ 80%", "≥ 85%", "≥ 90%", "5"),
    ind("H.2.1.2", "Tempo medio di attesa per intervento di protesi d'anca", "Σ giorni tra prenotazione e ricovero / N. interventi", "SDO – Flusso SISR", "124 gg", "≤ 120 gg", "≤ 100 gg", "≤ 90 gg", "4")]},
   {"cell": "2.2 – Migliorare l'appropriatezza e la sicurezza delle cure", "code": "2.2", "title": "Migliorare l'appropriatezza e la sicurezza delle cure", "rows": [
    ind("H.2.2.1", "Fratture del collo del femore operate entro 48 ore in pazienti over 65", "Interventi entro 2 giorni / totale fratture femore over 65 × 100", "PNE – AGENAS", "62,3%", "≥ 70%", "≥ 75%", "≥ 80%", "5"),
    ind("H.2.2.2", "Proporzione di parti con taglio cesareo primario", "Parti cesarei primari / parti senza pregresso cesareo × 100", "CeDAP", "27,9%", "≤ 25%", "≤ 22%", "≤ 20%", "4"),
    ind("H.2.2.3", "Tasso di infezioni del sito chirurgico negli interventi in elezione", "N. infezioni sito chirurgico / N. interventi sorvegliati × 100", "Sorveglianza ICA aziendale", "2,1%", "≤ 2%", "≤ 1,8%", "", "3"),
    ind("H.2.2.4", "Abbandoni dal Pronto Soccorso prima della visita medica", "Accessi con esito abbandono / totale accessi PS × 100", "Flusso EMUR-PS", "6,4%", "≤ 5%", "≤ 4,5%", "≤ 4%", "3")]}]},
  {"cell": "3 – Assistenza territoriale e di prossimità", "code": "3", "title": "Assistenza territoriale e di prossimità", "objectives": [
   {"cell": "3.1 – Potenziare l'assistenza domiciliare e le strutture di prossimità (DM 77/2022)", "code": "3.1", "title": "Potenziare l'assistenza domiciliare e le strutture di prossimità (DM 77/2022)", "rows": [
    ind("T.3.1.1", "Percentuale di assistiti over 65 presi in carico in assistenza domiciliare integrata", "Assistiti ≥ 65 anni in ADI / popolazione ≥ 65 anni × 100", "Flusso SIAD", "6,2%", "≥ 7%", "≥ 8,5%", "≥ 10%", "5"),
    ind("T.3.1.2", "Case della Comunità operative secondo gli standard del DM 77/2022", "N. Case della Comunità attivate", "Cruscotto PNRR M6C1", "2", "6", "10", "13", "4"),
    ind("T.3.1.3", "Tempo medio di presa in carico in ADI dalla segnalazione", "Σ giorni tra segnalazione e primo accesso / N. prese in carico", "Flusso SIAD", "9 gg", "≤ 7 gg", "≤ 5 gg", "≤ 3 gg", "3"),
    ind("T.3.1.4", "Centrali Operative Territoriali (COT) attive e interconnesse", "N. COT attive / N. COT programmate × 100", "Cruscotto PNRR M6C1", "40%", "100%", "100%", "100%", "2")]},
   {"cell": "3.2 – Garantire i tempi di attesa delle prestazioni specialistiche", "code": "3.2", "title": "Garantire i tempi di attesa delle prestazioni specialistiche", "rows": [
    ind("T.3.2.1", "Prestazioni ambulatoriali in classe B garantite entro 10 giorni", "Prestazioni classe B entro 10 gg / totale prestazioni classe B × 100", "CUP aziendale – Monitoraggio MTA", "79,6%", "≥ 90%", "≥ 90%", "≥ 90%", "5"),
    ind("T.3.2.2", "Prescrizioni specialistiche dematerializzate con classe di priorità indicata", "Ricette con priorità / totale ricette di primo accesso × 100", "Sistema Tessera Sanitaria", "88%", "100%", "100%", "100%", "2")]}]},
  {"cell": "4 – Governo economico e trasformazione digitale", "code": "4", "title": "Governo economico e trasformazione digitale", "objectives": [
   {"cell": "4.1 – Assicurare l'equilibrio economico-finanziario", "code": "4.1", "title": "Assicurare l'equilibrio economico-finanziario", "rows": [
    ind("G.4.1.1", "Indicatore annuale di tempestività dei pagamenti (ITP)", "Σ (giorni di ritardo × importo fattura) / Σ importi pagati", "Piattaforma Crediti Commerciali – MEF", "-3,2 gg", "≤ 0 gg", "≤ 0 gg", "≤ 0 gg", "4"),
    ind("G.4.1.2", "Rispetto del tetto di spesa per dispositivi medici", "Costo consuntivo / tetto regionale assegnato", "Modello CE", "1,03", "≤ 1", "≤ 1", "≤ 1", "4")]},
   {"cell": "4.2 – Digitalizzare i servizi ai cittadini", "code": "4.2", "title": "Digitalizzare i servizi ai cittadini", "rows": [
    ind("G.4.2.1", "Percentuale di documenti clinici che alimentano il Fascicolo Sanitario Elettronico", "Documenti indicizzati nel FSE / documenti prodotti × 100", "FSE regionale", "64%", "≥ 85%", "≥ 90%", "≥ 95%", "3"),
    ind("G.4.2.2", "Migrazione dei sistemi informativi aziendali sul Polo Strategico Nazionale", "Servizi migrati / servizi censiti", "Cruscotto PNRR M1C1", "-", "Entro il 31/12/2024", "-", "-", "3")]}]}],
 "summary": {"sheet": "Riepilogo", "title": "Riepilogo della distribuzione degli indicatori e dei pesi per area",
             "header": ["Area", "N. obiettivi", "N. indicatori", "Peso complessivo %"],
             "rows": [["1 – Prevenzione collettiva e sanità pubblica", "2", "6", "21"],
                      ["2 – Assistenza ospedaliera", "2", "6", "24"],
                      ["3 – Assistenza territoriale e di prossimità", "2", "6", "21"],
                      ["4 – Governo economico e trasformazione digitale", "2", "4", "14"],
                      ["Obiettivi trasversali (PIAO – sottosezione 2.3 Anticorruzione)", "-", "-", "20"],
                      ["Totale", "8", "22", "100"]]}
}

# ---------------------------------------------------------------- 3. Università di Catania (reportlab)
def u(code, name, unit, target, actual, ach):
    return {"code": code, "indicator": name, "unit": unit, "target": target, "actual": actual, "achievement": ach}

univ = {
 "name": "universita-catania-2023-relazione",
 "layout": "reportlab-borderless-table-continues-without-header",
 "document": {"issuer": "Università degli Studi di Catania", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "header": ["Cod.", "Indicatore", "Unità di misura", "Target", "Risultato", "% raggiungimento"],
 "areas": [
  {"code": "A", "title": "Didattica", "print": "AREA A – DIDATTICA", "objectives": [
   {"code": "A.1", "title": "Migliorare la regolarità delle carriere degli studenti", "rows": [
    u("A.1.1", "Percentuale di studenti che proseguono al II anno nello stesso corso di studio avendo acquisito almeno 40 CFU nel I anno (iA16)", "%", "48,0%", "51,3%", "100,0"),
    u("A.1.2", "Percentuale di laureati entro la durata normale del corso (iA2)", "%", "55,0%", "53,8%", "97,8"),
    u("A.1.3", "Numero di corsi di studio con servizio di tutorato didattico attivo", "n.", "60", "64", "100,0")]},
   {"code": "A.2", "title": "Potenziare l'offerta formativa e l'orientamento", "rows": [
    u("A.2.1", "Percentuale di immatricolati ai corsi di laurea provenienti da altre regioni", "%", "≥ 6,0%", "5,1%", "85,0"),
    u("A.2.2", "Numero di studenti delle scuole secondarie partecipanti ai corsi di orientamento attivo nella transizione scuola-università (PNRR – D.M. 934/2022)", "n.", "12.000", "14.385", "100,0"),
    u("A.2.3", "Rapporto studenti regolari / docenti nei corsi dell'area scientifico-tecnologica (iA5B)", "rapporto", "≤ 20,0", "21,4", "93,5")]}]},
  {"code": "B", "title": "Ricerca", "print": "AREA B – RICERCA", "objectives": [
   {"code": "B.1", "title": "Incrementare la capacità di attrarre finanziamenti competitivi", "rows": [
    u("B.1.1", "Proventi da ricerche commissionate, trasferimento tecnologico e finanziamenti competitivi per docente", "€", "≥ € 25.000", "€ 27.812", "100,0"),
    u("B.1.2", "Numero di proposte progettuali presentate su bandi Horizon Europe", "n.", "≥ 90", "84", "93,3")]},
   {"code": "B.2", "title": "Migliorare la qualità della produzione scientifica", "rows": [
    u("B.2.1", "Percentuale di docenti e ricercatori senza prodotti della ricerca nell'ultimo quinquennio", "%", "≤ 5,0%", "4,2%", "100,0"),
    u("B.2.2", "Numero di borse di dottorato finanziate su fondi PNRR (D.M. 117/2023 e D.M. 118/2023)", "n.", "150", "168", "100,0"),
    u("B.2.3", "Percentuale di prodotti della ricerca depositati in accesso aperto nell'archivio istituzionale IRIS", "%", "60,0%", "n.d.", "-")]}]},
  {"code": "C", "title": "Terza missione e impatto sociale", "print": "AREA C – TERZA MISSIONE E IMPATTO SOCIALE", "objectives": [
   {"code": "C.1", "title": "Valorizzare i risultati della ricerca e il public engagement", "rows": [
    u("C.1.1", "Numero di brevetti depositati o concessi nell'anno solare", "n.", "12", "9", "75,0"),
    u("C.1.2", "Numero di spin-off accreditati attivi al 31 dicembre", "n.", "≥ 20", "22", "100,0"),
    u("C.1.3", "Eventi di public engagement registrati nel catalogo di Ateneo", "n.", "≥ 250", "311", "100,0")]}]},
  {"code": "D", "title": "Internazionalizzazione", "print": "AREA D – INTERNAZIONALIZZAZIONE", "objectives": [
   {"code": "D.1", "title": "Aumentare la mobilità internazionale di studenti e docenti", "rows": [
    u("D.1.1", "Proporzione di CFU conseguiti all'estero dagli studenti regolari sul totale dei CFU conseguiti (iA10)", "‰", "≥ 12,0‰", "10,4‰", "86,7"),
    u("D.1.2", "Numero di studenti in mobilità Erasmus+ per studio e tirocinio in uscita", "n.", "700", "742", "100,0"),
    u("D.1.3", "Percentuale di laureati entro la durata normale del corso che hanno acquisito almeno 12 CFU all'estero (iA11)", "%", "10,0%", "11,2%", "100,0")]}]},
  {"code": "E", "title": "Organizzazione, sostenibilità e servizi", "print": "AREA E – ORGANIZZAZIONE, SOSTENIBILITÀ E SERVIZI", "objectives": [
   {"code": "E.1", "title": "Migliorare l'efficienza amministrativa", "rows": [
    u("E.1.1", "Tempo medio di pagamento delle fatture commerciali", "giorni", "≤ 30", "22,6", "100,0"),
    u("E.1.2", "Grado di soddisfazione degli studenti per i servizi delle segreterie (scala 1-6)", "punteggio", "≥ 4,0", "4,3", "100,0"),
    u("E.1.3", "Percentuale di procedimenti amministrativi rivolti agli studenti gestiti interamente on line", "%", "80,0%", "72,0%", "90,0")]},
   {"code": "E.2", "title": "Promuovere la sostenibilità ambientale dell'Ateneo", "rows": [
    u("E.2.1", "Riduzione dei consumi di energia elettrica rispetto all'anno 2019", "%", "≥ 10,0%", "8,3%", "83,0"),
    u("E.2.2", "Emissioni di CO2 per studente equivalente", "t CO2", "≤ 0,35", "n.d.", "-")]}]}],
 "staff": {"caption": "Tabella 2 – Personale in servizio al 31/12/2023",
           "header": ["Ruolo", "Uomini", "Donne", "Totale", "Var. su 2022"],
           "rows": [["Professori ordinari", "248", "112", "360", "+14"], ["Professori associati", "352", "301", "653", "+27"],
                    ["Ricercatori a tempo determinato", "201", "189", "390", "+41"], ["Ricercatori a tempo indeterminato", "71", "64", "135", "-38"],
                    ["Personale tecnico-amministrativo", "512", "598", "1.110", "+22"], ["Collaboratori ed esperti linguistici", "9", "21", "30", "0"],
                    ["Totale", "1.393", "1.285", "2.678", "+66"]]}
}

# ---------------------------------------------------------------- 4. Provincia di Ravenna (schede)
def k(n, name, t, a, esito):
    return {"n": n, "indicator": name, "target": t, "actual": a, "esito": esito}

prov = {
 "name": "provincia-ravenna-2023-relazione",
 "layout": "word-schede-kv-box-indicator-table-staff-table",
 "document": {"issuer": "Provincia di Ravenna", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["PROVINCIA DI RAVENNA", "Segreteria generale – Servizio Programmazione e controlli",
           "RELAZIONE SULLA PERFORMANCE 2023", "Allegato B – Schede di rendicontazione degli obiettivi operativi",
           "Validata dal Nucleo di Valutazione con verbale n. 3 del 14 maggio 2024"],
 "intro": ["La presente Relazione rendiconta i risultati conseguiti nel 2023 rispetto agli obiettivi operativi assegnati ai Settori con il Piano Esecutivo di Gestione e il PIAO 2023-2025 (decreto presidenziale n. 41 del 28 marzo 2023).",
           "Per ogni obiettivo è riportata una scheda con il responsabile, il centro di costo, la descrizione dell'obiettivo, gli indicatori con il relativo esito e il personale assegnato con la percentuale di impiego sull'obiettivo."],
 "summary": {"caption": "Quadro riepilogativo degli esiti degli indicatori",
             "header": ["Esito", "N. indicatori", "%"],
             "rows": [["Realizzato", "12", "70,6%"], ["Parzialmente realizzato", "3", "17,6%"], ["Non realizzato", "2", "11,8%"], ["Totale", "17", "100,0%"]]},
 "ind_header": ["N.", "Descrizione indicatore", "Valore atteso", "Valore raggiunto", "Esito"],
 "staff_header": ["Personale assegnato", "Cat.", "% impiego"],
 "schede": [
  {"settore": "Settore Lavori pubblici", "obj": "1.2 – Manutenzione straordinaria della rete stradale provinciale", "code": "1.2",
   "title": "Manutenzione straordinaria della rete stradale provinciale",
   "resp": "Ing. Paolo Nobile – Dirigente del Settore Lavori pubblici", "cdc": "CdC 210 – Viabilità e manutenzione strade",
   "descr": "Realizzazione del programma di risanamento delle pavimentazioni e messa in sicurezza delle strade provinciali finanziato con risorse proprie e con il D.M. 49/2018, con priorità alle tratte a maggiore incidentalità.",
   "rows": [k("1", "Km di strade provinciali con pavimentazione rifatta", "≥ 35 km", "38,6 km", "Realizzato"),
            k("2", "Consegna dei lavori sulla SP 253 San Vitale – lotto 2", "Entro il 30/06/2023", "Consegnati il 12/06/2023", "Realizzato"),
            k("3", "Percentuale di risorse PNRR per la viabilità impegnate sul totale assegnato", "100%", "87%", "Parzialmente realizzato")],
   "staff": [["Nobile Paolo", "Dir.", "30%"], ["Casadei Marta", "D", "80%"], ["Zaccaria Luca", "C", "100%"], ["Montanari Ivo", "B", "100%"]]},
  {"settore": "Settore Lavori pubblici", "obj": "1.4 – Sicurezza degli edifici scolastici di competenza provinciale", "code": "1.4",
   "title": "Sicurezza degli edifici scolastici di competenza provinciale",
   "resp": "Ing. Paolo Nobile – Dirigente del Settore Lavori pubblici", "cdc": "CdC 230 – Edilizia scolastica",
   "descr": "Prosecuzione delle verifiche di vulnerabilità sismica e degli adeguamenti antincendio negli istituti secondari di secondo grado, con interventi tempestivi sulle segnalazioni urgenti dei dirigenti scolastici.",
   "rows": [k("1", "Numero di verifiche di vulnerabilità sismica completate", "≥ 8", "9", "Realizzato"),
            k("2", "Numero di certificati di prevenzione incendi ottenuti sugli istituti superiori", "5", "3", "Parzialmente realizzato"),
            k("3", "Tempo medio di intervento sulle segnalazioni urgenti degli istituti", "≤ 48 ore", "36 ore", "Realizzato")],
   "staff": [["Bertoni Chiara", "D", "60%"], ["Ricci Stefano", "C", "50%"], ["Galli Andrea", "B", "100%"]]},
  {"settore": "Settore Ambiente e territorio", "obj": "2.1 – Formazione del Piano territoriale di area vasta (PTAV)", "code": "2.1",
   "title": "Formazione del Piano territoriale di area vasta (PTAV)",
   "resp": "Arch. Elena Fabbri – Dirigente del Settore Ambiente e territorio", "cdc": "CdC 310 – Pianificazione territoriale",
   "descr": "Elaborazione della proposta di PTAV ai sensi della L.R. 24/2017, in raccordo con i Comuni e le Unioni del territorio, e sua assunzione da parte del Consiglio provinciale.",
   "rows": [k("1", "Assunzione della proposta di PTAV da parte del Consiglio provinciale", "Entro il 31/10/2023", "Non assunta – rinvio al 2024", "Non realizzato"),
            k("2", "Numero di incontri di consultazione con Comuni e Unioni", "≥ 10", "12", "Realizzato")],
   "staff": [["Fabbri Elena", "Dir.", "40%"], ["Pirazzini Laura", "D", "100%"], ["Baldini Marco", "D", "50%"]]},
  {"settore": "Settore Ambiente e territorio", "obj": "2.3 – Autorizzazioni e controlli in materia di trasporti", "code": "2.3",
   "title": "Autorizzazioni e controlli in materia di trasporti",
   "resp": "Dott.ssa Silvia Rossi – Posizione organizzativa Trasporti", "cdc": "CdC 340 – Trasporti e mobilità",
   "descr": "Gestione delle funzioni provinciali in materia di autotrasporto in conto proprio, autoscuole, scuole nautiche e studi di consulenza automobilistica.",
   "rows": [k("1", "Tempo medio di rilascio delle licenze di autotrasporto in conto proprio", "≤ 30 gg", "21 gg", "Realizzato"),
            k("2", "Sessioni d'esame per insegnanti e istruttori di autoscuola svolte", "4 sessioni", "4 sessioni", "Realizzato"),
            k("3", "Numero di controlli ispettivi su autoscuole e studi di consulenza", "≥ 20", "n.d.", "Non realizzato")],
   "staff": [["Rossi Silvia", "D", "70%"], ["Farina Giorgio", "C", "100%"]]},
  {"settore": "Settore Affari generali e innovazione", "obj": "3.1 – Transizione digitale dei servizi dell'Ente", "code": "3.1",
   "title": "Transizione digitale dei servizi dell'Ente",
   "resp": "Dott. Marco Gentilini – Dirigente del Settore Affari generali e innovazione", "cdc": "CdC 120 – Sistemi informativi",
   "descr": "Attuazione delle misure PNRR 1.2 e 1.4.1: migrazione al cloud qualificato degli applicativi dell'Ente ed estensione dell'accesso ai servizi on line tramite identità digitale SPID/CIE.",
   "rows": [k("1", "Percentuale di procedimenti ad istanza di parte accessibili tramite SPID/CIE", "≥ 70%", "74,5%", "Realizzato"),
            k("2", "Migrazione degli applicativi al cloud qualificato (PNRR Misura 1.2)", "Entro il 31/12/2023", "Completata il 15/12/2023", "Realizzato"),
            k("3", "Tempo medio di pagamento delle fatture commerciali", "≤ 30 gg", "27 gg", "Realizzato")],
   "staff": [["Gentilini Marco", "Dir.", "25%"], ["Savini Roberta", "D", "80%"], ["Lama Davide", "C", "100%"], ["Errani Paola", "C", "50%"]]},
  {"settore": "Settore Affari generali e innovazione", "obj": "3.2 – Prevenzione della corruzione e trasparenza amministrativa", "code": "3.2",
   "title": "Prevenzione della corruzione e trasparenza amministrativa",
   "resp": "Dott.ssa Paola Morigi – Segretario generale", "cdc": "CdC 100 – Segreteria generale",
   "descr": "Attuazione delle misure della sottosezione Rischi corruttivi e trasparenza del PIAO 2023-2025, con particolare riferimento agli obblighi di pubblicazione e ai controlli successivi di regolarità amministrativa.",
   "rows": [k("1", "Percentuale di obblighi di pubblicazione assolti (griglia di rilevazione OIV)", "100%", "96%", "Parzialmente realizzato"),
            k("2", "Percentuale di dipendenti formati in materia di anticorruzione", "≥ 80%", "91,2%", "Realizzato"),
            k("3", "Numero di atti dirigenziali sottoposti a controllo successivo a campione", "≥ 40", "44", "Realizzato")],
   "staff": [["Morigi Paola", "Segr.", "20%"], ["Camorani Elisa", "D", "60%"], ["Tassinari Nadia", "C", "40%"]],
   "note": "Note del responsabile: la griglia di rilevazione al 31/12/2023 è stata attestata dal Nucleo di Valutazione; le sezioni incomplete riguardano i dati sui procedimenti dei Settori tecnici."}]
}

for c in (regione, asl, univ, prov):
    with open(os.path.join(HERE, c["name"] + ".content.json"), "w") as f:
        json.dump(c, f, ensure_ascii=False, indent=1)
    print("wrote", c["name"])
