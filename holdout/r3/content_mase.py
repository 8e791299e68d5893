"""Content of ministero-ambiente-2024-piano (invented, realistic). Writes the .content.json.
Table: Obiettivo specifico | Indicatore | Tipologia | Metodo di calcolo | Fonte del dato | Valore di partenza |
Target 2024 | Target 2025 | Target 2026 -> one record per indicator and year."""
import json

HEADER = ["Obiettivo specifico", "Indicatore", "Tipologia", "Metodo di calcolo", "Fonte del dato",
          "Valore di partenza", "Target 2024", "Target 2025", "Target 2026"]


def OG(n, title):
    return {"t": "h", "level": "strategic", "code": n, "title": title, "text": f"Obiettivo generale {n} – {title}"}


def OSP(code, title):
    return {"h": {"level": "operational", "code": code, "title": title, "text": f"{code} – {title}"}}


def I(ind, tip, metodo, fonte, base, t24, t25, t26):
    rec = {"indicator": ind, "type": tip, "formula": metodo, "data_source": fonte, "baseline": base,
           "years": {"2024": t24, "2025": t25, "2026": t26}}
    return {"rec": rec, "cells": [ind, tip, metodo, fonte, base, t24, t25, t26]}


def TABLE(items):
    return {"t": "itable", "header": HEADER, "items": items}


P = lambda text: {"t": "p", "text": text}

