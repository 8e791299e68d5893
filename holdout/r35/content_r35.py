# Authoring script: writes the three hand-written content files (data only).
import json
def W(name, d):
    json.dump(d, open(f"/work/blind/r35/{name}.content.json", "w"), ensure_ascii=False, indent=1)

# ---------------- 1. Comune di Civitanova Marche - PEG export ----------------
# indicator tuple: name, unit, target, actual, scostamento, (t_op,t_val,t_unit), (a_op,a_val,a_unit), met
peg = {
 "document": {"issuer": "Comune di Civitanova Marche", "title": "Piano dettagliato degli obiettivi", "year": 2024, "kind": "piano"},
 "software": "GesPEG Enti Locali 4.7 – modulo Performance",
 "print_date": "14/02/2025 10:32",
 "cover": {
   "ente": "COMUNE DI CIVITANOVA MARCHE",
   "sub": "Provincia di Macerata",
   "title": "PEG – Piano dettagliato degli obiettivi",
   "subtitle": "Esercizio 2024 – Stampa di verifica al 31/12/2024",
   "params": [["Esercizio", "2024"], ["Versione PEG", "Approvato con D.G.C. n. 18 del 30/01/2024, variato con D.G.C. n. 241 del 24/07/2024"],
              ["Centri di responsabilità", "Tutti (5 selezionati)"], ["Tipo stampa", "Dettaglio obiettivi con fasi e indicatori"],
              ["Stato rilevazione", "Consuntivo validato dal Nucleo di Valutazione il 10/02/2025"]],
   "intro": "La presente stampa riporta, per ciascun Centro di responsabilità, gli obiettivi assegnati con il Piano esecutivo di gestione 2024, le fasi di attuazione programmate e gli indicatori di risultato con il valore rilevato al 31 dicembre. Lo scostamento percentuale è calcolato dal sistema come (valore rilevato – valore atteso) / valore atteso × 100; per gli indicatori privi di valore rilevato è indicato n.d.",
 },
 "cdr": [
  {"code": "1", "title": "Settore Affari Generali e Servizi Demografici", "resp": "Dott.ssa Laura Marinelli",
   "servizio": "Servizi demografici ed elettorali; Protocollo e archivio", "missione": "01 – Servizi istituzionali, generali e di gestione / 01.07 – Elezioni e consultazioni popolari – Anagrafe e stato civile",
   "budget": [["Spese correnti assegnate", "€ 612.400,00"], ["Personale assegnato (FTE)", "14,5"]],
   "obj": [
    {"n": "1", "title": "Digitalizzazione dei servizi anagrafici", "descr": "Estendere il rilascio online delle certificazioni anagrafiche tramite ANPR e ridurre i tempi di emissione della Carta d'identità elettronica, anche con aperture straordinarie dello sportello.", "peso": "30",
     "fasi": [["Attivazione del servizio di prenotazione online CIE", "01/02/2024", "30/04/2024", "Completata"], ["Aperture straordinarie sabato mattina", "01/05/2024", "30/11/2024", "Completata"], ["Campagna informativa sui certificati online", "01/03/2024", "31/12/2024", "Completata"]],
     "ind": [["Percentuale di certificati anagrafici rilasciati online sul totale", "%", ">= 60%", "64,2%", "+7,0", [">=",60,"%"], ["=",64.2,"%"], True],
             ["Tempo medio di rilascio della CIE dalla richiesta", "gg", "≤ 7 gg", "6 gg", "-14,3", ["<=",7,"days"], ["=",6,"days"], True]],
     "note": "Il servizio di prenotazione online è attivo dal 15/04/2024; le aperture del sabato hanno consentito l'emissione di 1.140 CIE aggiuntive."},
    {"n": "2", "title": "Riorganizzazione del protocollo informatico e della gestione documentale", "descr": "Adeguare il manuale di gestione documentale alle Linee guida AgID e incrementare la fascicolazione informatica dei documenti.", "peso": "20",
     "fasi": [["Aggiornamento del manuale di gestione documentale", "01/01/2024", "30/06/2024", "Completata"], ["Formazione dei referenti di settore", "01/07/2024", "31/10/2024", "Completata"]],
     "ind": [["Numero di documenti protocollati in ingresso tramite PEC", "n.", "12.000", "13.418", "+11,8", ["=",12000,None], ["=",13418,None], True],
             ["Percentuale di fascicoli informatici chiusi entro l'anno", "%", ">= 80%", "76,5%", "-4,4", [">=",80,"%"], ["=",76.5,"%"], False]],
     "note": None}]},
  {"code": "2", "title": "Settore Servizi Finanziari e Tributi", "resp": "Dott. Marco Santoni",
   "servizio": "Ragioneria; Tributi ed entrate patrimoniali", "missione": "01 – Servizi istituzionali, generali e di gestione / 01.04 – Gestione delle entrate tributarie e servizi fiscali",
   "budget": [["Spese correnti assegnate", "€ 1.084.900,00"], ["Personale assegnato (FTE)", "17,0"]],
   "obj": [
    {"n": "3", "title": "Recupero dell'evasione IMU e TARI", "descr": "Intensificare l'attività di accertamento sulle annualità 2019-2022 mediante incrocio delle banche dati catastali, anagrafiche e delle utenze.", "peso": "40",
     "fasi": [["Bonifica della banca dati TARI", "01/01/2024", "31/05/2024", "Completata"], ["Emissione avvisi di accertamento IMU 2019", "01/06/2024", "30/11/2024", "Completata"], ["Gestione del contenzioso e delle istanze di autotutela", "01/06/2024", "31/12/2024", "In corso"]],
     "ind": [["Importo accertato per recupero evasione IMU", "€", "€ 850.000,00", "€ 912.340,55", "+7,3", ["=",850000,"EUR"], ["=",912340.55,"EUR"], None],
             ["Numero di avvisi di accertamento emessi", "n.", "1.500", "1.388", "-7,5", ["=",1500,None], ["=",1388,None], False],
             ["Tempo medio di pagamento delle fatture commerciali", "gg", "≤ 30 gg", "24 gg", "-20,0", ["<=",30,"days"], ["=",24,"days"], True]],
     "note": "Lo scostamento sul numero di avvisi è dovuto alla sospensione dei termini per le posizioni oggetto di definizione agevolata."},
    {"n": "4", "title": "Miglioramento della riscossione dei residui attivi", "descr": "Ridurre lo stock dei residui attivi di parte corrente attraverso solleciti, rateizzazioni e affidamento della riscossione coattiva.", "peso": "20",
     "fasi": [["Ricognizione dei residui attivi al 31/12/2023", "01/02/2024", "30/04/2024", "Completata"], ["Invio dei solleciti bonari", "01/05/2024", "30/09/2024", "Completata"]],
     "ind": [["Percentuale di riscossione dei residui attivi in conto TARI", "%", ">= 35%", "31,8%", "-9,1", [">=",35,"%"], ["=",31.8,"%"], False],
             ["Numero di piani di rateizzazione concessi e monitorati", "n.", "200", "n.d.", "n.d.", ["=",200,None], [None,None,None], None]],
     "note": None}]},
  {"code": "3", "title": "Settore Lavori Pubblici, Manutenzioni e Patrimonio", "resp": "Ing. Paolo Cingolani",
   "servizio": "Viabilità; Illuminazione pubblica; Manutenzione del patrimonio", "missione": "10 – Trasporti e diritto alla mobilità / 10.05 – Viabilità e infrastrutture stradali",
   "budget": [["Spese correnti assegnate", "€ 2.318.700,00"], ["Spese in conto capitale", "€ 4.960.000,00"], ["Personale assegnato (FTE)", "22,0"]],
   "obj": [
    {"n": "5", "title": "Manutenzione straordinaria delle strade comunali", "descr": "Attuare il piano asfalti 2024 e ridurre i tempi di intervento sulle segnalazioni di dissesto stradale; completare l'aggiudicazione degli interventi finanziati dal PNRR.", "peso": "35",
     "fasi": [["Approvazione progetto esecutivo piano asfalti", "01/01/2024", "31/03/2024", "Completata"], ["Esecuzione lavori lotto 1 (zona sud)", "01/04/2024", "31/07/2024", "Completata"], ["Esecuzione lavori lotto 2 (zona Fontespina)", "01/09/2024", "31/12/2024", "Completata"]],
     "ind": [["Km di strade comunali riasfaltate", "km", "12", "14,6", "+21,7", ["=",12,None], ["=",14.6,None], None],
             ["Percentuale di segnalazioni di buche evase entro 10 giorni", "%", ">= 90%", "92,3%", "+2,6", [">=",90,"%"], ["=",92.3,"%"], True],
             ["Importo dei lavori aggiudicati (PNRR M2C4 – Inv. 2.2)", "€", "€ 1.250.000,00", "€ 1.250.000,00", "0,0", ["=",1250000,"EUR"], ["=",1250000,"EUR"], True]],
     "note": None},
    {"n": "6", "title": "Efficientamento energetico della pubblica illuminazione", "descr": "Proseguire la sostituzione dei corpi illuminanti con tecnologia LED e il telecontrollo dei quadri elettrici.", "peso": "25",
     "fasi": [["Censimento dei punti luce residui", "01/01/2024", "28/02/2024", "Completata"], ["Sostituzione corpi illuminanti", "01/03/2024", "31/12/2024", "Completata"]],
     "ind": [["Numero di punti luce convertiti a LED", "n.", "1.800", "1.935", "+7,5", ["=",1800,None], ["=",1935,None], True],
             ["Riduzione dei consumi di energia elettrica rispetto al 2023", "%", "≥ 15%", "12,4%", "-17,3", [">=",15,"%"], ["=",12.4,"%"], False]],
     "note": "Il dato dei consumi è calcolato sulle fatture pervenute fino al mese di novembre."}]},
  {"code": "4", "title": "Settore Servizi Sociali e Politiche Educative", "resp": "Dott.ssa Giulia Ferranti",
   "servizio": "Servizi sociali professionali; Asili nido e servizi per l'infanzia", "missione": "12 – Diritti sociali, politiche sociali e famiglia / 12.03 – Interventi per gli anziani",
   "budget": [["Spese correnti assegnate", "€ 5.742.300,00"], ["Personale assegnato (FTE)", "31,5"]],
   "obj": [
    {"n": "7", "title": "Potenziamento dell'assistenza domiciliare agli anziani", "descr": "Ampliare la platea degli utenti del Servizio di Assistenza Domiciliare (SAD) e ridurre i tempi di presa in carico, in raccordo con l'ATS 14.", "peso": "30",
     "fasi": [["Aggiornamento del regolamento SAD", "01/01/2024", "31/03/2024", "Completata"], ["Nuovo affidamento del servizio", "01/03/2024", "30/06/2024", "Completata"], ["Monitoraggio trimestrale della lista d'attesa", "01/04/2024", "31/12/2024", "Completata"]],
     "ind": [["Numero di utenti SAD in carico al 31/12", "n.", ">= 140", "152", "+8,6", [">=",140,None], ["=",152,None], True],
             ["Tempo medio di presa in carico dalla richiesta", "gg", "≤ 20 gg", "18 gg", "-10,0", ["<=",20,"days"], ["=",18,"days"], True],
             ["Numero di ore di assistenza domiciliare erogate", "n.", "21.000", "19.870", "-5,4", ["=",21000,None], ["=",19870,None], False]],
     "note": None},
    {"n": "8", "title": "Qualificazione dei servizi per la prima infanzia", "descr": "Garantire l'accoglienza delle domande di iscrizione ai nidi comunali e il mantenimento del tasso di copertura del servizio.", "peso": "25",
     "fasi": [["Apertura delle iscrizioni online", "02/04/2024", "10/05/2024", "Completata"], ["Pubblicazione della graduatoria", "11/05/2024", "15/06/2024", "Completata"]],
     "ind": [["Percentuale di domande di iscrizione al nido accolte", "%", ">= 85%", "88,1%", "+3,6", [">=",85,"%"], ["=",88.1,"%"], True],
             ["Tasso di copertura del servizio nido (posti/bambini 0-2 anni)", "%", "33%", "33%", "0,0", ["=",33,"%"], ["=",33,"%"], True]],
     "note": None}]},
  {"code": "5", "title": "Corpo di Polizia Locale", "resp": "Comandante Dott. Stefano Pieroni",
   "servizio": "Polizia stradale; Polizia amministrativa e commerciale; Pronto intervento", "missione": "03 – Ordine pubblico e sicurezza / 03.01 – Polizia locale e amministrativa",
   "budget": [["Spese correnti assegnate", "€ 896.500,00"], ["Personale assegnato (FTE)", "38,0"]],
   "obj": [
    {"n": "9", "title": "Sicurezza urbana e presidio del territorio", "descr": "Rafforzare il presidio serale del lungomare e del centro storico nel periodo estivo, ridurre i tempi di intervento e garantire la tempestiva notifica delle sanzioni.", "peso": "50",
     "fasi": [["Piano dei servizi estivi", "01/04/2024", "31/05/2024", "Completata"], ["Servizi serali e notturni", "01/06/2024", "15/09/2024", "Completata"], ["Rendicontazione alla Prefettura", "16/09/2024", "31/10/2024", "Completata"]],
     "ind": [["Numero di servizi serali di pattugliamento svolti", "n.", "250", "268", "+7,2", ["=",250,None], ["=",268,None], True],
             ["Tempo medio di intervento su chiamata della centrale operativa", "min", "≤ 15 min", "13 min", "-13,3", ["<=",15,None], ["=",13,None], True],
             ["Percentuale di verbali CdS notificati entro 90 giorni", "%", "100%", "98,7%", "-1,3", ["=",100,"%"], ["=",98.7,"%"], False]],
     "note": "I verbali non notificati nei termini riguardano veicoli con targa estera."}]}
 ]}
