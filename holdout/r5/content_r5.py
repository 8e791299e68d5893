"""Write the five r5 content files (my own realistic content). Parsed values are computed with
r5lib.parse (my parser of RECORDS.md rules) and printed for a check by eye; `met` likewise.
    .venv/bin/python content_r5.py
"""
from __future__ import annotations

import json
from pathlib import Path

from r5lib import met, parse

OUT = Path(__file__).resolve().parent


def yv(year, target=None, actual=None, override=None):
    tp, ap = parse(target), parse(actual)
    d = {"year": year, "target": target, "actual": actual, "tp": tp, "ap": ap,
         "met": met(tp, ap) if target and actual else None}
    if override:
        d.update(override)
    return d


def ctx(area=None, obj=None, level=None):
    """area=(code,title) obj=(code,title)"""
    c = {"area_code": None, "area_title": None, "objective_level": None,
         "objective_code": None, "objective_title": None}
    if area:
        c["area_code"], c["area_title"] = area
    if obj:
        c["objective_level"] = level
        c["objective_code"], c["objective_title"] = obj
    return c


def F(**kw):
    base = {"indicator_code": None, "indicator": None, "type": None, "formula": None,
            "unit": None, "data_source": None, "weight": None, "baseline": None,
            "achievement": None, "notes": None, "status": None, "status_text": None,
            "comment": None}
    base.update(kw)
    return base


# =============================================================== 1. Torino PEG 2024 (Word)
def torino():
    doc = {"issuer": "Comune di Torino", "title": "Piano esecutivo di gestione", "year": 2024,
           "kind": "piano"}
    cdrs = []

    def ob_es(code, title, phases, inds):
        return {"code": code, "title": title, "phases": phases, "indicators": inds}

    def I(name, formula, peso, t24, t25, t26):
        return {"cells": [name, formula, f"{peso}%", t24, t25, t26], "weight": peso,
                "years": [yv(2024, t24), yv(2025, t25), yv(2026, t26)]}

    cdrs.append({
        "code": "SOC", "name": "Divisione Servizi Sociali, Socio Sanitari e Abitativi",
        "dirigente": "Dott.ssa Monica Lo Cascio",
        "strategic": [
            {"code": "3.2", "title": "Rafforzare la rete dei servizi per la domiciliarità e "
                                     "l'autonomia delle persone fragili",
             "executive": [
                 ob_es("3.2.1", "Potenziamento dell'assistenza domiciliare agli anziani non "
                                "autosufficienti",
                       [["Ricognizione della domanda inevasa nelle Circoscrizioni", "31/03/2024", "Da avviare"],
                        ["Nuovo accreditamento dei fornitori di assistenza domiciliare", "30/06/2024", "Da avviare"],
                        ["Attivazione dei nuovi piani assistenziali individualizzati", "31/12/2024", "Da avviare"]],
                       [I("Numero di anziani non autosufficienti in carico al servizio di assistenza domiciliare",
                          "N. utenti con PAI attivo al 31/12", 40, "≥ 2.450", "≥ 2.600", "≥ 2.750"),
                        I("Tempo medio tra la richiesta e l'attivazione del servizio",
                          "Σ (data attivazione – data domanda) / n. attivazioni", 35, "≤ 45 gg", "≤ 40 gg", "≤ 35 gg"),
                        I("Quota di ore di assistenza erogate in fascia serale e festiva",
                          "Ore serali e festive / ore totali erogate × 100", 25, "≥ 12%", "≥ 15%", None)]),
                 ob_es("3.2.2", "Digitalizzazione della cartella sociale integrata con l'ASL Città di Torino",
                       [["Analisi dei flussi informativi con l'ASL", "29/02/2024", "In corso"],
                        ["Migrazione delle cartelle cartacee attive", "30/09/2024", "Da avviare"],
                        ["Formazione degli operatori sociali", "30/11/2024", "Da avviare"]],
                       [I("Percentuale di cartelle sociali attive disponibili in formato digitale",
                          "Cartelle digitali / cartelle attive × 100", 60, "≥ 70%", "≥ 90%", "100%"),
                        I("Operatori formati all'uso della piattaforma",
                          "N. operatori con attestato di frequenza", 40, "≥ 180", "≥ 220", "≥ 220")]),
             ]},
            {"code": "3.4", "title": "Contrastare la povertà abitativa",
             "executive": [
                 ob_es("3.4.1", "Riduzione dei tempi di assegnazione degli alloggi di edilizia sociale",
                       [["Aggiornamento della graduatoria del bando generale", "30/04/2024", "In corso"],
                        ["Verifica dei requisiti degli assegnatari", "31/10/2024", "Da avviare"]],
                       [I("Tempo medio di assegnazione dell'alloggio dalla disponibilità",
                          "Media dei giorni tra riconsegna e nuova assegnazione", 50, "≤ 120 gg", "≤ 100 gg", "≤ 90 gg"),
                        I("Alloggi di risulta ripristinati e riassegnati",
                          "N. alloggi riassegnati nell'anno", 30, "≥ 350", "≥ 380", "≥ 400"),
                        I("Nuclei accolti in strutture di emergenza abitativa con progetto di uscita",
                          "Nuclei con progetto / nuclei accolti × 100", 20, "≥ 60%", None, None)]),
             ]},
        ]})
    cdrs.append({
        "code": "MOB", "name": "Divisione Mobilità, Infrastrutture e Trasporti",
        "dirigente": "Ing. Roberto Bertasio",
        "strategic": [
            {"code": "5.1", "title": "Promuovere la mobilità sostenibile e la sicurezza stradale",
             "executive": [
                 ob_es("5.1.1", "Estensione e messa in sicurezza della rete ciclabile cittadina",
                       [["Progettazione esecutiva degli interventi del Biciplan", "30/04/2024", "Completata"],
                        ["Aggiudicazione dei lavori", "31/07/2024", "Da avviare"],
                        ["Collaudo dei primi tratti", "31/03/2025", "Da avviare"]],
                       [I("Chilometri di nuove piste ciclabili realizzati nell'anno",
                          "Km di percorsi ciclabili collaudati", 50, "≥ 12", "≥ 15", "≥ 15"),
                        I("Incidenti con ciclisti coinvolti sulla rete urbana",
                          "N. sinistri rilevati dalla Polizia Locale", 30, "≤ 410", "≤ 390", "≤ 370"),
                        I("Rastrelliere installate presso scuole e uffici pubblici",
                          "N. stalli installati", 20, "≥ 800", "≥ 600", None)]),
                 ob_es("5.1.2", "Ampliamento della Zona a traffico limitato e controllo elettronico degli accessi",
                       [["Approvazione della delibera di ampliamento", "31/05/2024", "In corso"],
                        ["Installazione dei nuovi varchi elettronici", "31/12/2024", "Da avviare"]],
                       [I("Varchi elettronici attivi",
                          "N. varchi omologati in esercizio al 31/12", 60, "≥ 48", "≥ 60", "≥ 60"),
                        I("Tempo medio di rilascio dei permessi ZTL",
                          "Giorni medi tra istanza completa e rilascio", 40, "≤ 10 gg", "≤ 7 gg", "≤ 5 gg")]),
             ]},
        ]})
    cdrs.append({
        "code": "TRI", "name": "Divisione Tributi, Catasto e Suolo Pubblico",
        "dirigente": "Dott. Antonino Calvano",
        "strategic": [
            {"code": "7.3", "title": "Equità fiscale e contrasto all'evasione dei tributi locali",
             "executive": [
                 ob_es("7.3.1", "Recupero dell'evasione IMU e TARI",
                       [["Incrocio delle banche dati catastali e anagrafiche", "31/03/2024", "In corso"],
                        ["Emissione degli avvisi di accertamento", "30/11/2024", "Da avviare"]],
                       [I("Importo degli accertamenti IMU e TARI emessi",
                          "Σ importi avvisi notificati nell'anno", 50, "€ 38.000.000,00", "€ 36.000.000,00", "€ 35.000.000,00"),
                        I("Percentuale di riscossione degli accertamenti dell'anno precedente",
                          "Incassato / accertato anno n-1 × 100", 30, "≥ 55%", "≥ 58%", "≥ 60%"),
                        I("Ricorsi accolti in commissione tributaria sul totale dei ricorsi",
                          "Ricorsi accolti / ricorsi decisi × 100", 20, "≤ 8%", "≤ 8%", "≤ 7%")]),
             ]},
        ]})
    budget = {"title": "Tabella 1 – Risorse finanziarie e umane assegnate ai Centri di responsabilità",
              "header": ["Centro di responsabilità", "Spesa corrente 2024", "Spesa c/capitale 2024",
                         "Personale (FTE)"],
              "rows": [["Divisione Servizi Sociali, Socio Sanitari e Abitativi", "€ 187.420.315,00",
                        "€ 6.250.000,00", "1.032"],
                       ["Divisione Mobilità, Infrastrutture e Trasporti", "€ 214.880.120,00",
                        "€ 48.900.000,00", "214"],
                       ["Divisione Tributi, Catasto e Suolo Pubblico", "€ 21.305.600,00",
                        "€ 350.000,00", "298"],
                       ["Totale", "€ 423.606.035,00", "€ 55.500.000,00", "1.544"]]}
    # rows + records
    rows = []
    for c in cdrs:
        for s in c["strategic"]:
            for e in s["executive"]:
                for i in e["indicators"]:
                    rows.append({"ctx": ctx((s["code"].split(".")[0], None),
                                            (e["code"], e["title"]), "operational"),
                                 "f": F(indicator=i["cells"][0], formula=i["cells"][1],
                                        weight=i["weight"]),
                                 "years": i["years"], "print": [x for x in i["cells"] if x],
                                 "main": i["cells"][0]})
    return {"name": "comune-torino-2024-peg", "document": doc, "layout": "word-peg",
            "cover": ["Comune di Torino", "Città di Torino", "PIANO ESECUTIVO DI GESTIONE 2024-2026",
                      "Parte seconda – Obiettivi esecutivi per Centro di responsabilità",
                      "Approvato con deliberazione della Giunta Comunale n. 112 del 27 febbraio 2024"],
            "intro": [
                "Il Piano Esecutivo di Gestione (PEG) traduce gli obiettivi strategici del Documento Unico di "
                "Programmazione 2024-2026 in obiettivi esecutivi assegnati ai dirigenti dei Centri di "
                "responsabilità, unitamente alle risorse finanziarie, umane e strumentali necessarie al loro "
                "conseguimento.",
                "Per ciascun obiettivo esecutivo sono indicate le fasi di attuazione con la relativa scadenza e "
                "gli indicatori di risultato, con il peso attribuito e il valore atteso per ciascuna annualità "
                "del triennio. Il grado di raggiungimento sarà rilevato in sede di Relazione sulla performance.",
                "La tabella seguente riepiloga le risorse assegnate ai Centri di responsabilità illustrati nella "
                "presente sezione."],
            "budget": budget, "cdrs": cdrs, "rows": rows}


