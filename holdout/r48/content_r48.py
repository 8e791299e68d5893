"""Content of the three r48 samples (spreadsheet plans/reports with rotated text).
Writes NAME.content.json. Values parsed by vparse() in make_r48.py and checked by eye."""
import json

S = []

# ---------------------------------------------------------------- 1. ASL Bari piano 2025-2027
A1 = "1 – Prevenzione e tutela della salute"
A2 = "2 – Assistenza territoriale e cronicità"
A3 = "3 – Assistenza ospedaliera"
A4 = "4 – Sostenibilità, trasparenza e innovazione"
rows1 = [
 # area, strategic, code, indicatore, formula, fonte, peso, valore2024, t25, t26, t27, struttura
 [A1, "1.1 – Aumentare le coperture vaccinali e l'adesione agli screening", "1.1.1",
  "Copertura vaccinale esavalente a 24 mesi", "N. bambini vaccinati a 24 mesi / popolazione residente di 24 mesi x 100", "Anagrafe vaccinale regionale GIAVA", "6", "94,8%", "≥ 95%", "≥ 95%", "≥ 95%", "Dipartimento di Prevenzione"],
 [A1, "1.1 – Aumentare le coperture vaccinali e l'adesione agli screening", "1.1.2",
  "Copertura vaccinale antinfluenzale negli over 65", "N. vaccinati ≥ 65 anni / popolazione residente ≥ 65 anni x 100", "Anagrafe vaccinale regionale GIAVA", "4", "58,3%", "≥ 65%", "≥ 70%", "≥ 75%", "Dipartimento di Prevenzione"],
 [A1, "1.1 – Aumentare le coperture vaccinali e l'adesione agli screening", "1.1.3",
  "Adesione allo screening mammografico", "N. donne 50-69 anni screenate / popolazione target invitata x 100", "SIPSS – Sistema informativo screening", "5", "47,2%", "≥ 55%", "≥ 60%", "≥ 60%", "UO Screening oncologici"],
 [A1, "1.1 – Aumentare le coperture vaccinali e l'adesione agli screening", "1.1.4",
  "Adesione allo screening del carcinoma del colon-retto", "N. persone 50-69 anni che eseguono il test SOF / popolazione invitata x 100", "SIPSS – Sistema informativo screening", "4", "28,6%", "≥ 35%", "≥ 40%", "≥ 45%", "UO Screening oncologici"],
 [A1, "1.2 – Garantire la sicurezza alimentare e negli ambienti di lavoro", "1.2.1",
  "Percentuale di aziende controllate sul totale delle aziende attive (SPESAL)", "Aziende ispezionate / aziende attive con dipendenti x 100", "Flusso regionale SPESAL", "4", "5,1%", "≥ 5%", "≥ 5,5%", "≥ 6%", "SPESAL"],
 [A1, "1.2 – Garantire la sicurezza alimentare e negli ambienti di lavoro", "1.2.2",
  "Controlli ufficiali su operatori del settore alimentare eseguiti rispetto al programmato", "Controlli eseguiti / controlli programmati nel PRIC x 100", "Sistema VETINFO – SIAN", "3", "96%", "100%", "100%", "100%", "SIAN – Servizi Veterinari"],
 [A2, "2.1 – Potenziare la presa in carico domiciliare e della cronicità", "2.1.1",
  "Percentuale di over 65 presi in carico in ADI", "Assistiti ≥ 65 anni in ADI / popolazione ≥ 65 anni x 100", "Flusso SIAD", "8", "7,4%", "≥ 8%", "≥ 9%", "≥ 10%", "Distretti Socio Sanitari"],
 [A2, "2.1 – Potenziare la presa in carico domiciliare e della cronicità", "2.1.2",
  "Pazienti diabetici con PAI attivo", "N. pazienti diabetici con Piano Assistenziale Individuale / pazienti diabetici esenti x 100", "Piattaforma regionale Care Puglia", "5", "31,0%", "≥ 40%", "≥ 50%", "≥ 60%", "Distretti Socio Sanitari"],
 [A2, "2.1 – Potenziare la presa in carico domiciliare e della cronicità", "2.1.3",
  "Tempo medio di attivazione dell'ADI dalla segnalazione", "Somma giorni tra segnalazione e primo accesso / n. prese in carico", "Flusso SIAD", "4", "6,2 gg", "≤ 5 gg", "≤ 4 gg", "≤ 3 gg", "Distretti Socio Sanitari"],
 [A2, "2.2 – Attuare il DM 77/2022: Case e Ospedali di Comunità", "2.2.1",
  "Case della Comunità attivate", "N. Case della Comunità hub e spoke con orario H12 attivo", "Monitoraggio PNRR – Missione 6", "6", "7", "16", "27", "27", "Area Tecnica – Distretti"],
 [A2, "2.2 – Attuare il DM 77/2022: Case e Ospedali di Comunità", "2.2.2",
  "Centrali Operative Territoriali operative", "N. COT interconnesse e funzionanti", "Monitoraggio PNRR – Missione 6", "4", "5", "12", "12", "12", "Direzione Sanitaria"],
 [A2, "2.2 – Attuare il DM 77/2022: Case e Ospedali di Comunità", "2.2.3",
  "Tasso di ospedalizzazione per patologie sensibili al trattamento territoriale", "Ricoveri per BPCO, scompenso, diabete / popolazione residente x 1.000", "SDO – Flusso regionale", "4", "4,9‰", "≤ 4,5‰", "≤ 4,2‰", "≤ 4,0‰", "Distretti Socio Sanitari"],
 [A3, "3.1 – Migliorare appropriatezza ed esiti delle cure", "3.1.1",
  "Frattura del femore operata entro 48 ore negli over 65", "Interventi entro 2 giorni dall'accesso / fratture di femore ≥ 65 anni x 100", "PNE – AGENAS", "6", "71,5%", "≥ 80%", "≥ 85%", "≥ 85%", "Presidi Ospedalieri"],
 [A3, "3.1 – Migliorare appropriatezza ed esiti delle cure", "3.1.2",
  "Proporzione di parti con taglio cesareo primario", "Parti con TC primario / parti senza pregresso TC x 100", "CEDAP – SDO", "4", "24,8%", "≤ 20%", "≤ 20%", "≤ 18%", "Dipartimento Materno Infantile"],
 [A3, "3.1 – Migliorare appropriatezza ed esiti delle cure", "3.1.3",
  "Colecistectomie laparoscopiche con degenza post-operatoria inferiore a 3 giorni", "Interventi con degenza < 3 gg / totale colecistectomie laparoscopiche x 100", "PNE – AGENAS", "3", "78,0%", "≥ 85%", "≥ 90%", "≥ 90%", "UU.OO. Chirurgia generale"],
 [A3, "3.2 – Ridurre i tempi di attesa", "3.2.1",
  "Prestazioni ambulatoriali con priorità B erogate entro 10 giorni", "Prestazioni B erogate nei tempi / prestazioni B prenotate x 100", "Cruscotto CUP aziendale", "6", "82,4%", "≥ 90%", "≥ 90%", "≥ 90%", "UOSVD CUP e Liste d'attesa"],
 [A3, "3.2 – Ridurre i tempi di attesa", "3.2.2",
  "Tempo di permanenza in Pronto Soccorso superiore a 8 ore", "Accessi con permanenza > 8 ore / totale accessi PS x 100", "Flusso EMUR – PS", "4", "9,7%", "≤ 6%", "≤ 5%", "≤ 4%", "Dipartimento Emergenza Urgenza"],
 [A4, "4.1 – Garantire l'equilibrio economico e la tempestività dei pagamenti", "4.1.1",
  "Indicatore di tempestività dei pagamenti", "Ritardo medio ponderato dei pagamenti rispetto alla scadenza (giorni)", "PCC – Piattaforma Crediti Commerciali", "5", "-4,2", "≤ 0", "≤ 0", "≤ 0", "Area Gestione Risorse Finanziarie"],
 [A4, "4.1 – Garantire l'equilibrio economico e la tempestività dei pagamenti", "4.1.2",
  "Spesa farmaceutica convenzionata pro capite", "Spesa netta farmaceutica convenzionata / assistibili pesati", "Sistema Tessera Sanitaria", "4", "€ 168,40", "≤ € 160,00", "≤ € 155,00", "≤ € 150,00", "Area Farmaceutica Territoriale"],
 [A4, "4.2 – Prevenire la corruzione e digitalizzare i servizi", "4.2.1",
  "Realizzazione delle misure di prevenzione previste dalla sezione Rischi corruttivi del PIAO", "Misure attuate / misure programmate x 100", "Relazione annuale RPCT", "3", "88%", "100%", "100%", "100%", "RPCT"],
 [A4, "4.2 – Prevenire la corruzione e digitalizzare i servizi", "4.2.2",
  "Referti di laboratorio e radiologia indicizzati nel Fascicolo Sanitario Elettronico", "Documenti indicizzati nel FSE / documenti prodotti x 100", "Cruscotto FSE regionale", "4", "64%", "≥ 85%", "≥ 90%", "≥ 95%", "Area Sistemi Informativi"],
]
S.append({
 "name": "asl-bari-2025-piano",
 "document": {"issuer": "Azienda Sanitaria Locale Bari", "title": "Piano della performance", "year": 2025, "kind": "piano"},
 "orientation": "landscape", "print_titles": True, "fills": False,
 "running_header": "ASL Bari – Piano della performance 2025-2027",
 "front": [
  {"type": "cover", "lines": ["REGIONE PUGLIA", "Azienda Sanitaria Locale Bari", "PIANO DELLA PERFORMANCE 2025-2027", "Allegato 1 – Albero della performance: obiettivi strategici e indicatori", "Adottato con deliberazione del Direttore Generale n. 148 del 30 gennaio 2025"]},
  {"type": "heading", "text": "1. Premessa"},
  {"type": "paragraph", "text": "Il presente allegato riporta, per ciascuna area strategica, gli obiettivi strategici dell'Azienda per il triennio 2025-2027 e gli indicatori con cui ne viene misurato il conseguimento. Gli obiettivi discendono dagli obiettivi assegnati al Direttore Generale dalla Regione Puglia (DGR n. 1.870/2024), dal Piano Regionale della Prevenzione 2020-2025 e dagli interventi della Missione 6 del PNRR."},
  {"type": "paragraph", "text": "Per ogni indicatore sono indicati la formula di calcolo, la fonte dei dati, il peso attribuito ai fini della valutazione della performance organizzativa, il valore registrato nel 2024 e i valori attesi per ciascun anno del triennio. Gli obiettivi sono declinati nelle schede di budget delle strutture aziendali."},
  {"type": "heading", "text": "2. Risorse economiche per area strategica"},
  {"type": "table", "role": "budget",
   "columns": [{"header": "Area strategica", "width": 46}, {"header": "Costi previsti 2025 (€)", "width": 22}, {"header": "Incidenza %", "width": 14}],
   "rows": [["Prevenzione e tutela della salute", "98.450.000,00", "3,9%"],
            ["Assistenza territoriale e cronicità", "1.312.600.000,00", "52,4%"],
            ["Assistenza ospedaliera", "986.300.000,00", "39,4%"],
            ["Sostenibilità, trasparenza e innovazione", "107.900.000,00", "4,3%"],
            ["Totale", "2.505.250.000,00", "100,0%"]]},
 ],
 "table_title": "3. Obiettivi strategici e indicatori 2025-2027",
 "columns": [
  {"header": "Area strategica", "width": 6, "rot": True, "key": "area", "merge": True},
  {"header": "Obiettivo strategico", "width": 7.5, "rot": True, "key": "strategic", "merge": True},
  {"header": "Cod.", "width": 6, "key": "indicator_code"},
  {"header": "Indicatore", "width": 30, "key": "indicator"},
  {"header": "Formula di calcolo", "width": 30, "key": "formula"},
  {"header": "Fonte dati", "width": 15, "key": "data_source"},
  {"header": "Peso %", "width": 5, "rot": True, "key": "weight", "num": True},
  {"header": "Valore 2024", "width": 7.5, "rot": True, "key": "baseline", "num": True},
  {"header": "Target 2025", "width": 7.5, "rot": True, "key": "target:2025", "num": True},
  {"header": "Target 2026", "width": 7.5, "rot": True, "key": "target:2026", "num": True},
  {"header": "Target 2027", "width": 7.5, "rot": True, "key": "target:2027", "num": True},
  {"header": "Struttura responsabile", "width": 15, "key": "extra"},
 ],
 "rows": rows1,
 "after": [{"type": "paragraph", "text": "Fonte: elaborazione UOSVD Controllo di Gestione su dati dei flussi informativi regionali e aziendali. I valori 2024 sono provvisori (dati al 30 novembre 2024)."}],
})

