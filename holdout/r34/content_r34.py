# Content of the three r34 samples, written by hand. Run to (re)write NAME.content.json.
import json
OK = "OBIETTIVO CONSEGUITO"
# ---------- 1. Camera di Commercio di Pordenone-Udine: Calc landscape, merged hierarchy ----------
def I(desc, tipo, att, rag, note, status=None, comment=None, extra_rows=None, dir=None):
    return dict(indicator=desc, type=tipo, target=att, actual=rag, notes=note,
                status_text=status, status_comment=comment, extra_rows=extra_rows or [], dir=dir)
cc = {
 "name": "camera-commercio-pordenone-udine-2023-relazione",
 "document": {"issuer": "Camera di Commercio di Pordenone-Udine", "title": "Relazione sulla performance",
              "year": 2023, "kind": "relazione"},
 "cover": {
   "lines": ["CAMERA DI COMMERCIO DI PORDENONE-UDINE",
             "RELAZIONE SULLA PERFORMANCE 2023",
             "Allegato A – Rendicontazione degli obiettivi al 31 dicembre 2023",
             "Aree strategiche/Missioni, obiettivi strategici, obiettivi operativi e relativi indicatori"],
   "prose": [
     "Il presente allegato rendiconta i risultati conseguiti nel 2023 rispetto agli obiettivi del Piano integrato di attività e organizzazione 2023-2025, approvato con deliberazione di Giunta n. 12 del 30 gennaio 2023. La struttura riprende l'albero della performance: le aree strategiche corrispondono alle missioni del bilancio camerale (D.M. 27 marzo 2013); a ciascuna sono associati obiettivi strategici (OS) e obiettivi operativi (OO).",
     "Per ogni indicatore sono riportati il valore atteso e il valore raggiunto al 31/12/2023, con l'esito e un breve commento del dirigente responsabile. La relazione è stata validata dall'Organismo indipendente di valutazione in data 22 aprile 2024."],
   "budget_title": "Risorse economiche per area strategica – consuntivo 2023 (valori in euro)",
   "budget_header": ["Area strategica", "Oneri di funzionamento", "Interventi economici", "Investimenti", "Totale"],
   "budget_rows": [
     ["AS1 – Competitività e sviluppo delle imprese", "1.284.510,22", "4.912.300,00", "35.000,00", "6.231.810,22"],
     ["AS2 – Regolazione dei mercati", "2.106.874,90", "120.000,00", "18.400,00", "2.245.274,90"],
     ["AS3 – Internazionalizzazione", "412.338,15", "1.050.000,00", "0,00", "1.462.338,15"],
     ["AS4 – Servizi istituzionali e generali", "3.978.102,64", "0,00", "214.870,31", "4.192.972,95"],
     ["Totale", "7.781.825,91", "6.082.300,00", "268.270,31", "14.132.396,22"]]},
 "header": ["Area strategica", "Obiettivo strategico", "Obiettivo operativo", "Descrizione", "Tipo",
            "Valore Atteso", "Valore Raggiunto", "Note"],
 "sheet_title": "RENDICONTAZIONE DEGLI OBIETTIVI – Camera di Commercio di Pordenone-Udine",
 "areas": [
  {"code": "AS1", "title": "MISSIONE 011: Competitività e sviluppo delle imprese",
   "indicators": [
     I("Grado di restituzione delle risorse al territorio in interventi di promozione", "OUTCOME", ">= 40%", "46,8%",
       "Modalità di calcolo: interventi economici / diritto annuale netto - Fonte dei dati: bilancio d'esercizio",
       OK, "Interventi economici per € 4.912.300,00 a fronte di un diritto annuale netto di € 10.495.000,00.", dir="up")],
   "strategic": [
    {"code": "OS1.1", "title": "Favorire la doppia transizione digitale ed ecologica delle imprese",
     "indicators": [
       I("Realizzazione del progetto \"Punto Impresa Digitale\" ai sensi dell'art. 18, comma 10, della legge 580/1993",
         "STRATEGICO", "Attuazione e rendicontazione", "Progetto attuato e rendicontato a Unioncamere",
         "Fonte dei dati: interna", OK,
         "Si rimanda alla relazione di progetto trasmessa a Unioncamere il 28/02/2024.", dir="up")],
     "operational": [
      {"code": "OO1.1.1", "title": "Diffusione dei servizi del Punto Impresa Digitale",
       "indicators": [
         I("Numero di assessment della maturità digitale (SELFI4.0 e Zoom4.0) realizzati", "OPERATIVO", ">= 150", "187",
           "Fonte dei dati: piattaforma PID", OK, None, dir="up"),
         I("Numero di imprese partecipanti agli eventi formativi del PID", "OPERATIVO", ">= 600", "742",
           "Fonte dei dati: registro presenze", OK, "Realizzati 24 webinar e 6 eventi in presenza nelle due sedi.", dir="up")]},
      {"code": "OO1.1.2", "title": "Sostegno agli investimenti green delle imprese",
       "indicators": [
         I("Percentuale delle risorse stanziate sul bando \"Transizione ecologica 2023\" effettivamente liquidate",
           "OPERATIVO", ">= 90%", "85,4%", "Al netto delle rinunce", "OBIETTIVO PARZIALMENTE CONSEGUITO",
           "Sono pervenute 4 rinunce dopo la concessione; le economie sono state riprogrammate sul bando 2024.", dir="up")]}]},
    {"code": "OS1.2", "title": "Sostenere la competitività del territorio e la promozione turistica",
     "indicators": [],
     "operational": [
      {"code": "OO1.2.1", "title": "Valorizzazione delle filiere turistiche e agroalimentari",
       "indicators": [
         I("Realizzazione della fase 2023 del progetto \"Turismo\" a valere sul Fondo perequativo", "EFFICACIA",
           "Realizzazione degli obiettivi progettuali", "Il progetto è stato realizzato",
           "Le fasi previste sono state concluse entro il 31/12/2023", OK, None, dir="up"),
         I("Numero di operatori coinvolti nelle iniziative di promozione del territorio", "OPERATIVO", "120", "134",
           "Fonte dei dati: interna", OK, None,
           extra_rows=["Hanno aderito 98 strutture ricettive e 36 produttori dell'agroalimentare regionale."], dir="up")]},
      {"code": "OO1.2.2", "title": "Informazione economica sul sistema provinciale",
       "indicators": [
         I("Tempo medio di pubblicazione delle indagini congiunturali", "OPERATIVO", "<= 5 gg", "4 gg",
           "Giorni lavorativi dalla moratoria Unioncamere alla pubblicazione", OK, None, dir="down"),
         I("Numero di rapporti di informazione economica pubblicati", "OPERATIVO", "8", "8", "Fonte dei dati: interna",
           OK, "Rapporti trimestrali su congiuntura, demografia d'impresa, commercio estero e prezzi.", dir="up")]}]}]},
  {"code": "AS2", "title": "MISSIONE 012: Regolazione dei mercati",
   "indicators": [],
   "strategic": [
    {"code": "OS2.1", "title": "Assicurare alle imprese tempi certi e rapidi per gli adempimenti amministrativi",
     "indicators": [
       I("Tempo medio di lavorazione delle pratiche telematiche del Registro Imprese", "STRATEGICO", "<= 5 gg", "2,84",
         "Fonte dei dati: Priamo", OK, None, dir="down"),
       I("Tasso di evasione delle pratiche del Registro Imprese entro 5 giorni", "STRATEGICO", ">= 90%", "93,17%",
         "Pratiche evase entro 5 gg / pratiche evase", OK,
         "Al 31/12/2023 evase nei 5 giorni lavorativi 38.412 pratiche su complessive 41.228.", dir="up")],
     "operational": [
      {"code": "OO2.1.1", "title": "Qualità e aggiornamento del Registro Imprese",
       "indicators": [
         I("Numero di posizioni cancellate d'ufficio (art. 40 D.L. 76/2020)", "OPERATIVO", ">= 300", "356",
           "Fonte dei dati: Priamo", OK, None, dir="up"),
         I("Tempo medio di evasione delle istanze di cancellazione dal registro protesti", "OPERATIVO", "<= 20 giorni",
           "6 giorni", "Fonte dei dati: interna", OK, None, dir="down")]},
      {"code": "OO2.1.2", "title": "Vigilanza del mercato e tutela del consumatore",
       "indicators": [
         I("Numero di ispezioni metrologiche su strumenti di misura", "OPERATIVO", ">= 180", "142",
           "Carenza di personale ispettivo nel II semestre", "OBIETTIVO NON CONSEGUITO",
           "Due ispettori metrici sono cessati dal servizio a giugno; le verifiche sono state concentrate sui distributori di carburante.", dir="up"),
         I("Percentuale di verbali di accertamento istruiti entro 60 giorni", "OPERATIVO", ">= 95%", "97,6%",
           "Fonte dei dati: interna", OK, None, dir="up")]}]}]},
  {"code": "AS3", "title": "MISSIONE 016: Commercio internazionale e internazionalizzazione del sistema produttivo",
   "indicators": [],
   "strategic": [
    {"code": "OS3.1", "title": "Favorire l'internazionalizzazione delle imprese del territorio",
     "indicators": [],
     "operational": [
      {"code": "OO3.1.1", "title": "Servizi di supporto all'export",
       "indicators": [
         I("Livello di soddisfazione degli utenti dei servizi per l'internazionalizzazione", "STRATEGICO", ">= 80%", "88,5%",
           "Valutazioni positive / valutazioni totali", OK,
           "Bando export: 41 questionari, valutazione media 3,4 su 4.", dir=None),
         I("Numero di certificati di origine rilasciati in modalità telematica", "OPERATIVO", ">= 9.000", "9.684",
           "Fonte dei dati: Cert'O", OK, None, dir="up")]}]}]},
  {"code": "AS4", "title": "MISSIONE 032: Servizi istituzionali e generali delle amministrazioni pubbliche",
   "indicators": [],
   "strategic": [
    {"code": "OS4.1", "title": "Garantire l'efficienza, la trasparenza e la legalità della gestione",
     "indicators": [
       I("Attuazione delle misure della sottosezione Rischi corruttivi e trasparenza del PIAO", "STRATEGICO", "100%", "100%",
         "Referto OIV", OK, "Si rimanda alla griglia di attestazione OIV pubblicata in Amministrazione trasparente.", dir=None)],
     "operational": [
      {"code": "OO4.1.1", "title": "Efficienza della gestione finanziaria",
       "indicators": [
         I("Tempo medio di pagamento delle fatture passive", "OPERATIVO", "<= 30 gg", "18,4 gg",
           "Indicatore di tempestività dei pagamenti: -11,6", OK, None, dir="down"),
         I("Percentuale di incasso del diritto annuale", "OPERATIVO", ">= 75%", "n.d.",
           "Dato disponibile ad aprile 2024", None, None, dir="up")]},
      {"code": "OO4.1.2", "title": "Valorizzazione delle risorse umane",
       "indicators": [
         I("Ore medie di formazione per dipendente", "OPERATIVO", ">= 12", "14,5", "Fonte dei dati: gestionale presenze",
           OK, None, dir=None),
         I("Percentuale di dipendenti coinvolti in almeno un corso di formazione", "OPERATIVO", ">= 90%", "96%",
           "Fonte dei dati: interna", OK, "Piano formativo 2023 realizzato per il 92% delle attività programmate.", dir="up")]}]}]}]}

