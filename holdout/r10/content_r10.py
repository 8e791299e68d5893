"""Writes the r10 *.content.json files (content as data, written by hand).
Each indicator: hierarchy (area / objective), printed cells, `dir` = which way the indicator's
name says is better (my reading of the CONVENTIONS phrase list: 'up', 'down' or None), used
only to compute `met` where a bare-number target is missed/beaten."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def dump(name, d):
    (HERE / f"{name}.content.json").write_text(json.dumps(d, ensure_ascii=False, indent=1))


# ------------------------------------------------------------------ 1. ASL Napoli 1 Centro (xlsx)
O = {
    "1.1": "Garantire i tempi di attesa delle prestazioni ambulatoriali",
    "1.2": "Potenziare l'assistenza territoriale e domiciliare",
    "2.1": "Migliorare l'adesione agli screening oncologici",
    "2.2": "Rafforzare le coperture vaccinali",
    "3.1": "Governo della spesa farmaceutica",
    "3.2": "Trasparenza, anticorruzione e digitalizzazione",
}
rows1 = [
    ("1.1", "% prestazioni di classe B erogate entro 10 giorni", "10%", ">= 90%", "91,4%", "100%", None, "up"),
    ("1.1", "% prestazioni di classe D erogate entro 30 giorni (visite)", "8%", ">= 90%", "84,7%", "94,1%", "Criticità su visita oculistica e dermatologica", "up"),
    ("1.1", "Tempo medio di attesa per RMN muscolo-scheletrica", "5%", "≤ 60 gg", "52 gg", "100%", None, "down"),
    ("1.1", "Numero di agende CUP aperte sul sistema regionale", "4%", "100%", "100%", "100%", None, "up"),
    ("1.2", "Tasso di pazienti over 65 presi in carico in ADI", "10%", ">= 10%", "8,9%", "89,0%", "Target DM 77/2022", "up"),
    ("1.2", "Numero di Case della Comunità attivate", "6%", "4", "4", "100%", None, "up"),
    ("1.2", "Numero di pazienti in dimissione protetta presi in carico dalle Centrali Operative Territoriali", "4%", ">= 1.200", "1.318", "100%", None, "up"),
    ("1.2", "Tempo di attivazione ADI dalla dimissione ospedaliera", "4%", "≤ 3 gg", "4,2 gg", "71,4%", "Ritardi nel distretto 24", "down"),
    ("2.1", "Percentuale di adesione allo screening mammografico", "8%", ">= 45%", "38,2%", "84,9%", None, "up"),
    ("2.1", "Percentuale di adesione allo screening cervicale", "5%", ">= 40%", "41,6%", "100%", None, "up"),
    ("2.1", "Percentuale di adesione allo screening colorettale", "5%", ">= 35%", "Obiettivo sospeso", None, "Sospeso per gara kit FIT", "up"),
    ("2.2", "Copertura vaccinale esavalente a 24 mesi", "6%", ">= 95%", "94,1%", "99,1%", None, None),
    ("2.2", "Copertura vaccinale antinfluenzale over 65", "4%", ">= 75%", "58,3%", "77,7%", "Media regionale 55,1%", None),
    ("2.2", "Copertura vaccinale anti-HPV nelle ragazze (coorte 2011, ciclo completo)", "3%", ">= 70%", "52,6%", "75,1%", "Recupero avviato con le scuole", "up"),
    ("3.1", "Spesa farmaceutica convenzionata pro capite", "5%", "≤ € 150,00", "€ 147,20", "100%", None, None),
    ("3.1", "Riduzione della spesa per dispositivi medici rispetto al 2022", "4%", ">= 2%", "1,1%", "55,0%", None, "down"),
    ("3.1", "% biosimilari sul totale delle molecole a brevetto scaduto", "3%", ">= 80%", "86%", "100%", None, "up"),
    ("3.2", "Percentuale di obblighi di pubblicazione assolti", "3%", "100%", "98%", "98,0%", "Attestazione OIV", "up"),
    ("3.2", "Tempo medio di pagamento delle fatture commerciali", "3%", "≤ 30 gg", "27 gg", "100%", None, "down"),
    ("3.2", "Percentuale di dipendenti formati in materia di anticorruzione", "2%", ">= 80%", "83%", "100%", None, "up"),
    ("3.2", "Tempo medio di risposta alle istanze di accesso civico generalizzato", "2%", "≤ 30 gg", "n.d.", None, "Dato non rilevato: registro degli accessi in fase di migrazione", "down"),
    ("3.2", "Numero di processi mappati nel registro dei rischi", "2%", ">= 40", "46", "100%", None, "up"),
]
dump("asl-napoli1-2023-relazione", {
    "document": {"issuer": "Azienda Sanitaria Locale Napoli 1 Centro",
                 "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
    "renderer": "xlsx (LibreOffice Calc), A4 portrait, printed gridlines, zebra rows, header row repeated",
    "cover": ["REGIONE CAMPANIA", "AZIENDA SANITARIA LOCALE NAPOLI 1 CENTRO",
              "RELAZIONE SULLA PERFORMANCE – ANNO 2023",
              "Allegato 1 – Scheda di rendicontazione degli obiettivi aziendali",
              "(art. 10, comma 1, lett. b, D.Lgs. 150/2009)"],
    "intro": [
        "La presente scheda riporta, per ciascun obiettivo aziendale assegnato per l'anno 2023, gli indicatori di misurazione, il peso attribuito, il risultato atteso e il risultato raggiunto, come validati dalla Struttura Tecnica Permanente in data 14 maggio 2024.",
        "La percentuale di raggiungimento è calcolata come rapporto tra risultato raggiunto e risultato atteso, con un valore massimo del 100%; gli indicatori sospesi non concorrono al calcolo della performance organizzativa.",
    ],
    "budget_title": "Tabella A – Risorse assegnate per macroaggregato (valori in euro)",
    "budget_header": ["Macroaggregato", "Bilancio preventivo 2023", "Consuntivo 2023", "Scostamento %"],
    "budget_rows": [
        ["Personale", "612.450.000", "608.912.331", "-0,6%"],
        ["Beni sanitari", "298.100.000", "305.774.120", "2,6%"],
        ["Servizi sanitari da privato accreditato", "721.300.000", "716.045.889", "-0,7%"],
        ["Ammortamenti", "41.200.000", "39.877.450", "-3,2%"],
        ["Totale", "1.673.050.000", "1.670.609.790", "-0,1%"],
    ],
    "header": ["N.", "Obiettivo", "Indicatore", "Peso", "Risultato atteso",
               "Risultato raggiunto", "% raggiungimento", "Note"],
    "indicators": [
        {"obj": {"level": "strategic", "code": oc, "title": O[oc], "cell": f"{oc} {O[oc]}"},
         "area": None, "indicator_code": str(i + 1), "indicator": ind, "weight": w,
         "target": t, "actual": a, "achievement": ach, "notes": note, "dir": d,
         "status_text": "Obiettivo sospeso" if a == "Obiettivo sospeso" else None}
        for i, (oc, ind, w, t, a, ach, note, d) in enumerate(rows1)
    ],
})

# ------------------------------------------------------------------ 2. CCIAA Bologna (docx piano)
schede = [
    {"area": ("1", "Competitività e sviluppo delle imprese"),
     "os": ("1.1", "Sostenere la transizione digitale ed ecologica delle PMI"),
     "oo": ("1.1.1", "Potenziare i servizi del Punto Impresa Digitale (PID)"),
     "resp": "Area Promozione e Sviluppo – U.O. PID", "peso": "25%",
     "ind": [
         ("Numero di imprese assistite dal PID con assessment digitale", "Conteggio delle imprese che hanno completato il self-assessment SELFIE 4.0", ">= 180", ">= 200", ">= 220"),
         ("Risorse erogate con il bando voucher digitali", "Somma dei contributi liquidati nell'anno", "€ 850.000", "€ 900.000", None),
         ("Grado di soddisfazione dei partecipanti ai seminari PID", "Media dei punteggi dei questionari (scala 1-5)", ">= 4,2", ">= 4,3", ">= 4,3"),
     ]},
    {"area": ("1", "Competitività e sviluppo delle imprese"),
     "os": ("1.2", "Favorire l'internazionalizzazione del sistema produttivo"),
     "oo": ("1.2.1", "Accompagnare le imprese sui mercati esteri"),
     "resp": "Area Promozione e Sviluppo – U.O. Internazionalizzazione", "peso": "20%",
     "ind": [
         ("N. imprese partecipanti a missioni e fiere internazionali", "Imprese iscritte alle iniziative / imprese previste", ">= 60", ">= 65", ">= 70"),
         ("Tempo medio di rilascio dei certificati di origine", "Somma giorni di rilascio / n. certificati rilasciati", "≤ 2 gg", "≤ 2 gg", "≤ 1 gg"),
     ]},
    {"area": ("2", "Semplificazione e trasparenza per le imprese"),
     "os": ("2.1", "Garantire la qualità e la tempestività del Registro delle imprese"),
     "oo": ("2.1.1", "Ridurre i tempi di evasione delle pratiche telematiche"),
     "resp": "Area Anagrafe economica", "peso": "30%",
     "ind": [
         ("% pratiche del Registro imprese evase entro 5 giorni", "Pratiche evase entro 5 gg dalla protocollazione / pratiche totali x 100", ">= 85%", ">= 88%", ">= 90%"),
         ("Tasso di sospensione delle pratiche telematiche", "Pratiche sospese / pratiche protocollate x 100", "≤ 18%", "≤ 16%", "≤ 15%"),
     ]},
    {"area": ("3", "Efficienza e sostenibilità dell'ente"),
     "os": ("3.1", "Assicurare la salute economico-finanziaria dell'ente"),
     "oo": ("3.1.1", "Migliorare la riscossione del diritto annuale"),
     "resp": "Area Economico-finanziaria", "peso": "25%",
     "ind": [
         ("Tasso di riscossione spontanea del diritto annuale", "Importo riscosso entro la scadenza / importo dovuto x 100", ">= 72%", ">= 73%", ">= 74%"),
     ]},
]
dump("camera-commercio-bologna-2024-piano", {
    "document": {"issuer": "Camera di Commercio Industria Artigianato e Agricoltura di Bologna",
                 "title": "Piano della performance", "year": 2024, "kind": "piano"},
    "renderer": "docx (LibreOffice Writer), A4 portrait, ruled tables (horizontal rules only)",
    "cover": ["CAMERA DI COMMERCIO INDUSTRIA ARTIGIANATO E AGRICOLTURA DI BOLOGNA",
              "Piano della performance 2024 – 2026",
              "Sezione 2.2 del Piano integrato di attività e organizzazione",
              "Approvato con deliberazione della Giunta camerale n. 12 del 30 gennaio 2024"],
    "intro_heading": "1. Premessa",
    "intro": [
        "Il Piano della performance individua gli obiettivi strategici e operativi che la Camera di Commercio di Bologna intende perseguire nel triennio 2024-2026, in coerenza con il Programma pluriennale di mandato e con la Relazione previsionale e programmatica approvata dal Consiglio camerale.",
        "Per ciascun obiettivo operativo è predisposta una scheda che ne riporta la collocazione nell'albero della performance, la struttura responsabile e gli indicatori con i relativi algoritmi di calcolo e target triennali.",
    ],
    "budget_heading": "2. Le risorse economiche del triennio",
    "budget_header": ["Voce", "Preventivo 2024", "Previsione 2025", "Previsione 2026"],
    "budget_rows": [
        ["Diritto annuale", "€ 18.450.000", "€ 18.300.000", "€ 18.150.000"],
        ["Diritti di segreteria", "€ 7.120.000", "€ 7.150.000", "€ 7.180.000"],
        ["Interventi economici", "€ 6.800.000", "€ 6.500.000", "€ 6.200.000"],
        ["Oneri per il personale", "€ 9.940.000", "€ 10.120.000", "€ 10.250.000"],
    ],
    "schede_heading": "3. Le schede degli obiettivi operativi",
    "ind_header": ["Indicatore", "Algoritmo", "Target 2024", "Target 2025", "Target 2026"],
    "years": [2024, 2025, 2026],
    "schede": [
        {**{k: v for k, v in s.items() if k != "ind"},
         "indicators": [
             {"area": list(s["area"]),
              "obj": {"level": "operational", "code": s["oo"][0], "title": s["oo"][1]},
              "indicator": i[0], "formula": i[1],
              "targets": {"2024": i[2], "2025": i[3], "2026": i[4]}}
             for i in s["ind"]]}
        for s in schede],
})

# ------------------------------------------------------------------ 3. Comune di Verona (reportlab export)
areas3 = [
    ("01", "AREA 01 – AFFARI GENERALI E RISORSE UMANE", [
        ("01.1", "Digitalizzazione dei procedimenti amministrativi", [
            ("01.1.01", "Percentuale di procedimenti gestiti con istanza online", ">= 70%", "74,5%", "+4,5", "RAGGIUNTO", None),
            ("01.1.02", "Numero di servizi accessibili con SPID/CIE sul portale istituzionale", ">= 45", "38", "-7", "PARZIALMENTE RAGGIUNTO", "Motivazione scostamento: la migrazione della piattaforma dei servizi scolastici è slittata al primo trimestre 2022 a causa del ritardo nella consegna da parte del fornitore."),
            ("01.1.03", "Tempo medio di protocollazione della posta in entrata", "≤ 1 gg", "1 gg", "0", "RAGGIUNTO", None),
        ]),
        ("01.2", "Valorizzazione e formazione del personale", [
            ("01.2.01", "Ore medie di formazione per dipendente", ">= 12 ore", "14,2 ore", "+2,2", "RAGGIUNTO", None),
            ("01.2.02", "Percentuale di dipendenti coinvolti in almeno un corso di formazione obbligatoria in materia di sicurezza e anticorruzione", "100%", "93%", "-7", "PARZIALMENTE RAGGIUNTO", None),
        ]),
    ]),
    ("03", "AREA 03 – SICUREZZA URBANA E POLIZIA LOCALE", [
        ("03.1", "Presidio del territorio e sicurezza stradale", [
            ("03.1.01", "Numero di servizi serali di controllo del territorio nei quartieri", ">= 250", "262", "+12", "RAGGIUNTO", None),
            ("03.1.02", "Riduzione degli incidenti stradali con feriti rispetto al 2019", ">= 10%", "4,3%", "-5,7", "NON RAGGIUNTO", "Motivazione scostamento: il dato risente della ripresa del traffico veicolare dopo le restrizioni del 2020; nel 2022 sono previsti 6 nuovi impianti di rilevamento della velocità."),
            ("03.1.03", "Tempo medio di intervento su chiamata per sinistro stradale", "≤ 20 minuti", "18 minuti", "-2", "RAGGIUNTO", None),
        ]),
    ]),
    ("05", "AREA 05 – CULTURA, TURISMO E GRANDI EVENTI", [
        ("05.1", "Rilancio dell'offerta culturale cittadina dopo l'emergenza sanitaria", [
            ("05.1.01", "Numero di visitatori dei musei civici", ">= 350.000", "312.480", "-37.520", "PARZIALMENTE RAGGIUNTO", None),
            ("05.1.02", "Numero di eventi culturali programmati nell'Estate Teatrale e nei quartieri", ">= 120", "131", "+11", "RAGGIUNTO", None),
            ("05.1.03", "Incremento degli ingressi alla Biblioteca Civica rispetto al 2020", ">= 20%", "8%", "-12", "NON RAGGIUNTO", "Motivazione scostamento: gli accessi sono stati contingentati fino al 31 ottobre per le misure di contenimento (green pass e capienza ridotta delle sale)."),
        ]),
    ]),
    ("07", "AREA 07 – AMBIENTE, MOBILITÀ E LAVORI PUBBLICI", [
        ("07.1", "Transizione ecologica e qualità dell'aria", [
            ("07.1.01", "Percentuale di raccolta differenziata", ">= 60%", "58,4%", "-1,6", "PARZIALMENTE RAGGIUNTO", None),
            ("07.1.02", "Km di nuove piste ciclabili realizzate", ">= 8", "9,2", "+1,2", "RAGGIUNTO", None),
            ("07.1.03", "Numero di alberi messi a dimora nell'ambito del progetto Verona Città Verde", ">= 1.500", "1.742", "+242", "RAGGIUNTO", None),
        ]),
        ("07.2", "Manutenzione del patrimonio edilizio scolastico", [
            ("07.2.01", "Importo lavori di manutenzione straordinaria aggiudicati", ">= € 4.500.000,00", "€ 4.870.350,00", "+370.350,00", "RAGGIUNTO", None),
            ("07.2.02", "Tempo medio di chiusura delle segnalazioni di guasto negli edifici scolastici", "≤ 15 gg", "21 gg", "+6", "NON RAGGIUNTO", None),
        ]),
    ]),
]
ST = {"RAGGIUNTO": "achieved", "PARZIALMENTE RAGGIUNTO": "partially_achieved",
      "NON RAGGIUNTO": "not_achieved"}
DIR3 = {"01.1.01": "up", "01.1.02": "up", "01.1.03": "down", "01.2.01": None, "01.2.02": "up",
        "03.1.01": "up", "03.1.02": "down", "03.1.03": "down", "05.1.01": "up", "05.1.02": "up",
        "05.1.03": "up", "07.1.01": "up", "07.1.02": None, "07.1.03": "up", "07.2.01": None,
        "07.2.02": "down"}
ind3 = []
for ac, at, objs in areas3:
    for oc, ot, inds in objs:
        for k, (ic, name, t, a, sc, st, com) in enumerate(inds):
            ind3.append({"area": [ac, at.split(" – ", 1)[1]], "area_row": at,
                         "obj": {"level": "strategic", "code": oc, "title": ot, "cell": f"{oc} {ot}"},
                         "obj_printed": k == 0, "indicator_code": ic, "indicator": name,
                         "target": t, "actual": a, "scostamento": sc, "status_text": st,
                         "status": ST[st], "comment": com, "dir": DIR3[ic]})
dump("comune-verona-2021-relazione", {
    "document": {"issuer": "Comune di Verona", "title": "Relazione sulla performance",
                 "year": 2021, "kind": "relazione"},
    "renderer": "reportlab canvas, A4 landscape, 7.5 pt DejaVu Sans Condensed, export look, zebra, rows split over pages",
    "running_header": "COMUNE DI VERONA – Sistema di controllo di gestione – Relazione sulla performance 2021",
    "report_info": [["Report", "REL_PERF_OBIETTIVI – Stato di attuazione obiettivi e indicatori"],
                    ["Esercizio", "2021"], ["Data elaborazione", "16/05/2022 10:42"],
                    ["Utente", "CDG_RINALDI"], ["Filtri", "Tutte le aree – solo obiettivi di PEG con indicatori"]],
    "intro": "Il presente report, estratto dal sistema informativo di controllo di gestione, costituisce l'allegato tecnico alla Relazione sulla performance 2021. Per ogni obiettivo di PEG sono riportati gli indicatori, il valore atteso, il valore rilevato al 31/12/2021, lo scostamento e lo stato di raggiungimento validato dal Nucleo di valutazione.",
    "legend_title": "Legenda dei criteri di valutazione",
    "legend_header": ["Stato", "Criterio applicato dal Nucleo di valutazione"],
    "legend_rows": [["RAGGIUNTO", "Valore rilevato pari o migliore del valore atteso"],
                    ["PARZIALMENTE RAGGIUNTO", "Valore rilevato compreso tra il 70% e il 99% del valore atteso"],
                    ["NON RAGGIUNTO", "Valore rilevato inferiore al 70% del valore atteso o scostamento non giustificato"]],
    "header": ["Cod.", "Obiettivo", "Indicatore", "Atteso", "Rilevato", "Scostamento", "Stato"],
    "indicators": ind3,
    "summary_title": "RIEPILOGO STATO DI RAGGIUNGIMENTO",
    "summary_header": ["Stato", "N. indicatori", "% sul totale"],
    "summary_rows": [["RAGGIUNTO", "9", "56,3%"], ["PARZIALMENTE RAGGIUNTO", "4", "25,0%"],
                     ["NON RAGGIUNTO", "3", "18,8%"], ["TOTALE", "16", "100,0%"]],
})

# ------------------------------------------------------------------ 4. Ministero della Salute (docx landscape)
secs4 = [
    ("2.1", "Prevenzione", [
        ("2.1.1", "Rafforzare la prevenzione vaccinale e la sorveglianza delle malattie infettive", [
            ("Copertura vaccinale nazionale MPR (prima dose) a 24 mesi", "Soggetti vaccinati a 24 mesi / coorte di nascita x 100", "Anagrafe vaccinale nazionale", ">= 95%", "93,8%", "98,7%", None),
            ("Numero di Regioni che alimentano l'Anagrafe nazionale vaccini con cadenza mensile", "Conteggio delle Regioni/PA con invii mensili completi", "Sistema AVN", "21", "19", "90,5%", "up"),
        ]),
        ("2.1.2", "Promuovere stili di vita salutari nell'ambito del Piano nazionale della prevenzione", [
            ("Percentuale di Regioni che hanno adottato i programmi predefiniti del PNP 2020-2025", "Regioni con delibera di adozione / 21 x 100", "Piattaforma PNP", "100%", "100%", "100%", "up"),
            ("Numero di campagne di comunicazione istituzionale realizzate", "Conteggio delle campagne diffuse su media nazionali", "DG Comunicazione", ">= 4", "5", "100%", "up"),
        ]),
    ]),
    ("2.2", "Programmazione sanitaria", [
        ("2.2.1", "Monitorare l'erogazione dei Livelli essenziali di assistenza", [
            ("Tempo medio di pubblicazione del report NSG sulla verifica LEA", "Giorni tra la chiusura dei flussi e la pubblicazione del report", "NSIS", "≤ 120 gg", "96 gg", "100%", "down"),
            ("Percentuale di Regioni in piano di rientro sottoposte a verifica trimestrale", "Regioni verificate / Regioni in piano di rientro x 100", "Verbali Tavolo di verifica", "100%", "100%", "100%", "up"),
        ]),
        ("2.2.2", "Attuare la Missione 6 del PNRR – Componente 1 (reti di prossimità)", [
            ("Decreti di riparto delle risorse M6C1 adottati nei termini", "Decreti adottati entro la scadenza / decreti previsti", "Sistema ReGiS", "100%", "100%", "100%", "up"),
            ("Risorse PNRR assegnate alle Regioni per le Case della Comunità", "Somma degli importi assegnati con decreto", "Sistema ReGiS", "€ 2.000 mln", "€ 2.000 mln", "100%", None),
            ("Numero di Regioni con Contratto istituzionale di sviluppo sottoscritto", "Conteggio dei CIS sottoscritti al 31/12", "Sistema ReGiS", "21", "21", "100%", "up"),
        ]),
    ]),
    ("2.3", "Farmaci e dispositivi medici", [
        ("2.3.1", "Garantire la sorveglianza del mercato dei dispositivi medici", [
            ("Percentuale di segnalazioni di incidente gravi valutate entro 30 giorni", "Segnalazioni valutate entro 30 gg / segnalazioni ricevute x 100", "Banca dati vigilanza DM", ">= 90%", "87,5%", "97,2%", "up"),
            ("Numero di ispezioni presso fabbricanti e mandatari", "Conteggio delle ispezioni concluse con verbale", "DG Dispositivi medici", ">= 30", "34", "100%", "up"),
            ("Tempo medio di rilascio delle autorizzazioni alla pubblicità sanitaria", "Somma giorni di rilascio / n. autorizzazioni", "Sistema PUBBL-DM", "≤ 45 gg", "52 gg", "86,5%", "down"),
        ]),
    ]),
]
ind4 = []
for sc, st, objs in secs4:
    for oc, ot, inds in objs:
        for k, (name, meth, src, t, a, ach, d) in enumerate(inds):
            ind4.append({"section": [sc, st], "area": None,
                         "obj": {"level": "operational", "code": oc, "title": ot, "cell": f"{oc} – {ot}"},
                         "obj_printed": True, "indicator": name, "formula": meth,
                         "data_source": src, "target": t, "actual": a, "achievement": ach,
                         "dir": d})
dump("ministero-salute-2022-relazione", {
    "document": {"issuer": "Ministero della Salute", "title": "Relazione sulla performance",
                 "year": 2022, "kind": "relazione"},
    "renderer": "docx (LibreOffice Writer), A4 landscape, full grid, numbered headings, TOC page",
    "cover": ["Ministero della Salute", "Organismo indipendente di valutazione della performance – Struttura tecnica",
              "RELAZIONE SULLA PERFORMANCE", "Anno 2022",
              "(art. 10, comma 1, lettera b), del decreto legislativo 27 ottobre 2009, n. 150)"],
    "sec1": ["1. Presentazione", [
        "La Relazione sulla performance evidenzia, a consuntivo, i risultati organizzativi raggiunti nell'anno 2022 rispetto agli obiettivi specifici triennali e annuali programmati nel Piano della performance 2022-2024, confluito nel PIAO.",
        "Gli obiettivi specifici sono articolati secondo le priorità politiche individuate dall'Atto di indirizzo del Ministro; per ciascuno di essi sono riportati gli indicatori, il metodo di calcolo, la fonte dei dati, il valore target, il valore consuntivo e il grado di raggiungimento.",
    ]],
    "sec2": "2. Risultati degli obiettivi specifici",
    "sec2_intro": "I paragrafi che seguono riportano le schede di rendicontazione suddivise per ambito. Il grado di raggiungimento è calcolato come rapporto tra valore consuntivo e valore target, con un tetto del 100%.",
    "sections": [[sc, st] for sc, st, _ in secs4],
    "header": ["Obiettivo specifico", "Indicatore", "Metodo di calcolo", "Fonte",
               "Valore target", "Valore consuntivo", "Grado di raggiungimento"],
    "indicators": ind4,
    "sec3": "3. Risorse finanziarie",
    "sec3_intro": "La tabella riporta gli stanziamenti definitivi e i pagamenti in conto competenza per le missioni del Ministero.",
    "budget_header": ["Missione", "Stanziamenti definitivi", "Impegni", "Pagamenti c/competenza", "% pagato"],
    "budget_rows": [
        ["20 – Tutela della salute", "€ 2.614.503.220", "€ 2.530.118.904", "€ 2.101.774.310", "83,1%"],
        ["17 – Ricerca e innovazione", "€ 352.110.480", "€ 349.002.116", "€ 301.455.870", "86,4%"],
        ["32 – Servizi istituzionali e generali", "€ 118.906.350", "€ 110.224.515", "€ 99.870.002", "90,6%"],
        ["Totale", "€ 3.085.520.050", "€ 2.989.345.535", "€ 2.503.100.182", "83,7%"],
    ],
    "sec4": "4. Conclusioni",
    "sec4_text": "Nel complesso, dei 12 indicatori rendicontati 8 hanno raggiunto integralmente il target e 4 lo hanno raggiunto parzialmente; nessun obiettivo è stato sospeso nel corso dell'anno.",
})
print("content written")
