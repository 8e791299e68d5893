# Content of the r84 samples, written by hand. Run to dump NAME.content.json.
import json

# ---------------------------------------------------------------- 1. Word
# rows: (code, indicator, target, actual, esito, dir)   dir: +1 higher better, -1 lower, None
CASTELFRANCO = {
    "name": "comune-castelfranco-veneto-2023-relazione",
    "renderer": "docx",
    "document": {"issuer": "Comune di Castelfranco Veneto", "title": "Relazione sulla performance",
                 "year": 2023, "kind": "relazione"},
    "cover": ["Comune di Castelfranco Veneto", "Provincia di Treviso", "",
              "RELAZIONE SULLA PERFORMANCE", "ANNO 2023",
              "(art. 10, comma 1, lett. b) del D.Lgs. 150/2009)",
              "Approvata con deliberazione della Giunta comunale n. 118 del 25/06/2024"],
    "intro": [
        ("1. Presentazione", [
            "La Relazione sulla performance è il documento con il quale l'Amministrazione illustra ai cittadini e a tutti gli stakeholder i risultati organizzativi e individuali raggiunti nell'anno 2023 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione 2023-2025, approvato con deliberazione di Giunta comunale n. 41 del 28/02/2023.",
            "La Relazione è stata validata dal Nucleo di valutazione nella seduta del 12 giugno 2024 ed è pubblicata nella sezione Amministrazione trasparente del sito istituzionale.",
        ]),
        ("2. Il contesto organizzativo", [
            "Al 31 dicembre 2023 il personale in servizio presso l'Ente è pari a 168 unità, distribuite per area di inquadramento come indicato nella tabella seguente.",
        ]),
    ],
    "staff": {"header": ["Area di inquadramento", "Tempo pieno", "Part-time", "Totale"],
              "rows": [["Area dei Funzionari e dell'Elevata Qualificazione", "38", "4", "42"],
                       ["Area degli Istruttori", "71", "9", "80"],
                       ["Area degli Operatori esperti", "35", "3", "38"],
                       ["Area degli Operatori", "7", "1", "8"],
                       ["Totale", "151", "17", "168"]]},
    "results_heading": "3. I risultati degli obiettivi operativi",
    "results_intro": "Per ciascun Settore sono riportati gli obiettivi operativi assegnati ai Dirigenti con il PEG 2023, gli indicatori, i valori attesi e i risultati conseguiti al 31/12/2023, come rilevati dal Servizio Controllo di gestione.",
    "header": ["N.", "Indicatore", "Target 2023", "Risultato 2023", "Esito"],
    "areas": [
        {"code": "1", "title": "Affari generali e servizi demografici",
         "objectives": [
             {"code": "1.1", "title": "Digitalizzazione dei servizi demografici e rilascio della CIE",
              "rows": [
                  ("1", "Tempo medio di attesa per il rilascio della carta d'identità elettronica", "≤ 15 gg", "12 gg", "Raggiunto", -1),
                  ("2", "Percentuale di certificati anagrafici rilasciati on line tramite ANPR", "≥ 40%", "46,3%", "Raggiunto", 1),
                  ("3", "Numero di postazioni self-service attivate presso l'URP", "2", "2", "Raggiunto", 1),
              ]},
             {"code": "1.2", "title": "Riorganizzazione dell'archivio comunale",
              "rows": [
                  ("1", "Metri lineari di documentazione riordinata e inventariata", "≥ 120", "85", "Parzialmente raggiunto", 1),
              ],
              "after": "Lo scostamento è dovuto al trasferimento del deposito di via Forche, slittato a novembre per il ritardo nella consegna dei nuovi scaffali compattabili; l'attività di riordino proseguirà nel primo semestre 2024."},
         ]},
        {"code": "2", "title": "Servizi finanziari e tributi",
         "objectives": [
             {"code": "2.1", "title": "Contrasto all'evasione dei tributi locali",
              "rows": [
                  ("1", "Importo degli avvisi di accertamento IMU e TARI emessi", "≥ € 450.000,00", "€ 512.340,18", "Raggiunto", 1),
                  ("2", "Percentuale di riscossione degli accertamenti emessi nell'anno", "≥ 60%", "57,8%", "Parzialmente raggiunto", 1),
              ]},
             {"code": "2.2", "title": "Tempestività dei pagamenti",
              "rows": [
                  ("1", "Indicatore annuale di tempestività dei pagamenti", "≤ 0 gg", "-6,42 gg", "Raggiunto", -1),
                  ("2", "Tempo medio di registrazione delle fatture passive", "≤ 10 gg", "7 gg", "Raggiunto", -1),
              ]},
         ]},
        {"code": "3", "title": "Lavori pubblici e manutenzioni",
         "objectives": [
             {"code": "3.1", "title": "Attuazione degli interventi finanziati dal PNRR",
              "rows": [
                  ("1", "Rispetto del cronoprogramma di aggiudicazione dei lavori della scuola primaria \"G. Sarto\"", "entro il 30/06/2023", "Aggiudicazione del 21/06/2023", "Raggiunto", None),
                  ("2", "Percentuale di avanzamento della spesa sugli interventi PNRR", "≥ 35%", "38,5%", "Raggiunto", 1),
                  ("3", "Numero di interventi di efficientamento energetico dell'illuminazione pubblica completati", "4", "3", "Parzialmente raggiunto", 1),
              ]},
             {"code": "3.2", "title": "Manutenzione del patrimonio stradale",
              "rows": [
                  ("1", "Tempo medio di intervento per la messa in sicurezza delle buche segnalate", "≤ 5 gg lavorativi", "4 gg lavorativi", "Raggiunto", -1),
                  ("2", "Km di strade comunali riasfaltate", "≥ 6", "n.d.", "Non valutabile", 1),
              ]},
         ]},
        {"code": "4", "title": "Servizi alla persona e politiche sociali",
         "objectives": [
             {"code": "4.1", "title": "Potenziamento dei servizi per la prima infanzia",
              "rows": [
                  ("1", "Tasso di copertura della domanda di asilo nido", "≥ 90%", "93%", "Raggiunto", 1),
                  ("2", "Numero di posti nido convenzionati con strutture private", "≥ 20", "24", "Raggiunto", 1),
              ]},
             {"code": "4.2", "title": "Sostegno alle fragilità e contrasto alla povertà",
              "rows": [
                  ("1", "Tempo medio di presa in carico delle domande di contributo economico", "≤ 30 gg", "34 gg", "Non raggiunto", -1),
                  ("2", "Percentuale di progetti personalizzati attivati per i beneficiari dell'Assegno di inclusione", "100%", "100%", "Raggiunto", 1),
              ]},
         ]},
    ],
    "closing": ("4. Conclusioni", [
        "Nel complesso, dei 17 indicatori monitorati 12 risultano pienamente raggiunti, 3 parzialmente raggiunti, 1 non raggiunto e 1 non valutabile per indisponibilità del dato. Il grado medio di raggiungimento degli obiettivi dell'Ente è pari al 91,2%.",
    ]),
    "signature": ["Il Segretario generale", "Dott.ssa Laura Bortolon"],
}

