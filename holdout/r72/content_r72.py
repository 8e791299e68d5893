"""Writes the three r72 content files (hand-written content)."""
import json

# ---------------- 1. Comune di Vignola: bilancio di previsione 2025-2027 (DOCX -> LibreOffice)
A1 = []
def g(code, title, rows): A1.append({"code": code, "title": title, "rows": rows})
g("1", "Rigidità strutturale di bilancio", [
 ["1.1", "Incidenza spese rigide (disavanzo, personale e debito) su entrate correnti",
  "[Disavanzo iscritto in spesa + Stanziamenti competenza (Macroaggregati 1.1 \"Redditi di lavoro dipendente\" + pdc 1.02.01.01 \"IRAP\" + FPV personale in uscita 1.1 – FPV di entrata concernente il macroaggregato 1.1 + 1.7 \"Interessi passivi\" + Titolo 4 \"Rimborso prestiti\")] / (Stanziamenti di competenza dei primi tre titoli delle Entrate)",
  ["27,84", "27,12", "26,95"]]])
g("2", "Entrate correnti", [
 ["2.1", "Indicatore di realizzazione delle previsioni di competenza concernenti le entrate correnti",
  "Media accertamenti primi tre titoli di entrata nei tre esercizi precedenti / Stanziamenti di competenza dei primi tre titoli delle Entrate",
  ["98,41", "101,06", "103,27"]],
 ["2.2", "Indicatore di realizzazione delle previsioni di cassa corrente",
  "Media incassi primi tre titoli di entrata nei tre esercizi precedenti / Stanziamenti di cassa dei primi tre titoli delle Entrate",
  ["86,73", "n.d.", "n.d."]],
 ["2.3", "Indicatore di realizzazione delle previsioni di competenza concernenti le entrate proprie",
  "Media accertamenti nei tre esercizi precedenti (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + E.3.00.00.00.000 \"Entrate extratributarie\") / Stanziamenti di competenza dei primi tre titoli delle Entrate",
  ["79,15", "80,62", "81,90"]],
 ["2.4", "Indicatore di realizzazione delle previsioni di cassa concernenti le entrate proprie",
  "Media incassi nei tre esercizi precedenti (pdc E.1.01.00.00.000 \"Tributi\" – \"Compartecipazioni di tributi\" E.1.01.04.00.000 + E.3.00.00.00.000 \"Entrate extratributarie\") / Stanziamenti di cassa dei primi tre titoli delle Entrate",
  ["68,37", "n.d.", "n.d."]]])
g("3", "Anticipazioni dell'Istituto tesoriere", [
 ["3.1", "Utilizzo medio Anticipazioni di tesoreria",
  "Sommatoria degli utilizzi giornalieri delle anticipazioni nell'esercizio / (365 x max previsto dalla norma)",
  ["0,00", "0,00", "0,00"]],
 ["3.2", "Anticipazione chiuse solo contabilmente",
  "Stanziamento di competenza delle anticipazioni di tesoreria all'inizio dell'esercizio successivo / max previsto dalla norma",
  ["0,00", "0,00", "0,00"]]])
g("4", "Spesa di personale", [
 ["4.1", "Incidenza della spesa di personale sulla spesa corrente (Indicatore di equilibrio economico-finanziario)",
  "Stanziamenti di competenza (Macroaggregato 1.1 + pdc U.1.02.01.01 \"IRAP\" + FPV personale in uscita 1.1 – FPV personale in entrata concernente il Macroaggregato 1.1) / Stanziamenti competenza (Spesa corrente – FCDE corrente – FPV di entrata concernente il Macroaggregato 1.1 + FPV personale in uscita 1.1)",
  ["24,63", "24,18", "24,02"]],
 ["4.2", "Incidenza del salario accessorio ed incentivante rispetto al totale della spesa di personale (Indica il peso delle componenti afferenti la contrattazione decentrata dell'ente rispetto al totale dei redditi da lavoro)",
  "Stanziamenti di competenza (pdc U.1.01.01.004 + 1.01.01.008 \"indennità e altri compensi al personale a tempo indeterminato e determinato\" + pdc 1.01.01.003 + 1.01.01.007 \"straordinario al personale a tempo indeterminato e determinato\" + FPV in uscita concernente il Macroaggregato 1.1 – FPV di entrata concernente il Macroaggregato 1.1) / Stanziamenti di competenza (Macroaggregato 1.1 + pdc U.1.02.01.01 \"IRAP\" – FPV di entrata concernente il Macroaggregato 1.1 + FPV spesa concernente il Macroaggregato 1.1)",
  ["11,48", "11,48", "11,52"]],
 ["4.3", "Incidenza della spesa personale flessibile rispetto al totale della spesa di personale (Indica come gli enti soddisfano le proprie esigenze di risorse umane, mixando le varie alternative contrattuali più rigide (personale dipendente) o meno rigide (forme di lavoro flessibile))",
  "Stanziamenti di competenza (pdc U.1.03.02.010 \"Consulenze\" + pdc U.1.03.02.12 \"lavoro flessibile/LSU/Lavoro interinale\" + pdc U.1.01.01.002 \"Voci stipendiali corrisposte al personale a tempo determinato\") / Stanziamenti di competenza (Macroaggregato 1.1 + pdc U.1.02.01.01 \"IRAP\" + FPV in uscita concernente il Macroaggregato 1.1 – FPV in entrata concernente il Macroaggregato 1.1)",
  ["3,06", "2,41", "2,41"]],
 ["4.4", "Spesa di personale procapite (Indicatore di equilibrio dimensionale in valore assoluto)",
  "Stanziamenti di competenza (Macroaggregato 1.1 + pdc U.1.02.01.01 \"IRAP\" + FPV personale in uscita 1.1 – FPV personale in entrata concernente il Macroaggregato 1.1) / popolazione residente al 1° gennaio (al 1° gennaio dell'esercizio di riferimento o, se non disponibile, al 1° gennaio dell'ultimo anno disponibile)",
  ["219,74", "216,30", "215,88"]]])
