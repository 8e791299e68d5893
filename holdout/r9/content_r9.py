"""r9 content (invented, realistic). Writes NAME.content.json; parsed values by r9lib.parse_value
(my reading of RECORDS.md), `met` by met_of (my reading of CONVENTIONS.md), printed with --show."""
import json
import sys
from pathlib import Path

from r9lib import parse_value

HERE = Path(__file__).parent
LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di",
          "realizzazione", "entro", "nei termini"]


def direction(name):
    low = name.lower()
    best = None
    for w in LOWER + HIGHER:
        i = low.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, "lower" if w in LOWER else "higher")
    return best[1] if best else None


def met_of(name, tp, ap):
    if tp[1] is None or ap[1] is None:
        return None
    top, tv, tmax, tu = tp
    aop, av, _, au = ap
    if tu and au and tu != au:
        return None
    if top == ">=":
        return av >= tv
    if top == ">":
        return av > tv
    if top == "<=":
        return av <= tv
    if top == "<":
        return av < tv
    if top == "range":
        return tv <= av <= tmax
    if top == "=":
        if av == tv:
            return True
        d = direction(name)
        if d is None:
            return None
        return av > tv if d == "higher" else av < tv
    return None


# ============================================================ 1. Comune di Genova 2023 relazione
genova_areas = [
    ("1", "Genova che cura: welfare, casa e inclusione", [
        ("1.01", "Potenziare la rete dei servizi domiciliari per anziani e persone non autosufficienti", [
            ("Numero di utenti presi in carico dal servizio di assistenza domiciliare (SAD)", ">= 1.350", "1.412", "104,6%"),
            ("Tempo medio di attivazione del SAD dalla richiesta", "≤ 20 gg", "23 gg", "85,0%"),
        ]),
        ("1.02", "Ridurre il disagio abitativo attraverso l'assegnazione degli alloggi ERP", [
            ("Alloggi ERP assegnati nell'anno", "180", "167", "92,8%"),
            ("Percentuale di alloggi di risulta ripristinati e riassegnati entro 6 mesi", ">= 60%", "64,2%", "100,0%"),
            ("Pubblicazione del nuovo bando per l'assegnazione degli alloggi", "entro 30/06/2023", "Pubblicato il 12/05/2023", "100,0%"),
        ]),
    ]),
    ("2", "Genova che si muove: mobilità sostenibile e spazi pubblici", [
        ("2.01", "Estendere la rete ciclabile urbana e la mobilità dolce", [
            ("Km di nuove piste ciclabili realizzate", "12 km", "9,4 km", "78,3%"),
            ("Incremento degli stalli per biciclette installati", ">= 400", "436", "100,0%"),
        ]),
        ("2.02", "Migliorare la manutenzione di strade e marciapiedi", [
            ("Tempo medio di intervento sulle segnalazioni di buche stradali (giorni lavorativi)", "≤ 7 gg", "6,1 gg", "100,0%"),
            ("Superficie stradale riasfaltata (mq)", "250.000", "268.450", "107,4%"),
            ("Percentuale di segnalazioni chiuse tramite app «Genova Segnala»", ">= 85%", "n.d.", "n.d."),
        ]),
    ]),
    ("3", "Genova efficiente: macchina comunale e transizione digitale", [
        ("3.01", "Digitalizzare i servizi demografici e ridurre le attese agli sportelli", [
            ("Percentuale di certificati anagrafici rilasciati online", ">= 55%", "61,8%", "100,0%"),
            ("Tempo medio di attesa per il rilascio della CIE", "≤ 30 gg", "27 gg", "100,0%"),
            ("Numero di servizi comunali accessibili con SPID/CIE", "40", "40", "100,0%"),
        ]),
        ("3.02", "Migliorare la tempestività dei pagamenti ai fornitori", [
            ("Indicatore annuale di tempestività dei pagamenti", "≤ 0 gg", "-3,2 gg", "100,0%"),
            ("Riduzione dello stock di debito commerciale scaduto rispetto al 2022", ">= 10%", "7,5%", "75,0%"),
        ]),
    ]),
]

