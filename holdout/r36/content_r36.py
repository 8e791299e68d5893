"""Hand-written content of the r36 samples (precision round). Writes NAME.content.json."""
import json

P = lambda t: {"kind": "p", "text": t}
H1 = lambda t: {"kind": "h1", "text": t}
H2 = lambda t: {"kind": "h2", "text": t}
def T(caption, header, rows, role="other", note=None, widths=None):
    d = {"kind": "table", "role": role, "caption": caption, "header": header, "rows": rows}
    if note: d["note"] = note
    if widths: d["widths"] = widths
    return d

# ---------------------------------------------------------------- 1. DUP Comune di Vigevano
dup = {
 "name": "comune-vigevano-2025-dup",
 "renderer": "writer",
 "document": {"issuer": "Comune di Vigevano", "title": "Documento unico di programmazione", "year": 2025, "kind": "piano"},
 "running_header": "Comune di Vigevano – DUP 2025-2027 – Sezione Operativa (estratto)",
 "cover": ["COMUNE DI VIGEVANO", "Provincia di Pavia", "DOCUMENTO UNICO DI PROGRAMMAZIONE", "DUP 2025 – 2027", "Nota di aggiornamento – Estratto Sezione Strategica e Sezione Operativa", "Approvato con deliberazione del Consiglio comunale n. 58 del 19/12/2024"],
 "blocks": [
  H1("1. Premessa"),
  P("Il Documento unico di programmazione (DUP) è lo strumento che permette l'attività di guida strategica ed operativa degli enti locali e costituisce, nel rispetto del principio di coordinamento e coerenza dei documenti di bilancio, il presupposto necessario di tutti gli altri documenti di programmazione (principio contabile applicato concernente la programmazione di bilancio, allegato 4/1 al D.Lgs. 118/2011). Il DUP si compone di due sezioni: la Sezione Strategica (SeS), con orizzonte temporale pari a quello del mandato amministrativo, e la Sezione Operativa (SeO), di durata pari a quella del bilancio di previsione."),
  P("Il presente estratto riporta il quadro di contesto, gli obiettivi strategici di mandato, le risorse finanziarie destinate a ciascuna Missione e Programma, la programmazione del fabbisogno di personale e il programma triennale delle opere pubbliche. Gli indicatori di performance degli obiettivi operativi sono definiti nel Piano integrato di attività e organizzazione (PIAO) 2025-2027 e nel Piano esecutivo di gestione, ai quali si rinvia."),
  H1("2. Analisi del contesto"),
  H2("2.1 Popolazione e territorio"),
  P("La popolazione residente al 31 dicembre 2023 è pari a 62.394 abitanti, in lieve flessione rispetto al biennio precedente. Il saldo naturale resta negativo, parzialmente compensato da un saldo migratorio positivo, alimentato in particolare dall'iscrizione anagrafica di cittadini stranieri. La tabella seguente sintetizza l'andamento demografico dell'ultimo triennio."),
  T("Tabella 1 – Andamento demografico", [["Voce", "2021", "2022", "2023"]], [
     ["Popolazione residente al 31/12", "62.761", "62.559", "62.394"],
     ["Nati nell'anno", "421", "398", "386"],
     ["Deceduti nell'anno", "812", "779", "744"],
     ["Saldo migratorio", "+ 219", "+ 179", "+ 193"],
     ["Nuclei familiari", "28.904", "28.977", "29.046"],
     ["Popolazione straniera (%)", "13,8%", "14,1%", "14,6%"],
     ["Indice di vecchiaia", "212,4", "216,9", "220,3"]], note="Fonte: Ufficio Anagrafe comunale e ISTAT, dati al 31 dicembre di ciascun anno.", widths=[7.0, 3.0, 3.0, 3.0]),
  P("Il territorio comunale si estende su 81,37 kmq, con 14 frazioni e nuclei abitati. La rete viaria comunale misura circa 248 km; il patrimonio edilizio pubblico comprende 19 edifici scolastici, 6 impianti sportivi e 412 alloggi di edilizia residenziale pubblica."),
  H2("2.2 Analisi SWOT"),
  P("L'analisi dei punti di forza e di debolezza interni e delle opportunità e minacce esterne, condotta con i dirigenti di settore nel mese di settembre 2024, è riassunta nella matrice seguente."),
  T("Tabella 2 – Matrice SWOT", [["Punti di forza", "Punti di debolezza"]], [
     ["Patrimonio storico e artistico di pregio (Piazza Ducale, Castello Sforzesco); tessuto di piccole e medie imprese del distretto calzaturiero; buona dotazione di servizi scolastici per l'infanzia; situazione finanziaria equilibrata, senza ricorso ad anticipazioni di tesoreria.", "Età media elevata del personale e carenza di profili tecnici; digitalizzazione dei procedimenti ancora parziale; manutenzione arretrata di strade ed edifici scolastici; tempi medi di pagamento non ancora stabilmente allineati alla normativa."],
     ["Opportunità", "Minacce"],
     ["Risorse del PNRR e dei fondi strutturali 2021-2027 per rigenerazione urbana e scuole; collegamento ferroviario con Milano e sviluppo del turismo di prossimità; collaborazione con Università di Pavia e con gli enti del Parco del Ticino.", "Invecchiamento della popolazione e aumento della domanda di servizi sociali; incremento dei costi energetici e dei materiali da costruzione; riduzione dei trasferimenti erariali e rischio idrogeologico nelle aree golenali."]],
     widths=[8.0, 8.0]),
  H1("3. Sezione Strategica – Obiettivi strategici di mandato"),
  P("Le linee programmatiche di mandato 2021-2026, approvate con deliberazione del Consiglio comunale n. 61 del 28/10/2021, sono declinate negli obiettivi strategici riportati di seguito, ricondotti alle Missioni del bilancio."),
  T("Tabella 3 – Obiettivi strategici per Missione", [["Missione", "Obiettivo strategico", "Assessore di riferimento"]], [
     ["01 – Servizi istituzionali, generali e di gestione", "OS 1 – Una macchina comunale efficiente, digitale e trasparente", "Sindaco"],
     ["03 – Ordine pubblico e sicurezza", "OS 2 – Una città sicura e presidiata", "Assessore alla Sicurezza"],
     ["04 – Istruzione e diritto allo studio", "OS 3 – Scuole sicure, moderne e inclusive", "Assessore all'Istruzione"],
     ["05 – Tutela e valorizzazione dei beni e attività culturali", "OS 4 – Vigevano città d'arte e di cultura", "Assessore alla Cultura"],
     ["08 – Assetto del territorio ed edilizia abitativa", "OS 5 – Rigenerare la città e le sue periferie", "Assessore all'Urbanistica"],
     ["10 – Trasporti e diritto alla mobilità", "OS 6 – Mobilità sostenibile e strade sicure", "Assessore ai Lavori pubblici"],
     ["12 – Diritti sociali, politiche sociali e famiglia", "OS 7 – Nessuno resti indietro", "Assessore ai Servizi sociali"]], widths=[6.0, 7.5, 3.5]),
  H1("4. Sezione Operativa – Parte prima"),
  H2("4.1 Risorse finanziarie per Missione e Programma"),
  P("La tabella riporta gli stanziamenti di competenza della spesa del bilancio di previsione 2025-2027 per le principali Missioni e Programmi. Gli importi sono espressi in euro."),
  T("Tabella 4 – Stanziamenti di spesa per Missione e Programma", [["Missione", "Programma", "Stanziamento 2025", "2026", "2027"]], [
     ["01 – Servizi istituzionali", "01.01 – Organi istituzionali", "€ 612.400,00", "€ 598.900,00", "€ 598.900,00"],
     ["01 – Servizi istituzionali", "01.02 – Segreteria generale", "€ 1.184.250,00", "€ 1.160.000,00", "€ 1.160.000,00"],
     ["01 – Servizi istituzionali", "01.03 – Gestione economica, finanziaria, programmazione", "€ 1.021.730,00", "€ 1.004.500,00", "€ 1.004.500,00"],
     ["01 – Servizi istituzionali", "01.04 – Gestione delle entrate tributarie", "€ 2.348.900,00", "€ 2.290.000,00", "€ 2.290.000,00"],
     ["01 – Servizi istituzionali", "01.06 – Ufficio tecnico", "€ 1.752.300,00", "€ 1.690.200,00", "€ 1.688.000,00"],
     ["03 – Ordine pubblico e sicurezza", "03.01 – Polizia locale e amministrativa", "€ 3.412.600,00", "€ 3.398.000,00", "€ 3.398.000,00"],
     ["04 – Istruzione e diritto allo studio", "04.02 – Altri ordini di istruzione non universitaria", "€ 4.908.120,00", "€ 2.615.000,00", "€ 2.410.000,00"],
     ["04 – Istruzione e diritto allo studio", "04.06 – Servizi ausiliari all'istruzione", "€ 2.176.500,00", "€ 2.150.000,00", "€ 2.150.000,00"],
     ["05 – Beni e attività culturali", "05.02 – Attività culturali e interventi diversi", "€ 1.390.800,00", "€ 1.215.000,00", "€ 1.215.000,00"],
     ["08 – Assetto del territorio", "08.01 – Urbanistica e assetto del territorio", "€ 3.864.000,00", "€ 1.120.000,00", "€ 980.000,00"],
     ["09 – Sviluppo sostenibile e tutela del territorio", "09.03 – Rifiuti", "€ 9.215.400,00", "€ 9.240.000,00", "€ 9.240.000,00"],
     ["10 – Trasporti e diritto alla mobilità", "10.05 – Viabilità e infrastrutture stradali", "€ 5.627.300,00", "€ 3.980.000,00", "€ 3.450.000,00"],
     ["12 – Diritti sociali, politiche sociali e famiglia", "12.01 – Interventi per l'infanzia e i minori e per asili nido", "€ 2.935.700,00", "€ 2.910.000,00", "€ 2.910.000,00"],
     ["12 – Diritti sociali, politiche sociali e famiglia", "12.07 – Programmazione e governo della rete dei servizi", "€ 3.146.200,00", "€ 3.102.000,00", "€ 3.102.000,00"],
     ["Totale", "", "€ 43.596.200,00", "€ 36.473.600,00", "€ 35.596.400,00"]], widths=[4.0, 5.0, 3.0, 3.0, 3.0]),
  P("L'incremento degli stanziamenti 2025 nelle Missioni 04, 08 e 10 è dovuto all'iscrizione delle quote di finanziamento PNRR e dei mutui destinati alle opere del programma triennale dei lavori pubblici."),
  H2("4.2 Risorse umane"),
  P("La dotazione di personale al 1° gennaio 2025 e le cessazioni previste nel triennio sono riportate nella tabella seguente, articolata secondo le aree di inquadramento del CCNL Funzioni Locali 2019-2021."),
  T("Tabella 5 – Personale in servizio per area di inquadramento", [["Area / qualifica", "Dotazione organica", "In servizio al 01/01/2025", "Posti vacanti", "Cessazioni previste 2025-2027"]], [
     ["Dirigenti", "7", "5", "2", "1"],
     ["Area dei Funzionari e dell'Elevata Qualificazione", "78", "66", "12", "9"],
     ["Area degli Istruttori", "162", "143", "19", "14"],
     ["Area degli Operatori esperti", "61", "52", "9", "11"],
     ["Area degli Operatori", "14", "11", "3", "4"],
     ["Totale", "322", "277", "45", "39"]], note="Il dettaglio delle assunzioni programmate è contenuto nella sottosezione 3.3 del PIAO 2025-2027.", widths=[6.0, 2.6, 2.8, 2.2, 3.0]),
  P("La spesa di personale prevista per il 2025 si mantiene entro il limite del valore soglia di cui al D.M. 17 marzo 2020, con un rapporto tra spesa di personale ed entrate correnti stimato al 24,8%, inferiore alla soglia del 27% prevista per la fascia demografica dell'ente."),
  H1("5. Sezione Operativa – Parte seconda"),
  H2("5.1 Programma triennale dei lavori pubblici 2025-2027"),
  P("Il programma triennale dei lavori pubblici, redatto secondo lo schema dell'allegato I.5 del D.Lgs. 36/2023, comprende le opere di importo pari o superiore a 150.000 euro. Si riportano le opere principali con il relativo Codice Unico di Progetto."),
  T("Tabella 6 – Elenco delle opere pubbliche", [["Opera", "CUP", "Importo", "Anno"]], [
     ["Adeguamento sismico della scuola primaria \"De Amicis\"", "D47H22001980006", "€ 2.450.000,00", "2025"],
     ["Riqualificazione di Piazza Sant'Ambrogio e vie limitrofe", "D41B23000410004", "€ 1.180.000,00", "2025"],
     ["Nuovo asilo nido di via Valle San Martino (PNRR M4C1)", "D44E22000370006", "€ 1.962.000,00", "2025"],
     ["Manutenzione straordinaria strade comunali – lotto 2025", "D47H24001120004", "€ 850.000,00", "2025"],
     ["Efficientamento energetico del Palazzo municipale", "D42B24000560004", "€ 640.000,00", "2026"],
     ["Pista ciclabile Vigevano – Sforzesca", "D41B22001290001", "€ 1.325.000,00", "2026"],
     ["Ristrutturazione della palestra di via Riberia", "D46H24000890004", "€ 720.000,00", "2026"],
     ["Manutenzione straordinaria strade comunali – lotto 2027", "D47H24001130004", "€ 900.000,00", "2027"],
     ["Restauro delle scuderie del Castello Sforzesco", "D48C24000210001", "€ 2.100.000,00", "2027"]], widths=[8.0, 3.8, 2.8, 1.4]),
  P("Le opere finanziate con risorse PNRR sono soggette ai termini di aggiudicazione e di ultimazione stabiliti dai rispettivi decreti di assegnazione; il loro stato di avanzamento è monitorato trimestralmente dal Settore Lavori pubblici."),
  H2("5.2 Programma triennale degli acquisti di beni e servizi"),
  P("Il programma triennale degli acquisti comprende gli affidamenti di forniture e servizi di importo stimato pari o superiore a 140.000 euro."),
  T("Tabella 7 – Acquisti di beni e servizi programmati", [["Descrizione dell'acquisto", "CUI", "Importo 2025", "Importo 2026", "Durata (mesi)"]], [
     ["Servizio di refezione scolastica", "S00463450186202400001", "€ 1.420.000,00", "€ 1.420.000,00", "36"],
     ["Servizio di pulizia degli edifici comunali", "S00463450186202400002", "€ 310.000,00", "€ 310.000,00", "24"],
     ["Fornitura di energia elettrica (adesione convenzione)", "F00463450186202400003", "€ 1.150.000,00", "€ 1.150.000,00", "12"],
     ["Servizio di assistenza educativa scolastica", "S00463450186202400004", "€ 780.000,00", "€ 795.000,00", "36"],
     ["Manutenzione del verde pubblico", "S00463450186202400005", "€ 465.000,00", "€ 465.000,00", "24"]], widths=[6.2, 4.4, 2.6, 2.6, 1.6]),
  H2("5.3 Piano delle alienazioni e valorizzazioni immobiliari"),
  P("Il piano delle alienazioni 2025-2027 prevede la dismissione di quattro immobili non strumentali all'esercizio delle funzioni istituzionali, per un valore complessivo stimato di € 1.415.000,00, destinato al finanziamento di spese di investimento."),
  T("Tabella 8 – Immobili da alienare", [["Immobile", "Destinazione urbanistica", "Valore di stima", "Anno"]], [
     ["Ex scuola elementare di frazione Morsella", "Residenziale", "€ 385.000,00", "2025"],
     ["Area di via Gravellona (lotto 3)", "Produttiva", "€ 420.000,00", "2025"],
     ["Fabbricato di via Cairoli 14", "Residenziale", "€ 290.000,00", "2026"],
     ["Terreno agricolo località Buccella", "Agricola", "€ 320.000,00", "2027"]], widths=[7.0, 4.0, 3.0, 2.0]),
  P("Il Documento unico di programmazione sarà aggiornato, ove necessario, in sede di variazione di bilancio e comunque entro il 31 luglio 2025 per il triennio 2026-2028."),
 ],
 "_notes": [
   "Precision sample: no table in this DUP excerpt is an indicator table, so the truth has NO records.",
   "Tabella 1 (andamento demografico, year columns 2021-2023 of counts and rates, incl. 'Indice di vecchiaia') is context statistics, not indicators with target/actual: CONVENTIONS 'prose with numbers', 'composition' and staff/budget tables give nothing; no column is labelled Indicatore/Target/Valore.",
   "Tabella 3 lists strategic objectives without any indicator, target or value: no records.",
   "Tabelle 4 (Missione/Programma stanziamenti 2025-2027), 5 (personale), 6 (opere/CUP), 7 (acquisti/CUI), 8 (alienazioni) are budget/staff/investment tables: no records by CONVENTIONS 'What yields nothing'.",
   "document.kind 'piano': the DUP is a programming document; RECORDS allows only relazione/piano/piao/null and a DUP is closest to piano. Title as printed in its usual name: 'Documento unico di programmazione'."
 ],
}