W("comune-civitanova-marche-2024-peg", peg)

# ---------------- 2. ASL di Asti - Schede di budget ----------------
# row: area, obiettivo, indicatore, formula, fonte, peso, atteso, raggiunto, perc, punteggio, t(op,val,unit), a(op,val,unit), met
A_EC = "A – Sostenibilità economica"; A_AP = "B – Appropriatezza e qualità"; A_TA = "C – Accessibilità e tempi di attesa"; A_TR = "D – Trasparenza e prevenzione della corruzione"
asl = {
 "document": {"issuer": "Azienda Sanitaria Locale di Asti", "title": "Schede di budget", "year": 2024, "kind": "relazione"},
 "software": "CdG-Suite Budget 2024 – Controllo di Gestione",
 "print_date": "21/03/2025",
 "cover": {"regione": "REGIONE PIEMONTE", "ente": "Azienda Sanitaria Locale di Asti", "ufficio": "S.S. Programmazione e Controllo di Gestione",
           "title": "SCHEDE DI BUDGET 2024", "subtitle": "Verifica finale del raggiungimento degli obiettivi – Strutture ospedaliere",
           "intro": ["Le schede riportano, per ciascuna Unità operativa, gli obiettivi negoziati in sede di budget 2024 (verbali di negoziazione di marzo 2024), gli indicatori con la relativa formula e fonte informativa, il valore atteso e il valore raggiunto al 31/12/2024.",
                     "La percentuale di raggiungimento è calcolata secondo le regole di valutazione approvate dalla Direzione Generale (deliberazione n. 77 del 29/02/2024): il punteggio dell'indicatore è pari al prodotto del peso per la percentuale di raggiungimento. Le schede sono state validate dall'Organismo Indipendente di Valutazione nella seduta del 18/03/2025."],
           "riepilogo_head": ["Unità operativa", "Dipartimento", "N. indicatori", "Peso totale", "Punteggio conseguito", "Fascia premiale"]},
 "uo": [
  {"name": "S.C. Cardiologia – UTIC", "cdc": "3C0210", "dip": "Dipartimento Cardio-Toraco-Vascolare", "dir": "Dott. Enrico Gallo", "presidio": "Ospedale Cardinal Massaia – Asti",
   "rows": [
    [A_EC, "A.1 Governo della spesa per dispositivi medici", "Costo dei dispositivi medici per DRG chirurgico", "Costo DM 2024 / costo DM 2023 × 100", "Contabilità analitica", "15", "≤ 100%", "97,8%", "100%", "15,0", ["<=",100,"%"], ["=",97.8,"%"], True],
    [A_EC, "A.2 Appropriatezza prescrittiva farmaceutica", "Percentuale di prescrizioni di farmaci biosimilari sul totale", "N. confezioni biosimilari / N. confezioni totali × 100", "Flusso farmaci ospedalieri", "10", "≥ 70%", "74,3%", "100%", "10,0", [">=",70,"%"], ["=",74.3,"%"], True],
    [A_AP, "B.1 Esiti clinici (PNE)", "Mortalità a 30 giorni dopo ricovero per IMA", "Decessi entro 30 gg / ricoveri per IMA × 100", "PNE – AGENAS", "20", "≤ 8%", "7,1%", "100%", "20,0", ["<=",8,"%"], ["=",7.1,"%"], True],
    [A_AP, "B.1 Esiti clinici (PNE)", "Percentuale di PTCA eseguite entro 90 minuti dall'accesso in pazienti con STEMI", "N. PTCA entro 90' / N. STEMI × 100", "SDO – PNE", "20", "≥ 75%", "68,4%", "80%", "16,0", [">=",75,"%"], ["=",68.4,"%"], False],
    [A_AP, "B.2 Qualità della documentazione clinica", "Percentuale di SDO chiuse entro 15 giorni dalla dimissione", "SDO chiuse entro 15 gg / SDO totali × 100", "Flusso SDO", "10", "≥ 95%", "96,2%", "100%", "10,0", [">=",95,"%"], ["=",96.2,"%"], True],
    [A_TA, "C.1 Rispetto dei tempi di attesa ambulatoriali", "Percentuale di prime visite cardiologiche in classe B erogate entro 10 giorni", "Prestazioni classe B entro 10 gg / totale classe B × 100", "CUP – flusso C", "15", "≥ 90%", "82,5%", "50%", "7,5", [">=",90,"%"], ["=",82.5,"%"], False],
    [A_TR, "D.1 Adempimenti PTPCT", "Partecipazione del personale alla formazione obbligatoria anticorruzione", "Attestati / personale assegnato", "Ufficio Formazione", "10", "SI", "SI", "100%", "10,0", [None,None,None], [None,None,None], None]],
   "totale": "88,5"},
  {"name": "S.C. Medicina Interna", "cdc": "3M0110", "dip": "Dipartimento Medico", "dir": "Dott.ssa Chiara Bertolino", "presidio": "Ospedale Cardinal Massaia – Asti",
   "rows": [
    [A_EC, "A.1 Governo della spesa per beni sanitari", "Spesa per farmaci ospedalieri per giornata di degenza", "Costo farmaci / giornate di degenza", "Contabilità analitica", "15", "≤ € 18,50", "€ 19,12", "80%", "12,0", ["<=",18.5,"EUR"], ["=",19.12,"EUR"], False],
    [A_AP, "B.3 Appropriatezza dei ricoveri", "Degenza media dei ricoveri ordinari", "Giornate di degenza / ricoveri ordinari", "Flusso SDO", "15", "≤ 9,5 gg", "9,8 gg", "90%", "13,5", ["<=",9.5,"days"], ["=",9.8,"days"], False],
    [A_AP, "B.3 Appropriatezza dei ricoveri", "Percentuale di ricoveri ripetuti entro 30 giorni per la stessa MDC", "Ricoveri ripetuti / ricoveri totali × 100", "Flusso SDO", "15", "≤ 6%", "5,4%", "100%", "15,0", ["<=",6,"%"], ["=",5.4,"%"], True],
    [A_AP, "B.4 Sicurezza del paziente", "Incidenza delle cadute in reparto ogni 1.000 giornate di degenza", "N. cadute / giornate di degenza × 1.000", "Incident reporting", "10", "≤ 1,5 ‰", "1,2 ‰", "100%", "10,0", ["<=",1.5,"‰"], ["=",1.2,"‰"], True],
    [A_AP, "B.4 Sicurezza del paziente", "Percentuale di adesione all'igiene delle mani (osservazione diretta)", "Opportunità rispettate / opportunità osservate × 100", "CIO – audit", "10", "≥ 80%", "84%", "100%", "10,0", [">=",80,"%"], ["=",84,"%"], True],
    [A_TA, "C.2 Continuità ospedale-territorio", "Dimissioni protette attivate entro 48 ore dalla segnalazione", "Dimissioni protette entro 48 h / segnalazioni × 100", "Piattaforma NUCP", "20", "≥ 85%", "87,6%", "100%", "20,0", [">=",85,"%"], ["=",87.6,"%"], True],
    [A_TR, "D.1 Adempimenti PTPCT", "Aggiornamento della mappatura dei processi a rischio", "Invio della scheda alla S.S. Anticorruzione", "RPCT", "15", "Entro 31/10/2024", "Inviata il 28/10/2024", "100%", "15,0", [None,None,None], [None,None,None], None]],
   "totale": "95,5"},
  {"name": "S.C. Medicina e Chirurgia d'Accettazione e d'Urgenza (MECAU)", "cdc": "3U0300", "dip": "Dipartimento Emergenza e Accettazione", "dir": "Dott. Alessandro Rinaldi", "presidio": "Ospedale Cardinal Massaia – Asti",
   "rows": [
    [A_EC, "A.3 Consumo di prestazioni intermedie", "Costo delle prestazioni di diagnostica per immagini per accesso in PS", "Costo radiologia richiesta dal PS / accessi PS", "Contabilità analitica", "10", "≤ € 42,00", "€ 39,80", "100%", "10,0", ["<=",42,"EUR"], ["=",39.8,"EUR"], True],
    [A_TA, "C.3 Tempi di permanenza in Pronto Soccorso", "Percentuale di accessi in PS con permanenza inferiore a 8 ore", "Accessi con permanenza < 8 h / accessi totali × 100", "Flusso EMUR-PS", "25", "≥ 90%", "86,9%", "70%", "17,5", [">=",90,"%"], ["=",86.9,"%"], False],
    [A_TA, "C.3 Tempi di permanenza in Pronto Soccorso", "Tempo medio di attesa per la visita dei codici di priorità 2", "Somma dei minuti di attesa / n. accessi in codice 2", "Flusso EMUR-PS", "20", "≤ 15 minuti", "17 minuti", "60%", "12,0", ["<=",15,None], ["=",17,None], False],
    [A_TA, "C.4 Boarding", "Numero di pazienti in attesa di ricovero oltre 24 ore (media giornaliera)", "Pazienti in boarding > 24 h / giorni", "Cruscotto PS aziendale", "15", "≤ 4", "5,3", "0%", "0,0", ["<=",4,None], ["=",5.3,None], False],
    [A_AP, "B.5 Percorsi clinico-assistenziali", "Attivazione del fast track ortopedico e oculistico", "Procedura approvata e in uso", "Direzione Medica di Presidio", "15", "Entro 30/06/2024", "Attivato il 03/06/2024", "100%", "15,0", [None,None,None], [None,None,None], None],
    [A_TR, "D.1 Adempimenti PTPCT", "Partecipazione del personale alla formazione obbligatoria anticorruzione", "Attestati / personale assegnato", "Ufficio Formazione", "15", "SI", "NO", "0%", "0,0", [None,None,None], [None,None,None], None]],
   "totale": "69,5"}],
 "riepilogo": [["S.C. Cardiologia – UTIC", "Cardio-Toraco-Vascolare", "7", "100", "88,5", "Fascia A"],
               ["S.C. Medicina Interna", "Medico", "7", "100", "95,5", "Fascia A"],
               ["S.C. MECAU", "Emergenza e Accettazione", "6", "100", "69,5", "Fascia C"]],
 "firme": ["Il Direttore della S.C.", "Il Direttore di Dipartimento", "Il Responsabile S.S. Programmazione e Controllo di Gestione", "Il Direttore Sanitario"]
}
W("asl-asti-2024-schede-budget", asl)