g("5", "Esternalizzazione dei servizi", [
 ["5.1", "Indicatore di esternalizzazione dei servizi",
  "Stanziamenti di competenza (pdc U.1.03.02.15.000 \"Contratti di servizio pubblico\" + pdc U.1.04.03.01.000 \"Trasferimenti correnti a imprese controllate\" + pdc U.1.04.03.02.000 \"Trasferimenti correnti a altre imprese partecipate\") al netto del relativo FPV di spesa / totale stanziamenti di competenza spese Titolo I al netto del FPV",
  ["21,39", "21,77", "21,80"]]])
g("6", "Interessi passivi", [
 ["6.1", "Incidenza degli interessi passivi sulle entrate correnti (che ne costituiscono la fonte di copertura)",
  "Stanziamenti di competenza Macroaggregato 1.7 \"Interessi passivi\" / Stanziamenti di competenza primi tre titoli (\"Entrate correnti\")",
  ["1,12", "1,03", "0,94"]],
 ["6.2", "Incidenza degli interessi sulle anticipazioni sul totale della spesa per interessi passivi",
  "Stanziamenti di competenza voce del piano dei conti finanziario U.1.07.06.04.000 \"Interessi passivi su anticipazioni di tesoreria\" / Stanziamenti di competenza Macroaggregato 1.7 \"Interessi passivi\"",
  ["0,00", "0,00", "0,00"]]])
g("7", "Investimenti", [
 ["7.1", "Incidenza investimenti su spesa corrente e in conto capitale",
  "Totale stanziamento di competenza Macroaggregati 2.2 + 2.3 al netto dei relativi FPV / Totale stanziamento di competenza titolo 1° e 2° della spesa al netto del FPV",
  ["18,26", "9,74", "7,15"]],
 ["7.2", "Investimenti diretti procapite (Indicatore di equilibrio dimensionale in valore assoluto)",
  "Stanziamenti di competenza per Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" al netto del relativo FPV / popolazione residente",
  ["236,58", "104,92", "72,41"]],
 ["7.3", "Contributi agli investimenti procapite (Indicatore di equilibrio dimensionale in valore assoluto)",
  "Stanziamenti di competenza Macroaggregato 2.3 \"Contributi agli investimenti\" al netto del relativo FPV / popolazione residente",
  ["4,37", "2,19", "2,19"]],
 ["7.4", "Investimenti complessivi procapite (Indicatore di equilibrio dimensionale in valore assoluto)",
  "Totale stanziamenti di competenza per Macroaggregati 2.2 \"Investimenti fissi lordi e acquisto di terreni\" e 2.3 \"Contributi agli investimenti\" al netto dei relativi FPV / popolazione residente",
  ["240,95", "107,11", "74,60"]],
 ["7.5", "Quota investimenti complessivi finanziati dal risparmio corrente",
  "Margine corrente di competenza / Stanziamenti di competenza (Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" + Macroaggregato 2.3 \"Contributi agli investimenti\")",
  ["6,82", "14,37", "19,84"]],
 ["7.6", "Quota investimenti complessivi finanziati dal saldo positivo delle partite finanziarie",
  "Saldo positivo di competenza delle partite finanziarie / Stanziamenti di competenza (Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" + Macroaggregato 2.3 \"Contributi agli investimenti\")",
  ["0,00", "0,00", "0,00"]],
 ["7.7", "Quota investimenti complessivi finanziati da debito",
  "Stanziamenti di competenza (Titolo 6 \"Accensione prestiti\" – Categoria 6.02.02 \"Anticipazioni\" – Categoria 6.03.03 \"Accensione prestiti a seguito di escussione di garanzie\" – Accensioni di prestiti da rinegoziazioni) / Stanziamenti di competenza (Macroaggregato 2.2 \"Investimenti fissi lordi e acquisto di terreni\" + Macroaggregato 2.3 \"Contributi agli investimenti\")",
  ["11,64", "0,00", "0,00"]]])