# ---------------------------------------------------------------- 2. Comune di Brescia piano 2024
A = "A – Brescia città sostenibile"
B = "B – Brescia città che include"
C = "C – Brescia città efficiente e digitale"
rows2 = [
 # area, strategic, operational, indicatore, unita, peso, val2023, target2024, settore
 [A, "A.1 – Transizione ecologica e mobilità", "A.1.1 – Incrementare la raccolta differenziata e ridurre i rifiuti", "Percentuale di raccolta differenziata", "%", "8", "76,4%", "≥ 78%", "Settore Ambiente e Verde"],
 [A, "A.1 – Transizione ecologica e mobilità", "A.1.1 – Incrementare la raccolta differenziata e ridurre i rifiuti", "Produzione di rifiuti indifferenziati pro capite", "kg/ab", "4", "118", "≤ 112", "Settore Ambiente e Verde"],
 [A, "A.1 – Transizione ecologica e mobilità", "A.1.2 – Sviluppare la mobilità sostenibile", "Km di piste ciclabili realizzati nell'anno", "km", "5", "3,8", "≥ 5", "Settore Mobilità"],
 [A, "A.1 – Transizione ecologica e mobilità", "A.1.2 – Sviluppare la mobilità sostenibile", "Numero di stalli per bike sharing attivati", "numero", "3", "412", "≥ 450", "Settore Mobilità"],
 [A, "A.2 – Rigenerazione urbana e verde pubblico", "A.2.1 – Attuare gli interventi PNRR di rigenerazione urbana", "Stato di avanzamento lavori del progetto di rigenerazione del quartiere Carmine", "% SAL", "6", "35%", "≥ 70%", "Settore Lavori Pubblici"],
 [A, "A.2 – Rigenerazione urbana e verde pubblico", "A.2.1 – Attuare gli interventi PNRR di rigenerazione urbana", "Nuovi alberi messi a dimora", "numero", "4", "1.250", "≥ 1.500", "Settore Ambiente e Verde"],
 [B, "B.1 – Servizi alla persona e alla famiglia", "B.1.1 – Ampliare l'offerta dei servizi per la prima infanzia", "Posti nido autorizzati ogni 100 bambini 0-2 anni", "%", "6", "31,2%", "≥ 33%", "Settore Servizi per l'Infanzia"],
 [B, "B.1 – Servizi alla persona e alla famiglia", "B.1.1 – Ampliare l'offerta dei servizi per la prima infanzia", "Tempo medio di risposta alle domande di iscrizione ai nidi", "giorni", "3", "45 gg", "≤ 30 gg", "Settore Servizi per l'Infanzia"],
 [B, "B.1 – Servizi alla persona e alla famiglia", "B.1.2 – Sostenere le persone fragili e gli anziani", "Anziani over 75 seguiti dal servizio di assistenza domiciliare (SAD)", "numero", "5", "684", "≥ 720", "Settore Servizi Sociali"],
 [B, "B.1 – Servizi alla persona e alla famiglia", "B.1.2 – Sostenere le persone fragili e gli anziani", "Percentuale di progetti personalizzati attivati entro 30 giorni dalla valutazione multidimensionale", "%", "4", "82%", "≥ 90%", "Settore Servizi Sociali"],
 [B, "B.2 – Cultura, sport e partecipazione", "B.2.1 – Valorizzare il patrimonio culturale cittadino", "Visitatori dei musei civici (Fondazione Brescia Musei)", "numero", "4", "298.400", "≥ 310.000", "Settore Cultura"],
 [B, "B.2 – Cultura, sport e partecipazione", "B.2.1 – Valorizzare il patrimonio culturale cittadino", "Prestiti del Sistema bibliotecario urbano", "numero", "3", "402.118", "≥ 410.000", "Settore Biblioteche"],
 [C, "C.1 – Amministrazione digitale e semplificazione", "C.1.1 – Digitalizzare i servizi al cittadino", "Servizi comunali erogati on line con SPID/CIE", "numero", "6", "74", "≥ 90", "Settore Innovazione e Transizione Digitale"],
 [C, "C.1 – Amministrazione digitale e semplificazione", "C.1.1 – Digitalizzare i servizi al cittadino", "Tempo medio di rilascio dei permessi di costruire", "giorni", "5", "68 gg", "≤ 60 gg", "Settore Sportello Unico Edilizia"],
 [C, "C.2 – Equilibrio di bilancio e riscossione", "C.2.1 – Migliorare la capacità di riscossione delle entrate proprie", "Percentuale di riscossione in conto competenza dei tributi propri", "%", "7", "84,7%", "≥ 86%", "Settore Tributi"],
 [C, "C.2 – Equilibrio di bilancio e riscossione", "C.2.1 – Migliorare la capacità di riscossione delle entrate proprie", "Indicatore annuale di tempestività dei pagamenti", "giorni", "5", "-6,3", "≤ 0", "Settore Bilancio e Ragioneria"],
 [C, "C.2 – Equilibrio di bilancio e riscossione", "C.2.2 – Valorizzare il patrimonio immobiliare", "Canoni di locazione attivi riscossi", "€", "3", "€ 1.742.500,00", "≥ € 1.800.000,00", "Settore Patrimonio"],
]
S.append({
 "name": "comune-brescia-2024-piano",
 "pad": 36,
 "document": {"issuer": "Comune di Brescia", "title": "Piano della performance", "year": 2024, "kind": "piano"},
 "orientation": "portrait", "print_titles": False, "fills": True,
 "running_header": "Comune di Brescia – Piano della performance 2024",
 "front": [
  {"type": "cover", "lines": ["Comune di Brescia", "Piano della performance 2024", "Obiettivi strategici, obiettivi operativi e indicatori", "Sezione 2.2 del PIAO 2024-2026 – Approvato con deliberazione della Giunta comunale n. 57 del 7 febbraio 2024"]},
  {"type": "heading", "text": "Presentazione"},
  {"type": "paragraph", "text": "Il Piano della performance traduce le linee programmatiche di mandato e la Sezione strategica del Documento Unico di Programmazione 2024-2026 in obiettivi operativi assegnati ai Settori. Per ciascun obiettivo operativo sono riportati gli indicatori, il peso ai fini della valutazione, il valore rilevato nel 2023 e il valore atteso per il 2024."},
  {"type": "paragraph", "text": "Le aree strategiche sono distinte per colore, secondo la grafica adottata dal Documento Unico di Programmazione."},
  {"type": "heading", "text": "Personale in servizio al 31 dicembre 2023"},
  {"type": "table", "role": "staff",
   "columns": [{"header": "Area di inquadramento (CCNL 2019-2021)", "width": 40}, {"header": "Tempo pieno", "width": 14}, {"header": "Part-time", "width": 14}, {"header": "Totale", "width": 14}],
   "rows": [["Dirigenti", "38", "0", "38"], ["Funzionari ed Elevata Qualificazione", "412", "27", "439"], ["Istruttori", "664", "83", "747"], ["Operatori esperti", "231", "19", "250"], ["Operatori", "44", "6", "50"], ["Totale", "1.389", "135", "1.524"]]},
 ],
 "table_title": "Obiettivi e indicatori 2024",
 "table_intro": ["La tabella che segue riporta l'albero della performance del Comune per il 2024. Ogni area strategica della Sezione strategica del DUP è articolata in obiettivi strategici e questi in obiettivi operativi, assegnati ai Settori con il Piano esecutivo di gestione. Il peso esprime la rilevanza dell'indicatore ai fini della valutazione della performance organizzativa del Settore; la somma dei pesi degli indicatori assegnati a ciascun Settore è riproporzionata a 100 nelle schede individuali.",
   "Il valore 2023 corrisponde al dato consuntivo validato dal Nucleo di Valutazione in sede di Relazione sulla performance 2023; dove il dato non era ancora disponibile alla data di approvazione del Piano, è riportata la stima del Settore competente. I target 2024 sono stati concordati con i Dirigenti nel corso degli incontri di negoziazione del mese di gennaio e potranno essere rimodulati in sede di monitoraggio intermedio al 30 giugno, previa motivata richiesta del Dirigente e parere del Nucleo.",
   "Le aree strategiche sono contraddistinte dai colori adottati nel Documento Unico di Programmazione: verde per la città sostenibile, arancione per la città che include, blu per la città efficiente e digitale."],
 "columns": [
  {"header": "Area strategica", "width": 5.5, "rot": True, "key": "area", "merge": True},
  {"header": "Obiettivo strategico", "width": 7, "rot": True, "key": "strategic", "merge": True},
  {"header": "Obiettivo operativo", "width": 20, "key": "operational", "merge": True},
  {"header": "Indicatore", "width": 30, "key": "indicator"},
  {"header": "Unità di misura", "width": 9, "key": "unit"},
  {"header": "Peso %", "width": 4.5, "rot": True, "key": "weight", "num": True},
  {"header": "Valore 2023", "width": 9, "rot": True, "key": "baseline", "num": True},
  {"header": "Target 2024", "width": 10, "rot": True, "key": "target:2024", "num": True},
  {"header": "Settore responsabile", "width": 15, "key": "extra"},
 ],
 "rows": rows2,
 "after": [],
})

