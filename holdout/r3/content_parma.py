"""Content of comune-parma-2023-relazione (invented, realistic). Writes the .content.json.
Columns: Codice | Indicatore | U.M. | 2021 | 2022 | 2023 | Target 2023 | Scostamento.
Truth mapping: 2023 = actual (year of the report), 2022 = baseline (previous year's value, RECORDS.md),
2021 and Scostamento -> extra (not scored)."""
import json

HEADER = ["Codice", "Indicatore", "U.M.", "2021", "2022", "2023", "Target 2023", "Scostamento"]


def A(code, title):
    return {"h": {"level": "area", "code": code, "title": title, "text": f"AREA {code} – {title}"}}


def OS(code, title):
    return {"h": {"level": "strategic", "code": code, "title": title,
                  "text": f"OBIETTIVO STRATEGICO {code} – {title}"}}


def I(code, ind, um, v21, v22, v23, tgt, sc, status=None):
    rec = {"indicator_code": code, "indicator": ind, "unit": um, "baseline": v22, "actual": v23,
           "target": tgt, "year": 2023}
    if status:
        rec["status"], rec["status_text"] = status, v23
    return {"rec": rec, "cells": [code, ind, um, v21, v22, v23, tgt, sc]}


items = [
    A("1", "PARMA CITTÀ SOSTENIBILE"),
    OS("1.1", "Ridurre la produzione di rifiuti e aumentare il riciclo"),
    I("1.1.01", "Percentuale di raccolta differenziata", "%", "79,8%", "80,6%", "81,3%", "≥ 81%", "+0,3 p.p."),
    I("1.1.02", "Produzione pro capite di rifiuti urbani", "kg/ab.", "541", "532", "527", "≤ 530", "-3"),
    I("1.1.03", "Segnalazioni di abbandono rifiuti evase entro 48 ore", "%", "88,4%", "90,2%", "92,7%", "≥ 90%",
      "+2,7 p.p."),
    OS("1.2", "Promuovere la mobilità sostenibile e la qualità dell'aria"),
    I("1.2.01", "Estensione della rete di piste ciclabili urbane", "km", "132,4", "138,9", "146,2", "≥ 145",
      "+1,2"),
    I("1.2.02", "Passeggeri trasportati dal servizio di TPL urbano", "n.", "14.215.000", "16.480.000",
      "17.932.000", "≥ 17.500.000", "+432.000"),
    I("1.2.03", "Tempo medio di rilascio dei permessi di accesso alla ZTL", "gg", "6 gg", "5 gg", "4 gg",
      "≤ 5 gg", "-1 gg"),
    I("1.2.04", "Giorni di superamento del valore limite giornaliero di PM10 (centralina Cittadella)", "n.",
      "52", "47", "38", "≤ 35", "+3"),
    A("2", "PARMA CITTÀ DELLE PERSONE"),
    OS("2.1", "Sostenere la prima infanzia e il sistema scolastico"),
    I("2.1.01", "Copertura dei posti nido rispetto ai bambini residenti 0-2 anni", "%", "38,2%", "39,0%",
      "41,5%", "≥ 40%", "+1,5 p.p."),
    I("2.1.02", "Domande di iscrizione ai nidi d'infanzia accolte", "%", "86,1%", "87,4%", "85,9%", "≥ 90%",
      "-4,1 p.p."),
    I("2.1.03", "Pasti della refezione scolastica con prodotti biologici o a km 0", "%", "70%", "72%", "75%",
      "≥ 75%", "0,0 p.p."),
    OS("2.2", "Contrastare le fragilità sociali e l'esclusione"),
    I("2.2.01", "Tempo medio di presa in carico da parte dei Poli sociali territoriali", "gg", "21 gg", "18 gg",
      "14 gg", "≤ 15 gg", "-1 gg"),
    I("2.2.02", "Anziani over 75 assistiti a domicilio (SAD e assegni di cura)", "n.", "1.126", "1.184", "1.240",
      "≥ 1.200", "+40"),
    I("2.2.03", "Nuclei familiari beneficiari del contributo per l'affitto", "n.", "n.d.", "1.512", "1.687",
      "≥ 1.500", "+187"),
    OS("2.3", "Valorizzare il patrimonio culturale cittadino"),
    I("2.3.01", "Visitatori dei musei civici", "n.", "98.450", "151.220", "183.604", "≥ 160.000", "+23.604"),
    I("2.3.02", "Prestiti del sistema bibliotecario comunale", "n.", "402.118", "436.907", "458.330",
      "≥ 450.000", "+8.330"),
    A("3", "PARMA CITTÀ EFFICIENTE E TRASPARENTE"),
    OS("3.1", "Semplificare e digitalizzare i servizi al cittadino e alle imprese"),
    I("3.1.01", "Pratiche SUAP presentate e gestite in modalità telematica", "%", "96,5%", "98,8%", "100%",
      "100%", "0,0 p.p."),
    I("3.1.02", "Tempo medio di attesa per il rilascio della carta d'identità elettronica", "gg", "38 gg",
      "25 gg", "12 gg", "≤ 15 gg", "-3 gg"),
    I("3.1.03", "Certificati anagrafici emessi online sul totale dei certificati", "%", "41,2%", "48,9%", "57,3%",
      "≥ 55%", "+2,3 p.p."),
    OS("3.2", "Garantire l'equilibrio e la sostenibilità finanziaria dell'Ente"),
    I("3.2.01", "Indicatore annuale di tempestività dei pagamenti", "gg", "-4,1 gg", "-6,8 gg", "-9,2 gg",
      "≤ 0 gg", "-9,2 gg"),
    I("3.2.02", "Capacità di riscossione delle entrate proprie (titoli I e III)", "%", "81,2%", "83,5%", "84,1%",
      "≥ 85%", "-0,9 p.p."),
    I("3.2.03", "Somme accertate da attività di recupero dell'evasione IMU", "€", "€ 6.840.000", "€ 7.215.400",
      "€ 8.102.300", "≥ € 7.500.000", "+€ 602.300"),
    I("3.2.04", "Migrazione al nuovo applicativo di contabilità armonizzata", "–", "–", "Avvio gara",
      "Obiettivo sospeso", "Collaudo entro il 31/12/2023", "n.a.", status="suspended"),
]

