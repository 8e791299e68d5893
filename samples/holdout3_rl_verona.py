"""Comune di Verona holdout sample: invented content, hand annotations and its reportlab layout.

No real data. Relazione sulla performance 2023 as a performance-management software
exports it: landscape A4, 7 pt Helvetica, zebra-striped rows (light grey fill on every
other row), no vertical rules, one thin rule under a header whose labels wrap on two
lines, numbers right-aligned. One flat table repeats the hierarchy on every row, code and
title in separate columns: ``Cod. Ob. | Obiettivo operativo | Cod. Ind. | Indicatore |
U.M. | Peso | Valore atteso | Valore rilevato | Scost. | % Ragg.``; the header is repeated
on each page. Glyphs outside Latin-1 (``≤``, ``≥``, ``€``) are printed, as by many
exporters, from an embedded fallback font (Liberation Sans), so the text layer keeps them.

Per row the annotations are by hand: ``target_parsed``/``actual_parsed`` =
``[operator, value, value_max, unit]`` (None: no comparable quantity), ``weight``,
``achievement`` (None for an empty ``% Ragg.``) and ``met``. The unit of a value comes
from its cell only, never from ``U.M.`` (as in the earlier samples: ``≤ 60`` with U.M.
``gg`` has unit None).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table

Content = dict[str, Any]

FALLBACK = "LiberationSans"
FALLBACK_FILE = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"
FONT_SIZE = 7.0
ZEBRA = colors.Color(0.9, 0.9, 0.9)

#: (header as printed, header lines, field, width in pt, alignment)
COLUMNS = [
    ("Cod. Ob.", ["Cod.", "Ob."], "objective_code", 30, "left"),
    ("Obiettivo operativo", ["Obiettivo", "operativo"], "objective_title", 160, "left"),
    ("Cod. Ind.", ["Cod.", "Ind."], "indicator_code", 40, "left"),
    ("Indicatore", ["Indicatore", ""], "indicator", 238, "left"),
    ("U.M.", ["U.M.", ""], "unit", 28, "left"),
    ("Peso", ["Peso", ""], "weight", 28, "right"),
    ("Valore atteso", ["Valore", "atteso"], "target", 70, "right"),
    ("Valore rilevato", ["Valore", "rilevato"], "actual", 70, "right"),
    ("Scost.", ["Scost.", ""], "extra", 52, "right"),
    ("% Ragg.", ["%", "Ragg."], "achievement", 32, "right"),
]

#: Objectives: (code, title, [(ind. code, indicator, U.M., peso, atteso, rilevato, scost.,
#: % ragg., target parsed, actual parsed, weight, achievement, met)]).
OBJECTIVES: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    ("1.1.1", "Potenziare i servizi demografici on line e ridurre le attese agli sportelli", [
        ("1.1.1.a", "Certificati anagrafici rilasciati on line tramite ANPR sul totale dei "
         "certificati rilasciati nell'anno", "%", "50", "≥ 60%", "67,4%", "+7,4", "100",
         [">=", 60, None, "%"], ["=", 67.4, None, "%"], 50, 100, True),
        ("1.1.1.b", "Tempo medio di attesa allo sportello anagrafe per gli utenti con "
         "prenotazione on line", "min", "50", "≤ 20", "24", "+4", "83,3",
         ["<=", 20, None, None], ["=", 24, None, None], 50, 83.3, False),
    ]),
    ("1.1.2", "Digitalizzare i procedimenti dello Sportello Unico per l'Edilizia", [
        ("1.1.2.a", "Pratiche edilizie presentate esclusivamente in modalità telematica sul "
         "portale SUE", "%", "40", "100%", "100%", "0", "100",
         ["=", 100, None, "%"], ["=", 100, None, "%"], 40, 100, True),
        ("1.1.2.b", "Istanze SUE istruite entro i termini di legge (CILA, SCIA, permessi di "
         "costruire)", "%", "60", "≥ 90%", "93,5%", "+3,5", "100",
         [">=", 90, None, "%"], ["=", 93.5, None, "%"], 60, 100, True),
    ]),
    ("1.2.1", "Rafforzare la trasparenza e la prevenzione della corruzione", [
        ("1.2.1.a", "Obblighi di pubblicazione in «Amministrazione trasparente» assolti nei "
         "termini (griglia di rilevazione OIV)", "%", "50", "≥ 95%", "97,8%", "+2,8", "100",
         [">=", 95, None, "%"], ["=", 97.8, None, "%"], 50, 100, True),
        ("1.2.1.b", "Dipendenti formati sulle misure del PIAO – sottosezione rischi corruttivi "
         "e sul codice di comportamento", "n.", "50", "400", "436", "+36", "100",
         ["=", 400, None, None], ["=", 436, None, None], 50, 100, False),
    ]),
    ("2.1.1", "Ridurre i tempi di pagamento delle fatture commerciali", [
        ("2.1.1.a", "Indicatore annuale di tempestività dei pagamenti (art. 33 D.Lgs. 33/2013)",
         "gg", "60", "≤ 0", "-6,3", "-6,3", "100",
         ["<=", 0, None, None], ["=", -6.3, None, None], 60, 100, True),
        ("2.1.1.b", "Fatture passive pagate entro 30 giorni dal ricevimento sul totale delle "
         "fatture pagate", "%", "40", "≥ 90%", "88,1%", "-1,9", "97,9",
         [">=", 90, None, "%"], ["=", 88.1, None, "%"], 40, 97.9, False),
    ]),
    ("2.1.2", "Migliorare la riscossione delle entrate tributarie ed extratributarie", [
        ("2.1.2.a", "Somme riscosse in via coattiva per IMU e TARI degli anni pregressi",
         "€", "50", "≥ € 2.500.000", "€ 2.731.450,20", "+231.450,20", "100",
         [">=", 2500000, None, "EUR"], ["=", 2731450.2, None, "EUR"], 50, 100, True),
        ("2.1.2.b", "Avvisi di accertamento IMU emessi per omesso o infedele versamento",
         "n.", "50", "≥ 3.000", "3.127", "+127", "100",
         [">=", 3000, None, None], ["=", 3127, None, None], 50, 100, True),
    ]),
    ("2.2.1", "Valorizzare il patrimonio immobiliare comunale", [
        ("2.2.1.a", "Canoni di locazione e concessione incassati sul totale degli accertamenti "
         "dell'anno", "%", "50", "85-90%", "91,2%", "+1,2", "100",
         ["range", 85, 90, "%"], ["=", 91.2, None, "%"], 50, 100, False),
        ("2.2.1.b", "Immobili del piano delle alienazioni per i quali è stata esperita la "
         "procedura di gara", "n.", "50", "8", "6", "-2", "75",
         ["=", 8, None, None], ["=", 6, None, None], 50, 75, False),
    ]),
    ("3.1.1", "Potenziare l'offerta dei servizi educativi per la fascia 0-6 anni", [
        ("3.1.1.a", "Posti disponibili nei nidi d'infanzia comunali e convenzionati al 30/09",
         "n.", "60", "≥ 1.150", "1.182", "+32", "100",
         [">=", 1150, None, None], ["=", 1182, None, None], 60, 100, True),
        ("3.1.1.b", "Domande in lista d'attesa per i nidi d'infanzia al 31/12",
         "n.", "40", "≤ 120", "134", "+14", "88,3",
         ["<=", 120, None, None], ["=", 134, None, None], 40, 88.3, False),
    ]),
    ("3.2.1", "Ridurre i tempi di rilascio dei permessi", [
        ("3.2.1.a", "Tempo medio di rilascio dei permessi di occupazione temporanea di suolo "
         "pubblico per cantieri", "gg", "25", "≤ 60", "52", "-8", "100",
         ["<=", 60, None, None], ["=", 52, None, None], 25, 100, True),
        ("3.2.1.b", "Permessi di accesso alla ZTL per i residenti rilasciati in giornata allo "
         "sportello", "%", "75", "≥ 80%", "76,0%", "-4,0", "95",
         [">=", 80, None, "%"], ["=", 76, None, "%"], 75, 95, False),
    ]),
    ("3.2.2", "Migliorare la manutenzione delle strade e della segnaletica", [
        ("3.2.2.a", "Segnalazioni di buche e dissesti stradali risolte entro 15 giorni "
         "dalla presa in carico", "%", "50", "≥ 75%", "81,3%", "+6,3", "100",
         [">=", 75, None, "%"], ["=", 81.3, None, "%"], 50, 100, True),
        ("3.2.2.b", "Chilometri di strade comunali riasfaltate nell'anno", "km", "50",
         "25", "27,5", "+2,5", "100",
         ["=", 25, None, None], ["=", 27.5, None, None], 50, 100, False),
    ]),
    ("4.1.1", "Accrescere la raccolta differenziata dei rifiuti urbani", [
        ("4.1.1.a", "Raccolta differenziata sul totale dei rifiuti urbani prodotti (metodo "
         "regionale)", "%", "60", "≥ 65%", "62,7%", "-2,3", "96,5",
         [">=", 65, None, "%"], ["=", 62.7, None, "%"], 60, 96.5, False),
        ("4.1.1.b", "Campagne di sensibilizzazione nelle scuole primarie e secondarie di primo "
         "grado", "n.", "40", "30", "n.d.", "n.d.", "",
         ["=", 30, None, None], None, 40, None, None),
    ]),
    ("4.1.2", "Ridurre i consumi energetici degli edifici e dell'illuminazione pubblica", [
        ("4.1.2.a", "Punti luce dell'illuminazione pubblica convertiti a tecnologia LED",
         "n.", "50", "≥ 2.000", "2.214", "+214", "100",
         [">=", 2000, None, None], ["=", 2214, None, None], 50, 100, True),
        ("4.1.2.b", "Riduzione dei consumi elettrici degli edifici comunali rispetto al 2022",
         "%", "50", "≥ 5%", "3,8%", "-1,2", "76",
         [">=", 5, None, "%"], ["=", 3.8, None, "%"], 50, 76, False),
    ]),
    ("4.2.1", "Promuovere la mobilità sostenibile", [
        ("4.2.1.a", "Nuovi chilometri di piste ciclabili realizzati e aperti al pubblico",
         "km", "50", "≥ 4", "4,6", "+0,6", "100",
         [">=", 4, None, None], ["=", 4.6, None, None], 50, 100, True),
        ("4.2.1.b", "Approvazione dell'aggiornamento del Piano Urbano della Mobilità "
         "Sostenibile (PUMS) in Giunta", "data", "50", "entro il 30/09/2023", "28/09/2023",
         "–", "100", None, None, 50, 100, None),
    ]),
]  # fmt: skip


def content() -> Content:
    """The content file of the sample: document, columns and annotated rows."""
    rows = []
    for code, title, indicators in OBJECTIVES:
        for ind in indicators:
            *cells, target, actual, weight, achievement, met = ind
            rows.append({
                "cells": [code, title, *cells],
                "target_parsed": target, "actual_parsed": actual,
                "weight": weight, "achievement": achievement, "met": met,
            })  # fmt: skip
    return {
        "_about": [
            "Invented content (no real data) of the Relazione sulla performance 2023 of the "
            "Comune di Verona, rendered by samples/make_holdout3_rl.py with reportlab as a "
            "software export: landscape, 7 pt Helvetica, zebra rows, one rule under the "
            "two-line header, header repeated on each page.",
            "One flat table, hierarchy repeated on every row (Cod. Ob. | Obiettivo operativo); "
            "area code = first segment of the objective code, area title null; year null "
            "(no year in the headers); 'Scost.' goes to extra.",
            "Per row: target_parsed/actual_parsed = [operator, value, value_max, unit] by "
            "hand (null: no quantity), weight, achievement, met. Units from the value cell "
            "only, never from U.M.",
        ],
        "document": {
            "issuer": "Comune di Verona",
            "title": "Relazione sulla performance",
            "year": 2023,
            "kind": "relazione",
        },
        "columns": [
            {"header": h, "lines": lines, "field": f, "width": w, "align": a}
            for h, lines, f, w, a in COLUMNS
        ],
        "intro": [
            "Report: Stato di attuazione degli obiettivi operativi – PEG/PDO 2023 (consuntivo "
            "al 31/12/2023)",
            "Filtri applicati: Anno = 2023; Direzione = tutte; Tipo obiettivo = operativo; "
            "Stato = validato dal Nucleo di Valutazione",
            "Il grado di raggiungimento di ciascun indicatore è calcolato dal sistema sul "
            "valore rilevato rispetto al valore atteso ed è limitato al 100%. Lo scostamento "
            "è espresso nell'unità di misura dell'indicatore.",
        ],
        "rows": rows,
    }


# --------------------------------------------------------------------------- layout


def _fonts() -> None:
    if FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FALLBACK, FALLBACK_FILE))


def markup(text: str) -> str:
    """Escape a cell for a Paragraph, printing ``≤``, ``≥``, ``€`` from the fallback font."""
    out = escape(text)
    for glyph in "≤≥€":
        out = out.replace(glyph, f'<font name="{FALLBACK}">{glyph}</font>')
    return out


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("cell", fontName="Helvetica", fontSize=FONT_SIZE, leading=8.4)
    return {
        "left": base,
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "head_left": ParagraphStyle("hl", parent=base, fontName="Helvetica-Bold"),
        "head_right": ParagraphStyle(
            "hr", parent=base, fontName="Helvetica-Bold", alignment=TA_RIGHT
        ),
        "intro": ParagraphStyle("intro", parent=base, fontSize=8, leading=10, alignment=TA_LEFT),
    }


def _page(canvas: Canvas, doc: Any) -> None:
    """The export's running header and footer (no rules)."""
    width, height = landscape(A4)
    canvas.saveState()
    canvas.setFont("Helvetica-Bold", 9)
    canvas.drawString(1.2 * cm, height - 1.0 * cm, "COMUNE DI VERONA")
    canvas.drawRightString(width - 1.2 * cm, height - 1.0 * cm, "Relazione sulla performance 2023")
    canvas.setFont("Helvetica", 7)
    canvas.drawString(
        1.2 * cm, height - 1.4 * cm, "Allegato A – Obiettivi operativi e indicatori di risultato"
    )
    canvas.drawString(1.2 * cm, 0.8 * cm, "Estrazione del 12/04/2024 ore 10:41 – SiPerf 5.2")
    canvas.drawRightString(width - 1.2 * cm, 0.8 * cm, f"Pag. {doc.page}")
    canvas.restoreState()


