"""Author cremona-2020-wordgrid.content.json from the real report's text
(/work/shared/reference/cremona-2020-relazione.txt): the rows of its indicator tables,
re-typed as data (markup <b>/<i> kept as printed, '\n' = line break inside a cell).
Split rows of the reference are joined; the markdown stretch of the reference is re-typed
by hand below. Values parsed by r2lib.parse_value and checked by eye (overrides below)."""
import json
import re
from pathlib import Path

REF = Path("/work/shared/reference/cremona-2020-relazione.txt")
lines = REF.read_text(encoding="utf-8").split("\n")


def fields(n):
    return lines[n - 1].split("\t")


def md(s):
    return s.replace("**", "").replace("\\_", "_").strip()


# ------------------------------------------------------------------ premessa
premessa = []
for n in range(19, 48):
    t = lines[n - 1].strip()
    if t and t != "Rendicontazione stato di avanzamento 31 dicembre 2020" and t != "Premessa istituzionale":
        premessa.append(t)
# the reference breaks a paragraph at a page end ("In data 16 febbraio" / "2018 il Ministro")
joined = []
for p in premessa:
    if joined and re.match(r"^\d{4} ", p) and joined[-1].endswith("febbraio"):
        joined[-1] += " " + p
    else:
        joined.append(p)
premessa = joined

# ------------------------------------------------------------------ table rows
rows = []


def add(kind, **kw):
    kw["kind"] = kind
    rows.append(kw)


def classify(cells):
    cells = [c.strip() for c in cells] + [""] * (5 - len(cells))
    plain = [re.sub(r"</?[bi]>", "", c).strip() for c in cells]
    nonempty = [c for c in plain if c]
    first = plain[0]
    if first.startswith("Area Strategica"):
        add("area", code=first.split()[-1], text=cells[0])
        return "area"
    m = re.match(r"^(Ob\. (Strategico|Operativo)) (\S+)\s*(.*)$", first)
    if m:
        level = "strategic" if m.group(2) == "Strategico" else "operational"
        title = m.group(4).strip()
        add("heading", level=level, label=f"{m.group(1)} {m.group(3)}", code=m.group(3),
            title=title or None)
        return "heading"
    if first == "Indicatori" and len(nonempty) == 1:
        add("label", text="Indicatori")
        return "label"
    if first == "Descrizione":
        add("header", cells=["Descrizione", "Tipo", "Valore Atteso", "Valore Raggiunto", "Note"])
        return "header"
    if first.startswith("OBIETTIVO CONSEGUITO") and len(nonempty) == 1:
        rest = re.sub(r"^<b>OBIETTIVO CONSEGUITO</b>\s*", "", cells[0]).strip()
        add("status", phrase="OBIETTIVO CONSEGUITO", text=rest or None)
        return "status"
    if len(nonempty) == 1:
        add("text", text=cells[0])
        return "text"
    add("indicator", cells=cells)
    return "indicator"


def merge(a, b):
    return [(x.strip() + " " + y.strip()).strip() for x, y in zip(a, b)]


skip = set(range(131, 197)) | {248, 264}
for n in range(49, len(lines) + 1):
    if n in skip:
        if n == 131:
            # re-typed by hand: the markdown stretch 131-195 of the reference
            add("text", text="\n".join(md(lines[k - 1]) for k in range(131, 136)))
            classify(fields(137))
            add("status", phrase="OBIETTIVO CONSEGUITO", text=None)
            add("heading", level="operational", label="Ob. Operativo 2020_02_01_02",
                code="2020_02_01_02", title=None)
            add("title", text="<b>Implementare la trasparenza nelle relazioni commerciali tra le imprese cremonesi</b>")
            add("label", text="Indicatori")
            classify(fields(148))
            classify(fields(149))
            add("status", phrase="OBIETTIVO CONSEGUITO", text=None)
            add("heading", level="operational", label="Ob. Operativo 2020_03_01",
                code="2020_03_01", title=None)
            add("title", text="<b>Favorire lo sviluppo dell'internazionalizzazione delle imprese della provincia</b>")
            add("label", text="Indicatori")
            classify(fields(159))
            classify(fields(160))
            add("status", phrase="OBIETTIVO CONSEGUITO",
                text="BANDO ACCOMPAGNAMENTO EXPORT: 1 POSITIVO\nINCOMING BUYER: 4 POSITIVO, 2 MOLTO POSITIVO")
            add("heading", level="operational", label="Ob. Operativo 2020_03_01_03",
                code="2020_03_01_03", title=None)
            add("title", text="<b>Gestione di servizi di supporto all'internazionalizzazione delle imprese</b>")
            add("label", text="Indicatori")
            classify(fields(172))
            classify(fields(173))
            add("status", phrase="OBIETTIVO CONSEGUITO", text=md(lines[175]))
            add("heading", level="operational", label="Ob. Operativo 2020_04_01",
                code="2020_04_01", title=None)
            add("title", text="<b>Indirizzo politico</b>")
            add("label", text="Indicatori")
            classify(fields(184))
            classify(fields(185))
            add("status", phrase="OBIETTIVO CONSEGUITO", text="Si veda relazione iniziale")
            classify(fields(190))
            add("status", phrase="OBIETTIVO CONSEGUITO", text="Si veda relazione iniziale")
            add("heading", level="operational", label="Ob. Operativo 2020_04_01_02",
                code="2020_04_01_02", title=None)
        continue
    raw = lines[n - 1].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    if not raw.strip():
        continue
    f = raw.split("\t")
    if n == 244:
        f = merge(f, fields(248))
    if n == 262:
        f = merge(f, fields(264))
    prev = rows[-1]["kind"] if rows else None
    # a title row that follows a heading without title, or the area title
    plain0 = re.sub(r"</?[bi]>", "", f[0]).strip()
    if prev == "area":
        add("area_title", text=f[0].strip())
        continue
    if prev == "heading" and rows[-1]["title"] is None and not plain0.startswith(("Indicatori", "Ob.")):
        add("title", text=f[0].strip())
        continue
    classify(f)

