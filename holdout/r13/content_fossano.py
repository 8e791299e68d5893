"""Content of piano-indicatori-bilancio-comune-fossano-2024-2026 (invented Comune data; the
indicator wording follows the ministerial model as published by the Comune di Avella, see
/work/shared/real). Written by hand; values parsed by values13/r13lib.parse_value."""
POP = "popolazione residente al 1° gennaio (al 1° gennaio dell'esercizio di riferimento o, se non disponibile, al 1° gennaio dell'ultimo anno disponibile)"
INV = "(Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" + Macroaggregato 2.3 \"Contributi agli investimenti\")"
PA = ("[Trasferimenti correnti a Amministrazioni Pubbliche (U.1.04.01.00.000) + Trasferimenti di tributi "
      "(U.1.05.00.00.000) + Fondi perequativi (U.1.06.00.00.000) + Contributi agli investimenti a "
      "Amministrazioni pubbliche (U.2.03.01.00.000) + Altri trasferimenti in conto capitale "
      "(U.2.04.01.00.000 + U.2.04.11.00.000 + U.2.04.16.00.000 + U.2.04.21.00.000)]")
PERS = ("(Macroaggregato 1.1 + pdc 1.02.01.01 \"IRAP\" + FPV in uscita concernente il Macroaggregato 1.1 "
        "– FPV in entrata concernente il Macroaggregato 1.1)")
PROPRIE = ("(pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + "
           "E.3.00.00.00.000 \"Entrate extratributarie\")")

