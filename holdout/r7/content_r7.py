"""Content of the r7 blind samples, written by hand (values parsed by hand: [op, value, max, unit]).
Writes NAME.content.json; make_r7.py renders from those files."""
import json

E = None  # empty cell

# ---------------------------------------------------------------- 1 Comune di Firenze
firenze = {
 "name": "comune-firenze-2022-relazione",
 "document": {"issuer": "Comune di Firenze", "title": "Relazione sulla performance", "year": 2022, "kind": "relazione"},
 "cover": ["COMUNE DI FIRENZE", "Direzione Generale – Servizio Pianificazione, Controllo e Qualità",
           "RELAZIONE SULLA PERFORMANCE", "ANNO 2022",
           "(art. 10, comma 1, lettera b, D.Lgs. 27 ottobre 2009, n. 150)",
           "Validata dal Nucleo di Valutazione in data 21 giugno 2023"],
 "intro": [
  ("h", "1. Premessa"),
  ("p", "La Relazione sulla performance rappresenta il documento con cui l'Amministrazione rendiconta ai cittadini e agli stakeholder i risultati organizzativi raggiunti nell'anno 2022 rispetto agli obiettivi programmati nel Piano Esecutivo di Gestione e nel Piano della performance 2022-2024, approvato con deliberazione della Giunta comunale n. 112 del 29 marzo 2022."),
  ("p", "Gli obiettivi operativi sono ricondotti alle Missioni e ai Programmi del bilancio armonizzato (D.Lgs. 118/2011). Per ciascun indicatore sono riportati il valore atteso, il valore raggiunto al 31 dicembre 2022 e il grado di raggiungimento, calcolato come rapporto tra valore raggiunto e valore atteso con un limite massimo del 100%. Per gli indicatori con grado di raggiungimento inferiore al 100% il Servizio competente ha indicato la motivazione dello scostamento."),
  ("h", "2. Le risorse finanziarie per Missione"),
  ("p", "La tabella seguente riporta, per le Missioni oggetto della presente Relazione, gli stanziamenti definitivi di parte corrente e gli impegni assunti al 31 dicembre 2022 (dati del Rendiconto 2022)."),
 ],
 "budget": {"header": ["Missione", "Stanziamento definitivo", "Impegnato", "% impegnato"],
   "rows": [["01 – Servizi istituzionali, generali e di gestione", "€ 142.615.320,00", "€ 131.902.455,18", "92,5%"],
            ["03 – Ordine pubblico e sicurezza", "€ 48.210.000,00", "€ 46.874.112,40", "97,2%"],
            ["12 – Diritti sociali, politiche sociali e famiglia", "€ 118.430.650,00", "€ 109.552.801,73", "92,5%"],
            ["Totale", "€ 309.255.970,00", "€ 288.329.369,31", "93,2%"]]},
 "section": ("h", "3. Obiettivi operativi e indicatori: risultati 2022"),
 "section_p": "Nella tabella sono riportati gli obiettivi operativi assegnati alle Direzioni per l'anno 2022, con i rispettivi indicatori di risultato.",
 "header": ["Missione", "Programma", "Obiettivo operativo", "Indicatore", "Valore atteso", "Valore raggiunto", "Grado di raggiungimento %", "Motivazione scostamento"],
 # missione -> programma -> obiettivo -> indicators
 "missions": [
  {"cell": "01 – Servizi istituzionali, generali e di gestione", "code": "01", "title": "Servizi istituzionali, generali e di gestione",
   "programs": [
    {"cell": "01.02 – Segreteria generale", "objectives": [
      {"cell": "01.02.01 – Digitalizzazione del ciclo di adozione degli atti amministrativi", "code": "01.02.01", "title": "Digitalizzazione del ciclo di adozione degli atti amministrativi",
       "ind": [
        {"indicator": "Percentuale di determinazioni dirigenziali firmate digitalmente", "target": ["≥ 98%", ">=", 98, None, "%"], "actual": ["99,4%", "=", 99.4, None, "%"], "ach": "100", "mot": E, "met": True},
        {"indicator": "Tempo medio di pubblicazione delle deliberazioni all'Albo pretorio online", "target": ["≤ 5 gg", "<=", 5, None, "days"], "actual": ["3,2 gg", "=", 3.2, None, "days"], "ach": "100", "mot": E, "met": True}]}]},
    {"cell": "01.08 – Statistica e sistemi informativi", "objectives": [
      {"cell": "01.08.02 – Estensione dei servizi online al cittadino (Firenze Digitale)", "code": "01.08.02", "title": "Estensione dei servizi online al cittadino (Firenze Digitale)",
       "ind": [
        {"indicator": "Numero di nuovi servizi online attivati con accesso SPID/CIE", "target": ["12", "=", 12, None, None], "actual": ["9", "=", 9, None, None], "ach": "75", "mot": "Ritardo nell'integrazione con la piattaforma regionale dei pagamenti pagoPA; i tre servizi residui sono stati rilasciati a febbraio 2023.", "met": False},
        {"indicator": "Accessi annui al portale dei servizi online", "target": ["≥ 350.000", ">=", 350000, None, None], "actual": ["412.580", "=", 412580, None, None], "ach": "100", "mot": E, "met": True}]}]},
    {"cell": "01.10 – Risorse umane", "objectives": [
      {"cell": "01.10.01 – Attuazione del Piano della formazione del personale", "code": "01.10.01", "title": "Attuazione del Piano della formazione del personale",
       "ind": [
        {"indicator": "Ore di formazione pro capite erogate al personale dipendente", "target": ["≥ 12 ore", ">=", 12, None, "hours"], "actual": ["14,5 ore", "=", 14.5, None, "hours"], "ach": "100", "mot": E, "met": True},
        {"indicator": "Percentuale di dipendenti che hanno frequentato almeno un corso", "target": ["≥ 80%", ">=", 80, None, "%"], "actual": ["76,3%", "=", 76.3, None, "%"], "ach": "95,4", "mot": "Sospensione dei corsi in presenza nel primo trimestre per l'emergenza sanitaria.", "met": False}]}]}]},
  {"cell": "03 – Ordine pubblico e sicurezza", "code": "03", "title": "Ordine pubblico e sicurezza",
   "programs": [
    {"cell": "03.01 – Polizia locale e amministrativa", "objectives": [
      {"cell": "03.01.03 – Presidio del territorio e sicurezza stradale", "code": "03.01.03", "title": "Presidio del territorio e sicurezza stradale",
       "ind": [
        {"indicator": "Numero di controlli su strada con etilometro e precursore", "target": ["≥ 2.500", ">=", 2500, None, None], "actual": ["2.814", "=", 2814, None, None], "ach": "100", "mot": E, "met": True},
        {"indicator": "Tempo medio di intervento su chiamata per sinistro stradale", "target": ["≤ 15 minuti", "<=", 15, None, None], "actual": ["13 minuti", "=", 13, None, None], "ach": "100", "mot": E, "met": True},
        {"indicator": "Verbali per violazioni al Codice della Strada notificati nei termini di legge", "target": ["100%", "=", 100, None, "%"], "actual": ["97,8%", "=", 97.8, None, "%"], "ach": "97,8", "mot": "Irreperibilità di una parte dei destinatari residenti all'estero.", "met": False}]}]}]},
  {"cell": "12 – Diritti sociali, politiche sociali e famiglia", "code": "12", "title": "Diritti sociali, politiche sociali e famiglia",
   "programs": [
    {"cell": "12.01 – Interventi per l'infanzia e i minori e per asili nido", "objectives": [
      {"cell": "12.01.01 – Ampliamento dell'offerta dei servizi educativi 0-6 anni", "code": "12.01.01", "title": "Ampliamento dell'offerta dei servizi educativi 0-6 anni",
       "ind": [
        {"indicator": "Posti disponibili nei nidi d'infanzia comunali e convenzionati", "target": ["≥ 3.150", ">=", 3150, None, None], "actual": ["3.186", "=", 3186, None, None], "ach": "100", "mot": E, "met": True},
        {"indicator": "Tempo medio di risposta alle domande di iscrizione fuori graduatoria", "target": ["≤ 30 gg", "<=", 30, None, "days"], "actual": ["24 gg", "=", 24, None, "days"], "ach": "100", "mot": E, "met": True}]}]},
    {"cell": "12.07 – Programmazione e governo della rete dei servizi sociosanitari e sociali", "objectives": [
      {"cell": "12.07.02 – Attuazione del Piano integrato di salute e del Piano di zona", "code": "12.07.02", "title": "Attuazione del Piano integrato di salute e del Piano di zona",
       "ind": [
        {"indicator": "Progetti personalizzati \"Dopo di noi\" attivati per persone con disabilità grave (L. 112/2016)", "target": ["≥ 60", ">=", 60, None, None], "actual": ["48", "=", 48, None, None], "ach": "80", "mot": "Avvio posticipato dell'avviso pubblico a seguito del ritardo nel riparto del fondo regionale.", "met": False},
        {"indicator": "Erogazione dei contributi per il sostegno alla locazione", "target": ["Entro il 31/12/2022", None, None, None, None], "actual": ["Erogati il 15/12/2022", None, None, None, None], "ach": "100", "mot": E, "met": None}]}]}]}],
 "closing": [("h", "4. Sintesi"),
   ("p", "Dei 13 indicatori riportati, 9 hanno raggiunto il valore atteso e 4 presentano uno scostamento, motivato dai Servizi competenti. Il grado medio di raggiungimento degli obiettivi operativi è pari al 96,0%."),
   ("p", "La presente Relazione è stata approvata dalla Giunta comunale con deliberazione n. 241 del 13 giugno 2023 e trasmessa al Nucleo di Valutazione per la validazione.")],
}