genova = {
    "name": "comune-genova-2023-relazione",
    "document": {"issuer": "Comune di Genova", "title": "Relazione sulla performance",
                 "year": 2023, "kind": "relazione"},
    "orientation": "portrait",
    "cover": ["COMUNE DI GENOVA", "Direzione Pianificazione Strategica e Controllo di Gestione",
              "RELAZIONE SULLA PERFORMANCE 2023",
              "ai sensi dell'art. 10, comma 1, lettera b) del D.Lgs. 150/2009",
              "Validata dall'Organismo Indipendente di Valutazione in data 26 giugno 2024"],
    "intro_heading": "1. Premessa",
    "intro": [
        "La Relazione sulla performance costituisce lo strumento mediante il quale l'Amministrazione "
        "illustra ai cittadini e a tutti gli stakeholder i risultati organizzativi raggiunti nel corso "
        "dell'anno 2023 rispetto agli obiettivi programmati nel Piano Integrato di Attività e "
        "Organizzazione 2023-2025, approvato con deliberazione della Giunta comunale n. 41 del 16 marzo 2023.",
        "Per ciascuna area strategica sono riportati gli obiettivi, gli indicatori di risultato con il "
        "valore programmato e il valore realizzato al 31 dicembre 2023, e la percentuale di realizzazione "
        "calcolata secondo il Sistema di misurazione e valutazione della performance vigente. La "
        "percentuale è limitata al 100% per gli indicatori che superano il valore programmato, salvo "
        "quelli di natura quantitativa per i quali il Sistema ammette il sovra-raggiungimento.",
        "I dati sono stati forniti dalle Direzioni competenti e verificati dalla Direzione Pianificazione "
        "Strategica e Controllo di Gestione sulla base delle evidenze documentali. Gli indicatori per i "
        "quali il dato non è disponibile alla data di redazione della Relazione sono contrassegnati con "
        "la dicitura «n.d.» e non concorrono al calcolo della performance organizzativa dell'Ente.",
    ],
    "budget_heading": "2. Le risorse finanziarie",
    "budget_intro": "La tabella riepiloga gli stanziamenti definitivi e gli impegni di spesa corrente "
                    "dell'esercizio 2023 per area strategica (importi in euro).",
    "budget": {"header": ["Area strategica", "Stanziamento definitivo", "Impegnato", "% impegnato"],
               "rows": [["1 – Genova che cura", "€ 148.620.400,00", "€ 141.305.118,72", "95,1%"],
                        ["2 – Genova che si muove", "€ 96.318.250,00", "€ 88.174.902,15", "91,5%"],
                        ["3 – Genova efficiente", "€ 62.905.730,00", "€ 60.012.447,30", "95,4%"],
                        ["Totale", "€ 307.844.380,00", "€ 289.492.468,17", "94,0%"]]},
    "results_heading": "3. I risultati per area strategica",
    "header": ["Codice obiettivo", "Descrizione obiettivo", "Indicatore di risultato",
               "Valore programmato 2023", "Valore realizzato 2023", "Percentuale di realizzazione"],
    "areas": [],
    "closing_heading": "4. Considerazioni conclusive",
    "closing": "Nel complesso, 10 indicatori su 15 hanno conseguito una percentuale di realizzazione pari "
               "o superiore al 100%. Gli scostamenti più significativi riguardano la realizzazione di nuove piste "
               "ciclabili, per il ritardo nell'aggiudicazione del lotto di Corso Europa, e l'abbattimento "
               "del debito commerciale scaduto, sul quale ha inciso la chiusura tardiva delle rendicontazioni PNRR.",
}
for acode, atitle, objs in genova_areas:
    a = {"code": acode, "title": atitle, "heading": f"Area strategica {acode} – {atitle}",
         "objectives": []}
    for ocode, otitle, inds in objs:
        o = {"code": ocode, "title": otitle, "indicators": []}
        for name, tgt, act, perc in inds:
            o["indicators"].append({"indicator": name, "target": tgt, "actual": act,
                                    "achievement_printed": perc})
        a["objectives"].append(o)
    genova["areas"].append(a)