# ---------------------------------------------------------------- 3. Università di Bari relazione 2023
D = "AREA STRATEGICA D – DIDATTICA"
R = "AREA STRATEGICA R – RICERCA"
T = "AREA STRATEGICA T – TERZA MISSIONE E IMPATTO SOCIALE"
rows3 = [
 # area, strategic, code, indicatore, peso, baseline, target, risultato, grado, esito, comment
 [D, "D.1 – Migliorare la regolarità delle carriere degli studenti", "D.1.1", "Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "8", "52,1%", "≥ 54%", "55,3%", "100", "Raggiunto", None],
 [D, "D.1 – Migliorare la regolarità delle carriere degli studenti", "D.1.2", "Percentuale di laureati entro la durata normale del corso", "7", "48,7%", "≥ 51%", "49,6%", "97,3", "Parzialmente raggiunto", "Motivazione dello scostamento: il dato risente dei ritardi accumulati dalle coorti immatricolate durante l'emergenza pandemica, in particolare nei corsi dell'area medica."],
 [D, "D.1 – Migliorare la regolarità delle carriere degli studenti", "D.1.3", "Tasso di abbandono dopo il primo anno", "6", "17,9%", "≤ 16%", "15,8%", "100", "Raggiunto", None],
 [D, "D.2 – Rafforzare l'attrattività e l'internazionalizzazione dell'offerta formativa", "D.2.1", "Numero di corsi di studio erogati in lingua inglese", "5", "9", "≥ 11", "12", "100", "Raggiunto", None],
 [D, "D.2 – Rafforzare l'attrattività e l'internazionalizzazione dell'offerta formativa", "D.2.2", "CFU conseguiti all'estero dagli studenti regolari", "5", "11,2‰", "≥ 13‰", "10,4‰", "80", "Non raggiunto", "Motivazione dello scostamento: la riduzione delle borse Erasmus+ assegnate all'Ateneo nel bando 2023 ha limitato le mobilità del secondo semestre."],
 [D, "D.2 – Rafforzare l'attrattività e l'internazionalizzazione dell'offerta formativa", "D.2.3", "Grado di soddisfazione dei laureandi sul corso di studio", "4", "87,0%", "≥ 88%", "89,1%", "100", "Raggiunto", None],
 [R, "R.1 – Accrescere la qualità e la competitività della ricerca", "R.1.1", "Proventi da ricerche commissionate e trasferimento tecnologico", "6", "€ 4.812.300,00", "≥ € 5.000.000,00", "€ 5.264.120,00", "100", "Raggiunto", None],
 [R, "R.1 – Accrescere la qualità e la competitività della ricerca", "R.1.2", "Numero di progetti presentati su bandi competitivi europei (Horizon Europe)", "6", "64", "≥ 70", "81", "100", "Raggiunto", None],
 [R, "R.1 – Accrescere la qualità e la competitività della ricerca", "R.1.3", "Percentuale di docenti attivi nella ricerca secondo i criteri VQR", "5", "91,5%", "≥ 93%", "n.d.", None, "Obiettivo sospeso", "Nota: l'indicatore non è misurabile per il 2023 in attesa della pubblicazione degli esiti definitivi della VQR 2020-2024 da parte dell'ANVUR."],
 [R, "R.2 – Sostenere i giovani ricercatori e i dottorati", "R.2.1", "Borse di dottorato finanziate da enti esterni e imprese", "5", "38", "≥ 45", "52", "100", "Raggiunto", None],
 [R, "R.2 – Sostenere i giovani ricercatori e i dottorati", "R.2.2", "Tempo medio di emissione dei decreti di nomina dei vincitori di assegni di ricerca", "4", "34 gg", "≤ 25 gg", "28 gg", "89", "Parzialmente raggiunto", "Motivazione dello scostamento: il passaggio alla nuova piattaforma di gestione delle selezioni, avvenuto a maggio, ha rallentato l'emissione dei decreti nel secondo trimestre."],
 [T, "T.1 – Valorizzare i risultati della ricerca e il dialogo con il territorio", "T.1.1", "Brevetti depositati nell'anno", "4", "14", "≥ 15", "15", "100", "Raggiunto", None],
 [T, "T.1 – Valorizzare i risultati della ricerca e il dialogo con il territorio", "T.1.2", "Spin-off accreditati attivi", "3", "27", "≥ 30", "24", "80", "Non raggiunto", "Motivazione dello scostamento: nel 2023 sono stati posti in liquidazione cinque spin-off costituiti prima del 2015, a fronte di due nuovi accreditamenti."],
 [T, "T.1 – Valorizzare i risultati della ricerca e il dialogo con il territorio", "T.1.3", "Iniziative di public engagement registrate nel catalogo IRIS", "4", "412", "≥ 450", "503", "100", "Raggiunto", None],
 [T, "T.2 – Promuovere la formazione continua e l'inclusione", "T.2.1", "Numero di iscritti ai corsi di formazione continua e ai master", "4", "1.846", "≥ 2.000", "2.117", "100", "Raggiunto", None],
 [T, "T.2 – Promuovere la formazione continua e l'inclusione", "T.2.2", "Percentuale di studenti con disabilità o DSA che usufruiscono di servizi di tutorato specializzato", "4", "62%", "≥ 70%", "74%", "100", "Raggiunto", None],
]
S.append({
 "name": "universita-bari-2023-relazione",
 "pad": 30,
 "row_keys": ["area", "strategic", "indicator_code", "indicator", "weight", "baseline", "target:2023", "actual", "achievement", "status", "comment"],
 "document": {"issuer": "Università degli Studi di Bari Aldo Moro", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "orientation": "portrait", "print_titles": True, "fills": False,
 "running_header": "Università degli Studi di Bari Aldo Moro – Relazione sulla performance 2023",
 "big": [0, 1],
 "front": [
  {"type": "cover", "lines": ["Università degli Studi di Bari Aldo Moro", "RELAZIONE SULLA PERFORMANCE 2023", "ai sensi dell'art. 10, comma 1, lett. b) del D.Lgs. 150/2009", "Allegato A – Risultati degli indicatori della performance organizzativa", "Approvata dal Consiglio di Amministrazione nella seduta del 27 giugno 2024"]},
  {"type": "heading", "text": "1. Sintesi dei risultati"},
  {"type": "paragraph", "text": "Nel 2023 l'Ateneo ha monitorato 16 indicatori associati agli obiettivi strategici del Piano Integrato 2023-2025, articolati nelle tre aree della didattica, della ricerca e della terza missione. I dati sono stati validati dal Presidio della Qualità e trasmessi al Nucleo di Valutazione per la validazione della presente Relazione."},
  {"type": "table", "role": "summary",
   "columns": [{"header": "Esito", "width": 36}, {"header": "N. indicatori", "width": 16}, {"header": "%", "width": 12}],
   "rows": [["Raggiunto", "11", "68,75%"], ["Parzialmente raggiunto", "2", "12,5%"], ["Non raggiunto", "2", "12,5%"], ["Obiettivo sospeso", "1", "6,25%"], ["Totale", "16", "100,0%"]]},
  {"type": "paragraph", "text": "Il grado di raggiungimento è calcolato come rapporto tra risultato e target, con un massimo del 100%; per gli indicatori in cui un valore minore è migliore il rapporto è calcolato in modo inverso."},
  {"type": "heading", "text": "2. Personale tecnico-amministrativo al 31/12/2023"},
  {"type": "table", "role": "staff",
   "columns": [{"header": "Categoria", "width": 36}, {"header": "Unità", "width": 16}, {"header": "di cui a tempo determinato", "width": 12}],
   "rows": [["EP – Elevate professionalità", "58", "0"], ["D – Area tecnica e amministrativa", "372", "14"], ["C – Area tecnica e amministrativa", "841", "36"], ["B – Area dei servizi generali", "193", "5"], ["Collaboratori ed esperti linguistici", "42", "3"], ["Totale", "1.506", "58"]]},
 ],
 "table_title": "3. Risultati degli indicatori per area strategica",
 "table_intro": ["La tabella riporta, per ciascun obiettivo strategico del Piano Integrato 2023-2025, gli indicatori della performance organizzativa con il peso, il valore di partenza (baseline 2022), il target 2023, il risultato conseguito e il grado di raggiungimento. L'esito è espresso come Raggiunto (grado pari al 100%), Parzialmente raggiunto (grado tra l'85% e il 99%) o Non raggiunto (grado inferiore all'85%).",
   "Per gli indicatori con esito diverso da Raggiunto la struttura responsabile ha fornito la motivazione dello scostamento, riportata sotto la riga dell'indicatore. L'indicatore R.1.3 è stato sospeso con delibera del Consiglio di Amministrazione del 30 gennaio 2024 e non concorre alla valutazione complessiva."],
 "columns": [
  {"header": "Obiettivo strategico", "width": 7, "rot": True, "key": "strategic", "merge": True},
  {"header": "Cod.", "width": 6, "key": "indicator_code"},
  {"header": "Indicatore", "width": 34, "key": "indicator"},
  {"header": "Peso %", "width": 4.5, "rot": True, "key": "weight", "num": True},
  {"header": "Baseline 2022", "width": 10, "rot": True, "key": "baseline", "num": True},
  {"header": "Target 2023", "width": 10, "rot": True, "key": "target:2023", "num": True},
  {"header": "Risultato 2023", "width": 10, "rot": True, "key": "actual", "num": True},
  {"header": "Grado di raggiungimento %", "width": 5.5, "rot": True, "key": "achievement", "num": True},
  {"header": "Esito", "width": 13, "key": "status"},
 ],
 "rows": rows3,
 "after": [{"type": "paragraph", "text": "Fonte: Cruscotto direzionale di Ateneo, ANS – Anagrafe Nazionale Studenti, IRIS, Ufficio Contabilità. Dati estratti al 31 marzo 2024."}],
})

if __name__ == "__main__":
    for s in S:
        json.dump(s, open(f"{s['name']}.content.json", "w"), ensure_ascii=False, indent=1)
        print(s["name"], len(s["rows"]))
