"""Invented content: Ente Parco Nazionale della Sila, Piano della performance 2024-2026 (Calc)."""

HEADER = ["Cod.", "KPI", "Baseline (Valore anno N-1)", "Consuntivo 2022", "Target 2024",
          "Target 2025", "Target 2026", "Fonte/Riferimento"]
FIELDS = ["indicator_code", "indicator", "baseline", "actual@2022", "target@2024",
          "target@2025", "target@2026", "data_source"]


def area(code, title):
    return {"kind": "area", "code": code, "title": title,
            "text": f"AREA STRATEGICA {code} – {title}"}


def ind(*cells):
    return {"kind": "ind", "cells": list(cells)}


CONTENT = {
    "name": "ente-parco-sila-2024-piano",
    "format": "xlsx",
    "document": {"issuer": "Ente Parco Nazionale della Sila", "title": "Piano della performance",
                 "year": 2024, "kind": "piano"},
    "cover": [
        {"text": "Ente Parco Nazionale della Sila", "size": 20, "bold": True},
        {"text": "Lorica di San Giovanni in Fiore (CS)", "size": 11},
        {"text": "PIANO DELLA PERFORMANCE 2024-2026", "size": 18, "bold": True},
        {"text": "Allegato 1 – Quadro degli indicatori di performance organizzativa e dei target triennali", "size": 12},
        {"text": "Adottato con Deliberazione del Presidente n. 4 del 30 gennaio 2024", "size": 10},
        {"text": "Il presente allegato riporta, per ciascuna area strategica definita nel Piano pluriennale economico e sociale e nelle direttive del Ministero dell'Ambiente e della Sicurezza Energetica, gli indicatori (KPI) con il valore di partenza rilevato nel 2023 (anno N-1), il valore consuntivato nel 2022 e i target attesi per ciascun anno del triennio 2024-2026. I dati di consuntivo sono tratti dalle relazioni annuali dei Servizi e dal sistema di contabilità dell'Ente; i target potranno essere aggiornati in sede di monitoraggio intermedio.", "size": 10, "wrap": True},
    ],
    "sheet_title": "Tabella 1 – Indicatori e target per area strategica",
    "table": {"kind": "table", "role": "indicators", "header": [HEADER], "fields": FIELDS, "rows": [
        area("A", "TUTELA DELLA BIODIVERSITÀ E DEGLI ECOSISTEMI FORESTALI"),
        ind("A.1", "Superficie forestale sottoposta a monitoraggio fitosanitario (ettari)", "12.400", "11.850",
            "13.000", "13.500", "14.000", "Servizio Conservazione – Report monitoraggio fitosanitario"),
        ind("A.2", "Specie faunistiche di interesse conservazionistico monitorate (lupo, capriolo, picchio nero, rapaci)",
            "9", "8", "≥ 10", "≥ 11", "≥ 12", "Servizio Conservazione – Piano di monitoraggio fauna"),
        ind("A.3", "Domande di indennizzo per danni da fauna selvatica liquidate entro 90 giorni", "78%", "71%",
            "≥ 85%", "≥ 90%", "≥ 95%", "Ufficio Indennizzi – Registro domande"),
        ind("A.4", "Viali parafuoco manutenuti per la prevenzione degli incendi boschivi (km)", "46,5", "42",
            "≥ 50", "≥ 55", "≥ 60", "Piano AIB del Parco 2023-2027"),
        area("B", "FRUIZIONE SOSTENIBILE, EDUCAZIONE AMBIENTALE E PROMOZIONE DEL TERRITORIO"),
        ind("B.1", "Visitatori dei Centri visita del Parco (Cupone, Monaco, Trenta Coste)", "48.320", "39.870",
            "50.000", "52.000", "55.000", "Sistema di bigliettazione dei Centri visita"),
        ind("B.2", "Sentieri segnalati e manutenuti (km)", "312", "298", "≥ 320", "≥ 330", "≥ 340",
            "Catasto sentieri del Parco"),
        ind("B.3", "Imprese aderenti alla Carta Europea del Turismo Sostenibile (CETS)", "27", "22", "≥ 30",
            "≥ 34", "≥ 38", "Forum CETS – Relazione annuale"),
        ind("B.4", "Studenti coinvolti nei programmi di educazione ambientale", "3.150", "2.480", "≥ 3.300",
            "≥ 3.500", "", "Servizio Promozione – Registro attività didattiche"),
        area("C", "EFFICIENZA AMMINISTRATIVA, TRASPARENZA E ATTUAZIONE PNRR"),
        ind("C.1", "Tempo medio di rilascio dei nulla osta (art. 13 L. 394/1991)", "38 gg", "44 gg",
            "≤ 35 gg", "≤ 30 gg", "≤ 30 gg", "Protocollo informatico – Registro nulla osta"),
        ind("C.2", "Indicatore annuale di tempestività dei pagamenti (giorni)", "-3,5", "2,1", "≤ 0", "≤ 0",
            "≤ 0", "Piattaforma PCC – MEF"),
        ind("C.3", "Capacità di spesa in conto capitale (pagamenti/impegni)", "41,2%", "36,8%", "≥ 50%",
            "≥ 55%", "≥ 60%", "Rendiconto generale"),
        ind("C.4", "Grado di assolvimento degli obblighi di trasparenza (attestazione OIV)", "94%", "n.d.",
            "100%", "100%", "100%", "Griglia di rilevazione OIV"),
        ind("C.5", "Risorse PNRR impegnate sul totale assegnato (M2C4 – Digitalizzazione dei Parchi nazionali)",
            "35%", "–", "≥ 80%", "100%", "–", "Piattaforma ReGiS"),
    ]},
    "budget_title": "Tabella 2 – Quadro delle risorse finanziarie per il triennio (bilancio di previsione)",
    "budget": {"kind": "table", "role": "other",
               "header": [["Missione / Programma", "Stanziamento 2024", "Stanziamento 2025", "Stanziamento 2026"]],
               "rows": [
                   ["018.017 – Tutela e conservazione della fauna e della flora", "€ 1.845.200,00", "€ 1.790.000,00", "€ 1.790.000,00"],
                   ["018.013 – Prevenzione incendi e vigilanza ambientale", "€ 612.500,00", "€ 598.000,00", "€ 598.000,00"],
                   ["007.002 – Fruizione, turismo sostenibile ed educazione ambientale", "€ 934.800,00", "€ 880.000,00", "€ 865.000,00"],
                   ["032.003 – Servizi generali e amministrativi", "€ 2.104.600,00", "€ 2.080.000,00", "€ 2.080.000,00"],
                   ["Interventi PNRR M2C4 (fondi vincolati)", "€ 1.120.000,00", "€ 640.000,00", "€ 0,00"],
                   ["Totale", "€ 6.617.100,00", "€ 5.988.000,00", "€ 5.333.000,00"]]},
    "readback": {"ignore_top": 45, "ignore_bottom": 45},
    "budget_note": "Importi in euro, competenza. Fonte: Bilancio di previsione 2024 approvato con Deliberazione del Consiglio direttivo n. 31 del 28/11/2023.",
}
