"""Writes the four r20 content files (hand-written content)."""
import json

def ind(**k):
    return k

# ---------------- A: Consorzio di bonifica, DOCX, merged hierarchy cells, 3 target years
A_AREAS = {"A": "Sicurezza idraulica e difesa del suolo",
           "B": "Gestione irrigua e tutela della risorsa idrica",
           "C": "Contribuenza, trasparenza e organizzazione"}
A_OBJ = {"A.1": "Manutenzione ordinaria e straordinaria della rete scolante",
         "A.2": "Attuazione del programma triennale delle opere pubbliche",
         "B.1": "Efficienza della distribuzione irrigua",
         "B.2": "Tutela qualitativa della risorsa",
         "C.1": "Equità e tempestività della contribuenza",
         "C.2": "Digitalizzazione, trasparenza ed efficienza gestionale"}
a_rows = [
 ("A.1", "Percentuale della rete di canali sottoposta a sfalcio e diserbo meccanico", "Km canali sfalciati / km rete in gestione x 100", "78,4%", ["≥ 80%", "≥ 82%", "≥ 85%"]),
 ("A.1", "Tempo medio di intervento sulle segnalazioni di rotture arginali", "Σ giorni tra segnalazione e intervento / n. segnalazioni", "4,2 gg", ["≤ 4 gg", "≤ 4 gg", "≤ 3 gg"]),
 ("A.2", "Grado di avanzamento della spesa PNRR per l'adeguamento delle casse di espansione", "Spesa liquidata / spesa programmata x 100", "41,7%", ["≥ 70%", "100%", None]),
 ("A.2", "Numero di progetti esecutivi approvati", "Conteggio delle deliberazioni di approvazione", "5", ["6", "7", "7"]),
 ("B.1", "Volume idrico distribuito alle aziende agricole", "Metri cubi erogati rilevati dai misuratori di portata", "48,6 mln mc", ["≥ 50 mln mc", "≥ 50 mln mc", "≥ 52 mln mc"]),
 ("B.1", "Percentuale di punti di consegna dotati di misuratore telecontrollato", "Punti telecontrollati / punti di consegna totali x 100", "63%", ["≥ 70%", "≥ 80%", "≥ 90%"]),
 ("B.2", "Campagne di monitoraggio della qualità delle acque irrigue", "N. campagne di campionamento concluse", "n.d.", ["4", "4", "6"]),
 ("C.1", "Tasso di riscossione del contributo consortile nell'anno di emissione", "Importi riscossi / importi emessi a ruolo x 100", "91,3%", ["≥ 92%", "≥ 93%", "≥ 93%"]),
 ("C.1", "Tempi medi di risposta alle istanze di sgravio dei consorziati", "Σ giorni di risposta / n. istanze evase", "27 gg", ["≤ 25 gg", "≤ 20 gg", "≤ 20 gg"]),
 ("C.2", "Pubblicazione del catasto consortile sul portale cartografico", "Pubblicazione online del geoportale", "n.d.", ["Entro il 30/06", "Revisione semestrale", "Revisione semestrale"]),
 ("C.2", "Indicatore annuale di tempestività dei pagamenti", "Media ponderata dei giorni di pagamento rispetto alla scadenza delle fatture", "-6,4 gg", ["≤ 0 gg", "≤ 0 gg", "≤ 0 gg"]),
 ("C.2", "Percentuale di dipendenti coinvolti in almeno un corso di formazione", "Dipendenti formati / dipendenti in servizio x 100", "68%", ["≥ 75%", "≥ 80%", "≥ 80%"]),
]
A = {
 "name": "consorzio-bonifica-emilia-centrale-2025-piano",
 "layout": "docx_merged",
 "document": {"issuer": "Consorzio di Bonifica dell'Emilia Centrale", "title": "Piano della performance", "year": 2025, "kind": "piano"},
 "cover": ["CONSORZIO DI BONIFICA DELL'EMILIA CENTRALE", "Corso Garibaldi, 42 – 42121 Reggio Emilia",
           "PIANO DELLA PERFORMANCE 2025 – 2027", "Approvato con deliberazione del Comitato Amministrativo n. 14/2025 del 28 gennaio 2025",
           "Area Amministrativa – Ufficio Pianificazione e Controllo di gestione"],
 "intro": [("h", "1. Presentazione del Piano"),
   ("p", "Il Piano della performance è il documento programmatico triennale con il quale il Consorzio, in coerenza con il Piano di classifica e con il bilancio di previsione, individua gli obiettivi strategici, gli indicatori e i valori attesi su cui si baserà la misurazione, la valutazione e la rendicontazione dei risultati. Il Piano è redatto ai sensi del D.Lgs. 150/2009 e dello Statuto consortile approvato dalla Regione Emilia-Romagna."),
   ("p", "Il comprensorio consortile si estende su 120.000 ettari nelle province di Reggio Emilia, Modena, Mantova e Parma, con circa 3.500 km di canali in gestione, 26 impianti idrovori e 1.150 punti di consegna irrigua. Nel triennio 2025-2027 le priorità riguardano la sicurezza idraulica dei territori di pianura, l'attuazione degli interventi finanziati dal PNRR e dal Piano nazionale di interventi infrastrutturali e per la sicurezza nel settore idrico, e il completamento della digitalizzazione del catasto consortile."),
   ("h", "2. Le risorse finanziarie"),
   ("p", "La tabella seguente riporta le previsioni di spesa del bilancio 2025 ripartite per area strategica."),
   ("budget", None),
   ("h", "3. Obiettivi strategici, indicatori e target"),
   ("p", "Per ciascun obiettivo strategico sono indicati gli indicatori di misurazione, la modalità di calcolo, il valore consuntivo 2024 (dato di preconsuntivo) e i target attesi per ciascuna annualità del triennio."),
 ],
 "budget": {"header": ["Area strategica", "Spese correnti", "Spese in conto capitale", "Totale"],
   "rows": [["A – Sicurezza idraulica e difesa del suolo", "€ 14.820.300,00", "€ 22.415.000,00", "€ 37.235.300,00"],
            ["B – Gestione irrigua e tutela della risorsa idrica", "€ 9.105.640,00", "€ 6.980.000,00", "€ 16.085.640,00"],
            ["C – Contribuenza, trasparenza e organizzazione", "€ 5.342.180,00", "€ 412.500,00", "€ 5.754.680,00"],
            ["Totale", "€ 29.268.120,00", "€ 29.807.500,00", "€ 59.075.620,00"]]},
 "header": ["Area strategica", "Obiettivo strategico", "Indicatore", "Modalità di calcolo", "Consuntivo 2024", "Target 2025", "Target 2026", "Target 2027"],
 "after": ["I valori consuntivi 2024 sono di preconsuntivo e saranno aggiornati in sede di Relazione sulla performance. Per gli indicatori relativi agli interventi PNRR i target 2027 saranno definiti dopo la rimodulazione del cronoprogramma da parte del Ministero."],
 "indicators": [],
}
for oc, name, formula, base, targets in a_rows:
    ac = oc.split(".")[0]
    A["indicators"].append(ind(area_code=ac, area_title=A_AREAS[ac], objective_level="strategic", objective_code=oc,
        objective_title=A_OBJ[oc], indicator=name, formula=formula, baseline=base,
        years=[{"year": y, "target": t, "actual": None} for y, t in zip([2025, 2026, 2027], targets)]))

