"""Write the five r4 content files: the CONTENT of existing samples (indicators, values,
hierarchy, statuses, comments, prose, non-indicator tables) re-arranged for a new layout.

Source: /work/main/samples/<name>.content.json (content only; the old PDF's look is not used).
The hand-written parsed values ([operator, value, value_max, unit]), statuses and `met`
of the source content are carried over as they are (I re-checked them by eye; make_r4.py
also recomputes `met` and prints any disagreement).

Block types (make_r4.py renders them):
  cover {lines:[{text,size,bold}]}, heading {text}, paragraph {text}, list {items},
  hier {level, label, code, title, text}  (a printed heading of the hierarchy),
  caption {text}, page_break, sheet {name} (Calc only),
  table {role: indicators|other, columns:[{header, field, year, width}], header_rows,
         spans, rows:[{hier:{...}} | {cells:[...], values:{year|"-": {target, actual, met}},
                                       status, hier_cells:{level:{code,title}}}]}
"""
from __future__ import annotations

import json
from pathlib import Path

SRC = Path("/work/main/samples")
OUT = Path(__file__).resolve().parent


def load(name):
    return json.loads((SRC / f"{name}.content.json").read_text())


def hier(level, label, code, title, sep=" – "):
    text = f"{label} {code}{sep}{title}" if code else f"{label}{sep}{title}"
    return {"level": level, "label": label, "code": code, "title": title, "text": text}


def strip_tags(t):
    return t.replace("<b>", "").replace("</b>", "").replace("<i>", "").replace("</i>", "")


# ----------------------------------------------------------------------------- Lecce
def lecce():
    src = load("comune-lecce-2021-piano")
    spec = src["tables"]["indicators"]
    columns = [
        {"header": "N.", "field": "indicator_code", "year": None, "width": 6},
        {"header": "Descrizione indicatore", "field": "indicator", "year": None, "width": 44},
        {"header": "Tipologia", "field": "type", "year": None, "width": 11},
        {"header": "Valore atteso 2021", "field": "target", "year": 2021, "width": 20},
        {"header": "Note", "field": "notes", "year": None, "width": 36},
    ]
    assert [c["header"] for c in columns] == spec["header"]
    rows, other = [], []
    resources = []
    pending_heading = None
    for block in src["body"]:
        if "objective" in block:
            o = block["objective"]
            rows.append({"hier": hier("area", o["label"], o["code"], o["title"])})
        elif "paragraph" in block and rows:
            resources.append({"type": "paragraph", "text": block["paragraph"]})
        elif "heading" in block and block["level"] == 2:
            pending_heading = block["heading"]
        elif "table" in block:
            t = block["table"]
            if t["ref"] == "indicators":
                for r in t["rows"]:
                    if "objective" in r:
                        o = r["objective"]
                        rows.append({"hier": hier(o["level"], o["label"], o["code"], o["title"])})
                    else:
                        p = r["parsed"]["target:2021"]
                        rows.append({"cells": r["cells"],
                                     "values": {"2021": {"target": p or [None] * 4,
                                                         "actual": None, "met": None}},
                                     "status": None})
            else:
                tspec = src["tables"][t["ref"]]
                resources.append({"type": "heading", "text": pending_heading, "level": 2})
                resources.append({"type": "table", "role": "other",
                                  "columns": [{"header": h, "field": None, "year": None,
                                               "width": w * 6}
                                              for h, w in zip(tspec["header"], tspec["widths"])],
                                  "rows": [{"cells": r["cells"]} for r in t["rows"]]})
    prem = [b["paragraph"] for b in src["body"][:4] if "paragraph" in b]
    blocks = [
        {"type": "sheet", "name": "Premessa"},
        {"type": "cover", "lines": [
            {"text": "CITTÀ DI LECCE", "size": 18, "bold": True},
            {"text": "Settore Programmazione, Controllo di gestione e Performance", "size": 10},
            {"text": "Piano della performance 2021-2023", "size": 16, "bold": True},
            {"text": "art. 10, comma 1, lett. a) del D.Lgs. 150/2009 e art. 169 del D.Lgs. 267/2000",
             "size": 10},
            {"text": "Approvato con deliberazione della Giunta comunale n. 98 del 31/03/2021",
             "size": 10}]},
        {"type": "heading", "text": "1. Premessa"},
        *[{"type": "paragraph", "text": p} for p in prem],
        {"type": "sheet", "name": "Obiettivi e indicatori"},
        {"type": "heading", "text": "2. Obiettivi, indicatori e valori attesi"},
        {"type": "table", "role": "indicators", "columns": columns, "rows": rows},
        {"type": "sheet", "name": "Risorse Ambito 2"},
        {"type": "heading",
         "text": "3. Risorse assegnate all'ambito «Lecce città accogliente e inclusiva»"},
        *resources,
    ]
    return {
        "layout": "calc-zebra",
        "orientation": "landscape",
        "running_header": src["running_header"],
        "blocks": blocks,
        "document": src["document"],
        "_about": [
            "Content of samples/comune-lecce-2021-piano (Piano della performance 2021-2023 of the "
            "Comune di Lecce, invented) re-rendered as a LibreOffice Calc workbook, landscape: "
            "no gridlines, zebra indicator rows, shaded header repeated on every page; areas "
            "('Ambito N – …') and objectives ('Obiettivo N – …', 'Obiettivo operativo N.M – …') are "
            "merged shaded rows inside the single indicator table.",
            "Obiettivo 4 has no operational objective (indicators 4.1, 4.2 directly under it). "
            "One 'Valore atteso 2021' column: year 2021 on every record; a plan: actual/met/status "
            "null. values.<year>.target = hand-written [operator, value, value_max, unit].",
            "Area 2's prose and its budget/staff tables are on a third sheet: no records.",
        ],
    }