# ---------- 2. Ministero: Word, key/value block + 4-column table + Grado line ----------
def M(ind, tip, tgt, act, dir=None):
    return dict(indicator=ind, type=tip, target=tgt, actual=act, dir=dir)
RF = "Indicatore di realizzazione fisica"; RS = "Indicatore di risultato (output)"
IM = "Indicatore di impatto (outcome)"; RFIN = "Indicatore di realizzazione finanziaria"
mi = {
 "name": "ministero-imprese-made-in-italy-2023-relazione",
 "document": {"issuer": "Ministero delle Imprese e del Made in Italy", "title": "Relazione sulla performance",
              "year": 2023, "kind": "relazione"},
 "cover": ["Ministero delle Imprese e del Made in Italy",
           "Direzione generale per la politica industriale, la riconversione e la crisi industriale, l'innovazione, le PMI e il made in Italy",
           "RELAZIONE SULLA PERFORMANCE 2023",
           "Contributo della Direzione generale – Rendicontazione degli obiettivi specifici e annuali",
           "(art. 10, comma 1, lett. b, del d.lgs. 27 ottobre 2009, n. 150)"],
 "intro": [
   "La presente relazione illustra i risultati conseguiti nel 2023 dalla Direzione generale rispetto agli obiettivi assegnati con la Direttiva generale per l'azione amministrativa e la gestione per l'anno 2023 e con la sottosezione Performance del PIAO 2023-2025 del Ministero.",
   "Per ciascun obiettivo specifico triennale sono riportati gli obiettivi annuali che ne declinano l'attuazione, con la struttura responsabile, il peso attribuito e gli indicatori con il target programmato e il valore consuntivo al 31 dicembre 2023 rilevato sul sistema di monitoraggio. Il grado di raggiungimento di ciascun obiettivo annuale è calcolato come media ponderata dei rapporti tra valore consuntivo e target, con un limite massimo del 100% per ciascun indicatore."],
 "resources_title": "Risorse umane assegnate alla Direzione generale al 31/12/2023",
 "resources_header": ["Qualifica", "Unità in servizio", "di cui in part-time", "FTE"],
 "resources_rows": [["Dirigenti di I fascia", "1", "0", "1,00"], ["Dirigenti di II fascia", "9", "0", "9,00"],
                    ["Area dei funzionari", "112", "6", "109,50"], ["Area degli assistenti", "64", "9", "60,10"],
                    ["Area degli operatori", "7", "1", "6,70"], ["Totale", "193", "16", "186,30"]],
 "finance_title": "Risorse finanziarie – Missione 011 Programma 011.005 (euro)",
 "finance_header": ["Voce", "Stanziamenti definitivi", "Impegni", "Pagamenti"],
 "finance_rows": [["Spese correnti", "148.920.311,00", "141.507.890,12", "120.334.018,45"],
                  ["Spese in conto capitale", "2.615.004.000,00", "2.402.118.350,77", "1.884.901.226,30"],
                  ["Totale", "2.763.924.311,00", "2.543.626.240,89", "2.005.235.244,75"]],
 "header": ["Indicatore", "Tipologia", "Target", "Valore consuntivo"],
 "specific": [
  {"code": "1", "title": "Sostenere la transizione digitale ed ecologica del sistema produttivo e la competitività delle PMI",
   "annual": [
    {"code": "1.1", "title": "Gestione delle misure di agevolazione per gli investimenti in beni strumentali (Nuova Sabatini)",
     "struttura": "Divisione VI – Interventi per il credito e la finanza d'impresa", "peso": "40%", "grado": "100%",
     "indicators": [
       M("Percentuale di richieste di erogazione istruite entro 60 giorni dalla presentazione", RS, ">= 85%", "91,3%", "up"),
       M("Numero di domande di agevolazione ammesse", RF, ">= 28.000", "31.452", "up"),
       M("Risorse erogate alle imprese beneficiarie", RFIN, "€ 600.000.000,00", "€ 642.118.350,77", None)],
     "after": []},
    {"code": "1.2", "title": "Attuazione degli Accordi per l'innovazione a valere sul Fondo per la crescita sostenibile",
     "struttura": "Divisione VIII – Innovazione e ricerca industriale", "peso": "30%", "grado": "95%",
     "indicators": [
       M("Tempo medio di adozione del decreto di concessione", RS, "<= 120 giorni", "134 giorni", "down"),
       M("Numero di progetti di ricerca e sviluppo monitorati in loco", RF, ">= 40", "44", "up")],
     "after": ["Motivazione dello scostamento: l'allungamento dei tempi di concessione è dovuto all'elevato numero di istanze pervenute nello sportello di giugno e alla carenza di personale tecnico della Divisione."]},
    {"code": "1.3", "title": "Monitoraggio dei crediti d'imposta Transizione 4.0 e 5.0",
     "struttura": "Divisione IV – Politiche per la transizione digitale", "peso": "30%", "grado": "88%",
     "indicators": [
       M("Realizzazione del cruscotto di monitoraggio delle comunicazioni ex d.m. 6 ottobre 2021", RF,
         "Entro il 31/10/2023", "Rilasciato il 15/12/2023", None),
       M("Percentuale di comunicazioni preventive verificate sul totale pervenute", RS, ">= 30%", "34,6%", "up")],
     "after": []}]},
  {"code": "2", "title": "Rafforzare la tutela e la promozione del made in Italy e della proprietà industriale",
   "annual": [
    {"code": "2.1", "title": "Gestione del Fondo per la tutela dei marchi storici di interesse nazionale",
     "struttura": "Divisione II – Made in Italy e filiere produttive", "peso": "50%", "grado": "100%",
     "indicators": [
       M("Numero di iscrizioni al registro speciale dei marchi storici", RF, ">= 60", "87", "up"),
       M("Tasso di utilizzo delle risorse del Fondo", RFIN, ">= 70%", "76,2%", "up")],
     "after": []},
    {"code": "2.2", "title": "Promozione delle filiere del made in Italy nei distretti industriali",
     "struttura": "Divisione II – Made in Italy e filiere produttive", "peso": "50%", "grado": "90%",
     "indicators": [
       M("Numero di contratti di sviluppo di filiera sottoscritti", RF, "12", "9", "up"),
       M("Incremento degli investimenti attivati nei distretti rispetto al 2022", IM, ">= 5%", "7,8%", "up"),
       M("Numero di tavoli di filiera convocati", RF, ">= 10", "n.d.", "up")],
     "after": ["Il dato relativo ai tavoli di filiera non è stato rilevato a seguito della riorganizzazione delle competenze disposta con d.P.C.M. n. 174/2023."]}]},
  {"code": "3", "title": "Gestire le crisi d'impresa e favorire la riconversione dei siti produttivi",
   "annual": [
    {"code": "3.1", "title": "Gestione dei tavoli di crisi aziendale e delle aree di crisi industriale complessa",
     "struttura": "Divisione X – Crisi d'impresa e riconversione industriale", "peso": "60%", "grado": "100%",
     "indicators": [
       M("Percentuale di tavoli di crisi con accordo sottoscritto nell'anno", RS, ">= 40%", "43%", "up"),
       M("Numero di lavoratori salvaguardati dagli accordi sottoscritti", IM, ">= 5.000", "6.215", "up"),
       M("Tempo medio di convocazione del tavolo dalla richiesta delle parti", RS, "<= 30 gg", "21 gg", "down")],
     "after": []},
    {"code": "3.2", "title": "Vigilanza sulle procedure di amministrazione straordinaria",
     "struttura": "Divisione XI – Amministrazione straordinaria", "peso": "40%", "grado": "100%",
     "indicators": [
       M("Percentuale di relazioni semestrali dei commissari esaminate nei termini", RS, "100%", "100%", "up"),
       M("Numero di autorizzazioni agli atti di cessione rilasciate", RF, "Su richiesta", "23", None)],
     "after": []}]}],
 "summary_title": "Quadro riepilogativo del grado di raggiungimento degli obiettivi annuali",
 "summary_header": ["Obiettivo annuale", "Peso", "Grado di raggiungimento"],
 "summary_rows": [["1.1", "40%", "100%"], ["1.2", "30%", "95%"], ["1.3", "30%", "88%"], ["2.1", "50%", "100%"],
                  ["2.2", "50%", "90%"], ["3.1", "60%", "100%"], ["3.2", "40%", "100%"]],
 "closing": "Il grado di raggiungimento complessivo degli obiettivi della Direzione generale, calcolato come media ponderata dei gradi di raggiungimento degli obiettivi specifici, è pari al 97,6%."}