g("8", "Debiti non finanziari", [
 ["8.1", "Indicatore di smaltimento debiti commerciali",
  "Stanziamento di cassa (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\") / stanziamenti di competenza e residui al netto dei relativi FPV (Macroaggregati 1.3 \"Acquisto di beni e servizi\" + 2.2 \"Investimenti fissi lordi e acquisto di terreni\")",
  ["88,15", "n.d.", "n.d."]],
 ["8.2", "Indicatore di smaltimento debiti verso altre amministrazioni pubbliche",
  "Stanziamento di cassa [Trasferimenti correnti a Amministrazioni Pubbliche (U.1.04.01.00.000) + Trasferimenti di tributi (U.1.05.00.00.000) + Fondi perequativi (U.1.06.00.00.000) + Contributi agli investimenti a Amministrazioni pubbliche (U.2.03.01.00.000) + Altri trasferimenti in conto capitale (U.2.04.01.00.000 + U.2.04.11.00.000 + U.2.04.16.00.000 + U.2.04.21.00.000)] / stanziamenti di competenza e residui, al netto dei relativi FPV [Trasferimenti correnti a Amministrazioni Pubbliche (U.1.04.01.00.000) + Trasferimenti di tributi (U.1.05.00.00.000) + Fondi perequativi (U.1.06.00.00.000) + Contributi agli investimenti a Amministrazioni pubbliche (U.2.03.01.00.000) + Altri trasferimenti in conto capitale (U.2.04.01.00.000 + U.2.04.11.00.000 + U.2.04.16.00.000 + U.2.04.21.00.000)]",
  ["91,02", "n.d.", "n.d."]]])
g("9", "Debiti finanziari", [
 ["9.1", "Incidenza estinzioni debiti finanziari",
  "(Totale competenza Titolo 4 della spesa) / Debito da finanziamento al 31/12 dell'esercizio precedente",
  ["5,87", "6,02", "6,11"]],
 ["9.2", "Sostenibilità debiti finanziari",
  "Stanziamenti di competenza [1.7 \"Interessi passivi\" – \"Interessi di mora\" (U.1.07.06.02.000) – \"Interessi per anticipazioni prestiti\" (U.1.07.06.04.000)] + Titolo 4 della spesa – [Entrate categoria 4.02.06.00.000 \"Contributi agli investimenti direttamente destinati al rimborso dei prestiti da amministrazioni pubbliche\"] / Stanziamenti competenza titoli 1, 2 e 3 delle entrate",
  ["5,44", "5,39", "5,31"]],
 ["9.3", "Indebitamento procapite (in valore assoluto)",
  "Debito di finanziamento al 31/12 (al netto dei debiti rimborsati in anticipo e non reiscritti) / popolazione residente",
  ["583,20", "548,71", "515,36"]]])
g("10", "Disavanzo di amministrazione", [
 ["10.1", "Incidenza del disavanzo sulle entrate correnti",
  "Disavanzo iscritto in spesa del bilancio di previsione / Competenza dei titoli 1, 2 e 3 delle entrate",
  ["0,00", "0,00", "0,00"]]])
g("11", "Fondo pluriennale vincolato", [
 ["11.1", "Utilizzo del FPV",
  "(Fondo pluriennale vincolato corrente e capitale iscritto in entrata del bilancio – Quota del fondo pluriennale vincolato non destinata ad essere utilizzata nel corso dell'esercizio e rinviata agli esercizi successivi) / Fondo pluriennale vincolato corrente e capitale iscritto in entrata nel bilancio",
  ["96,30", "100,00", "100,00"]]])
g("12", "Partite di giro e conto terzi", [
 ["12.1", "Incidenza partite di giro e conto terzi in entrata",
  "Totale stanziamenti di competenza per Entrate per conto terzi e partite di giro / Totale stanziamenti primi tre titoli delle entrate",
  ["16,92", "17,05", "17,08"]],
 ["12.2", "Incidenza partite di giro e conto terzi in uscita",
  "Totale stanziamenti di competenza per Uscite per conto terzi e partite di giro / Totale stanziamenti di competenza del titolo I della spesa",
  ["17,71", "17,83", "17,86"]]])