# ---------------- B: Autorità di sistema portuale, XLSX landscape, hierarchy repeated in columns
B_OS = {"1": "Sviluppo dei traffici e competitività del sistema portuale",
        "2": "Infrastrutture e sostenibilità ambientale",
        "3": "Efficienza amministrativa, trasparenza e anticorruzione"}
B_OO = {"1.1": "Incremento dei traffici merci e passeggeri",
        "1.2": "Semplificazione delle procedure dello Sportello unico amministrativo",
        "2.1": "Attuazione del Piano Operativo Triennale 2023-2025",
        "2.2": "Sostenibilità ambientale e transizione energetica",
        "3.1": "Tempestività dei pagamenti e gestione delle entrate",
        "3.2": "Prevenzione della corruzione e trasparenza"}
b_rows = [
 ("1.1.a", "Volume di traffico container movimentato nei porti del sistema", "Σ TEU movimentati (sbarchi + imbarchi)", "TEU", "10", "≥ 65.000", "68.412", "100", "Raggiunto"),
 ("1.1.b", "Numero di passeggeri crocieristi transitati", "Σ passeggeri crociere (imbarchi, sbarchi, transiti)", "n.", "5", "≥ 900.000", "1.012.350", "100", "Raggiunto"),
 ("1.2.a", "Tempo medio di rilascio delle autorizzazioni ex art. 16 L. 84/94", "Σ giorni istruttoria / n. autorizzazioni rilasciate", "giorni", "8", "≤ 45 gg", "52 gg", "85", "Parzialmente raggiunto"),
 ("1.2.b", "Percentuale di pratiche gestite tramite il Port Community System", "Pratiche PCS / pratiche totali x 100", "%", "6", "≥ 60%", "71,5%", "100", "Raggiunto"),
 ("2.1.a", "Grado di realizzazione degli interventi del POT programmati per il 2023", "Interventi avviati / interventi programmati x 100", "%", "10", "≥ 80%", "64,0%", "80", "Parzialmente raggiunto"),
 ("2.1.b", "Importo dei lavori aggiudicati nell'anno", "Σ importi di aggiudicazione", "€", "8", "≥ € 35.000.000,00", "€ 41.260.518,40", "100", "Raggiunto"),
 ("2.1.c", "Elettrificazione delle banchine (cold ironing) del molo Vittorio Veneto", "Stato di avanzamento della procedura di gara", "fase", "6", "Aggiudicazione entro il 31/12", "Obiettivo sospeso", "n.d.", "Sospeso"),
 ("2.2.a", "Riduzione dei consumi di energia elettrica degli edifici dell'Ente", "(kWh 2022 – kWh 2023) / kWh 2022 x 100", "%", "5", "≥ 5%", "3,8%", "76", "Parzialmente raggiunto"),
 ("2.2.b", "Percentuale di rifiuti da nave avviati a recupero", "Tonnellate avviate a recupero / tonnellate conferite x 100", "%", "4", "≥ 40%", "n.d.", "0", "Non raggiunto"),
 ("3.1.a", "Indicatore annuale di tempestività dei pagamenti", "Media ponderata dei giorni di ritardo (DPCM 22/09/2014)", "giorni", "8", "≤ 0 gg", "-12,3 gg", "100", "Raggiunto"),
 ("3.1.b", "Percentuale di riscossione dei canoni demaniali marittimi", "Canoni riscossi / canoni accertati x 100", "%", "8", "≥ 90%", "93,2%", "100", "Raggiunto"),
 ("3.1.c", "Tempo medio di pagamento delle fatture commerciali", "Σ giorni pagamento / n. fatture", "giorni", "5", "≤ 30 gg", "24 gg", "100", "Raggiunto"),
 ("3.2.a", "Grado di assolvimento degli obblighi di pubblicazione (griglia OIV)", "Punteggio griglia / punteggio massimo x 100", "%", "6", "100%", "97%", "97", "Parzialmente raggiunto"),
 ("3.2.b", "Numero di dipendenti formati in materia di anticorruzione", "Conteggio attestati di partecipazione", "n.", "6", "≥ 120", "134", "100", "Raggiunto"),
 ("3.2.c", "Aggiornamento della mappatura dei processi a rischio", "Adozione del documento di mappatura", "data", "5", "Entro il 30/06", "28/06/2023", "100", "Raggiunto"),
]
B = {
 "name": "adsp-mare-sicilia-occidentale-2023-relazione",
 "layout": "xlsx_landscape",
 "document": {"issuer": "Autorità di Sistema Portuale del Mare di Sicilia Occidentale", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["AdSP MSO", "Autorità di Sistema Portuale del Mare di Sicilia Occidentale",
           "Porti di Palermo, Termini Imerese, Trapani, Porto Empedocle, Licata e Gela",
           "RELAZIONE SULLA PERFORMANCE", "ANNO 2023", "Validata dall'OIV in data 26 giugno 2024", "Ufficio Controllo di gestione e Performance"],
 "intro": ["La Relazione sulla performance, prevista dall'art. 10, comma 1, lettera b) del D.Lgs. 150/2009, illustra i risultati organizzativi e individuali raggiunti nell'anno 2023 rispetto agli obiettivi programmati nella sottosezione Performance del PIAO 2023-2025, approvato con decreto del Presidente n. 41 del 31 gennaio 2023.",
   "Nel 2023 il sistema portuale ha registrato una crescita del traffico crocieristico superiore alle previsioni e un andamento stabile del traffico container, mentre alcuni interventi infrastrutturali hanno scontato ritardi legati all'aggiornamento dei prezzari e ai pareri degli enti competenti. La misurazione è stata effettuata dall'Ufficio Controllo di gestione sulla base dei dati forniti dalle strutture e verificati dall'OIV.",
   "Le tabelle che seguono riportano il personale in servizio al 31 dicembre 2023 e, per ciascun obiettivo operativo, gli indicatori, i pesi, i target e il grado di raggiungimento."],
 "staff": {"title": "Personale in servizio al 31/12/2023", "header": ["Qualifica", "Uomini", "Donne", "Totale", "di cui part-time"],
   "rows": [["Dirigenti", "6", "3", "9", "0"], ["Quadri", "17", "14", "31", "1"], ["Impiegati", "48", "39", "87", "5"], ["Totale", "71", "56", "127", "6"]]},
 "header": ["Cod.", "Obiettivo strategico", "Obiettivo operativo", "Indicatore", "Formula di calcolo", "U.M.", "Peso %", "Target 2023", "Consuntivo 2023", "% raggiung.", "Esito"],
 "total": ["", "", "", "Media ponderata di raggiungimento", "", "", "100", "", "", "83,7", ""],
 "after": ["Note: l'obiettivo 2.1.c è stato sospeso con decreto n. 212 del 18/09/2023 a seguito della rimodulazione dei finanziamenti del Fondo complementare al PNRR; il relativo peso è stato neutralizzato nel calcolo della media. Il dato sui rifiuti da nave non è stato reso disponibile dal concessionario del servizio entro la data di chiusura della rilevazione."],
 "indicators": [],
}
for code, name, formula, um, peso, tgt, act, ach, esito in b_rows:
    os_, oo = code.split(".")[0], ".".join(code.split(".")[:2])
    B["indicators"].append(ind(area_code=os_, area_title=None, objective_level="operational", objective_code=oo,
        objective_title=B_OO[oo], os_code=os_, os_title=B_OS[os_], indicator_code=code, indicator=name, formula=formula, unit=um,
        weight_printed=peso, weight=float(peso), years=[{"year": 2023, "target": tgt, "actual": act,
        "achievement": None if ach == "n.d." else float(ach.replace(",", ".")), "achievement_printed": ach}],
        status_text=esito))

# ---------------- C: ER.GO, reportlab schede obiettivo, thin rules, Esito line after table
C_AREA = {"1": "Benefici economici e diritto allo studio", "2": "Servizi agli studenti e ristorazione", "3": "Organizzazione, trasparenza e digitalizzazione"}
C = {
 "name": "ergo-emilia-romagna-2022-relazione",
 "layout": "rl_schede",
 "document": {"issuer": "Azienda Regionale per il Diritto agli Studi Superiori dell'Emilia-Romagna", "title": "Relazione sulla performance", "year": 2022, "kind": "relazione"},
 "cover": ["ER.GO", "Azienda Regionale per il Diritto agli Studi Superiori dell'Emilia-Romagna", "Relazione sulla performance", "Anno 2022",
           "Adottata con determinazione del Direttore n. 388 del 27 giugno 2023", "Servizio Pianificazione, controllo e qualità"],
 "intro": [("h", "Premessa"),
   ("p", "La presente Relazione conclude il ciclo di gestione della performance 2022 e rendiconta, per ciascun obiettivo operativo assegnato ai Servizi dell'Azienda nel Piano della performance 2022-2024, gli indicatori, i target e i valori effettivamente conseguiti al 31 dicembre 2022. La Relazione è stata redatta sulla base delle schede di monitoraggio compilate dai Dirigenti e verificate dal Servizio Pianificazione, controllo e qualità."),
   ("p", "L'anno accademico 2022/23 è stato caratterizzato dall'incremento degli importi delle borse di studio disposto dal D.M. 1320/2021 e dalle risorse aggiuntive del PNRR, che hanno consentito, per il secondo anno consecutivo, la copertura integrale degli studenti idonei. La tabella seguente sintetizza i principali dati di attività."),
   ("table", None),
   ("h", "Schede di rendicontazione degli obiettivi"),
   ("p", "Per ogni obiettivo operativo si riportano gli elementi identificativi, gli indicatori con i relativi target e valori a consuntivo e l'esito complessivo, seguito da un breve commento del Servizio responsabile."),
 ],
 "activity": {"header": ["Beneficio / servizio", "a.a. 2021/22", "a.a. 2022/23", "Variazione"],
   "rows": [["Studenti idonei alla borsa di studio", "23.418", "25.106", "+7,2%"], ["Borse di studio erogate (importo)", "€ 98.412.530,00", "€ 112.730.845,00", "+14,5%"],
            ["Posti alloggio gestiti", "2.431", "2.514", "+3,4%"], ["Pasti erogati nei punti ristoro", "1.285.400", "1.362.910", "+6,0%"], ["Contributi per mobilità internazionale", "1.104", "1.287", "+16,6%"]]},
 "header": ["Indicatore", "Formula", "Fonte", "Target 2022", "Valore 2022", "Note"],
 "schede": [
  {"area": "1", "os": ("1.1", "Garantire la borsa di studio a tutti gli studenti idonei"), "oo": ("1.1.1", "Tempestività nell'erogazione dei benefici economici"),
   "servizio": "Servizio Benefici economici", "peso": "25%", "esito": "Raggiunto",
   "comment": "Le graduatorie definitive sono state pubblicate il 27 ottobre 2022 e la prima rata è stata liquidata entro i termini previsti dal bando per tutti i beneficiari. I controlli sulle autocertificazioni hanno superato il numero programmato grazie alla convenzione con la Guardia di Finanza.",
   "rows": [("Percentuale di idonei beneficiari della borsa di studio", "N. beneficiari / n. idonei x 100", "Gestionale benefici ER.GO", "100%", "100%", "Copertura integrale con fondi FIS e PNRR"),
            ("Tempo medio di pagamento della prima rata della borsa", "Σ giorni tra graduatoria e pagamento / n. beneficiari", "Contabilità aziendale", "≤ 30 gg", "26 gg", None),
            ("Numero di controlli conclusi sulle autocertificazioni ISEE", "Conteggio dei controlli conclusi", "Ufficio Controlli", "≥ 2.500", "2.781", None)]},
  {"area": "1", "os": ("1.2", "Ampliare l'offerta di posti alloggio"), "oo": ("1.2.1", "Incremento e gestione dei posti letto nelle residenze universitarie"),
   "servizio": "Servizio Patrimonio e residenze", "peso": "20%", "esito": "Parzialmente raggiunto",
   "comment": "Il mancato raggiungimento del target sui posti alloggio è dovuto al ritardo nella consegna della residenza di via Mazzini a Bologna, ora prevista per il primo semestre 2023. Il tasso di occupazione si è mantenuto su valori elevati in tutte le sedi.",
   "rows": [("Posti alloggio disponibili a fine anno", "Posti letto assegnabili al 31/12", "Gestionale residenze", "≥ 2.600", "2.514", "Ritardo consegna residenza di via Mazzini"),
            ("Tasso di occupazione dei posti alloggio", "Giorni/letto occupati / giorni/letto disponibili x 100", "Gestionale residenze", "≥ 95%", "96,8%", None),
            ("Tempi di assegnazione dell'alloggio dopo la pubblicazione della graduatoria", "Σ giorni di assegnazione / n. assegnatari", "Gestionale residenze", "≤ 15 gg", "n.d.", "Dato non rilevato dal gestionale")]},
  {"area": "2", "os": ("2.1", "Qualità del servizio di ristorazione"), "oo": ("2.1.1", "Monitoraggio della qualità percepita e dei gestori convenzionati"),
   "servizio": "Servizio Ristorazione e servizi agli studenti", "peso": "15%", "esito": "Raggiunto",
   "comment": "L'indagine di customer satisfaction, condotta a novembre 2022 su 4.212 utenti, ha registrato un miglioramento in tutte le sedi; i sopralluoghi hanno riguardato anche i nuovi punti ristoro di Rimini e Forlì.",
   "rows": [("Grado di soddisfazione degli utenti delle mense", "Media dei giudizi (scala 1-5) dell'indagine annuale", "Indagine di customer satisfaction", "≥ 3,8", "4,1", None),
            ("Numero di sopralluoghi di verifica presso i punti ristoro convenzionati", "Conteggio dei verbali di sopralluogo", "Verbali di ispezione", "≥ 40", "46", None)]},
  {"area": "3", "os": ("3.1", "Digitalizzazione dei servizi agli studenti"), "oo": ("3.1.1", "Presentazione e gestione online delle domande di beneficio"),
   "servizio": "Servizio Sistemi informativi", "peso": "20%", "esito": "Raggiunto",
   "comment": "La nuova app è stata rilasciata negli store il 14 settembre 2022 e ha registrato oltre 18.000 installazioni entro la fine dell'anno.",
   "rows": [("Percentuale di domande presentate con SPID o CIE", "Domande con identità digitale / domande totali x 100", "Portale ER.GO online", "≥ 98%", "99,6%", None),
            ("Rilascio della nuova app ER.GO per smartphone", "Pubblicazione negli store", "Servizio Sistemi informativi", "Entro il 30/09", "Rilasciata il 14/09/2022", None),
            ("Tempo medio di risposta ai ticket dello sportello virtuale", "Σ giorni di chiusura ticket / n. ticket", "Piattaforma di ticketing", "≤ 3 gg lavorativi", "2,4 gg lavorativi", None)]},
  {"area": "3", "os": ("3.2", "Prevenzione della corruzione e sviluppo delle competenze"), "oo": ("3.2.1", "Formazione obbligatoria e aggiornamento professionale del personale"),
   "servizio": "Servizio Risorse umane", "peso": "20%", "esito": "Non raggiunto",
   "comment": "Il calendario formativo è stato rimodulato per la concomitanza con la chiusura delle graduatorie; i moduli non completati sono stati riprogrammati nel primo trimestre 2023.",
   "rows": [("Percentuale di dipendenti che hanno completato la formazione obbligatoria anticorruzione", "Dipendenti formati / dipendenti in servizio x 100", "Registro formazione", "100%", "94,2%", None),
            ("Ore medie di formazione per dipendente", "Ore di formazione erogate / dipendenti in servizio", "Registro formazione", "≥ 12 ore", "10,5 ore", None)]},
 ],
}

# ---------------- D: AICS PIAO, reportlab zebra, bold numbered headings without label words
D_OBJ = {"1": "Qualità ed efficacia degli interventi di cooperazione",
         "1.1": "Rafforzare la programmazione e il monitoraggio delle iniziative",
         "1.2": "Accelerare l'erogazione dei fondi",
         "2": "Partenariati e sistema italiano della cooperazione",
         "2.1": "Sostegno alle organizzazioni della società civile",
         "2.2": "Coinvolgimento degli enti territoriali",
         "3": "Organizzazione, digitalizzazione e trasparenza",
         "3.1": "Digitalizzazione dei procedimenti",
         "3.2": "Trasparenza e prevenzione della corruzione"}
d_rows = [
 ("1.1", "1", "Percentuale di iniziative approvate con quadro logico e indicatori di risultato", "Efficacia", "Sistema informativo AICS", "15%", "82%", "≥ 90%", None),
 ("1.1", "2", "Numero di valutazioni d'impatto ex post concluse", "Efficacia", "Ufficio VII – Valutazione", "10%", "6", "≥ 8", "Comprese le valutazioni affidate a valutatori esterni"),
 ("1.2", "3", "Volume delle erogazioni complessive sui programmi a dono", "Efficienza", "Bilancio AICS", "10%", "€ 612 mln", "≥ € 650 mln", None),
 ("1.2", "4", "Tempo medio tra approvazione in Comitato congiunto ed erogazione della prima tranche", "Efficienza", "Protocollo informatico", "10%", "118 gg", "≤ 90 gg", "Misurato sulle iniziative approvate nel 2024"),
 ("2.1", "5", "Pubblicazione del bando per iniziative promosse dalle OSC", "Stato di attuazione", "Sito istituzionale", "5%", "n.d.", "Entro il 30/04", None),
 ("2.1", "6", "Percentuale di rendiconti OSC verificati entro 120 giorni dalla presentazione", "Efficienza", "Ufficio IV – OSC", "10%", "71%", "≥ 80%", None),
 ("2.2", "7", "Numero di progetti cofinanziati con Regioni ed enti locali", "Efficacia", "Ufficio III – Cooperazione territoriale", "5%", "14", "≥ 18", None),
 ("3.1", "8", "Percentuale di contratti gestiti sulla piattaforma di e-procurement", "Efficienza", "Piattaforma acquisti", "5%", "64%", "≥ 85%", None),
 ("3.1", "9", "Attivazione del fascicolo elettronico delle sedi estere", "Stato di attuazione", "Ufficio II – Sedi estere", "5%", "n.d.", "Entro il 31/10", "Sedi pilota: Nairobi, Tunisi, Addis Abeba"),
 ("3.1", "10", "Indicatore annuale di tempestività dei pagamenti", "Efficienza", "Piattaforma PCC", "5%", "-3,1 gg", "≤ 0 gg", None),
 ("3.2", "11", "Grado di assolvimento degli obblighi di pubblicazione", "Efficacia", "Attestazione OIV", "10%", "94%", "100%", None),
 ("3.2", "12", "Numero di dipendenti formati sul codice di comportamento", "Efficacia", "Ufficio I – Personale", "5%", "n.d.", "≥ 150", None),
 ("3.2", "13", "Tempi medi di evasione delle istanze di accesso civico generalizzato", "Efficienza", "Registro degli accessi", "5%", "24 gg", "≤ 20 gg", None),
]
D = {
 "name": "aics-2024-piao",
 "layout": "rl_zebra",
 "document": {"issuer": "Agenzia Italiana per la Cooperazione allo Sviluppo", "title": "Piano integrato di attività e organizzazione", "year": 2024, "kind": "piao"},
 "cover": ["AICS", "Agenzia Italiana per la Cooperazione allo Sviluppo", "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", "2024 – 2026",
           "Adottato con determina del Direttore n. 27 del 30 gennaio 2024", "Sottosezione 2.2 – Performance"],
 "intro": [("h", "Premessa"),
   ("p", "Il Piano integrato di attività e organizzazione (PIAO) 2024-2026 dell'Agenzia è adottato ai sensi dell'art. 6 del D.L. 80/2021 e del D.M. 132/2022. La sottosezione Performance declina gli obiettivi strategici definiti nel Documento triennale di programmazione e di indirizzo della politica di cooperazione allo sviluppo e nella Convenzione con il Ministero degli Affari Esteri e della Cooperazione Internazionale in obiettivi operativi, indicatori e target annuali."),
   ("p", "Per ciascun indicatore sono riportati la tipologia, la fonte del dato, il peso sull'obiettivo, il valore dell'anno precedente, ove disponibile, e il target per il 2024. I target degli anni 2025 e 2026 saranno definiti in sede di aggiornamento annuale del Piano."),
   ("h", "Risorse umane"),
   ("p", "La tabella riporta la consistenza del personale in servizio al 1° gennaio 2024 presso la sede centrale e le sedi estere."),
   ("staff", None),
   ("h", "Obiettivi e indicatori di performance"),
 ],
 "staff": {"header": ["Area / qualifica", "Sede di Roma", "Sede di Firenze", "Sedi estere", "Totale"],
   "rows": [["Dirigenti di prima e seconda fascia", "11", "1", "3", "15"], ["Area dei Funzionari", "124", "18", "56", "198"],
            ["Area degli Assistenti", "38", "9", "4", "51"], ["Personale locale delle sedi estere", "–", "–", "212", "212"], ["Totale", "173", "28", "275", "476"]]},
 "value_text": "Gli obiettivi di performance concorrono alla creazione di valore pubblico nei Paesi partner, misurato attraverso gli indicatori di impatto dell'Agenda 2030 riportati nella sottosezione 2.1. Nel 2024 l'Agenzia gestisce un portafoglio di oltre 1.300 iniziative in 87 Paesi, con particolare attenzione all'Africa subsahariana, al Mediterraneo e ai Balcani occidentali. La misurazione intermedia è effettuata al 30 giugno e quella finale al 31 dicembre, secondo il Sistema di misurazione e valutazione della performance adottato nel 2023; gli esiti confluiscono nella Relazione sulla performance validata dall'OIV.",
 "header": ["N.", "Indicatore", "Tipo", "Fonte", "Peso", "Valore anno N-1", "Target 2024", "Note"],
 "after_table": {"1.1": "Gli indicatori dell'obiettivo misurano la qualità della programmazione; i valori dell'anno precedente sono tratti dalla Relazione sulla performance 2023.",
                 "2.2": "Il target tiene conto del nuovo avviso per la cooperazione territoriale, la cui pubblicazione è prevista entro il primo semestre 2024, e delle manifestazioni di interesse già pervenute da sei Regioni."},
 "indicators": [],
}
for oc, n, name, tipo, fonte, peso, base, tgt, note in d_rows:
    sc = oc.split(".")[0]
    D["indicators"].append(ind(area_code=sc, area_title=None, objective_level="operational", objective_code=oc,
        objective_title=D_OBJ[oc], indicator_code=n, indicator=name, type=tipo, data_source=fonte, weight_printed=peso,
        weight=float(peso.rstrip("%")), baseline=base, notes=note, years=[{"year": 2024, "target": tgt, "actual": None}]))
D["indicators"][6]["comment"] = D["after_table"]["2.2"]  # table of one indicator: the prose after it is its comment
D["obj_titles"] = D_OBJ

for doc in (A, B, C, D):
    json.dump(doc, open(doc["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
    print(doc["name"])
