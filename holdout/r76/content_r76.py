"""Writes the three r76 content files (hand-written content as data)."""
import json

# ---------------------------------------------------------------- A: Comune di Pavia (Word) – relazione
def i(name, unit, target, actual, grado):
    return {"indicator": name, "unit": unit, "target": target, "actual": actual, "achievement_printed": grado}

A = {
  "name": "comune-pavia-2024-relazione", "renderer": "word",
  "document": {"issuer": "Comune di Pavia", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
  "cover": ["COMUNE DI PAVIA", "Settore Affari generali – Servizio Programmazione e Controlli",
            "RELAZIONE SULLA PERFORMANCE", "ANNO 2024",
            "(art. 10, comma 1, lettera b), del D.Lgs. 27 ottobre 2009, n. 150)",
            "Validata dal Nucleo di Valutazione in data 17 giugno 2025 – Approvata con deliberazione della Giunta comunale n. 198 del 26 giugno 2025"],
  "front": [
    {"h": "1. Presentazione"},
    {"p": "La Relazione sulla performance è il documento con il quale l'Amministrazione rendiconta ai cittadini e agli altri portatori di interesse i risultati organizzativi conseguiti nell'anno 2024 rispetto agli obiettivi definiti nella Sottosezione Performance del Piano integrato di attività e organizzazione 2024-2026, approvato con deliberazione della Giunta comunale n. 41 del 15 febbraio 2024, e nel Piano esecutivo di gestione."},
    {"p": "Il monitoraggio finale è stato condotto dal Servizio Programmazione e Controlli sulla base delle schede compilate dai Dirigenti e dei dati estratti dai gestionali dell'Ente; le risultanze sono state verificate dal Nucleo di Valutazione nella seduta del 17 giugno 2025."},
    {"h": "2. Il contesto di riferimento"},
    {"p": "Si riportano di seguito alcuni dati di contesto utili a leggere i risultati dell'anno."},
    {"table": {"header": ["Dato di contesto", "31/12/2023", "31/12/2024"],
               "rows": [["Popolazione residente", "71.324", "71.086"],
                        ["Nuclei familiari", "37.511", "37.702"],
                        ["Stranieri residenti", "10.843", "11.120"],
                        ["Iscritti agli asili nido comunali", "312", "318"],
                        ["Pratiche edilizie presentate (SUE)", "1.947", "2.083"]]}},
    {"h": "3. Le risorse umane"},
    {"p": "Al 31 dicembre 2024 prestavano servizio presso il Comune 503 dipendenti a tempo indeterminato, con una riduzione di 9 unità rispetto all'anno precedente, dovuta principalmente ai pensionamenti non ancora compensati dalle nuove assunzioni programmate."},
    {"table": {"header": ["Area di inquadramento", "Dipendenti al 31/12/2023", "Dipendenti al 31/12/2024"],
               "rows": [["Dirigenti", "11", "10"],
                        ["Area dei Funzionari e dell'Elevata Qualificazione", "148", "151"],
                        ["Area degli Istruttori", "239", "232"],
                        ["Area degli Operatori esperti", "102", "98"],
                        ["Area degli Operatori", "12", "12"],
                        ["Totale", "512", "503"]]}},
    {"h": "4. I risultati degli obiettivi di performance organizzativa"},
    {"p": "Per ciascun obiettivo operativo è riportata la scheda con l'obiettivo strategico di riferimento, il Settore responsabile, il peso attribuito e gli indicatori con il valore atteso e il valore rilevato a consuntivo. L'esito è espresso dal Nucleo di Valutazione secondo la scala: Raggiunto (grado di raggiungimento pari o superiore al 90%), Parzialmente raggiunto (tra il 60% e il 90%), Non raggiunto (inferiore al 60%)."},
  ],
  "table_header": ["Indicatore", "Unità di misura", "Valore atteso 2024", "Valore rilevato al 31/12/2024", "% di raggiungimento"],
  "areas": [
    {"code": "1", "title": "Pavia città amministrata con efficienza e trasparenza", "objectives": [
      {"s_code": "1", "s_title": "Un Comune vicino ai cittadini, semplice e digitale",
       "code": "1.1", "title": "Digitalizzazione dei servizi demografici e accesso tramite identità digitale",
       "settore": "Settore Servizi al cittadino e Innovazione", "peso": "12%",
       "indicators": [
         i("Percentuale di certificati anagrafici rilasciati on line sul totale dei certificati emessi", "%", "≥ 60%", "67,4%", "100%"),
         i("Tempo medio di rilascio della carta d'identità elettronica su prenotazione", "giorni", "≤ 20", "14", "100%"),
         i("Numero di servizi comunali accessibili tramite SPID/CIE sul portale istituzionale", "n.", "≥ 35", "41", "100%")],
       "status": "Esito: Raggiunto",
       "comment": "Il risultato è stato favorito dall'attivazione, nel mese di aprile, dello sportello telematico dell'Anagrafe nazionale (ANPR) e dall'estensione degli orari di apertura degli uffici decentrati."},
      {"s_code": "1", "s_title": "Un Comune vicino ai cittadini, semplice e digitale",
       "code": "1.2", "title": "Riduzione dei tempi di pagamento delle fatture commerciali",
       "settore": "Settore Risorse finanziarie e Tributi", "peso": "10%",
       "indicators": [
         i("Indicatore annuale di tempestività dei pagamenti", "giorni", "≤ 0", "-3,2", "100%"),
         i("Tempo medio di registrazione delle fatture elettroniche nel registro unico", "giorni", "≤ 5", "4,1", "100%"),
         i("Stock del debito commerciale scaduto al 31/12", "€", "≤ € 150.000,00", "€ 96.418,27", "100%")],
       "status": "Esito: Raggiunto", "comment": None},
      {"s_code": "2", "s_title": "Equità fiscale e contrasto all'evasione",
       "code": "2.1", "title": "Recupero dell'evasione dei tributi locali (IMU e TARI)",
       "settore": "Settore Risorse finanziarie e Tributi", "peso": "12%",
       "indicators": [
         i("Importo degli avvisi di accertamento IMU emessi", "€", "≥ € 1.800.000,00", "€ 1.512.640,00", "84%"),
         i("Percentuale di riscossione degli accertamenti TARI emessi nell'anno precedente", "%", "≥ 45%", "38,6%", "86%"),
         i("Numero di posizioni TARI non domestiche verificate", "n.", "≥ 400", "422", "100%")],
       "status": "Esito: Parzialmente raggiunto",
       "comment": "Lo scostamento è dovuto al ritardo nella bonifica della banca dati catastale, completata solo nel mese di ottobre, e alla sospensione dell'attività di notifica nel periodo di migrazione al nuovo gestionale dei tributi."},
    ]},
    {"code": "2", "title": "Pavia città sostenibile e sicura", "objectives": [
      {"s_code": "3", "s_title": "Qualità urbana e tutela dell'ambiente",
       "code": "3.1", "title": "Miglioramento della raccolta differenziata e del decoro urbano",
       "settore": "Settore Ambiente e Verde pubblico", "peso": "14%",
       "indicators": [
         i("Percentuale di raccolta differenziata", "%", "≥ 65%", "63,8%", "98%"),
         i("Numero di segnalazioni di abbandono rifiuti evase entro 48 ore", "%", "≥ 90%", "92,5%", "100%"),
         i("Alberi messi a dimora nell'ambito del piano di forestazione urbana", "n.", "500", "n.d.", "–")],
       "status": "Esito: Parzialmente raggiunto",
       "comment": "Il dato relativo alle piantumazioni non è ancora disponibile in quanto la stagione agronomica si conclude nel mese di marzo 2025; la percentuale di raccolta differenziata è in linea con il valore atteso."},
      {"s_code": "4", "s_title": "Sicurezza urbana e mobilità",
       "code": "4.1", "title": "Presidio del territorio da parte della Polizia locale",
       "settore": "Settore Polizia locale e Protezione civile", "peso": "12%",
       "indicators": [
         i("Ore di pattugliamento serale e festivo nei quartieri", "ore", "≥ 3.500", "3.812", "100%"),
         i("Tempo medio di intervento su chiamata della centrale operativa", "minuti", "≤ 15", "13", "100%"),
         i("Numero di controlli di polizia commerciale e annonaria", "n.", "≥ 600", "548", "91%")],
       "status": "Esito: Raggiunto", "comment": None},
      {"s_code": "4", "s_title": "Sicurezza urbana e mobilità",
       "code": "4.2", "title": "Attuazione del Piano urbano della mobilità sostenibile (PUMS)",
       "settore": "Settore Lavori pubblici e Mobilità", "peso": "14%",
       "indicators": [
         i("Chilometri di nuove piste ciclabili realizzate", "km", "4,5", "4,8", "100%"),
         i("Realizzazione del progetto esecutivo della nuova zona 30 del centro storico", "data", "entro il 30/09/2024", "approvato il 12/09/2024", "100%")],
       "status": "Esito: Raggiunto",
       "comment": "I lavori della pista ciclabile di viale Cremona sono stati ultimati nel mese di novembre, in anticipo sul cronoprogramma."},
    ]},
    {"code": "3", "title": "Pavia città della cultura, dell'istruzione e della coesione sociale", "objectives": [
      {"s_code": "5", "s_title": "Servizi educativi e sociali di qualità",
       "code": "5.1", "title": "Ampliamento dell'offerta dei servizi per la prima infanzia",
       "settore": "Settore Istruzione e Politiche sociali", "peso": "14%",
       "indicators": [
         i("Tasso di copertura della domanda di asilo nido", "%", "≥ 85%", "88,2%", "100%"),
         i("Tempo medio di risposta alle domande di contributo per l'affitto", "giorni", "≤ 30", "52", "58%"),
         i("Numero di nuovi posti nido attivati", "n.", "≥ 24", "0", "0%")],
       "status": "Esito: Non raggiunto",
       "comment": "Il tempo di risposta ha risentito della carenza di personale amministrativo nel secondo semestre; i 24 nuovi posti erano legati al nuovo nido di via Folla di Sotto, il cui intervento è stato sospeso con deliberazione della Giunta comunale n. 311 del 10 ottobre 2024 ed è stato escluso dalla valutazione."},
      {"s_code": "6", "s_title": "Cultura e turismo come leve di sviluppo",
       "code": "6.1", "title": "Valorizzazione dei Musei Civici del Castello Visconteo",
       "settore": "Settore Cultura, Turismo e Grandi eventi", "peso": "12%",
       "indicators": [
         i("Numero di visitatori dei Musei Civici", "n.", "≥ 75.000", "81.364", "100%"),
         i("Incremento degli incassi da bigliettazione rispetto al 2023", "%", "≥ 5%", "7,3%", "100%")],
       "status": "Esito: Raggiunto", "comment": None},
    ]},
  ],
  "back": [
    {"h": "5. Sintesi dei risultati"},
    {"p": "Degli 8 obiettivi operativi monitorati, 5 risultano raggiunti, 2 parzialmente raggiunti e 1 non raggiunto. Il grado medio di raggiungimento degli obiettivi di performance organizzativa dell'Ente si attesta all'89,4%."},
    {"table": {"header": ["Esito", "N. obiettivi", "%"],
               "rows": [["Raggiunto", "5", "62,5%"], ["Parzialmente raggiunto", "2", "25,0%"],
                        ["Non raggiunto", "1", "12,5%"], ["Totale", "8", "100,0%"]]}},
    {"p": "La presente Relazione è pubblicata nella sezione Amministrazione trasparente del sito istituzionale, sottosezione Performance."},
  ],
}

# ---------------------------------------------------------------- B: Comune della Spezia (Calc) – PEG/PDO 2025
def b(area, so, oo, name, formula, peso, base, target, dirig):
    return {"area": area, "so": so, "oo": oo, "indicator": name, "formula": formula, "weight_printed": peso,
            "baseline": base, "target": target, "dirigente": dirig}

A1 = "1 – La Spezia città sicura e ben amministrata"
A2 = "2 – La Spezia città del mare, dell'ambiente e della cultura"
A3 = "3 – La Spezia città solidale"
rows_B = [
  b(A1, "1.1 – Macchina comunale efficiente", "1.1.1 – Programmazione del fabbisogno e reclutamento del personale",
    "Percentuale di procedure di reclutamento concluse sul totale programmato nel PIAO", "Procedure concluse / procedure programmate x 100", 10, "72%", "≥ 85%", "Dott.ssa M. Bertolini"),
  b(A1, "1.1 – Macchina comunale efficiente", "1.1.1 – Programmazione del fabbisogno e reclutamento del personale",
    "Ore medie di formazione per dipendente", "Ore di formazione erogate / n. dipendenti in servizio", 5, "14,2", "≥ 24", "Dott.ssa M. Bertolini"),
  b(A1, "1.1 – Macchina comunale efficiente", "1.1.2 – Tempestività dei pagamenti e riscossione delle entrate",
    "Tempo medio di pagamento delle fatture commerciali", "Media ponderata dei giorni tra ricevimento e pagamento", 10, "27 gg", "≤ 30 gg", "Dott. L. Ferrari"),
  b(A1, "1.1 – Macchina comunale efficiente", "1.1.2 – Tempestività dei pagamenti e riscossione delle entrate",
    "Capacità di riscossione delle entrate correnti proprie", "Riscossioni c/competenza titoli I e III / accertamenti x 100", 5, "76,4%", "≥ 78%", "Dott. L. Ferrari"),
  b(A1, "1.2 – Sicurezza urbana e legalità", "1.2.1 – Controllo del territorio e sicurezza stradale",
    "Numero di servizi serali di controllo nel centro storico e nei quartieri", "Conteggio da ordini di servizio", 8, "186", "≥ 220", "Dott. G. Marchini"),
  b(A1, "1.2 – Sicurezza urbana e legalità", "1.2.1 – Controllo del territorio e sicurezza stradale",
    "Riduzione dei sinistri stradali con feriti rispetto all'anno precedente", "(Sinistri anno n-1 – sinistri anno n) / sinistri anno n-1 x 100", 6, "412 sinistri", "≥ 5%", "Dott. G. Marchini"),
  b(A2, "2.1 – Ambiente e transizione ecologica", "2.1.1 – Riduzione dei rifiuti e incremento della differenziata",
    "Percentuale di raccolta differenziata", "Dato certificato ARRL / ISPRA", 8, "71,3%", "≥ 74%", "Ing. S. Raffo"),
  b(A2, "2.1 – Ambiente e transizione ecologica", "2.1.2 – Efficientamento energetico degli edifici comunali",
    "Riduzione dei consumi di energia elettrica degli edifici comunali", "kWh anno 2025 / kWh anno 2023 – 1", 6, "4,12 GWh", "≥ 8%", "Ing. S. Raffo"),
  b(A2, "2.1 – Ambiente e transizione ecologica", "2.1.2 – Efficientamento energetico degli edifici comunali",
    "Importo dei lavori di efficientamento aggiudicati", "Somma degli importi di aggiudicazione", 6, "€ 620.000,00", "€ 1.250.000,00", "Ing. S. Raffo"),
  b(A2, "2.2 – Cultura, turismo e waterfront", "2.2.1 – Valorizzazione del sistema museale civico",
    "Numero di visitatori del Museo del Castello di San Giorgio e del CAMeC", "Biglietti emessi + ingressi gratuiti registrati", 7, "58.940", "≥ 62.000", "Dott.ssa A. Cozzani"),
  b(A2, "2.2 – Cultura, turismo e waterfront", "2.2.1 – Valorizzazione del sistema museale civico",
    "Approvazione del progetto di allestimento della nuova sezione archeologica", "Data di approvazione con determinazione dirigenziale", 5, None, "entro il 31/10/2025", "Dott.ssa A. Cozzani"),
  b(A3, "3.1 – Welfare di comunità", "3.1.1 – Presa in carico e sostegno alle fragilità",
    "Tempo medio di presa in carico delle nuove richieste al Segretariato sociale", "Giorni tra richiesta e primo colloquio", 8, "18 gg", "≤ 15 gg", "Dott.ssa P. Lombardi"),
  b(A3, "3.1 – Welfare di comunità", "3.1.1 – Presa in carico e sostegno alle fragilità",
    "Numero di anziani over 75 seguiti con assistenza domiciliare", "Conteggio utenti SAD attivi al 31/12", 6, "243", "≥ 260", "Dott.ssa P. Lombardi"),
  b(A3, "3.1 – Welfare di comunità", "3.1.2 – Contrasto al disagio abitativo",
    "Percentuale di alloggi ERP di risulta riassegnati entro 90 giorni dal rilascio", "Alloggi riassegnati entro 90 gg / alloggi rilasciati x 100", 10, "54%", "≥ 70%", "Dott.ssa P. Lombardi"),
]
B = {
  "name": "comune-la-spezia-2025-peg", "renderer": "calc",
  "document": {"issuer": "Comune della Spezia", "title": "Piano esecutivo di gestione", "year": 2025, "kind": "piano"},
  "cover": ["COMUNE DELLA SPEZIA", "Medaglia d'oro al Valor Militare",
            "PIANO ESECUTIVO DI GESTIONE 2025-2027", "Parte seconda – Piano dettagliato degli obiettivi (PDO) 2025",
            "Allegato B alla deliberazione della Giunta comunale n. 27 del 30 gennaio 2025"],
  "premessa": ["Premessa",
    "Il Piano dettagliato degli obiettivi costituisce la parte del Piano esecutivo di gestione nella quale gli obiettivi operativi del Documento unico di programmazione 2025-2027 sono tradotti in obiettivi gestionali assegnati ai Dirigenti, corredati di indicatori, pesi e valori attesi per l'esercizio 2025.",
    "Per ciascun indicatore è riportato il valore consuntivo dell'anno 2023, ultimo dato certificato disponibile, quale termine di confronto. I pesi sono espressi in centesimi e concorrono alla misurazione della performance organizzativa delle strutture secondo il Sistema di misurazione e valutazione della performance vigente.",
    "Le risorse finanziarie assegnate ai Centri di responsabilità per la gestione sono riepilogate nella tabella seguente."],
  "budget_header": ["Centro di responsabilità", "Spesa corrente 2025", "Spesa in conto capitale 2025", "Totale"],
  "budget_rows": [["CdR 01 – Segreteria generale e Risorse umane", "€ 3.412.600,00", "€ 85.000,00", "€ 3.497.600,00"],
                  ["CdR 02 – Servizi finanziari e Tributi", "€ 2.968.150,00", "€ 40.000,00", "€ 3.008.150,00"],
                  ["CdR 03 – Polizia locale", "€ 6.204.300,00", "€ 310.000,00", "€ 6.514.300,00"],
                  ["CdR 04 – Ambiente, Lavori pubblici ed Energia", "€ 31.775.420,00", "€ 14.620.000,00", "€ 46.395.420,00"],
                  ["CdR 05 – Cultura e Turismo", "€ 4.118.900,00", "€ 1.150.000,00", "€ 5.268.900,00"],
                  ["CdR 06 – Servizi sociali e Politiche abitative", "€ 18.402.760,00", "€ 2.300.000,00", "€ 20.702.760,00"],
                  ["Totale", "€ 66.882.130,00", "€ 18.505.000,00", "€ 85.387.130,00"]],
  "header": ["Area strategica", "Obiettivo strategico", "Obiettivo operativo", "Indicatore", "Formula di calcolo",
             "Peso", "Consuntivo 2023", "Target 2025", "Dirigente responsabile"],
  "rows": rows_B,
  "footnote": "Fonte: elaborazione del Servizio Controllo di gestione su dati dei Centri di responsabilità. I valori consuntivi 2023 sono quelli della Relazione sulla performance 2023.",
}

# ---------------------------------------------------------------- C: Provincia di Arezzo (reportlab) – PIAO 2025-2027
def c(name, unit, peso, v24, t25, t26, t27):
    return {"indicator": name, "unit": unit, "weight_printed": peso, "baseline": v24,
            "targets": {"2025": t25, "2026": t26, "2027": t27}}

C = {
  "name": "provincia-arezzo-2025-piao", "renderer": "reportlab",
  "document": {"issuer": "Provincia di Arezzo", "title": "Piano integrato di attività e organizzazione",
               "year": 2025, "kind": "piao"},
  "running": "Provincia di Arezzo – PIAO 2025-2027 – Sezione 2: Valore pubblico, performance e anticorruzione",
  "cover": ["PROVINCIA DI AREZZO", "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", "2025 – 2027",
            "(art. 6 del D.L. 9 giugno 2021, n. 80, convertito con modificazioni dalla L. 6 agosto 2021, n. 113)",
            "Approvato con Decreto del Presidente della Provincia n. 14 del 29 gennaio 2025"],
  "front": [
    {"h": "SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE"},
    {"h2": "2.1 Sottosezione Valore pubblico"},
    {"p": "La Provincia di Arezzo, ente di area vasta ai sensi della Legge 7 aprile 2014, n. 56, esercita le funzioni fondamentali in materia di viabilità provinciale, edilizia scolastica degli istituti secondari di secondo grado, pianificazione territoriale di coordinamento, tutela dell'ambiente e assistenza tecnico-amministrativa ai Comuni del territorio. Il valore pubblico che l'Ente intende generare nel triennio è declinato in tre ambiti strategici coerenti con le linee programmatiche di mandato e con la Sezione strategica del Documento unico di programmazione 2025-2027."},
    {"p": "La rete stradale di competenza si estende per 1.176 km; gli istituti scolastici superiori gestiti sono 33, articolati in 58 plessi frequentati da oltre 17.400 studenti."},
    {"h2": "2.2 Sottosezione Performance"},
    {"p": "Gli obiettivi operativi sono di seguito riportati per ambito e obiettivo strategico, con gli indicatori di misurazione, il peso, l'ultimo valore rilevato (anno 2024) e i valori attesi per ciascun anno del triennio. Gli obiettivi sono assegnati ai Dirigenti con il Piano esecutivo di gestione e sono oggetto di monitoraggio semestrale."},
  ],
  "header": ["Obiettivo operativo", "Indicatore", "Unità di misura", "Peso", "Valore 2024", "Target 2025", "Target 2026", "Target 2027"],
  "areas": [
    {"code": "1", "title": "Infrastrutture, viabilità e mobilità", "strategic": [
      {"code": "1.1", "title": "Garantire la sicurezza e la percorribilità della rete stradale provinciale", "operational": [
        {"code": "1.1.1", "title": "Manutenzione programmata delle strade provinciali e dei ponti", "indicators": [
          c("Chilometri di pavimentazione rinnovata", "km", "10%", "38,5", "≥ 40", "≥ 45", "≥ 45"),
          c("Percentuale di ponti e viadotti sottoposti a ispezione di livello 2", "%", "10%", "61%", "≥ 75%", "≥ 90%", "100%"),
          c("Tempo medio di ripristino della transitabilità dopo eventi franosi", "giorni", "8%", "21", "≤ 20", "≤ 18", "≤ 15")]},
        {"code": "1.1.2", "title": "Attuazione degli interventi finanziati (PNRR e Fondo sviluppo e coesione)", "indicators": [
          c("Importo dei lavori aggiudicati sugli interventi finanziati", "€", "8%", "€ 6.840.000", "≥ € 9,5 mln", "≥ € 7 mln", ""),
          c("Percentuale di stati di avanzamento liquidati entro 30 giorni", "%", "6%", "83%", "≥ 90%", "≥ 95%", "≥ 95%")]},
      ]}]},
    {"code": "2", "title": "Scuole sicure, sostenibili e inclusive", "strategic": [
      {"code": "2.1", "title": "Migliorare la qualità e la sicurezza degli edifici scolastici", "operational": [
        {"code": "2.1.1", "title": "Adeguamento sismico e antincendio degli istituti superiori", "indicators": [
          c("Numero di plessi scolastici con certificato di prevenzione incendi", "n.", "10%", "41", "44", "48", "52"),
          c("Tempo medio di evasione delle richieste di manutenzione ordinaria delle scuole", "giorni", "6%", "12", "≤ 10", "≤ 10", "≤ 8")]},
        {"code": "2.1.2", "title": "Riduzione dei consumi energetici del patrimonio scolastico", "indicators": [
          c("Riduzione dei consumi di gas metano rispetto all'anno 2022", "%", "6%", "9,4%", "≥ 12%", "≥ 15%", "≥ 18%"),
          c("Potenza fotovoltaica installata sugli edifici scolastici", "kWp", "4%", "310", "≥ 420", "≥ 520", "≥ 600")]},
      ]}]},
    {"code": "3", "title": "Ente di area vasta al servizio dei Comuni e dei cittadini", "strategic": [
      {"code": "3.1", "title": "Semplificazione, digitalizzazione e supporto agli enti locali", "operational": [
        {"code": "3.1.1", "title": "Stazione unica appaltante e assistenza tecnico-amministrativa ai Comuni", "indicators": [
          c("Numero di procedure di gara gestite dalla Stazione unica appaltante per conto dei Comuni", "n.", "10%", "57", "≥ 60", "≥ 65", "≥ 70"),
          c("Tempo medio di aggiudicazione delle procedure aperte", "giorni", "8%", "96", "≤ 90", "≤ 80", "≤ 75")]},
        {"code": "3.1.2", "title": "Tempestività dei procedimenti autorizzativi in materia di trasporti e ambiente", "indicators": [
          c("Percentuale di autorizzazioni per trasporti eccezionali rilasciate nei termini", "%", "6%", "92,3%", "≥ 95%", "≥ 97%", "≥ 97%"),
          c("Indicatore annuale di tempestività dei pagamenti", "giorni", "8%", "-4,7", "≤ 0", "≤ 0", "≤ 0")]},
      ]}]},
  ],
  "source_note": "Fonte: Settori dell'Ente – dati 2024 da Relazione sulla performance 2024 (in corso di validazione).",
  "back": [
    {"h2": "2.3 Sottosezione Rischi corruttivi e trasparenza"},
    {"p": "La mappatura dei processi, aggiornata nel 2024, ha individuato 64 processi, dei quali 11 esposti a un livello di rischio alto. Si riportano i processi a rischio più elevato con le misure specifiche programmate per il triennio."},
    {"table": {"header": ["Processo", "Evento rischioso", "Livello di rischio", "Misura specifica", "Termine"],
               "rows": [["Affidamento di lavori di manutenzione stradale", "Frazionamento artificioso degli affidamenti", "Alto", "Rotazione degli operatori e verifica trimestrale degli affidamenti diretti", "31/12/2025"],
                        ["Autorizzazioni per trasporti eccezionali", "Disparità di trattamento nell'istruttoria", "Medio", "Istruttoria informatizzata con ordine cronologico vincolato", "30/06/2025"],
                        ["Concessioni per accessi e pubblicità lungo le strade", "Omissione dei controlli sul posto", "Alto", "Controlli a campione sul 20% delle concessioni rilasciate", "31/12/2025"],
                        ["Gestione delle entrate da sanzioni ambientali", "Mancata riscossione", "Medio", "Report semestrale al RPCT sullo stato delle riscossioni", "31/12/2026"]]}},
    {"h": "SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO"},
    {"p": "Al 1° gennaio 2025 il personale in servizio a tempo indeterminato è di 214 unità. La programmazione dei fabbisogni prevede nel triennio 18 assunzioni, prevalentemente di profili tecnici per l'attuazione degli interventi finanziati."},
    {"table": {"header": ["Area", "In servizio al 01/01/2025", "Assunzioni 2025", "Assunzioni 2026", "Assunzioni 2027"],
               "rows": [["Dirigenti", "5", "1", "–", "–"],
                        ["Funzionari ed Elevata qualificazione", "71", "4", "3", "2"],
                        ["Istruttori", "96", "3", "2", "1"],
                        ["Operatori esperti", "42", "1", "1", "–"],
                        ["Totale", "214", "9", "6", "3"]]}},
  ],
}

for d in (A, B, C):
    json.dump(d, open(d["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
    print(d["name"])