# ====================================================== 2. ASST Spedali Civili 2023 (Calc)
def asst():
    doc = {"issuer": "ASST degli Spedali Civili di Brescia", "title": "Relazione sulla performance",
           "year": 2023, "kind": "relazione"}

    def I(ind, peso, att, rag, perc, punt, status=None):
        return {"ind": ind, "peso": peso, "att": att, "rag": rag, "perc": perc, "punt": punt,
                "status": status}

    units = [
        {"heading": "U.O. Cardiologia – Direttore Prof. Marco Metra",
         "sheet": "Cardiologia",
         "objectives": [
             ("Governo dei tempi di attesa", [
                 I("% prime visite cardiologiche in classe B erogate entro 10 giorni", "15", "≥ 90%", "92,4%", "100%", "15,0"),
                 I("% ecocardiogrammi in classe D erogati entro 30 giorni", "10", "≥ 90%", "84,1%", "93,4%", "9,3"),
                 I("Prestazioni ambulatoriali prenotabili a CUP regionale sul totale delle agende", "5", "100%", "100%", "100%", "5,0")]),
             ("Appropriatezza clinica e organizzativa", [
                 I("Degenza media dei DRG medici", "10", "≤ 6,5 gg", "6,2 gg", "100%", "10,0"),
                 I("% ricoveri ripetuti entro 30 giorni per scompenso cardiaco", "10", "≤ 12%", "13,6%", "88,2%", "8,8"),
                 I("% pazienti con STEMI sottoposti a PTCA entro 90 minuti", "10", "≥ 75%", "81,3%", "100%", "10,0")]),
             ("Qualità e sicurezza delle cure", [
                 I("Adesione alla corretta igiene delle mani (osservazioni conformi / osservazioni totali)", "10", "≥ 80%", "83,0%", "100%", "10,0"),
                 I("Lettere di dimissione firmate digitalmente e inviate al Fascicolo Sanitario Elettronico", "10", "≥ 98%", "98,7%", "100%", "10,0")]),
             ("Sostenibilità economica", [
                 I("Costo dei dispositivi medici per punto DRG", "15", "≤ € 410,00", "€ 428,30", "95,7%", "14,4"),
                 I("Rispetto del budget di spesa per farmaci ad alto costo", "5", "≤ € 1.250.000,00", "€ 1.231.847,00", "100%", "5,0")]),
         ], "total": ("100", "97,5")},
        {"heading": "U.O. Ortopedia e Traumatologia – Direttore Dott. Claudio Moroni",
         "sheet": "Ortopedia",
         "objectives": [
             ("Governo dei tempi di attesa", [
                 I("% interventi di protesi d'anca in classe A eseguiti entro 30 giorni", "15", "≥ 90%", "78,5%", "87,2%", "13,1"),
                 I("Recupero delle liste di attesa chirurgiche pre-2022", "10", "100%", "Obiettivo sospeso", "n.v.", "neutralizzato", ("suspended", "Obiettivo sospeso"))]),
             ("Appropriatezza clinica e organizzativa", [
                 I("% fratture di femore over 65 operate entro 48 ore dal ricovero", "20", "≥ 80%", "86,1%", "100%", "20,0"),
                 I("Degenza media preoperatoria degli interventi programmati", "10", "≤ 1 gg", "1,3 gg", "76,9%", "7,7"),
                 I("% interventi in regime di day surgery sul totale degli interventi eleggibili", "10", "≥ 60%", "n.d.", "n.v.", "0,0")]),
             ("Qualità e sicurezza delle cure", [
                 I("Compilazione della checklist di sala operatoria", "15", "100%", "99,2%", "99,2%", "14,9"),
                 I("Incidenza di infezioni del sito chirurgico in chirurgia protesica", "10", "< 2%", "1,4%", "100%", "10,0")]),
             ("Sostenibilità economica", [
                 I("Valore della produzione di ricovero (DRG)", "10", "≥ € 14.800.000,00", "€ 15.112.640,00", "100%", "10,0"),
                 I("Consumo di dispositivi protesici per intervento rispetto al 2022", "0", "≤ -3%", "-4,1%", "100%", "0,0"),
                 I("Prestazioni ambulatoriali ortopediche in regime di solvenza rese in libera professione entro i volumi autorizzati", "0", "≤ 100%", "n.d.", "n.v.", "0,0")]),
         ], "total": ("100", "75,7")},
        {"heading": "U.O. Pediatria – Direttore Prof. Raffaele Badolato",
         "sheet": "Pediatria",
         "objectives": [
             ("Appropriatezza clinica e organizzativa", [
                 I("Tasso di ospedalizzazione per asma in età pediatrica (per 100.000 residenti 2-17 anni)", "15", "≤ 40", "37,2", "100%", "15,0"),
                 I("% accessi in Pronto Soccorso pediatrico con codice bianco inviati al pediatra di libera scelta", "10", "≥ 20%", "14,0%", "70%", "7,0"),
                 I("Degenza media dei ricoveri ordinari", "10", "≤ 4,0 gg", "3,8 gg", "100%", "10,0")]),
             ("Continuità ospedale-territorio", [
                 I("% dimissioni protette con presa in carico del Consultorio familiare entro 7 giorni", "20", "≥ 70%", "72,5%", "100%", "20,0"),
                 I("Percorsi di transizione all'età adulta attivati per pazienti cronici", "15", "≥ 25", "19", "76%", "11,4")]),
             ("Qualità e sicurezza delle cure", [
                 I("Adesione alla corretta igiene delle mani (osservazioni conformi / osservazioni totali)", "10", "≥ 80%", "88,4%", "100%", "10,0"),
                 I("Segnalazioni di incident reporting analizzate con audit entro 60 giorni", "10", "≥ 90%", "95,0%", "100%", "10,0"),
                 I("Tempo medio di refertazione delle consulenze pediatriche urgenti", "10", "≤ 60 minuti", "52 minuti", "100%", "10,0")]),
         ], "total": ("100", "93,4")},
    ]
    rows = []
    for u in units:
        for obj, inds in u["objectives"]:
            for i in inds:
                ach = parse(i["perc"])[1]
                st = i["status"]
                rows.append({"ctx": ctx(None, (None, obj), "strategic"),
                             "f": F(indicator=i["ind"], weight=float(i["peso"].replace(",", ".")),
                                    achievement=ach,
                                    status=st[0] if st else None, status_text=st[1] if st else None),
                             "years": [yv(None, i["att"], i["rag"])],
                             "print": [i["ind"], i["peso"], i["att"], i["rag"], i["perc"], i["punt"]],
                             "main": i["ind"]})
    summary = {"title": "Sintesi della valutazione delle Unità Operative – anno 2023",
               "header": ["Unità Operativa", "Dipartimento", "Punteggio conseguito", "Fascia"],
               "rows": [["U.O. Cardiologia", "Cardiovascolare", "97,5", "A (≥ 95)"],
                        ["U.O. Ortopedia e Traumatologia", "Chirurgico", "75,7 *", "C (70 – 84,9)"],
                        ["U.O. Pediatria", "Materno-infantile", "93,4", "B (85 – 94,9)"],
                        ["Media aziendale (n. 3 U.O. esposte)", "", "88,9", ""]]}
    return {"name": "asst-spedali-civili-2023-relazione", "document": doc, "layout": "calc-budget",
            "cover": ["Sistema Socio Sanitario Regione Lombardia",
                      "ASST degli Spedali Civili di Brescia",
                      "RELAZIONE SULLA PERFORMANCE 2023",
                      "Allegato 2 – Schede di budget: esito della valutazione delle Unità Operative"],
            "intro": [
                "Il presente allegato riporta, per ciascuna Unità Operativa, gli obiettivi negoziati nella scheda di "
                "budget 2023, gli indicatori con il relativo peso, il valore atteso e il valore raggiunto certificato "
                "dal Controllo di Gestione, la percentuale di raggiungimento e il punteggio conseguito.",
                "Il punteggio di ciascun indicatore è pari al prodotto tra il peso e la percentuale di raggiungimento. "
                "Gli obiettivi sospesi nel corso dell'anno sono stati neutralizzati dal Nucleo di Valutazione delle "
                "Prestazioni e il loro peso è stato ridistribuito proporzionalmente.",
                "* punteggio riproporzionato sui pesi degli obiettivi non neutralizzati."],
            "summary": summary, "units": units, "rows": rows}