blocks = [
    {"t": "chap", "text": "1. Presentazione del Piano"},
    P("Il Piano della performance 2024-2026 del Ministero dell'Ambiente e della Sicurezza Energetica, adottato ai "
      "sensi dell'articolo 10 del decreto legislativo 27 ottobre 2009, n. 150 e in coerenza con la sezione 2.2 "
      "del Piano integrato di attività e organizzazione, traduce le priorità politiche definite dall'Atto di "
      "indirizzo del Ministro per l'anno 2024 in obiettivi generali e obiettivi specifici triennali, misurati "
      "da indicatori con target annuali."),
    P("Gli obiettivi specifici sono assegnati ai Dipartimenti e alle Direzioni generali competenti e sono "
      "collegati alle missioni e ai programmi del bilancio dello Stato. Per ciascun indicatore il Piano riporta "
      "la tipologia (realizzazione finanziaria, realizzazione fisica, risultato, impatto), il metodo di "
      "calcolo, la fonte del dato, il valore di partenza riferito al 2023 e i target per il triennio."),
    {"t": "chap", "text": "2. Le risorse finanziarie"},
    P("Le risorse finanziarie stanziate dalla legge di bilancio 2024-2026 per il perseguimento degli obiettivi "
      "generali sono riepilogate nella tabella seguente (stanziamenti di competenza, in milioni di euro)."),
    {"t": "other", "header": ["Obiettivo generale", "Missione / Programma", "2024", "2025", "2026"],
     "rows": [["1 – Transizione energetica e decarbonizzazione", "010.007 – 017.020", "4.812,6", "3.950,2",
               "2.104,8"],
              ["2 – Biodiversità, mare e risorse idriche", "018.013 – 018.015", "1.236,4", "1.105,9", "998,7"],
              ["3 – Economia circolare e qualità dell'azione amministrativa", "018.012 – 032.003", "1.418,1",
               "1.387,5", "906,3"],
              ["Totale", "", "7.467,1", "6.443,6", "4.009,8"]]},
    {"t": "chap", "text": "3. Obiettivi generali, obiettivi specifici e indicatori"},
    OG("1", "Accelerare la transizione energetica e la decarbonizzazione del sistema produttivo"),
    P("Responsabile: Dipartimento Energia. L'obiettivo concorre al raggiungimento dei target del Piano nazionale "
      "integrato per l'energia e il clima (PNIEC) e delle riforme e investimenti della Missione 2 del PNRR."),
    TABLE([
        OSP("1.1", "Sostenere la diffusione degli impianti da fonti rinnovabili"),
        I("Potenza da fonti rinnovabili autorizzata nell'anno con procedimenti di competenza statale",
          "Risultato (output)", "Somma della potenza nominale (MW) degli impianti autorizzati con provvedimento "
          "definitivo nell'anno", "Sistema informativo DG Fonti energetiche", "4.850 MW", "≥ 5.500 MW",
          "≥ 6.000 MW", "≥ 6.500 MW"),
        I("Tempo medio di conclusione dei procedimenti di autorizzazione unica",
          "Risultato (output)", "Media dei giorni tra avvio del procedimento e adozione del provvedimento finale",
          "Registro dei procedimenti DG Fonti energetiche", "210 gg", "≤ 180 gg", "≤ 150 gg", "≤ 120 gg"),
        OSP("1.2", "Attuare le misure PNRR per l'efficienza energetica e le comunità energetiche"),
        I("Risorse PNRR M2C2 impegnate sul totale assegnato", "Realizzazione finanziaria",
          "Importo delle risorse impegnate / importo assegnato × 100", "Sistema ReGiS", "42%", "≥ 70%", "100%",
          None),
        I("Decreto attuativo per l'incentivazione delle comunità energetiche rinnovabili (CER)",
          "Realizzazione fisica", "Adozione del decreto e pubblicazione nella Gazzetta Ufficiale",
          "Gazzetta Ufficiale", "n.a.", "Adozione del decreto", "Avvio del monitoraggio", None),
    ]),
    OG("2", "Tutelare la biodiversità, il mare e le risorse idriche"),
    P("Responsabile: Dipartimento Sviluppo sostenibile. L'obiettivo attua la Strategia nazionale per la "
      "biodiversità al 2030 e le misure di adeguamento alla direttiva 91/271/CEE sul trattamento delle acque "
      "reflue urbane."),
    TABLE([
        OSP("2.1", "Ampliare e rendere efficace la rete delle aree protette"),
        I("Superficie terrestre nazionale tutelata (aree protette e siti Natura 2000)", "Impatto (outcome)",
          "Superficie tutelata / superficie terrestre nazionale × 100", "Elenco ufficiale aree protette (EUAP), "
          "banca dati Natura 2000", "21,7%", "≥ 22%", "≥ 24%", "≥ 26%"),
        I("Piani per il parco dei parchi nazionali approvati (valore cumulato)", "Realizzazione fisica",
          "Numero di piani per il parco approvati", "DG Patrimonio naturalistico e mare", "14", "16", "19", "24"),
        OSP("2.2", "Superare le procedure di infrazione in materia di acque reflue"),
        I("Agglomerati oggetto di procedura di infrazione resi conformi alla direttiva 91/271/CEE",
          "Impatto (outcome)", "Agglomerati conformi / agglomerati in procedura di infrazione × 100",
          "Commissario straordinario unico per la depurazione", "38%", "≥ 45%", "≥ 60%", "≥ 80%"),
        I("Piano nazionale di interventi infrastrutturali e per la sicurezza nel settore idrico – stralcio 2024",
          "Realizzazione fisica", "Adozione del decreto di finanziamento e avvio degli interventi",
          "DG Uso sostenibile del suolo e delle risorse idriche", "n.d.", "Adozione del decreto", "Avvio",
          "Completamento"),
    ]),
    OG("3", "Promuovere l'economia circolare e la qualità dell'azione amministrativa"),
    P("Responsabile: Dipartimento Sviluppo sostenibile e Dipartimento Amministrazione generale. L'obiettivo "
      "comprende l'attuazione della Strategia nazionale per l'economia circolare e le misure trasversali di "
      "efficienza e digitalizzazione."),
    TABLE([
        OSP("3.1", "Attuare la Strategia nazionale per l'economia circolare"),
        I("Progetti PNRR M2C1 Inv. 1.1 per impianti di gestione dei rifiuti con lavori avviati",
          "Realizzazione fisica", "Progetti con lavori avviati / progetti finanziati × 100", "Sistema ReGiS",
          "12%", "≥ 40%", "≥ 85%", "100%"),
        I("Decreti \"End of Waste\" per la cessazione della qualifica di rifiuto adottati nell'anno",
          "Risultato (output)", "Numero di decreti adottati nell'anno", "DG Economia circolare e bonifiche", "2",
          "≥ 3", "≥ 3", None),
        OSP("3.2", "Migliorare l'efficienza, la digitalizzazione e la trasparenza dell'amministrazione"),
        I("Indicatore annuale di tempestività dei pagamenti", "Risultato (output)",
          "Ritardo medio dei pagamenti ponderato per l'importo delle fatture", "Piattaforma crediti commerciali",
          "-3,2 gg", "≤ 0 gg", "≤ 0 gg", "≤ 0 gg"),
        I("Procedimenti di valutazione ambientale (VIA, VAS, AIA) gestiti integralmente in modalità digitale",
          "Risultato (output)", "Procedimenti gestiti sul Portale delle valutazioni ambientali / procedimenti "
          "avviati × 100", "Portale delle valutazioni e autorizzazioni ambientali", "65%", "≥ 80%", "100%",
          "100%"),
    ]),
    {"t": "chap", "text": "4. Collegamento con la performance individuale"},
    P("Il grado di raggiungimento degli obiettivi specifici concorre alla valutazione della performance "
      "organizzativa delle strutture e della performance individuale dei dirigenti, secondo i pesi stabiliti "
      "dal Sistema di misurazione e valutazione della performance adottato con D.M. n. 112 del 23 marzo 2023."),
]

doc = {"name": "ministero-ambiente-2024-piano",
       "document": {"issuer": "Ministero dell'Ambiente e della Sicurezza Energetica",
                    "title": "Piano della performance", "year": 2024, "kind": "piano"},
       "cover": {"issuer": "Ministero dell'Ambiente e della Sicurezza Energetica",
                 "office": "Organismo indipendente di valutazione della performance – Struttura tecnica permanente",
                 "title": "PIANO DELLA PERFORMANCE", "years": "2024 – 2026",
                 "sub": "art. 10, comma 1, lettera a), del decreto legislativo 27 ottobre 2009, n. 150"},
       "blocks": blocks}
json.dump(doc, open("ministero-ambiente-2024-piano.content.json", "w"), ensure_ascii=False, indent=1)
print(sum("rec" in i for b in blocks if b["t"] == "itable" for i in b["items"]), "indicators")
