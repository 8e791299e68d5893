#!/usr/bin/env python3
"""Build the holdout6 reportlab sample ``comune-bari-2023-relazione`` (PDF, content, truth).

Comune di Bari, Relazione sulla performance 2023: portrait, fully ruled 8.5 pt tables with
ABBREVIATED UPPERCASE headers ``COD. | INDICATORE | TIP. | U.M. | VAL. ATT. | VAL. RAGG. |
% RAGG.``, one table per operational objective; objectives as bold paragraphs
``OB. STRAT. 1 – …`` / ``OB. OP. 1.2 – …``; 12 indicators over 2 pages, one table split by
the page break with its header repeated. A legend follows the last table (not a comment).

Content and hand annotations are below (``[operator, value, value_max, unit]``, None: no
comparable quantity; achievement and met by hand, re-checked). The truth comes from the
content alone; only ``page``/``page_end`` are read back from the PDF with pdfplumber. The
layout is then checked in the PDF (exit status 1 if a feature is missing).

usage: .venv/bin/python samples/make_holdout6_rl.py [--out DIR]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pdfplumber
from make_excel_samples import expected_met, percent_of
from make_holdout5_rl import _fonts, _p, _style, locate, value_fields
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table
from rl_records import page_streams, plain, squash, write_truth
from truth_records import RECORD_KEYS

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE
NAME = "comune-bari-2023-relazione"
Content = dict[str, Any]
Record = dict[str, Any]
GE, LE, EQ = ">=", "<=", "="

HEADERS = ["COD.", "INDICATORE", "TIP.", "U.M.", "VAL. ATT.", "VAL. RAGG.", "% RAGG."]

INTRO = [
    "La Relazione sulla performance 2023 del Comune di Bari rendiconta i risultati "
    "organizzativi conseguiti nell'anno rispetto agli obiettivi del Piano integrato di "
    "attività e organizzazione 2023-2025, approvato dalla Giunta comunale con deliberazione "
    "n. 58 del 9 febbraio 2023, e del Piano esecutivo di gestione.",
    "Il documento è redatto ai sensi dell'articolo 10 del decreto legislativo 27 ottobre "
    "2009, n. 150, ed è validato dal Nucleo di valutazione. Gli obiettivi strategici "
    "discendono dalle Linee programmatiche di mandato e dal Documento unico di "
    "programmazione; gli obiettivi operativi sono assegnati alle Ripartizioni e misurati "
    "con gli indicatori riportati nelle tabelle seguenti.",
    "Per ciascun indicatore sono riportati la tipologia, l'unità di misura, il valore "
    "atteso per il 2023, il valore raggiunto al 31 dicembre e la percentuale di "
    "raggiungimento. I valori non disponibili alla data di chiusura della Relazione sono "
    "segnalati e saranno aggiornati nella Relazione dell'anno successivo.",
    "Nel 2023 l'Amministrazione ha proseguito il piano di presidio del territorio, "
    "l'estensione della rete di videosorveglianza cittadina e la digitalizzazione dei "
    "servizi demografici, con l'obiettivo di ridurre i tempi di risposta ai cittadini e "
    "alle imprese e di rispettare i termini di pagamento delle fatture commerciali. Le "
    "attività sono state svolte in raccordo con le Ripartizioni competenti e con le "
    "società partecipate, nel rispetto degli equilibri di bilancio e dei vincoli di "
    "finanza pubblica.",
    "Il quadro che segue è articolato per obiettivo strategico e, al suo interno, per "
    "obiettivo operativo. La valutazione complessiva del grado di raggiungimento degli "
    "obiettivi è illustrata nella sezione 4 della Relazione, insieme agli esiti della "
    "valutazione della performance organizzativa delle singole Ripartizioni e alle "
    "azioni correttive previste per gli indicatori che non hanno raggiunto il valore atteso.",
]

LEGEND = "Legenda: n.d. = dato non disponibile; N.R. = dato non rilevato nell'anno."

# Each indicator: (code, indicator, type, unit, target, actual, achievement,
#                  target_parsed, actual_parsed, achievement_value, met)
OBJECTIVES = [
    ("1", "Bari città sicura", [
        ("1.1", "Presidiare il territorio con la Polizia locale", [
            ("1.1.1", "Servizi di pattugliamento serale svolti sul totale dei servizi "
             "programmati", "EFF.", "%", "≥ 90 %", "95 %", "100 %",
             [GE, 90, None, "%"], [EQ, 95, None, "%"], 100, True),
            ("1.1.2", "Tempo medio di evasione delle segnalazioni dei cittadini",
             "TEMP.", "gg", "entro 30 gg", "28 gg", "100 %",
             [LE, 30, None, "days"], [EQ, 28, None, "days"], 100, True),
            ("1.1.3", "Violazioni al codice della strada accertate nelle zone a traffico "
             "limitato", "EFF.", "n.", "1.250", "1.094", "87,5 %",
             [EQ, 1250, None, None], [EQ, 1094, None, None], 87.5, False),
        ]),
        ("1.2", "Potenziare la videosorveglianza", [
            ("1.2.1", "Incremento delle telecamere attive rispetto al 31/12/2022",
             "EFF.", "%", "+ 12%", "+ 12%", "100 %",
             [EQ, 12, None, "%"], [EQ, 12, None, "%"], 100, True),
            ("1.2.2", "Aree a rischio della mappa comunale coperte da videosorveglianza",
             "QUAL.", "%", "≥ 90 %", "n.d.", "",
             [GE, 90, None, "%"], None, None, None),
            ("1.2.3", "Varchi di accesso alle ZTL dotati di lettura targhe",
             "EFF.", "n.", "24", "21", "87,5 %",
             [EQ, 24, None, None], [EQ, 21, None, None], 87.5, False),
        ]),
    ]),
    ("2", "Bari città digitale e accessibile", [
        ("2.1", "Digitalizzare i servizi demografici", [
            ("2.1.1", "Certificati anagrafici rilasciati on line sul totale dei certificati "
             "rilasciati", "QUAL.", "%", "95 %", "95 %", "100 %",
             [EQ, 95, None, "%"], [EQ, 95, None, "%"], 100, True),
            ("2.1.2", "Tempo medio di rilascio della carta d'identità elettronica dalla "
             "prenotazione", "TEMP.", "gg", "entro 30 gg", "N.R.", "",
             [LE, 30, None, "days"], None, None, None),
            ("2.1.3", "Pratiche di cambio di residenza presentate tramite lo sportello "
             "telematico", "EFF.", "n.", "2.000", "2.150", "100 %",
             [EQ, 2000, None, None], [EQ, 2150, None, None], 100, False),
        ]),
        ("2.2", "Rispettare i tempi di pagamento dei fornitori", [
            ("2.2.1", "Indicatore annuale di tempestività dei pagamenti",
             "TEMP.", "gg", "≤ 0 gg", "(3,5)", "100 %",
             [LE, 0, None, "days"], None, 100, None),
            ("2.2.2", "Fatture commerciali pagate entro 30 giorni dal ricevimento",
             "EFF.", "%", "≥ 90 %", "91 %", "100 %",
             [GE, 90, None, "%"], [EQ, 91, None, "%"], 100, True),
            ("2.2.3", "Riduzione dello stock di debito commerciale scaduto rispetto al 2022",
             "EC.", "%", "≥ 10 %", "8 %", "80 %",
             [GE, 10, None, "%"], [EQ, 8, None, "%"], 80, False),
        ]),
    ]),
]  # fmt: skip

KEYS = ("code", "indicator", "type", "unit", "target", "actual", "achievement",
        "target_parsed", "actual_parsed", "achievement_value", "met")  # fmt: skip


def content() -> Content:
    """The sample's content: intro, then bold objective headings and indicator tables."""
    body: list[dict[str, Any]] = []
    for code, title, operationals in OBJECTIVES:
        body.append({"kind": "heading", "level": "strategic", "label": "OB. STRAT.",
                     "code": code, "title": title})  # fmt: skip
        for o_code, o_title, rows in operationals:
            body.append({"kind": "heading", "level": "operational", "label": "OB. OP.",
                         "code": o_code, "title": o_title})  # fmt: skip
            table = [dict(zip(KEYS, row, strict=True)) for row in rows]
            body.append({"kind": "table", "rows": table})
    return {
        "_about": [
            "Invented content (no real data) of the Comune di Bari Relazione sulla "
            "performance 2023, rendered by samples/make_holdout6_rl.py: portrait, fully ruled "
            "8.5 pt tables (one per operational objective) with abbreviated uppercase headers, "
            "objectives as bold paragraphs, header repeated where a table splits.",
            "Choices: OB. STRAT. = strategic, OB. OP. = operational; no area printed, so "
            "area_code = first segment of the objective code, area_title null; no year in "
            "the headers, so year null; COD. = indicator_code, TIP. = type, U.M. = unit (as "
            "printed; target_unit/actual_unit come from the value cell only); VAL. ATT. = "
            "target, VAL. RAGG. = actual, % RAGG. = achievement. 'n.d.', 'N.R.' and '(3,5)' "
            "(text in parentheses ignored) have no quantity; '+ 12%' = 12 %; 'entro 30 gg' = "
            "<= 30 days; a bare-number target needs equality for met. The legend after the "
            "last table is neither a comment nor a status.",
        ],
        "document": {
            "issuer": "Comune di Bari",
            "title": "Relazione sulla performance",
            "year": 2023,
            "kind": "relazione",
        },
        "headers": HEADERS,
        "intro": INTRO,
        "legend": LEGEND,
        "body": body,
    }