# ====================================================== 3. Università di Padova 2025 (reportlab)
def unipd():
    doc = {"issuer": "Università degli Studi di Padova", "title": "Piano strategico di Ateneo",
           "year": 2025, "kind": "piano"}
    # ambito (code, title) -> azioni (code, title) -> indicators (text, baseline, t25, t27, resp)
    ambiti = [
        (("D", "Didattica"), [
            (("D.1", "Migliorare la regolarità delle carriere degli studenti"), [
                ("D.1.1 – Quota di studenti che proseguono al II anno con almeno 40 CFU conseguiti", "58,2%", "≥ 61%", "≥ 65%", "Prorettrice alla Didattica"),
                ("D.1.2 – Percentuale di laureati entro la durata normale del corso", "55,4%", "≥ 58%", "≥ 62%", "Prorettrice alla Didattica"),
                ("D.1.3 – Abbandoni dopo il primo anno nei corsi di laurea triennale", "11,9%", "≤ 11%", "≤ 9,5%", "Area Didattica e Servizi agli Studenti"),
            ]),
            (("D.2", "Innovare la didattica e ampliare l'offerta in lingua inglese"), [
                ("D.2.1 – Numero di corsi di laurea magistrale erogati interamente in lingua inglese", "41", "≥ 45", "≥ 50", "Prorettrice alla Didattica"),
                ("D.2.2 – Docenti che hanno completato il percorso di formazione all'innovazione didattica", "312", "≥ 420", "≥ 600", "Servizio Formazione e Sviluppo docenti"),
            ]),
        ]),
        (("R", "Ricerca"), [
            (("R.1", "Accrescere la capacità di attrarre finanziamenti competitivi"), [
                ("R.1.1 – Finanziamenti da bandi competitivi europei e internazionali", "€ 78,4 mln", "≥ € 82 mln", "≥ € 90 mln", "Prorettore alla Ricerca"),
                ("R.1.2 – Numero di progetti ERC attivi", "34", "≥ 36", "≥ 40", "Area Ricerca e Rapporti con le Imprese"),
            ]),
            (("R.2", "Sostenere i giovani ricercatori e la qualità della produzione scientifica"), [
                ("R.2.1 – Quota di ricercatori a tempo determinato sul totale del personale docente e ricercatore", "17,8%", "≥ 19%", "≥ 20%", "Direzione Generale"),
                ("R.2.2 – Percentuale di pubblicazioni nel primo quartile (Q1) delle banche dati Scopus/WoS", "61,5%", "≥ 63%", "≥ 65%", "Prorettore alla Ricerca"),
                ("R.2.3 – Dottorandi con borsa finanziata da enti esterni", "226", "≥ 240", "n.d.", "Scuole di Dottorato"),
            ]),
        ]),
        (("T", "Terza missione e impatto sociale"), [
            (("T.1", "Valorizzare i risultati della ricerca"), [
                ("T.1.1 – Brevetti depositati nell'anno (prime domande)", "27", "≥ 30", "≥ 35", "Ufficio Valorizzazione della Ricerca"),
                ("T.1.2 – Entrate da contratti conto terzi e convenzioni di ricerca", "€ 24.350.000", "≥ € 25.500.000", "≥ € 27.000.000", "Area Ricerca e Rapporti con le Imprese"),
                ("T.1.3 – Spin-off accreditati attivi", "71", "75", "80", "Ufficio Valorizzazione della Ricerca"),
            ]),
            (("T.2", "Rafforzare il dialogo con la città e il territorio"), [
                ("T.2.1 – Partecipanti alle iniziative di public engagement censite", "48.600", "≥ 52.000", "≥ 60.000", "Prorettore alla Terza missione"),
                ("T.2.2 – Percentuale di eventi con rilevazione della soddisfazione del pubblico", "n.d.", "≥ 50%", "≥ 80%", "Ufficio Public Engagement"),
            ]),
        ]),
        (("S", "Sostenibilità e organizzazione"), [
            (("S.1", "Ridurre l'impatto ambientale dell'Ateneo"), [
                ("S.1.1 – Consumi di energia elettrica per metro quadro di superficie (kWh/mq)", "98,4", "≤ 92", "≤ 85", "Area Edilizia e Sicurezza"),
                ("S.1.2 – Quota di energia prodotta da fonti rinnovabili sul totale dei consumi", "6,1%", "≥ 9%", "≥ 15%", "Area Edilizia e Sicurezza"),
            ]),
        ]),
    ]
    rows = []
    for (ac, at), azioni in ambiti:
        for (zc, zt), inds in azioni:
            for text, base, t25, t27, resp in inds:
                code = text.split(" – ")[0]
                rows.append({"ctx": ctx((ac, at), (zc, zt), "strategic"),
                             "f": F(indicator_code=code, indicator=text, baseline=base),
                             "years": [yv(2025, t25), yv(2027, t27)],
                             "print": [text, base, t25, t27, resp], "main": text})
    budget = {"title": "Tabella 1 – Risorse di bilancio destinate alle azioni del Piano (importi in euro)",
              "header": ["Ambito", "Budget 2025", "Budget 2026", "Budget 2027", "Fonte di finanziamento"],
              "rows": [["D – Didattica", "12.400.000", "12.900.000", "13.100.000", "FFO, contribuzione studentesca"],
                       ["R – Ricerca", "18.750.000", "19.200.000", "19.600.000", "FFO, PNRR, fondi di Ateneo"],
                       ["T – Terza missione e impatto sociale", "3.100.000", "3.250.000", "3.400.000", "Fondi di Ateneo"],
                       ["S – Sostenibilità e organizzazione", "7.900.000", "6.300.000", "5.800.000", "Fondi di Ateneo, conto termico"],
                       ["Totale", "42.150.000", "41.650.000", "41.900.000", ""]]}
    return {"name": "universita-padova-2025-piano", "document": doc, "layout": "rl-plan",
            "cover": ["Università degli Studi di Padova", "PIANO STRATEGICO DI ATENEO 2025-2027",
                      "Obiettivi, azioni e indicatori",
                      "Approvato dal Senato Accademico e dal Consiglio di Amministrazione – gennaio 2025"],
            "intro": [
                "Il Piano strategico 2025-2027 definisce le priorità dell'Ateneo per il triennio, articolandole in "
                "quattro ambiti. Per ciascun ambito sono individuate le azioni e, per ogni azione, gli indicatori con "
                "cui sarà misurato il progresso, il valore di partenza rilevato nel 2023 e i target intermedio (2025) "
                "e finale (2027).",
                "Il monitoraggio è svolto annualmente dal Presidio della Qualità e dal Nucleo di Valutazione; i "
                "risultati confluiscono nella Relazione sulla performance e nel riesame del Piano."],
            "ambiti": ambiti, "budget": budget, "rows": rows}


