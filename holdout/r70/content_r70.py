"""Hand-written contents of round r70 (writes NAME.content.json)."""
import json

# ---------------------------------------------------------------- 1. Regione (Calc piano indicatori di bilancio)
RER = {
 "name": "regione-emilia-romagna-2025-piano-indicatori",
 "software": "xlsx",
 "document": {"issuer": "Regione Emilia-Romagna", "title": "Piano degli indicatori e dei risultati attesi di bilancio", "year": 2025, "kind": "piano"},
 "cover": ["REGIONE EMILIA-ROMAGNA", "Direzione generale Risorse, Europa, Innovazione e Istituzioni – Settore Bilancio e Finanze",
           "Allegato n. 14 al Bilancio di previsione finanziario 2025-2027",
           "PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO",
           "(art. 18-bis D.Lgs. 23 giugno 2011, n. 118 – D.M. 9 dicembre 2015)",
           "Approvato con Legge regionale 27 dicembre 2024, n. 16"],
 "budget": [["Missione", "Denominazione", "Stanziamenti 2025", "Stanziamenti 2026", "Stanziamenti 2027"],
            ["01", "Servizi istituzionali, generali e di gestione", "412.836.104,22", "398.114.560,00", "391.002.118,40"],
            ["04", "Istruzione e diritto allo studio", "186.540.000,00", "171.225.300,00", "168.900.000,00"],
            ["09", "Sviluppo sostenibile e tutela del territorio e dell'ambiente", "524.118.772,61", "462.004.930,15", "301.877.450,00"],
            ["10", "Trasporti e diritto alla mobilità", "618.330.250,00", "604.712.880,00", "597.100.000,00"],
            ["13", "Tutela della salute", "10.214.662.980,34", "10.198.400.112,00", "10.201.550.000,00"],
            ["15", "Politiche per il lavoro e la formazione professionale", "241.905.116,80", "228.663.000,00", "204.118.750,00"],
            ["", "Totale missioni selezionate", "12.198.423.223,97", "12.063.120.782,15", "11.864.548.318,40"]],
 "headers": ["(n)", "TIPOLOGIA INDICATORE", "DEFINIZIONE", "FONTE DEI DATI", "UNITÀ DI MISURA"],
 "group_header": "VALORE TARGET",
 "years": [2025, 2026, 2027],
 # missione code, missione title, [ (programma code, programma title, [ (n, tipologia, definizione, fonte, unita, [v25, v26, v27]) ]) ]
 "missioni": [
  ["01", "Servizi istituzionali, generali e di gestione", [
    ["01.03", "Gestione economica, finanziaria, programmazione e provveditorato", [
      ["1", "Risultato (outcome)", "Indicatore annuale di tempestività dei pagamenti delle transazioni commerciali", "Piattaforma Crediti Commerciali (PCC)", "giorni", ["≤ 0", "≤ 0", "≤ 0"]],
      ["2", "Realizzazione finanziaria", "Percentuale di riscossione in conto competenza delle entrate tributarie (Titolo 1)", "Rendiconto – SIB regionale", "%", ["≥ 92,0", "≥ 92,5", "≥ 93,0"]]]],
    ["01.10", "Risorse umane", [
      ["3", "Realizzazione fisica", "Numero di dipendenti che hanno completato almeno un percorso formativo sulle competenze digitali (Syllabus)", "Piattaforma SELF / Syllabus", "numero", ["1.800", "2.200", "2.500"]],
      ["4", "Risultato (outcome)", "Percentuale di posizioni dirigenziali coperte rispetto a quelle previste nell'assetto organizzativo", "Sistema informativo del personale", "%", ["90", "92", "95"]]]]]],
  ["04", "Istruzione e diritto allo studio", [
    ["04.04", "Istruzione universitaria", [
      ["5", "Risultato (outcome)", "Percentuale di studenti idonei che risultano beneficiari della borsa di studio ER.GO", "ER.GO – Azienda regionale per il diritto agli studi superiori", "%", ["100", "100", "100"]],
      ["6", "Realizzazione fisica", "Posti alloggio per studenti universitari disponibili nelle residenze pubbliche e convenzionate", "ER.GO", "numero", ["4.650", "4.900", "5.200"]]]]]],
  ["09", "Sviluppo sostenibile e tutela del territorio e dell'ambiente", [
    ["09.01", "Difesa del suolo", [
      ["7", "Realizzazione finanziaria", "Risorse impegnate per interventi di mitigazione del rischio idrogeologico e di ripristino post-alluvione", "Contabilità regionale / Commissario straordinario", "euro", ["48.500.000,00", "52.000.000,00", "40.000.000,00"]],
      ["8", "Realizzazione fisica", "Numero di interventi di ripristino di argini, frane e viabilità conclusi nell'anno", "Agenzia per la sicurezza territoriale e la protezione civile", "numero", ["320", "450", "510"]]]],
    ["09.08", "Qualità dell'aria e riduzione dell'inquinamento", [
      ["9", "Impatto", "Numero medio di giorni di superamento del valore limite giornaliero di PM10 nelle stazioni di fondo urbano", "ARPAE – rete regionale di monitoraggio", "giorni", ["≤ 35", "≤ 35", "≤ 30"]]]]]],
  ["10", "Trasporti e diritto alla mobilità", [
    ["10.02", "Trasporto pubblico locale", [
      ["10", "Realizzazione fisica", "Percentuale di autobus del TPL a basse o zero emissioni (elettrici, ibridi, metano) sul totale del parco circolante", "Osservatorio regionale TPL", "%", ["48,5", "53,0", "58,0"]],
      ["11", "Risultato (outcome)", "Passeggeri trasportati sui servizi ferroviari regionali", "Trenitalia Tper – contratto di servizio", "milioni", ["44,2", "45,5", "47,0"]]]]]],
  ["13", "Tutela della salute", [
    ["13.01", "Servizio sanitario regionale - finanziamento ordinario corrente per la garanzia dei LEA", [
      ["12", "Risultato (outcome)", "Percentuale di prestazioni specialistiche ambulatoriali di primo accesso erogate entro i tempi standard (classe B e D)", "Flusso ASA – Monitoraggio MAPS", "%", ["≥ 90", "≥ 92", "≥ 95"]],
      ["13", "Risultato (outcome)", "Punteggio Nuovo Sistema di Garanzia – area distrettuale", "Ministero della Salute – NSG", "punti", ["≥ 80", "≥ 82", "≥ 85"]],
      ["14", "Realizzazione finanziaria", "Tempo medio di pagamento dei fornitori delle Aziende sanitarie", "Piattaforma Crediti Commerciali (PCC)", "giorni", ["≤ 40", "≤ 40", "≤ 35"]]]]]],
  ["15", "Politiche per il lavoro e la formazione professionale", [
    ["15.03", "Sostegno all'occupazione", [
      ["15", "Realizzazione fisica", "Numero di destinatari presi in carico nelle misure di politica attiva del Programma GOL", "Sistema informativo lavoro (SILER)", "numero", ["38.000", "41.000", ""]],
      ["16", "Risultato (outcome)", "Tasso di inserimento occupazionale a 6 mesi dei partecipanti ai percorsi di formazione per l'inserimento lavorativo", "Agenzia regionale per il lavoro – SILER", "%", ["55", "57", "60"]]]]]],
 ],
 "footnotes": ["Nota: i valori target sono espressi nell'unità di misura indicata; per gli indicatori di tempestività un valore negativo indica pagamenti effettuati in anticipo rispetto alla scadenza.",
               "L'indicatore n. 15 si riferisce al Programma GOL (PNRR, M5C1) la cui attuazione si conclude nel 2026: per il 2027 il target non è definito."],
}