# ---------------- 3. Comune di Bassano del Grappa - portal relazione ----------------
def I(code, name, tipo, tgt, act, stato, t, a, met):
    return {"code": code, "name": name, "tipo": tipo, "target": tgt, "actual": act, "stato": stato, "t": t, "a": a, "met": met}
N = [None, None, None]
rel = {
 "document": {"issuer": "Comune di Bassano del Grappa", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "portal": "PerformaWeb · Portale della performance",
 "print_date": "28/04/2025",
 "cover": {"ente": "Comune di Bassano del Grappa", "title": "Relazione sulla performance 2024", "sub": "Rendicontazione degli obiettivi operativi al 31/12/2024 – art. 10, c. 1, lett. b) D.Lgs. 150/2009",
           "premessa": ["La Relazione sulla performance illustra i risultati organizzativi raggiunti nel 2024 rispetto agli obiettivi della sezione Valore pubblico e Performance del PIAO 2024-2026, approvato con deliberazione di Giunta comunale n. 22 del 30/01/2024.",
                        "Gli obiettivi sono presentati secondo l'albero della performance: le Linee di mandato del programma del Sindaco si articolano in Obiettivi strategici del DUP e questi in Obiettivi operativi assegnati ai Settori. Per ogni indicatore il portale riporta il target, il risultato rendicontato dal responsabile e lo stato di attuazione validato dal Nucleo di valutazione."],
           "sintesi_head": ["Stato di attuazione", "N. indicatori", "%"],
           "sintesi": [["Concluso", "14", "66,7%"], ["In corso", "4", "19,0%"], ["Non avviato", "3", "14,3%"], ["Totale", "21", "100,0%"]]},
 "lm": [
  {"code": "LM01", "title": "Bassano città che partecipa", "os": [
    {"code": "OS01.1", "title": "Un'amministrazione trasparente e digitale", "oo": [
      {"code": "OO01.1.1", "title": "Attivazione dello sportello telematico polifunzionale", "settore": "Settore Innovazione e Sistemi informativi", "peso": "30%", "ind": [
        I("01.1.1.a", "Pubblicazione online dello sportello telematico", "Temporale", "Entro 30/06", "Realizzato il 12/05", "Concluso", N, N, None),
        I("01.1.1.b", "Numero di procedimenti attivati sullo sportello telematico", "Efficacia", "≥ 20", "24", "Concluso", [">=",20,None], ["=",24,None], True)],
       "commento": None},
      {"code": "OO01.1.2", "title": "Aggiornamento della sezione Amministrazione trasparente", "settore": "Segreteria generale", "peso": "20%", "ind": [
        I("01.1.2.a", "Verifica semestrale degli obblighi di pubblicazione", "Realizzazione", "SI", "SI", "Concluso", N, N, None),
        I("01.1.2.b", "Percentuale di obblighi di pubblicazione assolti", "Efficacia", "100%", "96%", "In corso", ["=",100,"%"], ["=",96,"%"], False)],
       "commento": "Restano da completare le pubblicazioni relative ai procedimenti dell'edilizia privata, in attesa dell'integrazione con il nuovo gestionale."}]},
    {"code": "OS01.2", "title": "Partecipazione dei cittadini alle scelte dell'amministrazione", "oo": [
      {"code": "OO01.2.1", "title": "Bilancio partecipativo 2024", "settore": "Settore Servizi al cittadino", "peso": "25%", "ind": [
        I("01.2.1.a", "Approvazione del regolamento del bilancio partecipativo in Consiglio comunale", "Temporale", "Entro 31/03", "Realizzato il 28/03", "Concluso", N, N, None),
        I("01.2.1.b", "Numero di assemblee di quartiere svolte", "Efficacia", "8", "9", "Concluso", ["=",8,None], ["=",9,None], True),
        I("01.2.1.c", "Realizzazione dei progetti votati dai cittadini", "Realizzazione", "Entro 31/12", "Avviati 2 su 3", "In corso", N, N, None)],
       "commento": None}]}]},
  {"code": "LM02", "title": "Bassano città sostenibile", "os": [
    {"code": "OS02.1", "title": "Promuovere la mobilità sostenibile", "oo": [
      {"code": "OO02.1.1", "title": "Ampliamento della rete ciclabile urbana", "settore": "Settore Lavori pubblici", "peso": "35%", "ind": [
        I("02.1.1.a", "Km di nuove piste ciclabili realizzate", "Efficacia", "3,5", "2,8", "In corso", ["=",3.5,None], ["=",2.8,None], None),
        I("02.1.1.b", "Affidamento dei lavori della ciclabile di via Pove", "Temporale", "Entro 30/09", "Realizzato il 17/10", "Concluso", N, N, None)],
       "commento": None},
      {"code": "OO02.1.3", "title": "Piano urbano della mobilità sostenibile (PUMS)", "settore": "Settore Urbanistica e Mobilità", "peso": "25%", "ind": [
        I("02.1.3.a", "Adozione del PUMS in Giunta comunale", "Temporale", "Entro 30/11", "NO", "Non avviato", N, N, None),
        I("02.1.3.b", "Avvio della consultazione pubblica sul documento preliminare", "Realizzazione", "SI", "NO", "Non avviato", N, N, None)],
       "commento": "L'avvio del PUMS è stato rinviato al 2025 a seguito della rimodulazione del finanziamento regionale; l'obiettivo è riproposto nel PIAO 2025-2027."}]},
    {"code": "OS02.2", "title": "Migliorare la gestione dei rifiuti urbani", "oo": [
      {"code": "OO02.2.1", "title": "Incremento della raccolta differenziata", "settore": "Settore Ambiente", "peso": "30%", "ind": [
        I("02.2.1.a", "Percentuale di raccolta differenziata", "Efficacia", "≥ 78%", "79,4%", "Concluso", [">=",78,"%"], ["=",79.4,"%"], True),
        I("02.2.1.b", "Numero di ispezioni sui conferimenti presso le utenze non domestiche", "Efficienza", "120", "134", "Concluso", ["=",120,None], ["=",134,None], True)],
       "commento": None}]}]},
  {"code": "LM03", "title": "Bassano città che si prende cura", "os": [
    {"code": "OS03.1", "title": "Welfare di comunità e sostegno alle famiglie", "oo": [
      {"code": "OO03.1.1", "title": "Apertura del Centro per le famiglie", "settore": "Settore Servizi sociali", "peso": "30%", "ind": [
        I("03.1.1.a", "Apertura del Centro per le famiglie", "Temporale", "Entro 30/06", "Realizzato il 01/07", "Concluso", N, N, None),
        I("03.1.1.b", "Numero di famiglie prese in carico", "Efficacia", "≥ 60", "71", "Concluso", [">=",60,None], ["=",71,None], True),
        I("03.1.1.c", "Tempo medio di attesa per il primo colloquio", "Qualità", "≤ 15 gg", "12 gg", "Concluso", ["<=",15,"days"], ["=",12,"days"], True)],
       "commento": None},
      {"code": "OO03.1.2", "title": "Misure di contrasto alla povertà abitativa", "settore": "Settore Servizi sociali", "peso": "20%", "ind": [
        I("03.1.2.a", "Erogazione dei contributi per il sostegno all'affitto", "Temporale", "Entro 31/10", "Realizzato il 25/10", "Concluso", N, N, None),
        I("03.1.2.b", "Percentuale di domande istruite entro 30 giorni", "Efficienza", "≥ 90%", "n.d.", "In corso", [">=",90,"%"], N, None)],
       "commento": None}]},
    {"code": "OS03.2", "title": "Valorizzare il patrimonio culturale e l'attrattività turistica", "oo": [
      {"code": "OO03.2.1", "title": "Nuovo allestimento del Museo Civico", "settore": "Settore Cultura, Musei e Turismo", "peso": "40%", "ind": [
        I("03.2.1.a", "Approvazione del progetto esecutivo di allestimento", "Temporale", "Entro 31/05", "Realizzato il 12/05", "Concluso", N, N, None),
        I("03.2.1.b", "Numero di visitatori del Museo Civico", "Efficacia", "≥ 45.000", "48.210", "Concluso", [">=",45000,None], ["=",48210,None], True),
        I("03.2.1.c", "Inaugurazione della nuova sala del Canova", "Realizzazione", "SI", "Rinviata al 2025", "Non avviato", N, N, None)],
       "commento": None}]}]}]}
rel["risorse"] = {"title": "Risorse finanziarie per Linea di mandato (spesa corrente e in conto capitale, esercizio 2024)",
 "head": ["Linea di mandato", "Stanziamento definitivo", "Impegnato", "% impegno"],
 "rows": [["LM01 – Bassano città che partecipa", "€ 1.284.500,00", "€ 1.197.320,15", "93,2%"],
          ["LM02 – Bassano città sostenibile", "€ 6.912.000,00", "€ 5.408.776,40", "78,3%"],
          ["LM03 – Bassano città che si prende cura", "€ 9.735.800,00", "€ 9.466.102,93", "97,2%"],
          ["Totale", "€ 17.932.300,00", "€ 16.072.199,48", "89,6%"]],
 "note": "Fonte: rendiconto della gestione 2024 (dati di preconsuntivo al 31/03/2025). Gli stanziamenti sono attribuiti alle Linee di mandato sulla base della corrispondenza tra programmi di bilancio e obiettivi strategici del DUP."}
W("comune-bassano-del-grappa-2024-relazione", rel)
print("ok")