# ====================================================== 4. CCIAA Genova 2021 (Word)
ESITI = {"Raggiunto": "achieved", "Non raggiunto": "not_achieved",
         "Parzialmente raggiunto": "partially_achieved"}


def genova():
    doc = {"issuer": "Camera di Commercio di Genova", "title": "Relazione sulla performance",
           "year": 2021, "kind": "relazione"}

    def K(kpi, alg, target, cons, scost, esito):
        return [kpi, alg, target, cons, scost, esito]

    areas = [
        (("1", "Competitività e sviluppo delle imprese"), [
            {"code": "1.1", "title": "Accompagnare la transizione digitale delle imprese liguri",
             "prose": ["Nel 2021 il Punto Impresa Digitale ha proseguito l'attività di assessment della maturità "
                       "digitale delle micro e piccole imprese, affiancandola all'erogazione di voucher per "
                       "l'acquisto di servizi di consulenza e formazione su tecnologie 4.0.",
                       "Le limitazioni sanitarie del primo semestre hanno ridotto gli eventi in presenza, "
                       "compensati da un ampio calendario di webinar."],
             "kpis": [K("Self-assessment e assessment guidati della maturità digitale", "N. assessment completati nell'anno", "≥ 300", "342", "+14,0%", "Raggiunto"),
                      K("Imprese beneficiarie dei voucher digitali I4.0", "N. imprese con voucher liquidato", "≥ 120", "97", "-19,2%", "Parzialmente raggiunto"),
                      K("Partecipanti ai webinar del PID", "N. partecipanti registrati", "≥ 1.500", "2.184", "+45,6%", "Raggiunto")]},
            {"code": "1.2", "title": "Sostenere l'internazionalizzazione delle PMI",
             "prose": ["Il progetto SEI – Sostegno all'Export dell'Italia ha consentito di avviare percorsi di "
                       "accompagnamento sui mercati esteri per le imprese potenzialmente esportatrici."],
             "kpis": [K("Imprese accompagnate sui mercati esteri", "N. imprese con piano export avviato", "≥ 60", "44", "-26,7%", "Non raggiunto")],
             "after": "Il mancato raggiungimento è dovuto al rinvio al 2022 delle missioni in Asia e negli Stati "
                      "Uniti a causa delle restrizioni ai viaggi; le imprese coinvolte sono state riprogrammate "
                      "nel nuovo ciclo del progetto."},
        ]),
        (("2", "Semplificazione e trasparenza"), [
            {"code": "2.1", "title": "Garantire la tempestività dei servizi anagrafici e certificativi",
             "prose": ["La tenuta del Registro delle imprese rappresenta il principale servizio amministrativo "
                       "dell'Ente. Nel 2021 le pratiche telematiche evase sono state 118.420, in crescita "
                       "dell'8% rispetto all'anno precedente."],
             "kpis": [K("Tempo medio di evasione delle pratiche del Registro delle imprese", "Σ giorni di lavorazione / n. pratiche evase", "≤ 5 gg", "3,2 gg", "-36,0%", "Raggiunto"),
                      K("Pratiche evase entro 5 giorni", "Pratiche evase entro 5 gg / pratiche totali × 100", "≥ 85%", "91,7%", "+7,9%", "Raggiunto"),
                      K("Tempo medio di rilascio dei certificati di origine", "Media delle ore tra richiesta e rilascio", "≤ 24 ore", "n.d.", "", "Non raggiunto")]},
            {"code": "2.2", "title": "Prevenire la corruzione e rafforzare la trasparenza",
             "prose": ["Le misure del Piano triennale di prevenzione della corruzione sono state attuate "
                       "secondo il cronoprogramma; la sezione Amministrazione trasparente è stata oggetto di "
                       "due verifiche semestrali."],
             "kpis": [K("Obblighi di pubblicazione assolti", "Obblighi assolti / obblighi previsti × 100", "100%", "97,5%", "-2,5%", "Parzialmente raggiunto"),
                      K("Dipendenti formati in materia di anticorruzione", "Dipendenti formati / dipendenti in servizio × 100", "≥ 90%", "94,3%", "+4,8%", "Raggiunto")]},
        ]),
        (("3", "Efficienza ed economicità della gestione"), [
            {"code": "3.1", "title": "Migliorare la sostenibilità economica e i tempi di pagamento",
             "prose": ["L'obiettivo misura la capacità dell'Ente di mantenere l'equilibrio economico a fronte "
                       "della riduzione del diritto annuale, contenendo gli oneri di funzionamento e pagando i "
                       "fornitori nei termini di legge.",
                       "Gli indicatori sono tratti dal sistema Pareto di Unioncamere e dalla piattaforma dei "
                       "crediti commerciali (PCC) del Ministero dell'economia e delle finanze."],
             "split": True,
             "kpis": [K("Indice di equilibrio strutturale", "(Proventi strutturali – Oneri strutturali) / Proventi strutturali × 100", "≥ 5%", "7,8%", "+56,0%", "Raggiunto"),
                      K("Incidenza degli oneri di funzionamento", "Oneri di funzionamento / Oneri correnti × 100", "≤ 28%", "26,4%", "-5,7%", "Raggiunto"),
                      K("Indicatore di tempestività dei pagamenti", "Σ (giorni di ritardo × importo) / Σ importi pagati", "≤ 0 gg", "-12,4 gg", "n.s.", "Raggiunto"),
                      K("Fatture pagate entro 30 giorni", "Fatture pagate entro 30 gg / fatture pagate × 100", "≥ 95%", "93,1%", "-2,0%", "Parzialmente raggiunto"),
                      K("Grado di riscossione del diritto annuale", "Diritto annuale riscosso / diritto annuale dovuto × 100", "≥ 75%", "71,2%", "-5,1%", "Parzialmente raggiunto"),
                      K("Costo medio per pratica del Registro delle imprese", "Costi del processo Registro imprese / n. pratiche evase", "≤ € 32,00", "€ 29,75", "-7,0%", "Raggiunto"),
                      K("Ore di formazione pro capite del personale", "Ore di formazione erogate / dipendenti in servizio", "≥ 20 ore", "16,5 ore", "-17,5%", "Non raggiunto"),
                      K("Grado di soddisfazione degli utenti dei servizi camerali", "Giudizi positivi / questionari raccolti × 100", "≥ 80%", "86,0%", "+7,5%", "Raggiunto")]},
        ]),
    ]
    rows = []
    for (ac, at), objs in areas:
        for o in objs:
            n = len(o["kpis"])
            for k, (kpi, alg, t, c, sc, es) in enumerate(o["kpis"]):
                comment = o.get("after") if (n == 1 and k == 0) else None
                rows.append({"ctx": ctx((ac, at), (o["code"], o["title"]), "strategic"),
                             "f": F(indicator=kpi, formula=alg, status=ESITI[es], status_text=es,
                                    comment=comment),
                             "years": [yv(None, t, c)],
                             "print": [x for x in (kpi, alg, t, c, sc, es) if x], "main": kpi})
    staff = {"title": "Tabella 1 – Personale in servizio al 31/12/2021",
             "header": ["Categoria", "Dotazione organica", "In servizio", "di cui part-time"],
             "rows": [["Dirigenti", "4", "3", "0"], ["Categoria D", "38", "31", "4"],
                      ["Categoria C", "72", "64", "11"], ["Categoria B", "14", "10", "2"],
                      ["Totale", "128", "108", "17"]]}
    summary = {"title": "Tabella 2 – Sintesi degli esiti degli indicatori",
               "header": ["Esito", "N. indicatori", "%"],
               "rows": [["Raggiunto", "10", "58,8%"], ["Parzialmente raggiunto", "4", "23,5%"],
                        ["Non raggiunto", "3", "17,6%"], ["Totale", "17", "100,0%"]]}
    return {"name": "camera-commercio-genova-2021-relazione", "document": doc, "layout": "word-narr",
            "cover": ["Camera di Commercio di Genova", "RELAZIONE SULLA PERFORMANCE 2021",
                      "ai sensi dell'art. 10, comma 1, lett. b) del D.Lgs. 150/2009",
                      "Approvata con deliberazione della Giunta camerale n. 98 del 27 giugno 2022"],
            "intro": [
                "La Relazione sulla performance illustra i risultati organizzativi conseguiti nel 2021 rispetto agli "
                "obiettivi strategici del Piano della performance 2021-2023. Per ciascun obiettivo è riportata una "
                "sintesi delle attività svolte e la tabella dei Key Performance Indicator (KPI), con l'algoritmo di "
                "calcolo, il target, il valore a consuntivo, lo scostamento e l'esito.",
                "Nel 2021 l'Ente ha operato con 108 dipendenti in servizio, a fronte di una dotazione organica di 128 "
                "unità."],
            "staff": staff, "summary": summary, "areas": areas, "rows": rows}


