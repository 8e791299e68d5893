"""Author asl-toscana-2023-relazione.content.json (invented content, no real data)."""
import json
from pathlib import Path

E = ["", "", ""]
areas = [
    {"code": "A", "title": "Prevenzione collettiva e sanità pubblica", "obj": [
        {"code": "A.1", "title": "Garantire le coperture vaccinali e l'adesione agli screening oncologici", "ind": [
            ["A.1.1", "Copertura vaccinale esavalente a 24 mesi", "10", ["≥ 95%", "95,8%", "100%"], ["≥ 95%", "94,6%", "99,6%"]],
            ["A.1.2", "Copertura vaccinale MPR (prima dose) a 24 mesi", "5", ["≥ 95%", "93,1%", "98,0%"], ["≥ 95%", "93,9%", "98,8%"]],
            ["A.1.3", "Adesione corretta allo screening mammografico", "5", ["≥ 60%", "66,2%", "100%"], ["≥ 65%", "68,4%", "100%"]],
            ["A.1.4", "Adesione corretta allo screening colorettale", "5", ["≥ 50%", "44,7%", "89,4%"], ["≥ 50%", "47,9%", "95,8%"]],
        ]},
        {"code": "A.2", "title": "Rafforzare la prevenzione nei luoghi di lavoro e la sicurezza alimentare", "ind": [
            ["A.2.1", "Aziende con dipendenti ispezionate dai servizi PISLL sul totale delle aziende attive", "5", ["≥ 5%", "5,4%", "100%"], ["≥ 5%", "6,1%", "100%"]],
            ["A.2.2", "Controlli ufficiali sugli operatori del settore alimentare eseguiti rispetto al programmato", "5", ["100%", "97%", "97%"], ["100%", "100%", "100%"]],
        ]},
    ]},
    {"code": "B", "title": "Assistenza distrettuale e territoriale", "obj": [
        {"code": "B.1", "title": "Potenziare l'assistenza domiciliare e le cure intermedie", "ind": [
            ["B.1.1", "Anziani over 65 presi in carico in assistenza domiciliare integrata (ADI)", "10", ["≥ 6%", "5,2%", "86,7%"], ["≥ 8%", "8,3%", "100%"]],
            ["B.1.2", "Tempo medio di attivazione dell'ADI dalla segnalazione", "5", ["≤ 5 gg", "4,1 gg", "100%"], ["≤ 4 gg", "3,6 gg", "100%"]],
            ["B.1.3", "Case della Comunità attivate ai sensi del DM 77/2022", "5", E, ["≥ 6", "7", "100%"]],
        ]},
        {"code": "B.2", "title": "Ridurre i tempi di attesa per le prestazioni ambulatoriali", "ind": [
            ["B.2.1", "Prime visite con priorità B erogate entro 10 giorni", "10", ["≥ 90%", "84,3%", "93,7%"], ["≥ 90%", "91,2%", "100%"]],
            ["B.2.2", "Prestazioni diagnostiche con priorità D erogate entro 60 giorni", "5", ["≥ 90%", "78,5%", "87,2%"], ["≥ 90%", "86,0%", "95,6%"]],
            ["B.2.3", "Prenotazioni effettuate tramite CUP on line e app sul totale delle prenotazioni", "5", ["≥ 20%", "23,4%", "100%"], ["≥ 25%", "31,0%", "100%"]],
        ]},
    ]},
    {"code": "C", "title": "Assistenza ospedaliera", "obj": [
        {"code": "C.1", "title": "Migliorare l'appropriatezza e l'efficienza dei ricoveri", "ind": [
            ["C.1.1", "Degenza media dei ricoveri ordinari per acuti", "5", ["≤ 7,5 gg", "7,8 gg", "96,2%"], ["≤ 7,5 gg", "7,4 gg", "100%"]],
            ["C.1.2", "Parti cesarei primari sul totale dei parti", "5", ["≤ 20%", "18,9%", "100%"], ["≤ 20%", "21,3%", "93,9%"]],
            ["C.1.3", "Fratture di femore operate entro 48 ore dal ricovero (pazienti over 65)", "10", ["≥ 80%", "81,5%", "100%"], ["≥ 80%", "83,2%", "100%"]],
            ["C.1.4", "Ricoveri ripetuti entro 30 giorni con la stessa categoria diagnostica (MDC)", "5", ["≤ 5%", "5,6%", "89,3%"], ["≤ 5%", "4,8%", "100%"]],
        ]},
        {"code": "C.2", "title": "Ridurre i tempi di permanenza in pronto soccorso", "ind": [
            ["C.2.1", "Accessi in pronto soccorso con tempo di permanenza entro 8 ore", "10", ["≥ 90%", "87,6%", "97,3%"], ["≥ 92%", "90,4%", "98,3%"]],
            ["C.2.2", "Pazienti che abbandonano il pronto soccorso prima della visita medica", "5", ["≤ 4%", "5,1%", "78,4%"], ["≤ 4%", "3,7%", "100%"]],
            ["C.2.3", "Tempo mediano di attesa per la visita medica in pronto soccorso dei codici di urgenza differibile", "5", ["≤ 60 min", "72 min", "83,3%"], ["≤ 60 min", "58 min", "100%"]],
        ]},
    ]},
    {"code": "D", "title": "Sostenibilità economica, organizzazione e innovazione", "obj": [
        {"code": "D.1", "title": "Garantire l'equilibrio economico e l'efficienza della spesa", "ind": [
            ["D.1.1", "Risultato d'esercizio", "10", ["≥ € 0", "€ 1.204.337", "100%"], ["≥ € 0", "€ 312.908", "100%"]],
            ["D.1.2", "Indicatore annuale di tempestività dei pagamenti", "5", ["≤ 0 gg", "-4,2 gg", "100%"], ["≤ 0 gg", "-7,9 gg", "100%"]],
            ["D.1.3", "Spesa farmaceutica convenzionata pro capite", "5", ["≤ € 145,00", "€ 148,30", "97,8%"], ["≤ € 145,00", "€ 143,95", "100%"]],
            ["D.1.4", "Acquisti di beni e servizi effettuati tramite ESTAR e convenzioni Consip sul totale degli acquisti", "5", ["≥ 85%", "88,2%", "100%"], ["≥ 85%", "86,9%", "100%"]],
        ]},
        {"code": "D.2", "title": "Sviluppare il capitale umano e la sanità digitale", "ind": [
            ["D.2.1", "Dipendenti che hanno completato la formazione obbligatoria sulla sicurezza", "5", ["≥ 90%", "88%", "97,8%"], ["≥ 90%", "93,5%", "100%"]],
            ["D.2.2", "Personale in lavoro agile con accordo individuale attivo", "5", ["≥ 10%", "12,5%", "100%"], ["≥ 12%", "11,1%", "92,5%"]],
            ["D.2.3", "Referti di laboratorio e radiologia indicizzati nel Fascicolo sanitario elettronico", "5", E, ["≥ 90%", "n.d.", "n.d."]],
        ]},
    ]},
]