c1 = {
 "name": "comune-vignola-2025-piano-indicatori",
 "format": "docx -> LibreOffice PDF, A4 landscape",
 "document": {"issuer": "Comune di Vignola", "title": "Piano degli indicatori e dei risultati attesi di bilancio",
              "year": 2025, "kind": "piano"},
 "cover": ["COMUNE DI VIGNOLA", "Provincia di Modena", "BILANCIO DI PREVISIONE 2025 – 2027",
           "Allegato n. 14", "PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO",
           "(art. 18-bis del D.Lgs. 23 giugno 2011, n. 118 – D.M. 22 dicembre 2015)",
           "Approvato con deliberazione del Consiglio comunale n. 112 del 19 dicembre 2024"],
 "intro_heading": "Premessa",
 "intro": [
  "L'articolo 18-bis del decreto legislativo 23 giugno 2011, n. 118 prevede che le Regioni, gli enti locali e i loro enti ed organismi strumentali adottino un sistema di indicatori semplici, denominato \"Piano degli indicatori e dei risultati attesi di bilancio\", misurabili e riferiti ai programmi e agli altri aggregati del bilancio, costruiti secondo criteri e metodologie comuni. Il Piano è allegato al bilancio di previsione e al rendiconto della gestione ed è pubblicato sul sito istituzionale dell'ente nella sezione \"Amministrazione trasparente\", sottosezione \"Bilanci\".",
  "Gli indicatori sintetici riportati di seguito sono quelli definiti dall'allegato 1 al decreto del Ministero dell'Interno del 22 dicembre 2015 e sono calcolati sugli stanziamenti del bilancio di previsione 2025 – 2027. Per gli indicatori riferiti alle previsioni di cassa il valore è calcolato per il solo primo esercizio del triennio, non essendo previsti stanziamenti di cassa per le annualità successive (n.d.). La popolazione residente al 1° gennaio 2024, utilizzata per gli indicatori procapite, è pari a 25.398 abitanti.",
  "Il quadro che segue riepiloga le previsioni di competenza per titoli di entrata, cui sono riferiti i valori percentuali degli indicatori."],
 "budget_title": "Quadro riassuntivo delle entrate per titoli – previsioni di competenza",
 "budget_header": ["Titolo", "Descrizione", "Previsioni 2025", "Previsioni 2026", "Previsioni 2027"],
 "budget_rows": [
  ["", "Fondo pluriennale vincolato per spese correnti", "412.380,15", "0,00", "0,00"],
  ["", "Fondo pluriennale vincolato per spese in conto capitale", "2.913.604,72", "0,00", "0,00"],
  ["", "Utilizzo avanzo di amministrazione", "0,00", "0,00", "0,00"],
  ["1", "Entrate correnti di natura tributaria, contributiva e perequativa", "12.845.300,00", "12.906.100,00", "12.956.100,00"],
  ["2", "Trasferimenti correnti", "1.417.652,31", "1.102.440,00", "1.088.440,00"],
  ["3", "Entrate extratributarie", "4.236.815,00", "4.251.300,00", "4.259.800,00"],
  ["4", "Entrate in conto capitale", "4.802.117,40", "2.268.000,00", "1.548.000,00"],
  ["5", "Entrate da riduzione di attività finanziarie", "0,00", "0,00", "0,00"],
  ["6", "Accensione prestiti", "700.000,00", "0,00", "0,00"],
  ["7", "Anticipazioni da istituto tesoriere/cassiere", "4.000.000,00", "4.000.000,00", "4.000.000,00"],
  ["9", "Entrate per conto terzi e partite di giro", "3.124.500,00", "3.124.500,00", "3.124.500,00"],
  ["", "TOTALE COMPLESSIVO ENTRATE", "34.452.369,58", "27.652.340,00", "26.976.840,00"]],
 "table_title": "INDICATORI SINTETICI",
 "table_sub": "Bilancio di previsione esercizi 2025, 2026, 2027",
 "header_top": ["", "TIPOLOGIA INDICATORE", "DEFINIZIONE", "VALORE INDICATORE\n(indicare la percentuale)"],
 "years": [2025, 2026, 2027],
 "groups": A1,
 "after": [
  "Gli indicatori 4.4, 7.2, 7.3, 7.4 e 9.3 sono espressi in euro per abitante anziché in percentuale.",
  "Il Responsabile del Servizio Finanziario – dott.ssa Stefania Campana"],
}

