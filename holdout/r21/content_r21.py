"""Writes the four r21 content files (hand-written content as data)."""
import json

def dump(name, d):
    json.dump(d, open(name + '.content.json', 'w'), ensure_ascii=False, indent=1)

# ---------------------------------------------------------------- 1. PIAO Comune di Solofra
M01 = "01\nSERVIZI ISTITUZIONALI, GENERALI E DI GESTIONE"
piao_rows = [
 # missione, programma, obiettivo, tipologia, [ (indicatore, baseline, t26, t27, t28) ]
 (M01, "02 - Segreteria Generale", "Rispetto degli obblighi di pubblicazione di cui al D.lgs. n. 33/2013 e ss.mm.ii.", "TRASVERSALE",
  [("Percentuale di sottosezioni di Amministrazione Trasparente aggiornate nei termini", "82%", ">= 90%", ">= 95%", "100%"),
   ("Numero di verifiche infrannuali del RPCT sulle pubblicazioni obbligatorie", "1", "2", "2", "3")]),
 (M01, "03 - Gestione economica, finanziaria, programmazione e provveditorato", "Tempestività dei pagamenti", "TRASVERSALE",
  [("Indicatore annuale di tempestività dei pagamenti (ITP)", "4,7 gg", "≤ 0 gg", "≤ 0 gg", "≤ 0 gg"),
   ("Tempo medio di pagamento delle fatture commerciali", "34 gg", "≤ 30 gg", "≤ 30 gg", "≤ 28 gg")]),
 (M01, "04 - Gestione delle entrate tributarie e servizi fiscali", "Accertamento delle entrate: rafforzamento delle attività di controllo all'evasione fiscale comunale", "SETTORIALE",
  [("Importo degli avvisi di accertamento IMU/TARI emessi nell'anno", "€ 412.350,00", "≥ € 450.000,00", "≥ € 480.000,00", "≥ € 500.000,00"),
   ("Percentuale di riscossione della TARI di competenza", "71,4%", ">= 75%", ">= 78%", ">= 80%")]),
 (M01, "06 - Ufficio Tecnico", "Predisposizione degli atti tecnici e amministrativi finalizzati all'alienazione dei beni disponibili in base al vigente Piano delle alienazioni e valorizzazioni immobiliari", "SETTORIALE",
  [("Numero di procedure di alienazione avviate", "n.d.", "2", "3", "")]),
 (M01, "11 - Altri servizi generali", "Transizione digitale dei servizi al cittadino (PNRR Misura 1.4.1)", "TRASVERSALE",
  [("Numero di servizi on line integrati con PagoPA e App IO", "6", "8", "10", "12"),
   ("Percentuale di dipendenti formati sulla sicurezza informatica", "40%", "≥ 70%", "100%", "100%")]),
 ("03\nORDINE PUBBLICO E SICUREZZA", "01 - Polizia locale e amministrativa", "Presidio costante del territorio e sicurezza stradale", "SETTORIALE",
  [("Numero di controlli di polizia stradale effettuati", "310", "≥ 320", "≥ 340", "≥ 350"),
   ("Tempo medio di notifica dei verbali al trasgressore", "78 gg", "entro 60 gg", "entro 60 gg", "entro 50 gg")]),
 ("04\nISTRUZIONE E DIRITTO ALLO STUDIO", "06 - Servizi ausiliari all'istruzione", "Efficienza dei servizi di refezione e trasporto scolastico", "SETTORIALE",
  [("Percentuale di iscrizioni al servizio mensa gestite on line", "45%", "60%", "75%", "90%"),
   ("Grado di soddisfazione delle famiglie rilevato con questionario (scala 1-5)", "3,6", ">= 3,8", ">= 4", ">= 4")]),
 ("12\nDIRITTI SOCIALI, POLITICHE SOCIALI E FAMIGLIA", "05 - Interventi per le famiglie", "Sostegno alle famiglie in condizione di fragilità economica", "SETTORIALE",
  [("Tempi di evasione delle istanze di contributo economico", "45 giorni", "≤ 30 giorni", "≤ 30 giorni", "≤ 25 giorni"),
   ("Numero di nuclei familiari presi in carico dal Segretariato sociale", "118", "≥ 120", "≥ 125", "≥ 130")]),
]
piao = {
 "name": "comune-solofra-2026-piao",
 "document": {"issuer": "Comune di Solofra", "title": "Piano integrato di attività e organizzazione", "year": 2026, "kind": "piao"},
 "header_left": "COMUNE DI SOLOFRA", "header_right": "PIAO 2026/2028",
 "cover": ["COMUNE DI SOLOFRA", "(Provincia di Avellino)", "Città della Concia",
           "PIANO INTEGRATO DI ATTIVITÀ\nE ORGANIZZAZIONE\n2026/2028", "Approvato con deliberazione di Giunta Comunale n.   del   /   /2026"],
 "toc": [("SEZIONE 1 - SCHEDA ANAGRAFICA DELL’ENTE", "2"), ("SEZIONE 2 - VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", "2"),
         ("2.1 SOTTOSEZIONE VALORE PUBBLICO", "2"), ("2.2 SOTTOSEZIONE PERFORMANCE", "2"),
         ("2.3 SOTTOSEZIONE RISCHI CORRUTTIVI E TRASPARENZA", "5"), ("SEZIONE 3 - ORGANIZZAZIONE E CAPITALE UMANO", "5"),
         ("SEZIONE 4 - MONITORAGGIO", "6")],
 "anagrafica": [("DENOMINAZIONE ENTE", "COMUNE DI SOLOFRA"), ("SEDE", "Piazza San Michele n. 1, cap. 83029 – Solofra (Prov. AV)"),
                ("C.F./P.IVA", "00287650645"), ("CODICE ISTAT", "064100"), ("PEC ISTITUZIONALE", "protocollo.solofra@asmepec.it"),
                ("SITO INTERNET ISTITUZIONALE", "www.comune.solofra.av.it"), ("TELEFONO", "0825/582411"),
                ("POPOLAZIONE", "12.104 abitanti (al 01/01/2025)"), ("NUMERO DIPENDENTI", "47"),
                ("#SINDACO", ""), ("Nominativo", "Dott. Nicola MORETTI"), ("Data inizio mandato", "10/06/2024"),
                ("#R.P.C.T. - SEGRETARIO GENERALE", ""), ("Nominativo", "Dott.ssa Carmela DE STEFANO"), ("Data atto di nomina", "18/09/2024")],
 "vp_text": [
  "La presente sezione è dedicata ai risultati attesi sviluppati in coerenza con i documenti di programmazione finanziaria adottati dall’Ente, in particolare con il Documento Unico di Programmazione 2026/2028 approvato con deliberazione di Consiglio Comunale n. 41 del 30/12/2025.",
  "Il Valore Pubblico si realizza quando l’Ente, attraverso l’azione coordinata delle proprie strutture, migliora il livello di benessere economico, sociale e ambientale della comunità amministrata rispetto alla situazione di partenza. Le strategie di Valore Pubblico sono declinate negli obiettivi di performance riportati nella sottosezione 2.2."],
 "perf_text": [
  "La sottosezione 2.2 “Performance” è finalizzata alla programmazione degli obiettivi e degli indicatori di performance di efficienza e di efficacia i cui esiti verranno rendicontati nella Relazione annuale sulla performance. Per ciascun obiettivo sono indicati la Missione e il Programma di bilancio di riferimento, uno o più indicatori con il valore di partenza (baseline 2025) e il valore atteso per ciascuna annualità del triennio.",
  "Gli obiettivi di carattere trasversale coinvolgono tutti i Settori dell’Ente e concorrono alla valutazione della performance organizzativa complessiva; gli obiettivi settoriali sono assegnati ai Responsabili di Elevata Qualificazione con il Piano esecutivo di gestione."],
 "perf_header": ["MISSIONE", "PROGRAMMA", "OBIETTIVI DI PERFORMANCE", "INDICATORE", "BASELINE 2025", "TARGET 2026", "TARGET 2027", "TARGET 2028", "TIPOLOGIA DI OBIETTIVO"],
 "perf_rows": piao_rows,
 "perf_after": "Nella tabella seguente sono riportati gli obiettivi di performance del triennio. I valori di baseline sono desunti dal Rendiconto 2025 e dai sistemi gestionali dell’Ente; ove il dato non sia disponibile è indicato “n.d.”. Il grado di raggiungimento degli obiettivi sarà rilevato dal Nucleo di Valutazione in sede di Relazione sulla performance.",
 "risk_text": [
  "La presente sottosezione è predisposta dal Responsabile della Prevenzione della Corruzione e della Trasparenza (RPCT) sulla base degli obiettivi strategici in materia definiti dall’organo di indirizzo, ai sensi della L. n. 190/2012 e del PNA 2025.",
  "Per la valutazione dell’esposizione al rischio corruttivo sono stati utilizzati i seguenti indicatori:"],
 "risk_check_header": ["Indicatori per la valutazione dell’esposizione al rischio corruttivo", "SI", "NO"],
 "risk_check": [("Livello di interesse “esterno”", True), ("Grado di discrezionalità del decisore interno alla P.A.", True),
                ("Manifestazione di eventi corruttivi in passato nel processo/attività esaminata", False),
                ("Opacità del processo decisionale", False), ("Grado di attuazione delle misure di trattamento", True),
                ("Segnalazioni pervenute", False)],
 "risk_intro2": "Si riporta di seguito l’estratto del Registro dei rischi per le aree a rischio generali (Allegato 1 “Mappatura dei processi e registro dei rischi 2026”).",
 "risk_header": ["AREA DI RISCHIO", "PROCESSO", "EVENTO RISCHIOSO", "LIVELLO DI RISCHIO", "MISURE DI PREVENZIONE", "RESPONSABILE", "TEMPI DI ATTUAZIONE"],
 "risk_rows": [
  ("Contratti pubblici", "Affidamenti diretti di lavori, servizi e forniture", "Frazionamento artificioso dell’appalto per eludere le soglie", "ALTO", "Rotazione degli operatori economici; controllo a campione del 10% degli affidamenti", "Responsabili E.Q.", "Intero triennio"),
  ("Acquisizione e gestione del personale", "Concorsi e prove selettive", "Previsione di requisiti personalizzati", "MEDIO", "Dichiarazione di assenza di conflitti di interesse dei commissari", "Responsabile Servizio Personale", "Ad ogni procedura"),
  ("Gestione delle entrate, delle spese e del patrimonio", "Rimborsi e sgravi di tributi", "Riconoscimento indebito di rimborsi", "MEDIO", "Doppia sottoscrizione del provvedimento; tracciabilità informatica", "Responsabile Servizio Tributi", "31/12/2026"),
  ("Controlli, verifiche, ispezioni e sanzioni", "Controlli edilizi", "Omissione o ritardo dei controlli", "ALTO", "Programmazione dei sopralluoghi; report semestrale al RPCT", "Responsabile Ufficio Tecnico", "Semestrale"),
  ("Provvedimenti ampliativi con effetto economico", "Concessione di contributi economici", "Mancato rispetto dei criteri del Regolamento", "BASSO", "Pubblicazione ex art. 26 D.lgs. 33/2013", "Responsabile Servizi Sociali", "Tempestiva")],
 "org_text": [
  "La struttura organizzativa del Comune di Solofra è articolata in Settori, a ciascuno dei quali è preposto un Responsabile titolare di incarico di Elevata Qualificazione. La dotazione organica effettiva al 31/12/2025 è riportata nella tabella seguente."],
 "staff_title": "Ampiezza media delle Unità Organizzative/Servizi comunali",
 "staff_header": ["SERVIZIO COMUNALE", "RESPONSABILI E.Q.", "DIPENDENTI", "TOTALE"],
 "staff_rows": [("SERVIZI GENERALI - RISORSE UMANE - SEGRETERIA", "1", "6", "7"), ("SERVIZI DEMOGRAFICI - STATISTICI - ELETTORALE", "1", "4", "5"),
                ("SERVIZI FINANZIARI - TRIBUTI", "1", "6", "7"), ("LAVORI PUBBLICI - URBANISTICA - AMBIENTE", "1", "11", "12"),
                ("SERVIZI SOCIALI E PUBBLICA ISTRUZIONE", "1", "5", "6"), ("POLIZIA MUNICIPALE", "1", "9", "10"), ("TOTALE", "6", "41", "47")],
 "fabb_text": "Il rapporto tra spesa di personale e media delle entrate correnti dell’ultimo triennio, calcolato ai sensi del D.M. 17/03/2020, è pari al 24,12%, inferiore al valore soglia del 27,0% previsto per la fascia demografica dell’Ente. La spesa di personale programmata per il 2026 ammonta a €. 2.318.447,52;",
 "fabb_header": ["ANNO", "FABBISOGNO", "MODALITA' DI COPERTURA", "SPESA ANNUA"],
 "fabb_rows": [("2026", "N. 1 Istruttore Direttivo Tecnico (Area dei Funzionari e dell’E.Q.)", "Concorso pubblico", "€. 35.420,00"),
               ("2026", "N. 2 Agenti di Polizia Locale (Area degli Istruttori)", "Scorrimento graduatoria", "€. 63.180,00"),
               ("2027", "N. 1 Istruttore Amministrativo-contabile", "Mobilità ex art. 30 D.lgs. 165/2001", "€. 31.590,00"),
               ("2028", "Non sono previste assunzioni a tempo indeterminato", "/", "/")],
 "monit_text": "Il monitoraggio della sottosezione “Performance” avviene secondo le modalità stabilite dagli articoli 6 e 10, comma 1, lett. b) del D.lgs. n. 150/2009, con cadenza semestrale; il monitoraggio della sottosezione “Rischi corruttivi e trasparenza” è curato dal RPCT secondo le indicazioni ANAC. Gli esiti sono riportati nella Relazione annuale sulla performance validata dal Nucleo di Valutazione.",
}
dump(piao["name"], piao)