content = {
    "schema": "r2-blind/asl-calc@1",
    "_about": [
        "Invented content (no real data): Azienda USL Toscana sud est, Relazione sulla performance 2023, written by make_r2.py as an .xlsx workbook (openpyxl) printed by LibreOffice Calc: A4 landscape, fit to page width, header rows repeated on each page.",
        "Sheets: 'Frontespizio' (title and premessa), 'Obiettivi' (indicator table), 'Risorse' (cost table, no records). Indicator table: Area | Obiettivo (both merged down over their rows) | Cod. | Indicatore | Peso | then per year '2022' and '2023' merged over 'Target | Risultato | % raggiungimento'. One record per indicator and year (2022, 2023), also where the 2022 cells are empty.",
        "Hierarchy cells 'A – title' (area) and 'A.1 – title' (objective without a level word, directly under an area: strategic). Peso is weight (same in both years), % raggiungimento is achievement; 'n.d.' is null.",
    ],
    "document": {"issuer": "Azienda USL Toscana sud est", "title": "Relazione sulla performance",
                 "year": 2023, "kind": "relazione"},
    "areas": areas,
    "premessa": [
        "La Relazione sulla performance 2023 rendiconta i risultati raggiunti dall'Azienda rispetto agli obiettivi del Piano integrato di attività e organizzazione 2023-2025, adottato con deliberazione del Direttore generale n. 512 del 28 aprile 2023, e li confronta con quelli dell'anno precedente.",
        "Gli indicatori sono in larga parte tratti dal Sistema di valutazione della performance dei sistemi sanitari regionali del Laboratorio MeS della Scuola Superiore Sant'Anna di Pisa e dal Nuovo sistema di garanzia dei LEA. Per ciascun indicatore sono riportati il peso, il target, il risultato e la percentuale di raggiungimento per gli anni 2022 e 2023; gli indicatori introdotti nel 2023 non hanno valori per il 2022.",
        "L'Azienda serve una popolazione di 825.412 residenti nelle province di Arezzo, Grosseto e Siena, con 13 presidi ospedalieri e 13 zone-distretto.",
    ],
    "costs_header": ["Macrostruttura", "Consuntivo 2022", "Consuntivo 2023", "Variazione %"],
    "costs": [
        ["Dipartimento della Prevenzione", "€ 48.312.540", "€ 49.870.115", "+3,2%"],
        ["Rete territoriale e zone-distretto", "€ 612.450.300", "€ 640.118.922", "+4,5%"],
        ["Rete ospedaliera", "€ 824.906.118", "€ 851.224.407", "+3,2%"],
        ["Servizi tecnico-amministrativi", "€ 96.004.772", "€ 94.310.560", "-1,8%"],
        ["Totale costi della produzione", "€ 1.581.673.730", "€ 1.635.524.004", "+3,4%"],
    ],
}
Path("asl-toscana-2023-relazione.content.json").write_text(
    json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(o["ind"]) for a in areas for o in a["obj"]))