# ----------------------------------------------------------------------------- Insubria
def insubria():
    src = load("atsinsubria-2023-relazione")
    columns = [
        {"header": "N.", "field": "indicator_code", "year": None, "width": 0.8},
        {"header": "Obiettivo", "field": "objective", "year": None, "width": 2.6},
        {"header": "Indicatore", "field": "indicator", "year": None, "width": 4.2},
        {"header": "Peso", "field": "weight", "year": None, "width": 1.1},
        {"header": "Atteso", "field": "target", "year": None, "width": 2.5},
        {"header": "Raggiunto", "field": "actual", "year": None, "width": 2.1},
        {"header": "Stato", "field": "status", "year": None, "width": 2.2},
    ]
    st = {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved",
          "Non raggiunto": "not_achieved", "Sospeso": "suspended"}
    blocks = [{"type": "cover", "lines": [
        {"text": c["text"], "size": c["size"], "bold": c.get("bold", False)}
        for c in src["cover"]]}, {"type": "page_break"}, {"type": "toc", "title": "Indice"}]
    for b in src["body"]:
        k = b["kind"]
        if k == "section":
            blocks.append({"type": "heading", "text": b["text"]})
        elif k == "prose":
            blocks.append({"type": "paragraph", "text": b["text"]})
        elif k == "heading":
            blocks.append({"type": "hier", **hier("area", b["label"], b["code"], b["title"])})
        elif k == "caption":
            blocks.append({"type": "caption", "text": b["text"]})
        elif k == "page_break":
            blocks.append({"type": "page_break"})
        elif k == "table":
            rows = []
            for g in b["groups"]:
                first = True
                for i in g["indicators"]:
                    rows.append({
                        "cells": [i["number"], g["objective"], i["indicator"], i["weight"],
                                  i["target"], i["actual"], i["status"]],
                        "weight": i["weight_value"],
                        "objective": {"level": "strategic", "code": None, "title": g["objective"]},
                        "objective_first": first,
                        "values": {"-": {"target": i["target_parsed"] or [None] * 4,
                                         "actual": i["actual_parsed"] or [None] * 4,
                                         "met": i["met"]}},
                        "status": st[i["status"]],
                    })
                    first = False
            blocks.append({"type": "table", "role": "indicators", "columns": columns,
                           "rows": rows, "merge_objective": True})
        elif k == "budget":
            blocks.append({"type": "caption", "text": b["title"]})
            blocks.append({"type": "table", "role": "other",
                           "columns": [{"header": h, "field": None, "year": None, "width": w}
                                       for h, w in zip(b["header"], b["widths"])],
                           "rows": [{"cells": r} for r in b["rows"]]})
    return {
        "layout": "word-grid",
        "orientation": "portrait",
        "footer": src["footer"],
        "blocks": blocks,
        "document": src["document"],
        "_about": [
            "Content of samples/atsinsubria-2023-relazione (Relazione sulla performance 2023 of "
            "ATS dell'Insubria, invented) re-rendered with python-docx + LibreOffice: portrait, "
            "every cell ruled (full grid), narrow columns so indicator texts, objectives, values "
            "and statuses wrap over several lines; header row repeated on every page; the "
            "Obiettivo cell merged down over its indicators (printed once); rows may break "
            "across pages.",
            "Objectives have no code and no level word, directly under 'Area strategica N – …' "
            "headings: objective_level strategic, objective_code null. 'N.' is indicator_code. "
            "No year in the headers: year null. Stato gives status/status_text.",
            "Cover, table of contents, prose with numbers and the cost table yield nothing.",
        ],
    }