# ---------------------------------------------------------------- 2. PIAO Comune di Grosseto
mon_rows = [
  # misura, indicatore, target, responsabile, tempi, parsed target (op,val,max,unit)
  ["MG01 – Codice di comportamento", "Percentuale di dipendenti che hanno ricevuto il nuovo Codice di comportamento con attestazione di presa visione", "100%", "Dirigente Risorse umane", "Entro 31/03/2025", ("=", 100, None, "%")],
  ["MG01 – Codice di comportamento", "Numero di segnalazioni di violazione del Codice esaminate entro 30 giorni / segnalazioni pervenute", "100%", "UPD", "Annuale", ("=", 100, None, "%")],
  ["MG02 – Rotazione del personale", "Percentuale di responsabili di procedimento ruotati nelle aree a rischio elevato", "≥ 20%", "Segretario generale", "Entro 31/12/2025", (">=", 20, None, "%")],
  ["MG03 – Formazione in materia di anticorruzione", "Ore di formazione erogate per dipendente assegnato ad aree a rischio", "≥ 4 ore", "RPCT", "Annuale", (">=", 4, None, "hours")],
  ["MG04 – Conflitto di interessi", "Percentuale di dichiarazioni di assenza di conflitto di interessi acquisite per gli affidamenti sopra 40.000 euro", "100%", "Dirigenti di settore", "Continuativa", ("=", 100, None, "%")],
  ["MG05 – Whistleblowing", "Tempo medio di riscontro alle segnalazioni al segnalante", "≤ 90 gg", "RPCT", "Continuativa", ("<=", 90, None, "days")],
  ["MG06 – Trasparenza", "Percentuale di obblighi di pubblicazione della griglia ANAC assolti", "≥ 95%", "Referenti per la trasparenza", "Semestrale", (">=", 95, None, "%")],
  ["MG06 – Trasparenza", "Numero di richieste di accesso civico generalizzato evase oltre i termini", "0", "Dirigenti di settore", "Semestrale", ("=", 0, None, None)],
  ["MS01 – Controllo a campione SCIA edilizie", "Percentuale di SCIA edilizie sottoposte a controllo a campione", "≥ 10%", "Dirigente Pianificazione urbanistica", "Trimestrale", (">=", 10, None, "%")],
  ["MS02 – Verifica affidamenti diretti", "Report semestrale sugli affidamenti diretti per operatore economico", "2 report", "Dirigente Appalti e contratti", "Entro 31/07 e 31/01", ("=", 2, None, None)],
  ["MS03 – Pantouflage", "Percentuale di contratti con clausola di divieto di pantouflage", "100%", "Dirigente Appalti e contratti", "Continuativa", ("=", 100, None, "%")],
]
piao = {
 "name": "comune-grosseto-2025-piao",
 "renderer": "reportlab",
 "document": {"issuer": "Comune di Grosseto", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
 "running_header": "Comune di Grosseto – PIAO 2025-2027",
 "cover": ["COMUNE DI GROSSETO", "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", "2025 – 2027", "Estratto: Sottosezione 2.3 Rischi corruttivi e trasparenza – Sezione 3 Organizzazione e capitale umano", "(art. 6 D.L. 80/2021, convertito con L. 113/2021 – D.M. 132/2022)", "Approvato con deliberazione della Giunta comunale n. 27 del 30/01/2025"],
 "blocks": [
  H1("Sottosezione 2.3 – Rischi corruttivi e trasparenza"),
  P("La presente sottosezione è predisposta dal Responsabile della prevenzione della corruzione e della trasparenza (RPCT) sulla base degli obiettivi strategici in materia di prevenzione della corruzione e trasparenza definiti dal Consiglio comunale, in coerenza con il Piano nazionale anticorruzione 2022 e con il relativo aggiornamento 2024 approvato dall'ANAC. Essa contiene la valutazione del contesto esterno e interno, la mappatura dei processi, l'identificazione e la valutazione dei rischi corruttivi, il trattamento del rischio mediante misure generali e specifiche e il monitoraggio della loro attuazione."),
  H2("Analisi del contesto esterno e interno"),
  P("Il territorio comunale, il più esteso della Toscana, presenta un tessuto economico fondato su agricoltura, turismo e servizi. Dalle relazioni semestrali della Direzione investigativa antimafia e dai dati forniti dalla Prefettura non emergono fenomeni di radicamento della criminalità organizzata, ma sono segnalati tentativi di infiltrazione nei settori dell'edilizia, del ciclo dei rifiuti e della ricettività turistica, anche in relazione all'afflusso delle risorse del PNRR."),
  P("Sotto il profilo interno, nel triennio 2022-2024 non sono stati avviati procedimenti penali per reati contro la pubblica amministrazione a carico di dipendenti; sono stati conclusi tre procedimenti disciplinari per violazione del Codice di comportamento, uno dei quali con sanzione della sospensione dal servizio. Sono pervenute due segnalazioni tramite la piattaforma di whistleblowing, entrambe archiviate dopo l'istruttoria del RPCT."),
  H2("Mappatura dei processi"),
  P("La mappatura dei processi, aggiornata nel 2024 con il coinvolgimento dei dirigenti e dei referenti di Settore, comprende 146 processi, raggruppati nelle aree di rischio generali individuate dal PNA (contratti pubblici, acquisizione e gestione del personale, provvedimenti ampliativi con e senza effetto economico diretto, gestione delle entrate e del patrimonio, controlli, incarichi e nomine, affari legali) e nelle aree specifiche del governo del territorio e della gestione dei rifiuti. Priorità è stata data ai processi che gestiscono risorse PNRR."),
  H2("Valutazione del rischio"),
  P("La valutazione del rischio è stata condotta con metodologia qualitativa, attribuendo a ciascun evento rischioso un giudizio di probabilità e di impatto su una scala a tre livelli (basso, medio, alto). Il livello di rischio complessivo deriva dalla combinazione dei due giudizi secondo la matrice riportata nell'allegato 2. Si riportano i processi delle aree a rischio generale e specifico con livello di rischio medio o alto."),
  T("Tabella 1 – Registro dei rischi (estratto)", [["Processo", "Evento rischioso", "Probabilità", "Impatto", "Livello di rischio", "Misure", "Responsabile", "Tempi"]], [
     ["Affidamenti diretti di lavori, servizi e forniture", "Frazionamento artificioso dell'appalto per eludere le soglie", "Alta", "Alto", "ALTO", "MG04, MS02", "Dirigente Appalti e contratti", "Continuativa"],
     ["Rilascio permessi di costruire", "Disparità di trattamento nell'istruttoria; mancato rispetto dell'ordine cronologico", "Media", "Alto", "ALTO", "MS01, MG02", "Dirigente Pianificazione urbanistica", "Trimestrale"],
     ["Controlli su SCIA edilizie", "Omissione dei controlli o controlli compiacenti", "Media", "Medio", "MEDIO", "MS01", "Dirigente Pianificazione urbanistica", "Trimestrale"],
     ["Concessione di contributi a enti e associazioni", "Assegnazione in assenza di criteri predeterminati", "Media", "Medio", "MEDIO", "MG06", "Dirigente Servizi sociali", "Annuale"],
     ["Reclutamento del personale", "Previsione di requisiti personalizzati; composizione di commissioni non imparziale", "Bassa", "Alto", "MEDIO", "MG04, MG01", "Dirigente Risorse umane", "Per ogni procedura"],
     ["Accertamenti tributari", "Mancata emissione di avvisi di accertamento per favorire il contribuente", "Media", "Medio", "MEDIO", "MG02", "Dirigente Tributi", "Annuale"],
     ["Sanzioni del Codice della strada", "Annullamento in autotutela di verbali senza motivazione", "Bassa", "Medio", "BASSO", "MG01", "Comandante Polizia municipale", "Semestrale"],
     ["Gestione del patrimonio immobiliare", "Concessione di immobili a canoni non congrui", "Media", "Alto", "ALTO", "MG06, MG04", "Dirigente Patrimonio", "Annuale"]],
     widths=[3.2, 3.8, 1.5, 1.3, 1.5, 1.6, 2.6, 1.9]),
  P("Per ciascun processo il registro completo, pubblicato in Amministrazione trasparente – Altri contenuti – Prevenzione della corruzione, indica anche i fattori abilitanti e la motivazione del giudizio espresso."),
  H2("Trattamento del rischio e monitoraggio delle misure"),
  P("Le misure di prevenzione sono distinte in misure generali (MG), che incidono trasversalmente sull'intera amministrazione, e misure specifiche (MS), che agiscono su singoli processi a rischio. Per ciascuna misura sono individuati l'indicatore di monitoraggio, il valore atteso, il soggetto responsabile dell'attuazione e la tempistica. Il monitoraggio è svolto dal RPCT con cadenza semestrale, anche tramite le schede di autovalutazione compilate dai referenti."),
  T("Tabella 2 – Programmazione e monitoraggio delle misure di prevenzione", [["Misura", "Indicatore di monitoraggio", "Target", "Responsabile", "Tempi di attuazione"]],
     [r[:5] for r in mon_rows], role="indicators", widths=[3.6, 6.4, 1.7, 3.3, 2.6]),
  P("Gli esiti del monitoraggio confluiscono nella relazione annuale del RPCT, pubblicata entro il termine fissato dall'ANAC, e sono utilizzati per il riesame del sistema di gestione del rischio in sede di aggiornamento del PIAO."),
  H1("Sezione 3 – Organizzazione e capitale umano"),
  H2("3.1 Struttura organizzativa"),
  P("La struttura organizzativa del Comune si articola in sei Settori, diretti da personale con qualifica dirigenziale, e in Servizi affidati a funzionari titolari di incarico di Elevata Qualificazione. La tabella riporta la distribuzione del personale in servizio al 1° gennaio 2025."),
  T("Tabella 3 – Personale in servizio per Settore", [["Settore", "Dirigenti", "Funzionari ed EQ", "Istruttori", "Operatori esperti e operatori", "Totale"]], [
     ["Segreteria generale e Affari istituzionali", "1", "9", "17", "4", "31"],
     ["Risorse finanziarie e Tributi", "1", "12", "24", "2", "39"],
     ["Lavori pubblici e Patrimonio", "1", "14", "18", "21", "54"],
     ["Pianificazione urbanistica e Ambiente", "1", "11", "15", "3", "30"],
     ["Servizi alla persona e Istruzione", "1", "16", "38", "12", "67"],
     ["Polizia municipale", "1", "8", "62", "0", "71"],
     ["Totale", "6", "70", "174", "42", "292"]], widths=[6.2, 1.8, 2.4, 2.0, 3.2, 1.8]),
  H2("3.2 Organizzazione del lavoro agile"),
  P("Il lavoro agile è consentito, previa sottoscrizione di un accordo individuale, per le attività che possono essere svolte da remoto senza pregiudizio per l'erogazione dei servizi all'utenza. Al 31 dicembre 2024 risultano attivi 94 accordi individuali, pari al 32,2% del personale in servizio, con una media di 6 giornate mensili di lavoro da remoto."),
  H2("3.3 Piano triennale dei fabbisogni di personale"),
  P("Il piano dei fabbisogni è definito nel rispetto dei vincoli di spesa di cui all'art. 33, comma 2, del D.L. 34/2019. Il rapporto tra spesa di personale ed entrate correnti, calcolato sul rendiconto 2023, è pari al 23,1%, inferiore al valore soglia del 27% previsto per la fascia demografica dell'ente: il Comune dispone pertanto di capacità assunzionale aggiuntiva."),
  T("Tabella 4 – Fabbisogno di personale 2025-2027", [["Profilo professionale", "Area", "Modalità di reclutamento", "2025", "2026", "2027", "Costo annuo a regime"]], [
     ["Dirigente tecnico", "Dirigenza", "Concorso pubblico", "1", "0", "0", "€ 78.450,00"],
     ["Funzionario tecnico (ingegnere/architetto)", "Funzionari ed EQ", "Concorso pubblico", "3", "2", "1", "€ 209.700,00"],
     ["Funzionario amministrativo-contabile", "Funzionari ed EQ", "Scorrimento graduatoria", "2", "1", "1", "€ 139.800,00"],
     ["Funzionario assistente sociale", "Funzionari ed EQ", "Concorso pubblico", "2", "1", "0", "€ 104.850,00"],
     ["Istruttore amministrativo", "Istruttori", "Concorso pubblico", "4", "3", "2", "€ 292.500,00"],
     ["Istruttore di vigilanza", "Istruttori", "Concorso pubblico", "5", "3", "3", "€ 357.500,00"],
     ["Operatore esperto – autista scuolabus", "Operatori esperti", "Centro per l'impiego", "1", "1", "0", "€ 58.400,00"],
     ["Totale", "", "", "18", "11", "7", "€ 1.241.200,00"]], widths=[5.0, 2.8, 3.2, 1.1, 1.1, 1.1, 3.0]),
  H2("3.4 Piano della formazione"),
  P("Il piano della formazione 2025 valorizza le competenze digitali, in coerenza con la Direttiva del Ministro per la pubblica amministrazione del 14 gennaio 2025, e garantisce a ciascun dipendente almeno 40 ore annue di formazione. Le iniziative sono riportate nella tabella seguente."),
  T("Tabella 5 – Piano della formazione 2025", [["Area tematica", "Iniziativa formativa", "Destinatari", "Ore", "Modalità", "Periodo"]], [
     ["Anticorruzione e etica", "Aggiornamento PNA 2024 e nuovo Codice di comportamento", "Tutto il personale", "4", "E-learning", "I trimestre"],
     ["Contratti pubblici", "Il ciclo di vita digitale dei contratti (D.Lgs. 36/2023)", "Settori tecnici e RUP", "16", "Aula", "II trimestre"],
     ["Competenze digitali", "Syllabus – Competenze digitali per la PA", "Tutto il personale", "24", "E-learning", "Entro il 30/06"],
     ["Privacy e sicurezza", "Protezione dei dati personali e sicurezza informatica", "Tutto il personale", "6", "Webinar", "III trimestre"],
     ["Management", "Leadership e gestione dei collaboratori", "Dirigenti ed EQ", "12", "Aula", "IV trimestre"],
     ["Sicurezza sul lavoro", "Formazione specifica D.Lgs. 81/2008", "Operatori esterni", "8", "Aula", "Annuale"]], widths=[3.0, 5.6, 3.0, 1.0, 2.2, 2.4]),
  P("La spesa per la formazione prevista nel bilancio 2025 ammonta a € 62.000,00, cui si aggiungono le iniziative gratuite offerte dalla piattaforma Syllabus e dalla Scuola nazionale dell'amministrazione."),
 ],
 "monitor": mon_rows,
 "_notes": [
   "Tabella 2 (Misura | Indicatore di monitoraggio | Target | Responsabile | Tempi di attuazione) IS treated as an indicator table: RECORDS maps an 'Indicatore…' column to `indicator` and a `Target` column to `target`; CONVENTIONS lists risk registers among the tables that give nothing, but this table is not the risk register (that is Tabella 1, with Probabilità/Impatto/Livello/Misure and no indicator or target): it is the PIAO's programme of monitoring indicators with expected values. One record per row (11).",
   "year null: the header `Target` names no year (CONVENTIONS: without a year in the headers, year is null), although the PIAO covers 2025-2027.",
   "Hierarchy null: `Misura` has no level word (CONVENTIONS: the label decides), so it is not an objective column but `extra`, like Responsabile and Tempi di attuazione. Section headings ('Sottosezione 2.3 – …', 'Trattamento del rischio …') are not objectives. indicator_code null (the MG01 code is the measure's, not the indicator's, and sits in the Misura cell).",
   "actual/achievement/status null (a plan). met null. `2 report` → '=', 2, unit null; `≥ 4 ore` → '>=', 4, hours; `≤ 90 gg` → '<=', 90, days; `0` → '=', 0.",
   "Tabella 1 (risk register), 3 (personale per Settore), 4 (fabbisogni 2025/2026/2027 counts and costs), 5 (formazione, with an Ore column) give no records.",
 ],
}

# ---------------------------------------------------------------- 3. Relazione Comune di Lucca
ind = [
 # area, obj, code, name, peso, target, actual, ach, esito, parsed target, parsed actual, met
 ("1", "1.1", "1.1.1", "Percentuale di pratiche edilizie concluse entro i termini di legge", "10", "≥ 90%", "93,4%", "100", "Raggiunto", (">=", 90, None, "%"), ("=", 93.4, None, "%"), True),
 ("1", "1.1", "1.1.2", "Tempo medio di rilascio dei permessi di costruire", "10", "≤ 60 gg", "54 gg", "100", "Raggiunto", ("<=", 60, None, "days"), ("=", 54, None, "days"), True),
 ("1", "1.1", "1.1.3", "Numero di sopralluoghi di controllo sui cantieri", "5", "≥ 120", "131", "100", "Raggiunto", (">=", 120, None, None), ("=", 131, None, None), True),
 ("1", "1.1", "1.1.4", "Percentuale di pratiche presentate tramite portale telematico", "5", "100%", "97,8%", "97,8", "Parzialmente raggiunto", ("=", 100, None, "%"), ("=", 97.8, None, "%"), False),
 ("1", "1.2", "1.2.1", "Percentuale di raccolta differenziata", "10", "≥ 75%", "76,9%", "100", "Raggiunto", (">=", 75, None, "%"), ("=", 76.9, None, "%"), True),
 ("1", "1.2", "1.2.2", "Tempo medio di intervento per la rimozione dei rifiuti abbandonati", "5", "≤ 3 gg", "4 gg", "75", "Parzialmente raggiunto", ("<=", 3, None, "days"), ("=", 4, None, "days"), False),
 ("1", "1.2", "1.2.3", "Numero di nuovi alberi messi a dimora", "5", "≥ 500", "612", "100", "Raggiunto", (">=", 500, None, None), ("=", 612, None, None), True),
 ("2", "2.1", "2.1.1", "Tempo medio di pagamento delle fatture commerciali", "10", "≤ 30 gg", "27 gg", "100", "Raggiunto", ("<=", 30, None, "days"), ("=", 27, None, "days"), True),
 ("2", "2.1", "2.1.2", "Indicatore annuale di tempestività dei pagamenti", "10", "≤ 0", "-3,2", "100", "Raggiunto", ("<=", 0, None, None), ("=", -3.2, None, None), True),
 ("2", "2.1", "2.1.3", "Percentuale di riscossione delle entrate tributarie in conto competenza", "10", "≥ 80%", "78,6%", "98,3", "Parzialmente raggiunto", (">=", 80, None, "%"), ("=", 78.6, None, "%"), False),
 ("2", "2.2", "2.2.1", "Percentuale di servizi on line accessibili tramite SPID/CIE", "10", "≥ 85%", "91%", "100", "Raggiunto", (">=", 85, None, "%"), ("=", 91, None, "%"), True),
 ("2", "2.2", "2.2.2", "Numero di procedimenti reingegnerizzati e digitalizzati", "5", "≥ 6", "6", "100", "Raggiunto", (">=", 6, None, None), ("=", 6, None, None), True),
 ("2", "2.2", "2.2.3", "Grado di soddisfazione degli utenti dello Sportello polifunzionale", "5", "≥ 4 su 5", "4,3 su 5", "100", "Raggiunto", (None, None, None, None), (None, None, None, None), None),
]
areas = {"1": "Città sostenibile e vivibile", "2": "Amministrazione efficiente e digitale"}
objs = {"1.1": "Semplificare e accelerare i procedimenti edilizi", "1.2": "Migliorare la qualità ambientale e il decoro urbano",
        "2.1": "Assicurare la sostenibilità finanziaria e la tempestività dei pagamenti", "2.2": "Digitalizzare i servizi al cittadino"}
perf_blocks = [
  H1("1. Presentazione"),
  P("La Relazione sulla performance, prevista dall'art. 10, comma 1, lettera b), del D.Lgs. 150/2009, evidenzia a consuntivo i risultati organizzativi e individuali raggiunti nell'anno 2024 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione 2024-2026. Il documento è validato dal Nucleo di valutazione, ai sensi dell'art. 14, comma 4, lettera c), del medesimo decreto, e pubblicato nella sezione Amministrazione trasparente del sito istituzionale."),
  P("La Relazione riporta, oltre ai risultati degli obiettivi di performance organizzativa, gli esiti dell'indagine di customer satisfaction, i dati di sintesi sull'esecuzione del bilancio, la distribuzione delle valutazioni individuali e i risultati dell'indagine sul benessere organizzativo."),
  H1("2. Il contesto e le risorse"),
  P("Il Comune di Lucca conta al 31 dicembre 2024 88.972 abitanti. L'organizzazione si articola in otto Settori dirigenziali e in uno staff di supporto agli organi di governo. Il personale in servizio alla stessa data è di 401 dipendenti non dirigenti e 10 dirigenti, con un'età media di 51,3 anni."),
  T("Tabella A – Personale in servizio al 31/12/2024 per genere e inquadramento", [["Inquadramento", "Donne", "Uomini", "Totale"]], [
     ["Dirigenti", "4", "6", "10"], ["Funzionari ed Elevata Qualificazione", "68", "41", "109"], ["Istruttori", "121", "97", "218"],
     ["Operatori esperti", "22", "41", "63"], ["Operatori", "3", "8", "11"], ["Totale", "218", "193", "411"]], widths=[7.0, 2.5, 2.5, 2.5]),
  H2("Le fasi del ciclo della performance 2024"),
  T("Tabella B – Documenti del ciclo della performance", [["Fase", "Documento", "Atto di approvazione"]], [
     ["Programmazione", "DUP 2024-2026", "Delib. C.C. n. 112 del 21/12/2023"],
     ["Programmazione", "PIAO 2024-2026", "Delib. G.C. n. 24 del 30/01/2024"],
     ["Monitoraggio intermedio", "Report di verifica al 31/07/2024", "Delib. G.C. n. 201 del 24/09/2024"],
     ["Rendicontazione", "Relazione sulla performance 2024", "Delib. G.C. n. 142 del 26/06/2025"]], widths=[3.5, 6.0, 6.0]),
  H2("2.1 Le risorse finanziarie"),
  P("L'esercizio 2024 si è chiuso con un risultato di amministrazione di € 18.734.215,40, di cui una quota disponibile di € 2.106.880,12. La tabella seguente riporta il grado di impegno dei principali capitoli di spesa corrente collegati agli obiettivi di performance."),
  T("Tabella 1 – Esecuzione del bilancio: capitoli collegati agli obiettivi", [["Capitolo", "Previsione definitiva", "Impegnato", "% impegno"]], [
     ["1040 – Servizio edilizia privata: prestazioni di servizi", "€ 184.500,00", "€ 171.230,55", "92,8%"],
     ["1355 – Servizio igiene urbana: contratto di servizio", "€ 11.420.000,00", "€ 11.398.611,20", "99,8%"],
     ["1362 – Verde pubblico: manutenzione ordinaria", "€ 865.000,00", "€ 812.447,90", "93,9%"],
     ["1118 – Servizio tributi: spese per riscossione", "€ 410.000,00", "€ 352.680,00", "86,0%"],
     ["1205 – Sistemi informativi: canoni e licenze software", "€ 720.300,00", "€ 698.114,35", "96,9%"],
     ["1210 – Transizione digitale: servizi on line (PNRR)", "€ 356.000,00", "€ 301.250,00", "84,6%"],
     ["Totale", "€ 13.955.800,00", "€ 13.734.334,00", "98,4%"]], widths=[8.0, 3.2, 3.2, 1.8]),
  H1("3. I risultati della performance organizzativa"),
  P("Gli obiettivi di performance organizzativa sono articolati per aree strategiche e obiettivi operativi. Per ciascun indicatore si riportano il peso, il valore atteso, il valore conseguito al 31 dicembre 2024 e la percentuale di raggiungimento, calcolata secondo il Sistema di misurazione e valutazione della performance vigente."),
]
cur_area = cur_obj = None
for a, o, *rest in ind:
    if a != cur_area:
        perf_blocks.append({"kind": "area", "text": f"Area strategica {a} – {areas[a]}"}); cur_area = a
    if o != cur_obj:
        perf_blocks.append({"kind": "objective", "text": f"Obiettivo operativo {o} – {objs[o]}"}); cur_obj = o
        rows = [[r[2], r[3], r[4], r[5], r[6], r[7], r[8]] for r in ind if r[1] == o]
        perf_blocks.append(T(None, [["Codice", "Indicatore", "Peso", "Target 2024", "Valore 2024", "% raggiungimento", "Esito"]], rows, role="indicators", widths=[1.6, 5.5, 1.3, 1.9, 1.9, 2.8, 2.6]))
perf_blocks += [
  P("Il grado medio di raggiungimento degli obiettivi di performance organizzativa dell'ente, ponderato per i pesi, è pari al 98,1%."),
  H1("4. La soddisfazione degli utenti"),
  P("Nel mese di novembre 2024 è stata condotta un'indagine di customer satisfaction presso lo Sportello polifunzionale e i servizi demografici, con la somministrazione di un questionario a 812 utenti (tasso di risposta del 64%). I risultati, in percentuale sul totale delle risposte, sono riportati nella tabella seguente."),
  T("Tabella 2 – Indagine di customer satisfaction 2024", [["Domanda", "Molto soddisfatto", "Soddisfatto", "Poco soddisfatto", "Per niente soddisfatto", "Non risponde"]], [
     ["Cortesia e disponibilità del personale", "58,2%", "34,1%", "5,3%", "1,2%", "1,2%"],
     ["Chiarezza delle informazioni ricevute", "49,7%", "38,6%", "8,4%", "2,1%", "1,2%"],
     ["Tempi di attesa allo sportello", "31,5%", "40,2%", "19,8%", "6,9%", "1,6%"],
     ["Facilità di prenotazione dell'appuntamento on line", "42,9%", "36,4%", "12,7%", "4,3%", "3,7%"],
     ["Comfort e accessibilità dei locali", "37,8%", "45,1%", "11,9%", "3,0%", "2,2%"],
     ["Giudizio complessivo sul servizio", "46,3%", "42,8%", "7,7%", "1,9%", "1,3%"]], widths=[6.0, 2.1, 2.0, 2.1, 2.2, 1.9]),
  P("Il giudizio complessivo positivo (molto soddisfatto e soddisfatto) raggiunge l'89,1% delle risposte; l'area di miglioramento più evidente riguarda i tempi di attesa, per i quali è stata programmata l'estensione del servizio di prenotazione on line."),
  H1("5. La performance individuale"),
  P("La valutazione della performance individuale del personale non dirigente è stata effettuata dai dirigenti sulla base delle schede previste dal Sistema di misurazione e valutazione. La distribuzione dei punteggi, su scala 0-100, è riportata di seguito."),
  T("Tabella 3 – Distribuzione delle valutazioni individuali del personale non dirigente", [["Fascia di punteggio", "N. dipendenti", "%"]], [
     ["da 95 a 100", "148", "36,9%"], ["da 85 a 94", "171", "42,6%"], ["da 75 a 84", "59", "14,7%"],
     ["da 60 a 74", "19", "4,7%"], ["inferiore a 60", "4", "1,0%"], ["Totale", "401", "100,0%"]], widths=[6.0, 3.0, 3.0]),
  P("La distribuzione evidenzia un buon grado di differenziazione dei giudizi; i quattro dipendenti con punteggio inferiore a 60 non hanno avuto accesso al premio di risultato."),
  H1("6. Il benessere organizzativo"),
  P("L'indagine sul benessere organizzativo, somministrata in forma anonima a tutto il personale nel mese di ottobre 2024, ha registrato 263 questionari compilati. Per ciascun ambito si riporta il punteggio medio su scala da 1 a 6 e il confronto con la rilevazione precedente."),
  T("Tabella 4 – Indagine sul benessere organizzativo", [["Ambito di indagine", "Punteggio medio 2022", "Punteggio medio 2024", "Variazione"]], [
     ["Sicurezza e salute sul luogo di lavoro", "4,21", "4,35", "+ 0,14"],
     ["Discriminazioni", "4,88", "4,92", "+ 0,04"],
     ["Equità nell'amministrazione", "3,12", "3,31", "+ 0,19"],
     ["Carriera e sviluppo professionale", "2,87", "2,95", "+ 0,08"],
     ["Il mio lavoro", "4,45", "4,40", "- 0,05"],
     ["I miei colleghi", "4,62", "4,58", "- 0,04"],
     ["Il contesto del mio lavoro", "3,64", "3,77", "+ 0,13"],
     ["Il senso di appartenenza", "4,02", "4,11", "+ 0,09"],
     ["L'immagine della mia amministrazione", "3,71", "3,80", "+ 0,09"]], widths=[7.0, 3.0, 3.0, 2.4]),
  P("Rispetto alla rilevazione 2022 migliorano in particolare gli ambiti relativi all'equità nell'amministrazione e al contesto lavorativo, mentre si registra una lieve flessione negli ambiti legati al contenuto del lavoro e alle relazioni con i colleghi, sui quali incide l'aumento dei carichi di lavoro connesso all'attuazione dei progetti PNRR."),
  H1("7. Pari opportunità e bilancio di genere"),
  P("Nel corso del 2024 sono state realizzate le azioni previste dal Piano di azioni positive: estensione del lavoro agile ai dipendenti con figli fino a 14 anni, un percorso formativo sulla prevenzione delle molestie nei luoghi di lavoro e l'adeguamento del regolamento per le progressioni verticali con criteri che valorizzano la conciliazione dei tempi di vita e di lavoro. La componente femminile rappresenta il 53,0% del personale in servizio e il 40,0% della dirigenza."),
  P("I risultati saranno presentati al Comitato unico di garanzia e costituiranno la base per le azioni del Piano di azioni positive 2025-2027."),
]
rel = {
 "name": "comune-lucca-2024-relazione",
 "renderer": "writer",
 "document": {"issuer": "Comune di Lucca", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "running_header": "Comune di Lucca – Relazione sulla performance 2024",
 "cover": ["COMUNE DI LUCCA", "", "RELAZIONE SULLA PERFORMANCE", "ANNO 2024", "(art. 10, comma 1, lett. b), D.Lgs. 150/2009)", "Approvata con deliberazione della Giunta comunale n. 142 del 26/06/2025 – Validata dal Nucleo di valutazione"],
 "blocks": perf_blocks,
 "indicators": [list(r) for r in ind], "areas": areas, "objectives": objs,
 "_notes": [
   "Tabelle A (personale per genere) and B (documenti del ciclo della performance) give no records.", "Only the 13 rows of the four per-objective tables (Codice | Indicatore | Peso | Target 2024 | Valore 2024 | % raggiungimento | Esito) are records, year 2024.",
   "Hierarchy: 'Area strategica N – …' headings (area_code N), 'Obiettivo operativo N.M – …' headings (operational).",
   "Esito column → status/status_text; comment null (prose after the last table speaks of all objectives, no status line).",
   "2.2.3 '≥ 4 su 5' / '4,3 su 5': a second number outside parentheses → operator/value/unit null, met null.",
   "2.1.2 'Indicatore annuale di tempestività dei pagamenti' target '≤ 0', actual '-3,2': printed operator decides → met true.",
   "No records from: Tabella 1 budget execution (Capitolo | Previsione | Impegnato | % impegno), Tabella 2 customer satisfaction percentages, Tabella 3 distribution of individual scores (Fascia | N. dipendenti | %), Tabella 4 benessere organizzativo (year columns 2022/2024 of average scores: survey results, not indicators with target) — CONVENTIONS: budget, staff and count/distribution tables give nothing.",
 ],
}

# ---------------------------------------------------------------- 4. Rendiconto Comune di Sondrio
ratios = [
 ("Incidenza spese rigide (disavanzo, personale e debito) su entrate correnti", ["29,84%", "28,71%", "27,95%"]),
 ("Incidenza degli accertamenti di parte corrente sulle previsioni iniziali di parte corrente", ["101,27%", "103,58%", "104,12%"]),
 ("Incidenza degli incassi delle entrate proprie sulle previsioni definitive di parte corrente", ["68,40%", "70,15%", "72,93%"]),
 ("Incidenza della spesa di personale sulla spesa corrente", ["24,36%", "23,88%", "23,41%"]),
 ("Spesa di personale pro-capite (euro)", ["€ 292,14", "€ 301,77", "€ 309,52"]),
 ("Indicatore di tempestività dei pagamenti (giorni)", ["-4,81", "-6,12", "-7,35"]),
 ("Incidenza degli investimenti sul totale della spesa corrente e in conto capitale", ["18,92%", "22,47%", "26,08%"]),
 ("Indebitamento pro-capite (euro)", ["€ 512,60", "€ 478,33", "€ 441,09"]),
 ("Capacità di riscossione complessiva (riscossioni / accertamenti)", ["79,55%", "81,02%", "82,64%"]),
]
def pv(s):
    t = s.replace("€", "").replace("%", "").strip().replace(".", "").replace(",", ".")
    return float(t)
ratio_parsed = [[("=", pv(v), None, "%" if "%" in v else ("EUR" if "€" in v else None)) for v in vals] for _, vals in ratios]
rend = {
 "name": "comune-sondrio-2024-rendiconto",
 "renderer": "calc",
 "document": {"issuer": "Comune di Sondrio", "title": "Relazione sulla gestione", "year": 2024, "kind": "relazione"},
 "running_header": "Comune di Sondrio – Rendiconto della gestione 2024 – Relazione sulla gestione (estratto)",
 "cover": ["COMUNE DI SONDRIO", "RENDICONTO DELLA GESTIONE 2024", "RELAZIONE SULLA GESTIONE DELLA GIUNTA COMUNALE", "(art. 151, comma 6, e art. 231 D.Lgs. 267/2000 – art. 11, comma 6, D.Lgs. 118/2011)", "Estratto"],
 "sheets": [
  {"title": "Premessa", "blocks": [
    H1("1. Premessa"),
    P("La relazione sulla gestione è il documento con il quale la Giunta comunale esprime le valutazioni di efficacia dell'azione condotta sulla base dei risultati conseguiti in rapporto ai programmi ed ai costi sostenuti. Essa illustra i criteri di valutazione adottati, i principali scostamenti rispetto alle previsioni e l'andamento della gestione finanziaria, economica e patrimoniale dell'esercizio 2024."),
    P("Il rendiconto 2024 si chiude con un risultato di amministrazione positivo e con il pieno rispetto degli equilibri di bilancio previsti dall'art. 1, commi 820 e 821, della Legge 145/2018. L'ente non si trova in condizione di deficitarietà strutturale, come risulta dalla tabella dei parametri obiettivo allegata al rendiconto."),
    H1("2. Il risultato di amministrazione"),
    P("Il risultato di amministrazione al 31 dicembre 2024 è determinato come segue."),
    T("Tabella 1 – Risultato di amministrazione 2024", [["Voce", "Residui", "Competenza", "Totale"]], [
      ["Fondo cassa al 1° gennaio", "", "", "€ 14.218.455,09"],
      ["Riscossioni", "€ 4.981.320,44", "€ 27.604.118,70", "€ 32.585.439,14"],
      ["Pagamenti", "€ 5.207.889,16", "€ 25.930.412,35", "€ 31.138.301,51"],
      ["Fondo cassa al 31 dicembre", "", "", "€ 15.665.592,72"],
      ["Residui attivi", "€ 2.314.870,31", "€ 6.128.904,25", "€ 8.443.774,56"],
      ["Residui passivi", "€ 1.102.446,80", "€ 6.871.335,19", "€ 7.973.781,99"],
      ["FPV per spese correnti", "", "", "€ 412.880,00"],
      ["FPV per spese in conto capitale", "", "", "€ 4.106.215,33"],
      ["Risultato di amministrazione", "", "", "€ 11.616.489,96"],
      ["di cui parte accantonata", "", "", "€ 5.840.117,25"],
      ["di cui parte vincolata", "", "", "€ 2.913.406,88"],
      ["di cui parte destinata agli investimenti", "", "", "€ 968.220,41"],
      ["di cui parte disponibile", "", "", "€ 1.894.745,42"]], widths=[40, 15, 15, 15]),
  ]},
  {"title": "Entrate e spese", "blocks": [
    H1("3. La gestione delle entrate e delle spese"),
    P("Le tabelle seguenti riportano, per titolo, le previsioni definitive, gli accertamenti e gli impegni della gestione di competenza 2024."),
    T("Tabella 2 – Entrate per titolo", [["Titolo", "Previsioni definitive", "Accertamenti", "% accertamento"]], [
      ["Titolo 1 – Entrate correnti di natura tributaria", "€ 14.920.000,00", "€ 15.106.332,18", "101,2%"],
      ["Titolo 2 – Trasferimenti correnti", "€ 3.210.450,00", "€ 3.098.117,40", "96,5%"],
      ["Titolo 3 – Entrate extratributarie", "€ 6.482.300,00", "€ 6.711.205,66", "103,5%"],
      ["Titolo 4 – Entrate in conto capitale", "€ 9.815.600,00", "€ 6.402.887,12", "65,2%"],
      ["Titolo 6 – Accensione prestiti", "€ 1.200.000,00", "€ 1.200.000,00", "100,0%"],
      ["Totale", "€ 35.628.350,00", "€ 32.518.542,36", "91,3%"]], widths=[40, 15, 15, 15]),
    T("Tabella 3 – Spese per titolo", [["Titolo", "Previsioni definitive", "Impegni", "% impegno"]], [
      ["Titolo 1 – Spese correnti", "€ 23.604.900,00", "€ 21.997.540,28", "93,2%"],
      ["Titolo 2 – Spese in conto capitale", "€ 13.822.115,33", "€ 8.410.902,70", "60,9%"],
      ["Titolo 4 – Rimborso prestiti", "€ 1.188.400,00", "€ 1.186.304,56", "99,8%"],
      ["Totale", "€ 38.615.415,33", "€ 31.594.747,54", "81,8%"]], widths=[40, 15, 15, 15]),
    P("La minore percentuale di impegno delle spese in conto capitale è riconducibile alle opere finanziate nel 2024 e reimputate agli esercizi successivi tramite il fondo pluriennale vincolato, secondo il cronoprogramma di spesa."),
  ]},
  {"title": "Servizi e debito", "blocks": [
    H1("4. Servizi a domanda individuale"),
    P("Il Comune gestisce direttamente i servizi a domanda individuale riportati nella tabella. Il tasso di copertura complessivo dei costi con i proventi tariffari è pari al 52,4%; l'ente, non essendo strutturalmente deficitario, non è soggetto all'obbligo di copertura minima del 36%."),
    T("Tabella 4 – Servizi a domanda individuale: proventi e costi 2024", [["Servizio", "Proventi", "Costi", "% copertura"]], [
      ["Asili nido", "€ 412.600,00", "€ 1.046.880,00", "39,4%"],
      ["Mense scolastiche", "€ 689.300,00", "€ 918.450,00", "75,1%"],
      ["Impianti sportivi", "€ 118.900,00", "€ 301.200,00", "39,5%"],
      ["Musei e pinacoteca", "€ 46.250,00", "€ 128.700,00", "35,9%"],
      ["Trasporto scolastico", "€ 52.100,00", "€ 141.300,00", "36,9%"],
      ["Totale", "€ 1.319.150,00", "€ 2.536.530,00", "52,0%"]], widths=[40, 15, 15, 15]),
    H1("5. L'indebitamento"),
    P("Nel 2024 l'ente ha contratto un mutuo di € 1.200.000,00 con la Cassa depositi e prestiti per la riqualificazione della piscina comunale. L'andamento del debito residuo e degli oneri finanziari è il seguente."),
    T("Tabella 5 – Andamento dell'indebitamento", [["Anno", "Debito residuo al 31/12", "Quota interessi", "Quota capitale"]], [
      ["2022", "€ 10.980.412,18", "€ 312.480,22", "€ 1.104.300,15"],
      ["2023", "€ 10.260.118,40", "€ 289.905,71", "€ 1.120.293,78"],
      ["2024", "€ 10.273.813,84", "€ 276.114,90", "€ 1.186.304,56"]], widths=[40, 15, 15, 15]),
    P("L'incidenza degli interessi passivi sulle entrate correnti dei primi tre titoli del penultimo esercizio precedente è pari all'1,15%, ampiamente entro il limite del 10% fissato dall'art. 204 del D.Lgs. 267/2000."),
  ]},
  {"title": "Indicatori", "blocks": [
    H1("6. Indicatori di bilancio"),
    P("Il Piano degli indicatori e dei risultati attesi di bilancio, redatto secondo gli schemi del D.M. 22 dicembre 2015, è allegato al rendiconto. In questa sede si riportano gli indicatori sintetici più significativi, confrontati con i due esercizi precedenti, che consentono di apprezzare l'evoluzione della rigidità strutturale del bilancio, della capacità di riscossione e del livello di indebitamento."),
    T("Tabella 6 – Indicatori sintetici di bilancio", [["Indicatore", "2022", "2023", "2024"]], [[n] + v for n, v in ratios], role="indicators", widths=[40, 15, 15, 15]),
    P("Gli indicatori mostrano una progressiva riduzione della rigidità della spesa e dell'indebitamento pro-capite, a fronte di una crescita della capacità di riscossione e della quota di spesa destinata agli investimenti. L'indicatore di tempestività dei pagamenti si mantiene negativo, a conferma del pagamento delle fatture in anticipo rispetto alla scadenza."),
    H1("7. Conclusioni"),
    P("La gestione 2024 conferma la solidità finanziaria dell'ente. La Giunta propone al Consiglio comunale l'approvazione del rendiconto e l'applicazione della quota disponibile dell'avanzo al finanziamento di spese di investimento, nel rispetto delle priorità indicate nel DUP 2025-2027."),
  ]},
 ],
 "ratios": ratios, "ratio_parsed": ratio_parsed,
 "_notes": [
   "Tabella 6 (Indicatore | 2022 | 2023 | 2024) IS treated as records: CONVENTIONS says a column whose label says neither expected nor achieved (`2025` alone) holds results in a report (a relazione, a rendiconto or conto del bilancio), one record a year, and that result columns of years in a report give records with the actual only; the rows are the synthetic indicators of the Piano degli indicatori di bilancio (named 'Indicatore', introduced as 'Indicatori di bilancio'). 9 indicators × 3 years = 27 records, target fields null, actual as printed, met null.",
   "Hierarchy null (flat table, no objective/area headings; '6. Indicatori di bilancio' is a section title of the relazione, not an objective). indicator_code null.",
   "Units: '29,84%' → '%'; '€ 292,14' → EUR; '-4,81' → '=', -4.81, unit null (the '(giorni)' is in the name, not the cell).",
   "document: the cover's kind of report is the Relazione sulla gestione of the rendiconto (a report, kind relazione); it is not itself the Piano degli indicatori di bilancio (that is an attachment the prose refers to), so kind stays relazione.",
   "No records from Tabella 1 (risultato di amministrazione), 2 (entrate per titolo with % accertamento), 3 (spese per titolo with % impegno), 4 (servizi a domanda individuale with % copertura), 5 (indebitamento by Anno rows): budget/cost tables, whatever columns of numbers they have.",
 ],
}

for c in (dup, piao, rel, rend):
    json.dump(c, open(c["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
print("ok")