# ---------------------------------------------------------------- 2 ASL Bergamo PIAO
def t(text, op, v, mx, u):
    return [text, op, v, mx, u]

bergamo = {
 "name": "asl-bergamo-2024-piano",
 "document": {"issuer": "Azienda Sanitaria Locale della Provincia di Bergamo", "title": "Piano integrato di attività e organizzazione", "year": 2024, "kind": "piao"},
 "cover": ["ASL Bergamo", "Azienda Sanitaria Locale della Provincia di Bergamo",
           "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE (PIAO) 2024-2026",
           "Sezione 2 – Valore pubblico, performance e anticorruzione",
           "Sottosezione 2.2 – Performance: obiettivi, indicatori e target",
           "Adottato con deliberazione del Direttore Generale n. 87 del 30 gennaio 2024"],
 "intro": ["Il presente prospetto riporta gli obiettivi di performance organizzativa dell'Azienda per il triennio 2024-2026, articolati per area strategica. Per ciascun indicatore sono indicati la formula di calcolo, la fonte del dato, il peso attribuito e il valore consuntivo dell'anno 2023, che costituisce il punto di partenza per la definizione dei target.",
           "I target sono coerenti con gli obiettivi assegnati dalla Regione alle Direzioni Generali e con il Piano Nazionale Esiti (PNE). Il peso complessivo degli indicatori è pari a 100."],
 "header": ["Cod.", "Obiettivo", "Indicatore", "Formula", "Fonte", "Peso %", "Valore 2023", "Target 2024", "Target 2025", "Target 2026"],
 "years": [2024, 2025, 2026],
 "areas": [
  {"cell": "AREA STRATEGICA A – PREVENZIONE E TUTELA DELLA SALUTE", "code": "A", "title": "PREVENZIONE E TUTELA DELLA SALUTE", "objectives": [
    {"code": "A.1", "title": "Aumentare l'adesione ai programmi di screening oncologico", "ind": [
      {"indicator": "Adesione allo screening mammografico (donne 50-74 anni)", "formula": "N. donne screenate / N. donne invitate x 100", "fonte": "Flusso screening regionale", "peso": 10, "base": "58,2%",
       "targets": {"2024": t("≥ 60%", ">=", 60, None, "%"), "2025": t("≥ 62%", ">=", 62, None, "%"), "2026": t("≥ 65%", ">=", 65, None, "%")}},
      {"indicator": "Adesione allo screening colorettale (50-74 anni)", "formula": "N. persone con test FIT eseguito / popolazione invitata x 100", "fonte": "Flusso screening regionale", "peso": 10, "base": "41,5%",
       "targets": {"2024": t("≥ 45%", ">=", 45, None, "%"), "2025": t("≥ 48%", ">=", 48, None, "%"), "2026": t("≥ 50%", ">=", 50, None, "%")}}]},
    {"code": "A.2", "title": "Migliorare le coperture vaccinali della popolazione", "ind": [
      {"indicator": "Copertura vaccinale antinfluenzale nella popolazione con 65 anni e più", "formula": "Vaccinati ≥ 65 anni / popolazione residente ≥ 65 anni x 100", "fonte": "Anagrafe vaccinale regionale", "peso": 8, "base": "52,3%",
       "targets": {"2024": t("≥ 60%", ">=", 60, None, "%"), "2025": t("≥ 70%", ">=", 70, None, "%"), "2026": t("≥ 75%", ">=", 75, None, "%")}},
      {"indicator": "Copertura vaccinale MPR (prima dose) a 24 mesi", "formula": "Bambini vaccinati a 24 mesi / coorte di nascita x 100", "fonte": "Anagrafe vaccinale regionale", "peso": 7, "base": "94,1%",
       "targets": {"2024": t("≥ 95%", ">=", 95, None, "%"), "2025": t("≥ 95%", ">=", 95, None, "%"), "2026": t("≥ 95%", ">=", 95, None, "%")}}]}]},
  {"cell": "AREA STRATEGICA B – ACCESSIBILITÀ E PRESA IN CARICO", "code": "B", "title": "ACCESSIBILITÀ E PRESA IN CARICO", "objectives": [
    {"code": "B.1", "title": "Ridurre i tempi di attesa delle prestazioni ambulatoriali", "ind": [
      {"indicator": "Prime visite in classe di priorità B erogate entro 10 giorni", "formula": "Prestazioni classe B entro 10 gg / totale prestazioni classe B x 100", "fonte": "Flusso MOSA / CUP aziendale", "peso": 12, "base": "78,4%",
       "targets": {"2024": t("≥ 90%", ">=", 90, None, "%"), "2025": t("≥ 90%", ">=", 90, None, "%"), "2026": t("≥ 90%", ">=", 90, None, "%")}},
      {"indicator": "Tempo medio di attesa per la prima visita specialistica in classe D", "formula": "Somma dei giorni di attesa / N. prime visite classe D", "fonte": "CUP aziendale", "peso": 8, "base": "42 gg",
       "targets": {"2024": t("≤ 35 gg", "<=", 35, None, "days"), "2025": t("≤ 30 gg", "<=", 30, None, "days"), "2026": t("≤ 30 gg", "<=", 30, None, "days")}}]},
    {"code": "B.2", "title": "Potenziare l'assistenza territoriale (DM 77/2022)", "ind": [
      {"indicator": "Case di Comunità attive sul territorio provinciale", "formula": "N. Case di Comunità operative al 31/12", "fonte": "Delibere aziendali", "peso": 10, "base": "6",
       "targets": {"2024": t("11", "=", 11, None, None), "2025": t("15", "=", 15, None, None), "2026": t("17", "=", 17, None, None)}},
      {"indicator": "Pazienti cronici presi in carico con Piano Assistenziale Individuale (PAI)", "formula": "Pazienti con PAI attivo / pazienti cronici arruolabili x 100", "fonte": "Piattaforma regionale PIC", "peso": 5, "base": "31,0%",
       "targets": {"2024": t("≥ 35%", ">=", 35, None, "%"), "2025": t("≥ 40%", ">=", 40, None, "%"), "2026": t(None, None, None, None, None)}}]}]},
  {"cell": "AREA STRATEGICA C – SOSTENIBILITÀ, EFFICIENZA E TRASPARENZA", "code": "C", "title": "SOSTENIBILITÀ, EFFICIENZA E TRASPARENZA", "objectives": [
    {"code": "C.1", "title": "Garantire l'equilibrio economico-finanziario", "ind": [
      {"indicator": "Indicatore annuale di tempestività dei pagamenti", "formula": "Ritardo medio ponderato dei pagamenti (DPCM 22/09/2014)", "fonte": "PCC – Piattaforma Crediti Commerciali", "peso": 10, "base": "-4,2 gg",
       "targets": {"2024": t("≤ 0 gg", "<=", 0, None, "days"), "2025": t("≤ 0 gg", "<=", 0, None, "days"), "2026": t("≤ 0 gg", "<=", 0, None, "days")}},
      {"indicator": "Rispetto del tetto di spesa per la farmaceutica convenzionata", "formula": "Spesa farmaceutica convenzionata / tetto assegnato x 100", "fonte": "DWH regionale", "peso": 10, "base": "101,3%",
       "targets": {"2024": t("≤ 100%", "<=", 100, None, "%"), "2025": t("≤ 100%", "<=", 100, None, "%"), "2026": t("≤ 100%", "<=", 100, None, "%")}}]},
    {"code": "C.2", "title": "Prevenire la corruzione e assicurare la trasparenza", "ind": [
      {"indicator": "Obblighi di pubblicazione assolti in \"Amministrazione trasparente\"", "formula": "Obblighi assolti / obblighi previsti x 100", "fonte": "Griglia di rilevazione OIV", "peso": 5, "base": "96%",
       "targets": {"2024": t("100%", "=", 100, None, "%"), "2025": t("100%", "=", 100, None, "%"), "2026": t("100%", "=", 100, None, "%")}},
      {"indicator": "Dipendenti formati in materia di prevenzione della corruzione", "formula": "N. dipendenti con corso completato nell'anno", "fonte": "Piattaforma formazione aziendale", "peso": 5, "base": "1.240",
       "targets": {"2024": t("≥ 1.500", ">=", 1500, None, None), "2025": t("≥ 1.800", ">=", 1800, None, None), "2026": t("n.d.", None, None, None, None)}}]}]}],
 "risk_title": "Sottosezione 2.3 – Rischi corruttivi e trasparenza: registro dei rischi (estratto)",
 "risk_header": ["Area di rischio", "Processo", "Evento rischioso", "Probabilità", "Impatto", "Livello di rischio", "Misura di prevenzione", "Termine"],
 "risk_rows": [
   ["Contratti pubblici", "Affidamenti diretti sotto soglia", "Frazionamento artificioso dell'importo per eludere le procedure", "Media", "Alto", "ALTO", "Programmazione biennale degli acquisti e controllo a campione del 10% degli affidamenti", "31/12/2024"],
   ["Contratti pubblici", "Esecuzione del contratto", "Mancata applicazione di penali per ritardi", "Bassa", "Medio", "MEDIO", "Report semestrale del DEC sulle penali applicate", "30/06/2024"],
   ["Acquisizione del personale", "Concorsi e selezioni", "Predisposizione di requisiti personalizzati", "Bassa", "Alto", "MEDIO", "Rotazione dei componenti delle commissioni e dichiarazioni di assenza di conflitto di interessi", "Continuativo"],
   ["Attività libero-professionale", "Prenotazione delle prestazioni ALPI", "Gestione delle agende al di fuori del CUP", "Media", "Medio", "MEDIO", "Prenotazione esclusiva tramite CUP e verifica trimestrale dei volumi", "31/03/2024"],
   ["Vigilanza e controlli", "Ispezioni nelle strutture sanitarie", "Omissione di controlli per favorire il soggetto controllato", "Bassa", "Alto", "MEDIO", "Ispezioni congiunte di almeno due operatori e verbali standardizzati", "Continuativo"],
   ["Farmaceutica", "Rapporti con informatori scientifici", "Induzione all'iperprescrizione di farmaci", "Media", "Alto", "ALTO", "Registro degli accessi degli informatori e monitoraggio delle prescrizioni", "31/12/2024"]],
}