# ----------------------------------------------------------------------------- Marche
def marche():
    src = load("regione-marche-2022-relazione")
    sh = src["sheet"]
    columns = [
        {"header": "Codice", "field": "indicator_code", "year": None, "width": 1.3},
        {"header": "Indicatore", "field": "indicator", "year": None, "width": 7.1},
        {"header": "Target", "field": "target", "year": 2021, "width": 2.1},
        {"header": "Consuntivo", "field": "actual", "year": 2021, "width": 2.2},
        {"header": "Target", "field": "target", "year": 2022, "width": 2.1},
        {"header": "Consuntivo", "field": "actual", "year": 2022, "width": 2.2},
    ]
    header_rows = [["Codice", "Indicatore", "2021", "", "2022", ""],
                   ["", "", "Target", "Consuntivo", "Target", "Consuntivo"]]
    cv = src["cover"]
    blocks = [{"type": "cover", "lines": [
        {"text": cv["lines"][0], "size": 11, "bold": True},
        {"text": cv["lines"][1], "size": 18, "bold": True},
        {"text": cv["lines"][2], "size": 9, "bold": False}]}]
    for s in cv["sections"]:
        blocks.append({"type": "heading", "text": s["heading"]})
        blocks += [{"type": "paragraph", "text": p} for p in s["paragraphs"]]
    blocks.append({"type": "heading", "text": sh["title_rows"][2]})
    cur = None
    for r in sh["rows"]:
        if "heading" in r:
            cur = {"type": "table", "role": "indicators", "columns": columns,
                   "header_rows": header_rows, "rows": []}
            blocks.append({"type": "hier", **hier("strategic", "Obiettivo strategico", r["code"],
                                                  r["title"])})
            assert blocks[-1]["text"] == r["text"]
            blocks.append(cur)
        else:
            vals = {}
            for y, v in r["years"].items():
                vals[y] = {"target": v["target"] or [None] * 4,
                           "actual": v["actual"] or [None] * 4, "met": v["met"]}
            cur["rows"].append({"cells": r["cells"], "values": vals, "status": None})
    sm = src["summary"]
    blocks.append({"type": "heading", "text": sm["title_rows"][0]})
    blocks.append({"type": "paragraph", "text": sm["title_rows"][1]})
    blocks.append({"type": "table", "role": "other",
                   "columns": [{"header": c["header"], "field": None, "year": None,
                                "width": w} for c, w in zip(sm["columns"], [5.0, 2.2, 2.2])],
                   "rows": [{"cells": r["cells"], "total": r.get("total", False)}
                            for r in sm["rows"]]})
    return {
        "layout": "rl-borderless",
        "orientation": "portrait",
        "footer": "Regione Marche – Relazione sulla performance 2022",
        "blocks": blocks,
        "document": src["document"],
        "_about": [
            "Content of samples/regione-marche-2022-relazione (Relazione sulla performance 2022 "
            "of the Regione Marche, invented) re-rendered with reportlab: 8 pt tables with no "
            "rule and no shading at all, rows told apart only by spacing; one table per "
            "strategic objective, its bold heading 'Obiettivo strategico N – …' between tables.",
            "Two header rows: 'Codice | Indicatore | 2021 | 2022', each year spanning 'Target | "
            "Consuntivo' (centred over them, no rule). One record per indicator and year "
            "(2021, 2022), also where the 2021 cells are empty or '–'. No area heading: "
            "area_code = the objective code's first segment, area_title null.",
            "The summary table 'Obiettivi | Numero | %' yields nothing.",
        ],
    }


