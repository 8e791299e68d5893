# Writes the three NAME.content.json files (content as data, values parsed by hand below where noted)
import json
OUT = "/work/blind/r85/"

# ---------------- 1. Word: IRCCS Burlo Garofolo, Relazione 2024 ----------------
burlo = {
 "name": "irccs-burlo-garofolo-2024-relazione",
 "renderer": "word",
 "document": {"issuer": "Istituto di Ricovero e Cura a Carattere Scientifico materno infantile Burlo Garofolo",
              "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["Regione Autonoma Friuli Venezia Giulia", "Istituto di Ricovero e Cura a Carattere Scientifico materno infantile Burlo Garofolo", "Trieste",
           "RELAZIONE SULLA PERFORMANCE 2024", "(art. 10, comma 1, lett. b) del D.Lgs. 150/2009)",
           "Adottata con decreto del Direttore Generale n. 112 del 27/06/2025"],
 "intro": [
  ("1. Presentazione", ["La Relazione sulla performance rendiconta ai cittadini e agli stakeholder i risultati organizzativi raggiunti nel 2024 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione 2024-2026, sezione Performance.",
    "Il 2024 è stato caratterizzato dal completamento del trasferimento delle attività ambulatoriali nella nuova sede di via dell'Istria, dalla piena attuazione del Piano regionale di governo delle liste d'attesa e dal consolidamento dell'attività di ricerca traslazionale in ambito pediatrico e ostetrico-ginecologico.",
    "La misurazione è stata effettuata dalla S.C. Programmazione e Controllo di gestione sulla base dei flussi informativi aziendali e regionali; i risultati sono stati validati dall'Organismo Indipendente di Valutazione nella seduta del 18/06/2025."]),
  ("2. L'Istituto in cifre", ["Si riportano di seguito i principali dati relativi al personale dipendente, che costituisce la risorsa fondamentale per il raggiungimento degli obiettivi dell'Istituto."]),
 ],
 "staff_title": "Tabella 1 – Personale dipendente al 31 dicembre",
 "staff_header": ["Ruolo", "2023", "2024", "Variazione"],
 "staff_rows": [["Dirigenza medica", "198", "204", "+6"], ["Dirigenza sanitaria non medica", "41", "43", "+2"],
   ["Dirigenza PTA", "14", "13", "-1"], ["Personale del comparto sanitario", "512", "527", "+15"],
   ["Personale tecnico e amministrativo", "163", "160", "-3"], ["Personale della ricerca sanitaria", "58", "66", "+8"], ["Totale", "986", "1.013", "+27"]],
 "results_heading": "3. Risultati della performance organizzativa",
 "results_intro": "Per ciascuna area strategica sono riportati gli obiettivi, gli indicatori con il relativo peso, il target 2024, il valore rilevato a consuntivo e l'esito della valutazione (Raggiunto, Parzialmente raggiunto, Non raggiunto).",
 "header": ["Cod.", "Indicatore", "Peso", "Target 2024", "Risultato 2024", "Esito", "Note"],
 "areas": [
  {"code": "1", "title": "Assistenza e accessibilità", "label": "Area strategica 1 – Assistenza e accessibilità", "objectives": [
    {"code": "1.1", "title": "Garantire i tempi di attesa delle prestazioni ambulatoriali", "rows": [
      ["1.1.1", "Percentuale di prime visite in classe B erogate entro 10 giorni", "10%", "≥ 90%", "92,4%", "Raggiunto", None],
      ["1.1.2", "Percentuale di prestazioni diagnostiche in classe D erogate entro 60 giorni", "8%", "≥ 90%", "86,1%", "Parzialmente raggiunto", "Criticità su ecografie ostetriche nel II trimestre"],
      ["1.1.3", "Tempo medio di refertazione degli esami di laboratorio urgenti", "5%", "≤ 60 minuti", "48 minuti", "Raggiunto", None],
    ]},
    {"code": "1.2", "title": "Migliorare l'appropriatezza e la sicurezza dell'assistenza ospedaliera", "rows": [
      ["1.2.1", "Percentuale di parti cesarei primari", "8%", "≤ 20%", "18,7%", "Raggiunto", None],
      ["1.2.2", "Tasso di infezioni del sito chirurgico in chirurgia pediatrica", "6%", "≤ 2%", "1,6%", "Raggiunto", "Sorveglianza attiva su 100% interventi"],
      ["1.2.3", "Degenza media dei ricoveri ordinari pediatrici", "5%", "≤ 4,5 gg", "4,8 gg", "Non raggiunto", "Incremento casi complessi VRS"],
      ["1.2.4", "Numero di segnalazioni di eventi avversi analizzate con audit clinico", "4%", "≥ 12", "15", "Raggiunto", None],
    ]},
  ]},
  {"code": "2", "title": "Ricerca e innovazione", "label": "Area strategica 2 – Ricerca e innovazione", "objectives": [
    {"code": "2.1", "title": "Sviluppare la produzione scientifica e la capacità di attrarre finanziamenti", "rows": [
      ["2.1.1", "Impact factor normalizzato complessivo dell'Istituto", "8%", "≥ 1.850", "1.962,4", "Raggiunto", None],
      ["2.1.2", "Numero di progetti di ricerca finanziati su bandi competitivi", "6%", "≥ 18", "21", "Raggiunto", None],
      ["2.1.3", "Finanziamenti esterni per la ricerca acquisiti nell'anno", "5%", "≥ € 2.500.000,00", "€ 2.318.640,00", "Parzialmente raggiunto", "Slittamento al 2025 di due convenzioni PNRR"],
      ["2.1.4", "Numero di studi clinici sponsorizzati attivati", "4%", "≥ 10", "n.d.", "Non raggiunto", "Dato in corso di validazione"],
    ]},
    {"code": "2.2", "title": "Promuovere la trasformazione digitale dei processi clinici", "rows": [
      ["2.2.1", "Percentuale di referti firmati digitalmente e inviati al Fascicolo Sanitario Elettronico", "6%", "≥ 95%", "97,3%", "Raggiunto", None],
      ["2.2.2", "Realizzazione della cartella clinica elettronica nei reparti di degenza", "5%", "entro 31/12/2024", "Attivata in 6 reparti su 8", "Parzialmente raggiunto", "Completamento previsto entro marzo 2025"],
    ]},
  ]},
  {"code": "3", "title": "Sostenibilità ed efficienza", "label": "Area strategica 3 – Sostenibilità ed efficienza", "objectives": [
    {"code": "3.1", "title": "Assicurare l'equilibrio economico-finanziario", "rows": [
      ["3.1.1", "Indicatore di tempestività dei pagamenti", "6%", "≤ 0 gg", "-7,2 gg", "Raggiunto", None],
      ["3.1.2", "Rispetto del tetto di spesa per beni sanitari assegnato dalla Regione", "5%", "100%", "100%", "Raggiunto", None],
    ]},
    {"code": "3.2", "title": "Valorizzare le risorse umane e la trasparenza", "rows": [
      ["3.2.1", "Percentuale di dipendenti che hanno completato almeno 24 ore di formazione", "4%", "≥ 80%", "83,5%", "Raggiunto", None],
      ["3.2.2", "Grado di assolvimento degli obblighi di pubblicazione attestato dall'OIV", "3%", "≥ 95%", "96%", "Raggiunto", None],
      ["3.2.3", "Numero di procedure di reclutamento concluse nei termini programmati", "2%", "≥ 25", "Obiettivo sospeso", "Obiettivo sospeso", "Blocco assunzioni DGR 1523/2024"],
    ]},
  ]},
 ],
 "closing": [("4. Conclusioni", ["Il grado complessivo di raggiungimento degli obiettivi di performance organizzativa per l'anno 2024 si attesta al 91,3%, in lieve aumento rispetto all'89,7% del 2023. Le criticità rilevate sui tempi di attesa delle prestazioni diagnostiche e sulla degenza media saranno oggetto di specifici obiettivi nel PIAO 2025-2027."])],
}

