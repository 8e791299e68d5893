"""Content: Ministero del Lavoro e delle Politiche Sociali – Piano della performance 2024-2026 (Calc)."""
import json

HDR = ["Codice obiettivo", "Obiettivo specifico", "Descrizione", "Indicatore", "Tipologia indicatore",
       "Unità di misura", "Metodo di calcolo", "Fonte del dato", "Baseline", "Target 2024", "Target 2025", "Target 2026"]


def I(ind, tipo, udm, metodo, fonte, base, t24, t25, t26):
    return {"indicator": ind, "type": tipo, "unit": udm, "formula": metodo, "data_source": fonte,
            "baseline": base, "targets": {"2024": t24, "2025": t25, "2026": t26}}


areas = [
 {"code": "1", "title": "Politiche attive del lavoro e occupabilità", "os": [
   {"code": "OS-01", "title": "Rafforzare l'attuazione del Programma GOL – Garanzia di occupabilità dei lavoratori",
    "descr": "Monitoraggio e supporto alle Regioni nell'attuazione del Programma GOL (PNRR M5C1 – Riforma 1.1) e raggiungimento dei target europei di presa in carico.",
    "ind": [I("Numero di beneficiari presi in carico dal Programma GOL (cumulato)", "Realizzazione fisica", "numero", "Somma dei beneficiari con patto di servizio sottoscritto dall'avvio del Programma", "Sistema informativo unitario (SIU) – ANPAL/MLPS", "2,48 mln (2023)", "≥ 2,7 mln", "≥ 3,0 mln", "n.a."),
            I("Percentuale di beneficiari GOL che hanno ricevuto formazione", "Efficacia", "%", "Beneficiari avviati a percorsi di formazione / beneficiari presi in carico × 100", "SIU – ANPAL/MLPS", "31,2%", "≥ 35%", "≥ 40%", "≥ 40%"),
            I("Quota di beneficiari vulnerabili sul totale dei presi in carico", "Efficacia", "%", "Beneficiari vulnerabili (donne, disoccupati di lunga durata, disabili, giovani under 30, over 55) / totale × 100", "SIU – ANPAL/MLPS", "74,6%", "≥ 75%", "≥ 75%", "≥ 75%")]},
   {"code": "OS-02", "title": "Potenziare la rete dei Centri per l'impiego",
    "descr": "Attuazione del Piano straordinario di potenziamento dei Centri per l'impiego: infrastrutture, assunzioni e sistemi informativi.",
    "ind": [I("Percentuale di Centri per l'impiego che hanno completato gli interventi infrastrutturali", "Realizzazione fisica", "%", "CPI con interventi conclusi / CPI programmati × 100", "Monitoraggio Piano di potenziamento – Regioni", "38,0%", "≥ 60%", "≥ 85%", "100%"),
            I("Tasso di copertura delle assunzioni programmate negli organici dei CPI", "Efficacia", "%", "Unità assunte / unità previste dal Piano × 100", "Rilevazione MLPS presso le Regioni", "68,3%", "≥ 75%", "≥ 85%", "≥ 90%"),
            I("Tempo medio di erogazione delle risorse alle Regioni", "Efficienza", "giorni", "Media dei giorni tra la richiesta completa della Regione e il decreto di pagamento", "SICOGE", "54 gg", "≤ 45 gg", "≤ 40 gg", "≤ 35 gg")]}]},
 {"code": "2", "title": "Inclusione sociale e contrasto alla povertà", "os": [
   {"code": "OS-03", "title": "Attuare l'Assegno di inclusione e il Supporto per la formazione e il lavoro",
    "descr": "Gestione della transizione dal Reddito di cittadinanza alle nuove misure di inclusione (D.L. 48/2023), coordinamento con INPS e con i servizi sociali dei Comuni.",
    "ind": [I("Percentuale di nuclei beneficiari ADI con progetto personalizzato sottoscritto", "Efficacia", "%", "Nuclei con patto per l'inclusione sottoscritto / nuclei beneficiari × 100", "Piattaforma SIISL", "n.d.", "≥ 50%", "≥ 65%", "≥ 75%"),
            I("Numero di Ambiti territoriali sociali collegati alla piattaforma SIISL", "Realizzazione fisica", "numero", "Conteggio degli ATS con utenze attive", "Piattaforma SIISL", "412", "600", "610", "610"),
            I("Tempo medio di pagamento dei trasferimenti del Fondo povertà agli Ambiti", "Efficienza", "giorni", "Media dei giorni tra il decreto di riparto e l'erogazione", "SICOGE", "38 gg", "≤ 30 gg", "≤ 30 gg", "≤ 25 gg")]},
   {"code": "OS-04", "title": "Promuovere l'autonomia delle persone con disabilità",
    "descr": "Attuazione degli investimenti PNRR M5C2 – Investimento 1.2 «Percorsi di autonomia per persone con disabilità» e riparto del Fondo per le non autosufficienze.",
    "ind": [I("Numero di progetti di autonomia avviati dagli Ambiti territoriali", "Realizzazione fisica", "numero", "Progetti con almeno un beneficiario in carico", "Piattaforma di monitoraggio PNRR – ReGiS", "402", "≥ 500", "≥ 500", "Obiettivo concluso nel 2025"),
            I("Grado di utilizzo del Fondo per le non autosufficienze", "Efficacia", "%", "Risorse impegnate dalle Regioni / risorse ripartite × 100", "Rendicontazione regionale", "81,4%", "≥ 85%", "≥ 90%", "≥ 90%")]},
   {"code": "OS-05", "title": "Rendere pienamente operativo il Registro unico nazionale del Terzo settore",
    "descr": "Completamento del popolamento del RUNTS, controlli sugli enti iscritti e adozione dei decreti attuativi del Codice del Terzo settore.",
    "ind": [I("Percentuale di istanze di iscrizione al RUNTS definite nei termini", "Efficienza", "%", "Istanze definite entro 60 giorni / istanze pervenute × 100", "Sistema informativo RUNTS", "88,9%", "≥ 92%", "≥ 95%", "≥ 95%"),
            I("Numero di decreti attuativi del Codice del Terzo settore adottati", "Realizzazione fisica", "numero", "Conteggio dei provvedimenti pubblicati in Gazzetta Ufficiale", "Gazzetta Ufficiale", "3 su 5", "2", "n.a.", "n.a.")]}]},
 {"code": "3", "title": "Salute e sicurezza sul lavoro, legalità ed efficienza dell'amministrazione", "os": [
   {"code": "OS-06", "title": "Contrastare il lavoro sommerso e lo sfruttamento lavorativo",
    "descr": "Attuazione del Piano nazionale per la lotta al lavoro sommerso 2023-2025 e del Piano triennale contro lo sfruttamento lavorativo in agricoltura e il caporalato.",
    "ind": [I("Numero di azioni del Piano nazionale per la lotta al lavoro sommerso avviate", "Realizzazione fisica", "numero", "Azioni con atto di avvio / azioni previste dal Piano", "Cabina di regia – Tavolo caporalato", "7 su 10", "10", "10", "n.a."),
            I("Tasso di irregolarità rilevato nelle ispezioni in agricoltura", "Impatto (outcome)", "%", "Aziende irregolari / aziende ispezionate × 100", "Rapporto annuale INL", "62,3%", "In calo", "In calo", "In calo")]},
   {"code": "OS-07", "title": "Migliorare l'efficienza e la digitalizzazione degli uffici",
    "descr": "Semplificazione dei processi interni, digitalizzazione dei servizi e rispetto dei tempi di pagamento ai fornitori.",
    "ind": [I("Indicatore di tempestività dei pagamenti", "Efficienza", "giorni", "Ritardo medio ponderato dei pagamenti rispetto alla scadenza (DPCM 22/09/2014)", "PCC – Piattaforma dei crediti commerciali", "-8,2", "≤ 0", "≤ 0", "≤ 0"),
            I("Percentuale di procedimenti gestiti su piattaforma digitale", "Efficienza", "%", "Procedimenti gestiti interamente in digitale / procedimenti mappati × 100", "Rilevazione interna – Direzione generale per l'innovazione tecnologica", "57%", "≥ 70%", "≥ 85%", "100%"),
            I("Grado di soddisfazione degli utenti dei servizi on line", "Qualità", "scala 1-5", "Media dei giudizi espressi nella rilevazione di customer satisfaction", "Indagine di customer satisfaction", "3,7", "≥ 3,8", "≥ 4,0", "≥ 4,0")]}]},
]

