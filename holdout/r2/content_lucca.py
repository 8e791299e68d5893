"""Author camera-commercio-lucca-2022-relazione.content.json (invented content)."""
import json
from pathlib import Path

H = ["Cod.", "Descrizione indicatore", "Tipo", "Peso", "Atteso", "Rilevato",
     "Grado raggiungimento", "Esito"]

rows = []


def area(code, title):
    rows.append({"kind": "area", "code": code, "title": title,
                 "text": f"AREA STRATEGICA {code} - {title}"})


def os_(code, title):
    rows.append({"kind": "heading", "level": "strategic", "code": code, "title": title,
                 "text": f"OS {code} - {title}"})


def oo(code, title):
    rows.append({"kind": "heading", "level": "operational", "code": code, "title": title,
                 "text": f"OO {code} - {title}"})


def ind(*cells):
    assert len(cells) == 8, cells
    rows.append({"kind": "indicator", "cells": list(cells)})


area("1", "Competitività e sviluppo delle imprese")
os_("1.1", "Sostenere la digitalizzazione e l'innovazione delle imprese")
oo("1.1.1", "Potenziare i servizi del Punto Impresa Digitale (PID)")
ind("1.1.1.01", "Imprese assistite dal PID con assessment della maturità digitale (SELFI4.0 e ZOOM4.0)", "Volume", "10%", ">= 120", "147", "100%", "Raggiunto")
ind("1.1.1.02", "Grado di soddisfazione dei partecipanti ai seminari e ai webinar del PID", "Qualità", "5%", ">= 80%", "91,3%", "100%", "Raggiunto")
oo("1.1.2", "Erogare contributi per la transizione digitale ed ecologica delle PMI")
ind("1.1.2.01", "Tempo medio di liquidazione dei voucher digitali I4.0 dalla presentazione della rendicontazione", "Efficienza", "10%", "≤ 60 gg", "48 gg", "100%", "Raggiunto")
ind("1.1.2.02", "Risorse liquidate sul totale delle risorse stanziate per il bando voucher digitali 2022", "Efficacia", "5%", ">= 85%", "78,4%", "92,2%", "Parzialmente raggiunto")
os_("1.2", "Valorizzare il territorio e le filiere produttive lucchesi")
oo("1.2.1", "Promuovere il turismo, la cultura e le produzioni tipiche")
ind("1.2.1.01", "Iniziative di promozione realizzate (fiere, educational tour, eventi)", "Volume", "5%", ">= 6", "8", "100%", "Raggiunto")
ind("1.2.1.02", "Realizzazione dell'area imprese del territorio all'interno di Lucca Comics & Games 2022", "Efficacia", "5%", "Sì", "Sì", "100%", "Raggiunto")
oo("1.2.3", "Sostenere l'internazionalizzazione delle PMI")
ind("1.2.3.01", "Imprese partecipanti a iniziative di incoming di buyer esteri e a missioni all'estero", "Volume", "5%", ">= 40", "36", "90,0%", "Parzialmente raggiunto")
ind("1.2.3.02", "Certificati di origine rilasciati con stampa in azienda sul totale dei certificati rilasciati", "Efficacia", "5%", ">= 60%", "72,5%", "100%", "Raggiunto")
ind("1.2.3.03", "Tempo medio di rilascio dei certificati di origine allo sportello", "Efficienza", "5%", "≤ 2 gg", "1,4 gg", "100%", "Raggiunto")
area("2", "Semplificazione amministrativa e tutela del mercato")
os_("2.1", "Garantire tempi certi negli adempimenti del Registro delle imprese")
ind("2.1.0.01", "Pratiche telematiche del Registro imprese evase entro 5 giorni dal protocollo", "Efficienza", "10%", ">= 80%", "86,7%", "100%", "Raggiunto")
oo("2.1.1", "Ridurre i tempi di lavorazione e le sospensioni delle pratiche telematiche")
ind("2.1.1.01", "Tempo medio di lavorazione delle pratiche telematiche del Registro imprese (al netto delle sospensioni)", "Efficienza", "10%", "≤ 5 gg", "3,8 gg", "100%", "Raggiunto")
ind("2.1.1.02", "Pratiche sospese sul totale delle pratiche telematiche ricevute", "Qualità", "5%", "≤ 15%", "17,2%", "87,2%", "Parzialmente raggiunto")
ind("2.1.1.03", "Procedimenti di cancellazione d'ufficio di imprese non più operative avviati nell'anno", "Volume", "5%", ">= 300", "412", "100%", "Raggiunto")
oo("2.1.2", "Diffondere gli strumenti digitali per le imprese")
ind("2.1.2.01", "Dispositivi di firma digitale e CNS rilasciati", "Volume", "5%", ">= 2.500", "2.731", "100%", "Raggiunto")
ind("2.1.2.02", "Imprese che hanno attivato il cassetto digitale dell'imprenditore", "Efficacia", "5%", ">= 1.200", "1.058", "88,2%", "Parzialmente raggiunto")
os_("2.2", "Tutelare la legalità e la fede pubblica")
oo("2.2.1", "Vigilanza sul mercato, metrologia legale e protesti")
ind("2.2.1.01", "Verifiche metriche periodiche e ispezioni sugli strumenti di misura effettuate", "Volume", "5%", ">= 150", "162", "100%", "Raggiunto")
ind("2.2.1.02", "Tempo medio di evasione delle istanze di cancellazione e annotazione protesti", "Efficienza", "5%", "≤ 10 gg", "4 gg", "100%", "Raggiunto")
ind("2.2.1.03", "Controlli sulla sicurezza e conformità dei prodotti (progetto nazionale Unioncamere-MIMIT)", "Volume", "5%", "40", "n.d. (1)", "n.d.", "Sospeso")
area("3", "Efficienza, trasparenza e sostenibilità dell'ente")
os_("3.1", "Garantire l'equilibrio economico-finanziario e la trasparenza amministrativa")
oo("3.1.1", "Gestione efficiente delle risorse economiche")
ind("3.1.1.01", "Indicatore annuale di tempestività dei pagamenti", "Efficienza", "10%", "≤ 0 gg", "-12,4 gg", "100%", "Raggiunto")
ind("3.1.1.02", "Tasso di riscossione spontanea del diritto annuale", "Efficacia", "5%", ">= 75%", "71,9%", "95,9%", "Parzialmente raggiunto")
ind("3.1.1.03", "Oneri di funzionamento per impresa attiva", "Economicità", "5%", "≤ € 45,00", "€ 43,12", "100%", "Raggiunto")
oo("3.1.2", "Trasparenza, prevenzione della corruzione e organizzazione del lavoro")
ind("3.1.2.01", "Obblighi di pubblicazione assolti nella sezione Amministrazione trasparente (attestazione OIV)", "Efficacia", "5%", "100%", "100%", "100%", "Raggiunto")
ind("3.1.2.02", "Dipendenti formati sulle misure di prevenzione della corruzione", "Efficacia", "5%", ">= 90%", "83%", "92,2%", "Parzialmente raggiunto")
ind("3.1.2.03", "Adozione del regolamento sul lavoro agile", "Efficacia", "5%", "Sì", "No", "0%", "Non raggiunto")