blocks = [
    {"t": "cover", "lines": ["COMUNE DI PARMA", "Settore Programmazione e Controllo",
                             "RELAZIONE SULLA PERFORMANCE 2023",
                             "Risultati degli indicatori strategici e serie storica 2021-2023"]},
    {"t": "p", "text": "La Relazione sulla performance 2023 rendiconta i risultati conseguiti rispetto agli "
                       "obiettivi strategici del Documento unico di programmazione 2023-2025 e del Piano "
                       "integrato di attività e organizzazione 2023-2025, approvato con deliberazione di Giunta "
                       "comunale n. 56 del 1° marzo 2023."},
    {"t": "p", "text": "Per ogni indicatore è riportata la serie storica dei valori a consuntivo 2021-2023, il "
                       "target fissato per il 2023 e lo scostamento tra valore conseguito e target (in punti "
                       "percentuali per gli indicatori espressi in percentuale)."},
    {"t": "p", "text": "I dati sono stati validati dal Nucleo di valutazione nella seduta del 20 giugno 2024."},
    {"t": "itable", "title": "RISULTATI DEGLI INDICATORI STRATEGICI – SERIE STORICA 2021-2023",
     "header": HEADER, "items": items,
     "note": "n.d. = dato non disponibile; n.a. = non applicabile. Scostamento = valore 2023 – target 2023."},
    {"t": "other", "caption": "RISORSE FINANZIARIE – SPESA CORRENTE PER AREA STRATEGICA – RENDICONTO 2023",
     "header": ["Area strategica", "Stanziamento definitivo (€)", "Impegnato (€)", "Pagato (€)", "% impegnato"],
     "rows": [["1 – Parma città sostenibile", "58.412.300,00", "55.890.114,62", "47.205.118,30", "95,7%"],
              ["2 – Parma città delle persone", "96.207.800,00", "92.418.650,14", "80.112.447,09", "96,1%"],
              ["3 – Parma città efficiente e trasparente", "41.955.600,00", "38.704.229,75", "35.018.300,44",
               "92,3%"],
              ["Totale", "196.575.700,00", "187.012.994,51", "162.335.865,83", "95,1%"]]},
]

doc = {"name": "comune-parma-2023-relazione",
       "document": {"issuer": "Comune di Parma", "title": "Relazione sulla performance", "year": 2023,
                    "kind": "relazione"},
       "blocks": blocks}
json.dump(doc, open("comune-parma-2023-relazione.content.json", "w"), ensure_ascii=False, indent=1)
print(sum("rec" in i for i in items), "indicators")