GROUPS = [
 ("1", "Rigidità strutturale di bilancio", [
  ("1.1", "Incidenza spese rigide (disavanzo, personale e debito) su entrate correnti",
   "[Disavanzo iscritto in spesa + Stanziamenti competenza (Macroaggregati 1.1 \"Redditi di lavoro dipendente\" + pdc 1.02.01.01.000 \"IRAP\" – FPV entrata concernente il Macroaggregato 1.1 + FPV personale in uscita 1.1 + 1.7 \"Interessi passivi\" + Titolo 4 Rimborso prestiti)] / (Stanziamenti di competenza dei primi tre titoli delle Entrate)",
   ["26,84", "26,12", "25,97"])]),
 ("2", "Entrate correnti", [
  ("2.1", "Indicatore di realizzazione delle previsioni di competenza concernenti le entrate correnti",
   "Media accertamenti primi tre titoli di entrata nei tre esercizi precedenti / Stanziamenti di competenza dei primi tre titoli delle \"Entrate correnti\" (4)",
   ["98,73", "101,22", "101,35"]),
  ("2.2", "Indicatore di realizzazione delle previsioni di cassa corrente",
   "Media incassi primi tre titoli di entrata nei tre esercizi precedenti / Stanziamenti di cassa dei primi tre titoli delle \"Entrate correnti\" (4)",
   ["84,51", "", ""]),
  ("2.3", "Indicatore di realizzazione delle previsioni di competenza concernenti le entrate proprie",
   "Media accertamenti nei tre esercizi precedenti " + PROPRIE + " / Stanziamenti di competenza dei primi tre titoli delle \"Entrate correnti\" (4)",
   ["72,16", "73,58", "73,64"]),
  ("2.4", "Indicatore di realizzazione delle previsioni di cassa concernenti le entrate proprie",
   "Media incassi nei tre esercizi precedenti " + PROPRIE + " / Stanziamenti di cassa dei primi tre titoli delle \"Entrate correnti\" (4)",
   ["63,40", "", ""])]),
 ("3", "Spese di personale", [
  ("3.1", "Incidenza spesa personale sulla spesa corrente (Indicatore di equilibrio economico-finanziario)",
   "Stanziamenti di competenza (Macroaggregato 1.1 + pdc 1.02.01.01 \"IRAP\" + FPV personale in uscita 1.1 – FPV personale in entrata concernente il Macroaggregato 1.1) / Stanziamenti competenza (Spesa corrente – FCDE corrente – FPV di entrata concernente il Macroaggregato 1.1 + FPV personale in uscita 1.1)",
   ["24,37", "24,91", "24,95"]),
  ("3.2", "Incidenza del salario accessorio ed incentivante rispetto al totale della spesa di personale",
   "Stanziamenti di competenza (pdc 1.01.01.004 + 1.01.01.008 \"indennità e altri compensi al personale a tempo indeterminato e determinato\" + pdc 1.01.01.003 + 1.01.01.007 \"straordinario al personale a tempo indeterminato e determinato\" + FPV in uscita concernente il Macroaggregato 1.1 – FPV di entrata concernente il Macroaggregato 1.1) / Stanziamenti di competenza " + PERS,
   ["9,86", "9,74", "9,74"]),
  ("3.3", "Incidenza spesa personale flessibile rispetto al totale della spesa di personale",
   "Stanziamenti di competenza (pdc U.1.03.02.010 \"Consulenze\" + pdc U.1.03.02.12 \"lavoro flessibile/LSU/Lavoro interinale\" + pdc U.1.03.02.11 \"Prestazioni professionali e specialistiche\") / Stanziamenti di competenza " + PERS,
   ["2,13", "1,05", "1,05"]),
  ("3.4", "Spesa di personale procapite (Indicatore di equilibrio dimensionale in valore assoluto)",
   "Stanziamenti di competenza (Macroaggregato 1.1 + pdc 1.02.01.01 \"IRAP\" + FPV personale in uscita 1.1 – FPV personale in entrata concernente il Macroaggregato 1.1) / " + POP,
   ["218,46", "220,17", "220,17"])]),
 ("4", "Esternalizzazione dei servizi", [
  ("4.1", "Indicatore di esternalizzazione dei servizi",
   "Stanziamenti di competenza (pdc U.1.03.02.15.000 \"Contratti di servizio pubblico\" + pdc U.1.04.03.01.000 \"Trasferimenti correnti a imprese controllate\" + pdc U.1.04.03.02.000 \"Trasferimenti correnti a altre imprese partecipate\") al netto del relativo FPV di spesa / totale stanziamenti di competenza spese Titolo I al netto del FPV",
   ["14,62", "14,58", "14,57"])]),
 ("5", "Interessi passivi", [
  ("5.1", "Incidenza degli interessi passivi sulle entrate correnti (che ne costituiscono la fonte di copertura)",
   "Stanziamenti di competenza Macroaggregato 1.7 \"Interessi passivi\" / Stanziamenti di competenza primi tre titoli (\"Entrate correnti\")",
   ["0,92", "0,81", "0,71"]),
  ("5.2", "Incidenza degli interessi passivi sulle anticipazioni sul totale degli interessi passivi",
   "Stanziamenti di competenza voce del piano dei conti finanziario U.1.07.06.04.000 \"Interessi passivi su anticipazioni di tesoreria\" / Stanziamenti di competenza Macroaggregato 1.7 \"Interessi passivi\"",
   ["0,00", "0,00", "0,00"]),
  ("5.3", "Incidenza interessi di mora sul totale degli interessi passivi",
   "Stanziamenti di competenza voce del piano dei conti finanziario U.1.07.06.02.000 \"Interessi di mora\" / Stanziamenti di competenza Macroaggregato 1.7 \"Interessi passivi\"",
   ["0,00", "0,00", "0,00"])]),
 ("6", "Investimenti", [
  ("6.1", "Incidenza investimenti su spesa corrente e in conto capitale",
   "Totale stanziamento di competenza " + INV + " al netto dei relativi FPV / Totale stanziamento di competenza titolo 1° e 2° della spesa al netto del FPV",
   ["31,48", "12,07", "9,85"]),
  ("6.2", "Investimenti diretti procapite (Indicatore di equilibrio dimensionale in valore assoluto)",
   "Stanziamenti di competenza per Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" al netto del relativo FPV / " + POP,
   ["402,15", "118,36", "88,94"]),
  ("6.3", "Contributi agli investimenti procapite (Indicatore di equilibrio dimensionale in valore assoluto)",
   "Stanziamenti di competenza per Macroaggregato 2.3 \"Contributi agli investimenti\" al netto del relativo FPV / " + POP,
   ["6,12", "4,08", "4,08"]),
  ("6.4", "Investimenti complessivi procapite (Indicatore di equilibrio dimensionale in valore assoluto)",
   "Totale stanziamenti di competenza per Macroaggregati 2.2 \"Investimenti fissi lordi e acquisto di terreni\" e 2.3 \"Contributi agli investimenti\" al netto dei relativi FPV / " + POP,
   ["408,27", "122,44", "93,02"]),
  ("6.5", "Quota investimenti complessivi finanziati dal risparmio corrente",
   "Margine corrente di competenza / Stanziamenti di competenza " + INV + " (9)",
   ["5,83", "17,92", "21,40"]),
  ("6.6", "Quota investimenti complessivi finanziati dal saldo positivo delle partite finanziarie",
   "Saldo positivo di competenza delle partite finanziarie / Stanziamenti di competenza " + INV + " (9)",
   ["0,00", "0,00", "0,00"]),
  ("6.7", "Quota investimenti complessivi finanziati da debito",
   "Stanziamenti di competenza (Titolo 6 \"Accensione prestiti\" - Categoria 6.02.02 \"Anticipazioni\" - Categoria 6.03.03 \"Accensione prestiti a seguito di escussione di garanzie\" - Accensioni di prestiti da rinegoziazioni) / Stanziamenti di competenza " + INV + " (9)",
   ["9,71", "0,00", "0,00"])]),
 ("7", "Debiti non finanziari", [
  ("7.1", "Indicatore di smaltimento debiti commerciali",
   "Stanziamento di cassa (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\") / stanziamenti di competenza e residui al netto dei relativi FPV (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\")",
   ["71,26", "", ""]),
  ("7.2", "Indicatore di smaltimento debiti verso altre amministrazioni pubbliche",
   "Stanziamento di cassa " + PA + " / stanziamenti di competenza e residui, al netto dei relativi FPV, " + PA,
   ["88,05", "", ""])]),
 ("8", "Debiti finanziari", [
  ("8.1", "Incidenza estinzioni debiti finanziari",
   "(Totale competenza Titolo 4 della spesa) / Debito da finanziamento al 31/12 dell'esercizio precedente (2)",
   ["6,44", "6,58", "6,47"]),
  ("8.2", "Sostenibilità debiti finanziari",
   "Stanziamenti di competenza [1.7 \"Interessi passivi\" - \"Interessi di mora\" (U.1.07.06.02.000) - \"Interessi per anticipazioni prestiti\" (U.1.07.06.04.000) + Titolo 4 della spesa – (Entrate categoria E.4.02.06.00.000 \"Contributi agli investimenti direttamente destinati al rimborso di prestiti da amministrazioni pubbliche\" + \"Trasferimenti in conto capitale per assunzione di debiti dell'amministrazione da parte di amministrazioni pubbliche\" (E.4.03.01.00.000) + \"Trasferimenti in conto capitale da parte di amministrazioni pubbliche per cancellazione di debiti dell'amministrazione\" (E.4.03.04.00.000))] / Stanziamenti competenza titoli 1, 2 e 3 delle entrate",
   ["3,92", "3,77", "3,59"]),
  ("8.3", "Indebitamento procapite (in valore assoluto)",
   "Debito di finanziamento al 31/12 (2) / " + POP,
   ["341,08", "318,62", "297,15"])]),
 ("9", "Composizione dell'avanzo di amministrazione presunto dell'esercizio precedente (5)", [
  ("9.1", "Incidenza quota libera di parte corrente nell'avanzo",
   "Quota libera di parte corrente dell'avanzo / Avanzo di amministrazione presunto (6)", ["12,47", "", ""]),
  ("9.2", "Incidenza quota libera in c/capitale nell'avanzo",
   "Quota libera in conto capitale dell'avanzo / Avanzo di amministrazione presunto (7)", ["3,86", "", ""]),
  ("9.3", "Incidenza quota accantonata nell'avanzo",
   "Quota accantonata dell'avanzo / Avanzo di amministrazione presunto (8)", ["64,12", "", ""]),
  ("9.4", "Incidenza quota vincolata nell'avanzo",
   "Quota vincolata dell'avanzo / Avanzo di amministrazione presunto (9)", ["19,55", "", ""])]),
 ("10", "Disavanzo di amministrazione presunto dell'esercizio precedente", [
  ("10.1", "Quota disavanzo che si prevede di ripianare nell'esercizio",
   "Disavanzo iscritto in spesa del bilancio di previsione / Totale disavanzo di amministrazione di cui alla lettera E dell'allegato riguardante il risultato di amministrazione presunto (3)",
   ["0,00", "0,00", "0,00"]),
  ("10.2", "Sostenibilità patrimoniale del disavanzo presunto",
   "Totale disavanzo di amministrazione di cui alla lettera E dell'allegato riguardante il risultato di amministrazione presunto (3) / Patrimonio netto (1)",
   ["0,00", "0,00", "0,00"])]),
 ("11", "Fondo pluriennale vincolato", [
  ("11.1", "Utilizzo del FPV",
   "(Fondo pluriennale vincolato corrente e capitale iscritto in entrata del bilancio - Quota del fondo pluriennale vincolato corrente e capitale che si prevede di non utilizzare nel corso dell'esercizio e che sarà rinviata agli esercizi successivi) / Fondo pluriennale vincolato corrente e capitale iscritto in entrata nel bilancio (10)",
   ["100,00", "100,00", "100,00"])]),
 ("12", "Partite di giro e conto terzi", [
  ("12.1", "Incidenza partite di giro e conto terzi in entrata",
   "Totale stanziamenti di competenza per Entrate per conto terzi e partite di giro / Totale stanziamenti primi tre titoli delle entrate",
   ["15,84", "15,91", "15,91"]),
  ("12.2", "Incidenza partite di giro e conto terzi in uscita",
   "Totale stanziamenti di competenza per Uscite per conto terzi e partite di giro / Totale stanziamenti di competenza del primo titolo della spesa",
   ["19,26", "19,37", "19,34"])]),
]

