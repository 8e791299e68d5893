"""Writes the three r75 content files (hand-written content as data)."""
import json

# ---------------------------------------------------------------- A: ERSU Cagliari (Word)
def ind(name, formula, peso, target, actual, grado):
    return {"indicator": name, "formula": formula, "weight_printed": peso, "target": target,
            "actual": actual, "achievement_printed": grado}

A = {
  "name": "ersu-cagliari-2024-relazione", "renderer": "word",
  "document": {"issuer": "Ente Regionale per il Diritto allo Studio Universitario di Cagliari",
               "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
  "cover": ["ERSU Cagliari", "Ente Regionale per il Diritto allo Studio Universitario di Cagliari",
            "RELAZIONE SULLA PERFORMANCE", "ANNO 2024",
            "(art. 10, comma 1, lettera b), del D.Lgs. 27 ottobre 2009, n. 150)",
            "Approvata con deliberazione del Consiglio di Amministrazione n. 21 del 26 giugno 2025"],
  "front": [
    {"h": "1. Presentazione"},
    {"p": "La Relazione sulla performance costituisce lo strumento mediante il quale l'Ente illustra ai cittadini, agli studenti e a tutti gli stakeholder, interni ed esterni, i risultati ottenuti nel corso dell'anno 2024, concludendo in tal modo il ciclo di gestione della performance avviato con il Piano integrato di attività e organizzazione 2024-2026."},
    {"p": "Nel corso del 2024 l'Ente ha operato in un contesto caratterizzato da un significativo incremento delle domande di benefici (+7,8% rispetto all'anno accademico precedente) e dall'avvio dei cantieri finanziati dal Piano Nazionale di Ripresa e Resilienza per l'ampliamento dell'offerta abitativa destinata agli studenti fuori sede."},
    {"h": "2. L'amministrazione in cifre"},
    {"p": "La tabella seguente riporta i principali dati di attività dell'Ente nell'ultimo biennio."},
    {"table": {"header": ["Servizio", "a.a. 2023/2024", "a.a. 2024/2025", "Variazione"],
               "rows": [["Domande di borsa di studio presentate", "5.112", "5.511", "+7,8%"],
                        ["Studenti idonei", "4.027", "4.318", "+7,2%"],
                        ["Posti letto nelle residenze universitarie", "742", "742", "0,0%"],
                        ["Pasti erogati nelle mense", "431.880", "468.215", "+8,4%"],
                        ["Contributi per la mobilità internazionale", "612", "688", "+12,4%"]]}},
    {"p": "Al 31 dicembre 2024 il personale in servizio era pari a 98 unità, di cui 6 dirigenti, a fronte di una dotazione organica di 121 posti."},
    {"table": {"header": ["Area di inquadramento", "Dotazione organica", "Personale in servizio al 31/12/2024"],
               "rows": [["Dirigenti", "7", "6"], ["Area dei funzionari e dell'elevata qualificazione", "38", "31"],
                        ["Area degli istruttori", "52", "43"], ["Area degli operatori esperti", "24", "18"],
                        ["Totale", "121", "98"]]}},
    {"h": "3. I risultati raggiunti"},
    {"p": "Per ciascun obiettivo operativo sono riportati gli indicatori previsti dal Piano, il peso attribuito, il valore atteso e il valore conseguito al 31 dicembre 2024, nonché il grado di raggiungimento calcolato dalla Struttura tecnica di supporto all'Organismo indipendente di valutazione."},
  ],
  "table_header": ["Indicatore", "Formula di calcolo", "Peso", "Target 2024", "Valore al 31/12/2024", "Grado di raggiungimento"],
  "areas": [
   {"code": "1", "title": "Diritto allo studio e servizi agli studenti", "strategic": [
    {"code": "1.1", "title": "Garantire la tempestività e la copertura dei benefici economici", "operational": [
      {"code": "1.1.1", "title": "Erogazione delle borse di studio per l'a.a. 2024/2025",
       "indicators": [
        ind("Percentuale di studenti idonei beneficiari di borsa di studio", "N. beneficiari / N. idonei x 100", "40%", "100%", "100%", "100%"),
        ind("Tempo medio di pagamento della prima rata dalla pubblicazione della graduatoria definitiva", "Media dei giorni intercorrenti tra la data della graduatoria definitiva e la data del mandato di pagamento", "30%", "≤ 30 gg", "24 gg", "100%"),
        ind("Numero di controlli sulle dichiarazioni ISEE e sulle autocertificazioni di merito", "Conteggio dei controlli conclusi con verbale", "30%", "≥ 500", "612", "100%")],
       "status": "OBIETTIVO RAGGIUNTO",
       "comment": "Le borse di studio sono state erogate alla totalità degli studenti idonei (4.318) grazie allo stanziamento integrativo regionale di € 2.100.000,00 disposto con la legge di assestamento."},
      {"code": "1.1.2", "title": "Contributi per la mobilità internazionale",
       "indicators": [
        ind("Tasso di copertura delle domande di contributo per la mobilità internazionale ammissibili", "Domande finanziate / domande ammissibili x 100", "50%", "≥ 90%", "86,4%", "96%"),
        ind("Tempi di liquidazione dei contributi di mobilità", "Giorni medi tra la ricezione dell'attestazione di soggiorno e il pagamento", "50%", "≤ 60 gg", "71 gg", "84,5%")],
       "status": "OBIETTIVO PARZIALMENTE RAGGIUNTO",
       "comment": "Lo scostamento è dovuto al ritardo nella trasmissione delle attestazioni di soggiorno da parte delle università partner e alla sostituzione, nel mese di ottobre, del referente dell'Ufficio mobilità."}]},
    {"code": "1.2", "title": "Potenziare i servizi abitativi e di ristorazione", "operational": [
      {"code": "1.2.1", "title": "Gestione delle residenze universitarie",
       "indicators": [
        ind("Tasso di occupazione dei posti letto disponibili", "Giornate di presenza / giornate disponibili x 100", "40%", "≥ 95%", "97,2%", "100%"),
        ind("Numero di posti letto resi disponibili nella residenza di via Trentino", "Posti letto agibili al 31/12", "30%", "120", "n.d.", None),
        ind("Grado di soddisfazione degli ospiti delle residenze (scala 1-5)", "Media dei punteggi dell'indagine di customer satisfaction", "30%", "≥ 3,5", "3,9", "100%")],
       "status": "OBIETTIVO PARZIALMENTE RAGGIUNTO",
       "comment": "Il valore relativo alla residenza di via Trentino non è disponibile in quanto i lavori di ristrutturazione, finanziati con risorse PNRR (Missione 4, Componente 1, Investimento 1.7), si concluderanno nel primo semestre 2025. Il peso dell'indicatore è stato neutralizzato ai fini del calcolo del grado di raggiungimento."},
      {"code": "1.2.2", "title": "Servizio di ristorazione",
       "indicators": [
        ind("Numero di pasti erogati nelle mense universitarie", "Pasti registrati dal sistema di rilevazione presenze", "50%", "≥ 450.000", "468.215", "100%"),
        ind("Percentuale di pasti con prodotti biologici o a km 0", "Pasti con almeno due portate bio o km 0 / pasti totali x 100", "50%", "≥ 30%", "33%", "100%")],
       "status": "OBIETTIVO RAGGIUNTO", "comment": None}]}]},
   {"code": "2", "title": "Efficienza, trasparenza e prevenzione della corruzione", "strategic": [
    {"code": "2.1", "title": "Semplificare e digitalizzare i processi amministrativi", "operational": [
      {"code": "2.1.1", "title": "Digitalizzazione delle istanze degli studenti",
       "indicators": [
        ind("Percentuale di istanze presentate tramite lo sportello online", "Istanze online / istanze totali x 100", "60%", "≥ 98%", "99,6%", "100%"),
        ind("Indicatore annuale di tempestività dei pagamenti", "Ritardo medio ponderato dei pagamenti ai sensi del DPCM 22/09/2014", "40%", "≤ 0 gg", "-6,2 gg", "100%")],
       "status": "OBIETTIVO RAGGIUNTO", "comment": None},
      {"code": "2.1.2", "title": "Adozione del nuovo sistema di gestione documentale",
       "indicators": [
        ind("Migrazione degli archivi correnti nel nuovo sistema di protocollo informatico", "Data di completamento della migrazione", "100%", "entro il 30/09/2024", "Obiettivo sospeso", None)],
       "status": "OBIETTIVO SOSPESO",
       "comment": "L'attività è stata sospesa in attesa della conclusione della gara regionale per la fornitura del sistema documentale unico degli enti e delle agenzie del sistema Regione."}]},
    {"code": "2.2", "title": "Prevenzione della corruzione e trasparenza", "operational": [
      {"code": "2.2.1", "title": "Attuazione delle misure della sezione Rischi corruttivi e trasparenza del PIAO",
       "indicators": [
        ind("Percentuale di misure di prevenzione attuate nei termini", "Misure attuate nei termini / misure programmate x 100", "50%", "100%", "100%", "100%"),
        ind("Numero di giornate di formazione in materia di anticorruzione ed etica pubblica", "Giornate di formazione erogate al personale", "25%", "≥ 4", "5", "100%"),
        ind("Percentuale di obblighi di pubblicazione assolti in Amministrazione trasparente", "Obblighi assolti / obblighi applicabili x 100 (griglia OIV)", "25%", "≥ 95%", "97%", "100%")],
       "status": "OBIETTIVO RAGGIUNTO",
       "comment": "L'Organismo indipendente di valutazione ha attestato l'assolvimento degli obblighi di pubblicazione con la griglia di rilevazione al 31 maggio 2024."}]}]}],
  "back": [
    {"h": "4. Il processo di misurazione e valutazione"},
    {"p": "Il grado di raggiungimento di ciascun obiettivo operativo è calcolato come media ponderata dei gradi di raggiungimento dei relativi indicatori. Gli obiettivi sospesi per cause non imputabili alla struttura sono esclusi dal calcolo della performance organizzativa dell'Ente, che per l'anno 2024 si attesta al 96,8%."},
    {"table": {"header": ["Esito", "N. obiettivi operativi", "%"],
               "rows": [["Raggiunto", "5", "62,5%"], ["Parzialmente raggiunto", "2", "25,0%"],
                        ["Sospeso", "1", "12,5%"], ["Totale", "8", "100,0%"]]}},
    {"p": "Cagliari, 26 giugno 2025"},
  ],
}

# ---------------------------------------------------------------- B: ASP Golgi-Redaelli (Calc)
def indb(name, peso, target, actual, stato, note=None):
    return {"indicator": name, "weight_printed": peso, "target": target, "actual": actual,
            "status_text": stato, "notes": note}

B = {
  "name": "asp-golgi-redaelli-2025-monitoraggio", "renderer": "calc",
  "document": {"issuer": "Azienda di Servizi alla Persona Golgi-Redaelli",
               "title": "Monitoraggio intermedio degli obiettivi di performance", "year": 2025, "kind": None},
  "cover": ["ASP Golgi-Redaelli", "Azienda di Servizi alla Persona Golgi-Redaelli",
            "MONITORAGGIO INTERMEDIO DEGLI OBIETTIVI DI PERFORMANCE 2025",
            "Situazione al 30/06/2025"],
  "premessa": [
    "Premessa",
    "Il presente documento riporta gli esiti del monitoraggio intermedio degli obiettivi assegnati per l'anno 2025 con la sezione Performance del PIAO 2025-2027, approvato con deliberazione del Consiglio di Indirizzo n. 4 del 30 gennaio 2025.",
    "Per ciascun indicatore è riportato il valore rilevato al 30 giugno 2025 a cura dei Responsabili di Struttura e validato dal Controllo di gestione, con l'indicazione dello stato di avanzamento e delle eventuali criticità. Le proposte di rimodulazione degli obiettivi saranno sottoposte al Nucleo di valutazione entro il 31 luglio 2025.",
  ],
  "legend": "Legenda Stato: R = raggiunto; IC = in corso; NR = non raggiunto; S = sospeso",
  "legend_map": {"R": "achieved", "IC": "partially_achieved", "NR": "not_achieved", "S": "suspended"},
  "header": ["Cod.", "Obiettivo operativo", "Indicatore", "Peso %", "Target 2025", "Valore al 30/06/2025", "Stato", "Note"],
  "areas": [
   {"code": "1", "title": "SERVIZI RESIDENZIALI E SANITARI", "objectives": [
     {"code": "1.1", "title": "Mantenimento dei livelli di saturazione delle RSA", "indicators": [
       indb("Tasso di saturazione dei posti letto RSA accreditati", "40", "≥ 97%", "97,8%", "R"),
       indb("Tempo medio di attesa per l'ingresso in RSA dalla valutazione multidimensionale", "30", "≤ 45 gg", "52 gg", "IC", "Incremento delle domande trasmesse dall'ATS nel primo trimestre"),
       indb("Percentuale di PAI aggiornati nei termini semestrali", "30", "100%", "94%", "IC")]},
     {"code": "1.2", "title": "Prevenzione delle cadute e qualità dell'assistenza", "indicators": [
       indb("Tasso di cadute per 1.000 giornate di degenza", "50", "≤ 1,5 ‰", "1,2 ‰", "R"),
       indb("Percentuale di operatori formati sul protocollo di prevenzione delle cadute", "50", "≥ 80%", "45%", "IC", "Corsi programmati nei mesi di settembre e ottobre")]},
     {"code": "1.3", "title": "Attivazione del Centro Diurno Integrato presso l'Istituto Redaelli", "indicators": [
       indb("Apertura del Centro Diurno Integrato", "100", "entro il 31/10/2025", "Obiettivo sospeso", "S", "In attesa del decreto regionale di accreditamento")]}]},
   {"code": "2", "title": "SERVIZI RIABILITATIVI E AMBULATORIALI", "objectives": [
     {"code": "2.1", "title": "Incremento delle prestazioni ambulatoriali di riabilitazione", "indicators": [
       indb("Numero di prestazioni di riabilitazione ambulatoriale erogate", "60", "≥ 18.000", "9.412", "IC"),
       indb("Tempo medio di attesa per la prima visita fisiatrica", "40", "≤ 30 gg", "27 gg", "R")]},
     {"code": "2.2", "title": "Qualità percepita dagli utenti", "indicators": [
       indb("Grado di soddisfazione degli utenti dei servizi ambulatoriali (scala 1-5)", "100", "≥ 4,2", "n.d.", "IC", "Indagine in corso, esiti attesi a novembre")]}]},
   {"code": "3", "title": "PATRIMONIO E RISORSE", "page_break_before": True, "objectives": [
     {"code": "3.1", "title": "Valorizzazione del patrimonio immobiliare da reddito", "indicators": [
       indb("Canoni di locazione incassati", "50", "≥ € 1.250.000,00", "€ 648.300,00", "IC"),
       indb("Percentuale di morosità sui canoni emessi", "50", "< 5%", "6,3%", "NR", "Avviate 14 procedure di recupero del credito")]},
     {"code": "3.2", "title": "Efficienza dei processi amministrativi", "indicators": [
       indb("Indicatore di tempestività dei pagamenti", "40", "≤ 0 gg", "-3,5 gg", "R"),
       indb("Percentuale di procedure di gara gestite su piattaforma telematica", "30", "100%", "100%", "R"),
       indb("Costi di energia per posto letto", "30", "≤ € 1.900", "€ 1.015", "IC", "Valore riferito al primo semestre")]}]}],
}

# ---------------------------------------------------------------- C: Autorità di bacino Alpi Orientali (reportlab)
def indc(code, name, tipo, fonte, peso, base, t25, t26, t27):
    return {"indicator_code": code, "indicator": name, "type": tipo, "data_source": fonte,
            "weight_printed": peso, "baseline": base, "targets": {"2025": t25, "2026": t26, "2027": t27}}

C = {
  "name": "autorita-bacino-alpi-orientali-2025-piao", "renderer": "report",
  "document": {"issuer": "Autorità di bacino distrettuale delle Alpi Orientali",
               "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
  "cover": ["Autorità di bacino distrettuale delle Alpi Orientali",
            "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", "2025 – 2027",
            "(art. 6 del D.L. 9 giugno 2021, n. 80, convertito dalla L. 6 agosto 2021, n. 113)",
            "Adottato con decreto del Segretario generale n. 12 del 29 gennaio 2025"],
  "running": "Autorità di bacino distrettuale delle Alpi Orientali – PIAO 2025-2027",
  "header": ["Cod.", "Indicatore", "Tipologia", "Fonte", "Peso", "Baseline 2023", "Target 2025", "Target 2026", "Target 2027"],
  "areas": [
   {"code": "A", "title": "Pianificazione di distretto e gestione del rischio idraulico", "strategic": [
    {"code": "A.1", "title": "Attuare il Piano di gestione del rischio di alluvioni 2021-2027", "operational": [
      {"code": "A.1.1", "title": "Revisione delle mappe di pericolosità e di rischio", "indicators": [
        indc("A.1.1.a", "Percentuale di sottobacini con mappe di pericolosità aggiornate", "Efficacia", "Sistema informativo territoriale", "40%", "35%", "≥ 60%", "≥ 80%", "100%"),
        indc("A.1.1.b", "Numero di tavoli tecnici con le Regioni e le Province autonome del distretto", "Output", "Verbali delle riunioni", "30%", "8", "≥ 10", "≥ 10", "≥ 12"),
        indc("A.1.1.c", "Tempo medio di rilascio dei pareri di compatibilità idraulica", "Efficienza", "Protocollo informatico", "30%", "48 gg", "≤ 45 gg", "≤ 40 gg", "≤ 35 gg")]},
      {"code": "A.1.2", "title": "Programmazione degli interventi strutturali di mitigazione", "indicators": [
        indc("A.1.2.a", "Risorse programmate per interventi di mitigazione del rischio idraulico", "Input", "Accordi di programma", "50%", "€ 18,4 mln", "≥ € 20 mln", "≥ € 22 mln", None),
        indc("A.1.2.b", "Percentuale di interventi ReNDiS con istruttoria tecnica completata", "Efficacia", "Piattaforma ReNDiS", "50%", "62%", "≥ 70%", "≥ 75%", "≥ 80%")]}]},
    {"code": "A.2", "title": "Tutelare la risorsa idrica e prevenire le crisi idriche", "operational": [
      {"code": "A.2.1", "title": "Monitoraggio del bilancio idrico e delle severità idriche", "indicators": [
        indc("A.2.1.a", "Numero di riunioni dell'Osservatorio permanente sugli utilizzi idrici", "Output", "Verbali dell'Osservatorio", "50%", "9", "≥ 6", "≥ 6", "≥ 6"),
        indc("A.2.1.b", "Percentuale di corpi idrici superficiali con stato ecologico classificato", "Efficacia", "Piano di gestione delle acque", "50%", "78%", "85%", "90%", "95%")]}]}]},
   {"code": "B", "title": "Funzionamento, digitalizzazione e capitale umano", "strategic": [
    {"code": "B.1", "title": "Semplificare e digitalizzare i procedimenti", "operational": [
      {"code": "B.1.1", "title": "Dematerializzazione dei procedimenti amministrativi", "indicators": [
        indc("B.1.1.a", "Percentuale di procedimenti gestiti interamente in modalità digitale", "Efficienza", "Protocollo informatico", "50%", "72%", "≥ 85%", "≥ 95%", "100%"),
        indc("B.1.1.b", "Indicatore annuale di tempestività dei pagamenti", "Efficienza", "Piattaforma PCC", "50%", "-8,1 gg", "≤ 0 gg", "≤ 0 gg", "≤ 0 gg")]}]},
    {"code": "B.2", "title": "Valorizzare le persone e il benessere organizzativo", "operational": [
      {"code": "B.2.1", "title": "Formazione e sviluppo delle competenze", "indicators": [
        indc("B.2.1.a", "Ore medie di formazione per dipendente", "Output", "Ufficio del personale", "50%", "18 ore", "≥ 24 ore", "≥ 30 ore", "≥ 40 ore"),
        indc("B.2.1.b", "Percentuale di dipendenti che hanno completato almeno un percorso sulle competenze digitali (Syllabus)", "Efficacia", "Piattaforma Syllabus", "50%", "54%", "≥ 75%", "≥ 85%", "100%")]},
      {"code": "B.2.2", "title": "Benessere organizzativo e pari opportunità", "indicators": [
        indc("B.2.2.a", "Tasso di risposta all'indagine sul benessere organizzativo", "Efficacia", "Indagine interna", "100%", "41%", "≥ 50%", "≥ 55%", "≥ 60%")]}]}]}],
}

C["front"] = [
  {"h": "SEZIONE 1 – SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE"},
  {"table": {"header": ["Voce", "Dato"], "rows": [["Denominazione", "Autorità di bacino distrettuale delle Alpi Orientali"], ["Sede legale", "Cannaregio 4314 – 30121 Venezia"], ["Codice fiscale", "94093900272"], ["Vigilanza", "Ministero dell'Ambiente e della Sicurezza Energetica"], ["Territorio del distretto", "Friuli Venezia Giulia, Veneto, Province autonome di Trento e Bolzano"], ["Personale in servizio al 31/12/2024", "74 unità"]]}},
  {"h": "SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE"},
  {"h2": "2.1 Valore pubblico"},
  {"p": "L'Autorità persegue la riduzione delle conseguenze negative delle alluvioni per la salute umana, il territorio, i beni, l'ambiente e le attività economiche, nonché il raggiungimento del buono stato dei corpi idrici del distretto. Il valore pubblico atteso nel triennio 2025-2027 si misura nella maggiore sicurezza idraulica delle comunità e nella disponibilità di una risorsa idrica adeguata agli usi, anche in presenza di eventi siccitosi sempre più frequenti."},
  {"h2": "2.2 Performance"},
  {"p": "Gli obiettivi sono articolati in aree strategiche, obiettivi strategici di durata triennale e obiettivi operativi assegnati ai dirigenti. Per ciascun indicatore sono indicati la tipologia, la fonte del dato, il peso all'interno dell'obiettivo operativo, il valore di partenza (baseline 2023) e i target annuali del triennio."},
]
C["back"] = [
  {"h2": "2.3 Rischi corruttivi e trasparenza"},
  {"p": "La mappatura dei processi, aggiornata nel 2024, ha individuato 41 processi, dei quali 9 a rischio medio o alto. Per questi ultimi sono previste le misure specifiche riportate nella tabella seguente."},
  {"table": {"header": ["Processo", "Evento rischioso", "Livello di rischio", "Misura di prevenzione"], "rows": [["Rilascio dei pareri di compatibilità idraulica", "Disparità di trattamento nei tempi di istruttoria", "Medio", "Istruttoria in ordine cronologico tracciata nel protocollo"], ["Affidamento di servizi di ingegneria", "Frazionamento artificioso dell'appalto", "Alto", "Programmazione biennale e rotazione degli operatori"], ["Concessione di contributi per studi idraulici", "Carenza di controlli sulla rendicontazione", "Medio", "Controllo a campione sul 20% delle rendicontazioni"], ["Gestione delle presenze del personale", "Alterazione delle rilevazioni", "Basso", "Verifiche trimestrali dell'Ufficio del personale"]]}},
  {"h": "SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO"},
  {"p": "La struttura organizzativa si articola nella Segreteria tecnica e in cinque settori dirigenziali. La tabella riporta la consistenza del personale e i fabbisogni previsti nel triennio."},
  {"table": {"header": ["Area", "In servizio al 31/12/2024", "Assunzioni 2025", "Assunzioni 2026", "Assunzioni 2027"], "rows": [["Dirigenti", "6", "1", "0", "0"], ["Funzionari ed elevata qualificazione", "41", "4", "3", "2"], ["Assistenti", "22", "2", "1", "1"], ["Operatori", "5", "0", "0", "0"], ["Totale", "74", "7", "4", "3"]]}},
]

for c in (A, B, C):
    with open(c["name"] + ".content.json", "w") as f:
        json.dump(c, f, ensure_ascii=False, indent=1)
print("ok")
