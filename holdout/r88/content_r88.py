"""Builds the three content files of round r88 (invented, realistic Italian PA content)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ST = {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved", "Non raggiunto": "not_achieved"}

# ---------------------------------------------------------------- 1. Provincia di Pavia, relazione 2023
def pavia():
    cols = [dict(label="Cod.", field="code", w=1.2), dict(label="Indicatore", field="indicator", w=4.3),
            dict(label="Peso", field="weight", w=1.4), dict(label="Target 2023", field="target", year=2023, w=2.8),
            dict(label="Valore raggiunto 2023", field="actual", w=2.8), dict(label="% ragg.", field="achievement", w=1.6),
            dict(label="Esito", field="esito", w=2.5)]
    def row(code, ind, peso, tgt, act, ach, esito, status=None, stext=None):
        s = ST.get(esito) if esito else status
        return {"cells": [code, ind, peso, tgt, act, ach, esito or ""],
                "truth": {"status": s, "status_text": esito or stext, "comment": None}}
    B = []
    B += [{"t": "h", "level": 1, "text": "1. Presentazione della Relazione"},
          {"t": "p", "text": "La presente Relazione sulla performance, prevista dall'art. 10, comma 1, lettera b) del D.Lgs. n. 150/2009, evidenzia a consuntivo i risultati organizzativi raggiunti dalla Provincia di Pavia nell'anno 2023 rispetto agli obiettivi programmati nella sezione Performance del PIAO 2023-2025, approvato con decreto presidenziale n. 41 del 30 marzo 2023."},
          {"t": "p", "text": "Il documento è stato predisposto dal Servizio Programmazione e Controllo sulla base delle schede di rendicontazione trasmesse dai Dirigenti di Settore e validato dal Nucleo di Valutazione nella seduta del 20 giugno 2024. Per ciascun obiettivo sono riportati il peso, il valore atteso, il valore effettivamente conseguito al 31 dicembre 2023 e la percentuale di raggiungimento."},
          {"t": "h", "level": 2, "text": "1.1 Le risorse finanziarie"},
          {"t": "p", "text": "Si riporta di seguito la sintesi della spesa corrente impegnata nell'esercizio per le principali missioni di bilancio."},
          {"t": "table", "caption": "Tabella 1 – Spesa corrente impegnata per missione (anno 2023)",
           "header": ["Missione", "Stanziamento definitivo", "Impegnato", "% impegnato"],
           "widths": [7.6, 3.3, 3.3, 2.4],
           "rows": [["01 – Servizi istituzionali e generali", "€ 14.812.300,00", "€ 13.904.115,62", "93,9%"],
                    ["04 – Istruzione e diritto allo studio", "€ 9.420.000,00", "€ 9.011.742,18", "95,7%"],
                    ["09 – Sviluppo sostenibile e tutela del territorio", "€ 3.158.600,00", "€ 2.764.310,05", "87,5%"],
                    ["10 – Trasporti e diritto alla mobilità", "€ 21.905.450,00", "€ 20.388.904,77", "93,1%"],
                    ["Totale", "€ 49.296.350,00", "€ 46.069.072,62", "93,5%"]]},
          {"t": "h", "level": 1, "text": "2. I risultati per area strategica"},
          {"t": "p", "text": "Gli obiettivi sono articolati in aree strategiche e obiettivi strategici, secondo l'albero della performance del PIAO. Il grado di raggiungimento è calcolato come rapporto tra valore raggiunto e valore atteso, con un massimo del 100%."}]
    A1 = {"level": "area", "code": "1", "title": "Viabilità, trasporti e infrastrutture"}
    B += [{"t": "h", "level": 2, "text": "Area strategica 1 – Viabilità, trasporti e infrastrutture", "hier": A1}]
    O = {"level": "strategic", "code": "1.1", "title": "Sicurezza e manutenzione della rete stradale provinciale"}
    B += [{"t": "h", "level": 3, "text": "Obiettivo strategico 1.1 – Sicurezza e manutenzione della rete stradale provinciale", "hier": O},
          {"t": "itable", "rows": [
              row("1.1.a", "Km di rete stradale interessati da interventi di manutenzione straordinaria", "15%", "≥ 60 km", "72 km", "100%", "Raggiunto"),
              row("1.1.b", "Tempo medio di intervento per segnalazioni di pericolo sulla carreggiata", "10%", "≤ 24 ore", "19 ore", "100%", "Raggiunto"),
              row("1.1.c", "Percentuale di ponti e viadotti sottoposti a ispezione periodica", "10%", "100%", "86%", "86%", "Parzialmente raggiunto")]}]
    O = {"level": "strategic", "code": "1.2", "title": "Efficienza del trasporto pubblico locale e dell'edilizia scolastica"}
    B += [{"t": "h", "level": 3, "text": "Obiettivo strategico 1.2 – Efficienza del trasporto pubblico locale e dell'edilizia scolastica", "hier": O},
          {"t": "itable", "rows": [
              row("1.2.a", "Importo dei lavori di adeguamento antincendio negli istituti superiori aggiudicati", "10%", "≥ € 1.250.000,00", "€ 1.318.420,50", "100%", "Raggiunto"),
              row("1.2.b", "Numero di autorizzazioni per trasporti eccezionali rilasciate entro 15 giorni", "5%", "≥ 90%", "93,4%", "100%", "Raggiunto"),
              row("1.2.c", "Realizzazione del nuovo sistema di bigliettazione elettronica TPL", "5%", "Attivazione entro il 31/12/2023", "Obiettivo sospeso", "n.d.", None, "suspended", "Obiettivo sospeso")]}]
    A2 = {"level": "area", "code": "2", "title": "Ambiente e territorio"}
    B += [{"t": "h", "level": 2, "text": "Area strategica 2 – Ambiente e territorio", "hier": A2}]
    O = {"level": "strategic", "code": "2.1", "title": "Tutela ambientale e controlli sugli impianti"}
    B += [{"t": "h", "level": 3, "text": "Obiettivo strategico 2.1 – Tutela ambientale e controlli sugli impianti", "hier": O},
          {"t": "itable", "rows": [
              row("2.1.a", "Tempo medio di rilascio delle autorizzazioni uniche ambientali (AUA)", "10%", "≤ 90 gg", "84 gg", "100%", "Raggiunto"),
              row("2.1.b", "Numero di controlli su impianti termici effettuati", "5%", "≥ 1.200", "1.046", "87,2%", "Parzialmente raggiunto"),
              row("2.1.c", "Percentuale di esposti ambientali istruiti nei termini", "5%", "≥ 95%", "97,1%", "100%", "Raggiunto"),
              row("2.1.d", "Riduzione dei consumi energetici degli edifici provinciali rispetto al 2022", "5%", "≥ 5%", "2,1%", "42%", "Non raggiunto")]}]
    A3 = {"level": "area", "code": "3", "title": "Ente efficiente e trasparente"}
    B += [{"t": "h", "level": 2, "text": "Area strategica 3 – Ente efficiente e trasparente", "hier": A3}]
    O = {"level": "strategic", "code": "3.1", "title": "Trasparenza, digitalizzazione e tempestività dei pagamenti"}
    B += [{"t": "h", "level": 3, "text": "Obiettivo strategico 3.1 – Trasparenza, digitalizzazione e tempestività dei pagamenti", "hier": O},
          {"t": "itable", "rows": [
              row("3.1.a", "Indicatore annuale di tempestività dei pagamenti", "5%", "≤ 0 gg", "-3,5 gg", "100%", "Raggiunto"),
              row("3.1.b", "Grado di assolvimento degli obblighi di pubblicazione (griglia OIV)", "5%", "100%", "100%", "100%", "Raggiunto"),
              row("3.1.c", "Percentuale di procedimenti avviabili on line tramite SPID/CIE", "5%", "≥ 70%", "74,6%", "100%", "Raggiunto"),
              row("3.1.d", "Ore medie di formazione per dipendente", "5%", "≥ 12 ore", "9,5 ore", "79,2%", "Parzialmente raggiunto")]}]
    B += [{"t": "h", "level": 1, "text": "3. Conclusioni"},
          {"t": "p", "text": "Nel complesso, dei 14 indicatori monitorati 9 risultano pienamente raggiunti, 3 parzialmente raggiunti, 1 non raggiunto e 1 sospeso per cause non imputabili all'Ente (mancato trasferimento delle risorse regionali dedicate). Il grado medio di raggiungimento della performance organizzativa si attesta al 92,4%."},
          {"t": "p", "text": "La Relazione viene trasmessa al Nucleo di Valutazione per la validazione ai sensi dell'art. 14, comma 4, lettera c) del D.Lgs. n. 150/2009 e pubblicata nella sezione Amministrazione trasparente del sito istituzionale."},
          {"t": "sign", "place": "Pavia, 14 giugno 2024", "role": "Il Segretario Generale", "name": "dott.ssa Maria Grazia Ferrari", "stamp": ["PROVINCIA DI PAVIA", "SEGRETERIA GENERALE"]}]
    return {"name": "provincia-pavia-2023-relazione", "font": "Liberation Sans", "dpi": 300, "scan": "ocr",
            "document": {"issuer": "Provincia di Pavia", "title": "Relazione sulla performance", "year": 2023, "kind": "relazione"},
            "cover": [["Provincia di Pavia", 22, True], ["Settore Affari Generali – Servizio Programmazione e Controllo", 12, False],
                      ["RELAZIONE SULLA PERFORMANCE", 22, True], ["Anno 2023", 16, True],
                      ["(art. 10, comma 1, lett. b) D.Lgs. 27 ottobre 2009, n. 150)", 11, False],
                      ["Approvata con decreto presidenziale n. 98 del 14 giugno 2024", 11, False]],
            "footer": "Provincia di Pavia – Relazione sulla performance 2023", "columns": cols, "blocks": B}

# ---------------------------------------------------------------- 2. ASL Frosinone, PIAO 2025-2027
def frosinone():
    cols = [dict(label="Cod.", field="code", w=1.4), dict(label="Indicatore", field="indicator", w=6.0),
            dict(label="Formula di calcolo", field="formula", w=6.3), dict(label="Fonte", field="data_source", w=3.0),
            dict(label="Baseline 2024", field="baseline", w=2.4),
            dict(label="Target 2025", field="target", year=2025, w=2.5), dict(label="Target 2026", field="target", year=2026, w=2.5),
            dict(label="Target 2027", field="target", year=2027, w=2.5)]
    def row(*cells):
        return {"cells": list(cells), "truth": {"status": None, "status_text": None, "comment": None}}
    B = []
    B += [{"t": "h", "level": 1, "text": "Sezione 2 – Valore pubblico, performance e anticorruzione"},
          {"t": "h", "level": 2, "text": "2.2 Sottosezione Performance"},
          {"t": "p", "text": "La sottosezione Performance del Piano integrato di attività e organizzazione 2025-2027 declina gli obiettivi strategici dell'Azienda Sanitaria Locale di Frosinone, coerenti con gli obiettivi assegnati al Direttore Generale dalla Regione Lazio e con la programmazione economico-finanziaria aziendale, in indicatori misurabili con i relativi valori attesi per ciascun anno del triennio."},
          {"t": "p", "text": "Gli obiettivi strategici sono raggruppati in tre aree: assistenza territoriale, assistenza ospedaliera e prevenzione, sostenibilità ed efficienza organizzativa. Gli obiettivi operativi assegnati alle singole strutture sono definiti annualmente nelle schede di budget."},
          {"t": "table", "caption": "Tabella 1 – Dotazione di personale al 31/12/2024 per ruolo",
           "header": ["Ruolo", "Dirigenza", "Comparto", "Totale"], "widths": [7.0, 3.0, 3.0, 3.0],
           "rows": [["Sanitario", "812", "2.406", "3.218"], ["Professionale", "9", "41", "50"],
                    ["Tecnico", "6", "688", "694"], ["Amministrativo", "28", "402", "430"], ["Totale", "855", "3.537", "4.392"]]},
          {"t": "section", "orient": "landscape"},
          {"t": "h", "level": 2, "text": "2.2.1 Obiettivi strategici e indicatori di performance 2025-2027"}]
    A = {"level": "area", "code": "A", "title": "Assistenza territoriale"}
    B += [{"t": "h", "level": 3, "text": "Area strategica A – Assistenza territoriale", "hier": A}]
    O = {"level": "strategic", "code": "A.1", "title": "Potenziamento dell'assistenza domiciliare e delle Case della Comunità"}
    B += [{"t": "h", "level": 4, "text": "Obiettivo strategico A.1 – Potenziamento dell'assistenza domiciliare e delle Case della Comunità", "hier": O},
          {"t": "itable", "rows": [
              row("A.1.1", "Percentuale di over 65 presi in carico in assistenza domiciliare integrata (ADI)", "N. assistiti over 65 in ADI / popolazione residente over 65 x 100", "Flusso SIAT", "7,8%", "≥ 8%", "≥ 9%", "≥ 10%"),
              row("A.1.2", "Numero di Case della Comunità attive", "Case della Comunità con servizi attivati ai sensi del DM 77/2022", "Direzione Distretti", "4", "9", "14", "17"),
              row("A.1.3", "Tempo medio di attivazione dell'ADI dalla dimissione ospedaliera", "Media giorni tra dimissione e primo accesso domiciliare", "Flusso SIAT", "6,2 gg", "≤ 5 gg", "≤ 4 gg", "≤ 3 gg")]}]
    O = {"level": "strategic", "code": "A.2", "title": "Riduzione delle liste d'attesa per la specialistica ambulatoriale"}
    B += [{"t": "h", "level": 4, "text": "Obiettivo strategico A.2 – Riduzione delle liste d'attesa per la specialistica ambulatoriale", "hier": O},
          {"t": "itable", "rows": [
              row("A.2.1", "Percentuale di prime visite in classe B erogate entro 10 giorni", "Prime visite classe B entro 10 gg / totale prime visite classe B x 100", "Flusso SIAS – ReCUP", "71,4%", "≥ 80%", "≥ 85%", "≥ 90%"),
              row("A.2.2", "Tasso di presa in carico dei pazienti cronici nei PDTA", "Pazienti arruolati nei PDTA / pazienti cronici eleggibili x 100", "Piattaforma PDTA regionale", "n.d.", "≥ 30%", "≥ 40%", "")]}]
    A = {"level": "area", "code": "B", "title": "Assistenza ospedaliera e prevenzione"}
    B += [{"t": "h", "level": 3, "text": "Area strategica B – Assistenza ospedaliera e prevenzione", "hier": A}]
    O = {"level": "strategic", "code": "B.1", "title": "Appropriatezza ed esiti dell'assistenza ospedaliera"}
    B += [{"t": "h", "level": 4, "text": "Obiettivo strategico B.1 – Appropriatezza ed esiti dell'assistenza ospedaliera", "hier": O},
          {"t": "itable", "rows": [
              row("B.1.1", "Percentuale di interventi per frattura del collo del femore entro 2 giorni (over 65)", "Interventi entro 48 ore / totale fratture collo femore over 65 x 100", "PNE – AGENAS", "68,3%", "≥ 70%", "≥ 75%", "≥ 80%"),
              row("B.1.2", "Tempo medio di permanenza in Pronto Soccorso dei pazienti non ricoverati", "Media ore tra triage e dimissione da PS", "Flusso EMUR", "9,1 ore", "≤ 8 ore", "≤ 7 ore", "≤ 6 ore"),
              row("B.1.3", "Tasso di copertura vaccinale antinfluenzale negli over 65", "Vaccinati over 65 / popolazione over 65 x 100", "Anagrafe vaccinale regionale", "52,6%", "≥ 60%", "≥ 65%", "≥ 75%")]}]
    A = {"level": "area", "code": "C", "title": "Sostenibilità ed efficienza organizzativa"}
    B += [{"t": "h", "level": 3, "text": "Area strategica C – Sostenibilità ed efficienza organizzativa", "hier": A}]
    O = {"level": "strategic", "code": "C.1", "title": "Equilibrio economico e tempestività dei pagamenti"}
    B += [{"t": "h", "level": 4, "text": "Obiettivo strategico C.1 – Equilibrio economico e tempestività dei pagamenti", "hier": O},
          {"t": "itable", "rows": [
              row("C.1.1", "Indicatore di tempestività dei pagamenti", "Ritardo medio ponderato dei pagamenti (DPCM 22/09/2014)", "PCC – Contabilità", "4,3 gg", "≤ 0 gg", "≤ 0 gg", "≤ 0 gg"),
              row("C.1.2", "Riduzione della spesa per beni sanitari rispetto al tetto regionale", "(Spesa anno – tetto) / tetto x 100", "Modello CE", "2,61", "≤ 1,5", "≤ 1", "≤ 0,5"),
              row("C.1.3", "Percentuale di acquisti effettuati tramite procedure centralizzate", "Valore acquisti centralizzati / valore totale acquisti x 100", "Ufficio Acquisti", "64%", "≥ 70%", "≥ 75%", "≥ 80%")]}]
    B += [{"t": "section", "orient": "portrait"},
          {"t": "h", "level": 2, "text": "2.2.2 Modalità di monitoraggio"},
          {"t": "p", "text": "Il monitoraggio degli indicatori è effettuato con cadenza semestrale dalla UOC Controllo di Gestione, che ne riferisce alla Direzione Strategica e all'Organismo Indipendente di Valutazione. Gli scostamenti significativi rispetto ai valori attesi sono oggetto di proposta di rimodulazione motivata entro il 31 luglio di ciascun anno."},
          {"t": "p", "text": "I valori di baseline sono riferiti al consuntivo 2024 ove disponibile; per gli indicatori di nuova introduzione la baseline è indicata come non disponibile (n.d.)."},
          {"t": "sign", "place": "Frosinone, 29 gennaio 2025", "role": "Il Direttore Generale", "name": "dott. Roberto Ciccarelli", "stamp": ["ASL FROSINONE", "DIREZIONE GENERALE"]}]
    return {"name": "asl-frosinone-2025-piao", "font": "Liberation Serif", "dpi": 200, "scan": "noisy",
            "document": {"issuer": "Azienda Sanitaria Locale Frosinone", "title": "Piano integrato di attività e organizzazione", "year": 2025, "kind": "piao"},
            "cover": [["REGIONE LAZIO", 12, False], ["Azienda Sanitaria Locale Frosinone", 20, True],
                      ["PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE", 20, True], ["2025 – 2027", 18, True],
                      ["(art. 6 D.L. 9 giugno 2021, n. 80, convertito dalla L. 6 agosto 2021, n. 113)", 11, False],
                      ["Adottato con deliberazione del Direttore Generale n. 87 del 29/01/2025", 11, False]],
            "footer": "ASL Frosinone – PIAO 2025-2027", "columns": cols, "blocks": B}

# ---------------------------------------------------------------- 3. Comune di Bassano del Grappa, PEG 2024
def bassano():
    cols = [dict(label="Cod.", field="code", w=1.4), dict(label="Indicatore", field="indicator", w=5.6),
            dict(label="Unità di misura", field="unit", w=2.6), dict(label="Peso", field="weight", w=1.3),
            dict(label="Consuntivo 2023", field="baseline", w=2.8), dict(label="Target 2024", field="target", year=2024, w=2.9)]
    def row(*cells):
        return {"cells": list(cells), "truth": {"status": None, "status_text": None, "comment": None}}
    B = []
    B += [{"t": "h", "level": 1, "text": "Premessa"},
          {"t": "p", "text": "Il Piano esecutivo di gestione 2024 assegna ai Dirigenti responsabili dei Centri di responsabilità le risorse finanziarie, umane e strumentali e gli obiettivi gestionali, in coerenza con il Documento Unico di Programmazione 2024-2026 e con il bilancio di previsione approvato con deliberazione del Consiglio comunale n. 92 del 21 dicembre 2023."},
          {"t": "p", "text": "Per ogni obiettivo sono indicati gli indicatori di risultato, con il peso attribuito ai fini della valutazione della performance organizzativa, il valore a consuntivo 2023 e il valore atteso per il 2024."},
          {"t": "table", "caption": "Tabella 1 – Risorse assegnate per Centro di responsabilità (parte corrente)",
           "header": ["Centro di responsabilità", "Entrate", "Spese", "Personale (n.)"], "widths": [7.2, 3.3, 3.3, 2.8],
           "rows": [["1 – Settore Servizi finanziari e tributi", "€ 32.480.000,00", "€ 4.915.300,00", "24"],
                    ["2 – Settore Servizi alla persona", "€ 3.120.500,00", "€ 11.842.900,00", "41"],
                    ["3 – Settore Lavori pubblici e ambiente", "€ 1.980.000,00", "€ 7.306.450,00", "33"],
                    ["Totale", "€ 37.580.500,00", "€ 24.064.650,00", "98"]]},
          {"t": "h", "level": 1, "text": "Obiettivi di gestione 2024"}]
    A = {"level": "area", "code": "1", "title": "Settore Servizi finanziari e tributi"}
    B += [{"t": "h", "level": 2, "text": "Centro di responsabilità 1 – Settore Servizi finanziari e tributi", "hier": A},
          {"t": "p", "text": "Dirigente responsabile: dott. Paolo Zanella"}]
    O = {"level": "operational", "code": "1.1", "title": "Contrasto all'evasione dei tributi locali"}
    B += [{"t": "h", "level": 3, "text": "Obiettivo operativo 1.1 – Contrasto all'evasione dei tributi locali", "hier": O},
          {"t": "itable", "rows": [
              row("1.1.1", "Importo degli avvisi di accertamento IMU e TARI emessi", "euro", "20", "€ 980.000,00", "€ 1.100.000,00"),
              row("1.1.2", "Percentuale di riscossione coattiva affidata entro l'anno successivo all'accertamento", "%", "15", "88%", "≥ 95%")]}]
    O = {"level": "operational", "code": "1.2", "title": "Tempestività dei pagamenti ai fornitori"}
    B += [{"t": "h", "level": 3, "text": "Obiettivo operativo 1.2 – Tempestività dei pagamenti ai fornitori", "hier": O},
          {"t": "itable", "rows": [
              row("1.2.1", "Tempo medio di pagamento delle fatture commerciali", "giorni", "15", "27 gg", "≤ 30 gg"),
              row("1.2.2", "Stock di debito commerciale scaduto al 31/12", "euro", "10", "€ 41.200,00", "€ 0,00")]}]
    A = {"level": "area", "code": "2", "title": "Settore Servizi alla persona"}
    B += [{"t": "h", "level": 2, "text": "Centro di responsabilità 2 – Settore Servizi alla persona", "hier": A},
          {"t": "p", "text": "Dirigente responsabile: dott.ssa Chiara Bortolon"}]
    O = {"level": "operational", "code": "2.1", "title": "Servizi educativi per la prima infanzia"}
    B += [{"t": "h", "level": 3, "text": "Obiettivo operativo 2.1 – Servizi educativi per la prima infanzia", "hier": O},
          {"t": "itable", "rows": [
              row("2.1.1", "Percentuale di domande di iscrizione agli asili nido soddisfatte", "%", "20", "81,5%", "≥ 85%"),
              row("2.1.2", "Tempo medio di pubblicazione della graduatoria dalla chiusura del bando", "giorni", "10", "38 gg", "≤ 30 gg")]}]
    O = {"level": "operational", "code": "2.2", "title": "Sostegno alle persone fragili e ai nuclei in difficoltà"}
    B += [{"t": "h", "level": 3, "text": "Obiettivo operativo 2.2 – Sostegno alle persone fragili e ai nuclei in difficoltà", "hier": O},
          {"t": "itable", "rows": [
              row("2.2.1", "Numero di progetti individualizzati attivati per beneficiari ADI", "numero", "15", "142", "≥ 160"),
              row("2.2.2", "Tempo medio di presa in carico dal primo accesso allo sportello sociale", "giorni", "10", "21 gg", "≤ 15 gg"),
              row("2.2.3", "Grado di soddisfazione degli utenti del servizio di assistenza domiciliare", "punteggio 1-5", "10", "4,1", "≥ 4,2")]}]
    A = {"level": "area", "code": "3", "title": "Settore Lavori pubblici e ambiente"}
    B += [{"t": "h", "level": 2, "text": "Centro di responsabilità 3 – Settore Lavori pubblici e ambiente", "hier": A},
          {"t": "p", "text": "Dirigente responsabile: ing. Marco Dal Pozzo"}]
    O = {"level": "operational", "code": "3.1", "title": "Attuazione degli interventi finanziati dal PNRR"}
    B += [{"t": "h", "level": 3, "text": "Obiettivo operativo 3.1 – Attuazione degli interventi finanziati dal PNRR", "hier": O},
          {"t": "itable", "rows": [
              row("3.1.1", "Percentuale di interventi PNRR con lavori avviati entro i termini del cronoprogramma", "%", "25", "60%", "100%"),
              row("3.1.2", "Collaudo della nuova palestra della scuola primaria \"G. Rodari\"", "data", "15", "n.d.", "entro il 30/11/2024")]}]
    O = {"level": "operational", "code": "3.2", "title": "Gestione sostenibile dei rifiuti urbani"}
    B += [{"t": "h", "level": 3, "text": "Obiettivo operativo 3.2 – Gestione sostenibile dei rifiuti urbani", "hier": O},
          {"t": "itable", "rows": [
              row("3.2.1", "Percentuale di raccolta differenziata", "%", "20", "76,8%", "≥ 78%"),
              row("3.2.2", "Tempo medio di risposta alle segnalazioni di abbandono rifiuti", "giorni lavorativi", "10", "6 gg", "≤ 5 gg lavorativi")]}]
    B += [{"t": "h", "level": 1, "text": "Disposizioni finali"},
          {"t": "p", "text": "Il grado di raggiungimento degli obiettivi sarà rilevato al 31 dicembre 2024 e rendicontato nella Relazione sulla performance, previa validazione del Nucleo di Valutazione."},
          {"t": "sign", "place": "Bassano del Grappa, 18 gennaio 2024", "role": "Il Segretario Generale", "name": "dott. Giovanni Bordignon", "stamp": ["CITTÀ DI BASSANO DEL GRAPPA", "SEGRETERIA"]}]
    return {"name": "comune-bassano-del-grappa-2024-peg", "font": "Liberation Sans", "dpi": 250, "scan": "clean",
            "document": {"issuer": "Comune di Bassano del Grappa", "title": "Piano esecutivo di gestione", "year": 2024, "kind": "piano"},
            "cover": [["Comune di Bassano del Grappa", 22, True], ["Provincia di Vicenza", 12, False],
                      ["PIANO ESECUTIVO DI GESTIONE 2024", 22, True], ["Obiettivi di gestione e indicatori", 15, True],
                      ["(art. 169 D.Lgs. 18 agosto 2000, n. 267)", 11, False],
                      ["Approvato con deliberazione della Giunta comunale n. 9 del 18/01/2024", 11, False]],
            "footer": "Comune di Bassano del Grappa – PEG 2024", "columns": cols, "blocks": B}

if __name__ == "__main__":
    for c in (pavia(), frosinone(), bassano()):
        json.dump(c, open(os.path.join(HERE, c["name"] + ".content.json"), "w"), ensure_ascii=False, indent=1)
        print(c["name"])