# ============================================================ 2. Regione Toscana piano 2024
toscana_areas = [
    ("1", "Competitività, lavoro e formazione", [
        ("1.1", "Sostenere l'accesso al credito e gli investimenti delle PMI toscane", [
            ("Imprese beneficiarie di garanzie e finanziamenti agevolati", "numero", "1.840 (2022)", "≥ 2.000", "≥ 2.150", "≥ 2.300", "Settore Politiche di sostegno alle imprese"),
            ("Tempo medio di istruttoria delle domande di contributo", "giorni", "74", "≤ 60 gg", "≤ 50 gg", "≤ 45 gg", "Settore Politiche di sostegno alle imprese"),
            ("Avvio del nuovo fondo rotativo per la transizione ecologica", "fase", "", "Approvazione", "Avvio", "", "Settore Programmazione FESR"),
        ]),
        ("1.2", "Rafforzare le politiche attive per il lavoro e la formazione professionale", [
            ("Tasso di inserimento occupazionale a 6 mesi dei formati GOL", "%", "41,2%", "45%", "48%", "50%", "Settore Lavoro"),
            ("Numero di percorsi IeFP finanziati", "numero", "212", "220", "230", "240", "Settore Formazione"),
        ]),
    ]),
    ("2", "Territorio, ambiente e transizione ecologica", [
        ("2.1", "Accelerare la difesa del suolo e la prevenzione del rischio idraulico", [
            ("Percentuale di risorse impegnate sugli interventi del Documento operativo difesa del suolo", "%", "68%", ">= 75%", ">= 80%", ">= 85%", "Settore Genio civile Valdarno superiore"),
            ("Approvazione del Piano regionale di tutela delle acque", "fase", "Avvio del procedimento", "Adozione", "Approvazione", "", "Settore Tutela della natura e del mare"),
            ("Importo dei lavori aggiudicati per la messa in sicurezza idraulica", "euro", "€ 38,5 mln", "€ 45 mln", "€ 50 mln", "€ 55 mln", "Direzione Difesa del suolo e protezione civile"),
        ]),
        ("2.2", "Promuovere l'economia circolare e la riduzione dei rifiuti", [
            ("Percentuale di raccolta differenziata a livello regionale", "%", "65,8%", "68%", "70%", "72%", "Settore Servizi pubblici locali, energia e inquinamenti"),
            ("Rifiuti urbani conferiti in discarica pro capite", "kg/ab", "98", "≤ 90", "≤ 80", "≤ 70", "Settore Servizi pubblici locali, energia e inquinamenti"),
        ]),
    ]),
    ("3", "Salute, welfare e coesione sociale", [
        ("3.1", "Ridurre i tempi di attesa per le prestazioni specialistiche ambulatoriali", [
            ("Percentuale di prime visite erogate entro i tempi della classe di priorità B", "%", "71%", "≥ 80%", "≥ 85%", "≥ 90%", "Settore Qualità dei servizi e reti cliniche"),
            ("Attivazione del CUP unico regionale", "fase", "", "Avvio", "Completamento", "", "Settore Sanità digitale e innovazione"),
        ]),
        ("3.2", "Sostenere l'autonomia delle persone con disabilità", [
            ("Progetti di vita indipendente finanziati", "numero", "1.120", "1.200", "1.260", "1.300", "Settore Integrazione socio-sanitaria"),
        ]),
    ]),
]