FOOTNOTES = [
 "(1) Il Patrimonio netto è pari alla Lettera A) dello stato patrimoniale passivo. Gli enti locali con popolazione inferiore a 5.000 abitanti elaborano l'indicatore a decorrere dall'esercizio 2019.",
 "(2) Il debito di finanziamento è pari alla lettera D1 dello stato patrimoniale passivo. Gli enti locali con popolazione inferiore a 5.000 abitanti elaborano l'indicatore a decorrere dall'esercizio 2019.",
 "(3) Indicatore da rappresentare solo in caso di disavanzo di amministrazione presunto.",
 "(4) La media dei tre esercizi precedenti è riferita agli ultimi tre consuntivi approvati o, in caso di mancata approvazione, ai dati di preconsuntivo. Per le entrate che, a seguito di modifiche normative, sono state oggetto di diversa iscrizione, la media è calcolata sui dati riclassificati.",
 "(5) Da compilare solo se la voce E dell'allegato al bilancio di previsione concernente il risultato di amministrazione presunto è positiva o pari a 0.",
 "(6) La quota libera di parte corrente del risultato di amministrazione presunto è pari alla voce E riportata nell'allegato a) al bilancio di previsione.",
 "(7) La quota libera in c/capitale del risultato di amministrazione presunto è pari alla voce D dell'allegato a) al bilancio di previsione.",
 "(8) La quota accantonata del risultato di amministrazione presunto è pari alla voce B dell'allegato a) al bilancio di previsione.",
 "(9) Indicare al numeratore solo la quota del finanziamento destinata alla copertura di investimenti, e al denominatore escludere gli investimenti che, nell'esercizio, sono finanziati dal FPV.",
 "(10) Si fa riferimento agli esercizi successivi a quello di riferimento del bilancio; il FPV iscritto in entrata è al netto della quota riferita a impegni reimputati.",
]

