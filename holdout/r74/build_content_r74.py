"""Writes the three r74 content files (hand-written content, parsed values by a small parser checked by eye)."""
import json, re

def ind(cells, status_line=None, status=None, status_text=None, comment_rows=(), direction=None, code=None, weight=None, achievement=None, status_from_actual=None):
    return {"kind": "ind", "cells": cells, "status_line": status_line, "status": status,
            "status_text": status_text, "comment_rows": list(comment_rows),
            "direction": direction, "status_from_actual": status_from_actual}

def H(level, text, hier=None):
    return {"type": "heading", "level": level, "text": text, "hier": hier}
def P(text, style=None):
    return {"type": "para", "text": text, "style": style}

# ---------------------------------------------------------------- A: Comune di Vercelli
A_HDR = ["Indicatore", "Target 2024", "Valore conseguito al 31/12/2024", "Note"]
A_FIELDS = ["indicator", "target", "actual", "notes"]
RG = ("OBIETTIVO RAGGIUNTO", "achieved")
PR = ("OBIETTIVO PARZIALMENTE RAGGIUNTO", "partially_achieved")
NR = ("OBIETTIVO NON RAGGIUNTO", "not_achieved")
def sA(s, *c): return dict(status_line=s[0], status=s[1], status_text=s[0], comment_rows=c)

def atab(rows):
    return {"type": "indtable", "headers": A_HDR, "fields": A_FIELDS, "year": 2024, "rows": rows}