# ---------------- 2. INDIRE: bilancio di previsione 2025 (reportlab, D.P.C.M. 18/09/2012)
M2 = [
 {"missione": ["017", "Ricerca e innovazione"],
  "programmi": [
   {"code": "017.022", "title": "Ricerca scientifica e tecnologica applicata", "obiettivi": [
     {"code": "1.1", "title": "Sviluppare e diffondere modelli di innovazione didattica nelle scuole (Avanguardie educative)", "ind": [
       ["Scuole aderenti al Movimento Avanguardie educative", "Realizzazione fisica", "Numero", "Numero di istituzioni scolastiche che hanno sottoscritto il Manifesto al 31/12", "Banca dati Avanguardie educative", ["≥ 1.450", "≥ 1.550", "≥ 1.650"], None],
       ["Percentuale di scuole aderenti che adottano almeno due idee del Movimento", "Risultato (output)", "Percentuale", "Scuole che adottano almeno due idee / scuole aderenti x 100", "Monitoraggio INDIRE", ["≥ 60%", "≥ 65%", "≥ 70%"], None]]},
     {"code": "1.2", "title": "Realizzare le ricerche previste dal Programma triennale di attività 2025-2027", "ind": [
       ["Progetti di ricerca avviati sul totale dei progetti programmati nell'anno", "Realizzazione fisica", "Percentuale", "Progetti avviati / progetti programmati nel PTA x 100", "Sistema di gestione progetti (SGP)", ["≥ 90%", "≥ 90%", "≥ 95%"], None],
       ["Pubblicazioni scientifiche su riviste con revisione tra pari", "Risultato (output)", "Numero", "Numero di articoli pubblicati su riviste peer reviewed con affiliazione INDIRE", "Archivio istituzionale IRIS", ["≥ 55", "≥ 60", "≥ 65"], None],
       ["Grado di utilizzo delle risorse stanziate per la ricerca", "Realizzazione finanziaria", "Percentuale", "Impegni sul programma 017.022 / stanziamenti definitivi di competenza x 100", "Sistema contabile dell'Ente", ["≥ 85%", "≥ 85%", "≥ 85%"], None],
       ["Finanziamenti esterni acquisiti su bandi competitivi", "Impatto (outcome)", "Euro", "Somma degli importi accertati su progetti finanziati da bandi nazionali ed europei", "Sistema contabile dell'Ente", ["€ 1.250.000,00", "€ 1.300.000,00", "€ 1.350.000,00"],
        "Nota: il valore 2025 non comprende i finanziamenti PNRR, rendicontati a parte nella Missione 022."]]}]}]},
 {"missione": ["022", "Istruzione scolastica"],
  "programmi": [
   {"code": "022.008", "title": "Sviluppo del sistema istruzione scolastica e diritto allo studio", "obiettivi": [
     {"code": "2.1", "title": "Supportare l'attuazione degli interventi PNRR per la formazione del personale scolastico", "ind": [
       ["Docenti formati sulla transizione digitale (Scuola Futura)", "Realizzazione fisica", "Numero", "Numero di docenti che hanno concluso almeno un percorso formativo sulla piattaforma", "Piattaforma Scuola Futura", ["≥ 45.000", "≥ 30.000", "n.d."], None],
       ["Tasso di completamento dei percorsi formativi", "Risultato (output)", "Percentuale", "Iscritti che completano il percorso / iscritti x 100", "Piattaforma Scuola Futura", ["≥ 75%", "≥ 78%", "≥ 80%"], None],
       ["Grado di soddisfazione dei partecipanti", "Impatto (outcome)", "Scala 1-5", "Media delle valutazioni espresse nei questionari di gradimento di fine corso", "Questionari di customer satisfaction", ["≥ 4,0", "≥ 4,1", "≥ 4,2"], None]]},
     {"code": "2.2", "title": "Gestire il programma Erasmus+ in qualità di Agenzia nazionale per istruzione scolastica, istruzione superiore ed educazione degli adulti", "ind": [
       ["Percentuale di fondi Erasmus+ assegnati sul budget disponibile (Azione chiave 1)", "Realizzazione finanziaria", "Percentuale", "Importo assegnato con le convenzioni / budget comunitario disponibile x 100", "Sistema Erasmus+ Beneficiary Module", ["≥ 98%", "≥ 98%", "≥ 98%"], None],
       ["Tempo medio di pagamento del prefinanziamento ai beneficiari", "Risultato (output)", "Giorni", "Media dei giorni tra la firma della convenzione e il pagamento del prefinanziamento", "Sistema contabile dell'Ente", ["≤ 30 gg", "≤ 30 gg", "≤ 30 gg"], None],
       ["Relazioni finali dei progetti valutate entro i termini", "Risultato (output)", "Percentuale", "Relazioni finali valutate entro 60 giorni / relazioni pervenute x 100", "Sistema Erasmus+ Beneficiary Module", ["100%", "100%", "100%"], None]]}]}]},
 {"missione": ["032", "Servizi istituzionali e generali delle amministrazioni pubbliche"],
  "programmi": [
   {"code": "032.003", "title": "Servizi e affari generali per le amministrazioni di competenza", "obiettivi": [
     {"code": "3.1", "title": "Assicurare l'efficienza e la trasparenza della gestione amministrativa", "ind": [
       ["Indicatore annuale di tempestività dei pagamenti", "Risultato (output)", "Giorni", "Somma (giorni tra scadenza e pagamento x importo) / somma importi pagati (DPCM 22/09/2014)", "Piattaforma crediti commerciali (PCC)", ["≤ 0", "≤ 0", "≤ 0"], None],
       ["Procedure di affidamento gestite interamente su piattaforma telematica certificata", "Risultato (output)", "Percentuale", "Procedure telematiche / procedure avviate x 100", "Piattaforma di e-procurement START", ["100%", "100%", "100%"], None],
       ["Obblighi di pubblicazione assolti nella sezione Amministrazione trasparente", "Risultato (output)", "Percentuale", "Sottosezioni aggiornate / sottosezioni previste dalla griglia ANAC x 100", "Attestazione OIV", ["≥ 95%", "≥ 97%", "100%"], None],
       ["Riduzione dei costi di funzionamento per spese di carta e stampa", "Impatto (outcome)", "Euro", "Impegni sui capitoli di cancelleria, carta e stampa", "Sistema contabile dell'Ente", ["€ 38.000,00", "€ 35.000,00", "€ 33.000,00"], None]]}]}]}]