ENTRATE = [
 ["Titolo 1", "Entrate correnti di natura tributaria, contributiva e perequativa", "", "", "", ""],
 ["10101", "Imposte, tasse e proventi assimilati", "51,36", "55,42", "55,97", "96,12"],
 ["10301", "Fondi perequativi da Amministrazioni Centrali", "6,84", "7,41", "7,48", "100,00"],
 ["Titolo 2", "Trasferimenti correnti", "", "", "", ""],
 ["20101", "Trasferimenti correnti da Amministrazioni pubbliche", "8,92", "6,15", "6,02", "91,37"],
 ["20103", "Trasferimenti correnti da Imprese", "0,31", "0,33", "0,33", "100,00"],
 ["Titolo 3", "Entrate extratributarie", "", "", "", ""],
 ["30100", "Vendita di beni e servizi e proventi derivanti dalla gestione dei beni", "12,47", "13,26", "13,40", "88,45"],
 ["30200", "Proventi derivanti dall'attività di controllo e repressione delle irregolarità e degli illeciti", "2,18", "2,35", "2,37", "41,22"],
 ["30500", "Rimborsi e altre entrate correnti", "1,63", "1,71", "1,72", "93,08"],
 ["Titolo 4", "Entrate in conto capitale", "", "", "", ""],
 ["40200", "Contributi agli investimenti", "11,95", "3,27", "2,21", "100,00"],
 ["40400", "Entrate da alienazione di beni materiali e immateriali", "0,89", "1,27", "1,53", "100,00"],
 ["Titolo 6", "Accensione prestiti", "", "", "", ""],
 ["60300", "Accensione mutui e altri finanziamenti a medio lungo termine", "3,45", "0,00", "0,00", "100,00"],
 ["", "TOTALE ENTRATE", "100,00", "100,00", "100,00", ""],
]


