# Writes the three NAME.content.json files (content as data, hand-written).
import json
OUT = "/work/blind/r86/"

# ---------- 1. Comune di Conegliano: rendiconto 2024, allegato indicatori sintetici ----------
c1 = {
 "name": "comune-conegliano-2024-rendiconto-indicatori", "renderer": "reportlab",
 "document": {"issuer": "Comune di Conegliano", "title": "Piano degli indicatori e dei risultati attesi di bilancio", "year": 2024, "kind": "piano"},
 "cover": ["COMUNE DI CONEGLIANO", "Provincia di Treviso", "RENDICONTO DELLA GESTIONE 2024",
           "Allegato n. 14", "PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO",
           "Indicatori sintetici e analitici (art. 18-bis D.Lgs. 118/2011 – D.M. 22 dicembre 2015)"],
 "intro": [
  "Il presente allegato al rendiconto della gestione 2024 espone gli indicatori sintetici previsti dal Decreto del Ministero dell'Interno del 22 dicembre 2015, calcolati sui dati di consuntivo approvati con deliberazione del Consiglio comunale n. 21 del 29 aprile 2025.",
  "Gli indicatori sono espressi in termini percentuali salvo ove diversamente indicato nella definizione (valori pro capite in euro, giorni per l'indicatore di tempestività dei pagamenti). Un valore negativo dell'indicatore di tempestività indica pagamenti effettuati mediamente prima della scadenza delle fatture.",
  "Rispetto all'esercizio 2023 si registra una riduzione dell'incidenza della spesa di personale e un miglioramento della capacità di riscossione delle entrate proprie, mentre resta contenuto il ricorso all'anticipazione di tesoreria, non attivata nel corso dell'anno."],
 "table_title": "INDICATORI SINTETICI",
 "headers": ["", "TIPOLOGIA INDICATORE", "DEFINIZIONE", "VALORE INDICATORE 2024 (Percentuale)"],
 "year": 2024,
 "groups": [
  {"code": "1", "title": "Rigidità strutturale di bilancio", "rows": [
   ["1.1", "Incidenza spese rigide (ripiano disavanzo, personale e debito) su entrate correnti",
    "[Ripiano disavanzo a carico dell'esercizio + Impegni (Macroaggregati 1.1 \"Redditi di lavoro dipendente\" + pdc 1.02.01.01.000 \"IRAP\" – FPV entrata concernente il Macroaggregato 1.1 + FPV personale in uscita 1.1 + 1.7 \"Interessi passivi\" + Titolo 4 \"Rimborso prestiti\")] / (Accertamenti primi tre titoli Entrate)", "27,63"]]},
  {"code": "2", "title": "Entrate correnti", "rows": [
   ["2.1", "Incidenza degli accertamenti di parte corrente sulle previsioni iniziali di parte corrente", "Totale accertamenti primi tre titoli di entrata / Stanziamenti iniziali di competenza dei primi tre titoli delle Entrate", "106,84"],
   ["2.2", "Incidenza degli accertamenti di parte corrente sulle previsioni definitive di parte corrente", "Totale accertamenti primi tre titoli di entrata / Stanziamenti definitivi di competenza dei primi tre titoli delle Entrate", "98,21"],
   ["2.3", "Incidenza degli accertamenti delle entrate proprie sulle previsioni iniziali di parte corrente", "Totale accertamenti (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + E.3.00.00.00.000 \"Entrate extratributarie\") / Stanziamenti iniziali di competenza dei primi tre titoli delle Entrate", "81,57"],
   ["2.4", "Incidenza degli accertamenti delle entrate proprie sulle previsioni definitive di parte corrente", "Totale accertamenti (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + E.3.00.00.00.000 \"Entrate extratributarie\") / Stanziamenti definitivi di competenza dei primi tre titoli delle Entrate", "75,02"],
   ["2.5", "Incidenza degli incassi correnti sulle previsioni iniziali di parte corrente", "Totale incassi c/competenza e c/residui (primi tre titoli di entrata) / Stanziamenti iniziali di cassa dei primi tre titoli delle Entrate", "88,40"],
   ["2.6", "Incidenza degli incassi correnti sulle previsioni definitive di parte corrente", "Totale incassi c/competenza e c/residui (primi tre titoli di entrata) / Stanziamenti definitivi di cassa dei primi tre titoli delle Entrate", "84,93"],
   ["2.7", "Incidenza degli incassi delle entrate proprie sulle previsioni iniziali di parte corrente", "Totale incassi c/competenza e c/residui (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + E.3.00.00.00.000 \"Entrate extratributarie\") / Stanziamenti iniziali di cassa dei primi tre titoli delle Entrate", "66,19"],
   ["2.8", "Incidenza degli incassi delle entrate proprie sulle previsioni definitive di parte corrente", "Totale incassi c/competenza e c/residui (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + E.3.00.00.00.000 \"Entrate extratributarie\") / Stanziamenti definitivi di cassa dei primi tre titoli delle Entrate", "63,75"]]},
  {"code": "3", "title": "Anticipazioni dell'Istituto tesoriere", "rows": [
   ["3.1", "Utilizzo medio Anticipazioni di tesoreria", "Sommatoria degli utilizzi giornalieri delle anticipazioni nell'esercizio / (365 x max previsto dalla norma)", "0,00"],
   ["3.2", "Anticipazione chiuse solo contabilmente", "Anticipazione di tesoreria all'inizio dell'esercizio successivo / max previsto dalla norma", "0,00"]]},
  {"code": "4", "title": "Spesa di personale", "rows": [
   ["4.1", "Incidenza della spesa di personale sulla spesa corrente (Indicatore di equilibrio economico-finanziario)", "Impegni (Macroaggregato 1.1 + pdc U.1.02.01.01 \"IRAP\" + FPV personale in uscita 1.1 – FPV personale in entrata concernente il Macroaggregato 1.1) / Impegni (Spesa corrente – FCDE corrente – FPV di entrata concernente il Macroaggregato 1.1 + FPV macroaggregato 1.1 in uscita)", "24,36"],
   ["4.2", "Incidenza del salario accessorio ed incentivante rispetto al totale della spesa di personale", "Impegni (pdc U.1.01.01.004 + 1.01.01.008 \"indennità e altri compensi al personale a tempo indeterminato e determinato\" + pdc 1.01.01.003 + 1.01.01.007 \"straordinario al personale a tempo indeterminato e determinato\") / Impegni (Macroaggregato 1.1 + pdc U.1.02.01.01 \"IRAP\")", "11,08"],
   ["4.3", "Incidenza spesa personale flessibile rispetto al totale della spesa di personale", "Impegni (pdc U.1.03.02.010 \"Consulenze\" + pdc U.1.03.02.12 \"lavoro flessibile/LSU/Lavoro interinale\") / Impegni (Macroaggregato 1.1 + pdc U.1.02.01.01 \"IRAP\")", "1,94"],
   ["4.4", "Spesa di personale procapite (Indicatore di equilibrio dimensionale in valore assoluto)", "Impegni (Macroaggregato 1.1 + pdc U.1.02.01.01 \"IRAP\" + FPV personale in uscita 1.1 – FPV personale in entrata concernente il Macroaggregato 1.1) / popolazione residente (Il dato si riferisce al 1° gennaio dell'esercizio di riferimento)", "287,52"]]},
  {"code": "5", "title": "Esternalizzazione dei servizi", "rows": [
   ["5.1", "Indicatore di esternalizzazione dei servizi", "(pdc U.1.03.02.15.000 \"Contratti di servizio pubblico\" + pdc U.1.04.03.01.000 \"Trasferimenti correnti a imprese controllate\" + pdc U.1.04.03.02.000 \"Trasferimenti correnti a altre imprese partecipate\") / totale spese Titolo I", "18,71"]]},
  {"code": "6", "title": "Interessi passivi", "rows": [
   ["6.1", "Incidenza degli interessi passivi sulle entrate correnti (che ne costituiscono la fonte di copertura)", "Impegni Macroaggregato 1.7 \"Interessi passivi\" / Accertamenti primi tre titoli (\"Entrate correnti\")", "0,86"],
   ["6.2", "Incidenza degli interessi sulle anticipazioni sul totale della spesa per interessi passivi", "Impegni voce del pdc U.1.07.06.04.000 \"Interessi passivi su anticipazioni di tesoreria\" / Impegni Macroaggregato 1.7 \"Interessi passivi\"", "0,00"],
   ["6.3", "Incidenza interessi di mora sul totale della spesa per interessi passivi", "Impegni voce del pdc U.1.07.06.02.000 \"Interessi di mora\" / Impegni Macroaggregato 1.7 \"Interessi passivi\"", "0,00"]]},
  {"code": "7", "title": "Investimenti", "rows": [
   ["7.1", "Incidenza investimenti su spesa corrente e in conto capitale", "Impegni (Macroaggregati 2.2 \"Investimenti fissi lordi e acquisto terreni\" + 2.3 \"Contributi agli investimenti\") / totale Impegni Tit. I + II", "22,47"],
   ["7.2", "Investimenti diretti procapite (in valore assoluto)", "Impegni per Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" / popolazione residente al 1° gennaio", "236,09"]]},
  {"code": "8", "title": "Analisi dei residui", "rows": [
   ["8.1", "Incidenza nuovi residui passivi di parte corrente su stock residui passivi correnti", "Totale residui di parte corrente di competenza dell'esercizio / Totale residui di parte corrente al 31 dicembre", "71,33"],
   ["8.2", "Incidenza nuovi residui attivi di parte corrente su stock residui attivi di parte corrente", "Totale residui attivi titoli 1, 2 e 3 di competenza dell'esercizio / Totale residui attivi titoli 1, 2 e 3 al 31 dicembre", "46,58"]]},
  {"code": "9", "title": "Smaltimento debiti non finanziari", "rows": [
   ["9.5", "Indicatore annuale di tempestività dei pagamenti (di cui al comma 1, dell'articolo 9, DPCM del 22 settembre 2014)", "Giorni effettivi intercorrenti tra la data di scadenza della fattura o richiesta equivalente di pagamento e la data di pagamento ai fornitori moltiplicata per l'importo dovuto, rapportata alla somma degli importi pagati nel periodo di riferimento", "-7,42"]]},
 ],
 "footnotes": ["Fonte: elaborazione Servizio Ragioneria su dati BDAP – schemi di rendiconto 2024.",
               "Gli indicatori 4.4 e 7.2 sono espressi in euro per abitante; l'indicatore 9.5 è espresso in giorni."],
 "analytic": {"title": "INDICATORI ANALITICI – COMPOSIZIONE DELLE ENTRATE (dati percentuali)",
  "headers": ["Titolo / Tipologia", "Denominazione", "Percentuale stanziamenti iniziali di competenza / totale", "Percentuale accertamenti / totale accertamenti", "Percentuale riscossioni / totale riscossioni"],
  "rows": [
   ["Titolo 1", "Entrate correnti di natura tributaria, contributiva e perequativa", "", "", ""],
   ["10101", "Tipologia 101: Imposte, tasse e proventi assimilati", "46,12", "47,85", "45,37"],
   ["10301", "Tipologia 301: Fondi perequativi da Amministrazioni Centrali", "6,84", "6,91", "7,02"],
   ["", "Totale Titolo 1", "52,96", "54,76", "52,39"],
   ["Titolo 2", "Trasferimenti correnti", "", "", ""],
   ["20101", "Tipologia 101: Trasferimenti correnti da Amministrazioni pubbliche", "7,35", "8,02", "8,44"],
   ["", "Totale Titolo 2", "7,35", "8,02", "8,44"],
   ["Titolo 3", "Entrate extratributarie", "", "", ""],
   ["30100", "Tipologia 100: Vendita di beni e servizi e proventi derivanti dalla gestione dei beni", "11,28", "10,74", "11,06"],
   ["30200", "Tipologia 200: Proventi derivanti dall'attività di controllo e repressione delle irregolarità e degli illeciti", "2,41", "2,93", "1,78"],
   ["", "Totale Titolo 3", "13,69", "13,67", "12,84"],
   ["Titolo 4", "Entrate in conto capitale", "15,44", "12,31", "13,92"],
   ["Titolo 9", "Entrate per conto terzi e partite di giro", "10,56", "11,24", "12,41"],
   ["", "TOTALE ENTRATE", "100,00", "100,00", "100,00"]]},
 "signature": ["Conegliano, 29 aprile 2025", "Il Responsabile del Servizio Finanziario", "dott.ssa Marta Zanette"],
}

# ---------- 2. Regione Marche: bilancio di previsione 2025-2027, per Missione/Programma ----------
def ind(code, name, formula, unit, source, base, t25, t26, t27):
    return {"indicator_code": code, "indicator": name, "formula": formula, "unit": unit, "data_source": source,
            "baseline": base, "targets": {"2025": t25, "2026": t26, "2027": t27}}
c2 = {
 "name": "regione-marche-2025-piano-indicatori", "renderer": "reportlab",
 "document": {"issuer": "Regione Marche", "title": "Piano degli indicatori e dei risultati attesi di bilancio", "year": 2025, "kind": "piano"},
 "cover": ["REGIONE MARCHE", "Giunta regionale", "Dipartimento Programmazione integrata, UE e risorse finanziarie, umane e strumentali",
           "PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO", "2025 – 2027",
           "(art. 18-bis del D.Lgs. 23 giugno 2011, n. 118)", "Allegato alla legge regionale di approvazione del bilancio di previsione 2025-2027"],
 "intro_heading": "1. Premessa",
 "intro": [
  "Il Piano degli indicatori e dei risultati attesi di bilancio è lo strumento con il quale la Regione illustra gli obiettivi della gestione, misura i risultati conseguiti e ne monitora l'effettivo andamento in termini di servizi forniti e di interventi realizzati. Il Piano è redatto in coerenza con il Documento di Economia e Finanza Regionale (DEFR) 2025-2027 e con la nota di aggiornamento approvata dal Consiglio regionale.",
  "Per ciascun programma di spesa sono individuati uno o più obiettivi, ai quali sono associati indicatori di realizzazione e di risultato con la relativa formula di calcolo, la fonte del dato, il valore di partenza riferito all'ultimo consuntivo disponibile (2023) e i valori attesi per ciascuno degli esercizi del triennio.",
  "Il monitoraggio degli indicatori è effettuato in sede di rendiconto, nel quale sono esposti i valori effettivamente raggiunti e le motivazioni degli eventuali scostamenti."],
 "budget": {"heading": "2. Quadro delle risorse per missione", "caption": "Tabella 1 – Stanziamenti di competenza per missione (importi in euro)",
  "headers": ["Missione", "Denominazione", "2025", "2026", "2027"],
  "rows": [["01", "Servizi istituzionali, generali e di gestione", "412.587.310,45", "398.114.022,10", "395.870.441,00"],
           ["09", "Sviluppo sostenibile e tutela del territorio e dell'ambiente", "186.204.915,72", "171.330.608,00", "158.962.114,35"],
           ["10", "Trasporti e diritto alla mobilità", "274.918.447,19", "262.405.190,88", "259.117.006,00"],
           ["13", "Tutela della salute", "3.412.775.820,00", "3.455.012.300,00", "3.471.889.150,00"],
           ["14", "Sviluppo economico e competitività", "98.447.215,60", "84.106.330,00", "71.220.540,00"],
           ["", "Totale missioni considerate", "4.384.933.709,96", "4.370.968.450,98", "4.357.059.251,35"]]},
 "ind_heading": "3. Obiettivi e indicatori per missione e programma",
 "ind_note": "Il valore di partenza è riferito al rendiconto 2023; i target sono riferiti a ciascun esercizio del triennio di bilancio.",
 "headers": ["Obiettivo", "Cod.", "Indicatore", "Formula di calcolo", "Unità di misura", "Fonte del dato", "Valore di partenza (2023)", "Target 2025", "Target 2026", "Target 2027"],
 "years": [2025, 2026, 2027],
 "missions": [
  {"code": "01", "title": "Servizi istituzionali, generali e di gestione", "programmes": [
   {"code": "01.03", "title": "Gestione economica, finanziaria, programmazione e provveditorato", "objectives": [
    {"code": "01.03.01", "title": "Garantire la tempestività dei pagamenti ai fornitori", "indicators": [
     ind("01.03.01.a", "Indicatore annuale di tempestività dei pagamenti", "Somma dei giorni di ritardo ponderati per l'importo delle fatture / importo totale pagato", "giorni", "PCC – Piattaforma Crediti Commerciali", "-9,8", "≤ 0", "≤ 0", "≤ 0"),
     ind("01.03.01.b", "Percentuale di fatture pagate entro la scadenza", "N. fatture pagate entro la scadenza / n. fatture pagate nell'anno x 100", "%", "Sistema contabile regionale", "91,4%", "≥ 95%", "≥ 96%", "≥ 97%")]},
    {"code": "01.03.02", "title": "Accelerare la chiusura del ciclo di bilancio", "indicators": [
     ind("01.03.02.a", "Tempo medio di approvazione del rendiconto da parte della Giunta", "Giorni tra il 1° gennaio e la data della delibera di Giunta di approvazione dello schema di rendiconto", "giorni", "Atti di Giunta", "128 gg", "≤ 120 gg", "≤ 115 gg", "≤ 110 gg")]}]},
   {"code": "01.10", "title": "Risorse umane", "objectives": [
    {"code": "01.10.01", "title": "Rafforzare le competenze del personale regionale", "indicators": [
     ind("01.10.01.a", "Ore medie di formazione per dipendente", "Ore di formazione erogate / n. dipendenti in servizio al 31/12", "ore", "Scuola regionale di formazione della PA", "18,6", "≥ 24", "≥ 24", "≥ 26"),
     ind("01.10.01.b", "Percentuale di dipendenti coinvolti in almeno un'attività formativa", "Dipendenti formati / dipendenti in servizio x 100", "%", "Scuola regionale di formazione della PA", "72%", "≥ 80%", "≥ 85%", "≥ 85%")]}]}]},
  {"code": "09", "title": "Sviluppo sostenibile e tutela del territorio e dell'ambiente", "programmes": [
   {"code": "09.01", "title": "Difesa del suolo", "objectives": [
    {"code": "09.01.01", "title": "Ridurre il rischio idrogeologico mediante interventi di mitigazione", "indicators": [
     ind("09.01.01.a", "Numero di interventi di mitigazione del rischio idrogeologico avviati", "Interventi con lavori consegnati nell'anno", "numero", "ReNDiS – Monitoraggio opere pubbliche", "34", "≥ 40", "≥ 45", "≥ 45"),
     ind("09.01.01.b", "Risorse impegnate per la difesa del suolo", "Impegni di competenza sul programma 09.01", "euro", "Sistema contabile regionale", "€ 38.412.600,00", "≥ € 45.000.000,00", "≥ € 40.000.000,00", "n.d.")]}]},
   {"code": "09.08", "title": "Qualità dell'aria e riduzione dell'inquinamento", "objectives": [
    {"code": "09.08.01", "title": "Migliorare la qualità dell'aria nelle aree urbane", "indicators": [
     ind("09.08.01.a", "Numero di giorni di superamento del valore limite giornaliero di PM10 (media delle stazioni urbane)", "Giorni con media giornaliera PM10 > 50 µg/m³, media delle stazioni di fondo urbano", "giorni", "ARPAM – Rete regionale di monitoraggio", "22", "≤ 25", "≤ 20", "≤ 18")]}]}]},
  {"code": "10", "title": "Trasporti e diritto alla mobilità", "programmes": [
   {"code": "10.02", "title": "Trasporto pubblico locale", "objectives": [
    {"code": "10.02.01", "title": "Rinnovare il parco autobus del trasporto pubblico locale", "indicators": [
     ind("10.02.01.a", "Percentuale di autobus del TPL con età inferiore a 10 anni", "Autobus con prima immatricolazione da meno di 10 anni / totale autobus in servizio x 100", "%", "Osservatorio regionale TPL", "48,2%", "≥ 55%", "≥ 62%", "≥ 70%"),
     ind("10.02.01.b", "Grado di soddisfazione degli utenti del servizio extraurbano", "Giudizio medio espresso nell'indagine di customer satisfaction (scala 1-10)", "punteggio", "Indagine annuale di customer satisfaction", "6,9", "≥ 7", "≥ 7,2", "≥ 7,5")]}]}]},
  {"code": "13", "title": "Tutela della salute", "programmes": [
   {"code": "13.01", "title": "Servizio sanitario regionale – finanziamento ordinario corrente per la garanzia dei LEA", "objectives": [
    {"code": "13.01.01", "title": "Garantire i livelli essenziali di assistenza", "indicators": [
     ind("13.01.01.a", "Punteggio NSG – area della prevenzione collettiva e sanità pubblica", "Punteggio dell'area nel Nuovo Sistema di Garanzia", "punteggio", "Ministero della Salute – NSG", "78,4", "≥ 80", "≥ 82", "≥ 85"),
     ind("13.01.01.b", "Tempo medio di attesa per le prestazioni ambulatoriali di classe B", "Media dei giorni tra prenotazione ed erogazione delle prestazioni con priorità B", "giorni", "CUP regionale", "14 gg", "≤ 10 gg", "≤ 10 gg", "≤ 10 gg"),
     ind("13.01.01.c", "Copertura vaccinale antinfluenzale negli over 65", "Vaccinati con età ≥ 65 anni / popolazione residente con età ≥ 65 anni x 100", "%", "Anagrafe vaccinale regionale", "54,7%", "≥ 60%", "≥ 65%", "≥ 75%")]}]}]},
  {"code": "14", "title": "Sviluppo economico e competitività", "programmes": [
   {"code": "14.01", "title": "Industria, PMI e Artigianato", "objectives": [
    {"code": "14.01.01", "title": "Sostenere gli investimenti delle micro, piccole e medie imprese", "indicators": [
     ind("14.01.01.a", "Numero di imprese beneficiarie di contributi per investimenti", "Imprese con decreto di concessione nell'anno", "numero", "Sistema informativo SIGEF", "612", "≥ 650", "≥ 600", "≥ 550"),
     ind("14.01.01.b", "Tempo medio di istruttoria delle domande di contributo", "Media dei giorni tra la chiusura del bando e il decreto di concessione", "giorni", "Sistema informativo SIGEF", "97 gg", "≤ 90 gg", "≤ 80 gg", "≤ 75 gg")]}]}]},
 ],
 "footnote": "Fonte: DEFR 2025-2027 e sistema di programmazione e controllo della Regione Marche. n.d. = valore non determinabile alla data di approvazione del bilancio.",
}

# ---------- 3. Ente Parco Nazionale del Cilento: rendiconto 2024, Word with shaded bands ----------
def r(name, tipo, unit, target, actual, note=None, nota_row=None):
    d = {"indicator": name, "type": tipo, "unit": unit, "target": target, "actual": actual, "notes": note}
    if nota_row: d["nota_row"] = nota_row
    return d
c3 = {
 "name": "parco-nazionale-cilento-2024-rendiconto-indicatori", "renderer": "word",
 "document": {"issuer": "Ente Parco Nazionale del Cilento, Vallo di Diano e Alburni", "title": "Piano degli indicatori e dei risultati attesi di bilancio", "year": 2024, "kind": "piano"},
 "cover": ["Ente Parco Nazionale del Cilento, Vallo di Diano e Alburni", "Vallo della Lucania (SA)",
           "RENDICONTO GENERALE ESERCIZIO 2024", "Allegato 5",
           "PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO", "Rapporto sui risultati",
           "(art. 19 D.Lgs. 31 maggio 2011, n. 91 – D.P.C.M. 18 settembre 2012)"],
 "intro_heading": "Premessa",
 "intro": [
  "Il presente documento costituisce il rapporto sui risultati allegato al rendiconto generale dell'esercizio 2024, redatto ai sensi dell'art. 5 del D.P.C.M. 18 settembre 2012. In esso sono riportati, per ciascun obiettivo individuato nel Piano degli indicatori allegato al bilancio di previsione 2024, gli indicatori definiti, i valori attesi e i valori effettivamente conseguiti al 31 dicembre 2024.",
  "Gli obiettivi sono articolati secondo la classificazione per missioni e programmi adottata dall'Ente. Nella colonna Note sono riportate sinteticamente le cause degli eventuali scostamenti."],
 "budget": {"heading": "1. Spese per missioni e programmi – esercizio 2024", "caption": "Importi in euro",
  "headers": ["Missione / Programma", "Previsioni definitive", "Impegni", "Pagamenti"],
  "rows": [["018.013 – Tutela e conservazione della fauna e della flora, salvaguardia della biodiversità e dell'ecosistema marino", "4.812.300,00", "4.106.552,18", "3.227.940,61"],
           ["018.005 – Sviluppo sostenibile del territorio", "2.140.500,00", "1.684.209,77", "1.102.336,40"],
           ["032.002 – Indirizzo politico", "386.000,00", "341.812,55", "338.404,10"],
           ["032.003 – Servizi e affari generali per le amministrazioni di competenza", "3.205.700,00", "2.958.117,93", "2.811.560,02"],
           ["Totale", "10.544.500,00", "9.090.692,43", "7.480.241,13"]]},
 "ind_heading": "2. Obiettivi e indicatori – risultati al 31 dicembre 2024",
 "headers": ["Indicatore", "Tipologia", "Unità di misura", "Valore atteso 2024", "Valore consuntivo 2024", "Note"],
 "year": 2024,
 "missions": [
  {"code": "018", "title": "Sviluppo sostenibile e tutela del territorio e dell'ambiente", "programmes": [
   {"code": "018.013", "title": "Tutela e conservazione della fauna e della flora, salvaguardia della biodiversità e dell'ecosistema marino", "objectives": [
    {"code": "1", "title": "Monitoraggio e conservazione degli habitat e delle specie di interesse comunitario", "indicators": [
     r("Numero di siti Natura 2000 oggetto di monitoraggio", "Realizzazione fisica", "numero", "≥ 20", "23"),
     r("Percentuale di habitat prioritari con piano di monitoraggio aggiornato", "Risultato", "%", "≥ 80%", "85%"),
     r("Risorse impegnate per progetti di conservazione della biodiversità", "Realizzazione finanziaria", "euro", "≥ € 1.200.000,00", "€ 1.086.430,00", "Slittamento al 2025 di un affidamento per ricorso al TAR")]},
    {"code": "2", "title": "Prevenzione e contrasto degli incendi boschivi", "indicators": [
     r("Superficie percorsa dal fuoco nell'area protetta", "Impatto", "ettari", "≤ 150", "212",
       nota_row="Nota: la stagione estiva 2024 ha registrato condizioni di siccità eccezionali; tre eventi nel comprensorio degli Alburni hanno interessato complessivamente 140 ettari."),
     r("Tempo medio di intervento delle squadre AIB convenzionate", "Risultato", "minuti", "≤ 30 minuti", "27 minuti"),
     r("Chilometri di viali tagliafuoco manutenuti", "Realizzazione fisica", "km", "≥ 40", "46")]}]},
   {"code": "018.005", "title": "Sviluppo sostenibile del territorio", "objectives": [
    {"code": "3", "title": "Valorizzazione della rete sentieristica e della fruizione sostenibile", "indicators": [
     r("Chilometri di sentieri segnalati e manutenuti", "Realizzazione fisica", "km", "≥ 300", "318"),
     r("Numero di visitatori dei centri visita del Parco", "Risultato", "numero", "≥ 45.000", "51.270"),
     r("Rilascio del marchio del Parco alle imprese del territorio", "Risultato", "numero", "≥ 25", "Obiettivo sospeso", "Regolamento del marchio in corso di revisione ministeriale")]},
    {"code": "4", "title": "Educazione ambientale e rapporti con le scuole", "indicators": [
     r("Numero di classi coinvolte nei progetti di educazione ambientale", "Realizzazione fisica", "numero", "≥ 120", "134"),
     r("Grado di soddisfazione dei docenti partecipanti", "Risultato", "%", "≥ 85%", "91,5%")]}]}]},
  {"code": "032", "title": "Servizi istituzionali e generali delle amministrazioni pubbliche", "programmes": [
   {"code": "032.003", "title": "Servizi e affari generali per le amministrazioni di competenza", "objectives": [
    {"code": "5", "title": "Efficienza amministrativa e trasparenza", "indicators": [
     r("Indicatore annuale di tempestività dei pagamenti", "Risultato", "giorni", "≤ 0", "-4,6"),
     r("Tempi medi di rilascio dei nulla osta (art. 13 L. 394/1991)", "Risultato", "giorni", "≤ 60 gg", "48 gg"),
     r("Percentuale di obblighi di pubblicazione assolti nella sezione Amministrazione trasparente", "Risultato", "%", "100%", "96%", "Attestazione OIV al 30 giugno 2024",
       nota_row="Nota: sono in corso di aggiornamento i dati relativi ai provvedimenti dei dirigenti (sottosezione Provvedimenti)."),
     r("Capacità di riscossione delle entrate proprie", "Risultato", "%", "≥ 70%", "n.d.", "Dato disponibile dopo la chiusura del conto del tesoriere")]}]}]},
 ],
 "footnote": "Fonte: sistema di contabilità dell'Ente e rilevazioni degli uffici competenti.",
 "closing": ["Nel complesso, dei 15 indicatori monitorati 10 hanno raggiunto o superato il valore atteso. Gli scostamenti riguardano principalmente fattori esterni all'Ente (condizioni climatiche, procedure ministeriali).", "Vallo della Lucania, 28 aprile 2025", "Il Direttore", "dott. Romano Gregorio"],
}
for c in (c1, c2, c3):
    json.dump(c, open(OUT + c["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
print("ok")
