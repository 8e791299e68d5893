"""Writes the three r29 content files (hand-written content as data)."""
import json

# ---------- 1. Regione Abruzzo: portrait prose + landscape tables stored rotated ----------
abr_areas = [
 ("1", "Sviluppo economico, lavoro e attività produttive", [
   ("1.1", "Sostenere la competitività delle imprese abruzzesi", [
     ("1.1.a", "Tempo medio di liquidazione dei contributi alle imprese (bando Abruzzo Competitivo)", "Somma giorni tra rendicontazione e mandato / n. pratiche liquidate", "SIFA – Sistema informativo fondi", "10%", "74 gg", "≤ 60 gg", "52 gg", "100%", "Raggiunto"),
     ("1.1.b", "Percentuale di domande di contributo istruite entro 90 giorni dalla chiusura del bando", "Domande istruite entro 90 gg / domande pervenute × 100", "SIFA – Sistema informativo fondi", "10%", "81,4%", "≥ 90%", "93,2%", "100%", "Raggiunto"),
     ("1.1.c", "Risorse FESR 2021-2027 impegnate sull'Asse 1 (Ricerca e innovazione)", "Somma impegni giuridicamente vincolanti", "Sistema contabile regionale", "5%", "€ 18.400.000,00", "≥ € 35.000.000,00", "€ 31.720.450,00", "90,6%", "Parzialmente raggiunto"),
   ]),
   ("1.2", "Rafforzare le politiche attive del lavoro", [
     ("1.2.a", "Numero di beneficiari del programma GOL presi in carico dai Centri per l'impiego", "Conteggio beneficiari con patto di servizio sottoscritto", "SIL Abruzzo", "10%", "21.350", "≥ 24.000", "26.118", "100%", "Raggiunto"),
     ("1.2.b", "Tasso di inserimento occupazionale a sei mesi dei beneficiari di tirocini extracurriculari", "Tirocinanti occupati a 6 mesi / tirocinanti conclusi × 100", "Comunicazioni obbligatorie", "5%", "38,0%", "≥ 40%", "36,5%", "91,3%", "Parzialmente raggiunto"),
   ]),
 ]),
 ("2", "Tutela del territorio, ambiente e protezione civile", [
   ("2.1", "Accelerare gli interventi di mitigazione del rischio idrogeologico", [
     ("2.1.a", "Percentuale di interventi del Piano di difesa del suolo con lavori avviati", "Interventi con verbale di consegna lavori / interventi finanziati × 100", "ReNDiS – ISPRA", "10%", "42%", "≥ 60%", "63%", "100%", "Raggiunto"),
     ("2.1.b", "Tempo medio di rilascio dei pareri idraulici sui procedimenti di concessione", "Somma giorni istruttoria / n. pareri rilasciati", "Protocollo informatico", "5%", "58 gg", "≤ 45 gg", "49 gg", "91,8%", "Parzialmente raggiunto"),
     ("2.1.c", "Aggiornamento del Piano regionale di protezione civile", "Approvazione con delibera di Giunta", "Atti di Giunta regionale", "5%", "Piano 2018", "Entro il 31/12/2023", "DGR n. 812 del 28/11/2023", "100%", "Raggiunto"),
   ]),
   ("2.2", "Migliorare la gestione del ciclo dei rifiuti", [
     ("2.2.a", "Percentuale di raccolta differenziata su base regionale", "Rifiuti differenziati / rifiuti urbani prodotti × 100", "Osservatorio regionale rifiuti", "10%", "63,9%", "≥ 65%", "n.d.", None, "Obiettivo sospeso"),
     ("2.2.b", "Numero di controlli sugli impianti di trattamento autorizzati", "Conteggio verbali di sopralluogo", "ARTA Abruzzo", "5%", "48", "≥ 60", "57", "95,0%", "Parzialmente raggiunto"),
   ]),
 ]),
 ("3", "Semplificazione e trasformazione digitale dell'amministrazione", [
   ("3.1", "Digitalizzare i procedimenti rivolti a cittadini e imprese", [
     ("3.1.a", "Percentuale di procedimenti attivabili on line tramite SPID/CIE sul portale regionale", "Procedimenti on line / procedimenti censiti × 100", "Catalogo dei procedimenti", "10%", "54%", "≥ 75%", "78%", "100%", "Raggiunto"),
     ("3.1.b", "Tempo medio di pagamento delle fatture commerciali", "Indicatore di tempestività dei pagamenti (DPCM 22/09/2014)", "PCC – Piattaforma crediti commerciali", "5%", "-3,2 gg", "≤ 0 gg", "-6,8 gg", "100%", "Raggiunto"),
     ("3.1.c", "Numero di dipendenti formati sulle competenze digitali (Syllabus)", "Dipendenti con almeno un modulo completato", "Piattaforma Syllabus", "5%", "310", "≥ 600", "745", "100%", "Raggiunto"),
   ]),
 ]),
]
abr_budget = {
 "title": "Tabella 1 – Risorse finanziarie per Dipartimento (competenza 2023)",
 "header": ["Dipartimento", "Stanziamenti definitivi", "Impegni", "Pagamenti"],
 "rows": [
   ["Presidenza", "€ 62.410.300,00", "€ 55.118.902,14", "€ 47.602.115,80"],
   ["Sviluppo economico e turismo", "€ 148.720.000,00", "€ 121.304.556,21", "€ 88.471.330,05"],
   ["Lavoro e sociale", "€ 96.315.800,00", "€ 90.882.014,67", "€ 71.205.996,10"],
   ["Territorio e ambiente", "€ 204.116.450,00", "€ 161.940.228,39", "€ 104.377.812,44"],
   ["Risorse e organizzazione", "€ 83.902.700,00", "€ 80.215.661,02", "€ 76.940.118,57"],
   ["Totale", "€ 595.465.250,00", "€ 509.461.362,43", "€ 388.597.372,96"],
 ],
}
abruzzo = {
 "name": "regione-abruzzo-2023-relazione",
 "document": {"issuer": "Regione Abruzzo", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
 "cover": ["REGIONE ABRUZZO", "Giunta Regionale", "Relazione sulla performance", "Anno 2023",
           "ai sensi dell'art. 10, comma 1, lett. b) del D.Lgs. 150/2009",
           "Validata dall'Organismo Indipendente di Valutazione in data 27 giugno 2024"],
 "intro": [
   ("h", "1. Presentazione"),
   ("p", "La Relazione sulla performance conclude il ciclo di gestione della performance 2023 e rendiconta ai cittadini, alle imprese e agli altri portatori di interesse i risultati organizzativi raggiunti dalla Giunta regionale rispetto agli obiettivi programmati nella sezione Valore pubblico e Performance del PIAO 2023-2025, approvato con DGR n. 64 del 31 gennaio 2023."),
   ("p", "Il documento è articolato in tre parti: il contesto di riferimento e le risorse disponibili, i risultati degli obiettivi strategici misurati dagli indicatori di performance organizzativa, e le considerazioni conclusive sul processo di misurazione e valutazione. Le schede di dettaglio degli indicatori sono riportate in formato orizzontale per agevolarne la lettura."),
   ("h", "2. Il contesto e le risorse"),
   ("p", "Nel 2023 l'azione amministrativa si è svolta in un quadro segnato dall'avvio della programmazione europea 2021-2027 e dall'attuazione degli interventi del Piano Nazionale di Ripresa e Resilienza, che hanno richiesto un significativo impegno delle strutture regionali sia sul piano della gestione finanziaria sia su quello del reclutamento di personale tecnico."),
   ("p", "Al 31 dicembre 2023 il personale in servizio presso la Giunta regionale ammonta a 1.284 unità, di cui 71 dirigenti. La tabella seguente riporta la sintesi delle risorse finanziarie gestite da ciascun Dipartimento."),
   ("budget", None),
   ("h", "3. I risultati della performance organizzativa"),
   ("p", "Per ciascuna area strategica sono riportati gli obiettivi strategici e i relativi indicatori con il valore di partenza, il target 2023, il valore conseguito e il grado di raggiungimento calcolato secondo il Sistema di misurazione e valutazione vigente. Gli indicatori il cui monitoraggio non è stato possibile per cause non imputabili alle strutture sono indicati come sospesi e non concorrono alla valutazione."),
 ],
 "table_header": ["Cod.", "Indicatore", "Formula di calcolo", "Fonte dei dati", "Peso", "Valore di partenza", "Target 2023", "Valore 2023", "Grado di raggiungimento", "Esito"],
 "areas": abr_areas,
 "closing": [
   ("h", "4. Considerazioni conclusive"),
   ("p", "Dei tredici indicatori monitorati, otto risultano pienamente raggiunti e quattro parzialmente raggiunti; l'indicatore sulla raccolta differenziata è stato sospeso in attesa della validazione dei dati 2023 da parte dell'Osservatorio regionale. Il grado medio di raggiungimento degli obiettivi strategici si attesta al 97,6%."),
   ("p", "L'Organismo Indipendente di Valutazione ha raccomandato, per il ciclo 2024, di ridurre il numero di indicatori di mera attività a favore di indicatori di impatto e di allineare i target alle serie storiche disponibili."),
 ],
}

# ---------- 2. Università: Calc workbook with rotated header labels ----------
uni_rows = [
 ("1 – Didattica", "1.1 – Migliorare la regolarità delle carriere degli studenti", [
   ("D.1.1", "Percentuale di studenti che proseguono al II anno con almeno 40 CFU", "ANVUR – iC16", "8%", "52,3%", "≥ 55%", "56,1%", "100%", "Raggiunto", None),
   ("D.1.2", "Percentuale di laureati entro la durata normale del corso", "ANVUR – iC02", "8%", "58,7%", "≥ 60%", "59,2%", "98,7%", "Parzialmente raggiunto", "Dato provvisorio al 31/01/2025"),
   ("D.1.3", "Tasso di abbandono dopo il primo anno (lauree triennali)", "ANVUR – iC24", "5%", "17,9%", "≤ 16%", "15,4%", "100%", "Raggiunto", None),
 ]),
 ("1 – Didattica", "1.2 – Rafforzare l'attrattività dell'offerta formativa", [
   ("D.2.1", "Numero di immatricolati ai corsi di laurea triennale e a ciclo unico", "ESSE3", "5%", "2.412", "≥ 2.500", "2.563", "100%", "Raggiunto", None),
   ("D.2.2", "Percentuale di iscritti al primo anno provenienti da altre regioni", "ANVUR – iC03", "4%", "21,5%", "≥ 23%", "22,1%", "96,1%", "Parzialmente raggiunto", None),
   ("D.2.3", "Numero di corsi di studio erogati in lingua inglese", "Offerta formativa SUA-CdS", "3%", "4", "6", "6", "100%", "Raggiunto", None),
 ]),
 ("2 – Ricerca", "2.1 – Accrescere la qualità e la capacità di attrarre finanziamenti", [
   ("R.1.1", "Proventi da ricerche commissionate e trasferimento tecnologico", "Bilancio unico d'Ateneo", "6%", "€ 3.118.400,00", "≥ € 3.300.000,00", "€ 3.472.915,60", "100%", "Raggiunto", None),
   ("R.1.2", "Numero di progetti presentati su bandi competitivi europei (Horizon Europe)", "Ufficio Ricerca – IRIS", "5%", "38", "≥ 45", "41", "91,1%", "Parzialmente raggiunto", None),
   ("R.1.3", "Percentuale di docenti attivi nella ricerca (almeno 2 prodotti nel triennio)", "IRIS – Catalogo prodotti", "5%", "88,2%", "≥ 90%", "91,4%", "100%", "Raggiunto", None),
 ]),
 ("2 – Ricerca", "2.2 – Sostenere il dottorato di ricerca", [
   ("R.2.1", "Numero di borse di dottorato finanziate da enti esterni", "Ufficio Dottorato", "4%", "19", "≥ 22", "27", "100%", "Raggiunto", "Incluse 6 borse PNRR DM 630/2024"),
   ("R.2.2", "Percentuale di dottori di ricerca occupati a un anno dal titolo", "AlmaLaurea", "3%", "84,0%", "≥ 85%", "n.d.", None, "Obiettivo sospeso", "Indagine AlmaLaurea non ancora pubblicata"),
 ]),
 ("3 – Terza missione", "3.1 – Valorizzare i risultati della ricerca e l'impegno pubblico", [
   ("T.1.1", "Numero di brevetti depositati e spin-off accreditati", "Ufficio Trasferimento tecnologico", "4%", "7", "≥ 8", "9", "100%", "Raggiunto", None),
   ("T.1.2", "Numero di eventi di public engagement registrati nel catalogo d'Ateneo", "Catalogo PE", "3%", "146", "≥ 160", "138", "86,3%", "Non raggiunto", None),
   ("T.1.3", "Percentuale di corsi di formazione permanente con valutazione positiva dei partecipanti", "Questionari di gradimento", "3%", "91%", "≥ 90%", "94%", "100%", "Raggiunto", None),
 ]),
 ("4 – Organizzazione e sostenibilità", "4.1 – Semplificare e digitalizzare i processi amministrativi", [
   ("A.1.1", "Indicatore di tempestività dei pagamenti", "PCC – Piattaforma crediti commerciali", "6%", "-4,1 gg", "≤ 0 gg", "-7,3 gg", "100%", "Raggiunto", None),
   ("A.1.2", "Tempo medio di rilascio dei certificati di laurea in formato digitale", "ESSE3 – log servizi on line", "4%", "3 gg", "≤ 2 gg", "1 gg", "100%", "Raggiunto", None),
   ("A.1.3", "Percentuale di procedure di acquisto gestite su piattaforma telematica", "U-Buy", "5%", "87%", "100%", "100%", "100%", "Raggiunto", None),
 ]),
 ("4 – Organizzazione e sostenibilità", "4.2 – Ridurre l'impatto ambientale dell'Ateneo", [
   ("A.2.1", "Riduzione dei consumi di energia elettrica rispetto al 2023", "Fatture fornitori energia", "5%", "6.840 MWh", "≥ 5%", "3,2%", "64,0%", "Non raggiunto", "Nuovo edificio di via Crescimbeni in esercizio da marzo"),
   ("A.2.2", "Percentuale di rifiuti avviati a raccolta differenziata nelle sedi d'Ateneo", "Gestore servizio igiene urbana", "4%", "61%", "≥ 65%", "67,5%", "100%", "Raggiunto", None),
 ]),
 ("4 – Organizzazione e sostenibilità", "4.3 – Valorizzare le competenze del personale", [
   ("A.3.1", "Percentuale di personale tecnico-amministrativo che ha partecipato ad almeno un corso di formazione", "Ufficio Formazione", "4%", "72%", "≥ 80%", "84,6%", "100%", "Raggiunto", None),
   ("A.3.2", "Ore medie di formazione per dipendente", "Ufficio Formazione", "3%", "14 ore", "≥ 24 ore", "26 ore", "100%", "Raggiunto", "Obiettivo della Direttiva del Ministro per la PA del 14/01/2025"),
   ("A.3.3", "Grado di soddisfazione del personale sul benessere organizzativo (scala 1-5)", "Indagine benessere organizzativo", "3%", "3,4", "≥ 3,6", "3,5", "97,2%", "Parzialmente raggiunto", None),
 ]),
]
uni = {
 "name": "unimc-2024-relazione",
 "document": {"issuer": "Università degli Studi di Macerata", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["UNIVERSITÀ DEGLI STUDI DI MACERATA", "Relazione sulla performance 2024",
           "Allegato 1 – Cruscotto degli indicatori di performance organizzativa",
           "Approvata dal Consiglio di amministrazione nella seduta del 24 giugno 2025",
           "Il presente allegato riporta, per ciascun obiettivo strategico del Piano integrato di attività e organizzazione 2024-2026, gli indicatori di performance organizzativa con il peso, la baseline al 31/12/2023, il target 2024, il valore consuntivo e il grado di raggiungimento validato dal Nucleo di valutazione. Gli esiti sono espressi secondo la scala del Sistema di misurazione e valutazione della performance (SMVP 2024): Raggiunto (grado pari al 100%), Parzialmente raggiunto (grado compreso tra 90% e 99,9%), Non raggiunto (grado inferiore al 90%)."],
 "staff": {"title": "Personale in servizio al 31/12/2024", "header": ["Ruolo", "Uomini", "Donne", "Totale"],
           "rows": [["Professori ordinari", "58", "41", "99"], ["Professori associati", "72", "80", "152"],
                    ["Ricercatori", "39", "47", "86"], ["Personale tecnico-amministrativo", "112", "198", "310"],
                    ["Collaboratori esperti linguistici", "4", "15", "19"], ["Totale", "285", "381", "666"]]},
 "header": ["Area strategica", "Obiettivo strategico", "Cod.", "Indicatore", "Fonte", "Peso %", "Baseline 2023", "Target 2024", "Valore consuntivo", "Grado di raggiungimento", "Esito", "Note"],
 "rotated": ["Peso %", "Baseline 2023", "Target 2024", "Valore consuntivo", "Grado di raggiungimento", "Esito"],
 "groups": uni_rows,
}

# ---------- 3. Comune: Word table, rotated merged area cell on the left, Target/Risultato spanning years ----------
pes_groups = [
 ("1", "Città sostenibile e vivibile", [
   ("1.1", "Potenziare la mobilità dolce e il trasporto pubblico", [
     ("Chilometri di piste ciclabili realizzati nell'anno", "10%", "≥ 3 km", "≥ 4 km", "3,4 km", "4,6 km", None),
     ("Percentuale di fermate del TPL dotate di pensilina e paline informative", "5%", "≥ 40%", "≥ 50%", "42%", "47%", "Fornitura paline slittata al 2025"),
   ]),
   ("1.2", "Migliorare la cura del verde e degli spazi pubblici", [
     ("Tempo medio di intervento sulle segnalazioni di manutenzione del verde", "5%", "≤ 15 gg", "≤ 12 gg", "14 gg", "11 gg", None),
     ("Numero di nuovi alberi messi a dimora", "5%", "≥ 500", "≥ 600", "612", "655", "Progetto Pesaro Città Verde"),
     ("Percentuale di raccolta differenziata", "5%", "≥ 72%", "≥ 74%", "73,8%", "75,2%", None),
   ]),
 ]),
 ("2", "Città dei servizi e della coesione sociale", [
   ("2.1", "Rafforzare i servizi educativi per la prima infanzia", [
     ("Percentuale di domande di iscrizione agli asili nido accolte", "10%", "≥ 85%", "≥ 90%", "86,2%", "91,5%", None),
     ("Tempo medio di pubblicazione delle graduatorie dalla chiusura del bando", "5%", "≤ 30 gg", "≤ 25 gg", "28 gg", "27 gg", None),
   ]),
   ("2.2", "Sostenere le persone e le famiglie in condizione di fragilità", [
     ("Numero di progetti personalizzati attivati per i nuclei beneficiari dell'Assegno di inclusione", "10%", "≥ 250", "≥ 300", "268", "314", None),
     ("Tempo medio di presa in carico delle nuove richieste al Servizio sociale professionale", "5%", "≤ 20 gg", "≤ 15 gg", "18 gg", "16 gg", "Carenza di due assistenti sociali nel II semestre"),
   ]),
 ]),
 ("3", "Città efficiente e trasparente", [
   ("3.1", "Semplificare l'accesso ai servizi comunali", [
     ("Percentuale di pratiche SUAP e SUE presentate in modalità telematica", "10%", "100%", "100%", "100%", "100%", None),
     ("Tempi di rilascio della carta d'identità elettronica (attesa per appuntamento)", "5%", "≤ 20 gg", "≤ 10 gg", "22 gg", "9 gg", None),
   ]),
   ("3.2", "Migliorare la capacità di riscossione delle entrate", [
     ("Percentuale di riscossione dell'IMU ordinaria in conto competenza", "10%", "≥ 92%", "≥ 93%", "92,6%", "93,4%", None),
     ("Importo recuperato da attività di contrasto all'evasione tributaria", "10%", "€ 2.500.000", "€ 2.800.000", "€ 2.731.220", "€ 2.655.900", None),
   ]),
 ]),
]
pesaro = {
 "name": "comune-pesaro-2024-relazione",
 "document": {"issuer": "Comune di Pesaro", "title": "Relazione sulla performance", "year": 2024, "kind": "relazione"},
 "cover": ["COMUNE DI PESARO", "Settore Programmazione, Controlli e Qualità", "RELAZIONE SULLA PERFORMANCE", "ANNO 2024",
           "Approvata con deliberazione della Giunta comunale n. 118 del 17 giugno 2025"],
 "intro": [
   ("h", "1. Introduzione"),
   ("p", "La presente Relazione illustra i risultati di performance organizzativa conseguiti dal Comune di Pesaro nell'anno 2024 in attuazione degli obiettivi operativi assegnati con il Piano integrato di attività e organizzazione 2024-2026 e con il Piano esecutivo di gestione. Per consentire una lettura dell'andamento nel tempo, gli indicatori riportano i target e i risultati sia del 2023 sia del 2024."),
   ("p", "La misurazione è stata effettuata dal Settore Programmazione, Controlli e Qualità sulla base dei dati forniti dai dirigenti responsabili e verificati a campione dal Nucleo di valutazione."),
   ("h", "2. Le risorse"),
   ("p", "Le risorse finanziarie assegnate con il PEG 2024 alle aree strategiche sono sintetizzate nella tabella seguente."),
   ("budget", None),
   ("pagebreak", None),
   ("h", "3. Gli indicatori di performance organizzativa"),
   ("p", "La tabella riporta, per ciascuna area strategica e obiettivo operativo, gli indicatori con il relativo peso, i target e i risultati del biennio 2023-2024."),
 ],
 "budget": {"header": ["Area strategica", "Spesa corrente", "Spesa in conto capitale", "Totale"],
            "rows": [["1 – Città sostenibile e vivibile", "€ 21.480.300,00", "€ 14.902.110,00", "€ 36.382.410,00"],
                     ["2 – Città dei servizi e della coesione sociale", "€ 38.115.620,00", "€ 3.405.000,00", "€ 41.520.620,00"],
                     ["3 – Città efficiente e trasparente", "€ 17.624.880,00", "€ 1.210.500,00", "€ 18.835.380,00"],
                     ["Totale", "€ 77.220.800,00", "€ 19.517.610,00", "€ 96.738.410,00"]]},
 "header_top": ["Area strategica", "Obiettivo operativo", "Indicatore", "Peso", "Target", "Risultato", "Note"],
 "years": [2023, 2024],
 "groups": pes_groups,
 "closing": [
   ("h", "4. Sintesi"),
   ("p", "Nel 2024 nove indicatori su tredici hanno raggiunto o superato il target. Non sono stati raggiunti i valori attesi per la dotazione di pensiline e paline informative, la cui fornitura è stata aggiudicata a fine anno, per i tempi di pubblicazione delle graduatorie dei nidi e di presa in carico del Servizio sociale professionale, e per l'importo recuperato dal contrasto all'evasione tributaria. Il confronto con il 2023 evidenzia in particolare il miglioramento dei tempi di rilascio della carta d'identità elettronica, a seguito dell'apertura degli sportelli pomeridiani."),
 ],
}

for doc in (abruzzo, uni, pesaro):
    if doc is abruzzo:
        doc["budget"] = abr_budget
    json.dump(doc, open(f"/work/blind/r29/{doc['name']}.content.json", "w"), ensure_ascii=False, indent=1)
print("ok")
