# Hand-written content of round r41 (three samples). Run once to write the *.content.json files.
import json

# ---------------- 1. Comune di Santarcangelo di Romagna — Relazione 2024 (Word-like HTML) ----------
S1 = {
 "name": "comune-santarcangelo-2024-relazione",
 "renderer": "chromium-html (Word-like A4 portrait)",
 "document": {"issuer": "Comune di Santarcangelo di Romagna", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["COMUNE DI SANTARCANGELO DI ROMAGNA", "Provincia di Rimini", "RELAZIONE SULLA PERFORMANCE", "ANNO 2024",
           "(art. 10, comma 1, lett. b) del D.Lgs. 27 ottobre 2009, n. 150)",
           "Approvata con deliberazione di Giunta comunale n. 97 del 24/06/2025 – validata dal Nucleo di valutazione in data 12/06/2025"],
 "intro": [
  ["1. Presentazione", "La Relazione sulla performance costituisce lo strumento mediante il quale l'Amministrazione illustra ai cittadini e a tutti gli altri portatori di interesse i risultati organizzativi e individuali raggiunti nel corso dell'anno 2024 rispetto agli obiettivi programmati nel Piano Integrato di Attività e Organizzazione (PIAO) 2024-2026, sezione Performance, approvato con deliberazione di Giunta comunale n. 21 del 06/02/2024 e successive variazioni."],
  ["2. Il contesto organizzativo", "Al 31 dicembre 2024 la struttura organizzativa dell'Ente si articola in quattro Settori, ciascuno affidato a un Responsabile titolare di incarico di Elevata Qualificazione, oltre al Corpo di Polizia Locale gestito in forma associata con l'Unione dei Comuni della Valmarecchia. La dotazione di personale in servizio è riepilogata nella tabella seguente."],
 ],
 "staff": {"title": "Tabella 1 – Personale in servizio al 31/12/2024 per area di inquadramento",
   "header": ["Area di inquadramento", "Tempo pieno", "Part-time", "Totale", "di cui donne"],
   "rows": [["Area dei Funzionari e dell'E.Q.", "24", "2", "26", "17"], ["Area degli Istruttori", "41", "6", "47", "33"], ["Area degli Operatori esperti", "15", "3", "18", "7"], ["Area degli Operatori", "4", "1", "5", "2"], ["Segretario generale", "1", "–", "1", "1"], ["Totale", "85", "12", "97", "60"]]},
 "intro2": [["3. I risultati degli obiettivi di performance organizzativa",
   "Per ciascun Settore sono riportati gli obiettivi operativi assegnati con il PIAO 2024-2026, i relativi indicatori con il valore atteso e il valore rilevato al 31 dicembre 2024, il grado di raggiungimento e lo stato. Il grado di raggiungimento è calcolato come rapporto tra valore raggiunto e valore atteso, con un massimo del 100%; per gli indicatori di tempo il rapporto è calcolato in senso inverso. Sotto i singoli indicatori sono riportate, in corsivo, le note esplicative dei Responsabili ove presenti."]],
 "header": ["N.", "Indicatore", "Valore atteso 2024", "Valore raggiunto al 31/12/2024", "Grado di raggiung.", "Stato"],
 "settori": [
  {"code": "1", "title": "Affari generali, istituzionali e servizi demografici", "label": "SETTORE 1 – AFFARI GENERALI, ISTITUZIONALI E SERVIZI DEMOGRAFICI",
   "objectives": [
    {"code": "1.1", "title": "Digitalizzazione dei servizi demografici e completamento del subentro in ANPR dei servizi collegati", "resp": "Responsabile: dott.ssa Elisa Morri", "peso": "Peso obiettivo: 30",
     "indicators": [
      {"code": "1", "indicator": "Percentuale di certificati anagrafici rilasciati tramite portale online sul totale dei certificati emessi", "target": "≥ 60%", "actual": "68,4%", "ach": "100%", "stato": "Raggiunto"},
      {"code": "2", "indicator": "Tempo medio di rilascio della carta d'identità elettronica dalla prenotazione", "target": "≤ 15 gg", "actual": "11 gg", "ach": "100%", "stato": "Raggiunto",
       "comment": "L'apertura straordinaria del sabato mattina nei mesi di maggio e giugno ha consentito di assorbire i picchi di richieste legati al periodo estivo."},
      {"code": "3", "indicator": "Numero di atti di stato civile digitalizzati e caricati nell'archivio nazionale (ANSC)", "target": "1.200", "actual": "1.356", "ach": "100%", "stato": "Raggiunto"},
     ]},
    {"code": "1.2", "title": "Trasparenza e semplificazione dell'attività amministrativa", "resp": "Responsabile: dott.ssa Elisa Morri", "peso": "Peso obiettivo: 20",
     "indicators": [
      {"code": "1", "indicator": "Percentuale di obblighi di pubblicazione della sezione Amministrazione trasparente aggiornati nei termini", "target": "100%", "actual": "96%", "ach": "96%", "stato": "Parzialmente raggiunto",
       "comment": "Il ritardo ha riguardato la sottosezione «Provvedimenti» per il periodo di sostituzione del gestionale documentale (ottobre-novembre 2024); la sottosezione è stata riallineata entro il 20 dicembre."},
      {"code": "2", "indicator": "Tempo medio di risposta alle istanze di accesso civico generalizzato", "target": "≤ 25 gg", "actual": "19 gg", "ach": "100%", "stato": "Raggiunto"},
      {"code": "3", "indicator": "Regolamento sul procedimento amministrativo aggiornato e approvato dal Consiglio comunale", "target": "entro il 31/10/2024", "actual": "Approvato con D.C.C. n. 58 del 26/09/2024", "ach": "100%", "stato": "Raggiunto"},
     ]},
   ]},
  {"code": "2", "title": "Servizi finanziari, tributi e partecipate", "label": "SETTORE 2 – SERVIZI FINANZIARI, TRIBUTI E PARTECIPATE",
   "objectives": [
    {"code": "2.1", "title": "Contrasto all'evasione dei tributi locali e miglioramento della riscossione", "resp": "Responsabile: dott. Luca Gasperoni", "peso": "Peso obiettivo: 35",
     "indicators": [
      {"code": "1", "indicator": "Importo accertato da attività di recupero evasione IMU e TARI", "target": "≥ € 650.000,00", "actual": "€ 712.480,35", "ach": "100%", "stato": "Raggiunto"},
      {"code": "2", "indicator": "Percentuale di riscossione dei residui attivi dei titoli I e III", "target": "≥ 45%", "actual": "38,2%", "ach": "85%", "stato": "Parzialmente raggiunto",
       "comment": "Sulla riscossione dei residui ha inciso la sospensione dei termini disposta per i contribuenti colpiti dagli eventi alluvionali del 2023, prorogata fino al 31 agosto 2024. Le procedure coattive sono state avviate nel mese di ottobre tramite il nuovo concessionario e daranno esiti sull'esercizio 2025."},
      {"code": "3", "indicator": "Indicatore annuale di tempestività dei pagamenti", "target": "≤ 0 gg", "actual": "-6,8 gg", "ach": "100%", "stato": "Raggiunto"},
      {"code": "4", "indicator": "Numero di avvisi di accertamento TARI notificati a utenze non domestiche", "target": "400", "actual": "n.d.", "ach": "–", "stato": "Non valutabile",
       "comment": "Il dato non è disponibile per il mancato rilascio del modulo di bollettazione da parte del gestore del servizio rifiuti; l'indicatore è neutralizzato ai fini della valutazione."},
     ]},
   ]},
  {"code": "3", "title": "Lavori pubblici, ambiente e patrimonio", "label": "SETTORE 3 – LAVORI PUBBLICI, AMBIENTE E PATRIMONIO",
   "objectives": [
    {"code": "3.1", "title": "Attuazione degli interventi finanziati dal PNRR e dal Piano triennale delle opere pubbliche", "resp": "Responsabile: ing. Marco Fabbri", "peso": "Peso obiettivo: 40",
     "indicators": [
      {"code": "1", "indicator": "Percentuale di stati di avanzamento lavori degli interventi PNRR liquidati nei termini del cronoprogramma", "target": "≥ 90%", "actual": "92,5%", "ach": "100%", "stato": "Raggiunto"},
      {"code": "2", "indicator": "Realizzazione della nuova scuola dell'infanzia «Il Girotondo» – collaudo tecnico-amministrativo", "target": "entro il 30/09/2024", "actual": "Collaudo del 18/12/2024", "ach": "60%", "stato": "Parzialmente raggiunto",
       "comment": "Il collaudo è slittato per la variante in corso d'opera resasi necessaria per l'adeguamento dell'impianto antincendio richiesto dai Vigili del Fuoco; la struttura è comunque entrata in funzione a gennaio 2025 come previsto dal finanziamento."},
      {"code": "3", "indicator": "Numero di punti luce della pubblica illuminazione sostituiti con tecnologia LED", "target": "350", "actual": "362", "ach": "100%", "stato": "Raggiunto"},
      {"code": "4", "indicator": "Tempo medio di intervento per le segnalazioni di manutenzione stradale urgente", "target": "≤ 48 ore", "actual": "36 ore", "ach": "100%", "stato": "Raggiunto"},
     ]},
    {"code": "3.2", "title": "Miglioramento della raccolta differenziata e della qualità ambientale del territorio", "resp": "Responsabile: ing. Marco Fabbri", "peso": "Peso obiettivo: 25",
     "indicators": [
      {"code": "1", "indicator": "Percentuale di raccolta differenziata sul totale dei rifiuti urbani prodotti", "target": "≥ 78%", "actual": "76,9%", "ach": "99%", "stato": "Parzialmente raggiunto"},
      {"code": "2", "indicator": "Numero di controlli congiunti con la Polizia locale sugli abbandoni di rifiuti", "target": "≥ 40", "actual": "12", "ach": "30%", "stato": "Non raggiunto",
       "comment": "L'indicatore risente della mancata attivazione delle fototrappole, il cui affidamento è andato deserto due volte; il servizio è stato aggiudicato a novembre 2024."},
     ]},
   ]},
  {"code": "4", "title": "Servizi alla persona, scuola e cultura", "label": "SETTORE 4 – SERVIZI ALLA PERSONA, SCUOLA E CULTURA",
   "objectives": [
    {"code": "4.1", "title": "Ampliamento dell'offerta dei servizi educativi per la prima infanzia", "resp": "Responsabile: dott.ssa Sara Bertozzi", "peso": "Peso obiettivo: 30",
     "indicators": [
      {"code": "1", "indicator": "Percentuale di domande di iscrizione al nido d'infanzia accolte", "target": "≥ 85%", "actual": "91%", "ach": "100%", "stato": "Raggiunto"},
      {"code": "2", "indicator": "Tempo medio di pubblicazione della graduatoria dalla chiusura delle iscrizioni", "target": "≤ 30 gg", "actual": "24 gg", "ach": "100%", "stato": "Raggiunto"},
      {"code": "3", "indicator": "Grado di soddisfazione delle famiglie (questionario di gradimento, scala 1-4)", "target": "≥ 3,2", "actual": "3,5", "ach": "100%", "stato": "Raggiunto"},
     ]},
    {"code": "4.2", "title": "Promozione culturale e valorizzazione della biblioteca «A. Baldini»", "resp": "Responsabile: dott.ssa Sara Bertozzi", "peso": "Peso obiettivo: 20",
     "indicators": [
      {"code": "1", "indicator": "Numero di prestiti librari e multimediali della biblioteca comunale", "target": "≥ 32.000", "actual": "33.847", "ach": "100%", "stato": "Raggiunto"},
      {"code": "2", "indicator": "Numero di eventi culturali organizzati o patrocinati", "target": "≥ 60", "actual": "71", "ach": "100%", "stato": "Raggiunto",
       "comment": "Il dato comprende le 14 serate della rassegna estiva «Santarcangelo dei Teatri – Fuori Festival» realizzate in collaborazione con l'associazione organizzatrice."},
     ]},
   ]},
 ],
 "closing": ["4. Conclusioni", "Nel complesso, dei 21 indicatori di performance organizzativa assegnati per il 2024, 15 risultano raggiunti, 4 parzialmente raggiunti, 1 non raggiunto e 1 non valutabile. Il grado medio di raggiungimento degli obiettivi dell'Ente, ponderato per il peso degli obiettivi, è pari al 93,4%. Gli esiti della presente Relazione costituiscono presupposto per l'erogazione della retribuzione di risultato ai sensi del vigente Sistema di misurazione e valutazione della performance."],
}

# ---------------- 2. CREA — PIAO 2025-2027 (landscape HTML, per-year targets, merged objective cells) ----------
S2 = {
 "name": "crea-2025-piao",
 "renderer": "chromium-html (A4 landscape)",
 "document": {"issuer": "Consiglio per la ricerca in agricoltura e l'analisi dell'economia agraria", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
 "cover": ["CREA", "Consiglio per la ricerca in agricoltura e l'analisi dell'economia agraria", "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", "2025 – 2027",
           "(art. 6 del D.L. 9 giugno 2021, n. 80, convertito con modificazioni dalla L. 6 agosto 2021, n. 113)",
           "Adottato con delibera del Consiglio di Amministrazione n. 4 del 30 gennaio 2025"],
 "running": "CREA – PIAO 2025-2027",
 "intro": [
  ["SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE", None],
  ["2.2 Sottosezione Performance", "La sottosezione declina gli obiettivi generali dell'Ente, definiti in coerenza con il Piano triennale di attività e con le priorità del Ministero dell'agricoltura, della sovranità alimentare e delle foreste, in obiettivi specifici, ciascuno misurato da uno o più indicatori con valore di partenza (baseline 2023) e target per ciascun anno del triennio. I pesi sono espressi in percentuale sul totale dell'obiettivo generale. Le fonti indicate sono i sistemi informativi dell'Ente (Anagrafe della ricerca – IRIS, contabilità economico-patrimoniale – U-GOV, protocollo – Titulus)."],
 ],
 "header": ["Obiettivo specifico", "Cod.", "Indicatore", "Formula di calcolo", "Fonte dei dati", "Baseline 2023", "Target 2025", "Target 2026", "Target 2027", "Peso %"],
 "years": [2025, 2026, 2027],
 "generali": [
  {"code": "A", "title": "Ricerca scientifica e innovazione per la transizione agroecologica e la sicurezza alimentare", "label": "Obiettivo generale A – Ricerca scientifica e innovazione per la transizione agroecologica e la sicurezza alimentare",
   "specifici": [
    {"code": "A.1", "title": "Accrescere la qualità e l'impatto della produzione scientifica", "cell": "A.1 – Accrescere la qualità e l'impatto della produzione scientifica",
     "indicators": [
      {"code": "A.1.1", "indicator": "Numero di pubblicazioni su riviste indicizzate (Scopus/WoS) per ricercatore e tecnologo", "formula": "N. pubblicazioni indicizzate nell'anno / N. ricercatori e tecnologi in servizio al 31/12", "fonte": "IRIS – Anagrafe della ricerca", "baseline": "1,84", "targets": ["≥ 1,90", "≥ 1,95", "≥ 2,00"], "peso": "15"},
      {"code": "A.1.2", "indicator": "Percentuale di pubblicazioni in riviste del primo quartile (Q1)", "formula": "Pubblicazioni in riviste Q1 / totale pubblicazioni indicizzate × 100", "fonte": "IRIS – Scopus SciVal", "baseline": "52,3%", "targets": ["≥ 53%", "≥ 54%", "≥ 55%"], "peso": "10"},
      {"code": "A.1.3", "indicator": "Percentuale di pubblicazioni in accesso aperto (gold, green o hybrid) sul totale", "formula": "Pubblicazioni open access / totale pubblicazioni × 100", "fonte": "IRIS – Anagrafe della ricerca", "baseline": "61%", "targets": ["≥ 65%", "≥ 70%", "≥ 75%"], "peso": "10"},
     ]},
    {"code": "A.2", "title": "Rafforzare la capacità di attrarre finanziamenti competitivi nazionali ed europei", "cell": "A.2 – Rafforzare la capacità di attrarre finanziamenti competitivi nazionali ed europei",
     "indicators": [
      {"code": "A.2.1", "indicator": "Entrate da progetti di ricerca finanziati su bandi competitivi (accertamenti di competenza)", "formula": "Somma degli accertamenti dell'esercizio sui capitoli di entrata da progetti competitivi", "fonte": "U-GOV Contabilità", "baseline": "€ 38,6 mln", "targets": ["≥ € 40 mln", "≥ € 41 mln", "≥ € 42 mln"], "peso": "15"},
      {"code": "A.2.2", "indicator": "Numero di proposte progettuali presentate su bandi Horizon Europe in qualità di coordinatore", "formula": "Conteggio delle proposte presentate nell'anno con il CREA come coordinatore", "fonte": "Ufficio Grant Office – banca dati progetti", "baseline": "14", "targets": ["≥ 16", "≥ 18", "≥ 20"], "peso": "10"},
      {"code": "A.2.3", "indicator": "Tasso di successo delle proposte progettuali presentate su bandi competitivi", "formula": "Proposte finanziate / proposte valutate nell'anno × 100", "fonte": "Ufficio Grant Office – banca dati progetti", "baseline": "21,5%", "targets": ["≥ 22%", "≥ 23%", "≥ 24%"], "peso": "10"},
     ]},
    {"code": "A.3", "title": "Trasferire i risultati della ricerca al sistema agricolo e agroalimentare", "cell": "A.3 – Trasferire i risultati della ricerca al sistema agricolo e agroalimentare",
     "indicators": [
      {"code": "A.3.1", "indicator": "Numero di nuove varietà vegetali iscritte ai registri nazionali o comunitari", "formula": "Conteggio delle iscrizioni ottenute nell'anno", "fonte": "Registro nazionale delle varietà – MASAF", "baseline": "23", "targets": ["≥ 24", "≥ 25", "≥ 26"], "peso": "10"},
      {"code": "A.3.2", "indicator": "Numero di contratti di licenza e di accordi di trasferimento tecnologico stipulati", "formula": "Conteggio dei contratti sottoscritti nell'anno", "fonte": "Ufficio Trasferimento tecnologico", "baseline": "31", "targets": ["≥ 32", "≥ 34", "≥ 36"], "peso": "10"},
      {"code": "A.3.3", "indicator": "Numero di giornate dimostrative e iniziative di divulgazione rivolte agli operatori del settore", "formula": "Conteggio degli eventi registrati nel calendario istituzionale", "fonte": "Ufficio Comunicazione", "baseline": "148", "targets": ["≥ 150", "≥ 155", "≥ 160"], "peso": "10"},
     ]},
   ]},
  {"code": "B", "title": "Efficienza, digitalizzazione e sostenibilità dell'organizzazione", "label": "Obiettivo generale B – Efficienza, digitalizzazione e sostenibilità dell'organizzazione",
   "specifici": [
    {"code": "B.1", "title": "Semplificare e digitalizzare i processi amministrativi a supporto della ricerca", "cell": "B.1 – Semplificare e digitalizzare i processi amministrativi a supporto della ricerca",
     "indicators": [
      {"code": "B.1.1", "indicator": "Indicatore annuale di tempestività dei pagamenti", "formula": "Ritardo medio ponderato dei pagamenti rispetto alla scadenza delle fatture (art. 9 DPCM 22/09/2014)", "fonte": "PCC – Piattaforma crediti commerciali", "baseline": "-3,2 gg", "targets": ["≤ 0 gg", "≤ 0 gg", "≤ 0 gg"], "peso": "25"},
      {"code": "B.1.2", "indicator": "Tempo medio di rendicontazione dei progetti finanziati dalla chiusura del periodo di riferimento", "formula": "Media dei giorni tra la chiusura del periodo e l'invio del rendiconto all'ente finanziatore", "fonte": "U-GOV Progetti", "baseline": "74 gg", "targets": ["≤ 60 gg", "≤ 55 gg", "≤ 50 gg"], "peso": "20"},
      {"code": "B.1.3", "indicator": "Percentuale di procedure di acquisto di importo superiore a € 5.000 gestite interamente su piattaforma certificata", "formula": "Procedure su piattaforma di approvvigionamento digitale / totale procedure > € 5.000 × 100", "fonte": "Piattaforma e-procurement – ANAC BDNCP", "baseline": "88%", "targets": ["100%", "100%", "100%"], "peso": "20"},
     ]},
    {"code": "B.2", "title": "Ridurre l'impatto ambientale delle sedi e delle aziende sperimentali", "cell": "B.2 – Ridurre l'impatto ambientale delle sedi e delle aziende sperimentali",
     "indicators": [
      {"code": "B.2.1", "indicator": "Riduzione dei consumi di energia elettrica delle sedi rispetto al 2023", "formula": "(kWh 2023 – kWh anno) / kWh 2023 × 100", "fonte": "Fatture fornitori energia – Energy manager", "baseline": "–", "targets": ["≥ 3%", "≥ 5%", "≥ 8%"], "peso": "20"},
      {"code": "B.2.2", "indicator": "Potenza installata di impianti fotovoltaici sulle aziende sperimentali (kWp)", "formula": "Somma della potenza degli impianti collaudati al 31/12", "fonte": "Ufficio Patrimonio", "baseline": "410", "targets": ["480", "560", "650"], "peso": "15"},
     ]},
   ]},
 ],
 "risk": {"title": "2.3 Sottosezione Rischi corruttivi e trasparenza – Estratto della mappatura dei processi a rischio più elevato",
  "header": ["Processo", "Evento rischioso", "Livello di rischio", "Misura di prevenzione", "Responsabile", "Tempi di attuazione"],
  "rows": [
   ["Affidamento di servizi e forniture sotto soglia", "Frazionamento artificioso dell'affidamento per eludere le soglie", "Alto", "Programmazione biennale degli acquisti e verifica semestrale degli affidamenti diretti per CPV", "Dirigente Servizio Acquisti", "Semestrale"],
   ["Reclutamento di personale a tempo determinato su progetti", "Definizione di requisiti personalizzati nei bandi", "Medio", "Pubblicazione preventiva dei profili e commissioni con almeno un componente esterno", "Direttore generale", "Per ogni procedura"],
   ["Gestione dei contratti di licenza varietale", "Determinazione non trasparente delle royalties", "Medio", "Tariffario approvato dal CdA e registro pubblico delle licenze", "Ufficio Trasferimento tecnologico", "31/12/2025"],
   ["Vendita dei prodotti delle aziende sperimentali", "Cessione a prezzi inferiori a quelli di mercato", "Basso", "Listini prezzi aggiornati annualmente e rotazione degli acquirenti", "Direttori di Centro", "Annuale"],
  ]},
 "staff": {"title": "SEZIONE 3 – ORGANIZZAZIONE E CAPITALE UMANO – Personale a tempo indeterminato al 31/12/2024",
  "header": ["Profilo", "Livelli I-III", "Livelli IV-VIII", "Totale"],
  "rows": [["Ricercatori e tecnologi", "1.128", "–", "1.128"], ["Collaboratori tecnici enti di ricerca", "–", "642", "642"], ["Funzionari e collaboratori di amministrazione", "–", "318", "318"], ["Operatori tecnici e di amministrazione", "–", "201", "201"], ["Totale", "1.128", "1.161", "2.289"]]},
}

# ---------------- 3. ERSAF Lombardia — Relazione 2023 (Calc sheet, landscape) ----------
S3 = {
 "name": "ersaf-lombardia-2023-relazione",
 "renderer": "LibreOffice Calc (openpyxl -> soffice), A4 landscape, print titles",
 "document": {"issuer": "Ente Regionale per i Servizi all'Agricoltura e alle Foreste", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "title_rows": ["ERSAF – Ente Regionale per i Servizi all'Agricoltura e alle Foreste", "RELAZIONE SULLA PERFORMANCE 2023 – Allegato A: rendicontazione degli obiettivi operativi al 31/12/2023", "Legenda stato: R = raggiunto (≥ 95%); PR = parzialmente raggiunto (60-94%); NR = non raggiunto (< 60%)"],
 "issuer_line_note": "Cover (rows 1) prints 'ERSAF – Ente Regionale …': issuer is the full name.",
 "header": ["Cod. ob.", "Obiettivo operativo", "Indicatore", "Target 2023", "Valore al 31/12/2023", "% realizz.", "Stato", "Note"],
 "missioni": [
  {"code": "16", "title": "Agricoltura, politiche agroalimentari e pesca", "label": "MISSIONE 16 – Agricoltura, politiche agroalimentari e pesca",
   "objectives": [
    {"code": "16.1.1", "title": "Gestione dei centri vivaistici regionali e produzione di materiale forestale certificato",
     "indicators": [
      {"indicator": "Numero di piantine forestali autoctone prodotte e certificate", "target": "≥ 350.000", "actual": "382.140", "ach": "100%", "stato": "R", "note": None},
      {"indicator": "Percentuale di lotti di seme sottoposti ad analisi di germinabilità", "target": "100%", "actual": "100%", "ach": "100%", "stato": "R", "note": None},
      {"indicator": "Tempo medio di evasione delle richieste di piantine da parte degli enti locali", "target": "≤ 20 gg", "actual": "26 gg", "ach": "77%", "stato": "PR", "note": "Ritardi nella campagna autunnale per la siccità prolungata, che ha imposto lo spostamento delle consegne a dicembre."},
     ]},
    {"code": "16.1.2", "title": "Servizi di sviluppo agricolo, sperimentazione e assistenza tecnica alle imprese",
     "indicators": [
      {"indicator": "Numero di prove sperimentali in campo concluse e pubblicate nei bollettini tecnici", "target": "≥ 45", "actual": "48", "ach": "100%", "stato": "R", "note": None},
      {"indicator": "Numero di imprese agricole raggiunte dal servizio di consulenza irrigua", "target": "≥ 1.200", "actual": "1.318", "ach": "100%", "stato": "R", "note": "Comprende le aziende iscritte al servizio di messaggistica «Irriframe Lombardia»."},
      {"indicator": "Grado di soddisfazione dei partecipanti ai corsi di formazione (scala 1-5)", "target": "≥ 4", "actual": "4,3", "ach": "100%", "stato": "R", "note": None},
      {"indicator": "Realizzazione della banca dati regionale dei suoli agricoli – aggiornamento cartografico 1:50.000", "target": "entro il 31/12/2023", "actual": "Completato al 70%", "ach": "70%", "stato": "PR", "note": "Consegna dei fogli della pianura orientale rinviata al 2024 per la mancata fornitura dei rilievi da parte del soggetto incaricato; penale applicata."},
     ]},
   ]},
  {"code": "09", "title": "Sviluppo sostenibile e tutela del territorio e dell'ambiente", "label": "MISSIONE 09 – Sviluppo sostenibile e tutela del territorio e dell'ambiente",
   "objectives": [
    {"code": "09.5.1", "title": "Gestione delle Foreste di Lombardia e del demanio forestale regionale",
     "indicators": [
      {"indicator": "Superficie forestale del demanio regionale con piano di assestamento vigente", "target": "≥ 85%", "actual": "87,2%", "ach": "100%", "stato": "R", "note": None},
      {"indicator": "Ettari di superficie interessati da interventi selvicolturali", "target": "≥ 600", "actual": "512", "ach": "85%", "stato": "PR", "note": "Interventi sospesi da luglio a settembre nelle Foreste di Valle Brembana per il rischio di incendio boschivo dichiarato dalla Regione."},
      {"indicator": "Numero di visitatori dei centri visita e dei rifugi delle Foreste di Lombardia", "target": "≥ 95.000", "actual": "104.600", "ach": "100%", "stato": "R", "note": None},
      {"indicator": "Numero di chilometri di sentieri e viabilità agro-silvo-pastorale manutenuti", "target": "250 km", "actual": "261 km", "ach": "100%", "stato": "R", "note": None},
     ]},
    {"code": "09.5.2", "title": "Tutela della biodiversità e gestione dei siti Natura 2000 affidati all'Ente",
     "indicators": [
      {"indicator": "Percentuale di siti Natura 2000 gestiti con monitoraggio di habitat e specie aggiornato", "target": "≥ 90%", "actual": "93%", "ach": "100%", "stato": "R", "note": None},
      {"indicator": "Numero di interventi di contenimento delle specie esotiche invasive", "target": "≥ 30", "actual": "14", "ach": "47%", "stato": "NR", "note": "Il progetto LIFE di riferimento ha subito lo slittamento dell'avvio operativo al 2024 per la rimodulazione chiesta dalla Commissione europea; le risorse sono state reimputate all'esercizio successivo con variazione di bilancio n. 6/2023."},
      {"indicator": "Valutazioni di incidenza istruite entro i termini di legge", "target": "≥ 95%", "actual": "98%", "ach": "100%", "stato": "R", "note": None},
     ]},
    {"code": "09.8.1", "title": "Supporto alla Regione per le politiche sulla qualità dell'aria in agricoltura",
     "indicators": [
      {"indicator": "Numero di aziende zootecniche assistite per la copertura delle vasche di stoccaggio dei reflui", "target": "≥ 150", "actual": "171", "ach": "100%", "stato": "R", "note": None},
      {"indicator": "Report annuale sulle emissioni di ammoniaca da fonte agricola trasmesso alla DG Ambiente", "target": "entro il 30/06/2023", "actual": "Trasmesso il 28/06/2023", "ach": "100%", "stato": "R", "note": None},
     ]},
   ]},
  {"code": "01", "title": "Servizi istituzionali, generali e di gestione", "label": "MISSIONE 01 – Servizi istituzionali, generali e di gestione",
   "objectives": [
    {"code": "01.11.1", "title": "Efficienza amministrativa, trasparenza e prevenzione della corruzione",
     "indicators": [
      {"indicator": "Indicatore di tempestività dei pagamenti", "target": "≤ 0 gg", "actual": "-9 gg", "ach": "100%", "stato": "R", "note": None},
      {"indicator": "Percentuale di dipendenti che hanno completato la formazione obbligatoria in materia di anticorruzione", "target": "100%", "actual": "94%", "ach": "94%", "stato": "PR", "note": "Il personale mancante è costituito da operai forestali stagionali assunti dopo la sessione di ottobre; recupero programmato a febbraio 2024."},
      {"indicator": "Costo del personale amministrativo per addetto", "target": "≤ € 52.000", "actual": "€ 50.870", "ach": "100%", "stato": "R", "note": None},
     ]},
   ]},
 ],
 "summary": {"title": "Riepilogo degli esiti per Missione", "header": ["Missione", "N. indicatori", "R", "PR", "NR", "% medio realizzazione"],
   "rows": [["16 – Agricoltura, politiche agroalimentari e pesca", "7", "5", "2", "0", "92,4%"], ["09 – Sviluppo sostenibile e tutela del territorio", "9", "7", "1", "1", "92,4%"], ["01 – Servizi istituzionali, generali e di gestione", "3", "2", "1", "0", "98,0%"], ["Totale", "19", "14", "4", "1", "93,3%"]]},
 "signature": ["Milano, 20 giugno 2024", "Il Direttore generale – dott. Alessandro Fanetti"],
}

for S in (S1, S2, S3):
    json.dump(S, open(S["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
print("ok")