# ---------------- 2. Calc: Città metropolitana di Torino, PIAO 2025-2027 ----------------
cmto = {
 "name": "citta-metropolitana-torino-2025-piao",
 "renderer": "calc",
 "document": {"issuer": "Città metropolitana di Torino", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
 "sheet1_title": ["CITTÀ METROPOLITANA DI TORINO", "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2025-2027",
   "Sezione 2 – Valore pubblico, performance e anticorruzione", "Sottosezione 2.2 – Performance: allegato A, obiettivi e indicatori"],
 "sheet1_prose": [
   "Il presente allegato riporta gli obiettivi strategici derivanti dalle linee programmatiche del Sindaco metropolitano e dal Documento Unico di Programmazione 2025-2027, declinati in obiettivi operativi assegnati ai Dipartimenti.",
   "Per ciascun indicatore sono indicati il peso, il valore di partenza (baseline 2024) e i valori attesi per ciascun anno del triennio. Il monitoraggio intermedio è effettuato al 31 luglio di ciascun anno."],
 "budget_title": "Risorse finanziarie per missione – Bilancio di previsione 2025-2027 (spesa corrente, importi in euro)",
 "budget_header": ["Missione", "2025", "2026", "2027"],
 "budget_rows": [["01 – Servizi istituzionali, generali e di gestione", "48.215.300,00", "47.890.100,00", "47.650.000,00"],
   ["04 – Istruzione e diritto allo studio", "36.402.750,00", "35.980.000,00", "35.980.000,00"],
   ["08 – Assetto del territorio ed edilizia abitativa", "4.118.900,00", "3.975.000,00", "3.975.000,00"],
   ["09 – Sviluppo sostenibile e tutela del territorio e dell'ambiente", "22.764.410,00", "21.900.000,00", "21.850.000,00"],
   ["10 – Trasporti e diritto alla mobilità", "61.330.200,00", "60.115.000,00", "59.870.000,00"],
   ["Totale", "172.831.560,00", "169.860.100,00", "169.325.000,00"]],
 "header": ["Obiettivo strategico", "Obiettivo operativo", "Indicatore", "Peso", "Baseline 2024", "Target 2025", "Target 2026", "Target 2027", "Dipartimento"],
 "years": [2025, 2026, 2027],
 "areas": [
  {"code": "1", "title": "TERRITORIO, AMBIENTE E MOBILITÀ", "label": "AREA STRATEGICA 1 – TERRITORIO, AMBIENTE E MOBILITÀ", "strategic": [
    {"code": "1.1", "title": "Garantire la sicurezza della rete viaria metropolitana", "operational": [
      {"code": "1.1.1", "title": "Manutenzione programmata di strade e ponti", "rows": [
        ["Km di rete stradale oggetto di rifacimento della pavimentazione", "10%", "118 km", "≥ 120 km", "≥ 125 km", "≥ 130 km", "Viabilità"],
        ["Percentuale di ponti e viadotti ispezionati secondo le Linee guida ministeriali", "8%", "72%", "≥ 80%", "≥ 90%", "100%", "Viabilità"]]},
      {"code": "1.1.2", "title": "Attuazione degli interventi finanziati dal PNRR sulla viabilità", "rows": [
        ["Percentuale di avanzamento della spesa sugli interventi PNRR", "8%", "41%", "≥ 75%", "100%", None, "Viabilità"]]}]},
    {"code": "1.2", "title": "Tutelare l'ambiente e le risorse naturali", "operational": [
      {"code": "1.2.1", "title": "Controlli ambientali su impianti e scarichi", "rows": [
        ["Numero di controlli su impianti autorizzati AUA/AIA", "7%", "412", "≥ 420", "≥ 430", "≥ 440", "Ambiente e vigilanza ambientale"],
        ["Tempo medio di conclusione dei procedimenti di Autorizzazione Unica Ambientale", "7%", "98 gg", "≤ 90 gg", "≤ 85 gg", "≤ 80 gg", "Ambiente e vigilanza ambientale"]]}]}]},
  {"code": "2", "title": "ISTRUZIONE E SVILUPPO LOCALE", "label": "AREA STRATEGICA 2 – ISTRUZIONE E SVILUPPO LOCALE", "strategic": [
    {"code": "2.1", "title": "Assicurare edifici scolastici sicuri e sostenibili", "operational": [
      {"code": "2.1.1", "title": "Adeguamento sismico ed efficientamento energetico degli istituti superiori", "rows": [
        ["Numero di edifici scolastici con certificato di prevenzione incendi", "8%", "96", "≥ 102", "≥ 110", "≥ 118", "Istruzione e sviluppo sociale"],
        ["Riduzione dei consumi energetici degli edifici scolastici rispetto al 2019", "6%", "-14%", "-18%", "-22%", "-25%", "Istruzione e sviluppo sociale"]]}]},
    {"code": "2.2", "title": "Sostenere lo sviluppo economico e l'occupazione", "operational": [
      {"code": "2.2.1", "title": "Servizi per il lavoro e la formazione professionale", "rows": [
        ["Numero di imprese accompagnate dal servizio Mettersi in proprio", "6%", "1.240", "≥ 1.250", "≥ 1.300", "≥ 1.300", "Sviluppo economico"],
        ["Risorse erogate ai Comuni per progetti di sviluppo locale", "5%", "€ 1.850.000,00", "€ 2.000.000,00", "€ 2.000.000,00", "€ 2.000.000,00", "Sviluppo economico"]]}]}]},
  {"code": "3", "title": "ENTE EFFICIENTE E TRASPARENTE", "label": "AREA STRATEGICA 3 – ENTE EFFICIENTE E TRASPARENTE", "strategic": [
    {"code": "3.1", "title": "Semplificare e digitalizzare i servizi", "operational": [
      {"code": "3.1.1", "title": "Digitalizzazione dei procedimenti rivolti a cittadini e imprese", "rows": [
        ["Percentuale di procedimenti attivabili online tramite SPID/CIE", "8%", "64%", "≥ 75%", "≥ 85%", "≥ 95%", "Risorse umane, finanziarie e digitali"],
        ["Tempo medio di pagamento delle fatture commerciali", "7%", "24 gg", "≤ 30 gg", "≤ 30 gg", "≤ 30 gg", "Risorse umane, finanziarie e digitali"]]}]},
    {"code": "3.2", "title": "Prevenire la corruzione e valorizzare il personale", "operational": [
      {"code": "3.2.1", "title": "Misure di prevenzione e formazione del personale", "rows": [
        ["Percentuale di dipendenti formati sulle misure di prevenzione della corruzione", "5%", "58%", "≥ 70%", "≥ 80%", "≥ 90%", "Segreteria generale"],
        ["Aggiornamento della mappatura dei processi a rischio", "5%", "n.d.", "entro 30/06/2025", "Aggiornamento annuale", "Aggiornamento annuale", "Segreteria generale"]]}]}]},
 ],
 "footnote": "Fonte dei dati: sistemi gestionali dell'Ente, Osservatorio regionale opere pubbliche, PCC – Piattaforma dei crediti commerciali.",
}

# ---------------- 3. reportlab: Politecnico di Bari, Relazione 2023 ----------------
poliba = {
 "name": "politecnico-bari-2023-relazione",
 "renderer": "reportlab",
 "document": {"issuer": "Politecnico di Bari", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["POLITECNICO DI BARI", "Direzione Generale – Settore Programmazione, Qualità e Valutazione",
           "RELAZIONE SULLA PERFORMANCE 2023", "Report di monitoraggio finale degli obiettivi organizzativi",
           "Approvata dal Consiglio di Amministrazione nella seduta del 26/06/2024"],
 "intro_heading": "Premessa",
 "intro": ["La presente Relazione, redatta ai sensi dell'art. 10 del D.Lgs. 150/2009 e delle Linee guida ANVUR per la gestione integrata del ciclo della performance delle università statali, illustra i risultati conseguiti nel 2023 rispetto agli obiettivi organizzativi definiti nel PIAO 2023-2025.",
   "Le schede che seguono sono estratte dal sistema informativo di gestione della performance di Ateneo: per ciascun obiettivo operativo sono riportati l'area e l'obiettivo strategico di riferimento, la struttura responsabile, gli indicatori con baseline, target e valore consuntivo, l'esito e la relazione del responsabile."],
 "risk_heading": "Contesto: risorse e quadro economico",
 "risk_title": "Tabella 1 – Proventi e costi di Ateneo (valori in migliaia di euro)",
 "risk_header": ["Voce", "Consuntivo 2022", "Consuntivo 2023"],
 "risk_rows": [["Fondo di Finanziamento Ordinario", "68.412", "71.906"], ["Contribuzione studentesca", "14.230", "14.875"],
   ["Proventi da ricerca commissionata e finanziata", "19.644", "23.118"], ["Costi del personale", "72.590", "75.004"],
   ["Costi della gestione corrente", "21.307", "22.561"]],
 "results_heading": "Schede obiettivo – risultati 2023",
 "header": ["Indicatore", "Unità di misura", "Baseline 2022", "Target 2023", "Valore consuntivo", "% raggiung."],
 "schede": [
  {"area": ("A", "Didattica"), "strategic": ("A.1", "Migliorare la regolarità delle carriere degli studenti"),
   "operational": ("A.1.1", "Potenziare il tutorato didattico per gli insegnamenti del primo anno"), "struttura": "Direzione Didattica e Servizi agli Studenti", "peso": "15%",
   "rows": [["Percentuale di studenti che proseguono al II anno avendo acquisito almeno 40 CFU", "%", "52,8%", "≥ 55%", "56,4%", "100%"],
            ["Numero di ore di tutorato erogate", "ore", "3.450", "≥ 4.000", "4.380", "100%"]],
   "esito": "Raggiunto", "relazione": "Il potenziamento del tutorato, finanziato con fondi PNRR Orientamento, ha interessato 34 insegnamenti del primo anno con un incremento della partecipazione del 21%."},
  {"area": ("A", "Didattica"), "strategic": ("A.2", "Rafforzare l'internazionalizzazione della didattica"),
   "operational": ("A.2.1", "Incrementare la mobilità internazionale degli studenti"), "struttura": "Ufficio Relazioni Internazionali", "peso": "10%",
   "rows": [["Numero di CFU conseguiti all'estero dagli studenti regolari", "n.", "6.120", "≥ 7.000", "6.540", "93%"],
            ["Percentuale di laureati entro la durata normale del corso con almeno 12 CFU all'estero", "%", "7,1%", "≥ 8%", "7,6%", "95%"]],
   "esito": "Parzialmente raggiunto", "relazione": "Il mancato pieno raggiungimento è dovuto alla riduzione delle borse Erasmus+ per l'area extra-UE; sono state attivate due nuove convenzioni di doppio titolo."},
  {"area": ("B", "Ricerca"), "strategic": ("B.1", "Aumentare la capacità di attrarre finanziamenti per la ricerca"),
   "operational": ("B.1.1", "Supportare la progettazione su bandi competitivi nazionali e internazionali"), "struttura": "Settore Ricerca e Trasferimento Tecnologico", "peso": "15%",
   "rows": [["Numero di proposte progettuali presentate su bandi Horizon Europe", "n.", "38", "≥ 45", "51", "100%"],
            ["Entrate da progetti di ricerca competitivi", "€", "€ 9.870.000", "≥ € 10.500.000", "€ 11.240.512", "100%"],
            ["Tempo medio di rendicontazione dei progetti conclusi", "giorni", "95 gg", "≤ 75 gg", "68 gg", "100%"]],
   "esito": "Raggiunto", "relazione": None},
  {"area": ("C", "Terza missione"), "strategic": ("C.1", "Valorizzare i risultati della ricerca"),
   "operational": ("C.1.1", "Incrementare i brevetti e gli spin-off accreditati"), "struttura": "Settore Ricerca e Trasferimento Tecnologico", "peso": "10%",
   "rows": [["Numero di domande di brevetto depositate", "n.", "11", "≥ 12", "9", "75%"],
            ["Numero di spin-off accreditati nell'anno", "n.", "2", "≥ 3", "3", "100%"]],
   "esito": "Parzialmente raggiunto", "relazione": "Tre domande di brevetto sono state depositate a gennaio 2024 per il ritardo nella valutazione del Comitato brevetti."},
  {"area": ("D", "Amministrazione e servizi"), "strategic": ("D.1", "Semplificare e digitalizzare i processi amministrativi"),
   "operational": ("D.1.1", "Dematerializzare i processi di acquisto e di gestione delle missioni"), "struttura": "Direzione Affari Generali e Patrimonio", "peso": "15%",
   "rows": [["Percentuale di missioni gestite con la piattaforma digitale U-Web Missioni", "%", "35%", "≥ 80%", "88%", "100%"],
            ["Tempo medio di liquidazione dei rimborsi missione", "giorni", "42 gg", "≤ 30 gg", "27 gg", "100%"],
            ["Indicatore annuale di tempestività dei pagamenti", "giorni", "-3,5", "≤ 0", "-6,8", "100%"]],
   "esito": "Raggiunto", "relazione": "Dal 1° aprile 2023 tutte le strutture dipartimentali utilizzano la piattaforma per l'autorizzazione e la liquidazione delle missioni."},
  {"area": ("D", "Amministrazione e servizi"), "strategic": ("D.2", "Valorizzare il personale tecnico-amministrativo"),
   "operational": ("D.2.1", "Attuare il piano di formazione del personale"), "struttura": "Direzione Risorse Umane", "peso": "10%",
   "rows": [["Percentuale di personale TA che ha partecipato ad almeno un corso di formazione", "%", "71%", "≥ 85%", "62%", "73%"],
            ["Numero di ore di formazione pro capite", "ore", "14,2", "≥ 24", "16,5", "69%"]],
   "esito": "Non raggiunto", "relazione": "Il catalogo formativo è stato approvato solo a settembre 2023 a seguito della riorganizzazione della Direzione; le attività non svolte sono state riprogrammate nel 2024."},
  {"area": ("D", "Amministrazione e servizi"), "strategic": ("D.3", "Garantire trasparenza e prevenzione della corruzione"),
   "operational": ("D.3.1", "Assicurare gli obblighi di pubblicazione in Amministrazione trasparente"), "struttura": "Responsabile della Prevenzione della Corruzione e della Trasparenza", "peso": "10%",
   "rows": [["Grado di completezza della sezione Amministrazione trasparente", "%", "92%", "100%", "100%", "100%"],
            ["Numero di richieste di accesso civico generalizzato evase nei termini", "%", "94%", "100%", "n.d.", None]],
   "esito": "Raggiunto", "relazione": None},
 ],
 "closing_heading": "Sintesi dei risultati",
 "closing": ["Dei 7 obiettivi operativi monitorati, 4 risultano raggiunti, 2 parzialmente raggiunti e 1 non raggiunto. Il grado medio di raggiungimento degli obiettivi organizzativi di Ateneo è pari al 91,8%."],
 "summary_header": ["Esito", "N. obiettivi", "%"],
 "summary_rows": [["Raggiunto", "4", "57,1%"], ["Parzialmente raggiunto", "2", "28,6%"], ["Non raggiunto", "1", "14,3%"]],
}

for d in (burlo, cmto, poliba):
    json.dump(d, open(OUT + d["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
print("ok")