c2 = {
 "name": "indire-2025-piano-indicatori",
 "format": "reportlab, A4 landscape",
 "document": {"issuer": "Istituto Nazionale di Documentazione, Innovazione e Ricerca Educativa",
              "title": "Piano degli indicatori e dei risultati attesi di bilancio", "year": 2025, "kind": "piano"},
 "cover": ["INDIRE", "Istituto Nazionale di Documentazione, Innovazione e Ricerca Educativa",
           "BILANCIO DI PREVISIONE PER L'ESERCIZIO FINANZIARIO 2025",
           "Piano degli indicatori e dei risultati attesi di bilancio 2025 – 2027",
           "(art. 19 del D.Lgs. 31 maggio 2011, n. 91 – D.P.C.M. 18 settembre 2012)",
           "Allegato alla deliberazione del Consiglio di amministrazione n. 47 del 28 novembre 2024"],
 "running": "INDIRE – Piano degli indicatori e dei risultati attesi di bilancio 2025-2027",
 "intro": [
  ["h", "1. Premessa"],
  ["p", "Il Piano degli indicatori e dei risultati attesi di bilancio è redatto ai sensi dell'articolo 19 del decreto legislativo 31 maggio 2011, n. 91 e del D.P.C.M. 18 settembre 2012, che ne definiscono i contenuti e la struttura. Il Piano illustra, per ciascun programma di spesa, gli obiettivi che l'Istituto intende conseguire nel triennio e gli indicatori con cui se ne misura il raggiungimento, in coerenza con il Programma triennale di attività 2025-2027 e con il Piano integrato di attività e organizzazione."],
  ["p", "Gli indicatori sono classificati secondo le tipologie previste dall'articolo 5 del D.P.C.M.: indicatori di realizzazione finanziaria, che misurano l'avanzamento della spesa; di realizzazione fisica, che misurano il volume dei prodotti e dei servizi erogati; di risultato (output), che misurano l'esito immediato delle attività; di impatto (outcome), che misurano l'effetto delle politiche sui destinatari."],
  ["h", "2. Le risorse finanziarie per missioni e programmi"],
  ["p", "La tabella seguente riporta la ripartizione delle spese previste per il 2025 tra le missioni e i programmi individuati dall'Istituto, d'intesa con il Ministero vigilante, ai sensi del D.P.C.M. 12 dicembre 2012."]],
 "budget_title": "Tabella 1 – Spese per missioni e programmi – previsioni di competenza 2025 (in euro)",
 "budget_header": ["Missione", "Programma", "Spese correnti", "Spese in conto capitale", "Totale"],
 "budget_rows": [
  ["017 Ricerca e innovazione", "017.022 Ricerca scientifica e tecnologica applicata", "14.862.400,00", "1.215.000,00", "16.077.400,00"],
  ["022 Istruzione scolastica", "022.008 Sviluppo del sistema istruzione scolastica e diritto allo studio", "41.306.750,00", "2.480.000,00", "43.786.750,00"],
  ["032 Servizi istituzionali e generali delle AA.PP.", "032.003 Servizi e affari generali per le amministrazioni di competenza", "6.118.920,00", "745.000,00", "6.863.920,00"],
  ["099 Servizi per conto terzi e partite di giro", "099.001 Servizi per conto terzi e partite di giro", "9.500.000,00", "0,00", "9.500.000,00"],
  ["Totale", "", "71.788.070,00", "4.440.000,00", "76.228.070,00"]],
 "table_heading": "3. Obiettivi e indicatori per missioni e programmi",
 "header": ["Obiettivo", "Indicatore", "Tipologia", "Unità di misura", "Metodo di calcolo", "Fonte del dato", "Valore target"],
 "years": [2025, 2026, 2027],
 "missioni": M2,
 "closing": [
  ["h", "4. Monitoraggio"],
  ["p", "Il monitoraggio degli indicatori è effettuato con cadenza semestrale dalla Struttura tecnica permanente per la misurazione della performance. I valori a consuntivo saranno riportati nel Piano allegato al rendiconto generale 2025, con l'indicazione delle cause degli eventuali scostamenti rispetto ai target."]],
}