# ----------------------------------------------------------------------------- Pisa
def pisa():
    src = load("universita-pisa-2023-relazione")
    columns = [
        {"header": "Indicatore", "field": "indicator", "year": None, "width": 9.6},
        {"header": "Unità di misura", "field": "unit", "year": None, "width": 2.4},
        {"header": "Valore iniziale", "field": "baseline", "year": None, "width": 3.2},
        {"header": "Target", "field": "target", "year": None, "width": 3.6},
        {"header": "Valore finale", "field": "actual", "year": None, "width": 3.8},
        {"header": "Stato", "field": "status", "year": None, "width": 3.1},
    ]
    blocks = [{"type": "cover", "lines": [
        {"text": strip_tags(c["text"]), "size": c["size"], "bold": "<b>" in c["text"]}
        for c in src["cover"]]}, {"type": "page_break"},
        {"type": "heading", "text": "1. Introduzione"}]
    blocks += [{"type": "paragraph", "text": p} for p in src["intro"]]
    blocks.append({"type": "heading", "text": "2. Risultati per area strategica"})
    for area in src["areas"]:
        blocks.append({"type": "hier", **hier("area", "Area strategica", None, area["title"],
                                              sep=": ")})
        for ob in area["objectives"]:
            blocks.append({"type": "hier", **hier("strategic", "Obiettivo", ob["code"],
                                                  ob["title"])})
            rows = []
            for r in ob["rows"]:
                rows.append({"cells": r["cells"],
                             "values": {"-": {"target": r["target"] or [None] * 4,
                                              "actual": r["actual"] or [None] * 4,
                                              "met": r["met"]}},
                             "status": src["status_words"][r["status"]]})
            blocks.append({"type": "table", "role": "indicators", "columns": columns,
                           "rows": rows})
    blocks.append({"type": "heading", "text": "3. Nota sui dati"})
    blocks.append({"type": "paragraph", "text": src["closing"]})
    return {
        "layout": "word-booktabs",
        "orientation": "landscape",
        "running_header": src["running_header"],
        "blocks": blocks,
        "document": src["document"],
        "_about": [
            "Content of samples/universita-pisa-2023-relazione (Relazione sulla performance "
            "2023 of the Università di Pisa, invented) re-rendered with python-docx + "
            "LibreOffice in landscape: booktabs tables (a thick rule on top, a thin one under "
            "the header, a thick one at the bottom; no vertical rule, no shading).",
            "The hierarchy is no longer in a column: a bold paragraph 'Area strategica: "
            "Ricerca' (no code: area_code null) and, above each table, a bold paragraph "
            "'Obiettivo OB.R.1 – …' (no level word, under an area: strategic; code as printed). "
            "One table per objective. Indicator cells open with their own code "
            "('IND.R.1.1 …'): kept in `indicator`, indicator_code null (as in the source "
            "sample). No year in the headers: year null. Stato gives status.",
        ],
    }