def heading_line(item: dict[str, Any]) -> str:
    return f"{item['label']} {item['code']} – {item['title']}"


# --------------------------------------------------------------------------- records


def records_of(sample: Content) -> tuple[list[Record], list[list[str]]]:
    """One record per indicator row; also each row's printed cells (to find its page)."""
    records, printed = [], []
    context: Record = {}
    for block in sample["body"]:
        if block["kind"] == "heading":
            context = {
                "area_code": block["code"].split(".")[0],
                "area_title": None,
                "objective_level": block["level"],
                "objective_code": block["code"],
                "objective_title": block["title"],
            }
            continue
        for item in block["rows"]:
            what = item["code"]
            if context["objective_level"] != "operational" or not what.startswith(
                f"{context['objective_code']}."
            ):
                raise ValueError(f"{what} not under an operational objective")
            if percent_of(item["achievement"]) != item["achievement_value"]:
                raise ValueError(f"{what}: achievement {item['achievement_value']}")
            record: Record = dict.fromkeys(RECORD_KEYS)
            record.update(context)
            record.update(
                indicator_code=what,
                indicator=plain(item["indicator"]),
                type=plain(item["type"]),
                unit=plain(item["unit"]),
                target=plain(item["target"]),
                actual=plain(item["actual"]),
                achievement=item["achievement_value"],
            )
            record.update(value_fields("target", item["target_parsed"], item["target"], what))
            record.update(value_fields("actual", item["actual_parsed"], item["actual"], what))
            if item["met"] != expected_met(item["target_parsed"], item["actual_parsed"]):
                raise ValueError(f"{what}: met {item['met']} disagrees with the parsed values")
            record["met"] = item["met"]
            records.append(record)
            printed.append([item["indicator"], what, item["target"], item["actual"]])
    return records, printed