# ====================================================== 5. Regione Liguria 2022 (reportlab 7 pt)
def liguria():
    doc = {"issuer": "Regione Liguria", "title": "Relazione sulla performance", "year": 2022,
           "kind": "relazione"}
    N1 = ("Il valore è stato rilevato dal sistema di contabilità regionale alla data del 31/12/2022. "
          "Lo scostamento rispetto al target è dovuto principalmente al ritardo nella trasmissione delle "
          "rendicontazioni da parte dei soggetti attuatori, che ha reso necessario un supplemento di istruttoria "
          "sulle spese dichiarate. Sono state attivate procedure di sollecito e un tavolo tecnico con gli enti "
          "locali interessati.")
    objs = [
        ("01.02", "Semplificazione dei procedimenti amministrativi e digitalizzazione dei servizi", [
            ("01.02.1", "Procedimenti regionali accessibili on line tramite SPID/CIE sul totale dei procedimenti a istanza di parte", "%", "≥ 70%", "74,5%", "+4,5", "Nel corso del 2022 sono stati resi disponibili on line 46 nuovi procedimenti, tra cui le domande di contributo per il diritto allo studio universitario e le autorizzazioni paesaggistiche. Restano da digitalizzare i procedimenti in materia di caccia e pesca, per i quali è in corso l'adeguamento del gestionale di settore, e le istanze di accesso agli atti, che saranno integrate nella piattaforma unica nel 2023."),
            ("01.02.2", "Tempo medio di conclusione dei procedimenti autorizzativi in materia ambientale", "giorni", "≤ 90 gg", "104 gg", "+14", "Il dato risente della riorganizzazione del Settore Valutazione d'impatto ambientale avvenuta nel secondo semestre e del significativo incremento delle istanze connesse ai progetti finanziati dal PNRR (+38% rispetto al 2021). Nel 2023 è previsto il potenziamento dell'organico con quattro nuove unità di categoria D."),
            ("01.02.3", "Istanze presentate tramite la piattaforma unica regionale", "", "≥ 15.000", "17.842", "", "Il dato comprende le istanze presentate dai cittadini e dalle imprese nonché quelle trasmesse dagli intermediari abilitati (CAF, associazioni di categoria, professionisti)."),
            ("01.02.4", "Basi di dati regionali pubblicate in formato aperto sul portale open data", "n.", "≥ 40", "", "", "Dato non disponibile alla data di redazione della relazione: la migrazione del portale open data sulla nuova infrastruttura cloud regionale è stata completata nel mese di febbraio 2023 e il censimento dei dataset pubblicati è in corso di verifica da parte di Liguria Digitale S.p.A."),
        ]),
        ("02.01", "Attuazione della programmazione europea FESR e FSE+ 2021-2027", [
            ("02.01.1", "Capacità di impegno delle risorse del POR FESR 2014-2020 in chiusura", "%", "100%", "96,8%", "-3,2", N1),
            ("02.01.2", "Spesa certificata alla Commissione europea sul POR FSE 2014-2020", "euro", "≥ € 320.000.000,00", "€ 331.405.118,52", "", ""),
            ("02.01.3", "Avvisi pubblici del nuovo ciclo di programmazione pubblicati entro l'anno", "n.", "≥ 6", "4", "-2", "L'approvazione dei Programmi regionali FESR e FSE+ 2021-2027 da parte della Commissione europea è intervenuta soltanto nel mese di novembre 2022; gli avvisi relativi alla formazione professionale e alla ricerca e innovazione sono stati pertanto rinviati al primo trimestre 2023, in accordo con il Comitato di sorveglianza."),
            ("02.01.4", "Tempo medio di liquidazione dei contributi ai beneficiari", "giorni", "≤ 60 gg", "52 gg", "-8", "Il tempo è calcolato dalla data di ricezione della richiesta di erogazione completa della documentazione prevista dall'avviso alla data di emissione del mandato di pagamento. Il miglioramento rispetto al 2021 (67 giorni) è legato all'introduzione dei controlli a campione sulle spese dichiarate e alla semplificazione della modulistica di rendicontazione approvata con decreto dirigenziale."),
        ]),
        ("03.04", "Riduzione dei tempi di pagamento e miglioramento della gestione finanziaria", [
            ("03.04.1", "Indicatore annuale di tempestività dei pagamenti", "giorni", "≤ 0", "-6,3", "", "Valore calcolato ai sensi del DPCM 22 settembre 2014 sulla base dei dati estratti dalla Piattaforma dei crediti commerciali (PCC)."),
            ("03.04.2", "Debito commerciale residuo scaduto rispetto al debito dell'esercizio precedente", "%", "riduzione ≥ 10%", "riduzione del 17,2%", "", ""),
            ("03.04.3", "Residui attivi di parte corrente riscossi", "%", "≥ 60%", "n.d.", "", ""),
            ("03.04.4", "Rendiconto approvato dalla Giunta entro il termine di legge", "", "entro il 30/04/2022", "27/04/2022", "", ""),
        ]),
        ("05.01", "Tutela del territorio e difesa del suolo", [
            ("05.01.1", "Interventi di mitigazione del rischio idrogeologico avviati", "n.", "≥ 35", "38", "+3", "Comprende 11 interventi finanziati con le risorse del Fondo per la progettazione e 27 con il piano nazionale ReNDiS. Per 5 interventi la consegna dei lavori è avvenuta in via d'urgenza a seguito degli eventi alluvionali dell'ottobre 2021 nel Levante."),
            ("05.01.2", "Km di corsi d'acqua oggetto di manutenzione ordinaria", "km", "≥ 120", "126,5", "+6,5", ""),
            ("05.01.3", "Pareri idraulici rilasciati entro 60 giorni", "%", "≥ 85%", "79,0%", "-6,0", "Il numero dei pareri richiesti è cresciuto del 22% per effetto delle pratiche di ricostruzione post-evento e del Superbonus; due funzionari del Settore sono stati assegnati temporaneamente alla struttura commissariale per l'emergenza. Il Settore ha introdotto da settembre la presentazione telematica delle istanze, che ha ridotto i tempi nell'ultimo trimestre a 41 giorni medi."),
            ("05.01.4", "Aggiornamento dei Piani di bacino stralcio per il rischio idraulico", "", "", "", "", "Obiettivo rimodulato con DGR n. 612/2022: l'aggiornamento è subordinato all'approvazione delle nuove mappe di pericolosità da parte dell'Autorità di bacino distrettuale dell'Appennino settentrionale, prevista nel 2023."),
        ]),
        ("06.03", "Potenziamento dell'assistenza territoriale e riduzione delle liste d'attesa", [
            ("06.03.1", "Prestazioni ambulatoriali di primo accesso in classe B erogate entro 10 giorni", "%", "≥ 90%", "82,4%", "-7,6", "Il dato regionale è la media dei valori delle cinque ASL e dell'IRCCS Ospedale Policlinico San Martino; la performance è eterogenea tra le aziende (dal 74,1% di ASL 3 al 93,8% di ASL 5). Il Piano regionale di governo delle liste d'attesa 2022-2024 prevede il ricorso a prestazioni aggiuntive e l'estensione degli orari degli ambulatori."),
            ("06.03.2", "Case della Comunità con progetto esecutivo approvato", "n.", "≥ 20", "22", "+2", "Sono compresi 4 progetti relativi a Case della Comunità hub nelle aree interne dell'entroterra savonese e spezzino. Tutti gli interventi sono finanziati con le risorse della Missione 6 Componente 1 del PNRR e sono stati inseriti nel Contratto istituzionale di sviluppo sottoscritto con il Ministero della salute nel mese di maggio 2022."),
            ("06.03.3", "Anziani over 65 presi in carico in assistenza domiciliare integrata", "%", "≥ 6%", "5,7%", "-0,3", ""),
            ("06.03.4", "Copertura vaccinale antinfluenzale negli over 65", "%", "≥ 75%", "61,2%", "-13,8", "La campagna 2022-2023 ha registrato un'adesione inferiore a quella della stagione precedente in tutte le regioni italiane; la Liguria si colloca comunque al di sopra della media nazionale (56,7%). Sono state potenziate le vaccinazioni presso le farmacie convenzionate."),
            ("06.03.5", "Tempo di attesa medio al Pronto Soccorso per i codici di priorità 3 (minuti)", "minuti", "≤ 120", "138", "+18", "Valore medio regionale calcolato sul flusso EMUR-PS. L'incremento dei tempi è legato al periodo estivo, con picchi di accesso nelle strutture delle località turistiche, e alla carenza di medici di emergenza-urgenza: 23 posti vacanti al 31/12/2022 nelle cinque ASL. Sono stati attivati percorsi di fast track per le specialità di oculistica, otorinolaringoiatria e dermatologia."),
        ]),
        ("07.02", "Sviluppo economico, turismo e attrattività del territorio", [
            ("07.02.1", "Presenze turistiche registrate nelle strutture ricettive", "n.", "≥ 14.500.000", "15.027.334", "", "Fonte: Osservatorio turistico regionale, dati provvisori comunicati dalle strutture ricettive tramite il sistema di rilevazione ROSS 1000. Il dato definitivo sarà disponibile dopo la validazione ISTAT prevista per il mese di settembre 2023."),
            ("07.02.2", "Imprese beneficiarie di contributi per l'innovazione tecnologica", "n.", "≥ 250", "231", "-19", "Le domande ammissibili pervenute sul bando \"Liguria Innova 2022\" sono state inferiori alle previsioni; le economie sono state destinate allo scorrimento della graduatoria del bando per la transizione energetica delle PMI."),
            ("07.02.3", "Tempo medio di istruttoria delle domande di contributo", "giorni", "≤ 45 gg", "", "", ""),
            ("07.02.4", "Imprese assistite dallo sportello regionale per l'attrazione degli investimenti", "n.", "≥ 30", "27", "-3", "Il dato non comprende le imprese seguite direttamente da Invitalia nell'ambito dei contratti di sviluppo. Nel secondo semestre lo sportello ha operato con organico ridotto a causa di due cessazioni non sostituite; è stata avviata la procedura per l'affidamento del servizio di scouting degli investitori esteri a una società specializzata."),
            ("07.02.5", "Risorse del Fondo strategico regionale impegnate", "euro", "≥ € 12,5 mln", "€ 13,1 mln", "", ""),
        ]),
        ("09.01", "Valorizzazione del personale e benessere organizzativo", [
            ("09.01.1", "Dipendenti che hanno partecipato ad almeno un'attività formativa", "%", "≥ 80%", "86,3%", "+6,3", "Sono comprese le attività formative obbligatorie in materia di sicurezza sui luoghi di lavoro, anticorruzione e protezione dei dati personali, oltre ai corsi del catalogo Syllabus per le competenze digitali promosso dal Dipartimento della funzione pubblica, cui hanno aderito 1.248 dipendenti."),
            ("09.01.2", "Ore medie di formazione per dipendente", "ore", "≥ 18", "21,4", "+3,4", ""),
            ("09.01.3", "Dipendenti in lavoro agile con accordo individuale sottoscritto", "%", "", "38,5%", "", "Indicatore di monitoraggio, senza target, introdotto a seguito dell'approvazione del Regolamento regionale sul lavoro agile (DGR n. 401/2022) e della conclusione della fase emergenziale."),
            ("09.01.4", "Procedure concorsuali concluse nell'anno", "n.", "≥ 12", "14", "+2", "Le procedure concluse hanno consentito l'assunzione di 187 unità di personale non dirigenziale, di cui 64 destinate alle strutture impegnate nell'attuazione del PNRR con contratto a tempo determinato."),
        ]),
    ]
    rows = []
    for oc, ot, inds in objs:
        for code, ind, um, tgt, val, sc, note in inds:
            rows.append({"ctx": ctx((oc.split(".")[0], None), (oc, ot), "strategic"),
                         "f": F(indicator_code=code, indicator=ind, unit=um or None, notes=note or None),
                         "years": [yv(None, tgt or None, val or None)],
                         "print": [x for x in (code, ind, um, tgt, val, sc, note) if x],
                         "main": ind})
    return {"name": "regione-liguria-2022-relazione", "document": doc, "layout": "rl-export",
            "cover": ["REGIONE LIGURIA", "Relazione sulla performance 2022",
                      "Allegato A – Monitoraggio degli obiettivi e degli indicatori al 31/12/2022",
                      "Estrazione dal sistema informativo di controllo di gestione (SICG) del 15/05/2023"],
            "intro": [
                "Il presente allegato riporta l'esito del monitoraggio finale degli obiettivi strategici di "
                "Direzione assegnati con il Piano integrato di attività e organizzazione 2022-2024. I dati sono "
                "estratti dal sistema informativo di controllo di gestione e validati dai referenti delle "
                "strutture; i campi vuoti corrispondono a informazioni non valorizzate nel sistema.",
                "Lo scostamento è espresso come differenza tra valore rilevato e target nell'unità di misura "
                "dell'indicatore; per gli indicatori privi di target numerico non è calcolato. Le note riportano "
                "le motivazioni fornite dalle strutture responsabili."],
            "legend": {"title": "Legenda dei Dipartimenti",
                       "header": ["Codice", "Dipartimento", "Obiettivi", "Risorse assegnate 2022"],
                       "rows": [["01", "Segretariato generale e Affari istituzionali", "1", "€ 4.120.000,00"],
                                ["02", "Programmazione europea e Sviluppo", "1", "€ 18.450.000,00"],
                                ["03", "Bilancio, Finanze e Patrimonio", "1", "€ 2.310.000,00"],
                                ["05", "Territorio, Ambiente e Infrastrutture", "1", "€ 36.780.000,00"],
                                ["06", "Salute e Servizi sociali", "1", "€ 9.640.000,00"],
                                ["07", "Sviluppo economico e Turismo", "1", "€ 21.200.000,00"],
                                ["09", "Personale e Organizzazione", "1", "€ 1.870.000,00"]]},
            "objs": objs, "rows": rows}


def main():
    for fn in (torino, asst, unipd, genova, liguria):
        c = fn()
        (OUT / f"{c['name']}.content.json").write_text(json.dumps(c, ensure_ascii=False, indent=1))
        print("==", c["name"], len(c["rows"]), "indicator rows")
        for r in c["rows"]:
            for y in r["years"]:
                print(f"  {str(y['year']):5} T {str(y['target']):22} {y['tp']}  A {str(y['actual']):20} "
                      f"{y['ap']} met={y['met']}")


if __name__ == "__main__":
    main()