# ---------------------------------------------------------------- 2. Calc
# rows: (area, strategic, code, indicator, unit, baseline, peso, t24, t25, t26)
PIAVE = {
    "name": "consorzio-bonifica-piave-2024-piano",
    "renderer": "xlsx",
    "document": {"issuer": "Consorzio di Bonifica Piave", "title": "Piano della performance",
                 "year": 2024, "kind": "piano"},
    "premessa": [
        ("h", "Consorzio di Bonifica Piave – Piano della performance 2024-2026"),
        ("p", "Montebelluna (TV) – Via Santa Maria in Colle, 2"),
        ("h", "1. Premessa"),
        ("p", "Il Piano della performance è il documento programmatico triennale con cui il Consorzio, in coerenza con le risorse assegnate dal bilancio di previsione 2024 e con il Piano di classifica degli immobili, individua gli obiettivi strategici, gli indicatori e i valori attesi su cui si basano la misurazione, la valutazione e la rendicontazione della performance, ai sensi del D.Lgs. 150/2009 e della L.R. Veneto n. 12/2009."),
        ("p", "Il Consorzio opera su un comprensorio di 194.000 ettari in 87 comuni delle province di Treviso, Belluno, Padova e Venezia, gestendo oltre 2.000 km di canali, 30 impianti idrovori e una rete irrigua al servizio di circa 60.000 ettari."),
        ("h", "2. Articolazione degli obiettivi"),
        ("p", "Gli obiettivi strategici sono articolati in tre aree strategiche, definite dal Consiglio di Amministrazione. Per ciascun indicatore sono indicati il valore di partenza (consuntivo 2022), il peso ai fini della valutazione della performance organizzativa e i target per ciascun anno del triennio. L'Allegato A riporta il quadro complessivo; l'Allegato B le risorse finanziarie per programma."),
    ],
    "title_rows": ["CONSORZIO DI BONIFICA PIAVE",
                   "PIANO DELLA PERFORMANCE 2024-2026",
                   "Allegato A – Obiettivi strategici e indicatori (approvato con deliberazione del Consiglio di Amministrazione n. 14 del 30/01/2024)"],
    "header": ["Area strategica", "Obiettivo strategico", "Cod.", "Indicatore", "Unità di misura",
               "Baseline 2022", "Peso", "Target 2024", "Target 2025", "Target 2026"],
    "areas": [
        {"code": "A", "title": "Sicurezza idraulica del territorio",
         "objectives": [
             {"code": "A.1", "title": "Manutenzione ordinaria e straordinaria della rete di bonifica",
              "rows": [
                  ("A.1.1", "Km di canali consortili sottoposti a sfalcio e espurgo", "km", "1.845", "10%", "≥ 1.850", "≥ 1.900", "≥ 1.950"),
                  ("A.1.2", "Percentuale di interventi di manutenzione programmata eseguiti nei tempi", "%", "88%", "8%", "≥ 90%", "≥ 92%", "≥ 95%"),
                  ("A.1.3", "Tempo medio di intervento su segnalazioni di criticità idraulica", "giorni", "4,5", "6%", "≤ 4 gg", "≤ 3 gg", "≤ 3 gg"),
              ]},
             {"code": "A.2", "title": "Efficienza degli impianti idrovori",
              "rows": [
                  ("A.2.1", "Grado di disponibilità operativa degli impianti idrovori", "%", "96,2%", "8%", "≥ 97%", "≥ 97%", "≥ 98%"),
                  ("A.2.2", "Consumo di energia elettrica per m³ sollevato", "kWh/m³", "0,041", "5%", "≤ 0,040", "≤ 0,038", "≤ 0,036"),
              ]},
         ]},
        {"code": "B", "title": "Gestione della risorsa irrigua",
         "objectives": [
             {"code": "B.1", "title": "Riconversione degli impianti irrigui a pluvirrigui",
              "rows": [
                  ("B.1.1", "Ettari serviti da impianti irrigui in pressione", "ha", "12.340", "10%", "≥ 12.600", "≥ 13.000", "≥ 13.500"),
                  ("B.1.2", "Stato di avanzamento dei lavori finanziati dal PNRR (M2C4 I4.3)", "%", "15%", "8%", "50%", "100%", ""),
              ]},
             {"code": "B.2", "title": "Monitoraggio e risparmio della risorsa idrica",
              "rows": [
                  ("B.2.1", "Numero di misuratori di portata telecontrollati installati", "n.", "64", "5%", "≥ 80", "≥ 100", "≥ 120"),
                  ("B.2.2", "Riduzione dei volumi derivati rispetto alla media del triennio precedente", "%", "n.d.", "5%", "≥ 3%", "≥ 5%", "≥ 7%"),
              ]},
         ]},
        {"code": "C", "title": "Efficienza amministrativa e rapporto con i consorziati",
         "objectives": [
             {"code": "C.1", "title": "Riscossione del contributo consortile",
              "rows": [
                  ("C.1.1", "Percentuale di riscossione del contributo di bonifica dell'anno", "%", "91,4%", "10%", "≥ 92%", "≥ 93%", "≥ 93%"),
                  ("C.1.2", "Importo dei ruoli coattivi recuperati", "€", "€ 287.450,00", "5%", "€ 300.000,00", "€ 320.000,00", "€ 320.000,00"),
              ]},
             {"code": "C.2", "title": "Trasparenza e digitalizzazione",
              "rows": [
                  ("C.2.1", "Tempo medio di pagamento delle fatture", "giorni", "27", "8%", "≤ 30 gg", "≤ 30 gg", "≤ 30 gg"),
                  ("C.2.2", "Pratiche di concessione e autorizzazione gestite tramite sportello telematico", "%", "35%", "7%", "≥ 60%", "≥ 80%", "100%"),
                  ("C.2.3", "Rilascio del nuovo portale del consorziato", "data", "–", "5%", "entro il 31/12/2024", "", ""),
              ]},
         ]},
    ],
    "budget": {"title": "Allegato B – Risorse finanziarie – Bilancio di previsione 2024 (spese per programma)",
               "header": ["Programma", "Previsione 2024", "Previsione 2025", "Previsione 2026"],
               "rows": [["Manutenzione della rete di bonifica", "€ 9.850.000,00", "€ 9.700.000,00", "€ 9.700.000,00"],
                        ["Gestione impianti idrovori", "€ 4.120.000,00", "€ 4.050.000,00", "€ 4.000.000,00"],
                        ["Servizio irriguo", "€ 6.340.000,00", "€ 6.200.000,00", "€ 6.150.000,00"],
                        ["Investimenti PNRR e regionali", "€ 18.500.000,00", "€ 21.300.000,00", "€ 3.400.000,00"],
                        ["Spese generali e di funzionamento", "€ 3.215.000,00", "€ 3.180.000,00", "€ 3.180.000,00"],
                        ["Totale", "€ 42.025.000,00", "€ 44.430.000,00", "€ 26.430.000,00"]]},
    "note": "Fonte dei dati: sistema informativo consortile (SIC), settore Agrario e settore Ragioneria.",
}