toscana = {
    "name": "regione-toscana-2024-piano",
    "document": {"issuer": "Regione Toscana", "title": "Piano della performance",
                 "year": 2024, "kind": "piano"},
    "cover": ["REGIONE TOSCANA", "Giunta Regionale – Direzione Generale della Giunta",
              "Piano della performance 2024-2026",
              "Allegato A – Obiettivi e indicatori di performance della Giunta regionale",
              "Approvato con deliberazione della Giunta regionale n. 87 del 29 gennaio 2024"],
    "cover_notes": [
        "Il presente allegato riporta, per ciascuna area strategica del Programma regionale di sviluppo, gli "
        "obiettivi della Giunta per il triennio 2024-2026, gli indicatori di performance con il valore "
        "iniziale (ultimo dato disponibile) e i target annuali, nonché la struttura responsabile.",
        "Per gli indicatori di fase il target è espresso con lo stato di avanzamento atteso dell'attività "
        "(Avvio, Adozione, Approvazione, Completamento). La cella vuota indica che per l'anno non è previsto un target.",
    ],
    "sheet_title": "Obiettivi e indicatori di performance 2024-2026",
    "header": ["Obiettivo", "Indicatore", "Unità di misura", "Valore iniziale", "Target 2024",
               "Target 2025", "Target 2026", "Struttura"],
    "budget": {"title": "Quadro delle risorse finanziarie per area strategica (stanziamenti di competenza, euro)",
               "header": ["Area strategica", "2024", "2025", "2026"],
               "rows": [["1 – Competitività, lavoro e formazione", "412.380.500,00", "398.114.200,00", "371.905.000,00"],
                        ["2 – Territorio, ambiente e transizione ecologica", "287.640.900,00", "301.228.750,00", "276.410.300,00"],
                        ["3 – Salute, welfare e coesione sociale", "8.105.772.000,00", "8.194.310.600,00", "8.251.006.400,00"],
                        ["Totale", "8.805.793.400,00", "8.893.653.550,00", "8.899.321.700,00"]],
               "source": "Fonte: Bilancio di previsione finanziario 2024-2026 (L.R. 28 dicembre 2023, n. 49)."},
    "areas": [],
}
for acode, atitle, objs in toscana_areas:
    a = {"code": acode, "title": atitle, "band": f"Area strategica {acode} – {atitle}",
         "objectives": []}
    for ocode, otitle, inds in objs:
        o = {"code": ocode, "title": otitle, "cell": f"{ocode} – {otitle}", "indicators": []}
        for name, unit, base, t24, t25, t26, struct in inds:
            o["indicators"].append({"indicator": name, "unit": unit, "baseline": base,
                                    "targets": {"2024": t24, "2025": t25, "2026": t26},
                                    "struttura": struct})
        a["objectives"].append(o)
    toscana["areas"].append(a)

# ============================================================ 3. INPS relazione 2022
inps_areas = [
    ("1", "Prestazioni e servizi all'utenza", [
        ("1.1", "Garantire la tempestività nell'erogazione delle prestazioni pensionistiche", [
            ("Percentuale di pensioni di vecchiaia liquidate entro il primo rateo utile", ">= 90%", "93,4%", "+3,8", "Raggiunto", None),
            ("Giacenza media delle domande di pensione ai superstiti (giorni)", "≤ 30 gg", "36 gg", "-20,0", "Non raggiunto",
             "Motivazione: il dato risente dell'incremento delle domande del secondo semestre (+14% sul 2021) e del passaggio alla nuova procedura di liquidazione unificata, entrata a regime a ottobre 2022."),
            ("Indice di deflazione del contenzioso amministrativo in materia pensionistica", "≥ 65%", "66,1%", "+1,7", "Raggiunto", None),
        ]),
        ("1.2", "Assicurare il sostegno al reddito e alla famiglia", [
            ("Percentuale di domande di Assegno unico universale definite entro 30 giorni", "≥ 85%", "88,9%", "+4,6", "Raggiunto", None),
            ("Tempo medio di definizione delle domande di NASpI", "≤ 15 gg", "14,2 gg", "+5,3", "Raggiunto", None),
            ("Numero di accessi al servizio «Sportello virtuale» per i patronati", "≥ 1.200.000", "1.034.870", "-13,8", "Non raggiunto",
             "Motivazione: l'avvio del servizio è slittato da marzo a maggio 2022 per l'adeguamento dei sistemi di autenticazione; il valore su base mensile risulta in linea con l'atteso."),
        ]),
    ]),
    ("2", "Entrate contributive e vigilanza", [
        ("2.1", "Contrastare l'evasione e l'elusione contributiva", [
            ("Accertamenti da vigilanza documentale (importo)", "€ 950 mln", "€ 1.018,6 mln", "+7,2", "Raggiunto", None),
            ("Percentuale di ispezioni con esito irregolare", "≥ 70%", "78,3%", "+11,9", "Raggiunto", None),
            ("Tasso di riscossione dei crediti contributivi affidati all'agente della riscossione", "≥ 25%", "21,7%", "-13,2", "Non raggiunto",
             "Motivazione: la sospensione delle attività di notifica delle cartelle disposta dalla normativa emergenziale ha prodotto effetti anche sul primo semestre 2022."),
        ]),
    ]),
    ("3", "Organizzazione e innovazione", [
        ("3.1", "Semplificare e digitalizzare i processi interni", [
            ("Percentuale di procedimenti gestiti in modalità interamente digitale", "≥ 80%", "82,5%", "+3,1", "Raggiunto", None),
            ("Riduzione dei costi di funzionamento per la gestione documentale rispetto al 2021", "≥ 10%", "12,4%", "+24,0", "Raggiunto", None),
            ("Tempo medio di risposta alle istanze di accesso civico generalizzato", "≤ 25 gg", "19 gg", "+24,0", "Raggiunto", None),
        ]),
    ]),
]