# ---------------------------------------------------------------- 3 CCIAA Torino
OK, PA, NO = "✔ Raggiunto", "◐ Parzialmente raggiunto", "✘ Non raggiunto"
ST = {OK: "achieved", PA: "partially_achieved", NO: "not_achieved"}
torino = {
 "name": "camera-commercio-torino-2023-relazione",
 "document": {"issuer": "Camera di commercio di Torino", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["Camera di commercio di Torino", "RELAZIONE SULLA PERFORMANCE 2023", "ai sensi dell'art. 10 del D.Lgs. 150/2009",
           "Approvata con deliberazione della Giunta camerale n. 92 del 17 giugno 2024"],
 "intro": [
  ("h", "1. Presentazione"),
  ("p", "La Relazione sulla performance chiude il ciclo di gestione della performance 2023 della Camera di commercio di Torino. Essa evidenzia, a consuntivo, i risultati organizzativi raggiunti rispetto agli obiettivi strategici e ai relativi indicatori definiti nel Piano Integrato di Attività e Organizzazione 2023-2025."),
  ("p", "Per ciascun obiettivo strategico sono riportati gli indicatori con il target 2023, il risultato conseguito e l'esito della misurazione. L'esito è espresso secondo tre livelli: raggiunto (risultato pari o superiore al target), parzialmente raggiunto (risultato compreso tra l'80% e il 99% del target) e non raggiunto."),
  ("h", "2. Sintesi dei risultati"),
  ("p", "La tabella che segue riassume gli esiti degli indicatori strategici misurati nel 2023."),
 ],
 "summary_header": ["Esito", "N. indicatori", "%"],
 "after_summary": "Il grado complessivo di raggiungimento degli obiettivi strategici, calcolato come media ponderata dei risultati degli indicatori, è pari all'89,6%.",
 "section": "3. Risultati per obiettivo strategico",
 "header": ["Indicatore", "Target 2023", "Risultato 2023", "Esito"],
 "year": 2023,
 "areas": [
  {"head": "AREA STRATEGICA 1 – Competitività e digitalizzazione delle imprese", "code": "1", "title": "Competitività e digitalizzazione delle imprese", "objectives": [
    {"head": "Obiettivo strategico 1.1 – Accompagnare le imprese nella transizione digitale", "code": "1.1", "title": "Accompagnare le imprese nella transizione digitale", "ind": [
      {"indicator": "Imprese assistite dal Punto Impresa Digitale (PID)", "target": ["≥ 400", ">=", 400, None, None], "actual": ["462", "=", 462, None, None], "esito": OK, "met": True},
      {"indicator": "Assessment della maturità digitale (SELFI4.0 e ZOOM4.0) realizzati", "target": ["≥ 150", ">=", 150, None, None], "actual": ["131", "=", 131, None, None], "esito": PA, "met": False},
      {"indicator": "Webinar e seminari sulla digitalizzazione organizzati", "target": ["≥ 20", ">=", 20, None, None], "actual": ["24", "=", 24, None, None], "esito": OK, "met": True}],
     "nota": "Nota: l'obiettivo è stato sostanzialmente conseguito. Il minor numero di assessment è dovuto alla sospensione per tre mesi della piattaforma nazionale SELFI4.0, compensata da un maggior numero di imprese assistite in presenza presso la sede di via San Francesco da Paola."},
    {"head": "Obiettivo strategico 1.2 – Sostenere l'internazionalizzazione del sistema produttivo", "code": "1.2", "title": "Sostenere l'internazionalizzazione del sistema produttivo", "ind": [
      {"indicator": "Imprese partecipanti a iniziative di promozione sui mercati esteri", "target": ["≥ 250", ">=", 250, None, None], "actual": ["268", "=", 268, None, None], "esito": OK, "met": True},
      {"indicator": "Contributi liquidati con il bando Internazionalizzazione 2023", "target": ["€ 1.200.000,00", "=", 1200000, None, "EUR"], "actual": ["€ 1.087.450,00", "=", 1087450, None, "EUR"], "esito": PA, "met": False}],
     "nota": "Nota: le economie sul bando derivano da rinunce e rendicontazioni inferiori al contributo concesso; le risorse residue sono state riprogrammate sul bando 2024."}]},
  {"head": "AREA STRATEGICA 2 – Regolazione e tutela del mercato", "code": "2", "title": "Regolazione e tutela del mercato", "objectives": [
    {"head": "Obiettivo strategico 2.1 – Garantire la qualità e la tempestività del Registro delle imprese", "code": "2.1", "title": "Garantire la qualità e la tempestività del Registro delle imprese", "ind": [
      {"indicator": "Tempo medio di evasione delle pratiche telematiche del Registro imprese", "target": ["≤ 5 gg", "<=", 5, None, "days"], "actual": ["3,8 gg", "=", 3.8, None, "days"], "esito": OK, "met": True},
      {"indicator": "Percentuale di pratiche evase entro 5 giorni lavorativi", "target": ["≥ 85%", ">=", 85, None, "%"], "actual": ["88,6%", "=", 88.6, None, "%"], "esito": OK, "met": True},
      {"indicator": "Incidenza delle pratiche sospese sul totale delle pratiche ricevute", "target": ["≤ 12%", "<=", 12, None, "%"], "actual": ["14,1%", "=", 14.1, None, "%"], "esito": NO, "met": False}],
     "nota": "Nota: l'aumento delle sospensioni è legato all'avvio dell'obbligo di comunicazione del titolare effettivo, che ha generato un elevato numero di pratiche incomplete nel secondo semestre."},
    {"head": "Obiettivo strategico 2.2 – Rafforzare la vigilanza e la metrologia legale", "code": "2.2", "title": "Rafforzare la vigilanza e la metrologia legale", "ind": [
      {"indicator": "Verifiche periodiche su strumenti di misura effettuate dall'ufficio metrico", "target": ["≥ 1.800", ">=", 1800, None, None], "actual": ["1.652", "=", 1652, None, None], "esito": NO, "met": False}],
     "nota": "Nota: il risultato risente della cessazione dal servizio di due ispettori metrici, sostituiti solo nel mese di ottobre; il piano delle verifiche è stato rimodulato sugli strumenti a maggior rischio."}]},
  {"head": "AREA STRATEGICA 3 – Efficienza e sostenibilità dell'Ente", "code": "3", "title": "Efficienza e sostenibilità dell'Ente", "objectives": [
    {"head": "Obiettivo strategico 3.1 – Ottimizzare la gestione delle risorse economiche", "code": "3.1", "title": "Ottimizzare la gestione delle risorse economiche", "ind": [
      {"indicator": "Tempo medio di pagamento delle fatture passive", "target": ["≤ 30 gg", "<=", 30, None, "days"], "actual": ["18 gg", "=", 18, None, "days"], "esito": OK, "met": True},
      {"indicator": "Incidenza dei costi di struttura sui proventi correnti", "target": ["≤ 65%", "<=", 65, None, "%"], "actual": ["63,2%", "=", 63.2, None, "%"], "esito": OK, "met": True},
      {"indicator": "Tasso di riscossione spontanea del diritto annuale", "target": ["≥ 75%", ">=", 75, None, "%"], "actual": ["71,4%", "=", 71.4, None, "%"], "esito": NO, "met": False}],
     "nota": "Nota: la riscossione del diritto annuale è in linea con la media delle Camere di commercio piemontesi; sono state avviate campagne di sollecito tramite PEC per le imprese non in regola."}]}],
 "closing": [("h", "4. Conclusioni"),
   ("p", "Nel complesso l'Ente ha conseguito la maggior parte dei risultati attesi. Gli scostamenti rilevati sono stati analizzati con i dirigenti responsabili e hanno orientato la definizione dei target del PIAO 2024-2026.")],
}

# ---------------------------------------------------------------- 4 Università di Milano
def q(text, op=None, v=None, mx=None, u=None):
    return [text, op, v, mx, u]

milano = {
 "name": "universita-milano-2021-relazione",
 "document": {"issuer": "Università degli Studi di Milano", "title": "Relazione sulla performance", "year": 2021, "kind": "relazione"},
 "cover": ["UNIVERSITÀ DEGLI STUDI DI MILANO", "Direzione Generale", "RELAZIONE SULLA PERFORMANCE", "ANNO 2021",
           "Approvata dal Consiglio di Amministrazione nella seduta del 28 giugno 2022"],
 "toc_title": "Indice",
 "header": ["Obiettivo", "Indicatore", "Baseline", "Target", "Risultato 2021", "Performance"],
 "year": 2021,
 "sections": [
  {"h": "1. Introduzione", "p": ["La Relazione sulla performance 2021 illustra i risultati organizzativi e individuali raggiunti dall'Ateneo rispetto agli obiettivi definiti nel Piano Integrato 2021-2023, in coerenza con il Piano strategico di Ateneo 2020-2022 e con le linee guida ANVUR per la gestione integrata del ciclo della performance.",
        "L'anno 2021 è stato caratterizzato dal progressivo ritorno alla didattica in presenza, dall'avvio del progetto del nuovo campus di MIND e dalla partecipazione dell'Ateneo ai bandi del Piano Nazionale di Ripresa e Resilienza."]},
  {"h": "2. Il contesto organizzativo", "p": ["La tabella riporta la consistenza del personale dell'Ateneo al 31 dicembre degli ultimi due anni."],
   "staff": {"header": ["Ruolo", "31/12/2020", "31/12/2021", "Variazione"],
             "rows": [["Professori ordinari", "612", "638", "+26"], ["Professori associati", "857", "881", "+24"],
                      ["Ricercatori (RU e RTD)", "683", "702", "+19"], ["Personale tecnico-amministrativo", "1.968", "2.011", "+43"],
                      ["Collaboratori esperti linguistici", "54", "52", "-2"], ["Totale", "4.174", "4.284", "+110"]]}},
  {"h": "3. I risultati della performance organizzativa", "p": ["Per ciascuna area strategica sono riportati gli obiettivi, gli indicatori con la baseline, il target 2021 e il risultato conseguito. La performance è calcolata come rapporto tra risultato e target (massimo 100%); per gli obiettivi di realizzazione è stimata dalla struttura responsabile sulla base dello stato di avanzamento."],
   "areas": [
    {"h": "3.1 Area strategica 1 – Didattica", "code": "1", "title": "Didattica", "objectives": [
      {"cell": "D.1 – Migliorare la regolarità delle carriere degli studenti", "code": "D.1", "title": "Migliorare la regolarità delle carriere degli studenti", "ind": [
        {"indicator": "Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "base": "58,3%", "target": q("≥ 60%", ">=", 60, None, "%"), "actual": q("61,2%", "=", 61.2, None, "%"), "perf": "100%", "ach": 100, "met": True},
        {"indicator": "Percentuale di laureati entro la durata normale del corso", "base": "52,1%", "target": q("≥ 55%", ">=", 55, None, "%"), "actual": q("53,4%", "=", 53.4, None, "%"), "perf": "97,1%", "ach": 97.1, "met": False}]},
      {"cell": "D.2 – Potenziare la didattica innovativa e digitale", "code": "D.2", "title": "Potenziare la didattica innovativa e digitale", "ind": [
        {"indicator": "Insegnamenti con materiali didattici pubblicati sulla piattaforma Ariel", "base": "78%", "target": q("≥ 85%", ">=", 85, None, "%"), "actual": q("88,5%", "=", 88.5, None, "%"), "perf": "100%", "ach": 100, "met": True},
        {"indicator": "Realizzazione del nuovo Learning Center di via Celoria", "base": "n.a.", "target": q("Entro il 31/12/2021"), "actual": q("In corso"), "status": ["partially_achieved", "In corso"], "perf": "60%", "ach": 60, "met": None}]}]},
    {"h": "3.2 Area strategica 2 – Ricerca", "code": "2", "title": "Ricerca", "pre": ["L'area della ricerca comprende gli obiettivi legati alla qualità della produzione scientifica, alla capacità di attrarre finanziamenti competitivi e al rafforzamento della formazione dottorale. Gli indicatori bibliometrici sono rilevati dall'Ufficio Valutazione della ricerca tramite la banca dati IRIS e Scopus alla data del 31 marzo 2022."],
     "objectives": [
      {"cell": "R.1 – Accrescere la qualità della produzione scientifica", "code": "R.1", "title": "Accrescere la qualità della produzione scientifica", "ind": [
        {"indicator": "Percentuale di docenti con almeno due prodotti della ricerca nel triennio 2019-2021", "base": "87,4%", "target": q("≥ 90%", ">=", 90, None, "%"), "actual": q("91,0%", "=", 91, None, "%"), "perf": "100%", "ach": 100, "met": True},
        {"indicator": "Percentuale di pubblicazioni in Open Access sul totale dei prodotti depositati in AIR", "base": "41%", "target": q("≥ 45%", ">=", 45, None, "%"), "actual": q("47,3%", "=", 47.3, None, "%"), "perf": "100%", "ach": 100, "met": True},
        {"indicator": "Citazioni medie per pubblicazione (fonte Scopus, finestra triennale)", "base": "9,8", "target": q("≥ 10", ">=", 10, None, None), "actual": q("10,4", "=", 10.4, None, None), "perf": "100%", "ach": 100, "met": True}]},
      {"cell": "R.2 – Incrementare la capacità di attrarre finanziamenti competitivi", "code": "R.2", "title": "Incrementare la capacità di attrarre finanziamenti competitivi", "ind": [
        {"indicator": "Finanziamenti competitivi acquisiti su bandi europei e nazionali (Horizon Europe, PRIN, FIS)", "base": "€ 38,5 mln", "target": q("≥ € 40 mln", ">=", 40000000, None, "EUR"), "actual": q("€ 44,2 mln", "=", 44200000, None, "EUR"), "perf": "100%", "ach": 100, "met": True},
        {"indicator": "Numero di progetti ERC e MSCA attivi", "base": "24", "target": q("≥ 26", ">=", 26, None, None), "actual": q("25", "=", 25, None, None), "perf": "96,2%", "ach": 96.2, "met": False}]},
      {"cell": "R.3 – Rafforzare il dottorato di ricerca", "code": "R.3", "title": "Rafforzare il dottorato di ricerca", "ind": [
        {"indicator": "Percentuale di dottorandi con borsa provenienti da altri Atenei o dall'estero", "base": "31%", "target": q("≥ 33%", ">=", 33, None, "%"), "actual": q("35,6%", "=", 35.6, None, "%"), "perf": "100%", "ach": 100, "met": True},
        {"indicator": "Borse di dottorato finanziate da enti esterni e imprese", "base": "112", "target": q("≥ 120", ">=", 120, None, None), "actual": q("127", "=", 127, None, None), "perf": "100%", "ach": 100, "met": True},
        {"indicator": "Attivazione della Scuola di dottorato unificata di Ateneo", "base": "n.a.", "target": q("Entro il 30/06/2021"), "actual": q("Completato"), "status": ["achieved", "Completato"], "perf": "100%", "ach": 100, "met": None}]}]},
    {"h": "3.3 Area strategica 3 – Terza missione e impatto sociale", "code": "3", "title": "Terza missione e impatto sociale", "objectives": [
      {"cell": "T.1 – Valorizzare i risultati della ricerca", "code": "T.1", "title": "Valorizzare i risultati della ricerca", "ind": [
        {"indicator": "Domande di brevetto depositate", "base": "28", "target": q("≥ 30", ">=", 30, None, None), "actual": q("33", "=", 33, None, None), "perf": "100%", "ach": 100, "met": True},
        {"indicator": "Spin-off accreditati attivi", "base": "19", "target": q("22", "=", 22, None, None), "actual": q("21", "=", 21, None, None), "perf": "95,5%", "ach": 95.5, "met": False}]},
      {"cell": "T.2 – Sviluppare il public engagement", "code": "T.2", "title": "Sviluppare il public engagement", "ind": [
        {"indicator": "Numero di eventi di public engagement registrati nel catalogo di Ateneo", "base": "310", "target": q("≥ 350", ">=", 350, None, None), "actual": q("n.d."), "perf": "n.d.", "ach": None, "met": None},
        {"indicator": "Avvio della piattaforma di Ateneo per la rendicontazione della terza missione", "base": "n.a.", "target": q("Entro il 31/12/2021"), "actual": q("In corso"), "status": ["partially_achieved", "In corso"], "perf": "70%", "ach": 70, "met": None}]}]}]},
  {"h": "4. Conclusioni", "p": ["Il grado complessivo di raggiungimento degli obiettivi di performance organizzativa per l'anno 2021 è pari al 94,2%. Il dato relativo agli eventi di public engagement sarà disponibile a seguito della chiusura della campagna di rilevazione SUA-TM e sarà rendicontato nella Relazione 2022."]}],
}

for c in (firenze, bergamo, torino, milano):
    with open(c["name"] + ".content.json", "w") as f:
        json.dump(c, f, ensure_ascii=False, indent=1)
print("ok")