# title of a heading printed in the same row: "<b>Ob. Operativo X</b> <b>Title</b>"
for r in rows:
    if r["kind"] == "heading" and r.get("title"):
        r["title"] = r["title"].strip()

# multi-line cells: the reference's double spaces are line breaks within the cell
for r in rows:
    if r["kind"] == "indicator":
        r["cells"] = [re.sub(r"\s{2,}", "\n", c.strip()) for c in r["cells"]]

# narrow Tipo column: ORGANIZZATI VO is a word broken by the column
for r in rows:
    if r["kind"] == "indicator":
        r["cells"][1] = r["cells"][1].replace("ORGANIZZATI VO", "ORGANIZZATIVO")

content = {
    "schema": "r2-blind/cremona-wordgrid@1",
    "_about": [
        "Camera di Commercio di Cremona, Relazione sulla performance 2020, rows re-typed from the real report's text (shared/reference/cremona-2020-relazione.txt); rendered by make_r2.py as a Word document (one 5-column table, full grid, Times New Roman 8.5 pt, narrow Tipo column) converted by LibreOffice.",
        "Row kinds: area (+ area_title), heading (Ob. Strategico / Ob. Operativo; title in the same row or in the next 'title' row), label (Indicatori), header, indicator (Descrizione | Tipo | Valore Atteso | Valore Raggiunto | Note), status (OBIETTIVO CONSEGUITO + text), text (free text row merged across the table).",
        "Only area 2020_01 has a printed heading; for the others area_code is the first two segments of the objective code and area_title null.",
        "An indicator whose Valore Raggiunto is 'Obiettivo sospeso' and that has no status row gets status suspended from that cell; the free-text row after it is its comment.",
    ],
    "document": {"issuer": "Camera di Commercio di Cremona", "title": "Relazione sulla performance",
                 "year": 2020, "kind": "relazione"},
    "cover": [
        "Camera di Commercio\nCremona",
        "RELAZIONE SULLA PERFORMANCE",
        "Rendicontazione stato di avanzamento al 31 dicembre 2020",
        "Aree strategiche/Missioni, obiettivi strategici e obiettivi operativi e relativi indicatori di outcome e di output",
        "2020-2022",
        "VALIDATA DA ORGANISMO INDIPENDENTE DI VALUTAZIONE IN DATA\n26 aprile 2021",
    ],
    "running_header": "Rendicontazione stato di avanzamento 31 dicembre 2020",
    "premessa_title": "Premessa istituzionale",
    "premessa": premessa,
    "summary_title": "Quadro di sintesi degli indicatori",
    "summary_intro": "La tabella riassume, per ciascuna area strategica, il numero di indicatori monitorati al 31 dicembre 2020 e il loro esito; il dettaglio per obiettivo è riportato nelle pagine seguenti.",
    "section_title": "Aree strategiche, obiettivi e indicatori: stato di avanzamento al 31/12/2020",
    "rows": rows,
}
Path("cremona-2020-wordgrid.content.json").write_text(
    json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(rows), sum(r["kind"] == "indicator" for r in rows))