inps = {
    "name": "inps-2022-relazione",
    "document": {"issuer": "Istituto Nazionale della Previdenza Sociale", "title": "Relazione sulla performance",
                 "year": 2022, "kind": "relazione"},
    "cover": ["INPS", "Istituto Nazionale della Previdenza Sociale",
              "Relazione sulla performance 2022",
              "Organismo Indipendente di Valutazione della performance – validazione del 28 giugno 2023"],
    "intro": [
        ("h", "1. Presentazione"),
        ("p", "La Relazione sulla performance 2022 dà conto dei risultati conseguiti dall'Istituto rispetto agli "
              "obiettivi strategici definiti nel Piano integrato di attività e organizzazione 2022-2024. Per ogni "
              "obiettivo sono riportati gli indicatori con il valore atteso, il valore conseguito al 31 dicembre "
              "2022, lo scostamento percentuale rispetto all'atteso e la valutazione sintetica."),
        ("p", "Un indicatore è considerato raggiunto quando il valore conseguito è pari o migliore del valore "
              "atteso; per gli indicatori non raggiunti è riportata la motivazione fornita dalla struttura responsabile."),
        ("h", "2. Il contesto organizzativo"),
        ("p", "Al 31 dicembre 2022 l'Istituto contava 25.317 dipendenti in servizio, distribuiti tra la Direzione "
              "generale, le 18 Direzioni regionali e di coordinamento metropolitano e le sedi territoriali."),
    ],
    "staff": {"title": "Tabella 1 – Personale in servizio al 31/12/2022",
              "header": ["Qualifica", "Uomini", "Donne", "Totale", "Var. % 2021"],
              "rows": [["Dirigenti di prima fascia", "27", "16", "43", "-2,3"],
                       ["Dirigenti di seconda fascia", "214", "262", "476", "+1,1"],
                       ["Professionisti e medici", "1.205", "1.318", "2.523", "-0,8"],
                       ["Area C", "6.902", "11.874", "18.776", "+3,9"],
                       ["Area B e A", "1.431", "2.068", "3.499", "-11,4"],
                       ["Totale", "9.779", "15.538", "25.317", "+0,4"]]},
    "results_heading": "3. I risultati degli obiettivi strategici",
    "header": ["Indicatore", "Atteso", "Conseguito", "Scostamento %", "Valutazione"],
    "summary": {"heading": "4. Sintesi dei risultati",
                "text": "La tabella riepiloga la valutazione degli indicatori strategici dell'anno.",
                "header": ["Valutazione", "N. indicatori", "%"],
                "rows": [["Raggiunto", "9", "75,0%"], ["Non raggiunto", "3", "25,0%"], ["Totale", "12", "100,0%"]]},
    "areas": [],
}
for acode, atitle, objs in inps_areas:
    a = {"code": acode, "title": atitle, "heading": f"Area strategica {acode} – {atitle}", "objectives": []}
    for ocode, otitle, inds in objs:
        o = {"code": ocode, "title": otitle, "heading": f"Obiettivo strategico {ocode} – {otitle}",
             "indicators": []}
        for name, tgt, act, dev, val, mot in inds:
            o["indicators"].append({"indicator": name, "target": tgt, "actual": act, "scostamento": dev,
                                    "valutazione": val, "motivazione": mot})
        a["objectives"].append(o)
    inps["areas"].append(a)

