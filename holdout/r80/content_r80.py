"""r80 content, written by hand -> NAME.content.json"""
import json

# ------------------------------------------------------------------ A: Word
A = {
 "document": {"issuer": "Comune di Legnano", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "renderer": "word",
 "cover": ["COMUNE DI LEGNANO", "Città Metropolitana di Milano", "RELAZIONE SULLA PERFORMANCE", "ANNO 2024",
           "(art. 10, comma 1, lett. b) del D.Lgs. 27 ottobre 2009, n. 150)",
           "Approvata con deliberazione della Giunta comunale n. 112 del 24 giugno 2025",
           "Validata dal Nucleo di Valutazione in data 3 luglio 2025"],
 "intro": [
  ("h1", "1. Presentazione"),
  ("p", "La Relazione sulla performance costituisce lo strumento mediante il quale l'Amministrazione illustra ai cittadini e a tutti gli stakeholder i risultati ottenuti nel corso dell'anno precedente, concludendo in tal modo il ciclo di gestione della performance. Il documento evidenzia, a consuntivo, i risultati organizzativi raggiunti rispetto ai singoli obiettivi programmati nella Sezione 2.2 \u201cPerformance\u201d del PIAO 2024-2026, approvato con deliberazione della Giunta comunale n. 31 del 13 febbraio 2024."),
  ("p", "La rilevazione dei dati è stata effettuata dal Servizio Controllo di gestione sulla base delle schede di rendicontazione trasmesse dai Dirigenti entro il 31 marzo 2025 e verificate dal Nucleo di Valutazione."),
  ("h1", "2. Il contesto organizzativo"),
  ("p", "Al 31 dicembre 2024 la struttura organizzativa del Comune si articola in quattro Settori, oltre al Segretario generale e al Corpo di Polizia locale. Il personale in servizio è riepilogato nella tabella seguente."),
  ("table", {"caption": "Tabella 1 \u2013 Personale in servizio per area di inquadramento",
             "header": ["Area di inquadramento", "Dotazione organica", "In servizio al 31/12/2023", "In servizio al 31/12/2024"],
             "rows": [["Dirigenti", "5", "4", "5"], ["Area dei Funzionari e dell'E.Q.", "112", "98", "103"],
                      ["Area degli Istruttori", "186", "171", "169"], ["Area degli Operatori esperti", "64", "58", "55"],
                      ["Area degli Operatori", "12", "9", "8"], ["Totale", "379", "340", "340"]]}),
  ("p", "Nel corso dell'anno sono state effettuate 27 assunzioni a tempo indeterminato a fronte di 27 cessazioni, di cui 15 per collocamento a riposo."),
  ("h1", "3. I risultati degli obiettivi operativi"),
  ("p", "Per ciascun Settore sono riportati gli obiettivi operativi assegnati con il PEG 2024, gli indicatori con il relativo target e il valore rilevato al 31 dicembre, nonché l'esito complessivo dell'obiettivo e una breve relazione del Dirigente responsabile."),
 ],
 "header": ["Indicatore", "Unità di misura", "Target 2024", "Valore al 31/12/2024", "Grado di raggiungimento"],
 "year": 2024,
 "areas": [
  {"code": "1", "title": "Affari generali, Servizi demografici e Innovazione", "label": "Settore 1 \u2013 Affari generali, Servizi demografici e Innovazione",
   "objectives": [
    {"code": "1.1", "title": "Completamento della transizione digitale dei servizi demografici",
     "rows": [["Percentuale di certificati anagrafici rilasciati online tramite ANPR", "%", "\u2265 60%", "68,4%", "100%"],
              ["Tempo medio di rilascio della carta d'identità elettronica", "giorni", "\u2264 15 gg", "11 gg", "100%"],
              ["Numero di servizi on line accessibili con SPID/CIE", "n.", "\u2265 25", "31", "100%"]],
     "esito": "Raggiunto",
     "comment": ["La migrazione dei servizi sulla piattaforma PagoPA e sull'App IO è stata completata nel mese di ottobre, con il finanziamento della Misura 1.4.1 del PNRR \u201cEsperienza del cittadino nei servizi pubblici\u201d."]},
    {"code": "1.2", "title": "Riorganizzazione del protocollo e della gestione documentale",
     "rows": [["Percentuale di documenti protocollati in ingresso fascicolati entro 5 giorni", "%", "\u2265 90%", "84,7%", "94,1%"],
              ["Approvazione del nuovo Manuale di gestione documentale", "data", "entro il 30/09/2024", "15/11/2024", "60%"]],
     "esito": "Parzialmente raggiunto",
     "comment": ["Il ritardo nell'approvazione del Manuale è dovuto all'adeguamento alle nuove Linee guida AgID sulla formazione, gestione e conservazione dei documenti informatici.",
                 "La fascicolazione ha risentito della vacanza di due posti di istruttore nel secondo semestre."]},
   ]},
  {"code": "2", "title": "Servizi finanziari e Tributi", "label": "Settore 2 \u2013 Servizi finanziari e Tributi",
   "objectives": [
    {"code": "2.1", "title": "Contrasto all'evasione tributaria IMU e TARI",
     "rows": [["Importo degli avvisi di accertamento IMU emessi", "euro", "\u2265 \u20ac 850.000,00", "\u20ac 1.012.436,50", "100%"],
              ["Percentuale di incasso sugli avvisi di accertamento emessi nell'anno precedente", "%", "\u2265 45%", "47,2%", "100%"],
              ["Numero di posizioni TARI verificate", "n.", "1.200", "1.347", "100%"]],
     "esito": "Raggiunto", "comment": []},
    {"code": "2.2", "title": "Tempestività dei pagamenti",
     "rows": [["Tempo medio di pagamento delle fatture commerciali", "giorni", "\u2264 30 gg", "24 gg", "100%"],
              ["Percentuale di fatture pagate entro la scadenza", "%", "\u2265 95%", "96,8%", "100%"]],
     "esito": "Raggiunto",
     "comment": ["Il risultato conferma il rispetto dei parametri previsti dall'art. 4-bis del D.L. 13/2023 ai fini dell'erogazione della retribuzione di risultato ai dirigenti."]},
   ]},
  {"code": "3", "title": "Lavori pubblici, Patrimonio e Ambiente", "label": "Settore 3 \u2013 Lavori pubblici, Patrimonio e Ambiente",
   "objectives": [
    {"code": "3.1", "title": "Attuazione degli interventi finanziati dal PNRR",
     "rows": [["Percentuale di avanzamento della spesa sugli interventi PNRR", "%", "\u2265 70%", "64,5%", "92,1%"],
              ["Numero di cantieri avviati nei termini del cronoprogramma", "n.", "6", "6", "100%"],
              ["Efficientamento energetico della scuola primaria \u201cCarducci\u201d (M2C4)", "fase", "Collaudo dei lavori", "Lavori in corso (SAL n. 3)", "n.d."]],
     "esito": "Parzialmente raggiunto",
     "comment": ["Lo slittamento dei lavori della scuola primaria \u201cCarducci\u201d è dovuto alla perizia di variante approvata nel mese di luglio; la conclusione è prevista entro il primo trimestre 2025, nel rispetto della scadenza europea della Misura."]},
    {"code": "3.2", "title": "Incremento della raccolta differenziata e controllo del territorio",
     "rows": [["Percentuale di raccolta differenziata", "%", "\u2265 80%", "81,3%", "100%"],
              ["Numero di controlli sui conferimenti delle utenze non domestiche", "n.", "\u2265 150", "98", "65,3%"]],
     "esito": "Parzialmente raggiunto",
     "comment": ["I controlli sono stati ridotti per l'assenza prolungata di uno dei due agenti accertatori ambientali."]},
   ]},
  {"code": "4", "title": "Servizi alla persona", "label": "Settore 4 \u2013 Servizi alla persona",
   "objectives": [
    {"code": "4.1", "title": "Potenziamento dei servizi per la prima infanzia",
     "rows": [["Numero di posti nido disponibili", "n.", "180", "184", "100%"],
              ["Percentuale di domande di iscrizione al nido soddisfatte", "%", "\u2265 85%", "88,9%", "100%"],
              ["Tempo medio di risposta alle domande di contributo rette", "giorni", "\u2264 20 gg", "17 gg", "100%"]],
     "esito": "Raggiunto",
     "comment": ["Con l'apertura della sezione primavera presso il nido \u201cGiardino\u201d sono stati resi disponibili 4 posti aggiuntivi rispetto alla programmazione."]},
    {"code": "4.2", "title": "Attivazione del Centro per le famiglie",
     "rows": [["Apertura dello sportello unico del Centro per le famiglie", "data", "entro il 30/06/2024", "Obiettivo sospeso", "n.d."]],
     "esito": "Sospeso",
     "comment": ["L'obiettivo è stato sospeso con deliberazione della Giunta comunale n. 158 del 10 settembre 2024, in attesa della riorganizzazione dei servizi dell'Ambito territoriale Alto Milanese."]},
   ]},
 ],
 "outro": [
  ("h1", "4. Sintesi dei risultati"),
  ("table", {"caption": "Tabella 2 \u2013 Esito degli obiettivi operativi",
             "header": ["Esito", "N. obiettivi", "%"],
             "rows": [["Raggiunto", "4", "50,0%"], ["Parzialmente raggiunto", "3", "37,5%"], ["Sospeso", "1", "12,5%"], ["Totale", "8", "100,0%"]]}),
  ("p", "Il grado medio di raggiungimento degli obiettivi operativi, calcolato escludendo l'obiettivo sospeso, è pari al 93,4%. Il Nucleo di Valutazione ha validato la presente Relazione ai sensi dell'art. 14, comma 4, lett. c) del D.Lgs. 150/2009."),
 ],
 "_notes": "python-docx -> LibreOffice. 'Settore N \u2013 Titolo' headings are areas (a Comune's Settore); 'Obiettivo operativo N.M \u2013 Titolo' headings (operational). One bordered table per objective, header 'Indicatore | Unità di misura | Target 2024 | Valore al 31/12/2024 | % di raggiungimento' -> year 2024, Unità di misura -> unit, % -> achievement ('n.d.' -> null). Under each table, outside it, an 'Esito: X' line (status of every indicator of the objective, status_text without 'Esito:') followed by the Dirigente's prose paragraphs (comment of every indicator of that objective, joined by spaces). Objective 2.1 has no prose -> comment null. Date targets/actuals ('entro il 30/09/2024', '15/11/2024') -> values null. 'Obiettivo sospeso' actual + 'Esito: Sospeso' -> suspended, status_text 'Sospeso' (the Esito line wins). Staff table and outcome-count table give no records."
}

# ------------------------------------------------------------------ B: Calc
B = {
 "document": {"issuer": "Azienda Sanitaria Locale di Pescara", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
 "renderer": "calc",
 "top": ["REGIONE ABRUZZO", "AZIENDA SANITARIA LOCALE DI PESCARA",
         "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2025-2027",
         "Sezione 2 \u2013 Valore pubblico, performance e anticorruzione \u2013 Sottosezione 2.2 Performance",
         "Allegato 1 \u2013 Albero della performance: obiettivi strategici, indicatori e target triennali"],
 "header": ["Area strategica", "Obiettivo strategico", "Cod.", "Indicatore", "Formula di calcolo", "Fonte dei dati", "Peso", "Baseline 2023", "Target 2025", "Target 2026", "Target 2027"],
 "years": [2025, 2026, 2027],
 "areas": [
  {"code": "A", "title": "Prevenzione e tutela della salute", "objectives": [
    {"code": "A.1", "title": "Incrementare l'adesione ai programmi di screening oncologico", "rows": [
      ["A.1.1", "Percentuale di adesione allo screening mammografico", "N. donne 50-69 anni screenate / popolazione target invitata x 100", "Flusso regionale screening", "10%", "48,2%", "\u2265 55%", "\u2265 60%", "\u2265 65%"],
      ["A.1.2", "Percentuale di adesione allo screening colorettale", "N. persone 50-69 anni con test FIT eseguito / popolazione invitata x 100", "Flusso regionale screening", "10%", "31,5%", "\u2265 40%", "\u2265 45%", "\u2265 50%"]]},
    {"code": "A.2", "title": "Rafforzare le coperture vaccinali della popolazione", "rows": [
      ["A.2.1", "Copertura vaccinale esavalente a 24 mesi", "N. bambini vaccinati (ciclo completo) / coorte di nascita x 100", "Anagrafe vaccinale regionale", "5%", "94,1%", "\u2265 95%", "\u2265 95%", "\u2265 95%"],
      ["A.2.2", "Copertura vaccinale antinfluenzale nella popolazione over 65", "N. vaccinati \u2265 65 anni / popolazione residente \u2265 65 anni x 100", "Anagrafe vaccinale regionale", "5%", "52,7%", "\u2265 60%", "\u2265 65%", "\u2265 75%"]]}]},
  {"code": "B", "title": "Accessibilità e appropriatezza dell'assistenza", "objectives": [
    {"code": "B.1", "title": "Ridurre i tempi di attesa per le prestazioni ambulatoriali e chirurgiche", "rows": [
      ["B.1.1", "Percentuale di prime visite in classe di priorità B erogate entro 10 giorni", "Prestazioni classe B erogate nei tempi / totale prestazioni classe B x 100", "CUP aziendale \u2013 flusso ex art. 50", "10%", "71,3%", "\u2265 80%", "\u2265 85%", "\u2265 90%"],
      ["B.1.2", "Percentuale di prestazioni in classe D erogate entro i tempi massimi", "Prestazioni classe D erogate entro 30 gg (visite) o 60 gg (diagnostica) / totale classe D x 100", "CUP aziendale \u2013 flusso ex art. 50", "10%", "68,0%", "\u2265 75%", "\u2265 80%", "\u2265 90%"],
      ["B.1.3", "Tempo medio di attesa per interventi chirurgici oncologici in classe A", "Somma dei giorni tra inserimento in lista e intervento / n. interventi", "SDO \u2013 registro liste operatorie", "5%", "34 gg", "\u2264 30 gg", "\u2264 30 gg", "\u2264 30 gg"]]},
    {"code": "B.2", "title": "Migliorare l'appropriatezza dei ricoveri ospedalieri", "rows": [
      ["B.2.1", "Tasso di ospedalizzazione standardizzato per 1.000 abitanti", "Ricoveri ordinari e DH dei residenti / popolazione residente x 1.000", "SDO \u2013 Programma Nazionale Esiti", "5%", "128,4", "\u2264 125", "\u2264 122", "\u2264 120"],
      ["B.2.2", "Percentuale di parti cesarei primari", "Parti cesarei primari / parti senza pregresso cesareo x 100", "CEDAP", "5%", "24,6%", "\u2264 22%", "\u2264 20%", "\u2264 20%"]]}]},
  {"code": "C", "title": "Sostenibilità economica, innovazione e trasparenza", "objectives": [
    {"code": "C.1", "title": "Garantire l'equilibrio economico-finanziario e la tempestività dei pagamenti", "rows": [
      ["C.1.1", "Indicatore annuale di tempestività dei pagamenti", "Media dei giorni di ritardo ponderata per l'importo delle fatture (DPCM 22/09/2014)", "Piattaforma Crediti Commerciali", "10%", "3,8 gg", "\u2264 0 gg", "\u2264 0 gg", "\u2264 0 gg"],
      ["C.1.2", "Spesa farmaceutica convenzionata pro capite", "Spesa netta convenzionata / popolazione pesata", "Flusso DCR \u2013 AIFA", "10%", "\u20ac 158,30", "\u2264 \u20ac 155,00", "\u2264 \u20ac 152,00", "\u2264 \u20ac 150,00"]]},
    {"code": "C.2", "title": "Accelerare la transizione digitale dei servizi sanitari", "rows": [
      ["C.2.1", "Percentuale di referti di laboratorio indicizzati nel Fascicolo Sanitario Elettronico", "Referti indicizzati nel FSE / referti prodotti x 100", "Piattaforma regionale FSE", "5%", "76,5%", "\u2265 90%", "\u2265 95%", "100%"],
      ["C.2.2", "Numero di percorsi di telemedicina attivati (televisita e telemonitoraggio)", "Conteggio dei percorsi attivi al 31/12", "Piattaforma regionale di telemedicina", "5%", "2", "\u2265 4", "\u2265 6", ""],
      ["C.2.3", "Percentuale di dipendenti che hanno completato la formazione Syllabus sulle competenze digitali", "Dipendenti con percorso completato / dipendenti in servizio x 100", "Piattaforma Syllabus \u2013 Dipartimento Funzione Pubblica", "5%", "35%", "\u2265 55%", "\u2265 75%", "100%"]]}]},
 ],
 "foot": ["Note: i target 2027 relativi alla telemedicina saranno definiti in esito al DM di riparto delle risorse PNRR (Missione 6).",
          "Fonte: elaborazione UOC Controllo di gestione su dati aziendali e regionali."],
 "budget": {"title": "Allegato 2 \u2013 Risorse economiche assegnate alle macrostrutture (Bilancio economico preventivo 2025, valori in euro)",
            "header": ["Macrostruttura", "Costo del personale", "Beni e servizi", "Altri costi", "Totale"],
            "rows": [["Dipartimento di Prevenzione", "18.420.300", "4.215.800", "612.000", "23.248.100"],
                     ["Presidio Ospedaliero \u201cSanto Spirito\u201d", "142.870.450", "61.334.200", "3.905.600", "208.110.250"],
                     ["Presidi Ospedalieri di Penne e Popoli", "28.316.900", "9.870.150", "884.300", "39.071.350"],
                     ["Distretti sanitari di base", "36.540.000", "215.760.300", "2.114.500", "254.414.800"],
                     ["Dipartimento di Salute Mentale", "14.905.700", "8.221.900", "410.000", "23.537.600"],
                     ["Area amministrativa e di staff", "21.330.800", "12.640.400", "5.308.900", "39.280.100"],
                     ["Totale", "262.384.150", "312.042.750", "13.235.300", "587.662.200"]]},
 "_notes": "openpyxl -> LibreOffice Calc, landscape. One sheet table with the hierarchy in columns: 'Area strategica' cell merged down over its rows ('A \u2013 Titolo' -> area_code A), 'Obiettivo strategico' merged down ('A.1 \u2013 Titolo' -> strategic, code A.1). 'Cod.' -> indicator_code, 'Formula di calcolo' -> formula, 'Fonte dei dati' -> data_source, 'Peso' -> weight, 'Baseline 2023' -> baseline (as printed). Three 'Target 2025/2026/2027' columns -> three records per indicator (ascending years); C.2.2's empty 2027 cell -> record with target null. A plan: actual/achievement/status null, met null. Below the table a 'Note:' line and a 'Fonte:' line (table notes, no comments). The budget sheet gives no records. Issuer: 'Azienda Sanitaria Locale di Pescara' (REGIONE ABRUZZO above it is not the issuer)."
}

# ------------------------------------------------------------------ C: reportlab export
C = {
 "document": {"issuer": "Camera di Commercio Irpinia Sannio", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "renderer": "report",
 "running": "Camera di Commercio Irpinia Sannio \u2013 Relazione sulla performance 2023",
 "cover": ["Camera di Commercio", "Irpinia Sannio", "RELAZIONE SULLA PERFORMANCE 2023",
           "ai sensi dell'art. 10, comma 1, lett. b) del D.Lgs. 150/2009",
           "Approvata dalla Giunta camerale con deliberazione n. 54 del 26 giugno 2024"],
 "intro": [
  ("h1", "1. Presentazione"),
  ("p", "La Camera di Commercio Irpinia Sannio, istituita nel 2021 dall'accorpamento delle Camere di Commercio di Avellino e di Benevento, presenta la Relazione sulla performance relativa all'anno 2023, che rendiconta i risultati conseguiti rispetto agli obiettivi definiti nella Sottosezione \u201cPerformance\u201d del PIAO 2023-2025."),
  ("p", "I dati di consuntivo sono stati estratti dal sistema informativo di gestione della performance e validati dall'Organismo Indipendente di Valutazione nella seduta del 20 giugno 2024."),
  ("h1", "2. Le risorse economiche"),
  ("table", {"header": ["Voce", "Preventivo 2023", "Consuntivo 2023", "Scostamento"],
             "rows": [["Diritto annuale", "\u20ac 6.215.000,00", "\u20ac 6.184.322,17", "-0,5%"],
                      ["Diritti di segreteria", "\u20ac 1.980.000,00", "\u20ac 2.041.905,60", "+3,1%"],
                      ["Contributi e trasferimenti", "\u20ac 640.000,00", "\u20ac 702.118,44", "+9,7%"],
                      ["Interventi economici", "\u20ac 1.850.000,00", "\u20ac 1.604.377,90", "-13,3%"],
                      ["Costi di funzionamento", "\u20ac 2.310.000,00", "\u20ac 2.226.840,05", "-3,6%"]]}),
  ("p", "Il minore utilizzo delle risorse destinate agli interventi economici è riconducibile principalmente alle rinunce registrate sul bando voucher digitali I4.0."),
  ("h1", "3. I risultati degli obiettivi"),
  ("p", "Per ciascuna area strategica sono riportati gli obiettivi strategici e operativi con i relativi indicatori, il target, il valore di consuntivo e la percentuale di raggiungimento calcolata dal sistema."),
 ],
 "header": ["Codice", "Indicatore", "Algoritmo di calcolo", "Peso", "Target 2023", "Consuntivo 2023", "% raggiung."],
 "year": 2023,
 "areas": [
  {"code": "1", "title": "COMPETITIVITÀ DELLE IMPRESE E DEL TERRITORIO", "strategic": [
   {"code": "1.1", "title": "Sostenere la digitalizzazione delle imprese", "operational": [
    {"code": "1.1.1", "title": "Attività del Punto Impresa Digitale (PID)", "rows": [
      ["1.1.1.a", "Numero di assessment della maturità digitale erogati alle imprese", "Conteggio assessment SELFI4.0 e ZOOM4.0 registrati", "40%", "\u2265 120", "146", "100,0%", None],
      ["1.1.1.b", "Numero di eventi formativi e seminari PID realizzati", "Conteggio eventi da registro PID", "30%", "\u2265 15", "18", "100,0%", None],
      ["1.1.1.c", "Grado di soddisfazione dei partecipanti agli eventi", "Media dei punteggi dei questionari di gradimento (scala 1-5)", "30%", "\u2265 4", "4,3", "100,0%", None]]},
    {"code": "1.1.2", "title": "Gestione del bando voucher digitali I4.0", "rows": [
      ["1.1.2.a", "Risorse liquidate alle imprese beneficiarie", "Somma degli importi liquidati nell'anno", "50%", "\u2265 \u20ac 400.000,00", "\u20ac 362.450,00", "90,6%", "Nota: lo scostamento è dovuto a sei rinunce di imprese beneficiarie pervenute dopo la chiusura della graduatoria."],
      ["1.1.2.b", "Tempo medio di liquidazione dei voucher dalla rendicontazione", "Media dei giorni tra rendicontazione e mandato di pagamento", "50%", "\u2264 60 gg", "48 gg", "100,0%", None]]}]},
   {"code": "1.2", "title": "Promuovere l'internazionalizzazione del sistema produttivo", "operational": [
    {"code": "1.2.1", "title": "Servizi di orientamento ai mercati esteri", "rows": [
      ["1.2.1.a", "Numero di imprese assistite dallo sportello SEI", "Conteggio imprese con almeno un servizio erogato", "60%", "\u2265 80", "74", "92,5%", "Nota: il dato risente della chiusura dello sportello di Benevento nei mesi di agosto e settembre per lavori."],
      ["1.2.1.b", "Numero di missioni e incoming di operatori esteri organizzati", "Conteggio iniziative realizzate con ICE-Agenzia e Promos Italia", "40%", "\u2265 3", "3", "100,0%", None]]}]}]},
  {"code": "2", "title": "SEMPLIFICAZIONE, TRASPARENZA E TUTELA DEL MERCATO", "strategic": [
   {"code": "2.1", "title": "Garantire l'efficienza del Registro delle imprese", "operational": [
    {"code": "2.1.1", "title": "Tempestività di evasione delle pratiche telematiche", "rows": [
      ["2.1.1.a", "Percentuale di pratiche del Registro imprese evase entro 5 giorni", "Pratiche evase entro 5 gg / pratiche pervenute x 100", "40%", "\u2265 85%", "91,2%", "100,0%", None],
      ["2.1.1.b", "Tempo medio di lavorazione delle pratiche telematiche", "Media dei giorni dal protocollo all'evasione (Priamo)", "30%", "\u2264 4 gg", "3,1 gg", "100,0%", None],
      ["2.1.1.c", "Percentuale di pratiche sospese sul totale delle pratiche pervenute", "Pratiche sospese / pratiche pervenute x 100", "30%", "\u2264 12%", "9,8%", "100,0%", None]]},
    {"code": "2.1.2", "title": "Cancellazioni d'ufficio e qualità dei dati", "rows": [
      ["2.1.2.a", "Numero di imprese cancellate d'ufficio (D.P.R. 247/2004 e art. 40 D.L. 76/2020)", "Conteggio provvedimenti del Conservatore", "100%", "\u2265 300", "412", "100,0%", None]]}]},
   {"code": "2.2", "title": "Tutelare il mercato e la fede pubblica", "operational": [
    {"code": "2.2.1", "title": "Vigilanza metrologica e sanzioni", "rows": [
      ["2.2.1.a", "Numero di verifiche su strumenti di misura in servizio", "Conteggio verifiche periodiche e ispezioni", "50%", "\u2265 250", "268", "100,0%", None],
      ["2.2.1.b", "Percentuale di ordinanze sanzionatorie emesse entro 90 giorni dall'accertamento", "Ordinanze emesse entro 90 gg / accertamenti x 100", "50%", "100%", "96%", "96,0%", None]]}]}]},
  {"code": "3", "title": "EFFICIENZA E SOSTENIBILITÀ DELL'ENTE", "strategic": [
   {"code": "3.1", "title": "Ottimizzare la gestione delle risorse", "operational": [
    {"code": "3.1.1", "title": "Tempestività dei pagamenti e riscossione del diritto annuale", "rows": [
      ["3.1.1.a", "Indicatore annuale di tempestività dei pagamenti", "Giorni di ritardo ponderati per importo (DPCM 22/09/2014)", "50%", "\u2264 0 gg", "-12,4 gg", "100,0%", None],
      ["3.1.1.b", "Tasso di riscossione spontanea del diritto annuale", "Diritto annuale riscosso entro la scadenza / diritto dovuto x 100", "50%", "\u2265 72%", "70,1%", "97,4%", None]]},
    {"code": "3.1.2", "title": "Servizi di prenotazione e assistenza on line", "rows": [
      ["3.1.2.a", "Attivazione del servizio di prenotazione on line degli appuntamenti allo sportello", "Rilascio in produzione della piattaforma", "100%", "entro il 30/06/2023", "Obiettivo sospeso", "n.d.", "Nota: l'attività è stata rinviata al 2024 in attesa della piattaforma nazionale sviluppata da InfoCamere."]]}]}]},
 ],
 "outro": [
  ("h1", "4. Conclusioni"),
  ("p", "Nel complesso, dei 16 indicatori monitorati 11 hanno raggiunto pienamente il target, 4 lo hanno raggiunto parzialmente e uno è stato sospeso. La percentuale media di raggiungimento degli obiettivi operativi è pari al 98,1%."),
 ],
 "_notes": "reportlab, styled as a performance-software export (running header/footer, 'Pag. X di Y'). Hierarchy as coloured band rows: 'AREA STRATEGICA N \u2013 TITOLO' (area, title as printed in capitals), 'OBIETTIVO STRATEGICO N.M \u2013 Titolo' (strategic), 'OBIETTIVO OPERATIVO N.M.K \u2013 Titolo' (operational, deepest -> objective_*). Columns 'Codice' -> indicator_code, 'Algoritmo di calcolo' -> formula, 'Peso' -> weight, 'Target 2023' -> target (year 2023), 'Consuntivo 2023' -> actual, '% raggiung.' -> achievement ('n.d.' -> null). A 'Nota: \u2026' line merged across the columns under some rows -> that row's comment (with its label, as printed). No status column or line: status null except 3.1.2.a whose actual 'Obiettivo sospeso' sets suspended/status_text 'Obiettivo sospeso'. '-12,4 gg' -> -12.4 days. The budget table (Voce | Preventivo | Consuntivo | Scostamento) gives no records."
}

for name, d in (("comune-legnano-2024-relazione", A), ("asl-pescara-2025-piao", B), ("cciaa-irpinia-sannio-2023-relazione", C)):
    json.dump(d, open(name + ".content.json", "w"), ensure_ascii=False, indent=1)
print("ok")