# ---------------- 3. CCIAA Irpinia Sannio: preventivo 2025 (Excel -> LibreOffice, landscape)
M3 = [
 {"missione": "MISSIONE 011 – Competitività e sviluppo delle imprese", "code": "011", "title": "Competitività e sviluppo delle imprese",
  "obiettivi": [
   {"code": "1", "title": "Promuovere la doppia transizione digitale ed ecologica delle imprese", "ind": [
     ["1.1", "Imprese assistite dal Punto Impresa Digitale", "N. imprese che hanno ricevuto un assessment della maturità digitale o assistenza specialistica", "Output", "Gestionale PID", "312", ["≥ 330", "≥ 350", "≥ 370"]],
     ["1.2", "Percentuale di risorse destinate ai voucher digitali effettivamente liquidate", "Voucher liquidati / risorse stanziate sul bando x 100", "Efficienza", "Contabilità camerale", "81,4%", ["≥ 85%", "≥ 85%", "≥ 88%"]],
     ["1.3", "Iniziative di sensibilizzazione sulla sostenibilità ambientale", "N. di seminari, webinar e laboratori realizzati nell'anno", "Output", "Ufficio Promozione", "9", ["≥ 10", "≥ 10", "≥ 12"]]]},
   {"code": "2", "title": "Sostenere l'accesso al credito e la nascita di nuove imprese", "ind": [
     ["2.1", "Aspiranti imprenditori assistiti dal Servizio Nuove Imprese", "N. di colloqui di orientamento e business plan assistiti", "Output", "CRM camerale", "146", ["≥ 150", "≥ 160", "≥ 160"]],
     ["2.2", "Tasso di sopravvivenza a 12 mesi delle imprese assistite", "Imprese assistite ancora attive dopo 12 mesi / imprese assistite avviate x 100", "Outcome", "Registro Imprese – elaborazione Ufficio Studi", "n.d.", ["≥ 80%", "≥ 80%", "≥ 82%"]]]}]},
 {"missione": "MISSIONE 012 – Regolazione dei mercati", "code": "012", "title": "Regolazione dei mercati",
  "obiettivi": [
   {"code": "3", "title": "Garantire la qualità e la tempestività dei servizi anagrafici e la trasparenza del mercato", "ind": [
     ["3.1", "Tempo medio di lavorazione delle pratiche telematiche del Registro Imprese", "Somma dei giorni di lavorazione delle pratiche evase / n. pratiche evase (al netto dei giorni di sospensione)", "Efficienza", "Priamo – InfoCamere", "3,8 gg", ["≤ 4 gg", "≤ 4 gg", "≤ 3,5 gg"]],
     ["3.2", "Percentuale di pratiche del Registro Imprese evase entro 5 giorni", "Pratiche evase entro 5 giorni dal ricevimento / pratiche ricevute x 100", "Qualità", "Priamo – InfoCamere", "86,2%", ["≥ 88%", "≥ 90%", "≥ 90%"]],
     ["3.3", "Cancellazioni d'ufficio di imprese non più operative", "N. di provvedimenti di cancellazione d'ufficio adottati (D.P.R. 247/2004 e art. 40 D.L. 76/2020)", "Output", "Registro Imprese", "1.137", ["≥ 1.000", "≥ 1.000", "≥ 800"]],
     ["3.4", "Verifiche metrologiche su strumenti di misura", "N. di verificazioni periodiche e ispezioni eseguite dall'Ufficio Metrico", "Output", "Eureka – InfoCamere", "418", ["≥ 420", "≥ 430", "≥ 440"]],
     ["3.5", "Tempo medio di emissione delle ordinanze sanzionatorie", "Media dei giorni tra ricevimento del verbale e emissione dell'ordinanza", "Efficienza", "Gestionale sanzioni", "212 gg", ["≤ 180 gg", "≤ 170 gg", "≤ 160 gg"]]]}]},
 {"missione": "MISSIONE 016 – Commercio internazionale ed internazionalizzazione del sistema produttivo", "code": "016", "title": "Commercio internazionale ed internazionalizzazione del sistema produttivo",
  "obiettivi": [
   {"code": "4", "title": "Accompagnare le imprese sui mercati esteri", "ind": [
     ["4.1", "Imprese partecipanti a iniziative di internazionalizzazione", "N. imprese partecipanti a fiere, missioni, incoming e percorsi di formazione export", "Output", "CRM camerale", "94", ["≥ 100", "≥ 110", "≥ 120"]],
     ["4.2", "Tempo medio di rilascio dei certificati di origine", "Media dei giorni lavorativi tra richiesta telematica e rilascio", "Efficienza", "Cert'O – InfoCamere", "1,2 gg", ["≤ 2 gg", "≤ 2 gg", "≤ 2 gg"]]]}]},
 {"missione": "MISSIONE 032 – Servizi istituzionali e generali delle amministrazioni pubbliche", "code": "032", "title": "Servizi istituzionali e generali delle amministrazioni pubbliche",
  "obiettivi": [
   {"code": "5", "title": "Assicurare la sostenibilità economica e l'efficienza della gestione", "ind": [
     ["5.1", "Tasso di riscossione del diritto annuale", "Diritto annuale riscosso entro la scadenza / diritto annuale dovuto x 100", "Efficacia", "DIANA – InfoCamere", "53,7%", ["≥ 55%", "≥ 56%", "≥ 57%"]],
     ["5.2", "Indice di tempestività dei pagamenti", "Giorni medi di pagamento ponderati per importo rispetto alla scadenza (DPCM 22/09/2014)", "Efficienza", "Piattaforma crediti commerciali", "-12,4", ["≤ -5", "≤ -5", "≤ -5"]],
     ["5.3", "Costi di personale per impresa attiva", "Oneri del personale / n. imprese attive al 31/12", "Economicità", "Bilancio d'esercizio – Registro Imprese", "€ 31,64", ["≤ € 32,00", "≤ € 32,00", "≤ € 32,50"]],
     ["5.4", "Margine di struttura finanziaria", "Attivo circolante / passività a breve x 100", "Equilibrio", "Bilancio d'esercizio", "247,5%", ["≥ 200%", "≥ 200%", "≥ 200%"]],
     ["5.5", "Grado di digitalizzazione dei flussi documentali", "Documenti protocollati nativi digitali / documenti protocollati x 100", "Qualità", "GEDOC – InfoCamere", "97,1%", ["≥ 98%", "≥ 98%", "≥ 99%"]]]}]}]

