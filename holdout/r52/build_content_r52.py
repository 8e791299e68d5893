"""Writes the three r52 content files (invented, realistic content). Hand-written status/comment
fields sit on each indicator row ("truth" key); parsed values come from the parser in make_r52.py
and were checked by eye (printed by `make_r52.py --values`)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def H(level, text, hier=None):
    b = {"t": "h", "level": level, "text": text}
    if hier: b["hier"] = dict(zip(("level", "code", "title"), hier))
    return b
def P(text): return {"t": "p", "text": text}

# ---------------------------------------------------------------- 1: Comune di Chieri, relazione 2023
C1_COLS = [{"label": "Cod.", "field": "indicator_code", "w": 1.3},
           {"label": "Indicatore", "field": "indicator", "w": 6.2},
           {"label": "Target 2023", "field": "target", "year": 2023, "w": 2.2},
           {"label": "Valore raggiunto 2023", "field": "actual", "w": 2.3},
           {"label": "Grado di raggiung.", "field": "achievement", "w": 2.0},
           {"label": "Esito", "field": "status", "w": 2.4}]
ST = {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved", "Non raggiunto": "not_achieved", "Sospeso": "suspended"}
def r1(code, ind, t, a, g, e):
    return {"cells": [code, ind, t, a, g, e], "truth": {"status": ST[e], "status_text": e, "comment": None}}
c1 = {
 "name": "comune-chieri-2023-relazione", "font": "Liberation Serif", "dpi": 300, "scan": "clean", "keep_tables": False,
 "document": {"issuer": "Comune di Chieri", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": [["Comune di Chieri", 24, True], ["Città Metropolitana di Torino", 13, False],
           ["RELAZIONE SULLA PERFORMANCE", 22, True], ["Anno 2023", 16, True],
           ["(art. 10, comma 1, lett. b, D.Lgs. 27 ottobre 2009, n. 150)", 11, False],
           ["Approvata con deliberazione della Giunta Comunale n. 112 del 25/06/2024", 11, False]],
 "footer": "Comune di Chieri – Relazione sulla performance 2023",
 "columns": C1_COLS,
 "blocks": [
  H(1, "1. Premessa"),
  P("La Relazione sulla performance costituisce lo strumento mediante il quale l'Amministrazione illustra ai cittadini e a tutti gli altri portatori di interesse i risultati organizzativi e individuali raggiunti nell'anno 2023 rispetto agli obiettivi programmati nel Piano Integrato di Attività e Organizzazione 2023-2025, approvato con deliberazione della Giunta Comunale n. 41 del 09/03/2023."),
  P("La Relazione è stata validata dal Nucleo di Valutazione nella seduta del 18 giugno 2024. I valori riportati sono desunti dai sistemi gestionali dell'Ente e dalle schede di rendicontazione compilate dai Dirigenti di Settore."),
  H(1, "2. Le risorse finanziarie"),
  P("La tabella seguente riporta, per le principali missioni di bilancio, gli stanziamenti definitivi e gli impegni di spesa corrente dell'esercizio 2023."),
  {"t": "table", "caption": "Tabella 1 – Spesa corrente per missione (esercizio 2023)",
   "header": ["Missione", "Stanziamento definitivo", "Impegnato", "% impegnato"],
   "widths": [7.4, 3.4, 3.4, 2.2],
   "rows": [["01 – Servizi istituzionali, generali e di gestione", "€ 8.412.300,00", "€ 7.986.115,42", "94,9%"],
            ["04 – Istruzione e diritto allo studio", "€ 3.105.800,00", "€ 2.977.460,18", "95,9%"],
            ["09 – Sviluppo sostenibile e tutela del territorio", "€ 6.250.000,00", "€ 6.118.902,75", "97,9%"],
            ["10 – Trasporti e diritto alla mobilità", "€ 1.742.500,00", "€ 1.601.330,60", "91,9%"],
            ["12 – Diritti sociali, politiche sociali e famiglia", "€ 4.380.200,00", "€ 4.165.871,09", "95,1%"],
            ["Totale", "€ 23.890.800,00", "€ 22.849.680,04", "95,6%"]]},
  H(1, "3. I risultati degli obiettivi"),
  P("Per ciascun obiettivo operativo sono riportati gli indicatori, il target atteso, il valore raggiunto al 31/12/2023, il grado di raggiungimento e l'esito."),
  H(2, "Area strategica 1 – Chieri città sostenibile", ("area", "1", "Chieri città sostenibile")),
  H(3, "Obiettivo strategico 1.1 – Ambiente e territorio", ("strategic", "1.1", "Ambiente e territorio")),
  H(4, "Obiettivo operativo 1.1.1 – Incrementare la raccolta differenziata", ("operational", "1.1.1", "Incrementare la raccolta differenziata")),
  {"t": "itable", "rows": [
     r1("I.01", "Percentuale di raccolta differenziata sul totale dei rifiuti urbani", "≥ 72%", "74,3%", "100%", "Raggiunto"),
     r1("I.02", "Numero di controlli sui conferimenti irregolari", "≥ 120", "134", "100%", "Raggiunto")]},
  H(4, "Obiettivo operativo 1.1.2 – Cura del verde pubblico", ("operational", "1.1.2", "Cura del verde pubblico")),
  {"t": "itable", "rows": [
     r1("I.03", "Tempo medio di intervento sulle segnalazioni relative al verde", "≤ 10 gg", "12 gg", "80%", "Parzialmente raggiunto"),
     r1("I.04", "Realizzazione del piano annuale delle potature", "100%", "100%", "100%", "Raggiunto")]},
  H(3, "Obiettivo strategico 1.2 – Mobilità sicura", ("strategic", "1.2", "Mobilità sicura")),
  H(4, "Obiettivo operativo 1.2.1 – Sicurezza stradale", ("operational", "1.2.1", "Sicurezza stradale")),
  {"t": "itable", "rows": [
     r1("I.05", "Numero di controlli della velocità con strumenti elettronici", "≥ 200", "186", "93%", "Parzialmente raggiunto"),
     r1("I.06", "Km di segnaletica orizzontale rifatta", "25", "25,4", "100%", "Raggiunto")]},
  H(2, "Area strategica 2 – Chieri città dei servizi", ("area", "2", "Chieri città dei servizi")),
  H(3, "Obiettivo strategico 2.1 – Amministrazione digitale e tempestiva", ("strategic", "2.1", "Amministrazione digitale e tempestiva")),
  H(4, "Obiettivo operativo 2.1.1 – Digitalizzazione dei servizi demografici", ("operational", "2.1.1", "Digitalizzazione dei servizi demografici")),
  {"t": "itable", "rows": [
     r1("I.07", "Percentuale di certificati anagrafici rilasciati online", "≥ 60%", "68,2%", "100%", "Raggiunto"),
     r1("I.08", "Tempi di rilascio della carta d'identità elettronica", "entro 20 gg", "27 gg", "70%", "Non raggiunto"),
     r1("I.09", "Numero di servizi attivati sulla piattaforma PagoPA", "≥ 15", "n.d.", "n.d.", "Sospeso")]},
  H(4, "Obiettivo operativo 2.1.2 – Tempestività dei pagamenti", ("operational", "2.1.2", "Tempestività dei pagamenti")),
  {"t": "itable", "rows": [
     r1("I.10", "Indicatore annuale di tempestività dei pagamenti", "≤ 0 gg", "-3,5 gg", "100%", "Raggiunto"),
     r1("I.11", "Percentuale di fatture pagate entro 30 giorni", "≥ 90%", "93,7%", "100%", "Raggiunto")]},
  H(3, "Obiettivo strategico 2.2 – Scuola e famiglie", ("strategic", "2.2", "Scuola e famiglie")),
  H(4, "Obiettivo operativo 2.2.1 – Servizi educativi per la prima infanzia", ("operational", "2.2.1", "Servizi educativi per la prima infanzia")),
  {"t": "itable", "rows": [
     r1("I.12", "Numero di posti disponibili negli asili nido comunali", "96", "96", "100%", "Raggiunto"),
     r1("I.13", "Grado di soddisfazione delle famiglie (scala 1-5)", "≥ 4", "4,3", "100%", "Raggiunto"),
     r1("I.14", "Tempo medio di evasione delle domande di contributo", "≤ 30 gg", "24 gg", "100%", "Raggiunto")]},
  H(1, "4. Conclusioni"),
  P("Dei 14 indicatori monitorati, 10 risultano raggiunti, 2 parzialmente raggiunti e 1 non raggiunto; l'indicatore relativo ai servizi PagoPA è stato sospeso a seguito del passaggio alla nuova piattaforma regionale, avvenuto nel mese di ottobre 2023."),
  {"t": "sign", "place": "Chieri, 25 giugno 2024", "role": "Il Segretario Generale", "name": "Dott.ssa Paola Ferrero", "stamp": ["COMUNE DI CHIERI", "SEGRETERIA GENERALE"]},
 ]}

# ---------------------------------------------------------------- 2: CCIAA Frosinone-Latina, relazione 2024
C2_COLS = [{"label": "Cod.", "field": "indicator_code", "w": 1.4},
           {"label": "Indicatore", "field": "indicator", "w": 7.6},
           {"label": "Peso", "field": "weight", "w": 1.4},
           {"label": "Target 2024", "field": "target", "year": 2024, "w": 2.8},
           {"label": "Consuntivo 2024", "field": "actual", "w": 3.0}]
def r2(code, ind, peso, t, a, status_row=None, st=None, stt=None, comment=None):
    r = {"cells": [code, ind, peso, t, a], "truth": {"status": st, "status_text": stt, "comment": comment}}
    if status_row: r["status_row"] = status_row
    return r
RAG, PAR, NON = "OBIETTIVO RAGGIUNTO", "OBIETTIVO PARZIALMENTE RAGGIUNTO", "OBIETTIVO NON RAGGIUNTO"
def sr(phrase, st, text=None):
    return dict(status_row=phrase + (" – " + text if text else ""), st=st, stt=phrase, comment=text)
c2 = {
 "name": "camera-commercio-frosinone-latina-2024-relazione", "font": "Liberation Sans", "dpi": 200, "scan": "skew",
 "document": {"issuer": "Camera di Commercio Frosinone Latina", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": [["Camera di Commercio Frosinone Latina", 22, True], ["Industria Artigianato Agricoltura", 12, False],
           ["RELAZIONE SULLA PERFORMANCE 2024", 20, True],
           ["Approvata dalla Giunta camerale con deliberazione n. 58 del 24 giugno 2025", 11, False],
           ["Validata dall'Organismo Indipendente di Valutazione il 27 giugno 2025", 11, False]],
 "footer": "CCIAA Frosinone Latina – Relazione sulla performance 2024",
 "columns": C2_COLS,
 "blocks": [
  H(1, "1. Presentazione"),
  P("La presente Relazione chiude il ciclo di gestione della performance 2024 della Camera di Commercio Frosinone Latina, dando conto dei risultati conseguiti rispetto agli obiettivi strategici definiti nel Piano Integrato di Attività e Organizzazione 2024-2026. Per ogni indicatore si riportano il peso, il target e il valore consuntivo; la riga che segue ciascun indicatore ne riporta l'esito e, ove necessario, una breve motivazione."),
  H(1, "2. L'organizzazione"),
  P("Al 31 dicembre 2024 il personale in servizio presso le due sedi camerali è di 71 unità, come riportato nella tabella seguente."),
  {"t": "table", "caption": "Tabella 1 – Personale in servizio al 31/12/2024",
   "header": ["Area di inquadramento", "Sede di Frosinone", "Sede di Latina", "Totale"],
   "widths": [6.8, 3.2, 3.2, 2.8],
   "rows": [["Dirigenti", "1", "2", "3"], ["Area dei Funzionari ed E.Q.", "12", "15", "27"],
            ["Area degli Istruttori", "17", "19", "36"], ["Area degli Operatori esperti", "2", "3", "5"],
            ["Totale", "32", "39", "71"]]},
  H(1, "3. I risultati conseguiti"),
  H(2, "AREA STRATEGICA 1 – COMPETITIVITÀ DELLE IMPRESE E DEL TERRITORIO", ("area", "1", "COMPETITIVITÀ DELLE IMPRESE E DEL TERRITORIO")),
  H(3, "Obiettivo strategico 1.1 – Sostenere la doppia transizione digitale ed ecologica", ("strategic", "1.1", "Sostenere la doppia transizione digitale ed ecologica")),
  {"t": "itable", "rows": [
     r2("1.1.a", "Numero di imprese assistite dal Punto Impresa Digitale", "10%", "≥ 250", "287",
        **sr(RAG, "achieved", "Il risultato beneficia della riapertura a settembre del bando voucher digitali I4.0.")),
     r2("1.1.b", "Importo dei voucher digitali liquidati alle imprese", "10%", "€ 400.000,00", "€ 362.450,00",
        **sr(PAR, "partially_achieved", "Alcune rendicontazioni sono pervenute oltre il termine e saranno liquidate nel 2025.")),
     r2("1.1.c", "Numero di eventi formativi sulla transizione digitale ed ecologica", "5%", "≥ 12", "14", **sr(RAG, "achieved"))]},
  H(3, "Obiettivo strategico 1.2 – Promuovere l'internazionalizzazione delle imprese", ("strategic", "1.2", "Promuovere l'internazionalizzazione delle imprese")),
  {"t": "itable", "rows": [
     r2("1.2.a", "Numero di imprese partecipanti a fiere internazionali con il supporto camerale", "10%", "≥ 40", "31",
        **sr(NON, "not_achieved", "La fiera di Dubai prevista a novembre è stata annullata dall'ente organizzatore.")),
     r2("1.2.b", "Missioni imprenditoriali nei Paesi del Nord Africa", "5%", "≥ 1", "Obiettivo sospeso",
        st="suspended", stt="Obiettivo sospeso")]},
  H(2, "AREA STRATEGICA 2 – REGOLAZIONE E TUTELA DEL MERCATO", ("area", "2", "REGOLAZIONE E TUTELA DEL MERCATO")),
  H(3, "Obiettivo strategico 2.1 – Semplificare gli adempimenti delle imprese", ("strategic", "2.1", "Semplificare gli adempimenti delle imprese")),
  {"t": "itable", "rows": [
     r2("2.1.a", "Tempo medio di evasione delle pratiche del Registro delle Imprese", "15%", "≤ 5 gg", "3,8 gg", **sr(RAG, "achieved")),
     r2("2.1.b", "Percentuale di pratiche del Registro delle Imprese evase entro 5 giorni", "10%", "≥ 85%", "91,2%", **sr(RAG, "achieved")),
     r2("2.1.c", "Numero di verifiche metrologiche sugli strumenti di misura", "5%", "≥ 300", "318",
        **sr(RAG, "achieved", "Sono state svolte anche 22 verifiche straordinarie su segnalazione."))]},
  H(2, "AREA STRATEGICA 3 – EFFICIENZA E SOSTENIBILITÀ DELL'ENTE", ("area", "3", "EFFICIENZA E SOSTENIBILITÀ DELL'ENTE")),
  H(3, "Obiettivo strategico 3.1 – Garantire l'equilibrio economico-finanziario", ("strategic", "3.1", "Garantire l'equilibrio economico-finanziario")),
  {"t": "itable", "rows": [
     r2("3.1.a", "Tempi medi di pagamento delle fatture passive", "10%", "≤ 30 gg", "21 gg", **sr(RAG, "achieved")),
     r2("3.1.b", "Grado di riscossione del diritto annuale", "10%", "≥ 70%", "66,4%",
        **sr(PAR, "partially_achieved", "Il dato risente dell'elevato numero di imprese inattive ancora iscritte al Registro.")),
     r2("3.1.c", "Incidenza dei costi di struttura sui proventi correnti", "10%", "≤ 35%", "33,9%", **sr(RAG, "achieved"))]},
  H(1, "4. Considerazioni conclusive"),
  P("Il grado complessivo di raggiungimento degli obiettivi strategici, ponderato con i pesi assegnati, è pari all'88,6%. Le criticità emerse sono state recepite nella programmazione 2025."),
  {"t": "sign", "place": "Latina, 24 giugno 2025", "role": "Il Segretario Generale", "name": "Dott. Erasmo Di Russo", "stamp": ["CCIAA FROSINONE LATINA", "SEGRETERIA GENERALE"]},
 ]}

# ---------------------------------------------------------------- 3: Parco Gran Sasso, piano 2025-2027
C3_COLS = [{"label": "Cod.", "field": "indicator_code", "w": 1.3},
           {"label": "Indicatore", "field": "indicator", "w": 6.0},
           {"label": "Formula di calcolo", "field": "formula", "w": 5.0},
           {"label": "Fonte dei dati", "field": "data_source", "w": 3.4},
           {"label": "Peso", "field": "weight", "w": 1.4},
           {"label": "Baseline 2024", "field": "baseline", "w": 2.5},
           {"label": "Target 2025", "field": "target", "year": 2025, "w": 2.3},
           {"label": "Target 2026", "field": "target", "year": 2026, "w": 2.3},
           {"label": "Target 2027", "field": "target", "year": 2027, "w": 2.3}]
def r3(*cells):
    return {"cells": list(cells), "truth": {"status": None, "status_text": None, "comment": None}}
c3 = {
 "name": "parco-nazionale-gran-sasso-2025-piano", "font": "Liberation Sans", "dpi": 250, "scan": "landscape", "keep_tables": False,
 "document": {"issuer": "Ente Parco Nazionale del Gran Sasso e Monti della Laga", "title": "Piano della performance", "year": 2025, "kind": "piano"},
 "cover": [["Ente Parco Nazionale del Gran Sasso e Monti della Laga", 20, True], ["Assergi (AQ)", 12, False],
           ["PIANO DELLA PERFORMANCE", 22, True], ["2025 – 2027", 16, True],
           ["Adottato con deliberazione del Consiglio Direttivo n. 4 del 29 gennaio 2025", 11, False]],
 "footer": "Ente Parco Nazionale del Gran Sasso e Monti della Laga – Piano della performance 2025-2027",
 "columns": C3_COLS,
 "blocks": [
  H(1, "1. Presentazione del Piano"),
  P("Il Piano della performance 2025-2027 individua, in coerenza con il bilancio di previsione e con il Piano pluriennale economico e sociale, gli obiettivi strategici dell'Ente, gli indicatori con cui ne sarà misurato il conseguimento e i valori attesi per ciascuna annualità del triennio."),
  P("Il territorio protetto si estende per circa 141.000 ettari in tre regioni (Abruzzo, Lazio e Marche), cinque province e 44 comuni; la struttura dell'Ente è articolata nel Servizio amministrativo, nel Servizio tecnico e nel Servizio scientifico."),
  H(1, "2. Le risorse umane"),
  {"t": "table", "caption": "Tabella 1 – Dotazione organica e personale in servizio al 01/01/2025",
   "header": ["Area", "Dotazione organica", "In servizio", "Posti vacanti"],
   "widths": [6.6, 3.2, 3.0, 3.0],
   "rows": [["Dirigenza", "1", "1", "0"], ["Area dei Funzionari", "14", "11", "3"],
            ["Area degli Assistenti", "19", "16", "3"], ["Area degli Operatori", "6", "4", "2"],
            ["Totale", "40", "32", "8"]]},
  P("La copertura dei posti vacanti è prevista nel Piano triennale dei fabbisogni di personale, sezione 3.3 del PIAO."),
  H(1, "3. Obiettivi, indicatori e target"),
  P("Gli obiettivi sono articolati in tre aree strategiche. Per ciascun indicatore sono indicati la formula di calcolo, la fonte dei dati, il peso, il valore di partenza (baseline 2024) e i target attesi per il triennio 2025-2027."),
  {"t": "section", "orient": "landscape"},
  H(2, "Area strategica A – Conservazione della natura e della biodiversità", ("area", "A", "Conservazione della natura e della biodiversità")),
  H(3, "Obiettivo strategico A.1 – Monitoraggio di specie e habitat", ("strategic", "A.1", "Monitoraggio di specie e habitat")),
  {"t": "itable", "rows": [
     r3("A.1.1", "Numero di transetti di monitoraggio del camoscio appenninico percorsi", "N. transetti completati nell'anno", "Relazione del Servizio scientifico", "10%", "18", "≥ 20", "≥ 22", "≥ 24"),
     r3("A.1.2", "Percentuale di habitat della rete Natura 2000 cartografati", "Superficie cartografata / superficie degli habitat × 100", "Sistema informativo territoriale", "10%", "45%", "60%", "75%", "90%"),
     r3("A.1.3", "Tempo medio di liquidazione degli indennizzi per danni da fauna selvatica", "Somma dei giorni dalla domanda al pagamento / n. pratiche liquidate", "Protocollo informatico e contabilità", "10%", "96 gg", "≤ 90 gg", "≤ 75 gg", "≤ 60 gg")]},
  H(3, "Obiettivo strategico A.2 – Prevenzione degli incendi boschivi", ("strategic", "A.2", "Prevenzione degli incendi boschivi")),
  {"t": "itable", "rows": [
     r3("A.2.1", "Km di viali tagliafuoco manutenuti", "Km di viali manutenuti nell'anno", "Servizio tecnico", "5%", "32", "35", "35", "40"),
     r3("A.2.2", "Numero di volontari AIB formati", "N. volontari che hanno concluso il corso", "Registro dei corsi", "5%", "n.d.", "≥ 40", "≥ 50", "")]},
  H(2, "Area strategica B – Fruizione sostenibile e sviluppo locale", ("area", "B", "Fruizione sostenibile e sviluppo locale")),
  H(3, "Obiettivo strategico B.1 – Qualità dell'accoglienza", ("strategic", "B.1", "Qualità dell'accoglienza")),
  {"t": "itable", "rows": [
     r3("B.1.1", "Numero di visitatori dei centri visita del Parco", "Somma degli ingressi registrati", "Registri dei centri visita", "10%", "48.750", "≥ 50.000", "≥ 52.000", "≥ 55.000"),
     r3("B.1.2", "Km di sentieri con segnaletica rinnovata", "Km di sentieri con segnaletica conforme al disciplinare", "Servizio tecnico", "5%", "120", "150", "180", "210"),
     r3("B.1.3", "Percentuale di nulla osta rilasciati entro 60 giorni", "N. nulla osta entro 60 gg / n. nulla osta rilasciati × 100", "Protocollo informatico", "10%", "82%", "≥ 90%", "≥ 95%", "≥ 95%")]},
  H(3, "Obiettivo strategico B.2 – Promozione del territorio e delle produzioni locali", ("strategic", "B.2", "Promozione del territorio e delle produzioni locali")),
  {"t": "itable", "rows": [
     r3("B.2.1", "Numero di operatori aderenti alla Carta europea del turismo sostenibile", "N. operatori certificati al 31/12", "Ufficio promozione", "5%", "37", "≥ 40", "≥ 45", "≥ 50"),
     r3("B.2.2", "Numero di giornate di educazione ambientale con le scuole del territorio", "N. giornate svolte nell'anno scolastico", "Registro delle attività didattiche", "5%", "64", "≥ 70", "≥ 75", "≥ 80")]},
  H(2, "Area strategica C – Amministrazione efficiente e trasparente", ("area", "C", "Amministrazione efficiente e trasparente")),
  H(3, "Obiettivo strategico C.1 – Efficienza della gestione", ("strategic", "C.1", "Efficienza della gestione")),
  {"t": "itable", "rows": [
     r3("C.1.1", "Indicatore annuale di tempestività dei pagamenti", "Ritardo medio ponderato dei pagamenti (DPCM 22/09/2014)", "Piattaforma dei crediti commerciali", "10%", "-2,1 gg", "≤ 0 gg", "≤ 0 gg", "≤ 0 gg"),
     r3("C.1.2", "Percentuale di obblighi di pubblicazione assolti", "Obblighi assolti / obblighi della griglia OIV × 100", "Attestazione OIV", "10%", "92%", "100%", "100%", "100%"),
     r3("C.1.3", "Riduzione percentuale dei consumi di energia elettrica delle sedi", "(kWh 2024 – kWh anno) / kWh 2024 × 100", "Fatture del fornitore", "5%", "186.400 kWh", "≥ 5%", "≥ 8%", "≥ 10%")]},
  {"t": "section", "orient": "portrait"},
  H(1, "4. Collegamento con il ciclo di bilancio"),
  P("Le risorse necessarie al conseguimento degli obiettivi sono previste nel bilancio di previsione 2025, approvato con deliberazione del Consiglio Direttivo n. 38 del 28 novembre 2024. Il monitoraggio intermedio sarà effettuato al 30 giugno di ciascun anno."),
  {"t": "sign", "place": "Assergi, 29 gennaio 2025", "role": "Il Direttore", "name": "Dott. Alfonso Calzolaio", "stamp": ["PARCO NAZIONALE GRAN SASSO", "E MONTI DELLA LAGA"]},
 ]}

for c in (c1, c2, c3):
    c["columns_note"] = "each itable uses the sample's columns"
    json.dump(c, open(os.path.join(HERE, c["name"] + ".content.json"), "w"), ensure_ascii=False, indent=1)
    print(c["name"])