# --------------------------------------------------------------------------- layout


def _page(canvas: Any, doc: Any) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFont("LS", 7.5)
    canvas.drawString(2 * cm, height - 1.2 * cm, "Comune di Bari")
    canvas.drawRightString(width - 2 * cm, height - 1.2 * cm, "Relazione sulla performance 2023")
    canvas.drawRightString(width - 2 * cm, 1.2 * cm, f"Pag. {doc.page}")
    canvas.restoreState()


def render(sample: Content, pdf_path: Path) -> None:
    width, height = A4
    margin = 2 * cm
    frame = Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="body")
    doc = BaseDocTemplate(str(pdf_path), pagesize=A4, invariant=1,
                          title="Relazione sulla performance 2023",
                          author=sample["document"]["issuer"])  # fmt: skip
    doc.addPageTemplates([PageTemplate("body", [frame], onPage=_page)])
    story: list[Any] = [
        _p("COMUNE DI BARI", _style(16, True, spaceAfter=8)),
        _p("Relazione sulla performance 2023", _style(13, True, spaceAfter=10)),
        _p("1. Premessa", _style(10.5, True, spaceAfter=6)),
        *[_p(text, _style(9.5, alignment=4, spaceAfter=6)) for text in sample["intro"]],
        _p("2. Risultati degli obiettivi e degli indicatori", _style(10.5, True, spaceAfter=6)),
    ]
    heading = _style(9.5, True, spaceBefore=6, spaceAfter=4)
    cell, bold = _style(8.5), _style(8.5, True)
    usable = width - 2 * margin
    fixed = [1.2 * cm, 1.5 * cm, 1.1 * cm, 2.1 * cm, 2.4 * cm, 1.9 * cm]
    widths = [fixed[0], usable - sum(fixed), *fixed[1:]]
    for block in sample["body"]:
        if block["kind"] == "heading":
            story.append(_p(heading_line(block), heading))
            continue
        data: list[list[Any]] = [[_p(h, bold) for h in sample["headers"]]]
        keys = ("code", "indicator", "type", "unit", "target", "actual", "achievement")
        data += [[_p(item[k], cell) for k in keys] for item in block["rows"]]
        table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ])  # fmt: skip
        story += [table, Spacer(1, 4)]
    story.append(_p(sample["legend"], _style(7.5)))
    doc.build(story)