content = {
    "schema": "r2-blind/lucca-reportlab@1",
    "_about": [
        "Invented content (no real data): Camera di Commercio di Lucca, Relazione sulla performance 2022, rendered by make_r2.py with reportlab as a software export: A4 portrait, Helvetica 7.5 pt, zebra rows, no vertical rules, header repeated on each page, area/OS/OO headings as shaded rows spanning the table.",
        "Esito column gives status/status_text; Grado raggiungimento is achievement; Peso is weight; Cod. is indicator_code; no year in the headers (year null). Indicator 2.1.0.01 sits directly under OS 2.1 (strategic).",
        "'n.d. (1)' keeps its inline footnote mark (part of the cell); the footnote under the table is not a comment.",
    ],
    "document": {"issuer": "Camera di Commercio di Lucca", "title": "Relazione sulla performance",
                 "year": 2022, "kind": "relazione"},
    "header": H,
    "rows": rows,
    "footnote": "(1) Il progetto nazionale di vigilanza sulla sicurezza dei prodotti 2022 è stato rinviato al 2023 per il mancato perfezionamento della convenzione Unioncamere-MIMIT: l'indicatore non è rilevabile e non concorre alla valutazione.",
    "intro": [
        "La Relazione sulla performance, prevista dall'art. 10, comma 1, lettera b) del D.Lgs. 150/2009, evidenzia a consuntivo i risultati organizzativi raggiunti nel 2022 rispetto agli obiettivi programmati nel Piano integrato di attività e organizzazione 2022-2024, approvato dalla Giunta camerale con deliberazione n. 12 del 28 aprile 2022.",
        "Il 2022 è stato caratterizzato dalla prosecuzione delle misure di sostegno alle imprese colpite dall'aumento dei costi energetici e dall'avvio dei progetti finanziati con l'incremento del 20% del diritto annuale (Punto Impresa Digitale, Formazione lavoro, Turismo, Internazionalizzazione). Le imprese attive iscritte al Registro delle imprese al 31 dicembre 2022 erano 36.214.",
        "I dati riportati nelle tabelle sono estratti dal sistema di gestione della performance camerale e validati dall'Organismo Indipendente di Valutazione. Il grado di raggiungimento di ciascun indicatore è calcolato dal sistema in proporzione al valore rilevato rispetto al valore atteso ed è limitato al 100%.",
    ],
    "resources_title": "Tabella 1 - Oneri per area strategica (consuntivo 2022)",
    "resources_header": ["Area strategica", "Oneri previsti", "Oneri sostenuti", "% utilizzo"],
    "resources": [
        ["1 - Competitività e sviluppo delle imprese", "€ 2.184.500,00", "€ 1.967.312,45", "90,1%"],
        ["2 - Semplificazione amministrativa e tutela del mercato", "€ 1.402.000,00", "€ 1.351.870,12", "96,4%"],
        ["3 - Efficienza, trasparenza e sostenibilità dell'ente", "€ 3.015.300,00", "€ 2.842.006,77", "94,3%"],
        ["Totale", "€ 6.601.800,00", "€ 6.161.189,34", "93,3%"],
    ],
    "results_title": "Tabella 2 - Risultati degli indicatori per area strategica e obiettivo",
    "summary_title": "Tabella 3 - Sintesi degli esiti",
    "summary_header": ["Esito", "N. indicatori", "% sul totale"],
    "closing": "La Relazione è stata approvata dalla Giunta camerale con deliberazione n. 41 del 27 giugno 2023 e trasmessa all'Organismo Indipendente di Valutazione per la validazione ai sensi dell'art. 14, comma 4, lettera c) del D.Lgs. 150/2009.",
}
Path("camera-commercio-lucca-2022-relazione.content.json").write_text(
    json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(r["kind"] == "indicator" for r in rows))