def build():
    from r13lib import parse_value
    rows = []
    for code, title, inds in GROUPS:
        rows.append({"hier": {"level": "strategic", "code": code, "title": title}})
        for icode, name, formula, vals in inds:
            values = {}
            for y, v in zip(("2024", "2025", "2026"), vals):
                values[y] = {"target": parse_value(v) if v else None, "met": None}
            rows.append({"cells": [icode, name, formula] + vals, "values": values})
    cols = [
        {"header": "", "field": "indicator_code", "year": None, "width": 6},
        {"header": "TIPOLOGIA INDICATORE", "field": "indicator", "year": None, "width": 38},
        {"header": "DEFINIZIONE", "field": "formula", "year": None, "width": 78},
        {"header": "Anno 2024", "field": "target", "year": 2024, "width": 10},
        {"header": "Anno 2025", "field": "target", "year": 2025, "width": 10},
        {"header": "Anno 2026", "field": "target", "year": 2026, "width": 10},
    ]
    return {
        "schema": "r13-blind/content@1",
        "_about": [
            "Piano degli indicatori e dei risultati attesi di bilancio 2024-2026 of the Comune di Fossano (CN), invented values; indicator names and definitions follow the ministerial model (D.M. 22/12/2015, allegato 1-a) as printed in the Avella rendiconto in /work/shared/real.",
            "Rendered as a LibreOffice Calc workbook, landscape, ruled grid, two header rows ('VALORE INDICATORE (dati percentuali)' merged over 'Anno 2024 | Anno 2025 | Anno 2026') repeated on every page as print titles.",
            "Truth: the code column has no header (indicator_code); TIPOLOGIA INDICATORE holds the indicator's name -> indicator; DEFINIZIONE holds the calculation -> formula; the year columns say neither expected nor achieved and this is a plan (bilancio di previsione) -> target, one record per year (2024, 2025, 2026), also where the cell is empty (cash-based and 'avanzo presunto' indicators have only the first year).",
            "Group rows ('1 Rigidità strutturale di bilancio') are objective headings; they stand at the top of the hierarchy (no area printed) -> objective_level strategic, area_code = the group code, area_title null. Footnotes under the table and the composition table on the third sheet give no records.",
        ],
        "document": {"issuer": "Comune di Fossano", "title": "Piano degli indicatori e dei risultati attesi di bilancio",
                     "year": 2024, "kind": "piano"},
        "layout": "calc-ministerial", "orientation": "landscape",
        "running_header": "COMUNE DI FOSSANO – BILANCIO DI PREVISIONE 2024-2026",
        "blocks": [
            {"type": "sheet", "name": "Premessa"},
            {"type": "cover", "lines": [
                {"text": "COMUNE DI FOSSANO", "size": 18, "bold": True},
                {"text": "Provincia di Cuneo", "size": 11},
                {"text": "Piano degli indicatori e dei risultati attesi di bilancio", "size": 15, "bold": True},
                {"text": "Bilancio di previsione 2024-2026", "size": 13, "bold": True},
                {"text": "art. 18-bis del D.Lgs. 118/2011 – D.M. Interno 22 dicembre 2015 (allegato 1-a)", "size": 10},
                {"text": "Allegato alla deliberazione del Consiglio comunale n. 87 del 21/12/2023", "size": 10}]},
            {"type": "heading", "text": "Premessa"},
            {"type": "paragraph", "text": "Il Piano degli indicatori e dei risultati attesi di bilancio è previsto dall'art. 18-bis del D.Lgs. 23 giugno 2011, n. 118, ed è allegato al bilancio di previsione e al rendiconto. Gli indicatori sintetici e analitici sono definiti dal decreto del Ministero dell'Interno del 22 dicembre 2015 e consentono di confrontare gli enti locali su basi omogenee."},
            {"type": "paragraph", "text": "Gli indicatori sono calcolati sugli stanziamenti di competenza e di cassa del bilancio di previsione 2024-2026; per gli indicatori di realizzazione delle previsioni di entrata si utilizza la media degli accertamenti e degli incassi dell'ultimo triennio (2020-2022). Gli indicatori di cassa sono valorizzati per il solo primo esercizio, unico per il quale il bilancio reca le previsioni di cassa; gli indicatori relativi all'avanzo presunto sono riferiti al risultato di amministrazione presunto al 31/12/2023."},
            {"type": "paragraph", "text": "La popolazione residente al 1° gennaio 2023, utilizzata per gli indicatori procapite, è di 24.318 abitanti. I valori sono espressi in percentuale, salvo gli indicatori procapite espressi in euro."},
            {"type": "sheet", "name": "Indicatori sintetici"},
            {"type": "table", "role": "indicators", "title": "PIANO DEGLI INDICATORI DI BILANCIO – INDICATORI SINTETICI",
             "columns": cols, "group_header": "VALORE INDICATORE (dati percentuali)", "rows": rows,
             "footnotes": FOOTNOTES},
            {"type": "sheet", "name": "Composizione entrate"},
            {"type": "table", "role": "other", "title": "INDICATORI ANALITICI CONCERNENTI LA COMPOSIZIONE DELLE ENTRATE E LA CAPACITÀ DI RISCOSSIONE",
             "columns": [{"header": "Titolo / Tipologia", "width": 12}, {"header": "Denominazione", "width": 58},
                         {"header": "Composizione delle entrate (dati percentuali) 2024", "width": 16},
                         {"header": "Composizione delle entrate (dati percentuali) 2025", "width": 16},
                         {"header": "Composizione delle entrate (dati percentuali) 2026", "width": 16},
                         {"header": "% riscossione prevista nel bilancio 2024", "width": 16}],
             "rows": ENTRATE},
        ],
    }