# ---------------------------------------------------------------- 3. reportlab
# rows: (code, indicator, formula, peso, target, actual, achievement_str, dir)
RAGUSA = {
    "name": "asp-ragusa-2024-relazione",
    "renderer": "reportlab",
    "document": {"issuer": "Azienda Sanitaria Provinciale di Ragusa", "title": "Relazione sulla performance",
                 "year": 2024, "kind": "relazione"},
    "cover": ["Regione Siciliana – Servizio Sanitario Regionale", "Azienda Sanitaria Provinciale di Ragusa",
              "Relazione sulla performance", "Anno 2024",
              "UOC Programmazione e Controllo di Gestione"],
    "running": "ASP Ragusa – Relazione sulla performance 2024",
    "intro": [
        ("1. Premessa", [
            "La presente Relazione, redatta ai sensi dell'art. 10 del D.Lgs. n. 150/2009, evidenzia a consuntivo i risultati organizzativi raggiunti nel 2024 rispetto agli obiettivi programmati nella sezione Performance del PIAO 2024-2026, adottato con deliberazione del Direttore Generale n. 412 del 31/01/2024.",
            "Gli obiettivi sono articolati in aree strategiche coerenti con gli obiettivi di salute assegnati dall'Assessorato regionale della Salute ai Direttori generali. Per ogni obiettivo strategico sono riportati gli indicatori, la formula di calcolo, il peso, il target atteso, il valore rilevato al 31/12/2024 e la percentuale di raggiungimento, seguiti dall'esito validato dall'OIV.",
        ]),
        ("2. Le risorse economiche", [
            "I costi della produzione sostenuti nell'esercizio 2024, desunti dal bilancio d'esercizio, sono riepilogati nella tabella seguente.",
        ]),
    ],
    "budget": {"header": ["Voce di costo", "Consuntivo 2023", "Consuntivo 2024", "Var. %"],
               "rows": [["Acquisti di beni", "€ 98.412.306,55", "€ 104.118.920,40", "5,8%"],
                        ["Acquisti di servizi sanitari", "€ 301.755.118,02", "€ 309.240.775,91", "2,5%"],
                        ["Acquisti di servizi non sanitari", "€ 41.880.214,37", "€ 43.016.552,80", "2,7%"],
                        ["Costo del personale", "€ 228.604.990,12", "€ 236.145.031,66", "3,3%"],
                        ["Altri costi della produzione", "€ 27.310.448,90", "€ 26.902.117,25", "-1,5%"],
                        ["Totale costi della produzione", "€ 697.963.077,96", "€ 719.423.398,02", "3,1%"]]},
    "results_heading": "3. I risultati per area strategica",
    "header": ["Cod.", "Indicatore", "Formula", "Peso", "Target 2024", "Valore 2024", "% ragg."],
    "areas": [
        {"code": "1", "title": "Assistenza ospedaliera",
         "objectives": [
             {"code": "1.1", "title": "Governo dei tempi di attesa per le prestazioni di ricovero",
              "rows": [
                  ("1.1.1", "Percentuale di interventi chirurgici per tumore maligno della mammella eseguiti entro 30 giorni", "N. interventi entro 30 gg / N. totale interventi x 100", "10", "≥ 90%", "92,4%", "100%", 1),
                  ("1.1.2", "Percentuale di interventi per frattura del femore over 65 operati entro 48 ore", "N. interventi entro 48 h / N. fratture femore over 65 x 100", "10", "≥ 70%", "64,8%", "92,6%", 1),
                  ("1.1.3", "Degenza media pre-operatoria negli interventi programmati", "Giornate di degenza pre-operatoria / N. interventi programmati", "5", "≤ 1,5 gg", "1,3 gg", "100%", -1),
              ],
              "esito": "Parzialmente raggiunto",
              "motivazione": "Il mancato raggiungimento del target sulle fratture di femore è legato alla carenza di anestesisti presso il P.O. di Modica nel secondo semestre; è stato attivato un accordo interaziendale per la copertura dei turni."},
             {"code": "1.2", "title": "Appropriatezza dei ricoveri",
              "rows": [
                  ("1.2.1", "Tasso di ospedalizzazione standardizzato per 1.000 residenti", "Ricoveri residenti / popolazione residente x 1.000", "5", "≤ 125", "118,6", "100%", -1),
                  ("1.2.2", "Percentuale di parti cesarei primari", "Parti cesarei primari / parti totali senza pregresso cesareo x 100", "5", "≤ 20%", "19,1%", "100%", -1),
              ],
              "esito": "Raggiunto"},
         ]},
        {"code": "2", "title": "Assistenza territoriale e prevenzione",
         "objectives": [
             {"code": "2.1", "title": "Potenziamento degli screening oncologici",
              "rows": [
                  ("2.1.1", "Estensione dello screening mammografico", "Donne invitate / popolazione target x 100", "6", "≥ 95%", "97,2%", "100%", 1),
                  ("2.1.2", "Adesione allo screening del carcinoma della cervice uterina", "Donne esaminate / donne invitate x 100", "6", "≥ 50%", "41,5%", "83,0%", 1),
                  ("2.1.3", "Adesione allo screening del carcinoma del colon-retto", "Persone esaminate / persone invitate x 100", "6", "≥ 40%", "28,7%", "71,8%", 1),
              ],
              "esito": "Parzialmente raggiunto",
              "motivazione": "L'adesione agli screening cervicale e colorettale resta inferiore all'atteso nonostante le campagne di sensibilizzazione; nel 2025 sarà attivata la consegna dei kit tramite le farmacie del territorio."},
             {"code": "2.2", "title": "Sviluppo dell'assistenza domiciliare integrata",
              "rows": [
                  ("2.2.1", "Percentuale di assistiti over 65 presi in carico in ADI", "Over 65 in ADI / popolazione over 65 x 100", "8", "≥ 10%", "10,4%", "100%", 1),
                  ("2.2.2", "Tempo medio tra segnalazione e prima visita domiciliare", "Somma giorni di attesa / N. prese in carico", "4", "≤ 3 gg", "2,6 gg", "100%", -1),
                  ("2.2.3", "Attivazione delle Centrali Operative Territoriali (COT)", "N. COT operative", "4", "3", "3", "100%", 1),
              ],
              "esito": "Raggiunto"},
             {"code": "2.3", "title": "Copertura vaccinale",
              "rows": [
                  ("2.3.1", "Copertura vaccinale antinfluenzale negli ultrasessantacinquenni", "Vaccinati over 65 / popolazione over 65 x 100", "5", "≥ 75%", "58,9%", "78,5%", 1),
              ],
              "esito": "Non raggiunto",
              "motivazione": "Il valore è in linea con la media regionale (57,2%) ma distante dall'obiettivo minimo fissato dal Piano nazionale prevenzione vaccinale."},
         ]},
        {"code": "3", "title": "Sostenibilità economica e trasparenza",
         "objectives": [
             {"code": "3.1", "title": "Rispetto dei vincoli economico-finanziari",
              "rows": [
                  ("3.1.1", "Indicatore di tempestività dei pagamenti", "Ritardo medio ponderato dei pagamenti rispetto alla scadenza", "6", "≤ 0 gg", "-3 gg", "100%", -1),
                  ("3.1.2", "Costo dei beni sanitari per assistito", "Costo beni sanitari / popolazione assistita", "5", "≤ € 305,00", "€ 314,20", "97,1%", -1),
              ],
              "esito": "Parzialmente raggiunto"},
             {"code": "3.2", "title": "Trasparenza e prevenzione della corruzione",
              "rows": [
                  ("3.2.1", "Grado di assolvimento degli obblighi di pubblicazione verificati dall'OIV", "Obblighi assolti / obblighi verificati x 100", "5", "100%", "100%", "100%", 1),
              ],
              "esito": "Raggiunto"},
         ]},
    ],
    "closing": ("4. Sintesi dei risultati", [
        "Sui 15 indicatori oggetto di misurazione, 10 raggiungono integralmente il target e 5 lo raggiungono in parte o non lo raggiungono. Il grado complessivo di raggiungimento degli obiettivi aziendali, ponderato per i pesi assegnati, è pari al 93,4%.",
    ]),
}

SAMPLES = [CASTELFRANCO, PIAVE, RAGUSA]

if __name__ == "__main__":
    for s in SAMPLES:
        with open(s["name"] + ".content.json", "w") as f:
            json.dump(s, f, ensure_ascii=False, indent=1)