# ---------------------------------------------------------------- 2. ENAC (reportlab booktabs relazione)
ENAC = {
 "name": "enac-2024-relazione",
 "software": "reportlab",
 "document": {"issuer": "Ente Nazionale per l'Aviazione Civile", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["ENAC", "Ente Nazionale per l'Aviazione Civile", "Relazione sulla Performance", "Anno 2024",
           "Approvata dal Consiglio di Amministrazione con deliberazione n. 21/2025 del 24 giugno 2025",
           "Validata dall'Organismo Indipendente di Valutazione il 10 luglio 2025"],
 "intro": [
  ("h", "1. Presentazione"),
  ("p", "La presente Relazione illustra i risultati organizzativi conseguiti dall'Ente Nazionale per l'Aviazione Civile nell'anno 2024 rispetto agli obiettivi strategici definiti nella sottosezione «Performance» del Piano integrato di attività e organizzazione 2024-2026, adottato con deliberazione del Consiglio di Amministrazione n. 3/2024. Il documento è redatto ai sensi dell'art. 10, comma 1, lettera b), del decreto legislativo 27 ottobre 2009, n. 150, e tiene conto delle indicazioni fornite dal Dipartimento della Funzione Pubblica con le Linee guida n. 3/2018."),
  ("p", "Il 2024 è stato caratterizzato dal pieno recupero dei volumi di traffico, che con 219,0 milioni di passeggeri negli scali nazionali hanno superato del 13,4% i livelli del 2019, e dall'avvio delle attività di certificazione connesse all'Advanced Air Mobility. L'Ente ha operato con una dotazione di personale inferiore a quella programmata, per effetto dei tempi di conclusione delle procedure concorsuali."),
  ("h", "2. Il contesto organizzativo"),
  ("p", "Al 31 dicembre 2024 il personale in servizio era di 798 unità, distribuite tra la sede centrale di Roma, le Direzioni aeroportuali e gli uffici territoriali."),
  ("table", [["Qualifica", "Dotazione organica", "In servizio al 31.12.2024"],
             ["Dirigenti di prima fascia", "6", "5"], ["Dirigenti di seconda fascia", "39", "33"],
             ["Professionisti e ispettori di volo", "212", "181"], ["Funzionari", "448", "402"],
             ["Collaboratori e operatori", "198", "177"], ["Totale", "903", "798"]]),
  ("table", [["Risorse finanziarie (competenza)", "Previsioni definitive 2024", "Accertamenti / Impegni 2024"],
             ["Entrate correnti", "€ 163.482.000,00", "€ 171.905.317,26"], ["Spese correnti", "€ 148.215.400,00", "€ 131.660.972,15"],
             ["Spese in conto capitale", "€ 22.740.000,00", "€ 9.884.210,40"]]),
  ("p", "La misurazione degli indicatori è stata effettuata dalla Direzione Pianificazione e Controllo di gestione sulla base dei dati dei sistemi informativi dell'Ente e delle fonti esterne indicate. La percentuale di realizzazione è pari al rapporto tra consuntivo e target, con un limite massimo del 100%; per gli indicatori espressi in termini di tempo il rapporto è invertito."),
 ],
 "headers": ["Indicatore", "Target 2024", "Consuntivo 2024", "% realizzazione", "Breve descrizione del risultato"],
 "pages": [
  {"area": ("A", "SICUREZZA DEL TRASPORTO AEREO", "AREA STRATEGICA A – SICUREZZA DEL TRASPORTO AEREO"),
   "obj": ("A.1", "Rafforzare la sorveglianza sugli operatori e sulle organizzazioni certificate", "Obiettivo strategico A.1 – Rafforzare la sorveglianza sugli operatori e sulle organizzazioni certificate"),
   "rows": [
    ["Percentuale di audit di sorveglianza eseguiti rispetto a quelli pianificati nel programma annuale", ">= 95%", "97,8%", "100%",
     "Sono stati eseguiti 1.512 audit su 1.546 pianificati nei confronti di operatori aerei, organizzazioni di manutenzione, scuole di volo e gestori aeroportuali. Gli audit non svolti, riferiti a organizzazioni in fase di sospensione volontaria del certificato, sono stati riprogrammati nel primo trimestre 2025. Il risultato è stato favorito dall'utilizzo del nuovo applicativo EMPIC per la pianificazione delle verifiche."],
    ["Numero di ispezioni di rampa SAFA/SACA su aeromobili di operatori nazionali ed esteri", ">= 1.400", "1.463", "100%",
     "Le ispezioni di rampa sono state svolte in 38 aeroporti nazionali, con una copertura di tutti gli scali di classe A e B. Il 6,2% delle ispezioni ha evidenziato rilievi di categoria 3, in linea con la media europea; i relativi dati sono stati trasmessi all'EASA nei termini previsti dal regolamento (UE) n. 965/2012."],
    ["Tempo medio di chiusura dei rilievi di livello 1 emersi nelle attività di sorveglianza", "≤ 30 gg", "34 gg", "88,2%",
     "Il valore medio, calcolato su 212 rilievi di livello 1, risente di tre casi relativi a organizzazioni di manutenzione estere per i quali la chiusura ha richiesto verifiche in loco. Escludendo tali casi il tempo medio si attesta a 27 giorni. È stata introdotta una procedura di escalation automatica al dirigente responsabile a 20 giorni dall'apertura del rilievo."],
   ]},
  {"area": ("A", "SICUREZZA DEL TRASPORTO AEREO", "AREA STRATEGICA A – SICUREZZA DEL TRASPORTO AEREO"),
   "obj": ("A.2", "Sviluppare il quadro regolatorio per l'Advanced Air Mobility e i sistemi aeromobili senza equipaggio", "Obiettivo strategico A.2 – Sviluppare il quadro regolatorio per l'Advanced Air Mobility e i sistemi aeromobili senza equipaggio"),
   "rows": [
    ["Numero di autorizzazioni operative UAS in categoria specific rilasciate", ">= 250", "312", "100%",
     "Le autorizzazioni rilasciate comprendono 41 operazioni in scenari standard europei (STS) e 271 autorizzazioni basate su valutazione del rischio SORA. La crescita rispetto al 2023 (+38%) è dovuta principalmente alle operazioni di ispezione infrastrutturale e di agricoltura di precisione."],
    ["Adozione del Regolamento ENAC «Vertiporti»", "entro il 31/12/2024", "Adottato il 18/11/2024", "100%",
     "Il Regolamento è stato adottato dal Consiglio di Amministrazione a seguito della consultazione pubblica, nella quale sono pervenuti 164 commenti da parte di gestori aeroportuali, costruttori e amministrazioni locali. L'Italia è il primo Stato membro dell'Unione europea a dotarsi di una disciplina organica per la progettazione e la certificazione dei vertiporti."],
    ["Percentuale di domande di registrazione operatori UAS evase nei termini", ">= 98%", "99,4%", "100%",
     "Nel 2024 sono state gestite 27.806 registrazioni di operatori UAS tramite il portale D-Flight; le 166 pratiche evase oltre i termini riguardano richieste con documentazione di identità incompleta, per le quali è stata necessaria un'integrazione da parte dell'utente."],
   ]},
  {"area": ("B", "QUALITÀ DEI SERVIZI E TUTELA DEI PASSEGGERI", "AREA STRATEGICA B – QUALITÀ DEI SERVIZI E TUTELA DEI PASSEGGERI"),
   "obj": ("B.1", "Migliorare la tutela dei diritti dei passeggeri e la qualità dei servizi aeroportuali", "Obiettivo strategico B.1 – Migliorare la tutela dei diritti dei passeggeri e la qualità dei servizi aeroportuali"),
   "rows": [
    ["Percentuale di reclami dei passeggeri istruiti entro 90 giorni dalla ricezione", ">= 85%", "81,3%", "95,6%",
     "Nel 2024 sono pervenuti 14.218 reclami ai sensi del regolamento (CE) n. 261/2004, con un incremento del 22% rispetto all'anno precedente, concentrato nei mesi estivi. Nonostante il rafforzamento temporaneo dell'ufficio con sei unità in assegnazione, il volume eccezionale delle istanze non ha consentito di raggiungere il target. Nel 2025 è previsto l'avvio del nuovo portale reclami con istruttoria semiautomatica."],
    ["Numero di verifiche sul rispetto della Carta dei servizi negli aeroporti", ">= 60", "64", "100%",
     "Le verifiche hanno interessato tutti gli aeroporti con traffico superiore a 1 milione di passeggeri annui e hanno riguardato in particolare i tempi di riconsegna dei bagagli, l'assistenza ai passeggeri a ridotta mobilità e l'informativa in caso di cancellazione dei voli."],
    ["Tempo medio di conclusione dei procedimenti sanzionatori nei confronti dei vettori", "≤ 180 gg", "n.d.", "n.d.",
     "Il dato non è disponibile in quanto la migrazione dell'archivio dei procedimenti sanzionatori sul nuovo sistema documentale, conclusa a gennaio 2025, non consente l'estrazione affidabile delle date di conclusione per il 2024. La misurazione riprenderà dal ciclo 2025."],
   ]},
  {"area": ("B", "QUALITÀ DEI SERVIZI E TUTELA DEI PASSEGGERI", "AREA STRATEGICA B – QUALITÀ DEI SERVIZI E TUTELA DEI PASSEGGERI"),
   "obj": ("B.2", "Promuovere lo sviluppo sostenibile del sistema aeroportuale", "Obiettivo strategico B.2 – Promuovere lo sviluppo sostenibile del sistema aeroportuale"),
   "rows": [
    ["Percentuale di piani di sviluppo aeroportuale approvati nei termini previsti dalle convenzioni", ">= 80%", "83,3%", "100%",
     "Dei sei piani di sviluppo aeroportuale presentati dai gestori, cinque sono stati approvati in linea tecnica entro i termini, comprensivi della fase di verifica di impatto ambientale. Per l'aeroporto di Firenze la procedura è stata sospesa in attesa della conclusione del giudizio amministrativo."],
    ["Investimenti realizzati dai gestori aeroportuali nell'ambito dei contratti di programma", "€ 520 mln", "€ 486,7 mln", "93,6%",
     "Gli investimenti realizzati, verificati sulla base delle rendicontazioni trimestrali dei gestori, risultano inferiori al valore programmato a causa della rimodulazione di alcuni interventi infrastrutturali sugli scali di Roma Fiumicino e Venezia, che sono stati posticipati al 2025 su richiesta motivata dei gestori."],
    ["Numero di aeroporti con certificazione Airport Carbon Accreditation di livello 3 o superiore", ">= 18", "Obiettivo sospeso", None,
     "L'obiettivo è stato sospeso con deliberazione del Consiglio di Amministrazione n. 38/2024, a seguito della modifica del programma ACA da parte di ACI Europe, che ha ridefinito i livelli di accreditamento. Il nuovo indicatore sarà inserito nel PIAO 2025-2027."],
   ]},
  {"area": ("C", "EFFICIENZA E TRASPARENZA DELL'AMMINISTRAZIONE", "AREA STRATEGICA C – EFFICIENZA E TRASPARENZA DELL'AMMINISTRAZIONE"),
   "obj": ("C.1", "Digitalizzare i procedimenti e valorizzare le risorse umane", "Obiettivo strategico C.1 – Digitalizzare i procedimenti e valorizzare le risorse umane"),
   "rows": [
    ["Percentuale di procedimenti amministrativi gestibili interamente online", ">= 70%", "72,5%", "100%",
     "Sono stati digitalizzati 58 procedimenti sugli 80 censiti nel catalogo dei servizi, tra cui il rilascio delle licenze di personale di volo e le autorizzazioni per lavoro aereo. L'accesso avviene tramite SPID, CIE ed eIDAS; il 91% delle istanze del secondo semestre è pervenuto in modalità telematica."],
    ["Indicatore di tempestività dei pagamenti", "≤ 0 gg", "-6,4 gg", "100%",
     "I pagamenti sono stati effettuati in media 6,4 giorni prima della scadenza delle fatture. Il debito commerciale residuo scaduto al 31 dicembre 2024 è inferiore al 5% delle fatture ricevute nell'anno."],
    ["Ore medie di formazione per dipendente", ">= 24 ore", "26,5 ore", "100%",
     "Il piano formativo 2024 ha previsto 142 edizioni di corsi, di cui 61 dedicate alla formazione tecnica degli ispettori e 34 al programma Syllabus per le competenze digitali. Il 96% del personale ha partecipato ad almeno un'attività formativa."],
   ]},
 ],
 "after": [
  ("h", "4. Sintesi dei risultati"),
  ("p", "Dei 15 indicatori associati agli obiettivi strategici, 10 hanno raggiunto pienamente il target, 3 lo hanno raggiunto parzialmente (con una percentuale di realizzazione superiore all'85%), 1 non è stato misurato e 1 è stato sospeso in corso d'anno. Il grado medio di realizzazione degli obiettivi strategici, calcolato sugli indicatori misurati, è pari al 98,3%."),
  ("p", "Le criticità emerse, relative alla gestione dei reclami dei passeggeri e ai tempi di chiusura dei rilievi di sorveglianza, sono state affrontate nel PIAO 2025-2027 con specifici obiettivi operativi assegnati alle Direzioni competenti."),
 ],
}

# ---------------------------------------------------------------- 3. Ministero (Word, ruled tables)
MIT = {
 "name": "ministero-turismo-2024-relazione",
 "software": "docx",
 "document": {"issuer": "Ministero del Turismo", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["MINISTERO DEL TURISMO", "Organismo Indipendente di Valutazione della performance – Struttura tecnica permanente",
           "RELAZIONE SULLA PERFORMANCE", "ANNO 2024", "(art. 10, comma 1, lettera b), del d.lgs. 27 ottobre 2009, n. 150)"],
 "intro": [
  ("h", "1. Premessa"),
  ("p", "La Relazione sulla performance costituisce lo strumento mediante il quale il Ministero del Turismo illustra ai cittadini e a tutti gli altri portatori di interesse i risultati ottenuti nel corso dell'anno 2024, concludendo in tal modo il ciclo di gestione della performance avviato con l'adozione del Piano integrato di attività e organizzazione (PIAO) 2024-2026, approvato con D.M. n. 1812 del 31 gennaio 2024."),
  ("p", "Il Ministero, istituito con il decreto-legge 1° marzo 2021, n. 22, si articola in un Segretariato generale e in due Direzioni generali (Direzione generale della programmazione e delle politiche per il turismo; Direzione generale della valorizzazione e della promozione turistica) e in una Direzione generale degli affari generali e delle risorse umane."),
  ("h", "2. Le risorse"),
  ("p", "Nella tabella seguente sono riportati gli stanziamenti definitivi di competenza per l'anno 2024, articolati per missione e programma dello stato di previsione della spesa."),
  ("table", [["Missione / Programma", "Stanziamenti definitivi", "Impegni", "% impegnato"],
             ["31.1 Sviluppo e competitività del turismo", "€ 1.648.225.410,00", "€ 1.512.004.871,32", "91,7%"],
             ["32.2 Indirizzo politico", "€ 9.114.200,00", "€ 8.217.335,10", "90,2%"],
             ["32.3 Servizi e affari generali per le amministrazioni di competenza", "€ 31.802.650,00", "€ 27.556.904,88", "86,7%"],
             ["Totale", "€ 1.689.142.260,00", "€ 1.547.779.111,30", "91,6%"]]),
  ("p", "Al 31 dicembre 2024 prestavano servizio presso il Ministero 236 unità di personale, di cui 22 dirigenti, a fronte di una dotazione organica di 364 unità."),
  ("h", "3. I risultati degli obiettivi"),
  ("p", "Per ciascun obiettivo strategico si riportano gli obiettivi operativi collegati e, per ciascun indicatore, il target programmato, il valore a consuntivo e l'esito della misurazione. L'esito è «Raggiunto» quando il valore a consuntivo soddisfa il target, «Parzialmente raggiunto» quando la realizzazione è compresa tra il 60% e il 99%, «Non raggiunto» negli altri casi."),
 ],
 "headers": ["Cod.", "Indicatore", "Tipologia", "Fonte dei dati", "Target 2024", "Valore a consuntivo 2024", "Esito"],
 "strategic": [
  {"code": "1", "title": "Rafforzare la competitività del sistema turistico nazionale attraverso l'attuazione degli investimenti del PNRR",
   "ops": [
    {"code": "1.1", "title": "Attuare la misura M1C3 – Investimento 4.2 «Fondi integrati per la competitività delle imprese turistiche»",
     "rows": [
      ["1.1.a", "Percentuale di risorse PNRR impegnate sul totale assegnato alla misura", "Realizzazione finanziaria", "ReGiS", ">= 90%", "94,3%", "Raggiunto", None],
      ["1.1.b", "Numero di imprese turistiche beneficiarie dei crediti d'imposta per la riqualificazione", "Realizzazione fisica", "Agenzia delle Entrate – Invitalia", ">= 3.500", "3.812", "Raggiunto", None],
      ["1.1.c", "Tempo medio di istruttoria delle domande di contributo", "Efficienza", "Piattaforma Invitalia", "≤ 60 gg", "71 gg", "Parzialmente raggiunto",
       "Lo scostamento è dovuto al numero di domande pervenute nell'ultima finestra del bando, pari a oltre il doppio di quelle attese, e alla necessità di verifiche antimafia supplementari su 214 istanze."]]},
    {"code": "1.2", "title": "Realizzare l'Hub del turismo digitale (Tourism Digital Hub) e il portale Italia.it",
     "rows": [
      ["1.2.a", "Numero di operatori turistici aderenti al Tourism Digital Hub", "Risultato", "Piattaforma TDH", ">= 20.000", "23.460", "Raggiunto", None],
      ["1.2.b", "Numero di utenti unici del portale Italia.it", "Risultato", "Google Analytics", ">= 25 milioni", "21,8 milioni", "Parzialmente raggiunto", None],
      ["1.2.c", "Rilascio della app nazionale di promozione turistica", "Realizzazione fisica", "Documentazione di collaudo", "entro il 30/06/2024", "Rilasciata il 14/06/2024", "Raggiunto", None]]},
   ]},
  {"code": "2", "title": "Promuovere la destagionalizzazione dei flussi e la valorizzazione delle destinazioni minori",
   "ops": [
    {"code": "2.1", "title": "Gestire il Fondo unico nazionale per il turismo di parte corrente",
     "rows": [
      ["2.1.a", "Percentuale di risorse del Fondo ripartite alle Regioni entro il 30 settembre", "Efficacia", "SICOGE", "100%", "100%", "Raggiunto", None],
      ["2.1.b", "Numero di progetti di valorizzazione dei borghi e dei cammini finanziati", "Realizzazione fisica", "Sistema di monitoraggio DG Programmazione", ">= 120", "96", "Parzialmente raggiunto", None],
      ["2.1.c", "Costo medio di gestione per progetto finanziato", "Efficienza", "Controllo di gestione", "≤ € 2.500,00", "€ 2.180,00", "Raggiunto", None]]},
    {"code": "2.2", "title": "Realizzare le campagne di promozione turistica in collaborazione con ENIT S.p.A.",
     "rows": [
      ["2.2.a", "Numero di campagne di comunicazione realizzate sui mercati esteri", "Realizzazione fisica", "ENIT S.p.A.", ">= 12", "14", "Raggiunto", None],
      ["2.2.b", "Incremento delle presenze turistiche nei mesi di bassa stagione rispetto al 2023", "Impatto", "ISTAT – Movimento dei clienti negli esercizi ricettivi", ">= 3%", "1,2%", "Non raggiunto",
       "Il dato ISTAT provvisorio risente del calendario sfavorevole delle festività primaverili e delle condizioni meteorologiche avverse del mese di novembre; la rilevazione definitiva è attesa per il mese di settembre 2025."]]},
   ]},
  {"code": "3", "title": "Migliorare l'efficienza, la trasparenza e la capacità amministrativa del Ministero",
   "ops": [
    {"code": "3.1", "title": "Rafforzare il capitale umano e la digitalizzazione dei processi interni",
     "rows": [
      ["3.1.a", "Percentuale di posti messi a concorso coperti nell'anno", "Efficacia", "Sistema informativo del personale", ">= 70%", "62,5%", "Parzialmente raggiunto", None],
      ["3.1.b", "Ore medie di formazione per dipendente", "Efficacia", "Piattaforma Syllabus", ">= 24", "28,4", "Raggiunto", None],
      ["3.1.c", "Percentuale di atti di impegno e liquidazione gestiti con firma digitale sul sistema InIt", "Efficienza", "InIt – RGS", "100%", "100%", "Raggiunto", None]]},
    {"code": "3.2", "title": "Assicurare la tempestività dei pagamenti e la trasparenza amministrativa",
     "rows": [
      ["3.2.a", "Indicatore di tempestività dei pagamenti", "Efficienza", "PCC", "≤ 0 gg", "-3,2 gg", "Raggiunto", None],
      ["3.2.b", "Grado di completezza della sezione Amministrazione trasparente", "Efficacia", "Attestazione OIV", ">= 95%", "97%", "Raggiunto", None],
      ["3.2.c", "Numero di richieste di accesso civico generalizzato evase oltre i termini", "Efficacia", "Registro degli accessi", "0", "Obiettivo sospeso", "Sospeso",
       "La rilevazione è stata sospesa a seguito della migrazione del registro degli accessi sul nuovo protocollo informatico, avvenuta nel mese di ottobre 2024."]]},
   ]},
 ],
 "after_tables": {
  "1": "Nel complesso, le attività connesse all'attuazione degli investimenti PNRR di competenza del Ministero hanno consentito il conseguimento di tutti i traguardi europei previsti per il 2024, certificati nella relazione semestrale alla Cabina di regia.",
  "2": "Le risorse del Fondo unico nazionale per il turismo sono state interamente ripartite; il minor numero di progetti finanziati rispetto al target dipende dal maggiore importo medio dei progetti presentati dalle Regioni del Mezzogiorno.",
  "3": "Il reclutamento ha risentito della rinuncia di 9 vincitori del concorso per funzionari, per i quali si è proceduto allo scorrimento della graduatoria nel primo trimestre 2025."},
 "after": [
  ("h", "4. Conclusioni"),
  ("p", "Su 17 indicatori, 11 hanno conseguito il target, 4 lo hanno conseguito parzialmente e 1 non lo ha conseguito; un indicatore è stato sospeso in corso d'anno. Gli esiti della presente Relazione sono stati utilizzati ai fini della valutazione della performance organizzativa delle strutture dirigenziali e dell'aggiornamento del PIAO 2025-2027."),
 ],
}

for c in (RER, ENAC, MIT):
    json.dump(c, open(c['name'] + '.content.json', 'w'), ensure_ascii=False, indent=1)
    print('wrote', c['name'])