def render(sample: Content, pdf_path: Path) -> None:
    """Render the sample to ``pdf_path``."""
    _fonts()
    styles = _styles()
    columns = sample["columns"]
    head = []
    for column in columns:
        style = styles["head_right" if column["align"] == "right" else "head_left"]
        head.append(Paragraph("<br/>".join(escape(x) for x in column["lines"]), style))
    data: list[list[Any]] = [head]
    for row in sample["rows"]:
        data.append([
            Paragraph(markup(cell), styles[column["align"]])
            for column, cell in zip(columns, row["cells"], strict=True)
        ])  # fmt: skip
    table = Table(data, colWidths=[c["width"] for c in columns], repeatRows=1, hAlign="LEFT")
    table.setStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
    ])  # fmt: skip
    width, height = landscape(A4)
    doc = BaseDocTemplate(
        str(pdf_path), pagesize=(width, height), invariant=1,
        title="Relazione sulla performance 2023", author="Comune di Verona",
    )  # fmt: skip
    frame = Frame(1.2 * cm, 1.3 * cm, width - 2.4 * cm, height - 3.2 * cm, id="body")
    doc.addPageTemplates([PageTemplate("body", [frame], onPage=_page)])
    story: list[Any] = [Paragraph(markup(line), styles["intro"]) for line in sample["intro"]]
    story += [Spacer(1, 8), table]
    doc.build(story)