vercelli = {
  "name": "comune-vercelli-2024-relazione", "layout": "A",
  "document": {"issuer": "Comune di Vercelli", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
  "cover": [["Comune di Vercelli", 20, True, 80], ["Settore Affari Generali – Servizio Controllo di gestione", 11, False, 6],
            ["RELAZIONE SULLA PERFORMANCE", 24, True, 120], ["ANNO 2024", 18, True, 10],
            ["(art. 10, comma 1, lett. b), D.Lgs. 27 ottobre 2009, n. 150)", 10, False, 10],
            ["Approvata con deliberazione della Giunta comunale n. 162 del 19 giugno 2025", 10, False, 200]],
  "running_header": "Comune di Vercelli – Relazione sulla performance 2024",
  "blocks": [
    H(1, "1. Premessa"),
    P("La Relazione sulla performance è il documento con il quale l’Amministrazione illustra ai cittadini e a tutti gli altri portatori di interesse i risultati organizzativi e individuali raggiunti nel corso dell’anno 2024 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione (PIAO) 2024-2026, sezione Valore pubblico, performance e anticorruzione, approvato con deliberazione della Giunta comunale n. 41 del 14 febbraio 2024."),
    P("La Relazione è stata redatta dal Servizio Controllo di gestione sulla base delle schede di rendicontazione trasmesse dai Dirigenti di Settore e dei dati estratti dai sistemi informativi dell’Ente; è validata dal Nucleo di valutazione ai sensi dell’art. 14, comma 4, lett. c), del D.Lgs. 150/2009 ed è pubblicata nella sezione Amministrazione trasparente del sito istituzionale."),
    P("Rispetto al ciclo precedente, il Piano 2024 ha ridotto il numero degli obiettivi operativi concentrandoli sulle priorità di mandato e ha introdotto per ciascun indicatore un valore atteso misurabile, rilevato con cadenza almeno semestrale. Il monitoraggio intermedio al 31 luglio 2024 non ha reso necessaria alcuna rimodulazione degli obiettivi."),
    H(1, "2. Il contesto organizzativo"),
    P("Al 31 dicembre 2024 il personale in servizio a tempo indeterminato ammonta a 318 unità, con una riduzione di 6 unità rispetto all’anno precedente dovuta principalmente a cessazioni per collocamento a riposo non ancora integralmente sostituite. La tabella seguente riporta la distribuzione del personale per area di inquadramento secondo il CCNL Funzioni Locali 2019-2021."),
    {"type": "othertable", "caption": "Tabella 1 – Personale in servizio per area di inquadramento",
     "headers": ["Area di inquadramento", "Al 31/12/2023", "Al 31/12/2024", "Variazione"],
     "rows": [["Dirigenti", "7", "7", "0"], ["Area dei Funzionari e dell’Elevata Qualificazione", "71", "74", "+3"],
              ["Area degli Istruttori", "156", "151", "-5"], ["Area degli Operatori esperti", "72", "70", "-2"],
              ["Area degli Operatori", "18", "16", "-2"], ["Totale", "324", "318", "-6"]]},
    H(1, "3. I risultati degli obiettivi operativi"),
    P("Per ciascun obiettivo operativo sono riportati gli indicatori previsti dal PIAO, il valore atteso per il 2024 e il valore effettivamente conseguito, con l’esito della valutazione espresso dal Nucleo di valutazione. Gli obiettivi sono raggruppati secondo le aree strategiche delle Linee programmatiche di mandato 2024-2029."),
    H(2, "Area strategica 1 – Vercelli sicura, ordinata e vivibile", {"area_code": "1", "area_title": "Vercelli sicura, ordinata e vivibile"}),
    H(3, "Obiettivo operativo 1.1 – Rafforzare il presidio del territorio da parte della Polizia Locale",
      {"objective_level": "operational", "objective_code": "1.1", "objective_title": "Rafforzare il presidio del territorio da parte della Polizia Locale"}),
    atab([
      ind(["Numero di ore di servizio esterno in fascia serale e notturna svolte dagli agenti della Polizia Locale nel corso dell’anno, comprese le attività di controllo coordinate con le altre forze dell’ordine",
           "≥ 3.200 ore", "3.415 ore",
           "Il dato comprende i servizi straordinari finanziati con i proventi delle sanzioni ex art. 208 del Codice della Strada e i servizi resi in occasione delle manifestazioni estive in centro storico e del mercato settimanale di piazza Cavour."],
          direction="higher", **sA(RG)),
      ind(["Tempo medio di rilascio delle autorizzazioni per l’occupazione temporanea di suolo pubblico per cantieri e ponteggi, calcolato dalla data di protocollazione dell’istanza completa",
           "≤ 15 gg", "12 gg", "Procedura interamente gestita tramite lo sportello telematico dal mese di marzo 2024."],
          direction="lower", **sA(RG)),
      ind(["Percentuale di verbali per violazioni al Codice della Strada notificati entro 60 giorni dall’accertamento",
           "≥ 95%", "91,4%",
           "Nel secondo semestre la sostituzione del gestore del servizio di stampa e postalizzazione ha determinato un rallentamento delle notifiche per circa sei settimane; l’arretrato è stato recuperato entro il mese di dicembre senza decadenze."],
          direction="higher", **sA(PR, "Per il 2025 è prevista l’internalizzazione della fase di stampa dei verbali, con l’obiettivo di ridurre i tempi di notifica a 40 giorni.")),
    ]),
    H(3, "Obiettivo operativo 1.2 – Migliorare la cura del verde pubblico e dell’arredo urbano",
      {"objective_level": "operational", "objective_code": "1.2", "objective_title": "Migliorare la cura del verde pubblico e dell’arredo urbano"}),
    atab([
      ind(["Percentuale di segnalazioni dei cittadini relative al verde e all’arredo urbano evase entro 30 giorni dalla ricezione tramite l’applicazione comunale «Vercelli Segnala»",
           "≥ 80%", "84,2%", "Segnalazioni ricevute: 1.126; evase entro 30 giorni: 948."],
          direction="higher", **sA(RG)),
      ind(["Numero di nuovi alberi messi a dimora nei parchi e nei viali cittadini nell’ambito del piano di riforestazione urbana",
           "250", "312",
           "Comprende 60 esemplari donati da imprese del territorio nell’ambito dell’iniziativa «Adotta un albero» e 40 piantumazioni compensative lungo corso Salamano."],
          direction="higher", **sA(RG)),
    ]),
    H(2, "Area strategica 2 – Vercelli solidale e inclusiva", {"area_code": "2", "area_title": "Vercelli solidale e inclusiva"}),
    H(3, "Obiettivo operativo 2.1 – Sostenere le famiglie e le persone in condizione di fragilità",
      {"objective_level": "operational", "objective_code": "2.1", "objective_title": "Sostenere le famiglie e le persone in condizione di fragilità"}),
    atab([
      ind(["Tempo medio di presa in carico delle nuove richieste di assistenza domiciliare da parte del Servizio sociale professionale",
           "≤ 20 gg", "17 gg", None], direction="lower", **sA(RG)),
      ind(["Numero di nuclei familiari beneficiari del contributo straordinario per il pagamento dei canoni di locazione e delle utenze domestiche",
           "≥ 400", "463",
           "Il fondo, pari a € 385.000,00, è stato integrato a settembre con ulteriori € 60.000,00 di risorse regionali; le domande ammesse sono state liquidate entro il 20 dicembre 2024."],
          direction="higher", **sA(RG)),
      ind(["Percentuale di posti occupati negli asili nido comunali rispetto ai posti autorizzati",
           "≥ 90%", "88,6%", "Media annua calcolata sui mesi di apertura del servizio (settembre-luglio)."],
          direction="higher", **sA(PR, "La chiusura temporanea del nido «Il Girasole» per lavori di adeguamento sismico ha ridotto di 18 posti la disponibilità tra settembre e dicembre; le famiglie sono state ricollocate negli altri nidi comunali.")),
    ]),
    H(3, "Obiettivo operativo 2.2 – Promuovere la partecipazione culturale e sportiva",
      {"objective_level": "operational", "objective_code": "2.2", "objective_title": "Promuovere la partecipazione culturale e sportiva"}),
    atab([
      ind(["Numero di presenze complessive alle iniziative culturali organizzate o patrocinate dal Comune (mostre, rassegne, stagione teatrale e musicale, Festival di Poesia Civica)",
           "≥ 45.000", "51.280",
           "Rilevazione effettuata sui titoli di ingresso emessi e, per gli eventi gratuiti, sulle stime fornite dagli organizzatori. Incidono in modo rilevante le mostre allestite all’ARCA e a Palazzo Centoris."],
          direction="higher", **sA(RG)),
      ind(["Realizzazione del nuovo regolamento per la concessione in uso degli impianti sportivi comunali alle associazioni",
           "Approvazione entro il 30/06/2024", "Approvato con D.C.C. n. 38 del 27/05/2024", None],
          direction="higher", **sA(RG)),
    ]),
    H(2, "Area strategica 3 – Una macchina comunale efficiente e trasparente", {"area_code": "3", "area_title": "Una macchina comunale efficiente e trasparente"}),
    H(3, "Obiettivo operativo 3.1 – Digitalizzare i servizi al cittadino",
      {"objective_level": "operational", "objective_code": "3.1", "objective_title": "Digitalizzare i servizi al cittadino"}),
    atab([
      ind(["Percentuale di servizi on line accessibili con SPID e CIE sul totale dei procedimenti a istanza di parte censiti nel catalogo dei procedimenti dell’Ente",
           "≥ 70%", "74%",
           "Nel corso dell’anno sono stati attivati 23 nuovi servizi sulla piattaforma finanziata con le risorse del PNRR, Misura 1.4.1 «Esperienza del cittadino nei servizi pubblici»."],
          direction="higher", **sA(RG)),
      ind(["Tempo medio di pagamento delle fatture commerciali ricevute dal Comune, calcolato dalla data di ricevimento sul Sistema di Interscambio",
           "≤ 30 gg", "26 gg", "Dato rilevato dalla Piattaforma dei crediti commerciali (PCC). L’indicatore annuale di tempestività dei pagamenti, calcolato ai sensi del D.P.C.M. 22 settembre 2014, è pari a -4,3 giorni; lo stock di debito commerciale scaduto al 31/12/2024 ammonta a € 112.540,18, riferito a fatture in contestazione."],
          direction="lower", **sA(RG)),
    ]),
    H(3, "Obiettivo operativo 3.2 – Migliorare la capacità di riscossione delle entrate comunali",
      {"objective_level": "operational", "objective_code": "3.2", "objective_title": "Migliorare la capacità di riscossione delle entrate comunali"}),
    atab([
      ind(["Percentuale di riscossione in conto competenza della TARI rispetto all’accertato",
           "≥ 85%", "86,1%", "Dato di preconsuntivo al 31/12/2024."],
          direction="higher", **sA(RG)),
      ind(["Numero di avvisi di accertamento IMU su aree edificabili emessi a seguito della revisione dei valori venali di riferimento",
           "≥ 600", "Obiettivo sospeso",
           "Attività rinviata al 2025 in attesa dell’aggiornamento della deliberazione di determinazione dei valori delle aree edificabili, il cui iter si è concluso solo nel mese di novembre."],
          direction="higher", status="suspended", status_text="Obiettivo sospeso", status_from_actual=True),
    ]),
    H(1, "4. Conclusioni"),
    P("Dei 14 indicatori monitorati, 11 risultano pienamente raggiunti, 2 parzialmente raggiunti e 1 sospeso. Il grado medio di raggiungimento degli obiettivi operativi, calcolato secondo il Sistema di misurazione e valutazione della performance, è pari al 94,8%."),
  ]}

# ---------------------------------------------------------------- B: ASST Valle Olona
B_HDR = ["Cod.", "Indicatore", "Peso", "Target 2023", "Risultato 2023", "Grado di raggiungimento"]
B_FIELDS = ["indicator_code", "indicator", "weight", "target", "actual", "achievement"]
def sB(phrase, status, comment=None):
    line = phrase if comment is None else phrase + " – " + comment
    return dict(status_line=line, status_bold=phrase, status=status, status_text=phrase, comment_rows=[] , comment_inline=comment)
def bind(cells, direction, **kw):
    d = ind(cells, direction=direction)
    d.update(kw); return d
def obj(code, title):
    return {"kind": "objective", "text": f"Obiettivo {code} – {title}",
            "hier": {"objective_level": "strategic", "objective_code": code, "objective_title": title}}

valleolona = {
  "name": "asst-valle-olona-2023-relazione", "layout": "B",
  "document": {"issuer": "Azienda Socio Sanitaria Territoriale Valle Olona", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
  "cover": [["Sistema Socio Sanitario – Regione Lombardia", 11, False, 40], ["ASST Valle Olona", 22, True, 30],
            ["Azienda Socio Sanitaria Territoriale Valle Olona", 14, False, 4],
            ["RELAZIONE SULLA PERFORMANCE", 24, True, 130], ["ANNO 2023", 18, True, 10],
            ["Adottata con deliberazione del Direttore Generale n. 512 del 27 giugno 2024", 10, False, 220]],
  "running_header": "ASST Valle Olona – Relazione sulla performance 2023",
  "blocks": [
    H(1, "1. Presentazione"),
    P("L’Azienda Socio Sanitaria Territoriale Valle Olona, istituita con la L.R. 23/2015, opera nei distretti di Busto Arsizio, Gallarate, Saronno e Somma Lombardo attraverso quattro presidi ospedalieri e la rete dei servizi territoriali. La presente Relazione rendiconta i risultati conseguiti nel 2023 rispetto agli obiettivi definiti nel Piano integrato di attività e organizzazione 2023-2025 e negli obiettivi assegnati dalla Regione alla Direzione strategica."),
    P("Gli obiettivi aziendali sono stati declinati nelle schede di budget delle strutture; il grado di raggiungimento è stato verificato dal Controllo di gestione e sottoposto all’Organismo indipendente di valutazione, che ne ha attestato la coerenza con le fonti informative regionali (flussi SDO, 28/SAN, CUP e rilevazioni di Pronto Soccorso)."),
    P("Il 2023 è stato il primo anno di piena applicazione della riforma sociosanitaria introdotta dalla L.R. 22/2021, con l’attivazione delle Case e degli Ospedali di Comunità finanziati dal PNRR e il trasferimento all’Azienda di nuove funzioni territoriali."),
    H(1, "2. L’Azienda in cifre"),
    P("La tabella seguente riassume i principali volumi di attività del 2023 a confronto con l’anno precedente."),
    {"type": "othertable", "caption": "Tabella 1 – Principali dati di attività",
     "headers": ["Attività", "2022", "2023", "Var. %"],
     "rows": [["Ricoveri ordinari", "28.914", "29.736", "+2,8%"], ["Ricoveri in day hospital / day surgery", "7.402", "7.988", "+7,9%"],
              ["Accessi in Pronto Soccorso", "148.215", "156.430", "+5,5%"], ["Prestazioni ambulatoriali per esterni", "3.412.870", "3.598.114", "+5,4%"],
              ["Parti", "2.106", "2.041", "-3,1%"], ["Personale dipendente al 31/12", "4.318", "4.402", "+1,9%"]]},
    H(1, "3. Risultati degli obiettivi aziendali 2023"),
    P("Per ogni area strategica sono riportati gli obiettivi, gli indicatori con il relativo peso, il target atteso e il risultato conseguito. Sotto ciascun indicatore è indicato l’esito, con una breve motivazione nei casi di scostamento dal target."),
    H(2, "Area strategica 1 – Accessibilità e tempi di attesa", {"area_code": "1", "area_title": "Accessibilità e tempi di attesa"}),
    {"type": "indtable", "headers": B_HDR, "fields": B_FIELDS, "year": 2023, "rows": [
      obj("1.1", "Garantire il rispetto dei tempi massimi di attesa per le prestazioni ambulatoriali di primo accesso"),
      bind(["1.1.1", "Percentuale di prime visite specialistiche in classe di priorità B (10 giorni) erogate entro i tempi massimi previsti dal Piano regionale di governo delle liste d’attesa", "15%", "≥ 90%", "92,4%", "100%"], "higher", **sB("RAGGIUNTO", "achieved")),
      bind(["1.1.2", "Percentuale di prestazioni di diagnostica per immagini (TC, RM, ecografie) in classe di priorità D erogate entro 60 giorni dalla prenotazione", "10%", "≥ 90%", "84,7%", "94,1%"], "higher",
           **sB("PARZIALMENTE RAGGIUNTO", "partially_achieved", "Lo scostamento è riconducibile alla carenza di tecnici sanitari di radiologia medica nel primo semestre e al fermo della RM del Presidio di Saronno per la sostituzione del magnete (marzo-maggio 2023); dal mese di giugno sono state attivate sedute aggiuntive serali e nel fine settimana.")),
      bind(["1.1.3", "Percentuale di agende di prenotazione delle prestazioni ambulatoriali rese visibili e prenotabili sul Centro Unico di Prenotazione regionale", "5%", "100%", "100%", "100%"], "higher", **sB("RAGGIUNTO", "achieved")),
      obj("1.2", "Ridurre i tempi di permanenza in Pronto Soccorso"),
      bind(["1.2.1", "Percentuale di pazienti con codice di priorità 4 e 5 dimessi o ricoverati entro 8 ore dall’accesso in Pronto Soccorso", "10%", "≥ 85%", "81,2%", "95,5%"], "higher",
           **sB("PARZIALMENTE RAGGIUNTO", "partially_achieved", "Il risultato risente del picco di accessi del periodo gennaio-febbraio legato all’epidemia influenzale; nel secondo semestre il valore si è attestato all’86,3%.")),
      bind(["1.2.2", "Tempo medio di attesa tra la decisione di ricovero e l’effettivo trasferimento in reparto (boarding) dei pazienti provenienti dal Pronto Soccorso", "5%", "≤ 6 ore", "5,4 ore", "100%"], "lower", **sB("RAGGIUNTO", "achieved")),
    ]},
    H(2, "Area strategica 2 – Appropriatezza, qualità e sicurezza delle cure", {"area_code": "2", "area_title": "Appropriatezza, qualità e sicurezza delle cure"}),
    {"type": "indtable", "headers": B_HDR, "fields": B_FIELDS, "year": 2023, "rows": [
      obj("2.1", "Migliorare l’appropriatezza clinica e organizzativa dei ricoveri"),
      bind(["2.1.1", "Percentuale di interventi per frattura del collo del femore in pazienti di età pari o superiore a 65 anni eseguiti entro 48 ore dal ricovero", "10%", "≥ 70%", "76,3%", "100%"], "higher", **sB("RAGGIUNTO", "achieved")),
      bind(["2.1.2", "Percentuale di parti cesarei primari sul totale dei parti di donne senza pregresso taglio cesareo", "5%", "≤ 20%", "18,9%", "100%"], "higher", **sB("RAGGIUNTO", "achieved")),
      bind(["2.1.3", "Degenza media pre-operatoria per gli interventi chirurgici programmati in regime di ricovero ordinario", "5%", "≤ 1,2 gg", "1,4 gg", "85,7%"], None,
           **sB("NON RAGGIUNTO", "not_achieved", "Il valore è influenzato dalla quota di pazienti ricoverati il giorno precedente l’intervento per l’esecuzione degli esami pre-operatori; nel 2024 il percorso di pre-ospedalizzazione sarà centralizzato presso il Presidio di Busto Arsizio.")),
      obj("2.2", "Prevenire le infezioni correlate all’assistenza"),
      bind(["2.2.1", "Consumo di soluzione idroalcolica per l’igiene delle mani nei reparti di degenza ordinaria (litri per 1.000 giornate di degenza)", "5%", "≥ 20", "23,6", "100%"], None, **sB("RAGGIUNTO", "achieved")),
      bind(["2.2.2", "Percentuale di operatori sanitari che hanno completato il corso aziendale di formazione sulla prevenzione delle infezioni correlate all’assistenza", "5%", "≥ 80%", "n.d.", "n.d."], "higher",
           **sB("OBIETTIVO SOSPESO", "suspended", "Il corso, previsto in modalità FAD sulla piattaforma regionale, è stato rinviato al 2024 a causa della migrazione della piattaforma di formazione a distanza.")),
    ]},
    H(2, "Area strategica 3 – Sostenibilità economica e sviluppo organizzativo", {"area_code": "3", "area_title": "Sostenibilità economica e sviluppo organizzativo"}),
    {"type": "indtable", "headers": B_HDR, "fields": B_FIELDS, "year": 2023, "rows": [
      obj("3.1", "Garantire l’equilibrio economico-finanziario della gestione"),
      bind(["3.1.1", "Tempo medio di pagamento dei fornitori di beni e servizi, calcolato secondo le modalità del D.P.C.M. 22 settembre 2014", "5%", "≤ 60 gg", "48 gg", "100%"], "lower", **sB("RAGGIUNTO", "achieved")),
      bind(["3.1.2", "Rispetto del tetto di spesa per l’acquisto di dispositivi medici assegnato da Regione Lombardia con le Regole di sistema 2023", "5%", "≤ € 38.500.000,00", "€ 39.120.450,00", "98,4%"], None,
           **sB("PARZIALMENTE RAGGIUNTO", "partially_achieved", "Il superamento del tetto, pari all’1,6%, è dovuto all’incremento dell’attività di elettrofisiologia ed emodinamica finanziata con risorse regionali aggiuntive per il recupero delle liste d’attesa.")),
      obj("3.2", "Attuare gli interventi del PNRR – Missione 6 Salute"),
      bind(["3.2.1", "Numero di Case di Comunità attivate sul territorio aziendale (Busto Arsizio, Gallarate, Saronno, Somma Lombardo)", "5%", "4", "4", "100%"], "higher", **sB("RAGGIUNTO", "achieved")),
      bind(["3.2.2", "Percentuale di avanzamento dei lavori dell’Ospedale di Comunità di Somma Lombardo rispetto al cronoprogramma approvato", "10%", "100%", "65%", "65%"], "higher",
           **sB("NON RAGGIUNTO", "not_achieved", "L’avanzamento è stato rallentato dalla variante in corso d’opera resasi necessaria per l’adeguamento impiantistico dell’edificio esistente; il nuovo cronoprogramma prevede la conclusione dei lavori entro il 30 giugno 2025.")),
    ]},
    H(1, "4. Sintesi dei risultati"),
    P("Dei 14 indicatori oggetto di valutazione, 8 sono stati raggiunti, 3 parzialmente raggiunti, 2 non raggiunti e 1 è stato sospeso. Il grado di raggiungimento complessivo ponderato degli obiettivi aziendali è pari al 91,2%."),
  ]}

# ---------------------------------------------------------------- C: CCIAA Trento
C_HDR = ["Indicatore", "Algoritmo di calcolo", "Peso", "Target 2024", "Consuntivo 2024"]
C_FIELDS = ["indicator", "formula", "weight", "target", "actual"]
def sC(ps, *comments):
    phrase, status = ps
    return dict(status_line=phrase, status=status, status_text=phrase, comment_rows=list(comments))
def ctab(rows):
    return {"type": "indtable", "headers": C_HDR, "fields": C_FIELDS, "year": 2024, "rows": rows}
CR, CP, CN = ("Raggiunto", "achieved"), ("Parzialmente raggiunto", "partially_achieved"), ("Non raggiunto", "not_achieved")

trento = {
  "name": "cciaa-trento-2024-relazione", "layout": "C",
  "document": {"issuer": "Camera di Commercio Industria Artigianato e Agricoltura di Trento", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
  "cover": [["Camera di Commercio Industria Artigianato e Agricoltura di Trento", 16, True, 80],
            ["RELAZIONE SULLA PERFORMANCE 2024", 24, True, 150],
            ["Approvata dalla Giunta camerale con deliberazione n. 58 del 20 giugno 2025", 10, False, 220],
            ["Validata dall’Organismo indipendente di valutazione in data 27 giugno 2025", 10, False, 4]],
  "running_header": "CCIAA di Trento – Relazione sulla performance 2024",
  "blocks": [
    H(1, "Presentazione"),
    P("La Relazione sulla performance 2024 conclude il ciclo di gestione della performance avviato con l’adozione del Piano integrato di attività e organizzazione 2024-2026. Il documento evidenzia, a consuntivo, i risultati organizzativi raggiunti rispetto ai singoli obiettivi programmati e alle risorse impiegate, con la rilevazione degli eventuali scostamenti."),
    P("L’esercizio 2024 è stato caratterizzato dalla piena operatività del Punto Impresa Digitale, dal rafforzamento delle iniziative a supporto dell’internazionalizzazione delle imprese trentine e dall’avvio del nuovo sistema di gestione documentale, che ha interessato tutti gli uffici camerali."),
    H(1, "Le risorse economiche"),
    P("Il conto economico dell’esercizio 2024 chiude con un avanzo di € 412.380,00. Nella tabella sono riepilogati i principali aggregati a confronto con il preventivo aggiornato."),
    {"type": "othertable", "caption": "Tabella 1 – Sintesi del conto economico 2024",
     "headers": ["Voce", "Preventivo aggiornato 2024", "Consuntivo 2024"],
     "rows": [["Diritto annuale", "€ 6.950.000,00", "€ 7.012.640,00"], ["Diritti di segreteria", "€ 2.480.000,00", "€ 2.536.210,00"],
              ["Contributi, trasferimenti e altre entrate", "€ 1.120.000,00", "€ 1.204.870,00"], ["Oneri per il personale", "€ 4.310.000,00", "€ 4.188.450,00"],
              ["Oneri di funzionamento", "€ 2.650.000,00", "€ 2.541.300,00"], ["Interventi economici", "€ 2.900.000,00", "€ 2.846.590,00"],
              ["Risultato della gestione corrente", "€ 690.000,00", "€ 1.177.380,00"]]},
    H(1, "I risultati della performance organizzativa"),
    P("Per ciascun ambito strategico sono riportati gli obiettivi strategici con i relativi indicatori, l’algoritmo di calcolo, il peso attribuito, il target 2024 e il valore a consuntivo. L’esito è indicato in calce a ciascun indicatore."),
    H(2, "Ambito strategico A – Competitività e sviluppo delle imprese", {"area_code": "A", "area_title": "Competitività e sviluppo delle imprese"}),
    H(3, "Obiettivo strategico A.1 – Accompagnare le imprese nella transizione digitale ed ecologica",
      {"objective_level": "strategic", "objective_code": "A.1", "objective_title": "Accompagnare le imprese nella transizione digitale ed ecologica"}),
    ctab([
      ind(["Numero di imprese assistite dal Punto Impresa Digitale (PID) con assessment della maturità digitale (SELFI4.0 e ZOOM4.0)",
           "Conteggio delle imprese che hanno completato almeno un assessment nell’anno, al netto dei duplicati", "10%", "≥ 180", "214"], direction="higher", **sC(CR)),
      ind(["Ammontare dei contributi concessi alle micro, piccole e medie imprese con il bando voucher digitali e sostenibilità 2024",
           "Somma dei contributi concessi con determinazione del Segretario generale entro il 31/12/2024", "10%", "≥ € 600.000,00", "€ 642.300,00"], direction=None, **sC(CR)),
      ind(["Grado di utilizzo delle risorse stanziate per il bando di sostegno alla partecipazione delle imprese a fiere internazionali in Italia e all’estero",
           "Risorse liquidate entro il 31/12 / risorse stanziate a bilancio × 100", "5%", "≥ 75%", "68,4%"], direction="higher",
          **sC(CP, "Diverse imprese beneficiarie hanno presentato la rendicontazione delle spese nell’ultima settimana utile; la liquidazione dei relativi contributi, per complessivi € 41.200,00, è avvenuta nel mese di gennaio 2025.")),
    ]),
    H(3, "Obiettivo strategico A.2 – Sostenere l’orientamento al lavoro e alle professioni",
      {"objective_level": "strategic", "objective_code": "A.2", "objective_title": "Sostenere l’orientamento al lavoro e alle professioni"}),
    ctab([
      ind(["Numero di studenti coinvolti nei percorsi per le competenze trasversali e l’orientamento (PCTO) e nelle iniziative di orientamento promosse dalla Camera",
           "Somma dei partecipanti registrati alle iniziative (percorsi, laboratori, Job Day)", "5%", "≥ 1.500", "1.732"], direction="higher", **sC(CR)),
      ind(["Numero di imprese della provincia iscritte al Registro nazionale per l’alternanza scuola-lavoro",
           "Imprese attive iscritte al Registro al 31/12", "5%", "≥ 900", "874"], direction="higher",
          **sC(CP, "Nel 2024 il Registro è stato oggetto di una revisione straordinaria che ha comportato la cancellazione delle iscrizioni non confermate; le nuove iscrizioni sono state 118.")),
    ]),
    H(2, "Ambito strategico B – Semplificazione e trasparenza del mercato", {"area_code": "B", "area_title": "Semplificazione e trasparenza del mercato"}),
    H(3, "Obiettivo strategico B.1 – Migliorare la tempestività e la qualità del Registro delle imprese",
      {"objective_level": "strategic", "objective_code": "B.1", "objective_title": "Migliorare la tempestività e la qualità del Registro delle imprese"}),
    ctab([
      ind(["Tempo medio di lavorazione delle pratiche telematiche del Registro delle imprese, al netto dei periodi di sospensione per richiesta di regolarizzazione",
           "Somma dei giorni lavorativi intercorsi tra protocollazione ed evasione / numero delle pratiche evase nell’anno", "15%", "≤ 4 gg", "3,2 gg"], direction="lower", **sC(CR)),
      ind(["Percentuale di pratiche del Registro delle imprese evase entro 5 giorni lavorativi dal ricevimento",
           "Pratiche evase entro 5 giorni / pratiche evase totali × 100", "10%", "≥ 90%", "93,6%"], direction="higher", **sC(CR)),
      ind(["Numero di procedimenti di cancellazione d’ufficio di imprese non più operative avviati ai sensi del D.P.R. 247/2004 e dell’art. 40 del D.L. 76/2020",
           "Conteggio dei procedimenti avviati con provvedimento del Conservatore", "5%", "≥ 350", "Obiettivo sospeso"], direction="higher",
          status="suspended", status_text="Obiettivo sospeso", status_from_actual=True, status_line=None,
          comment_rows=["L’attività è stata sospesa in attesa delle nuove indicazioni operative del Ministero delle Imprese e del Made in Italy sulle cancellazioni d’ufficio delle società di capitali; le risorse dell’ufficio sono state destinate all’avvio del Registro dei titolari effettivi."]),
    ]),
    H(3, "Obiettivo strategico B.2 – Tutelare la fede pubblica e la legalità del mercato",
      {"objective_level": "strategic", "objective_code": "B.2", "objective_title": "Tutelare la fede pubblica e la legalità del mercato"}),
    ctab([
      ind(["Numero di verifiche metrologiche su strumenti di misura effettuate presso distributori di carburante ed esercizi commerciali",
           "Conteggio delle verifiche ispettive registrate in Eureka", "5%", "≥ 250", "281"], direction="higher", **sC(CR)),
      ind(["Tempo medio di conclusione delle procedure di mediazione civile e commerciale gestite dall’Organismo di mediazione camerale",
           "Somma dei giorni dal deposito della domanda alla chiusura del verbale / numero delle procedure concluse", "5%", "≤ 90 gg", "97 gg"], direction="lower",
          **sC(CN, "L’entrata in vigore della riforma Cartabia ha reso obbligatoria la partecipazione personale delle parti al primo incontro, con un aumento dei rinvii richiesti dagli avvocati; il 62% delle procedure si è comunque concluso entro 90 giorni.")),
    ]),
    H(2, "Ambito strategico C – Efficienza e sostenibilità dell’Ente", {"area_code": "C", "area_title": "Efficienza e sostenibilità dell’Ente"}),
    H(3, "Obiettivo strategico C.1 – Garantire la solidità economica e l’efficienza della gestione",
      {"objective_level": "strategic", "objective_code": "C.1", "objective_title": "Garantire la solidità economica e l’efficienza della gestione"}),
    ctab([
      ind(["Tempo medio di pagamento delle fatture passive", "Indicatore di tempestività dei pagamenti calcolato ai sensi del D.P.C.M. 22/09/2014 + 30 giorni", "10%", "≤ 30 gg", "18 gg"], direction="lower", **sC(CR)),
      ind(["Percentuale di riscossione spontanea del diritto annuale 2024 entro la scadenza di pagamento",
           "Importo riscosso entro la scadenza / importo dovuto dalle imprese attive × 100", "10%", "≥ 72%", "73,1%"], direction="higher", **sC(CR)),
      ind(["Realizzazione dell’indagine di customer satisfaction sui servizi camerali e pubblicazione dei risultati sul sito istituzionale",
           "Data di pubblicazione del report di indagine", "5%", "Entro il 30/11/2024", "Pubblicata il 22/11/2024"], direction="higher", **sC(CR)),
    ]),
    H(1, "Considerazioni conclusive"),
    P("Il grado di raggiungimento complessivo della performance organizzativa dell’Ente, calcolato come media ponderata dei risultati degli indicatori, è pari al 92,7%. Dei 13 indicatori, 9 sono stati pienamente raggiunti, 2 parzialmente raggiunti, 1 non raggiunto e 1 sospeso."),
  ]}

for doc in (vercelli, valleolona, trento):
    json.dump(doc, open(f"/work/blind/r74/{doc['name']}.content.json", "w"), ensure_ascii=False, indent=1)
    print(doc["name"])