c3 = {
 "name": "cciaa-irpinia-sannio-2025-piano-indicatori",
 "format": "xlsx -> LibreOffice PDF, A4 landscape, fit to width",
 "document": {"issuer": "Camera di Commercio Irpinia Sannio", "title": "Piano degli indicatori e dei risultati attesi di bilancio",
              "year": 2025, "kind": "piano"},
 "cover": ["CAMERA DI COMMERCIO IRPINIA SANNIO", "PREVENTIVO ECONOMICO 2025",
           "PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO (PIRA) 2025 – 2027",
           "art. 19 D.Lgs. 91/2011 – D.M. 27 marzo 2013 – nota MiSE n. 148123 del 12/09/2013"],
 "intro": [
  "Il Piano degli indicatori e dei risultati attesi di bilancio (PIRA) è allegato al preventivo economico ai sensi dell'art. 19 del D.Lgs. 91/2011 e del D.M. 27 marzo 2013. Per ciascuna missione e programma individuati dal Ministero delle Imprese e del Made in Italy per le Camere di commercio, il Piano indica gli obiettivi strategici, gli indicatori, l'algoritmo di calcolo, la fonte del dato e i valori attesi per il triennio 2025-2027.",
  "Accanto ai target è riportato il valore registrato nell'anno 2023, ultimo esercizio per il quale sono disponibili dati consolidati (bilancio d'esercizio approvato). Gli obiettivi sono coerenti con la Relazione previsionale e programmatica 2025 e con il Piano integrato di attività e organizzazione 2025-2027."],
 "budget_title": "Prospetto delle spese per missioni e programmi – preventivo 2025",
 "budget_header": ["Missione", "Programma", "Oneri correnti (€)", "Investimenti (€)", "Totale (€)"],
 "budget_rows": [
  ["011 Competitività e sviluppo delle imprese", "005 Regolamentazione, incentivazione dei settori imprenditoriali", "3.912.450", "85.000", "3.997.450"],
  ["012 Regolazione dei mercati", "004 Vigilanza sui mercati e sui prodotti", "2.718.300", "40.000", "2.758.300"],
  ["016 Commercio internazionale", "005 Sostegno all'internazionalizzazione delle imprese", "684.900", "0", "684.900"],
  ["032 Servizi istituzionali e generali", "002 Indirizzo politico", "412.600", "0", "412.600"],
  ["032 Servizi istituzionali e generali", "003 Servizi e affari generali", "4.105.750", "310.000", "4.415.750"],
  ["033 Fondi da ripartire", "001 Fondi da assegnare", "350.000", "0", "350.000"],
  ["TOTALE", "", "12.184.000", "435.000", "12.619.000"]],
 "header": ["Cod.", "Obiettivo strategico", "Indicatore", "Algoritmo di calcolo", "Tipologia", "Fonte del dato", "Valore anno 2023", "Target 2025", "Target 2026", "Target 2027"],
 "years": [2025, 2026, 2027],
 "missioni": M3,
 "foot": "Fonte: elaborazione Ufficio Programmazione e Controllo di gestione su dati camerali.",
}

for c in (c1, c2, c3):
    json.dump(c, open(c["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
print("ok")
