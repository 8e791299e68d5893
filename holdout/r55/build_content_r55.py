"""Writes the three r55 content files (hand-written content; parsed values from the
small parser below, printed for checking by eye)."""
import json, re

def collapse(s):
    return re.sub(r"\s+", " ", s).strip() if s is not None else None

NUM = r"-?\+?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\+?\d+(?:,\d+)?"

def tonum(s):
    s = s.replace("+", "")
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(".", "")
    return float(s)

def parse_value(s):
    """-> (operator, value, value_max, unit) following RECORDS.md / CONVENTIONS."""
    if s is None:
        return (None, None, None, None)
    t = collapse(s)
    if re.search(r"\d{1,2}/\d{1,2}(/\d{2,4})?", t):
        return (None, None, None, None)
    op = None
    low = t.lower()
    for pre, o in (("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), ("<", "<"), (">", ">"),
                   ("almeno", ">="), ("non inferiore a", ">="), ("entro", "<=")):
        if low.startswith(pre):
            op = o
            t = t[len(pre):].strip()
            low = t.lower()
            break
    unit = None
    if t.startswith("€"):
        unit = "EUR"; t = t[1:].strip()
    elif low.startswith("gg "):
        unit = "days"; t = t[2:].strip()
    m = re.match(r"(%s)" % NUM, t)
    if not m:
        return (None, None, None, None)
    val = tonum(m.group(1))
    rest = t[m.end():].strip()
    rest_np = re.sub(r"\([^)]*\)", "", rest)
    if re.search(r"\d", rest_np):
        return (None, None, None, None)
    r = rest.lower()
    if r.startswith("mln"):
        val *= 1_000_000; r = r[3:].strip()
    if r.startswith("%"):
        unit = "%"
    elif r.startswith("‰") or r.startswith("per mille"):
        unit = "‰"
    elif r.startswith("gg") or r.startswith("giorni"):
        unit = "days"
    elif r.startswith("ore"):
        unit = "hours"
    elif r.startswith("€"):
        unit = "EUR"
    if op is None:
        op = "="
    if val == int(val):
        val = float(val)
    return (op, val, None, unit)

def pct(s):
    if s is None:
        return None
    m = re.match(r"(%s)\s*%%" % NUM, s.strip())
    return tonum(m.group(1)) if m else None

def met(t, a, better):
    to, tv, _, tu = parse_value(t)
    ao, av, _, au = parse_value(a)
    if tv is None or av is None:
        return None
    if tu and au and tu != au:
        return None
    if to == ">=": return av >= tv
    if to == ">": return av > tv
    if to == "<=": return av <= tv
    if to == "<": return av < tv
    if av == tv: return True
    if better == "higher": return av > tv
    if better == "lower": return av < tv
    return None

# ---------------------------------------------------------------- sample 1
S1 = {
 "name": "comune-piacenza-2023-relazione",
 "document": {"issuer": "Comune di Piacenza", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": {
   "lines": ["Comune di Piacenza", "Servizio Programmazione, Controlli e Performance", "",
             "RELAZIONE SULLA PERFORMANCE 2023", "(art. 10, comma 1, lett. b), D.Lgs. 27 ottobre 2009, n. 150)",
             "Allegato A – Schede di rendicontazione degli obiettivi operativi"],
   "prose": ["La presente Relazione rendiconta i risultati conseguiti nell'anno 2023 rispetto agli obiettivi operativi assegnati ai Settori con il Piano integrato di attività e organizzazione 2023-2025, sezione Performance, approvato con deliberazione di Giunta comunale n. 58 del 28/03/2023. I valori sono rilevati al 31/12/2023 dal sistema di controllo di gestione e validati dai Dirigenti responsabili.",
             "Le schede che seguono sono estratte dal foglio di lavoro condiviso con il Nucleo di Valutazione. Per ciascun indicatore sono riportati la formula di calcolo, la fonte del dato, il peso, il valore di partenza 2022, il target 2023, il valore conseguito e l'esito della verifica. Il grado di raggiungimento è calcolato come rapporto tra valore conseguito e target, con un massimo del 100%."],
   "table_title": "Personale assegnato ai Settori al 31/12/2023",
   "table_header": ["Settore", "Dirigenti", "Funzionari e E.Q.", "Istruttori", "Operatori", "Totale"],
   "table_rows": [["Settore 1 – Servizi demografici e statistici", "1", "6", "28", "4", "39"],
                  ["Settore 2 – Risorse finanziarie e tributi", "1", "9", "22", "2", "34"],
                  ["Settore 3 – Lavori pubblici e patrimonio", "2", "14", "19", "11", "46"],
                  ["Settore 4 – Servizi sociali e politiche abitative", "1", "21", "17", "6", "45"],
                  ["Settore 5 – Polizia locale e sicurezza urbana", "1", "12", "84", "3", "100"],
                  ["Totale", "6", "62", "170", "26", "264"]],
 },
 "sheet": {"name": "Obiettivi 2023", "orientation": "landscape", "page_order": "downThenOver",
           "print_title_rows": True, "print_title_cols": "A:A",
           "title": "RELAZIONE SULLA PERFORMANCE 2023 – RENDICONTAZIONE DEGLI OBIETTIVI OPERATIVI PER SETTORE",
           "subtitle": "Dati al 31/12/2023 – fonte: sistema di controllo di gestione (estrazione del 15/03/2024)",
           "footer": "Comune di Piacenza – Relazione sulla performance 2023"},
 "columns": [
   {"label": "Cod.", "field": "indicator_code", "w": 7},
   {"label": "Settore", "field": "area", "w": 20},
   {"label": "Obiettivo operativo", "field": "objective", "w": 28},
   {"label": "Indicatore", "field": "indicator", "w": 38},
   {"label": "Formula di calcolo", "field": "formula", "w": 34},
   {"label": "Fonte dei dati", "field": "data_source", "w": 20},
   {"label": "Peso", "field": "weight", "w": 7},
   {"label": "Baseline 2022", "field": "baseline", "w": 12},
   {"label": "Target 2023", "field": "target", "w": 14, "year": 2023},
   {"label": "Valore 2023", "field": "actual", "w": 15},
   {"label": "% raggiungimento", "field": "achievement", "w": 13},
   {"label": "Esito", "field": "status", "w": 14},
   {"label": "Note", "field": "notes", "w": 34},
 ],
 "status_map": {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved",
                "Non raggiunto": "not_achieved", "Sospeso": "suspended", "In corso": "partially_achieved"},
 "rows": [],
}
A1 = {1: "Settore 1 – Servizi demografici e statistici", 2: "Settore 2 – Risorse finanziarie e tributi",
      3: "Settore 3 – Lavori pubblici e patrimonio", 4: "Settore 4 – Servizi sociali e politiche abitative",
      5: "Settore 5 – Polizia locale e sicurezza urbana"}
O1 = {"1.1": "Digitalizzazione dei servizi anagrafici e di stato civile",
      "1.2": "Censimento permanente e qualità delle basi dati anagrafiche",
      "2.1": "Rispetto dei tempi di pagamento dei fornitori",
      "2.2": "Contrasto all'evasione dei tributi locali",
      "3.1": "Attuazione degli interventi finanziati dal PNRR",
      "3.2": "Manutenzione programmata del patrimonio stradale",
      "4.1": "Presa in carico integrata delle persone fragili",
      "4.2": "Gestione efficiente del patrimonio di edilizia residenziale pubblica",
      "5.1": "Presidio del territorio e sicurezza stradale",
      "5.2": "Educazione alla legalità nelle scuole"}
r1 = [
 ("1.1.1", "Percentuale di certificati anagrafici rilasciati online sul totale dei certificati emessi", "N. certificati emessi tramite ANPR online / N. certificati totali x 100", "ANPR – cruscotto comunale", "10%", "58,2%", "≥ 65%", "71,4%", "100%", "Raggiunto", None, "higher"),
 ("1.1.2", "Tempo medio di rilascio della carta d'identità elettronica dalla data di prenotazione", "Somma dei giorni di attesa / N. CIE emesse", "Agenda prenotazioni CIE", "10%", "34 gg", "≤ 25 gg", "27 gg", "92%", "Parzialmente raggiunto", "Picco di richieste nei mesi estivi; aperture straordinarie il sabato da ottobre 2023", "lower"),
 ("1.2.1", "Grado di copertura delle rilevazioni ISTAT assegnate al Comune", "Questionari completati / questionari assegnati x 100", "Portale ISTAT SGI", "5%", "96%", "100%", "98,7%", "98,7%", "Parzialmente raggiunto", None, "higher"),
 ("1.2.2", "Numero di posizioni anagrafiche bonificate (indirizzi non codificati nello stradario)", "Conteggio delle posizioni corrette nell'anno", "Gestionale anagrafe", "5%", "1.240", "almeno 2.000", "2.315", "100%", "Raggiunto", None, "higher"),
 ("2.1.1", "Indicatore annuale di tempestività dei pagamenti", "Somma (giorni di ritardo x importo fattura) / somma importi pagati", "PCC – Piattaforma crediti commerciali", "15%", "-3,42 giorni", "≤ 0 gg", "-6,18 gg", "100%", "Raggiunto", None, None),
 ("2.1.2", "Percentuale di fatture liquidate entro 30 giorni dal ricevimento", "N. fatture liquidate entro 30 gg / N. fatture ricevute x 100", "Contabilità finanziaria", "10%", "81,5%", "≥ 90%", "88,9%", "98,8%", "Parzialmente raggiunto", "Ritardi concentrati sulle fatture dei lavori PNRR in attesa di verifica di conformità", "higher"),
 ("2.2.1", "Importo degli avvisi di accertamento IMU e TARI emessi", "Somma degli importi degli avvisi di accertamento notificati", "Gestionale tributi", "10%", "€ 2.720.771,87", "≥ € 3.000.000,00", "€ 3.412.905,40", "100%", "Raggiunto", None, None),
 ("2.2.2", "Tasso di riscossione della TARI di competenza", "Riscosso in conto competenza / accertato x 100", "Gestionale tributi", "10%", "78,3%", "≥ 80%", "n.d.", "n.d.", "In corso", "Dato disponibile dopo l'approvazione del rendiconto 2023 (aprile 2024)", "higher"),
 ("3.1.1", "Percentuale di avanzamento della spesa sugli interventi PNRR (M5C2 – Rigenerazione urbana)", "Spesa liquidata / importo del quadro economico x 100", "ReGiS", "15%", "12%", "≥ 45%", "47,8%", "100%", "Raggiunto", None, "higher"),
 ("3.1.2", "Aggiudicazione dei lavori di riqualificazione energetica della scuola primaria \"Giordani\"", "Data dell'aggiudicazione definitiva", "Piattaforma e-procurement SATER", "10%", None, "Entro il 30/06/2023", "Aggiudicati il 14/06/2023", "100%", "Raggiunto", None, None),
 ("3.2.1", "Superficie di pavimentazione stradale rifatta nell'anno", "Somma dei mq da stati di avanzamento lavori", "Contabilità lavori", "10%", "38.500 mq", "≥ 45.000 mq", "41.200 mq", "91,6%", "Parzialmente raggiunto", "Due lotti rinviati al 2024 per interferenze con i cantieri della rete gas", None),
 ("3.2.2", "Tempo medio di intervento per la messa in sicurezza delle buche segnalate", "Somma giorni tra segnalazione e intervento / N. segnalazioni", "Sistema segnalazioni Rilevagis", "5%", "6,5 gg", "5 gg", "4,2 gg", "100%", "Raggiunto", None, "lower"),
 ("4.1.1", "Numero di progetti personalizzati attivati per i nuclei beneficiari del Reddito di cittadinanza", "Conteggio progetti sottoscritti sulla piattaforma GePI", "Piattaforma GePI", "10%", "312", "350", "356", "100%", "Raggiunto", None, "higher"),
 ("4.1.2", "Tempo medio di attesa per la prima valutazione dell'assistente sociale", "Somma giorni tra richiesta e colloquio / N. prime valutazioni", "Cartella sociale informatizzata", "10%", "21 gg", "≤ 15 gg", "18 gg", "83%", "Non raggiunto", "Tre assistenti sociali in congedo nel secondo semestre; sostituzioni avviate a novembre", "lower"),
 ("4.2.1", "Percentuale di alloggi ERP di risulta riassegnati entro 90 giorni dal rilascio", "Alloggi riassegnati entro 90 gg / alloggi rilasciati x 100", "ACER Piacenza", "10%", "44%", "≥ 60%", "63,5%", "100%", "Raggiunto", None, "higher"),
 ("4.2.2", "Aggiornamento biennale della graduatoria per l'assegnazione degli alloggi ERP", "Approvazione della graduatoria definitiva", "Determinazioni dirigenziali", "5%", None, "Approvazione entro il 31/10/2023", "Obiettivo sospeso", None, "Sospeso", "Sospeso in attesa del nuovo regolamento regionale sui requisiti di accesso", None),
 ("5.1.1", "Numero di ore di pattugliamento serale nei quartieri", "Somma delle ore di servizio serale da registro", "Registro servizi Polizia locale", "10%", "3.100", "almeno 3.500 ore", "3.842 ore", "100%", "Raggiunto", None, "higher"),
 ("5.1.2", "Riduzione degli incidenti stradali con feriti rispetto all'anno precedente", "(Incidenti 2023 – incidenti 2022) / incidenti 2022 x 100", "Rilevazione ISTAT incidenti stradali", "10%", "412 incidenti", "-5%", "-7,3%", "100%", "Raggiunto", None, "lower"),
 ("5.1.3", "Percentuale di verbali notificati entro 90 giorni dall'accertamento", "Verbali notificati entro 90 gg / verbali da notificare x 100", "Gestionale Concilia", "5%", "91%", "100%", "99,2%", "99,2%", "Parzialmente raggiunto", None, "higher"),
 ("5.2.1", "Numero di incontri di educazione stradale svolti nelle scuole primarie e secondarie", "Conteggio incontri da registro attività", "Registro attività", "5%", "48", "60", "60", "100%", "Raggiunto", None, "higher"),
]
for code, name, formula, src, peso, base, tgt, act, ach, esito, note, better in r1:
    s = int(code.split(".")[0]); oc = ".".join(code.split(".")[:2])
    S1["rows"].append({"t": "ind", "area": A1[s], "objective": f"{oc} – {O1[oc]}", "indicator_code": code,
                       "indicator": name, "formula": formula, "data_source": src, "weight": peso,
                       "baseline": base, "target": tgt, "actual": act, "achievement": ach, "status": esito,
                       "notes": note, "better": better,
                       "hier": {"area_code": str(s), "area_title": A1[s].split(" – ", 1)[1],
                                "objective_level": "operational", "objective_code": oc, "objective_title": O1[oc]}})

# ---------------------------------------------------------------- sample 2
S2 = {
 "name": "asst-lariana-2024-piano",
 "document": {"issuer": "Azienda Socio Sanitaria Territoriale Lariana", "title": "Piano della performance", "year": 2024, "kind": "piano"},
 "cover": {
   "lines": ["Sistema Socio Sanitario – Regione Lombardia", "ASST Lariana", "Azienda Socio Sanitaria Territoriale Lariana", "",
             "PIANO DELLA PERFORMANCE 2024-2026", "Allegato 1 – Albero della performance: obiettivi strategici e indicatori",
             "Adottato con deliberazione del Direttore Generale n. 87 del 30/01/2024"],
   "prose": ["Il Piano della performance 2024-2026 declina gli indirizzi della programmazione regionale (Regole di sistema 2024, DGR XII/1827 del 31/01/2024) e del Piano Socio Sanitario Integrato Lombardo in obiettivi strategici dell'Azienda, misurati attraverso indicatori con target annuali per ciascun anno del triennio.",
             "Il foglio che segue riporta, per ciascuna area strategica, gli obiettivi strategici, gli indicatori con la relativa formula di calcolo, la fonte dei dati, la struttura responsabile della misurazione, il peso, il valore consuntivo 2023 e i target 2024, 2025 e 2026. Gli obiettivi operativi assegnati alle singole strutture sono contenuti nelle schede di budget 2024."],
   "table_title": "Bilancio preventivo economico 2024 – sintesi (importi in euro)",
   "table_header": ["Voce", "Preventivo 2024", "Consuntivo 2023"],
   "table_rows": [["Contributi da Regione (quota FSR indistinto)", "€ 512.340.000,00", "€ 498.715.220,00"],
                  ["Ricavi per prestazioni sanitarie", "€ 38.920.000,00", "€ 37.402.118,45"],
                  ["Costo del personale", "€ 268.450.000,00", "€ 259.880.310,12"],
                  ["Acquisti di beni sanitari", "€ 121.700.000,00", "€ 118.245.902,77"],
                  ["Acquisti di servizi", "€ 142.310.000,00", "€ 139.004.551,30"],
                  ["Risultato d'esercizio", "€ 0,00", "€ 0,00"]],
 },
 "sheet": {"name": "Albero performance", "orientation": "portrait", "page_order": "overThenDown",
           "print_title_rows": False, "print_title_cols": None,
           "title": "ASST LARIANA – PIANO DELLA PERFORMANCE 2024-2026",
           "subtitle": "Allegato 1 – Obiettivi strategici, indicatori e target del triennio",
           "footer": "ASST Lariana – Piano della performance 2024-2026"},
 "columns": [
   {"label": "N.", "field": "indicator_code", "w": 4},
   {"label": "Indicatore", "field": "indicator", "w": 34},
   {"label": "Tipologia", "field": "type", "w": 11},
   {"label": "Unità di misura", "field": "unit", "w": 9},
   {"label": "Peso", "field": "weight", "w": 6},
   {"label": "Formula di calcolo", "field": "formula", "w": 32},
   {"label": "Fonte dati", "field": "data_source", "w": 17},
   {"label": "Struttura responsabile", "field": "extra", "w": 21},
   {"label": "Consuntivo 2023", "field": "baseline", "w": 11},
   {"label": "Target 2024", "field": "target", "year": 2024, "w": 11},
   {"label": "Target 2025", "field": "target", "year": 2025, "w": 11},
   {"label": "Target 2026", "field": "target", "year": 2026, "w": 11},
   {"label": "Note", "field": "notes", "w": 25},
 ],
 "rows": [],
}
r2 = [
 ("A", "1", "ACCESSIBILITÀ E TEMPI DI ATTESA"),
 ("O", "1.1", "Garantire i tempi massimi di attesa per le prestazioni ambulatoriali"),
 ("I", "1", "Percentuale di prime visite con priorità B erogate entro 10 giorni", "Efficacia", "N. prime visite in classe B erogate entro 10 gg / N. prime visite in classe B x 100", "%", "Flusso 28/SAN", "Direzione Medica di Presidio", "8%", "84,7%", ["≥ 90%", "≥ 92%", "≥ 95%"], None),
 ("I", "2", "Percentuale di prime visite con priorità D erogate entro 30 giorni", "Efficacia", "N. prime visite in classe D erogate entro 30 gg / N. prime visite in classe D x 100", "%", "Flusso 28/SAN", "Direzione Medica di Presidio", "6%", "77,1%", ["≥ 85%", "≥ 88%", "≥ 90%"], None),
 ("I", "3", "Tasso di saturazione delle agende pubblicate sul CUP regionale", "Efficienza", "Slot prenotati / slot resi disponibili x 100", "%", "CUP regionale – GP++", "SC Specialistica ambulatoriale", "4%", "88%", ["≥ 90%", "≥ 90%", "≥ 92%"], None),
 ("O", "1.2", "Migliorare la presa in carico e i tempi del Pronto Soccorso"),
 ("I", "4", "Tempo medio di permanenza in Pronto Soccorso dei pazienti dimessi con codice di priorità 4 e 5", "Efficienza", "Somma delle ore tra triage e dimissione / N. accessi dimessi", "ore", "Flusso EUOL", "SC Pronto Soccorso e Medicina d'urgenza", "6%", "5,8 ore", ["≤ 5 ore", "≤ 4,5 ore", "≤ 4 ore"], None),
 ("I", "x", "Percentuale di accessi in PS con prima visita medica entro i tempi previsti per il codice di priorità", "Efficacia", "Accessi con attesa entro lo standard / accessi totali x 100", "%", "Flusso EUOL", "SC Pronto Soccorso e Medicina d'urgenza", "5%", "71,5%", ["≥ 75%", "≥ 80%", "≥ 85%"], None),
 ("I", "5", "Percentuale di pazienti in attesa di ricovero in PS per oltre 24 ore (boarding)", "Efficacia", "Accessi con attesa di ricovero > 24 h / accessi ricoverati x 100", "%", "Flusso EUOL", "Direzione Medica di Presidio", "5%", "6,2%", ["< 5%", "< 4%", "< 3%"], None),
 ("A", "2", "PRESA IN CARICO TERRITORIALE (DM 77/2022)"),
 ("O", "2.1", "Attivare le Case di Comunità e gli Ospedali di Comunità"),
 ("I", "6", "Numero di Case di Comunità attive con apertura H12 sei giorni su sette", "Output", "Conteggio delle Case di Comunità attive al 31/12", "n.", "Rilevazione aziendale", "Dipartimento Cure Primarie", "8%", "4", ["7", "10", "12"], "Target 2026 come da cronoprogramma PNRR M6C1"),
 ("I", "7", "Posti letto di Ospedale di Comunità attivati", "Output", "Conteggio dei posti letto accreditati e attivi al 31/12", "n.", "Flusso HSP.22", "Dipartimento Cure Primarie", "6%", "20", ["40", "60", "60"], None),
 ("I", "x", "Numero di Centrali Operative Territoriali pienamente operative", "Output", "Conteggio delle COT con personale e sistemi attivi al 31/12", "n.", "Rilevazione aziendale", "Direzione Socio Sanitaria", "3%", "2", ["3", "3", "3"], None),
 ("I", "8", "Percentuale di assistiti con 65 anni e oltre presi in carico in assistenza domiciliare integrata", "Efficacia", "Assistiti ≥ 65 anni in ADI / popolazione ≥ 65 anni x 100", "%", "Flusso SIAD", "SC Cure domiciliari", "8%", "7,4%", ["≥ 8%", "≥ 9%", "≥ 10%"], "Target DM 77/2022: 10% entro il 2026"),
 ("O", "2.2", "Potenziare telemedicina e presa in carico delle cronicità"),
 ("I", "9", "Numero di televisite e teleconsulti erogati", "Output", "Conteggio prestazioni rendicontate in piattaforma", "n.", "Piattaforma regionale di telemedicina", "SC Sistemi informativi aziendali", "4%", "1.850", ["3.000", "4.500", "6.000"], None),
 ("I", "x", "Percentuale di pazienti cronici arruolati con Piano di Assistenza Individuale (PAI) sottoscritto", "Efficacia", "Pazienti con PAI sottoscritto / pazienti cronici arruolati x 100", "%", "Piattaforma regionale PIC", "Dipartimento Cure Primarie", "5%", "38%", ["≥ 45%", "≥ 55%", "≥ 65%"], None),
 ("I", "x", "Tasso di ospedalizzazione per scompenso cardiaco nei residenti con 65 anni e oltre", "Esito", "Ricoveri per scompenso cardiaco / residenti ≥ 65 anni x 1.000", "‰", "Flusso SDO", "Direzione Sanitaria", "4%", "9,8‰", ["≤ 9,5‰", "≤ 9,2‰", "≤ 9‰"], "Indicatore PNE – Programma Nazionale Esiti"),
 ("A", "3", "VALORIZZAZIONE DELLE RISORSE UMANE"),
 ("O", "3.1", "Sviluppare le competenze e il benessere organizzativo"),
 ("I", "x", "Percentuale di dipendenti che hanno completato almeno 24 ore di formazione nell'anno", "Efficacia", "Dipendenti con almeno 24 ore di formazione / dipendenti in servizio x 100", "%", "Gestionale formazione", "SC Formazione e sviluppo competenze", "4%", "41%", ["≥ 50%", "≥ 60%", "≥ 70%"], None),
 ("I", "x", "Tasso di assenza del personale del comparto (esclusi i congedi parentali)", "Efficienza", "Giorni di assenza / giorni lavorativi teorici x 100", "%", "Rilevazione presenze", "SC Gestione risorse umane", "3%", "11,2%", ["≤ 10,5%", "≤ 10%", "≤ 10%"], None),
 ("I", "x", "Tempo medio di copertura dei posti vacanti di dirigente medico", "Efficienza", "Somma dei giorni tra cessazione e presa di servizio / posti coperti", "giorni", "Gestionale concorsi", "SC Gestione risorse umane", "3%", "210 gg", ["≤ 180 gg", "≤ 150 gg", "≤ 120 gg"], None),
 ("I", "x", "Numero di accordi individuali di lavoro agile attivi al 31/12", "Output", "Conteggio degli accordi sottoscritti e vigenti", "n.", "Gestionale presenze", "SC Gestione risorse umane", "2%", "385", ["420", "450", "450"], "Regolamento aziendale sul lavoro agile approvato con delibera n. 512/2023"),
 ("A", "4", "SOSTENIBILITÀ ECONOMICA E ORGANIZZATIVA"),
 ("O", "4.1", "Garantire l'equilibrio economico-finanziario"),
 ("I", "10", "Indicatore annuale di tempestività dei pagamenti", "Economico", "Media dei giorni di ritardo ponderata per l'importo delle fatture", "giorni", "PCC", "SC Economico-finanziaria", "6%", "-4,3", ["≤ 0", "≤ 0", "≤ 0"], None),
 ("I", "11", "Spesa farmaceutica ospedaliera per dimesso", "Economico", "Costo farmaci in dimissione e somministrazione diretta / N. dimessi", "€", "Flusso FILE F", "SC Farmacia ospedaliera", "5%", "€ 1.142,60", ["≤ € 1.120,00", "≤ € 1.100,00", "≤ € 1.100,00"], None),
 ("I", "12", "Costo del personale con contratti di lavoro flessibile", "Economico", "Somma dei costi per somministrazione, co.co.co. e libera professione", "€", "Contabilità generale", "SC Gestione risorse umane", "4%", "€ 4.850.000,00", ["≤ € 4.500.000,00", "≤ € 4.300.000,00", "n.d."], "Target 2026 da definire con le Regole di sistema regionali"),
 ("I", "x", "Riduzione dei consumi energetici dei presidi ospedalieri rispetto al 2019", "Economico", "(kWh equivalenti anno – kWh equivalenti 2019) / kWh equivalenti 2019 x 100", "%", "Relazione Energy Manager", "SC Tecnico patrimoniale", "3%", "-6,5%", ["-8%", "-10%", "-12%"], None),
 ("O", "4.2", "Rafforzare la trasparenza e la prevenzione della corruzione"),
 ("I", "13", "Percentuale di obblighi di pubblicazione assolti secondo la griglia di rilevazione ANAC", "Trasparenza", "Obblighi assolti / obblighi applicabili x 100", "%", "Griglia di attestazione OIV", "RPCT", "4%", "94%", ["100%", "100%", "100%"], None),
 ("I", "14", "Numero di dipendenti formati in materia di prevenzione della corruzione", "Formazione", "Conteggio dei partecipanti con attestato", "n.", "Gestionale formazione", "SC Formazione e sviluppo competenze", "4%", "612", ["almeno 800", "almeno 900", "almeno 1.000"], None),
 ("I", "x", "Percentuale di procedure di acquisto svolte sulla piattaforma telematica Sintel", "Efficienza", "Procedure su Sintel / procedure di acquisto avviate x 100", "%", "Piattaforma Sintel", "SC Approvvigionamenti", "3%", "92%", ["100%", "100%", "100%"], None),
]
area = obj = None
k = 0
for i, r in enumerate(r2):
    if r[0] == "I":
        k += 1; r = r2[i] = (r[0], str(k)) + r[2:]
for r in r2:
    if r[0] == "A":
        area = r; S2["rows"].append({"t": "area", "text": f"AREA STRATEGICA {r[1]} – {r[2]}"})
    elif r[0] == "O":
        obj = r; S2["rows"].append({"t": "obj", "text": f"Obiettivo strategico {r[1]} – {r[2]}"})
    else:
        _, n, name, typ, formula, unit, src, resp, peso, base, tg, note = r
        S2["rows"].append({"t": "ind", "indicator_code": n, "indicator": name, "type": typ, "formula": formula,
                           "unit": unit, "data_source": src, "extra": resp, "weight": peso, "baseline": base,
                           "targets": tg, "notes": note,
                           "hier": {"area_code": area[1], "area_title": area[2], "objective_level": "strategic",
                                    "objective_code": obj[1], "objective_title": obj[2]}})

# ---------------------------------------------------------------- sample 3
S3 = {
 "name": "arpa-lombardia-2023-relazione",
 "document": {"issuer": "Agenzia Regionale per la Protezione dell'Ambiente della Lombardia", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": {
   "lines": ["ARPA Lombardia", "Agenzia Regionale per la Protezione dell'Ambiente della Lombardia", "",
             "RELAZIONE SULLA PERFORMANCE 2023", "Allegato tecnico – Monitoraggio finale degli indicatori di performance organizzativa",
             "Validata dall'Organismo Indipendente di Valutazione in data 21/06/2024"],
   "prose": ["Il presente allegato riporta, per ciascuna area strategica e obiettivo strategico del Piano integrato di attività e organizzazione 2023-2025, il monitoraggio finale al 31 dicembre 2023 degli indicatori di performance organizzativa dell'Agenzia.",
             "L'esito di ciascun indicatore è espresso con le sigle della legenda riportata in calce alla tabella. Lo scostamento è calcolato come differenza tra valore 2023 e target, espressa nell'unità di misura dell'indicatore. La performance organizzativa complessiva dell'Agenzia per il 2023 è pari al 96,4%."],
   "table_title": "Risorse finanziarie 2023 per area strategica (spesa impegnata, in euro)",
   "table_header": ["Area strategica", "Personale", "Beni e servizi", "Investimenti", "Totale"],
   "table_rows": [["A – Aria, clima e agenti fisici", "€ 18.420.000", "€ 4.115.300", "€ 2.960.000", "€ 25.495.300"],
                  ["B – Acque, suolo e rifiuti", "€ 24.880.500", "€ 5.230.800", "€ 1.745.000", "€ 31.856.300"],
                  ["C – Supporto tecnico, trasparenza e bilancio", "€ 12.310.000", "€ 6.402.150", "€ 890.000", "€ 19.602.150"],
                  ["Totale", "€ 55.610.500", "€ 15.748.250", "€ 5.595.000", "€ 76.953.750"]],
 },
 "sheet": {"name": "Monitoraggio 2023", "orientation": "landscape", "page_order": "overThenDown",
           "print_title_rows": False, "print_title_cols": "A:A",
           "title": "ARPA LOMBARDIA – MONITORAGGIO FINALE DEGLI INDICATORI DI PERFORMANCE ORGANIZZATIVA – ANNO 2023",
           "subtitle": "Situazione al 31/12/2023",
           "footer": "ARPA Lombardia – Relazione sulla performance 2023",
           "legend": "Legenda esito: R = raggiunto; PR = parzialmente raggiunto; NR = non raggiunto; S = sospeso"},
 "columns": [
   {"label": "Cod.", "field": "indicator_code", "w": 8},
   {"label": "Obiettivo strategico", "field": "objective", "w": 26},
   {"label": "Indicatore", "field": "indicator", "w": 40},
   {"label": "Tipologia", "field": "type", "w": 12},
   {"label": "Unità di misura", "field": "unit", "w": 10},
   {"label": "Fonte", "field": "data_source", "w": 22},
   {"label": "Peso %", "field": "weight", "w": 8},
   {"label": "Baseline 2022", "field": "baseline", "w": 13},
   {"label": "Target 2023", "field": "target", "year": 2023, "w": 14},
   {"label": "Valore 2023", "field": "actual", "w": 15},
   {"label": "Scostamento", "field": "extra", "w": 11},
   {"label": "Grado di raggiungimento", "field": "achievement", "w": 13},
   {"label": "Esito", "field": "status", "w": 7},
   {"label": "Commento", "field": "notes", "w": 36},
   {"label": "Responsabile", "field": "extra", "w": 22},
 ],
 "status_map": {"R": "achieved", "PR": "partially_achieved", "NR": "not_achieved", "S": "suspended"},
 "rows": [],
}
A3 = {"A": "ARIA, CLIMA E AGENTI FISICI", "B": "ACQUE, SUOLO E RIFIUTI", "C": "SUPPORTO TECNICO, TRASPARENZA E BILANCIO"}
O3 = {"A.1": "Assicurare il monitoraggio continuo della qualità dell'aria",
      "A.2": "Controllare le sorgenti di rumore e di campi elettromagnetici",
      "B.1": "Garantire il monitoraggio dello stato dei corpi idrici",
      "B.2": "Assicurare i controlli sulle installazioni soggette ad AIA",
      "B.3": "Accelerare le istruttorie sui siti contaminati",
      "C.1": "Rafforzare la comunicazione e l'accessibilità dei dati ambientali",
      "C.2": "Garantire l'equilibrio di bilancio e l'efficienza della spesa"}
r3 = [
 ("A.1.1", "Rendimento strumentale medio della rete di rilevamento della qualità dell'aria", "Efficacia", "%", "Sistema AriaWeb", "8", "92,4%", "≥ 90%", "94,1%", "+4,1", "100%", "R", None, "UO Qualità dell'aria", None),
 ("A.1.2", "Tempo medio di pubblicazione dei dati validati giornalieri sul sito", "Efficienza", "giorni", "Sito istituzionale", "5", "1,8 gg", "≤ 2 gg", "1,6 gg", "-0,4", "100%", "R", None, "UO Qualità dell'aria", "lower"),
 ("A.1.3", "Numero di campagne di misura con laboratorio mobile", "Output", "n.", "Programma annuale attività", "4", "18", "20", "17", "-3", "85%", "PR", "Due campagne rinviate al 2024 per il guasto del mezzo mobile (luglio-agosto)", "UO Qualità dell'aria", "higher"),
 ("A.2.1", "Percentuale di pareri su impianti di telefonia mobile rilasciati entro 30 giorni", "Efficacia", "%", "Protocollo informatico", "6", "87%", "≥ 90%", "93,6%", "+3,6", "100%", "R", None, "UO Agenti fisici", "higher"),
 ("A.2.2", "Numero di sopralluoghi a seguito di esposti per inquinamento acustico", "Output", "n.", "Registro attività ispettive", "4", "410", "almeno 420", "398", "-22", "94,8%", "PR", "Riduzione delle richieste dei Comuni nel secondo semestre", "UO Agenti fisici", "higher"),
 ("A.2.3", "Tempo medio di rilascio dei pareri sui piani comunali di classificazione acustica", "Efficienza", "giorni", "Protocollo informatico", "3", "52 gg", "≤ 45 gg", "39 gg", "-6", "100%", "R", None, "UO Agenti fisici", "lower"),
 ("B.1.1", "Percentuale di stazioni della rete fluviale campionate secondo programma", "Efficacia", "%", "Banca dati acque", "7", "97%", "100%", "100%", "0", "100%", "R", None, "UO Monitoraggi acque", "higher"),
 ("B.1.2", "Tempo medio di refertazione dei campioni di acque destinate al consumo umano", "Efficienza", "giorni", "LIMS laboratorio", "6", "14 gg", "≤ 12 gg", "15 gg", "+3", "80%", "NR", "Carenza di personale tecnico nel laboratorio di Milano; due tecnici assunti a dicembre", "Laboratorio regionale", "lower"),
 ("B.1.3", "Numero di campioni di acque sotterranee analizzati", "Output", "n.", "LIMS laboratorio", "4", "2.860", "almeno 3.000", "3.145", "+145", "100%", "R", None, "Laboratorio regionale", "higher"),
 ("B.2.1", "Percentuale di ispezioni AIA programmate effettuate", "Efficacia", "%", "Piano ispezioni AIA", "8", "98,5%", "100%", "96,2%", "-3,8", "96,2%", "PR", None, "UO Controlli AIA", "higher"),
 ("B.2.2", "Numero di campionamenti agli scarichi industriali", "Output", "n.", "Registro campionamenti", "5", "1.320", "1.400", "Obiettivo sospeso", None, None, "S", "Attività ricondotta nel Piano dei controlli 2024 d'intesa con la Regione", "UO Controlli AIA", "higher"),
 ("B.3.1", "Tempo medio di istruttoria dei piani di caratterizzazione dei siti contaminati", "Efficienza", "giorni", "Protocollo informatico", "5", "58 gg", "≤ 45 gg", "44 gg", "-1", "100%", "R", None, "UO Bonifiche", "lower"),
 ("B.3.2", "Percentuale di pareri sui progetti di bonifica resi entro i termini della conferenza di servizi", "Efficacia", "%", "Protocollo informatico", "4", "89%", "≥ 95%", "91,3%", "-3,7", "96,1%", "PR", "Istruttorie complesse sui siti di interesse nazionale di Sesto San Giovanni e Brescia-Caffaro", "UO Bonifiche", "higher"),
 ("C.1.1", "Numero di dataset ambientali pubblicati sul portale Open Data Lombardia", "Output", "n.", "Portale dati.lombardia.it", "4", "62", "75", "81", "+6", "100%", "R", None, "UO Comunicazione", "higher"),
 ("C.1.2", "Percentuale di richieste di accesso civico evase nei termini", "Trasparenza", "%", "Registro degli accessi", "3", "100%", "100%", "100%", "0", "100%", "R", None, "RPCT", "higher"),
 ("C.1.3", "Grado di soddisfazione degli utenti dei servizi URP (scala 1-5)", "Qualità", "punteggio", "Indagine di customer satisfaction", "3", "4,1", "≥ 4", "4,3", "+0,3", "100%", "R", None, "UO Comunicazione", "higher"),
 ("C.2.1", "Indicatore annuale di tempestività dei pagamenti", "Economico", "giorni", "PCC", "5", "-8,2", "≤ 0", "-11,4", "-11,4", "100%", "R", None, "UO Bilancio", None),
 ("C.2.2", "Entrate da prestazioni a pagamento verso terzi", "Economico", "€", "Contabilità generale", "4", "€ 3.480.000", "≥ € 3.600.000", "€ 3.712.450", "+112.450", "100%", "R", None, "UO Bilancio", None),
 ("C.2.3", "Costi di energia e utenze delle sedi dell'Agenzia", "Economico", "€", "Contabilità analitica", "3", "€ 2,61 mln", "≤ € 2,50 mln", "€ 2,58 mln", "+0,08 mln", "96,8%", "PR", "Rincari delle tariffe del primo trimestre; efficientamento della sede di Brescia concluso a ottobre", "UO Patrimonio", "lower"),
 ("C.2.4", "Percentuale di spesa per beni e servizi acquisiti tramite convenzioni ARIA e Consip", "Efficienza", "%", "Contabilità generale", "3", "71%", "≥ 75%", "78,4%", "+3,4", "100%", "R", None, "UO Approvvigionamenti", "higher"),
]
for code, name, typ, unit, src, peso, base, tgt, act, scost, ach, esito, comm, resp, better in r3:
    a = code[0]; oc = code[:3]
    S3["rows"].append({"t": "ind", "area_heading": f"AREA {a} – {A3[a]}", "objective": f"{oc} – {O3[oc]}",
                       "indicator_code": code, "indicator": name, "type": typ, "unit": unit, "data_source": src,
                       "weight": peso, "baseline": base, "target": tgt, "actual": act, "scost": scost,
                       "achievement": ach, "status": esito, "notes": comm, "resp": resp, "better": better,
                       "hier": {"area_code": a, "area_title": A3[a], "objective_level": "strategic",
                                "objective_code": oc, "objective_title": O3[oc]}})

S1["_about"] = ["Relazione sulla performance 2023 of the Comune di Piacenza, invented content. XLSX built with openpyxl, rendered by LibreOffice Calc: a portrait 'Premessa' sheet (cover lines, two prose paragraphs, a staff table by Settore: no records), then a landscape 13-column sheet of indicators printed at 100% WITHOUT fit-to-width, page order 'top to bottom, then right' (downThenOver). Print titles: header row 4 repeated on every page and column A (Cod.) repeated on the right parts. Pages 2-3: Cod./Settore/Obiettivo operativo/Indicatore of rows 1-16 and 17-20; pages 4-5: Cod. + Formula/Fonte/Peso/Baseline/Target; pages 6-7: Cod. + Valore/% raggiungimento/Esito/Note. The sheet title in A1 is clipped at column A on the right parts (its full text stays in the PDF text layer, clipped).",
  "Truth: Settore column -> area ('Settore N – title'), 'N.N – title' in 'Obiettivo operativo' -> operational objective; Cod. -> indicator_code; Target 2023 -> year 2023; Baseline 2022 -> baseline; Valore 2023 -> actual; % raggiungimento -> achievement; Esito -> status ('In corso' -> partially_achieved, 'Sospeso' -> suspended); Note -> notes. page = page_end = the page printing the row's Indicatore cell (Calc never splits a row, so no name continues on a later page)."]
S2["_about"] = ["Piano della performance 2024-2026 of ASST Lariana, invented content. XLSX built with openpyxl, rendered by LibreOffice Calc: a portrait 'Presentazione' sheet (Regione line, acronym over full name, prose, budget summary table: no records), then a portrait 13-column sheet printed at 100% WITHOUT fit-to-width, page order 'left to right, then down' (overThenDown), NO print titles: pages 2-4 are the three column parts of rows 1..N (header on these only), pages 5-7 the three parts of the remaining rows with no header at all. Hierarchy as shaded full-width heading rows ('AREA STRATEGICA N – …', 'Obiettivo strategico N.N – …'), which print as empty shaded bands on the right parts; page 5 continues objective 4.1 whose heading is on page 2.",
  "Truth: one record per indicator per Target year (2024, 2025, 2026); 'Consuntivo 2023' -> baseline (plan, results of a year before every target year); N. -> indicator_code; Tipologia -> type; Unità di misura -> unit; Peso -> weight; 'Struttura responsabile' -> extra (not in truth); Note -> notes. No actuals (plan). page = page_end = page printing the Indicatore cell."]
S3["_about"] = ["Relazione sulla performance 2023 of ARPA Lombardia, invented content. XLSX built with openpyxl, rendered by LibreOffice Calc: a portrait cover/premessa sheet with a budget table by area (no records), then a landscape 15-column sheet printed at 100% WITHOUT fit-to-width, page order 'left to right, then down' (overThenDown). Print titles: column A (Cod.) repeated on the right parts, header row NOT repeated (pages 5-7 have no header). Area rows merged over A:C; 'Obiettivo strategico' cells merged down over their indicators, so objective C.1's merged cell is cut by the page break: C.1.3 on page 5 has an empty objective cell (the merged text stays clipped in the text layer). Esito as legend marks (R/PR/NR/S) with the legend under the table.",
  "Truth: 'AREA X – title' rows -> area; 'X.n – title' in the merged column -> strategic objective; Cod. -> indicator_code; Tipologia -> type; Unità di misura -> unit; Fonte -> data_source; Peso % -> weight; Baseline 2022 -> baseline; Target 2023 -> target, year 2023; Valore 2023 -> actual; Grado di raggiungimento -> achievement; Esito mark -> status by the legend, status_text the mark; Commento -> notes; Scostamento and Responsabile -> extra (not in truth). 'Obiettivo sospeso' in Valore with Esito 'S' -> suspended. page = page_end = page printing the Indicatore cell."]

# parsed values (checked by eye)
for S in (S1, S2, S3):
    for r in S["rows"]:
        if r["t"] != "ind":
            continue
        if "targets" in r:
            r["parsed_targets"] = [parse_value(t) for t in r["targets"]]
        else:
            r["parsed_target"] = parse_value(r["target"])
            r["parsed_actual"] = parse_value(r["actual"])
            r["achievement_value"] = pct(r["achievement"])
            r["met"] = met(r["target"], r["actual"], r.get("better"))
    json.dump(S, open(S["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)

for S in (S1, S2, S3):
    print("==", S["name"])
    for r in S["rows"]:
        if r["t"] != "ind":
            continue
        if "targets" in r:
            print(f'{r["indicator_code"]:6} {r["targets"]} -> {r["parsed_targets"]}')
        else:
            print(f'{r["indicator_code"]:6} T {r["target"]!r:35} {r["parsed_target"]}  A {r["actual"]!r:28} {r["parsed_actual"]}  ach={r["achievement_value"]} met={r["met"]} ({r["better"]})')