# ============================================================ 4. Università di Torino PIAO 2023
torino_groups = [
    ("D", "Didattica", [
        ("D.1", "Migliorare la regolarità delle carriere degli studenti", [
            ("Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "58,3% (a.a. 2021/22)", "≥ 60%", "≥ 62%", "≥ 64%"),
            ("Percentuale di laureati entro la durata normale del corso", "54,1%", "55%", "57%", "60%"),
        ]),
        ("D.2", "Potenziare i servizi digitali di supporto alla didattica", [
            ("Insegnamenti con materiali didattici pubblicati sulla piattaforma Moodle", "71%", "80%", "90%", "95%"),
            ("Attivazione del sistema di prenotazione aule e spazi studio via app", "–", "Avvio", "Completamento", "–"),
        ]),
    ]),
    ("R", "Ricerca e terza missione", [
        ("R.1", "Rafforzare la capacità di attrarre finanziamenti competitivi", [
            ("Numero di progetti presentati su bandi Horizon Europe", "118", "≥ 125", "≥ 130", "≥ 140"),
            ("Tempo medio di rendicontazione dei progetti PNRR", "45 gg", "≤ 40 gg", "≤ 35 gg", "≤ 30 gg"),
        ]),
        ("R.2", "Valorizzare i risultati della ricerca e il trasferimento tecnologico", [
            ("Brevetti depositati nell'anno", "22", "24", "26", "28"),
            ("Adozione del nuovo regolamento spin-off", "Bozza in consultazione", "Approvazione", "–", "–"),
        ]),
    ]),
    ("G", "Gestione e organizzazione", [
        ("G.1", "Ridurre i tempi dei procedimenti amministrativi", [
            ("Tempo medio di pagamento delle fatture passive", "22 gg", "≤ 20 gg", "≤ 18 gg", "≤ 18 gg"),
            ("Grado di digitalizzazione dei procedimenti di gestione del personale", "65%", "75%", "85%", "100%"),
            ("Costi di stampa e carta per unità di personale", "€ 48,20", "€ 42,00", "€ 38,00", "€ 35,00"),
        ]),
        ("G.2", "Promuovere la sostenibilità ambientale degli edifici", [
            ("Riduzione dei consumi di energia elettrica rispetto al 2019", "-8%", "-10%", "-12%", "-15%"),
        ]),
    ]),
]

torino = {
    "name": "universita-torino-2023-piao",
    "document": {"issuer": "Università degli Studi di Torino",
                 "title": "Piano integrato di attività e organizzazione", "year": 2023, "kind": "piao"},
    "orientation": "landscape",
    "cover": ["UNIVERSITÀ DEGLI STUDI DI TORINO", "Direzione Generale",
              "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2023-2025",
              "(art. 6 del D.L. 80/2021, convertito con modificazioni dalla L. 113/2021)",
              "Approvato dal Consiglio di Amministrazione nella seduta del 31 gennaio 2023"],
    "intro": [
        ("h1", "Sezione 1 – Scheda anagrafica dell'amministrazione"),
        ("p", "L'Università degli Studi di Torino è un ateneo generalista con 27 dipartimenti, oltre 82.000 "
              "studenti iscritti e circa 4.100 unità di personale docente e tecnico-amministrativo. Il presente "
              "Piano integra in un unico documento la programmazione della performance, la gestione dei rischi "
              "corruttivi e la trasparenza, l'organizzazione del lavoro e il piano dei fabbisogni di personale."),
        ("h1", "Sezione 2 – Valore pubblico, performance e anticorruzione"),
        ("h2", "2.2 Performance: obiettivi operativi di ateneo"),
        ("p", "Gli obiettivi operativi discendono dalle linee del Piano strategico 2021-2026 e sono raggruppati per "
              "ambito. Per ciascun indicatore sono indicati il valore di partenza (baseline, ultimo dato "
              "consolidato) e i target per il triennio di programmazione."),
    ],
    "header": ["Ambito", "Obiettivo operativo", "Indicatore", "Baseline", "Target 2023", "Target 2024",
               "Target 2025"],
    "footnote": "Il trattino indica che per l'anno non è previsto un target. Le baseline sono riferite al 2022 salvo diversa indicazione.",
    "risk": {"heading": "2.3 Rischi corruttivi e trasparenza",
             "intro": "La tabella riporta un estratto del registro dei rischi per le aree a più elevata esposizione, "
                      "con la valutazione del livello di rischio e le misure di trattamento programmate.",
             "title": "Tabella 4 – Estratto del registro dei rischi corruttivi",
             "header": ["Area di rischio", "Processo", "Evento rischioso", "Livello di rischio", "Misura di trattamento", "Tempi"],
             "rows": [["Contratti pubblici", "Affidamenti diretti di servizi e forniture", "Frazionamento artificioso dell'importo per eludere le soglie", "Alto", "Controllo a campione del 10% degli affidamenti; rotazione degli operatori", "31/12/2023"],
                      ["Reclutamento", "Procedure selettive per personale docente", "Composizione delle commissioni non imparziale", "Medio", "Dichiarazioni di assenza di conflitto di interessi; sorteggio dei commissari", "Immediata"],
                      ["Gestione della didattica", "Riconoscimento di crediti formativi", "Riconoscimenti non conformi al regolamento", "Basso", "Verifica di secondo livello delle delibere di convalida", "30/06/2023"],
                      ["Ricerca", "Gestione dei fondi di ricerca", "Utilizzo di fondi per finalità estranee al progetto", "Medio", "Audit interno annuale su un campione di progetti", "31/12/2023"]]},
    "closing": [("h1", "Sezione 3 – Organizzazione e capitale umano"),
                ("p", "La sezione 3 del Piano, dedicata alla struttura organizzativa, al lavoro agile e al piano "
                      "triennale dei fabbisogni di personale, è riportata nel documento allegato.")],
    "groups": [],
}
for acode, atitle, objs in torino_groups:
    g = {"code": acode, "title": atitle, "cell": f"{acode} – {atitle}", "objectives": []}
    for ocode, otitle, inds in objs:
        o = {"code": ocode, "title": otitle, "cell": f"{ocode} – {otitle}", "indicators": []}
        for name, base, t23, t24, t25 in inds:
            o["indicators"].append({"indicator": name, "baseline": base,
                                    "targets": {"2023": t23, "2024": t24, "2025": t25}})
        g["objectives"].append(o)
    torino["groups"].append(g)


# ============================================================ parsed values
def add_parsed(content):
    show = "--show" in sys.argv
    def walk():
        for a in content.get("areas") or content.get("groups"):
            for o in a["objectives"]:
                for ind in o["indicators"]:
                    yield ind
    for ind in walk():
        if "targets" in ind:
            ind["parsed"] = {y: {"target": parse_value(t) if t and t.strip() not in ("-", "–") else [None] * 4}
                             for y, t in ind["targets"].items()}
        else:
            tp, ap = parse_value(ind["target"]), parse_value(ind["actual"])
            ind["parsed"] = {"target": tp, "actual": ap, "met": met_of(ind["indicator"], tp, ap)}
        if show:
            print(ind["indicator"][:60], "|", ind.get("target") or ind.get("targets"), "|",
                  ind.get("actual", ""), "->", ind["parsed"], "| dir", direction(ind["indicator"]))


for c in (genova, toscana, inps, torino):
    add_parsed(c)
    (HERE / f"{c['name']}.content.json").write_text(json.dumps(c, ensure_ascii=False, indent=1))
