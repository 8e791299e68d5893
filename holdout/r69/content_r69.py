"""Writes the three r69 content files (hand-written content)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent

# ------------------------------------------------------------------ 1. Word, horizontal rules only
def urbino():
    H = ["Indicatore", "Baseline 2022", "Target 2023", "Risultato 2023", "Esito"]
    M = ["indicator", "baseline", "target", "actual", "status"]
    def tab(rows): return {"t": "ind_table", "header": H, "map": M, "year": 2023, "rows": rows}
    B = [
        {"t": "h1", "text": "1. Presentazione"},
        {"t": "p", "text": "La Relazione sulla performance, prevista dall'art. 10, comma 1, lettera b) del D.Lgs. 150/2009, illustra ai cittadini e a tutti gli stakeholder, interni ed esterni, i risultati organizzativi e individuali raggiunti dall'Università degli Studi di Urbino Carlo Bo nel corso dell'anno 2023 rispetto agli obiettivi programmati nella sottosezione Performance del Piano integrato di attività e organizzazione 2023-2025."},
        {"t": "p", "text": "Il documento è stato redatto dalla Direzione Generale con il supporto dell'Ufficio Pianificazione, Controllo di gestione e Valutazione, sulla base dei dati forniti dai Settori e dai Dipartimenti, ed è sottoposto alla validazione del Nucleo di Valutazione in funzione di Organismo Indipendente di Valutazione."},
        {"t": "h1", "text": "2. Il contesto di riferimento"},
        {"t": "p", "text": "Nell'anno accademico 2022/2023 l'Ateneo ha contato 14.126 studenti iscritti ai corsi di laurea, laurea magistrale e laurea magistrale a ciclo unico, distribuiti su sei Dipartimenti. La tabella seguente riporta la consistenza del personale in servizio al 31 dicembre 2023."},
        {"t": "caption", "text": "Tabella 1 – Personale in servizio al 31/12/2023"},
        {"t": "table", "header": ["Ruolo", "Unità", "di cui a tempo determinato"], "widths": [9, 3.5, 4.5],
         "rows": [["Professori ordinari", "98", "–"], ["Professori associati", "163", "–"], ["Ricercatori (RTD-A, RTD-B, RTT)", "121", "121"],
                  ["Personale tecnico-amministrativo e bibliotecario", "352", "17"], ["Collaboratori ed esperti linguistici", "14", "2"], ["Totale", "748", "140"]]},
        {"t": "h1", "text": "3. I risultati della performance organizzativa"},
        {"t": "p", "text": "Per ciascuna area strategica del Piano strategico 2021-2026 sono riportati gli obiettivi strategici, gli indicatori associati con il valore di partenza (baseline 2022), il target atteso per il 2023, il risultato conseguito e l'esito della valutazione. Un indicatore è considerato parzialmente raggiunto quando il risultato si colloca tra l'80% e il 99% del target."},
        {"t": "area", "code": "1", "title": "Didattica", "text": "Area strategica 1 – Didattica"},
        {"t": "obj", "level": "strategic", "code": "1.1", "title": "Migliorare la regolarità delle carriere degli studenti", "text": "Obiettivo strategico 1.1 – Migliorare la regolarità delle carriere degli studenti"},
        tab([["Percentuale di studenti iscritti entro la durata normale del corso che abbiano acquisito almeno 40 CFU nell'anno solare", "58,4%", "≥ 60%", "61,2%", "Raggiunto"],
             ["Percentuale di laureati entro la durata normale del corso", "55,1%", "≥ 57%", "56,3%", "Parzialmente raggiunto"],
             ["Tasso di abbandono tra il I e il II anno delle lauree triennali", "14,8%", "≤ 13%", "12,6%", "Raggiunto"]]),
        {"t": "obj", "level": "strategic", "code": "1.2", "title": "Rafforzare l'attrattività e l'internazionalizzazione dell'offerta formativa", "text": "Obiettivo strategico 1.2 – Rafforzare l'attrattività e l'internazionalizzazione dell'offerta formativa"},
        tab([["Numero di corsi di studio erogati in lingua inglese", "3", "4", "4", "Raggiunto"],
             ["Percentuale di CFU conseguiti all'estero dagli studenti regolari", "1,9%", "≥ 2,5%", "2,1%", "Non raggiunto"],
             ["Numero di immatricolati provenienti da fuori regione", "1.312", "≥ 1.350", "1.407", "Raggiunto"]]),
        {"t": "p", "text": "Il dato sulla mobilità internazionale, pur in crescita rispetto all'anno precedente, risente del ritardo nella stipula dei nuovi accordi Erasmus+ per il periodo 2021-2027 e della riduzione delle borse integrative regionali."},
        {"t": "area", "code": "2", "title": "Ricerca", "text": "Area strategica 2 – Ricerca"},
        {"t": "obj", "level": "strategic", "code": "2.1", "title": "Incrementare la capacità di attrarre finanziamenti competitivi", "text": "Obiettivo strategico 2.1 – Incrementare la capacità di attrarre finanziamenti competitivi"},
        tab([["Proventi da progetti di ricerca competitivi (PRIN, Horizon Europe, PNRR)", "€ 4.812.300,00", "≥ € 5.000.000,00", "€ 6.145.920,35", "Raggiunto"],
             ["Numero di proposte progettuali presentate su bandi europei", "38", "≥ 40", "44", "Raggiunto"]]),
        {"t": "obj", "level": "strategic", "code": "2.2", "title": "Migliorare la qualità della produzione scientifica", "text": "Obiettivo strategico 2.2 – Migliorare la qualità della produzione scientifica"},
        tab([["Percentuale di docenti e ricercatori attivi nella ricerca (almeno due prodotti nel triennio)", "91,5%", "≥ 92%", "93,8%", "Raggiunto"],
             ["Numero di assegni di ricerca e borse di dottorato finanziati da enti esterni", "21", "25", "19", "Non raggiunto"]]),
        {"t": "area", "code": "3", "title": "Terza missione", "text": "Area strategica 3 – Terza missione"},
        {"t": "obj", "level": "strategic", "code": "3.1", "title": "Valorizzare il trasferimento tecnologico e il public engagement", "text": "Obiettivo strategico 3.1 – Valorizzare il trasferimento tecnologico e il public engagement"},
        tab([["Numero di brevetti e spin-off attivi", "9", "10", "10", "Raggiunto"],
             ["Numero di eventi di public engagement censiti nel catalogo di Ateneo", "146", "≥ 150", "172", "Raggiunto"],
             ["Entrate da attività conto terzi", "€ 1.102.450,00", "≥ € 1.150.000,00", "€ 1.087.316,40", "Parzialmente raggiunto"]]),
        {"t": "area", "code": "4", "title": "Sostenibilità e semplificazione amministrativa", "text": "Area strategica 4 – Sostenibilità e semplificazione amministrativa"},
        {"t": "obj", "level": "strategic", "code": "4.1", "title": "Semplificare e digitalizzare i processi amministrativi", "text": "Obiettivo strategico 4.1 – Semplificare e digitalizzare i processi amministrativi"},
        tab([["Tempo medio di pagamento delle fatture commerciali", "21 gg", "≤ 30 gg", "17 gg", "Raggiunto"],
             ["Indicatore di tempestività dei pagamenti", "-9,35", "≤ 0", "-12,84", "Raggiunto"],
             ["Percentuale di procedure di acquisto gestite su piattaforma telematica", "88%", "100%", "100%", "Raggiunto"],
             ["Grado di soddisfazione del personale tecnico-amministrativo sui servizi di supporto (scala 1-6)", "4,12", "≥ 4,20", "n.d.", "Obiettivo sospeso"]]),
        {"t": "p", "text": "La rilevazione di customer satisfaction del progetto Good Practice non è stata svolta nel 2023 per la riorganizzazione del consorzio di atenei aderenti; l'obiettivo è stato pertanto sospeso e riproposto nel Piano 2024-2026."},
        {"t": "obj", "level": "strategic", "code": "4.2", "title": "Promuovere la sostenibilità ambientale dell'Ateneo", "text": "Obiettivo strategico 4.2 – Promuovere la sostenibilità ambientale dell'Ateneo"},
        tab([["Riduzione dei consumi di energia elettrica rispetto all'anno 2022", "8.420 MWh", "≥ 5%", "6,8%", "Raggiunto"]]),
        {"t": "h1", "text": "4. Sintesi dei risultati"},
        {"t": "p", "text": "Dei 18 indicatori di performance organizzativa monitorati, 13 risultano raggiunti, 2 parzialmente raggiunti e 2 non raggiunti; per un indicatore l'obiettivo è stato sospeso."},
        {"t": "caption", "text": "Tabella 2 – Esiti degli indicatori 2023"},
        {"t": "table", "header": ["Esito", "N. indicatori", "%"], "widths": [8, 4, 4],
         "rows": [["Raggiunto", "13", "72,2%"], ["Parzialmente raggiunto", "2", "11,1%"], ["Non raggiunto", "2", "11,1%"], ["Obiettivo sospeso", "1", "5,6%"], ["Totale", "18", "100,0%"]]},
        {"t": "p", "text": "Urbino, 27 giugno 2024"},
        {"t": "sign", "text": ["Il Direttore Generale", "Dott. Alessandro Perfetti"]},
    ]
    return {"name": "universita-urbino-2023-relazione",
            "document": {"issuer": "Università degli Studi di Urbino Carlo Bo", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
            "cover": ["Università degli Studi di Urbino Carlo Bo", "Direzione Generale", "RELAZIONE SULLA PERFORMANCE 2023", "ai sensi dell'art. 10, comma 1, lett. b) del D.Lgs. 27 ottobre 2009, n. 150", "Approvata dal Consiglio di Amministrazione nella seduta del 28 giugno 2024"],
            "layout": "Word (python-docx -> LibreOffice), A4 portrait; indicator tables with horizontal rules only (thick top/bottom, header rule, hairlines between rows, no verticals), light-grey shaded header; 'Area strategica N – Titolo' and 'Obiettivo strategico N.N – Titolo' bold headings above each table; Indicatore | Baseline 2022 | Target 2023 | Risultato 2023 | Esito",
            "blocks": B}

# ------------------------------------------------------------------ 2. Calc, portrait, wrapped
def ferrara():
    A1 = "1 – Competitività e sviluppo delle imprese"; A2 = "2 – Regolazione e tutela del mercato"; A3 = "3 – Efficienza e sostenibilità dell'Ente"
    O11 = "1.1 – Accompagnare le imprese nella doppia transizione digitale ed ecologica"
    O12 = "1.2 – Valorizzare il turismo e le filiere del territorio"
    O13 = "1.3 – Sostenere l'internazionalizzazione delle PMI"
    O21 = "2.1 – Garantire un Registro delle imprese efficiente e trasparente"
    O22 = "2.2 – Rafforzare la vigilanza e la metrologia legale"
    O31 = "3.1 – Assicurare la sostenibilità economica e la qualità dei servizi"
    rows = [
        [A1, O11, "Numero di imprese assistite dal PID in percorsi di digitalizzazione", "N. imprese con self-assessment o orientamento digitale concluso nell'anno", "35%", "182", "≥ 190", "≥ 200", "≥ 210"],
        [A1, O11, "Risorse destinate a contributi alle imprese per la doppia transizione", "Somma degli importi dei bandi approvati dalla Giunta nell'anno", "35%", "€ 1.180.000,00", "≥ € 1.250.000,00", "≥ € 1.250.000,00", "≥ € 1.300.000,00"],
        [A1, O11, "Grado di soddisfazione degli utenti dei servizi di orientamento digitale", "Valutazioni positive / totale valutazioni espresse × 100", "30%", "91%", "≥ 85%", "≥ 85%", "≥ 85%"],
        [A1, O12, "Numero di iniziative di promozione turistica del territorio realizzate", "Iniziative realizzate, anche in collaborazione con enti locali e DMO", "40%", "12", "≥ 12", "≥ 14", "≥ 15"],
        [A1, O12, "Percentuale di risorse del progetto Turismo impegnate", "Risorse impegnate / risorse stanziate × 100", "60%", "96,5%", "≥ 95%", "≥ 95%", "≥ 95%"],
        [A1, O13, "Numero di imprese partecipanti a fiere e missioni all'estero con il supporto camerale", "Imprese beneficiarie di servizi o contributi per l'internazionalizzazione", "50%", "64", "≥ 70", "≥ 75", "≥ 80"],
        [A1, O13, "Percentuale di certificati di origine rilasciati entro 2 giorni lavorativi", "Certificati rilasciati entro 2 gg / totale certificati rilasciati × 100", "50%", "97,8%", "≥ 95%", "≥ 96%", "≥ 97%"],
        [A2, O21, "Tempo medio di evasione delle pratiche telematiche del Registro delle imprese", "Giorni medi tra la data di protocollo e la data di evasione (fonte Priamo)", "40%", "3,2 gg", "≤ 4 gg", "≤ 4 gg", "≤ 3,5 gg"],
        [A2, O21, "Percentuale di pratiche sospese sul totale delle pratiche ricevute", "Pratiche sospese / pratiche protocollate × 100", "30%", "11,4%", "≤ 12%", "≤ 11%", "≤ 10%"],
        [A2, O21, "Numero di cancellazioni d'ufficio e procedure di scioglimento avviate", "Provvedimenti del Conservatore adottati nell'anno", "30%", "420", "≥ 400", "≥ 400", "≥ 350"],
        [A2, O22, "Numero di ispezioni metrologiche e di controlli sulla sicurezza dei prodotti", "Verbali di ispezione redatti nell'anno", "100%", "236", "≥ 240", "≥ 250", "≥ 250"],
        [A3, O31, "Indicatore di tempestività dei pagamenti", "Media dei giorni tra scadenza e pagamento delle fatture, ponderata per l'importo", "30%", "-14,2", "≤ 0", "≤ 0", "≤ 0"],
        [A3, O31, "Tasso di riscossione spontanea del diritto annuale", "Diritto annuale riscosso entro la scadenza / diritto annuale dovuto × 100", "30%", "71,3%", "≥ 72%", "≥ 73%", "≥ 74%"],
        [A3, O31, "Grado di attuazione del piano di formazione del personale", "Ore di formazione erogate / ore programmate × 100", "40%", "n.d.", "100%", "100%", "100%"],
    ]
    return {"name": "cciaa-ferrara-ravenna-2025-piao",
            "document": {"issuer": "Camera di Commercio di Ferrara e Ravenna", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
            "layout": "Calc (openpyxl -> LibreOffice), three sheets printed A4 portrait (fit to width): a text sheet (cover + premessa), the performance sheet with wrapped text, Area strategica and Obiettivo strategico cells merged down over their indicators, header row repeated on each page; one target column per year 2025-2027 (3 records per indicator); Baseline 2023 column; budget sheet (no records)",
            "intro": ["CAMERA DI COMMERCIO DI FERRARA E RAVENNA",
                      "PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2025-2027",
                      "Approvato con deliberazione della Giunta camerale n. 9 del 30 gennaio 2025",
                      "SEZIONE 2 – VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE",
                      "Il Piano integrato di attività e organizzazione (PIAO), introdotto dall'art. 6 del D.L. 80/2021, assorbe il Piano della performance e definisce, per il triennio 2025-2027, gli obiettivi strategici dell'Ente, gli indicatori con cui ne viene misurato il conseguimento e i relativi target annuali.",
                      "Gli obiettivi discendono dal Programma pluriennale 2021-2026 e dalla Relazione previsionale e programmatica 2025 approvata dal Consiglio camerale. Per ciascun indicatore sono indicati l'algoritmo di calcolo, il peso all'interno dell'obiettivo, il valore di partenza (baseline 2023) e i target attesi per ciascuna annualità del triennio.",
                      "Il monitoraggio infrannuale è svolto al 30 giugno e al 30 settembre; la rendicontazione avviene con la Relazione sulla performance, validata dall'Organismo Indipendente di Valutazione."],
            "sheet_title": ["SOTTOSEZIONE 2.2 – PERFORMANCE", "Obiettivi strategici, indicatori e target 2025-2027"],
            "header": ["Area strategica", "Obiettivo strategico", "Indicatore", "Algoritmo di calcolo", "Peso", "Baseline 2023", "Target 2025", "Target 2026", "Target 2027"],
            "map": ["area", "strategic", "indicator", "formula", "weight", "baseline", "target@2025", "target@2026", "target@2027"],
            "rows": rows,
            "footer_note": "Fonte dei dati: sistema di controllo di gestione camerale (Integra) e banche dati del sistema camerale.",
            "budget_title": "Risorse economiche per area strategica – Preventivo economico 2025",
            "budget_header": ["Area strategica", "Oneri di funzionamento e personale", "Interventi economici", "Totale"],
            "budget_rows": [["1 – Competitività e sviluppo delle imprese", "€ 2.140.500,00", "€ 3.410.000,00", "€ 5.550.500,00"],
                            ["2 – Regolazione e tutela del mercato", "€ 3.025.800,00", "€ 95.000,00", "€ 3.120.800,00"],
                            ["3 – Efficienza e sostenibilità dell'Ente", "€ 4.318.200,00", "€ 0,00", "€ 4.318.200,00"],
                            ["Totale", "€ 9.484.500,00", "€ 3.505.000,00", "€ 12.989.500,00"]]}

# ------------------------------------------------------------------ 3. reportlab export
def cosenza():
    H = ["Cod.", "Indicatore", "Peso", "Target 2023", "Consuntivo 2023", "% Ragg."]
    M = ["indicator_code", "indicator", "weight", "target", "actual", "achievement"]
    R = "OBIETTIVO RAGGIUNTO"; P = "OBIETTIVO PARZIALMENTE RAGGIUNTO"; N = "OBIETTIVO NON RAGGIUNTO"; S = "OBIETTIVO SOSPESO"
    groups = [
        ("area", "1", "COMPETITIVITÀ E SVILUPPO DELLE IMPRESE", "AREA STRATEGICA 1 – COMPETITIVITÀ E SVILUPPO DELLE IMPRESE"),
        ("strategic", "1.1", "Sostenere la transizione digitale ed ecologica delle imprese", "Obiettivo strategico 1.1 – Sostenere la transizione digitale ed ecologica delle imprese"),
        ("ind", ["1.1.a", "Numero di imprese assistite dal Punto Impresa Digitale (self-assessment e orientamento)", "20%", "≥ 120", "147", "100%"], R, "Realizzati 11 eventi formativi e 147 assessment della maturità digitale, di cui 38 con il modello Zoom 4.0."),
        ("ind", ["1.1.b", "Risorse erogate alle imprese tramite il bando voucher digitali I4.0", "30%", "≥ € 450.000,00", "€ 462.810,50", "100%"], R, None),
        ("ind", ["1.1.c", "Percentuale di istruttorie dei bandi concluse entro 60 giorni dalla chiusura", "20%", "≥ 90%", "94,2%", "100%"], R, None),
        ("ind", ["1.1.d", "Numero di imprese partecipanti ai percorsi sulla sostenibilità ambientale", "30%", "≥ 40", "33", "82,5%"], P, "Adesione inferiore alle attese per il rinvio al 2024 del secondo ciclo di incontri con le associazioni di categoria."),
        ("strategic", "1.2", "Favorire l'internazionalizzazione delle PMI", "Obiettivo strategico 1.2 – Favorire l'internazionalizzazione delle PMI"),
        ("ind", ["1.2.a", "Numero di imprese coinvolte in iniziative di preparazione ai mercati esteri", "40%", "≥ 60", "71", "100%"], R, None),
        ("ind", ["1.2.b", "Grado di soddisfazione delle imprese partecipanti alle missioni commerciali", "30%", "≥ 80%", "86,5%", "100%"], R, "Questionari raccolti: 52 su 58 imprese partecipanti."),
        ("ind", ["1.2.c", "Percentuale di certificati di origine rilasciati in modalità telematica", "30%", "≥ 95%", "98,7%", "100%"], R, None),
        ("area", "2", "REGOLAZIONE DEL MERCATO E TUTELA DELLA FEDE PUBBLICA", "AREA STRATEGICA 2 – REGOLAZIONE DEL MERCATO E TUTELA DELLA FEDE PUBBLICA"),
        ("strategic", "2.1", "Garantire la trasparenza e la legalità del mercato", "Obiettivo strategico 2.1 – Garantire la trasparenza e la legalità del mercato"),
        ("ind", ["2.1.a", "Tempo medio di evasione delle istanze di cancellazione dei protesti", "25%", "≤ 15 gg", "9 gg", "100%"], R, None),
        ("ind", ["2.1.b", "Numero di verifiche metrologiche su strumenti di misura", "25%", "≥ 300", "318", "100%"], R, None),
        ("ind", ["2.1.c", "Percentuale di ordinanze sanzionatorie emesse sui verbali di accertamento ricevuti", "25%", "≥ 85%", "79,4%", "93,4%"], P, "Sul risultato ha inciso la carenza di personale dell'Ufficio sanzioni nel secondo semestre."),
        ("ind", ["2.1.d", "Realizzazione del progetto di educazione alla legalità economica nelle scuole superiori", "25%", "entro il 31/12/2023", "Obiettivo sospeso", "n.d."], S, "Il progetto è stato rinviato all'anno scolastico 2024/2025 per la mancata adesione degli istituti coinvolti."),
        ("strategic", "2.2", "Semplificare gli adempimenti delle imprese", "Obiettivo strategico 2.2 – Semplificare gli adempimenti delle imprese"),
        ("ind", ["2.2.a", "Tempo medio di lavorazione delle pratiche telematiche del Registro Imprese", "40%", "≤ 5 gg", "3,8 gg", "100%"], R, None),
        ("ind", ["2.2.b", "Percentuale di pratiche evase entro 5 giorni dal ricevimento", "30%", "≥ 90%", "92,6%", "100%"], R, None),
        ("ind", ["2.2.c", "Numero di cancellazioni d'ufficio di imprese non più operative", "30%", "400", "512", "100%"], R, "Completata la revisione delle società di capitali in liquidazione iscritte da oltre tre anni."),
        ("area", "3", "EFFICIENZA E SOSTENIBILITÀ DELL'ENTE", "AREA STRATEGICA 3 – EFFICIENZA E SOSTENIBILITÀ DELL'ENTE"),
        ("strategic", "3.1", "Garantire l'equilibrio economico-finanziario e la qualità dei servizi", "Obiettivo strategico 3.1 – Garantire l'equilibrio economico-finanziario e la qualità dei servizi"),
        ("ind", ["3.1.a", "Indicatore di tempestività dei pagamenti", "30%", "≤ 0", "-8,71", "100%"], R, None),
        ("ind", ["3.1.b", "Percentuale di riscossione del diritto annuale", "30%", "≥ 68%", "66,2%", "97,4%"], P, "Il dato è in linea con la media delle Camere del Mezzogiorno; avviate nel 2024 le azioni di sollecito bonario."),
        ("ind", ["3.1.c", "Incidenza degli oneri di funzionamento sugli oneri correnti", "20%", "≤ 25%", "23,9%", "100%"], R, None),
        ("ind", ["3.1.d", "Ore di formazione pro capite del personale", "20%", "≥ 24 ore", "15 ore", "62,5%"], N, "I percorsi formativi del programma Syllabus sono stati avviati solo nel mese di novembre."),
    ]
    return {"name": "cciaa-cosenza-2023-relazione",
            "document": {"issuer": "Camera di Commercio di Cosenza", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
            "layout": "report-software export (reportlab), A4 portrait, borderless tables with hairlines between rows; dark area bands and light objective bands spanning the table; a status row under each indicator (bold OBIETTIVO … phrase + comment in the same spanning row); one continuous results table split across pages with repeated header; budget and summary tables (no records)",
            "header": H, "map": M, "year": 2023, "groups": groups,
            "intro": [
                ("h1", "1. Presentazione della Relazione"),
                ("p", "La Relazione sulla performance costituisce lo strumento mediante il quale la Camera di Commercio di Cosenza illustra ai cittadini, alle imprese e a tutti gli stakeholder i risultati ottenuti nel corso dell'anno 2023, concludendo il ciclo di gestione della performance avviato con il Piano integrato di attività e organizzazione 2023-2025."),
                ("p", "Il documento è redatto secondo le Linee guida del Dipartimento della Funzione Pubblica e le indicazioni di Unioncamere per il sistema camerale, ed è validato dall'Organismo Indipendente di Valutazione ai sensi dell'art. 14, comma 4, lett. c) del D.Lgs. 150/2009."),
                ("h1", "2. Le risorse economiche"),
                ("p", "La tabella seguente confronta i principali aggregati del preventivo economico aggiornato con i valori di consuntivo dell'esercizio 2023."),
            ],
            "budget_header": ["Voce", "Preventivo aggiornato 2023", "Consuntivo 2023"],
            "budget_rows": [["Diritto annuale", "€ 6.820.000,00", "€ 6.905.412,18"], ["Diritti di segreteria", "€ 2.150.000,00", "€ 2.233.870,40"],
                            ["Contributi e trasferimenti", "€ 640.000,00", "€ 712.365,00"], ["Totale proventi correnti", "€ 9.610.000,00", "€ 9.851.647,58"],
                            ["Personale", "€ 3.460.000,00", "€ 3.318.902,77"], ["Funzionamento", "€ 2.280.000,00", "€ 2.196.544,31"],
                            ["Interventi economici", "€ 2.400.000,00", "€ 2.251.088,62"], ["Ammortamenti e accantonamenti", "€ 1.720.000,00", "€ 1.804.330,09"],
                            ["Totale oneri correnti", "€ 9.860.000,00", "€ 9.570.865,79"]],
            "results_intro": [("h1", "3. Risultati per obiettivo"),
                              ("p", "Per ciascun obiettivo strategico sono riportati gli indicatori con il relativo peso, il target 2023, il valore a consuntivo e la percentuale di raggiungimento. Sotto ogni indicatore è indicato l'esito, con le eventuali motivazioni degli scostamenti.")],
            "summary_intro": [("h1", "4. Sintesi degli esiti"), ("p", "Nel complesso, su 18 indicatori misurati, 13 risultano raggiunti, 3 parzialmente raggiunti, 1 non raggiunto e 1 sospeso.")],
            "summary_header": ["Esito", "N. indicatori", "%"],
            "summary_rows": [["Raggiunto", "13", "72,2%"], ["Parzialmente raggiunto", "3", "16,7%"], ["Non raggiunto", "1", "5,6%"], ["Sospeso", "1", "5,6%"], ["Totale", "18", "100,0%"]],
            "closing": "Cosenza, 26 giugno 2024 – Il Segretario Generale, Dott. Erminia Giorno"}

for c in (urbino(), ferrara(), cosenza()):
    json.dump(c, open(HERE / f"{c['name']}.content.json", "w"), ensure_ascii=False, indent=1)
    print(c["name"])