# ---------------------------------------------------------------- 4. Camera di Commercio di Lecce, relazione 2024
C = "OBIETTIVO CONSEGUITO"
cc_blocks = [
 {"k": "h1", "text": "3. I RISULTATI DI PERFORMANCE: OBIETTIVI STRATEGICI E OPERATIVI"},
 {"k": "p", "text": "Nelle pagine che seguono sono riportati, per ciascuna Area strategica, gli obiettivi strategici e operativi assegnati con il Piano della performance 2024-2026 (deliberazione di Giunta n. 9 del 30/01/2024, aggiornato con deliberazione n. 71 del 25/07/2024), con i relativi indicatori, il valore atteso, il valore raggiunto al 31/12/2024 e la valutazione del grado di conseguimento."},
 {"k": "area", "code": "2024_01", "title": "MISSIONE 011: Competitività e sviluppo delle imprese Promozione ed attuazione di politiche di sviluppo, competitività e innovazione, di responsabilità sociale d'impresa e movimento cooperativo."},
 {"k": "ind", "rows": [
   {"d": "Grado di restituzione delle risorse al territorio in interventi di promozione. Misura il valore del diritto annuale (al netto dell'accantonamento al fondo svalutazione crediti) restituito al tessuto economico mediante gli interventi economici", "t": "STRATEGICO", "va": ">=65%", "vr": "78,42%", "n": "Modalità di calcolo = Interventi economici (€ 3.104.228,16) / Diritto annuale al netto del fondo svalutazione crediti - Fonte dei dati: Bilancio d'esercizio 2024",
    "st": C, "c": "Il valore degli interventi economici comprende i contributi erogati con i bandi Voucher digitali I4.0, Internazionalizzazione e Transizione ecologica 2024."},
   {"d": "Percezione del livello di qualità ed adeguatezza dei servizi resi in tema di interventi promozionali", "t": "OUTCOME", "va": ">=80%", "vr": "91,3%", "n": "Modalità di calcolo: (numero di valutazioni positive/numero totale di valutazioni)*100 - Fonte dei dati: interna - Target >= 80% nel triennio",
    "st": C, "c": "Questionari raccolti: n. 412 (seminari PID, sportello SEI e bandi), valutazione media 4,2 su un punteggio massimo di 5."}]},
 {"k": "obs", "code": "2024_01_01", "title": "Favorire la doppia transizione digitale ed ecologica delle imprese della provincia"},
 {"k": "ind", "rows": [
   {"d": "Realizzazione del progetto \"Punto Impresa Digitale - PID\" ai sensi dell'art. 18, comma 10, della legge 580 del 1993", "t": "STRATEGICO", "va": "Attuazione e rendicontazione", "vr": "Progetto realizzato e rendicontato nei termini", "n": "Attuazione e rendicontazione del progetto nel triennio 2023-2025 secondo le indicazioni MIMIT - Unioncamere",
    "st": C, "c": "Nel 2024 sono stati realizzati 31 eventi di informazione e sensibilizzazione, 118 self assessment della maturità digitale e 46 assessment guidati. Con il Bando Voucher Digitali I4.0 - 2024 sono stati concessi contributi a 64 imprese per complessivi € 498.612,40 a fronte di investimenti per € 1.127.930,55."}]},
 {"k": "obo", "code": "2024_01_01_01", "title": "Sostenere gli investimenti delle PMI in tecnologie digitali e sostenibilità ambientale"},
 {"k": "ind", "rows": [
   {"d": "Tempo medio di istruttoria delle domande di contributo dei bandi camerali", "t": "EFFICIENZA", "va": "<= 60 gg", "vr": "47 gg", "n": "Giorni intercorrenti tra la chiusura del bando e il provvedimento di concessione - Fonte dei dati: gestionale Restart",
    "st": C, "c": None},
   {"d": "Numero di imprese beneficiarie dei bandi per la transizione ecologica", "t": "OPERATIVO", "va": ">= 40", "vr": "33", "n": "Bando \"Transizione ecologica 2024\" in collaborazione con Regione Puglia",
    "st": "OBIETTIVO PARZIALMENTE CONSEGUITO", "c": "Le domande pervenute sono state 41, di cui 8 non ammissibili per carenza dei requisiti di accesso. Le risorse non utilizzate sono state riallocate sul bando 2025."}]},
 {"k": "obo", "code": "2024_01_02_01", "title": "Incrementare l'attrattività del territorio mediante la promozione del turismo, degli eventi culturali e dei prodotti tipici"},
 {"k": "ind", "rows": [
   {"d": "Realizzazione della fase 2024 del progetto di Fondo Perequativo \"Valorizzazione del patrimonio culturale e del turismo\"", "t": "EFFICACIA", "va": "Realizzazione degli obiettivi progettuali", "vr": "Il progetto è stato attuato nei tempi approvati", "n": "Le fasi previste sono indicate nel documento di progetto approvato dalla Giunta con deliberazione n. 22/2024",
    "st": C, "c": "Il progetto si è concluso entro il 31/12/2024; gli obiettivi progettuali sono stati integralmente conseguiti come da relazione inviata a Unioncamere. Sono stati realizzati 3 educational tour con 27 operatori esteri e la partecipazione a 2 fiere internazionali di settore (TTG Rimini e BIT Milano), con 19 imprese salentine coinvolte."},
   {"d": "Partecipazione delle imprese del territorio alla manifestazione \"Salento d'Autore - Sapori e Tradizioni\"", "t": "OUTPUT", "va": "almeno 25 imprese", "vr": "Obiettivo sospeso", "n": "Aggiornamento del 25 luglio 2024: la manifestazione è stata rinviata al 2025 dall'ente organizzatore",
    "st": None, "c": None}]},
 {"k": "area", "code": "2024_02", "title": "MISSIONE 012: Regolazione dei mercati Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori."},
 {"k": "obs", "code": "2024_02_01", "title": "Garantire la tempestività e la qualità dei servizi anagrafico-certificativi"},
 {"k": "ind", "rows": [
   {"d": "Tasso di evasione delle pratiche del Registro Imprese entro 5 giorni dal ricevimento", "t": "EFFICACIA", "va": ">= 85%", "vr": "92,7%", "n": "Modalità di calcolo: pratiche evase entro 5 giorni / pratiche ricevute nell'anno - Fonte dei dati: Priamo",
    "st": C, "c": "Sono state evase 38.412 pratiche, di cui 35.608 entro 5 giorni."},
   {"d": "Tempo medio di lavorazione delle pratiche telematiche del Registro Imprese", "t": "EFFICIENZA", "va": "<= 4 gg", "vr": "3,1 gg", "n": "Fonte dei dati: cruscotto Unioncamere \"Pareto\"",
    "st": C, "c": None}]},
 {"k": "obo", "code": "2024_02_01_01", "title": "Cancellazioni d'ufficio e pulizia del Registro Imprese"},
 {"k": "ind", "rows": [
   {"d": "Numero di procedimenti di cancellazione d'ufficio avviati ai sensi del D.P.R. 247/2004 e dell'art. 40 del D.L. 76/2020", "t": "OPERATIVO", "va": ">= 600", "vr": "742", "n": "Fonte dei dati: interna - provvedimenti del Conservatore",
    "st": C, "c": "Sono state inoltre cancellate 214 società di capitali in liquidazione non più operative ai sensi dell'art. 40 del D.L. 76/2020."}]},
 {"k": "obo", "code": "2024_02_02_01", "title": "Vigilanza del mercato e tutela del consumatore"},
 {"k": "ind", "rows": [
   {"d": "Numero di ispezioni metrologiche e di sicurezza prodotti effettuate", "t": "OUTPUT", "va": ">= 120", "vr": "104", "n": "Convenzione MIMIT - Unioncamere per la vigilanza del mercato - Fonte dei dati: Eureka",
    "st": "OBIETTIVO NON CONSEGUITO", "c": "Il risultato ha risentito della cessazione dal servizio di un ispettore metrico nel mese di maggio, non sostituito nel corso dell'anno."},
   {"d": "Tempi medi di emissione delle ordinanze sanzionatorie", "t": "EFFICIENZA", "va": "<= 180 gg", "vr": "162 gg", "n": "Giorni tra la ricezione del rapporto e l'emissione dell'ordinanza",
    "st": C, "c": None}]},
 {"k": "area", "code": "2024_03", "title": "MISSIONE 032: Servizi istituzionali e generali delle amministrazioni pubbliche Efficienza, trasparenza e sostenibilità economica dell'Ente."},
 {"k": "obs", "code": "2024_03_01", "title": "Garantire la solidità economico-finanziaria e l'efficienza gestionale dell'Ente"},
 {"k": "ind", "rows": [
   {"d": "Indice di equilibrio strutturale (Proventi strutturali / Oneri strutturali)", "t": "STRATEGICO", "va": ">= 1,00", "vr": "1,07", "n": "Fonte dei dati: Bilancio d'esercizio 2024 - indicatore Pareto EC15.1",
    "st": C, "c": None},
   {"d": "Indicatore annuale di tempestività dei pagamenti", "t": "EFFICIENZA", "va": "<= 0 gg", "vr": "-11,4 gg", "n": "Calcolato ai sensi dell'art. 9 del D.P.C.M. 22/09/2014",
    "st": C, "c": "Il tempo medio di pagamento delle fatture è stato di 18,6 giorni dalla data di ricevimento."}]},
 {"k": "obo", "code": "2024_03_01_01", "title": "Miglioramento della capacità di riscossione del diritto annuale"},
 {"k": "ind", "rows": [
   {"d": "Percentuale di riscossione spontanea del diritto annuale", "t": "EFFICACIA", "va": ">= 70%", "vr": "68,9%", "n": "Diritto annuale riscosso entro la scadenza / diritto annuale dovuto - Fonte dei dati: DIANA",
    "st": "OBIETTIVO PARZIALMENTE CONSEGUITO", "c": "Il valore risulta in lieve aumento rispetto al 2023 (67,2%). Sono state inviate 9.850 comunicazioni di ravvedimento operoso via PEC."},
   {"d": "Emissione dei ruoli per il diritto annuale 2022", "t": "OPERATIVO", "va": "entro il 31/12/2024", "vr": "Ruolo emesso il 18/11/2024", "n": "Fonte dei dati: interna",
    "st": C, "c": None}]},
 {"k": "obo", "code": "2024_03_01_02", "title": "Attuazione delle misure di prevenzione della corruzione e della trasparenza"},
 {"k": "ind", "rows": [
   {"d": "Grado di attuazione delle misure di prevenzione previste nella sottosezione Rischi corruttivi e trasparenza del PIAO", "t": "OPERATIVO", "va": "100%", "vr": "100%", "n": "Misure attuate / misure programmate nell'anno - Fonte dei dati: relazione annuale RPCT",
    "st": C, "c": "Tutte le 27 misure programmate sono state attuate; la relazione annuale del RPCT è stata pubblicata il 15/01/2025."}]},
 {"k": "h1", "text": "4. RISORSE, EFFICIENZA ED ECONOMICITÀ"},
 {"k": "p", "text": "Si riportano di seguito i principali dati economici della gestione 2024, desunti dal bilancio d'esercizio approvato dal Consiglio camerale con deliberazione n. 6 del 28/04/2025."},
 {"k": "budget", "header": ["Voce", "Consuntivo 2023", "Preventivo 2024", "Consuntivo 2024"],
  "rows": [["Diritto annuale", "€ 5.812.440,21", "€ 5.790.000,00", "€ 5.864.102,77"],
           ["Diritti di segreteria", "€ 1.942.118,60", "€ 1.900.000,00", "€ 1.987.455,30"],
           ["Costi di personale", "€ 2.701.305,44", "€ 2.850.000,00", "€ 2.768.910,12"],
           ["Interventi economici", "€ 2.655.870,09", "€ 3.300.000,00", "€ 3.104.228,16"],
           ["Risultato economico d'esercizio", "€ 112.406,35", "€ 0,00", "€ 187.233,48"]]},
]
cc = {"name": "camera-commercio-lecce-2024-relazione",
      "document": {"issuer": "Camera di Commercio di Lecce", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
      "cover": ["CAMERA DI COMMERCIO INDUSTRIA ARTIGIANATO E AGRICOLTURA DI LECCE", "RELAZIONE SULLA PERFORMANCE", "ANNO 2024",
                "(art. 10, comma 1, lettera b) del D.lgs. 27 ottobre 2009, n. 150)", "Approvata con deliberazione di Giunta n. 48 del 24/06/2025"],
      "intro": ["1. PRESENTAZIONE",
                "La Relazione sulla performance costituisce lo strumento mediante il quale l'amministrazione illustra ai cittadini e a tutti gli altri stakeholder, interni ed esterni, i risultati ottenuti nel corso dell'anno precedente, concludendo in tal modo il ciclo di gestione della performance.",
                "Il 2024 è stato caratterizzato dal completamento del Piano triennale del Punto Impresa Digitale, dal rafforzamento delle azioni a sostegno della transizione ecologica delle imprese e dall'attuazione del progetto di pulizia del Registro Imprese. Il personale in servizio al 31/12/2024 era di 58 unità, a fronte di una dotazione organica di 74 posti.",
                "2. SINTESI DEI RISULTATI",
                "Su 17 indicatori monitorati, 13 risultano conseguiti, 2 parzialmente conseguiti, 1 non conseguito e 1 sospeso per cause esterne all'Ente."],
      "header_cols": ["Descrizione", "Tipo", "Valore Atteso", "Valore Raggiunto", "Note"],
      "blocks": cc_blocks}
dump(cc["name"], cc)

# ---------------------------------------------------------------- 2. Piano indicatori rendiconto 2024, Comune di Mercogliano
G = [
 ("01", "Rigidità strutturale di bilancio", [
  ("01.1", "Incidenza spese rigide (ripiano disavanzo, personale e debito) su entrate correnti", "[ripiano disavanzo a carico dell'esercizio + Impegni (Macroaggregati 1.1 \"Redditi di lavoro dipendente\" + pdc 1.02.01.01.000 \"IRAP\" – FPV entrata concernente il Macroaggregato 1.1 + FPV personale in uscita 1.1 + 1.7 \"Interessi passivi\" + Titolo 4 Rimborso prestiti)]/(Accertamenti primi tre titoli Entrate e trasferimenti in conto capitale per ripiano disavanzi pregressi)", "31,42")]),
 ("02", "Entrate correnti", [
  ("02.1", "Incidenza degli accertamenti di parte corrente sulle previsioni iniziali di parte corrente", "Totale accertamenti primi tre titoli di entrata/Stanziamenti iniziali di competenza dei primi tre titoli delle Entrate", "102,18"),
  ("02.2", "Incidenza degli accertamenti di parte corrente sulle previsioni definitive di parte corrente", "Totale accertamenti primi tre titoli di entrata/Stanziamenti definitivi di competenza dei primi tre titoli delle Entrate", "94,67"),
  ("02.3", "Incidenza degli accertamenti delle entrate proprie sulle previsioni iniziali di parte corrente", "Totale accertamenti (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000+ E.3.00.00.00.000 \"Entrate extratributarie\")/Stanziamenti iniziali di competenza dei primi tre titoli delle Entrate", "78,05"),
  ("02.4", "Incidenza degli accertamenti delle entrate proprie sulle previsioni definitive di parte corrente", "Totale accertamenti (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000+ E.3.00.00.00.000 \"Entrate extratributarie\")/Stanziamenti definitivi di competenza dei primi tre titoli delle Entrate", "72,31"),
  ("02.5", "Incidenza degli incassi correnti sulle previsioni iniziali di parte corrente", "Totale incassi c/competenza e c/residui dei primi tre titoli di entrata/Stanziamenti iniziali di cassa dei primi tre titoli delle Entrate", "61,84"),
  ("02.6", "Incidenza degli incassi correnti sulle previsioni definitive di parte corrente", "Totale incassi c/competenza e c/residui primi tre titoli di entrata/Stanziamenti definitivi di cassa dei primi tre titoli delle Entrate", "55,12")]),
 ("03", "Anticipazioni dell'Istituto tesoriere", [
  ("03.1", "Utilizzo medio anticipazioni di tesoreria", "Sommatoria degli utilizzi giornalieri delle anticipazioni nell'esercizio/(365 x max previsto dalla norma)", "4,18"),
  ("03.2", "Anticipazione chiuse solo contabilmente", "Anticipazione di tesoreria all'inizio dell'esercizio successivo/max previsto dalla norma", "0,00")]),
 ("04", "Spesa di personale", [
  ("04.1", "Incidenza della spesa di personale sulla spesa corrente", "(Macr. 1.1 + pdc 1.02.01.01 \"IRAP\" + FPV personale in uscita 1.1 – FPV personale in entrata concernente il Macr. 1.1)/ (Titolo I – FCDE corrente+ FPV macroaggr. 1.1 – FPV di entrata concernente il mac 1.1)", "26,94"),
  ("04.2", "Incidenza del salario accessorio ed incentivante", "(pdc 1.01.01.004 + 1.01.01.008 \"indennità e altri compensi personale a tempo determinato e indeterminato\"+ pdc 1.01.01.003 + 1.01.01.007 \"straordinario personale a tempo determinato e indeterminato\" + FPV in uscita Macr. 1.1 – FPV di entrata concernente il Macr. 1.1)/(Macr. 1.1 + pdc 1.02.01.01 \"IRAP\" + FPV in uscita concernente il Macroaggregato 1.1 – FPV in entrata concernente il Macroaggregato 1.1)", "14,37"),
  ("04.3", "Incidenza della spesa per personale flessibile", "(pdc 1.03.02.010.000 \"Consulenze\" + pdc 1.03.02.12.000 \"lavoro flessibile/LSU/Lavoro interinale\"+ pdc U.1.03.02.11.000 \"Prestazioni professionali e specialistiche\")/(Macr. 1.1 + pdc 1.02.01.01.000 \" IRAP\" + FPV in uscita concernente il macr. 1.1 – FPV in entrata macr. 1.1)", "6,52"),
  ("04.4", "Spesa di personale procapite (Indicatore di equilibrio dimensionale)", "Impegni (Macroaggregato 1.1 \"Redditi di lavoro dipendente\" + pdc 1.02.01.01.000 \"IRAP\" + FPV personale in uscita 1.1 – FPV personale in entrata concernente il Macroaggregato 1.1)/popolazione residente", "203,85")]),
 ("05", "Esternalizzazione dei servizi", [
  ("05.1", "Indicatore di esternalizzazione dei servizi", "(pdc U.1.03.02.15.000 \"Contratti di servizio pubblico\" + pdc U.1.04.03.01.000 \"Trasferimenti correnti a imprese controllate\" + pdc U.1.04.03.02.000 \"Trasferimenti correnti a altre imprese partecipate\")/totale spese Titolo I", "18,09")]),
 ("06", "Interessi passivi", [
  ("06.1", "Incidenza degli interessi passivi sulle entrate correnti", "Impegni Macroaggregato 1.7 \"Interessi passivi\"/Accertamenti primi tre titoli delle Entrate (\"Entrate correnti\")", "1,64"),
  ("06.2", "Incidenza degli interessi passivi sulle anticipazioni sul totale della spesa per interessi passivi", "pdc U.1.07.06.04.000 \"Interessi passivi su anticipazioni di tesoreria\"/Impegni Macroaggregato 1.7 \"Interessi passivi\"", "3,07"),
  ("06.3", "Incidenza interessi di mora sul totale della spesa per interessi passivi", "pdc U.1.07.06.02.000 \"Interessi di mora\"/Macroaggregato 1.7 \"Interessi passivi\"", "0,00")]),
 ("07", "Investimenti", [
  ("07.1", "Incidenza investimenti sul totale della spesa corrente e in conto capitale", "(Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" + Macroaggregato 2.3 \"Contributi agli investimenti\"/ totale Impegni Titoli I+II", "28,76"),
  ("07.2", "Investimenti diretti procapite (Indicatore di equilibrio dimensionale)", "Impegni Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\"/popolazione residente", "312,44"),
  ("07.3", "Contributi agli investimenti procapite (Indicatore di equilibrio dimensionale)", "Impegni per Macroaggregato 2.3 \"Contributi agli investimenti\"/popolazione residente", "12,08"),
  ("07.4", "Investimenti complessivi procapite (Indicatore di equilibrio dimensionale)", "Impegni (Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" + Macroaggregato 2.3 \"Contributi agli investimenti\")/popolazione residente (dell'esercizio di riferimento o, se non disponibile, riferita all'ultimo dato disponibile)", "324,52")]),
 ("08", "Analisi dei residui", [
  ("08.1", "Incidenza nuovi residui passivi di parte corrente su stock residui passivi correnti", "Totale residui passivi titolo 1 di competenza dell'esercizio/Totale residui passivi titolo 1 al 31 dicembre", "61,30"),
  ("08.2", "Incidenza nuovi residui passivi in c/capitale su stock residui passivi in conto capitale al 31 dicembre", "Totale residui passivi titolo 2 di competenza dell'esercizio/Totale residui titolo 2 al 31 dicembre", "57,94"),
  ("08.4", "Incidenza nuovi residui attivi di parte corrente su stock residui attivi di parte corrente", "Totale residui attivi titoli 1,2,3 di competenza dell'esercizio/Totale residui attivi titoli 1, 2 e 3 al 31 dicembre", "33,18")]),
 ("09", "Smaltimento debiti non finanziari", [
  ("09.1", "Smaltimento debiti commerciali nati nell'esercizio", "Pagamenti di competenza (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\")/Impegni di competenza (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\")", "68,45"),
  ("09.5", "Indicatore annuale di tempestività dei pagamenti", "Giorni effettivi intercorrenti tra la data di scadenza della fattura o richiesta equivalente di pagamento e la data di pagamento ai fornitori moltiplicata per l'importo dovuto, rapportata alla somma degli importi pagati nel periodo di riferimento", "-6,21")]),
 ("10", "Debiti finanziari", [
  ("10.3", "Sostenibilità debiti finanziari", "[Impegni (Totale 1.7 \"Interessi passivi\" – \"Interessi di mora\" (U.1.07.06.02.000) – \"Interessi per anticipazioni prestiti\" (U.1.07.06.04.000)) + Titolo 4 della spesa – estinzioni anticipate) – (Accertamenti Entrate categoria E.4.02.06.00.000 \"Contributi agli investimenti direttamente destinati al rimborso dei prestiti da amministrazioni pubbliche\")]/Accertamenti titoli 1, 2 e 3", "4,83"),
  ("10.4", "Indebitamento procapite (Indicatore di equilibrio dimensionale)", "Debito da finanziamento al 31/12 (2)/popolazione residente", "385,17")]),
 ("11", "Composizione dell'avanzo di amministrazione (4)", [
  ("11.1", "Incidenza quota libera di parte corrente nell'avanzo", "Quota libera di parte corrente dell'avanzo/Avanzo di amministrazione (5)", "9,72"),
  ("11.3", "Incidenza quota accantonata nell'avanzo", "Quota accantonata dell'avanzo/Avanzo di amministrazione (7)", "71,66"),
  ("11.4", "Incidenza quota vincolata nell'avanzo", "Quota vincolata dell'avanzo/Avanzo di amministrazione (8)", "18,62")]),
]
ind = {"name": "comune-mercogliano-2024-piano-indicatori",
 "document": {"issuer": "Comune di Mercogliano", "title": "Piano degli indicatori e dei risultati attesi di bilancio", "year": 2024, "kind": "relazione"},
 "ente": "COMUNE DI MERCOGLIANO", "center": "RENDICONTO DELLA GESTIONE 2024",
 "title": "PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO", "subtitle": "INDICATORI SINTETICI",
 "header": ["TIPOLOGIA INDICATORE", "DEFINIZIONE", "VALORE INDICATORE\n2024 (Percentuale)"],
 "groups": G,
 "footnotes": [
  "(1) Il Patrimonio Netto è pari alla Lettera A) dello stato patrimoniale passivo.",
  "(2) Il debito da finanziamento è pari alla Lettera D1 dello stato patrimoniale passivo.",
  "(4) Da compilare solo se la voce E, dell'allegato al rendiconto concernente il risultato di amministrazione è positivo o pari a 0.",
  "(5) La quota libera di parte corrente del risultato di amministrazione è pari alla voce E riportata nell'allegato a) al rendiconto. Il risultato di amministrazione è pari alla lettera A del predetto allegato a)",
  "(7) La quota accantonata del risultato di amministrazione è pari alla voce B riportata nell'allegato a) al rendiconto. Il risultato di amministrazione è pari alla lettera A del predetto allegato a).",
  "(8) La quota vincolata del risultato di amministrazione è pari alla voce C riportata nell'allegato a) al rendiconto. Il risultato di amministrazione è pari alla lettera A riportata nel predetto allegato a)."],
 "entrate_title": "Indicatori analitici concernenti la composizione delle entrate e l'effettiva capacità di riscossione",
 "entrate_groups": ["Composizione delle entrate (dati percentuali)", "Percentuale di riscossione"],
 "entrate_header": ["Titolo\nTipologia", "Denominazione", "Previsioni iniziali competenza/ totale previsioni iniziali competenza", "Previsioni definitive competenza/ totale previsioni definitive competenza", "Accertamenti/ Totale Accertamenti",
                    "% di riscossione prevista nel bilancio di previsione iniziale", "% di riscossione prevista nelle previsioni definitive", "% di riscossione complessiva: (Riscossioni c/comp + Riscossioni c/residui)/ (Accertamenti + residui definitivi iniziali)", "% di riscossione dei crediti esigibili nell'esercizio: Riscossioni c/comp/ Accertamenti di competenza", "% di riscossione dei crediti esigibili negli esercizi precedenti: Riscossioni c/residui/ residui definitivi iniziali"],
 "entrate_rows": [
  ["TITOLO 1", "Entrate correnti di natura tributaria, contributiva e perequativa"],
  ["10101", "Imposte, tasse e proventi assimilati", "38,12", "33,40", "36,85", "78,20", "80,14", "62,33", "74,90", "41,27"],
  ["10301", "Fondi perequativi da Amministrazioni Centrali", "9,31", "8,02", "8,77", "100,00", "100,00", "96,41", "100,00", "88,10"],
  ["10000", "Totale TITOLO 1: Entrate correnti di natura tributaria, contributiva e perequativa", "47,43", "41,42", "45,62", "82,44", "84,05", "68,12", "79,88", "45,93"],
  ["TITOLO 2", "Trasferimenti correnti"],
  ["20101", "Trasferimenti correnti da Amministrazioni pubbliche", "5,84", "7,96", "6,90", "91,02", "96,37", "74,51", "82,16", "55,40"],
  ["20000", "Totale TITOLO 2: Trasferimenti correnti", "5,84", "7,96", "6,90", "91,02", "96,37", "74,51", "82,16", "55,40"],
  ["TITOLO 3", "Entrate extratributarie"],
  ["30100", "Vendita di beni e servizi e proventi derivanti dalla gestione dei beni", "3,95", "3,48", "3,21", "85,60", "88,33", "70,02", "76,45", "52,18"],
  ["30200", "Proventi derivanti dall'attivita' di controllo e repressione delle irregolarita' e degli illeciti", "1,12", "0,97", "1,40", "62,00", "64,51", "38,77", "44,12", "30,05"],
  ["30500", "Rimborsi e altre entrate correnti", "0,86", "0,91", "0,74", "97,35", "99,10", "80,66", "92,40", "61,73"],
  ["30000", "Totale TITOLO 3: Entrate extratributarie", "5,93", "5,36", "5,35", "80,21", "82,96", "62,28", "67,92", "46,60"],
  ["TITOLO 4", "Entrate in conto capitale"],
  ["40200", "Contributi agli investimenti", "27,14", "31,90", "29,48", "100,00", "100,00", "41,88", "39,56", "47,21"],
  ["40400", "Entrate da alienazione di beni materiali e immateriali", "1,07", "0,62", "0,15", "100,00", "100,00", "100,00", "100,00", "0,00"],
  ["40500", "Altre entrate in conto capitale", "1,30", "1,12", "1,02", "90,00", "92,56", "35,40", "28,93", "44,71"],
  ["40000", "Totale TITOLO 4: Entrate in conto capitale", "29,51", "33,64", "30,65", "99,85", "99,91", "41,80", "39,52", "46,93"],
  ["TITOLO 6", "Accensione Prestiti"],
  ["60300", "Accensione mutui e altri finanziamenti a medio lungo termine", "2,10", "1,97", "1,94", "100,00", "100,00", "58,30", "46,15", "81,27"],
  ["60000", "Totale TITOLO 6: Accensione Prestiti", "2,10", "1,97", "1,94", "100,00", "100,00", "58,30", "46,15", "81,27"]],
 "spese_title": "Indicatori analitici concernenti la composizione delle spese per missioni e programmi",
 "spese_header": ["Missioni e programmi", "Incidenza Missione/Programma: Impegni/Totale Impegni", "di cui incidenza FPV: FPV/Totale FPV", "Capacità di pagamento: Pagam. (comp+residui)/(Impegni+residui definitivi)", "Incidenza economie di spesa: Economie di competenza/Totale economie di competenza"],
 "spese_rows": [
  ["MISSIONE 01 - Servizi istituzionali, generali e di gestione"],
  ["01.02 Segreteria generale", "4,81", "0,00", "83,20", "3,95"],
  ["01.03 Gestione economica, finanziaria, programmazione, provveditorato", "2,37", "0,00", "88,14", "2,02"],
  ["01.06 Ufficio tecnico", "9,64", "18,35", "52,71", "7,80"],
  ["Totale Missione 01 - Servizi istituzionali, generali e di gestione", "22,58", "21,40", "66,93", "18,66"],
  ["MISSIONE 03 - Ordine pubblico e sicurezza"],
  ["03.01 Polizia locale e amministrativa", "3,92", "0,00", "86,45", "2,11"],
  ["Totale Missione 03 - Ordine pubblico e sicurezza", "3,92", "0,00", "86,45", "2,11"],
  ["MISSIONE 09 - Sviluppo sostenibile e tutela del territorio e dell'ambiente"],
  ["09.03 Rifiuti", "16,08", "0,00", "71,36", "5,44"],
  ["09.04 Servizio idrico integrato", "7,45", "24,77", "49,02", "11,90"],
  ["Totale Missione 09 - Sviluppo sostenibile e tutela del territorio e dell'ambiente", "23,53", "24,77", "63,55", "17,34"],
  ["MISSIONE 10 - Trasporti e diritto alla mobilità"],
  ["10.05 Viabilità e infrastrutture stradali", "14,20", "38,51", "44,87", "9,61"],
  ["Totale Missione 10 - Trasporti e diritto alla mobilità", "14,20", "38,51", "44,87", "9,61"]],
}
dump(ind["name"], ind)

# ---------------------------------------------------------------- 3. IZS Abruzzo e Molise, relazione 2024 (IZSLER cruscotto style)
izs = {"name": "izs-abruzzo-molise-2024-relazione",
 "document": {"issuer": "Istituto Zooprofilattico Sperimentale dell'Abruzzo e del Molise \"G. Caporale\"", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "running": "Relazione sulla Performance 2024", "first_page_no": 38,
 "intro": [
  ("h", "4.2 Il Cruscotto di Ente"),
  ("p", "Il sistema di misurazione adottato dall’Istituto prevede, per ciascun obiettivo strategico, un set di indicatori con i relativi target annuali e intervalli di variazione grazie ai quali l’Ente è in grado di rilevare lo scostamento tra i valori attesi e quelli effettivamente realizzati ed effettuare le opportune valutazioni."),
  ("p", "Di seguito si riporta il Cruscotto di Ente per l’anno 2024 che, in continuità con il Piano della performance 2024-2026 (sezione 2.2 del PIAO approvato con deliberazione del Direttore Generale n. 61 del 31/01/2024), declina i quattro obiettivi strategici in azioni e per ciascuna azione in uno o più indicatori."),
  ("c", "Cruscotto dell’ente anno 2024"),
  ("p", "Di seguito per ogni obiettivo strategico sono riportate le rispettive azioni e una tabella che sintetizza gli indicatori adottati, il target, il grado di raggiungimento e una breve descrizione del risultato raggiunto:")],
 "header": ["Azioni", "Indicatore strategico", "Target 2024", "Actual", "%\nrealizzazione", "Breve descrizione del risultato raggiunto"],
 "objectives": [
  {"code": "1", "title": "Implementazione delle attività relative alla ricerca nazionale e internazionale", "decl": "Questo obiettivo è declinato in due azioni principali:",
   "actions": [
    {"code": "1.1", "title": "Rafforzamento della competitività nell’ambito della progettualità e della ricerca sperimentale nazionale ed internazionale",
     "inds": [("N° progetti di ricerca presentati su bandi competitivi nazionali e internazionali", "≥ 40", "52", "100%", "Sono stati presentati 52 progetti, di cui 31 su bandi del Ministero della Salute (Ricerca Finalizzata e Corrente) e 21 su bandi europei (Horizon Europe, EU4Health)."),
              ("% di progetti finanziati sul totale dei progetti presentati", "≥ 35%", "38,5%", "100%", "Dei progetti presentati nel 2024 ne sono stati finanziati 20, per un valore complessivo di € 3.412.600,00."),
              ("N° pubblicazioni su riviste con Impact Factor", "≥ 110", "97", "88,18%", "Il valore è inferiore al target per il ritardo nella pubblicazione di alcuni lavori accettati a fine anno, che saranno conteggiati nel 2025.")]},
    {"code": "1.2", "title": "Sviluppare sinergie per valorizzare le competenze dei Centri di Referenza Nazionali",
     "inds": [("N° ring test organizzati dai Centri di Referenza Nazionali", "≥ 12", "14", "100%", "Sono stati organizzati 14 circuiti interlaboratorio con la partecipazione di 162 laboratori nazionali ed esteri."),
              ("Realizzazione del Project \"Rete CRN – piattaforma condivisa dei dati\"", "100%", "80%", "80%", "Completate le fasi di analisi e sviluppo; il rilascio in esercizio è stato posticipato a marzo 2025 per l’integrazione con il sistema SINVSA.")]}]},
  {"code": "2", "title": "Implementazione delle attività istituzionali nel settore della sicurezza alimentare, sanità animale e igiene veterinaria", "decl": "Questo obiettivo è declinato in tre azioni principali:",
   "actions": [
    {"code": "2.1", "title": "Sviluppo di sistemi di analisi del dato sanitario",
     "inds": [("Realizzazione delle programmazioni Regionali annuali assegnate all’Osservatorio Epidemiologico", "100%", "100%", "100%", "Tutte le attività programmate dalle Regioni Abruzzo e Molise sono state realizzate nei tempi previsti e rendicontate con report trimestrali.")]},
    {"code": "2.2", "title": "Potenziamento dell’attività di diagnostica, produzione, supporto tecnico scientifico",
     "inds": [("Tempo medio di risposta degli esami per i piani di eradicazione (TBC, BRC, LEB)", "≤ 10 gg", "7,4 gg", "100%", "Il miglioramento è dovuto all’avvio della refertazione digitale presso le sezioni di Pescara e Campobasso."),
              ("% di prove accreditate sul totale delle prove erogate", "≥ 85%", "88,2%", "100%", "Estensione dell’accreditamento a 23 nuove prove (visita ACCREDIA di ottobre 2024)."),
              ("N° campioni di alimenti analizzati nell’ambito dei piani ufficiali", "≥ 18.000", "19.245", "100%", "Il dato comprende i campioni del PNR, del Piano regionale alimenti e dei piani straordinari per Listeria.")]},
    {"code": "2.3", "title": "Attuazione nuove strategie per l’incremento degli interventi di conoscenza e competenza verso l’esterno",
     "inds": [("N° eventi formativi erogati dall’Istituto per l’esterno anno N / N° eventi formativi erogati per l’esterno media ultimo triennio", "≥ 1", "1,12", "100%", "Sono stati erogati 47 eventi formativi accreditati ECM (media del triennio 42), di cui 19 in modalità FAD."),
              ("Grado di soddisfazione dei partecipanti agli eventi formativi", "≥ 3,5", "4,3", "100%", "Valutazione media su scala 1-5 rilevata con i questionari di gradimento ECM (n. 2.318 questionari).")]}]},
  {"code": "3", "title": "Sostenibilità economica finanziaria", "decl": "Questo obiettivo è declinato in un’unica azione:",
   "actions": [
    {"code": "3.1", "title": "Ottimizzare l’uso di risorse per aumentare l’efficienza",
     "inds": [("Rispetto del tetto di spesa per beni e servizi", "≤ € 9.800.000,00", "€ 9.654.318,27", "100%", "La spesa per beni e servizi si è mantenuta entro il limite assegnato grazie all’adesione alle convenzioni Consip e alle gare aggregate."),
              ("Indicatore annuale di tempestività dei pagamenti", "≤ 0 gg", "3,8 gg", "0%", "Il valore è stato influenzato dal ritardo nella liquidazione di alcune fatture di lavori relativi ai progetti PNRR nel secondo semestre."),
              ("Riduzione dei costi per utenze energetiche rispetto al 2023", "≥ 5%", "6,9%", "100%", "Risultato ottenuto con l’entrata in esercizio dell’impianto fotovoltaico della sede di Teramo (potenza 180 kWp).")]}]},
  {"code": "4", "title": "Reingegnerizzazione dei processi", "decl": "Questo obiettivo è declinato in un’unica azione:",
   "actions": [
    {"code": "4.1", "title": "Sviluppare il processo di pianificazione, programmazione e controllo con l’ottimizzazione dei processi trasversali tecnico scientifici ed amministrativi",
     "inds": [("% di processi amministrativi mappati e digitalizzati", "≥ 60%", "64%", "100%", "Mappati 48 processi su 75; digitalizzati con il nuovo sistema documentale i flussi di acquisto, missioni e protocollo."),
              ("Realizzazione del Project \"Cruscotto direzionale integrato\"", "Entro il 31/12/2024", "Rilasciato il 16/12/2024", "100%", "Il cruscotto, alimentato dai dati del controllo di gestione e del LIMS, è disponibile alla Direzione e ai Responsabili di struttura.")]}]}],
 "outro_h": "4.3 Sintesi dei risultati del Cruscotto di Ente",
 "outro_p": "Nella tabella seguente è riportata la distribuzione degli indicatori del Cruscotto di Ente per grado di realizzazione.",
 "count_header": ["Esito", "N. indicatori", "%"],
 "count_rows": [["Realizzazione 100%", "13", "81,3%"], ["Realizzazione tra 50% e 99%", "2", "12,5%"], ["Realizzazione inferiore al 50%", "1", "6,2%"], ["Totale", "16", "100%"]],
 "outro_p2": "Il grado medio di realizzazione degli obiettivi strategici dell’Istituto per l’anno 2024 è pari al 91,8%; gli scostamenti sono illustrati, per ciascun indicatore, nella colonna di descrizione del risultato."}
dump(izs["name"], izs)