# --------------------------------------------------------------------------- checks


def check(pdf_path: Path, sample: Content, records: list[Record]) -> list[str]:
    """Portrait, rules on every table page, header repeated atop page 2, bold headings."""
    problems = []
    used = sorted({r["page"] for r in records})
    if used != [1, 2]:
        problems.append(f"records on pages {used}, not [1, 2]")
    pairs = [(a, b) for a, b in itertools.pairwise(records) if a["page"] < b["page"]]
    if not pairs or any(a["objective_code"] != b["objective_code"] for a, b in pairs):
        problems.append("no table is split by the page break")
    headings = [heading_line(b) for b in sample["body"] if b["kind"] == "heading"]
    with pdfplumber.open(pdf_path) as pdf:
        if any(p.width >= p.height for p in pdf.pages):
            problems.append("not portrait")
        for number in used:
            page = pdf.pages[number - 1]
            vertical = [ln for ln in page.lines if abs(ln["x0"] - ln["x1"]) < 0.1]
            horizontal = [ln for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.1]
            if len(vertical) < 8 or len(horizontal) < 4:
                problems.append(f"page {number}: the tables are not ruled")
            sizes = {round(c["size"], 1) for c in page.chars if c["text"] in "≥%"}
            if sizes != {8.5}:
                problems.append(f"page {number}: table text not 8.5 pt ({sizes})")
        if len(pdf.pages) >= 2:
            second = pdf.pages[1]
            body = [w for w in second.extract_words() if w["top"] > 1.6 * cm]
            first_line = [w["text"] for w in body if w["top"] - body[0]["top"] < 15]
            if Counter(" ".join(HEADERS).split()) != Counter(first_line):
                problems.append(f"page 2 does not open with the repeated header: {first_line!r}")
        bold = "".join(
            "".join(c["text"] for c in page.chars if "Bold" in c["fontname"]) for page in pdf.pages
        )
        for line in headings:
            if squash(line) not in squash(bold):
                problems.append(f"heading not bold: {line!r}")
    return problems


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    """Build the sample; return 1 if a layout check fails."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    sample = content()
    (args.out / f"{NAME}.content.json").write_text(
        json.dumps(sample, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    pdf_path = args.out / f"{NAME}.pdf"
    _fonts()
    records, rows = records_of(sample)
    render(sample, pdf_path)
    for record, page in zip(records, locate(pdf_path, rows), strict=True):
        record.update(page=page, page_end=page)
    pages = len(page_streams(pdf_path))
    about = (
        f"Generated by samples/make_holdout6_rl.py from {NAME}.content.json "
        "(holdout: made without perfextract)."
    )
    truth = write_truth(sample, records, pdf_path, pages, about)
    print(f"{NAME}: wrote {pdf_path.name}, {NAME}.content.json and {truth.name}: "
          f"{len(records)} records, {pages} pages, "
          f"pages {[r['page'] for r in records]}")  # fmt: skip
    problems = check(pdf_path, sample, records)
    for problem in problems:
        print(f"make_holdout6_rl.py: {problem}", file=sys.stderr)
    print(f"  layout checks: {'FAILED' if problems else 'all passed'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