content = {
 "name": "ministero-lavoro-2024-piano",
 "document": {"issuer": "Ministero del Lavoro e delle Politiche Sociali", "title": "Piano della performance", "year": 2024, "kind": "piano"},
 "premessa": {
   "title": ["MINISTERO DEL LAVORO E DELLE POLITICHE SOCIALI", "Organismo indipendente di valutazione della performance – Struttura tecnica permanente", "PIANO DELLA PERFORMANCE 2024-2026", "Allegato 2 – Schede degli obiettivi specifici triennali e degli indicatori"],
   "paras": [
     "Il presente allegato riporta, per ciascuna area strategica individuata dall'Atto di indirizzo del Ministro per l'anno 2024, gli obiettivi specifici triennali dell'Amministrazione e i relativi indicatori, con l'indicazione della tipologia, del metodo di calcolo, della fonte del dato, del valore di partenza (baseline) e dei target attesi per ciascun anno del triennio 2024-2026.",
     "Gli obiettivi specifici sono coerenti con le priorità politiche della Nota integrativa al bilancio di previsione 2024 e con le missioni e i programmi di spesa. La tipologia dell'indicatore segue le Linee guida n. 1/2017 del Dipartimento della funzione pubblica: indicatori di realizzazione fisica, di efficacia, di efficienza, di qualità e di impatto (outcome).",
     "Ove il valore di partenza non sia disponibile è indicato «n.d.»; la dicitura «n.a.» segnala che il target non è applicabile all'annualità, mentre per gli indicatori di contesto è indicato soltanto l’andamento atteso.",
   ]},
 "header": HDR,
 "areas": areas,
 "sheet_title": "Tabella 1 – Obiettivi specifici triennali 2024-2026 e indicatori",
 "resources": {"title": "Tabella 2 – Risorse finanziarie associate agli obiettivi specifici (stanziamenti in conto competenza, euro)",
   "header": ["Codice obiettivo", "Missione", "Programma", "Stanziamento 2024", "Stanziamento 2025", "Stanziamento 2026"],
   "rows": [["OS-01", "26 – Politiche per il lavoro", "26.10 – Politiche attive del lavoro", "1.412.580.000,00", "1.180.000.000,00", "925.400.000,00"],
            ["OS-02", "26 – Politiche per il lavoro", "26.10 – Politiche attive del lavoro", "395.000.000,00", "210.750.000,00", "150.000.000,00"],
            ["OS-03", "24 – Diritti sociali, politiche sociali e famiglia", "24.12 – Trasferimenti assistenziali", "7.846.000.000,00", "7.912.000.000,00", "7.980.500.000,00"],
            ["OS-04", "24 – Diritti sociali, politiche sociali e famiglia", "24.12 – Trasferimenti assistenziali", "913.200.000,00", "938.600.000,00", "955.000.000,00"],
            ["OS-05", "24 – Diritti sociali, politiche sociali e famiglia", "24.2 – Terzo settore", "98.450.000,00", "96.120.000,00", "96.120.000,00"],
            ["OS-06", "26 – Politiche per il lavoro", "26.9 – Politiche di regolamentazione in materia di rapporti di lavoro", "42.800.000,00", "41.300.000,00", "40.000.000,00"],
            ["OS-07", "32 – Servizi istituzionali e generali", "32.3 – Servizi e affari generali", "68.915.000,00", "67.400.000,00", "66.950.000,00"]]},
}
json.dump(content, open(content["name"] + ".content.json", "w"), ensure_ascii=False, indent=1)