# ----------------------------------------------------------------------------- Perugia
def perugia():
    src = load("comune-perugia-2024-piano")
    columns = [
        {"header": "Obiettivo strategico", "field": "hier:strategic", "year": None, "width": 15},
        {"header": "Obiettivo operativo", "field": "hier:operational", "year": None, "width": 15},
        {"header": "Indicatore di risultato", "field": "indicator", "year": None, "width": 22},
        {"header": "Modalità di calcolo", "field": "formula", "year": None, "width": 27},
        {"header": "Fonte del dato", "field": "data_source", "year": None, "width": 15},
        {"header": "Valore di partenza (2023)", "field": "baseline", "year": None, "width": 11},
        {"header": "2024", "field": "target", "year": 2024, "width": 10.5},
        {"header": "2025", "field": "target", "year": 2025, "width": 10.5},
        {"header": "2026", "field": "target", "year": 2026, "width": 10.5},
    ]
    header_rows = [["Obiettivo strategico", "Obiettivo operativo", "Indicatore di risultato",
                    "Modalità di calcolo", "Fonte del dato", "Valore di partenza (2023)",
                    "Target", "", ""],
                   ["", "", "", "", "", "", "2024", "2025", "2026"]]
    rows = []
    for s in src["strategic"]:
        for o in s["operational"]:
            for r in o["rows"]:
                vals = {}
                for y, t in zip(["2024", "2025", "2026"], r["targets"]):
                    vals[y] = {"target": t or [None] * 4, "actual": None, "met": None}
                rows.append({
                    "cells": [f"{s['code']} – {s['title']}", f"{o['code']} – {o['title']}",
                              *r["cells"]],
                    "hier_cells": {"strategic": {"code": s["code"], "title": s["title"]},
                                   "operational": {"code": o["code"], "title": o["title"]}},
                    "values": vals, "status": None})
    intro = [
        {"type": "sheet", "name": "Premessa"},
        {"type": "cover", "lines": [
            {"text": strip_tags(t["text"]), "size": t["size"] - 2, "bold": "<b>" in t["text"]}
            for t in src["title_lines"]]},
        {"type": "heading", "text": "Premessa"},
        {"type": "paragraph", "text": src["intro"]},
        {"type": "list", "items": src["numbered"]},
        {"type": "paragraph", "text": src["intro_after"]},
        {"type": "heading", "text": "Gli obiettivi strategici del DUP 2024-2026"},
    ]
    for s in src["strategic"]:
        intro.append({"type": "paragraph", "text": f"{s['code']}. {s['title']} – {s['description']}"})
    blocks = intro + [
        {"type": "sheet", "name": "Obiettivi e indicatori"},
        {"type": "cover", "lines": [
            {"text": "COMUNE DI PERUGIA", "size": 12, "bold": True},
            {"text": "Piano della performance 2024-2026 – Allegato A", "size": 11},
            {"text": "Schede degli obiettivi operativi assegnati ai settori", "size": 10}]},
        {"type": "heading", "text": "Obiettivi operativi, indicatori e target 2024-2026"},
        {"type": "table", "role": "indicators", "columns": columns, "header_rows": header_rows,
         "rows": rows},
    ]
    return {
        "layout": "calc-hiercols",
        "orientation": "landscape",
        "running_header": src["running_header"],
        "blocks": blocks,
        "document": src["document"],
        "_about": [
            "Content of samples/comune-perugia-2024-piano (Piano della performance 2024-2026 of "
            "the Comune di Perugia, invented) re-rendered as a LibreOffice Calc workbook, "
            "landscape, thin cell borders, shaded two-row header repeated on each page.",
            "The hierarchy is in the first two columns, each cell merged down over its "
            "indicators ('1 – Perugia città sicura e vivibile' | '1.2 – Migliorare la sicurezza "
            "stradale'), text at the top of the merged block (so a page that continues a "
            "block shows it blank). No area column: area_code = first segment of the "
            "objective code, area_title null; objective_level operational.",
            "Targets: 'Target' merged over '2024 | 2025 | 2026': one record per indicator and "
            "year (51). A plan: actual/met/status null.",
        ],
    }


def main():
    makers = {
        "comune-lecce-2021-piano-calc": (lecce, "comune-lecce-2021-piano"),
        "atsinsubria-2023-relazione-wordgrid": (insubria, "atsinsubria-2023-relazione"),
        "regione-marche-2022-relazione-rl": (marche, "regione-marche-2022-relazione"),
        "universita-pisa-2023-relazione-landscape": (pisa, "universita-pisa-2023-relazione"),
        "comune-perugia-2024-piano-calc": (perugia, "comune-perugia-2024-piano"),
    }
    for name, (fn, source) in makers.items():
        c = fn()
        out = {"schema": "r4-blind/content@1", "_about": c.pop("_about"),
               "source_sample": source, **c}
        (OUT / f"{name}.content.json").write_text(json.dumps(out, ensure_ascii=False, indent=1))
        print("wrote", name)


if __name__ == "__main__":
    main()