# ---------- 3. Comune di Treviso PIAO: reportlab, targets per year, Stakeholder + Missione/Programma ----------
def P(mp, sh, oo, ind, peso, t, dir=None):
    return dict(mp=mp, stakeholder=sh, objective=oo, indicator=ind, weight=peso, targets=t, dir=dir)
tv = {
 "name": "comune-treviso-2024-piao",
 "document": {"issuer": "Comune di Treviso", "title": "Piano integrato di attività e organizzazione",
              "year": 2024, "kind": "piao"},
 "years": [2024, 2025, 2026],
 "header": ["Missione/ Programma", "Stakeholder", "Obiettivo operativo", "Indicatore", "Peso",
            "Target 2024", "Target 2025", "Target 2026"],
 "areas": [
  {"code": "1", "title": "Treviso città efficiente, digitale e trasparente",
   "strategic": [
    {"code": "1.1", "title": "Semplificare e digitalizzare i servizi al cittadino",
     "rows": [
       P("01.08", "Cittadini, imprese", "1.1.1 – Estensione dei servizi online del portale del cittadino",
         "Numero di servizi erogati interamente online", "15", ["45", "55", "60"], "up"),
       P("01.08", "Cittadini, imprese", "1.1.1 – Estensione dei servizi online del portale del cittadino",
         "Percentuale di pagamenti incassati tramite pagoPA", "10", [">= 85%", ">= 90%", ">= 95%"], "up"),
       P("01.07", "Cittadini", "1.1.2 – Riduzione dei tempi di rilascio della carta d'identità elettronica",
         "Tempo medio di attesa per l'appuntamento CIE", "10", ["<= 20 gg", "<= 15 gg", "<= 10 gg"], "down")]},
    {"code": "1.2", "title": "Garantire una gestione finanziaria sana e tempestiva",
     "rows": [
       P("01.03", "Fornitori, imprese", "1.2.1 – Rispetto dei tempi di pagamento",
         "Indicatore annuale di tempestività dei pagamenti", "10", ["<= 0 gg", "<= 0 gg", "<= 0 gg"], "down"),
       P("01.04", "Cittadini, contribuenti", "1.2.2 – Contrasto all'evasione dei tributi locali",
         "Accertamenti IMU e TARI emessi", "10", ["€ 1.250.000,00", "€ 1.300.000,00", "€ 1.350.000,00"], None)]}]},
  {"code": "2", "title": "Treviso città sostenibile e sicura",
   "strategic": [
    {"code": "2.1", "title": "Migliorare la qualità ambientale e la mobilità sostenibile",
     "rows": [
       P("09.03", "Cittadini, gestore del servizio", "2.1.1 – Incremento della raccolta differenziata",
         "Percentuale di raccolta differenziata", "10", [">= 87%", ">= 88%", ">= 88%"], "up"),
       P("10.05", "Cittadini, associazioni ciclisti", "2.1.2 – Ampliamento della rete ciclabile urbana",
         "Km di piste ciclabili realizzati nell'anno", "5", ["3,5", "4", "Mantenimento"], None),
       P("10.05", "Cittadini", "2.1.3 – Progetto PNRR \"Riqualificazione di Piazza Borsa\"",
         "Rispetto del cronoprogramma PNRR (milestone e target)", "10", ["Entro 30/06/2024", "100%", ""], None)]},
    {"code": "2.2", "title": "Rafforzare la sicurezza urbana e la protezione civile",
     "rows": [
       P("03.01", "Cittadini, esercenti", "2.2.1 – Presidio del territorio da parte della Polizia locale",
         "Numero di ore di pattugliamento serale e festivo", "5", [">= 4.000", ">= 4.200", ">= 4.400"], "up"),
       P("11.01", "Cittadini, volontari", "2.2.2 – Aggiornamento del Piano comunale di protezione civile",
         "Esercitazioni di protezione civile svolte", "5", ["2", "2", "3"], None)]}]},
  {"code": "3", "title": "Treviso città della cultura e della coesione sociale",
   "strategic": [
    {"code": "3.1", "title": "Sostenere le famiglie e le persone fragili",
     "rows": [
       P("12.01", "Famiglie con minori", "3.1.1 – Accesso ai nidi d'infanzia comunali",
         "Percentuale di domande di iscrizione al nido soddisfatte", "5", [">= 80%", ">= 85%", ">= 85%"], "up"),
       P("12.03", "Anziani, caregiver", "3.1.2 – Servizio di assistenza domiciliare",
         "Tempo medio di presa in carico delle richieste di SAD", "5", ["<= 15 gg", "<= 12 gg", "<= 10 gg"], "down")]}]}],
 # non-indicator tables
 "anagrafica": [["Denominazione", "Comune di Treviso"], ["Indirizzo", "Via Municipio 16 – 31100 Treviso"],
                ["Codice fiscale / P. IVA", "80007310263"], ["Sindaco", "Mario Conte"],
                ["Popolazione residente al 31/12/2023", "85.188"], ["Dipendenti in servizio al 31/12/2023", "612"],
                ["Sito istituzionale", "www.comune.treviso.it"]],
 "risk_header": ["Processo", "Evento rischioso", "Probabilità", "Impatto", "Livello di rischio", "Misure di trattamento"],
 "risk_rows": [
   ["Affidamenti diretti di lavori, servizi e forniture", "Frazionamento artificioso dell'affidamento", "Media", "Alto", "ALTO",
    "Rotazione degli affidatari; controllo a campione del 10% degli atti"],
   ["Rilascio permessi di costruire", "Disparità di trattamento nell'istruttoria", "Bassa", "Alto", "MEDIO",
    "Ordine cronologico delle pratiche; checklist istruttoria"],
   ["Concessione contributi ad associazioni", "Assenza di criteri predeterminati", "Media", "Medio", "MEDIO",
    "Regolamento contributi; pubblicazione art. 26 d.lgs. 33/2013"],
   ["Accertamenti tributari", "Omissione di controlli su posizioni rilevanti", "Bassa", "Medio", "BASSO",
    "Estrazione automatizzata delle posizioni da verificare"],
   ["Gestione delle sanzioni del Codice della strada", "Annullamento indebito dei verbali", "Bassa", "Medio", "BASSO",
    "Tracciabilità informatica degli annullamenti in autotutela"]],
 "org_header": ["Settore", "Dirigente", "Servizi e uffici", "Dipendenti"],
 "org_rows": [
   ["Segreteria generale", "Segretario generale", "Affari generali, contratti, controlli interni, anticorruzione", "28"],
   ["Settore Affari istituzionali e personale", "Dirigente 1", "Personale, demografici, URP, sistemi informativi", "96"],
   ["Settore Bilancio e tributi", "Dirigente 2", "Ragioneria, economato, tributi, partecipate", "54"],
   ["Settore Lavori pubblici e infrastrutture", "Dirigente 3", "Opere pubbliche, manutenzioni, mobilità", "118"],
   ["Settore Urbanistica e ambiente", "Dirigente 4", "Pianificazione, edilizia privata, SUAP, ambiente", "71"],
   ["Settore Servizi sociali e scuola", "Dirigente 5", "Servizi sociali, nidi, istruzione, sport", "147"],
   ["Comando Polizia locale", "Comandante", "Viabilità, sicurezza urbana, protezione civile", "98"]],
 "staff_header": ["Profilo professionale", "Area", "Assunzioni 2024", "Assunzioni 2025", "Assunzioni 2026", "Modalità"],
 "staff_rows": [
   ["Istruttore direttivo amministrativo", "Funzionari e E.Q.", "6", "4", "3", "Concorso pubblico"],
   ["Istruttore direttivo tecnico", "Funzionari e E.Q.", "4", "2", "2", "Concorso / scorrimento graduatoria"],
   ["Istruttore amministrativo-contabile", "Istruttori", "8", "5", "5", "Concorso pubblico"],
   ["Agente di Polizia locale", "Istruttori", "6", "4", "4", "Concorso pubblico"],
   ["Educatore asilo nido", "Istruttori", "5", "3", "2", "Concorso pubblico"],
   ["Operatore esperto", "Operatori esperti", "3", "2", "2", "Centro per l'impiego (art. 16 L. 56/1987)"],
   ["Totale", "", "32", "20", "18", ""]]}

for c in (cc, mi, tv):
    json.dump(c, open(c["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
print("ok")
