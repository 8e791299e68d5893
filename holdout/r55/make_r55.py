"""r55: wide Calc sheets printed without fit-to-width (columns split over pages).
Renders NAME.xlsx -> NAME.pdf with LibreOffice and writes NAME.truth.json from NAME.content.json."""
import json, re, subprocess, sys, hashlib, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.properties import PageSetupProperties
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
FONT = "Liberation Sans"
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HFILL = {"comune-piacenza-2023-relazione": "1F4E79", "asst-lariana-2024-piano": "00704A",
         "arpa-lombardia-2023-relazione": "3A5F8F"}

def collapse(s):
    return re.sub(r"\s+", " ", s).strip() if s is not None else None

def lines_needed(text, width_chars):
    """word-wrap simulation: lines the text takes in a cell `width_chars` characters wide"""
    n = 0
    for para in str(text).split("\n"):
        cur = 0; n += 1
        for w in para.split():
            if cur and cur + 1 + len(w) > width_chars:
                n += 1; cur = len(w)
            else:
                cur += (1 if cur else 0) + len(w)
    return max(1, n)

def cover_sheet(wb, c, ws):
    cv = c["cover"]
    ws.title = "Premessa"
    widths = ([26, 8, 10, 8, 8, 7] if len(cv["table_header"]) == 6 else [24, 11, 11, 10, 11]) if len(cv["table_header"]) > 3 else [34, 16, 16]
    letters = "ABCDEF"
    for i, w in enumerate(widths):
        ws.column_dimensions[letters[i]].width = w
    ncol = len(widths); last = letters[ncol - 1]
    tot = sum(widths)
    r = 2
    for i, line in enumerate(cv["lines"]):
        if line:
            ws.merge_cells(f"A{r}:{last}{r}")
            cell = ws.cell(r, 1, line)
            big = (i == 0 and line.startswith("Comune")) or line.isupper() or line.startswith("ASST") or line.startswith("ARPA")
            size = 16 if big and i < 3 else (14 if big else 10)
            if line.startswith("RELAZIONE") or line.startswith("PIANO"):
                size = 18
            cell.font = Font(name=FONT, size=size, bold=big)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.row_dimensions[r].height = size * 1.9
        r += 1
    r += 1
    ws.cell(r, 1, "Premessa").font = Font(name=FONT, size=12, bold=True)
    r += 1
    for p in cv["prose"]:
        ws.merge_cells(f"A{r}:{last}{r}")
        cell = ws.cell(r, 1, p)
        cell.font = Font(name=FONT, size=10)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="justify")
        ws.row_dimensions[r].height = 13.5 * lines_needed(p, tot * 1.55) + 4
        r += 2
    ws.cell(r, 1, cv["table_title"]).font = Font(name=FONT, size=10, bold=True)
    r += 1
    for j, h in enumerate(cv["table_header"]):
        cell = ws.cell(r, j + 1, h)
        cell.font = Font(name=FONT, size=9, bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.border = BOX
    ws.row_dimensions[r].height = 24
    r += 1
    for row in cv["table_rows"]:
        ws.row_dimensions[r].height = 11.5 * max(lines_needed(v, widths[j] * 1.75) for j, v in enumerate(row)) + 3
        for j, v in enumerate(row):
            cell = ws.cell(r, j + 1, v)
            cell.font = Font(name=FONT, size=9, bold=(row[0] == "Totale"))
            cell.alignment = Alignment(wrap_text=True, horizontal="left" if j == 0 else "right", vertical="center")
            cell.border = BOX
        r += 1
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
    ws.oddFooter.left.text = c["sheet"]["footer"]
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = "Pagina &P di &N"
    ws.oddFooter.right.size = 8

def data_sheet(wb, c):
    sh = c["sheet"]
    ws = wb.create_sheet(sh["name"])
    cols = c["columns"]
    for j, col in enumerate(cols):
        ws.column_dimensions[chr(65 + j)].width = col["w"]
    ws.cell(1, 1, sh["title"]).font = Font(name=FONT, size=12, bold=True)
    ws.cell(2, 1, sh["subtitle"]).font = Font(name=FONT, size=9, italic=True)
    hr = 4
    fill = PatternFill("solid", fgColor=HFILL[c["name"]])
    for j, col in enumerate(cols):
        cell = ws.cell(hr, j + 1, col["label"])
        cell.font = Font(name=FONT, size=9, bold=True, color="FFFFFF")
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.border = BOX
    ws.row_dimensions[hr].height = 30
    r = hr + 1
    body = Font(name=FONT, size=9)
    name = c["name"]
    last_area = None
    obj_start = None; last_obj = None
    merges = []
    row_lines = []
    for row in c["rows"]:
        if row["t"] in ("area", "obj"):            # sample 2: heading rows
            cell = ws.cell(r, 1, row["text"])
            cell.font = Font(name=FONT, size=10 if row["t"] == "area" else 9, bold=True,
                             italic=(row["t"] == "obj"))
            shade = "C6E0B4" if row["t"] == "area" else "E2EFDA"
            for j in range(len(cols)):
                ws.cell(r, j + 1).fill = PatternFill("solid", fgColor=shade)
                ws.cell(r, j + 1).border = Border(top=thin, bottom=thin)
            ws.row_dimensions[r].height = 16
            r += 1
            continue
        if name.startswith("arpa") and row["area_heading"] != last_area:   # sample 3: area rows
            last_area = row["area_heading"]
            cell = ws.cell(r, 1, row["area_heading"])
            cell.font = Font(name=FONT, size=10, bold=True)
            for j in range(len(cols)):
                ws.cell(r, j + 1).fill = PatternFill("solid", fgColor="D9E1F2")
                ws.cell(r, j + 1).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
            ws.row_dimensions[r].height = 16
            r += 1
        maxlines = 1
        for j, col in enumerate(cols):
            f = col["field"]
            if f == "target" and "targets" in row:
                v = row["targets"][[k for k in cols if k["field"] == "target"].index(col)]
            elif f == "extra":
                v = row["extra"] if "extra" in row else (row["scost"] if col["label"] == "Scostamento" else row["resp"])
            else:
                v = row.get(f)
            if name.startswith("arpa") and f == "objective":
                # merged down over its indicators (within the objective)
                if row["objective"] != last_obj:
                    if obj_start is not None and r - 1 > obj_start:
                        merges.append((obj_start, r - 1))
                    obj_start = r; last_obj = row["objective"]
                else:
                    v = None
            cell = ws.cell(r, j + 1, v)
            cell.font = Font(name=FONT, size=9, bold=(f == "indicator_code"))
            centered = f in ("weight", "baseline", "target", "actual", "achievement", "status", "unit", "type", "extra") and col["label"] not in ("Struttura responsabile", "Responsabile")
            cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if centered else "left")
            cell.border = BOX
            if v:
                maxlines = max(maxlines, lines_needed(str(v), col["w"] * 1.5))
        row_lines.append((r, maxlines))
        r += 1
    if obj_start is not None and r - 1 > obj_start:
        merges.append((obj_start, r - 1))
    bj = [j for j, col in enumerate(cols) if col["field"] == "objective"]
    for rr, n in row_lines:
        ws.row_dimensions[rr].height = 11.2 * n + 3
    for a, b in merges:
        ws.merge_cells(start_row=a, start_column=bj[0] + 1, end_row=b, end_column=bj[0] + 1)
    r -= 1
    if sh.get("legend"):
        r += 2
        ws.cell(r, 1, sh["legend"]).font = Font(name=FONT, size=8, italic=True)
    # print setup: no fit to width, page order, print titles
    ws.page_setup.orientation = sh["orientation"]
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.pageOrder = sh["page_order"]
    ws.page_setup.scale = 100
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    if sh["print_title_rows"]:
        ws.print_title_rows = f"{hr}:{hr}"
    if sh["print_title_cols"]:
        ws.print_title_cols = sh["print_title_cols"]
    ws.print_area = f"A1:{chr(64 + len(cols))}{r}"
    ws.oddFooter.left.text = sh["footer"]
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = "Pagina &P di &N"
    ws.oddFooter.right.size = 8
    ws.oddHeader.right.text = "&A"
    ws.oddHeader.right.size = 8
    return ws

def render(c):
    wb = Workbook()
    cover_sheet(wb, c, wb.active)
    data_sheet(wb, c)
    x = os.path.join(HERE, c["name"] + ".xlsx")
    wb.save(x)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r55", "--headless", "--convert-to", "pdf",
                    "--outdir", HERE, x], check=True, capture_output=True)
    return os.path.join(HERE, c["name"] + ".pdf")

def column_texts(pdf, label):
    """Per page, the words lying in the x-range of the column headed `label` (range taken
    from the first page printing that header), in reading order, joined."""
    with pdfplumber.open(pdf) as doc:
        rng = None
        for p in doc.pages:
            ws = p.extract_words(keep_blank_chars=False, use_text_flow=False)
            for w in ws:
                if w["text"] == label.split()[0] and rng is None:
                    # header cell: find the cell borders (vertical lines) around it
                    xs = sorted({round(e["x0"], 1) for e in p.edges if e["orientation"] == "v"})
                    left = max([x for x in xs if x <= w["x0"]], default=w["x0"] - 2)
                    right = min([x for x in xs if x >= w["x1"] + 2], default=w["x1"] + 200)
                    rng = (left, right)
            if rng:
                break
        out = []
        for p in doc.pages:
            ws = [w for w in p.extract_words() if w["x0"] >= rng[0] - 0.5 and w["x1"] <= rng[1] + 0.5]
            ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
            out.append(" ".join(w["text"] for w in ws))
        pages_text = [p.extract_text() or "" for p in doc.pages]
        return out, pages_text, len(doc.pages)

def find_page(coltexts, name):
    hits = [i + 1 for i, t in enumerate(coltexts) if collapse(name) in t]
    assert len(hits) == 1, (name, hits)
    return hits[0]

BLANK = {"page": None, "page_end": None, "area_code": None, "area_title": None, "objective_level": None,
         "objective_code": None, "objective_title": None, "indicator_code": None, "indicator": None,
         "type": None, "formula": None, "unit": None, "data_source": None, "weight": None, "baseline": None,
         "year": None, "target": None, "target_operator": None, "target_value": None, "target_value_max": None,
         "target_unit": None, "actual": None, "actual_operator": None, "actual_value": None,
         "actual_value_max": None, "actual_unit": None, "achievement": None, "notes": None, "status": None,
         "status_text": None, "comment": None, "met": None}

def wnum(s):
    return float(s.replace("%", "").replace(",", ".").strip()) if s else None

def truth(c, pdf):
    coltexts, pages_text, npages = column_texts(pdf, "Indicatore")
    recs = []
    for row in c["rows"]:
        if row["t"] != "ind":
            continue
        pg = find_page(coltexts, row["indicator"])
        # read-back: first and last words of the name on that page, and the code
        first = " ".join(row["indicator"].split()[:2]); last = row["indicator"].split()[-1]
        assert first in collapse(pages_text[pg - 1]) and last in pages_text[pg - 1], row["indicator"]
        base = dict(BLANK)
        base.update(row["hier"])
        base.update({"page": pg, "page_end": pg, "indicator_code": row["indicator_code"],
                     "indicator": collapse(row["indicator"]), "type": row.get("type"),
                     "formula": collapse(row.get("formula")), "unit": row.get("unit"),
                     "data_source": row.get("data_source"), "weight": wnum(row.get("weight")),
                     "baseline": row.get("baseline"), "notes": row.get("notes")})
        if "targets" in row:
            years = [col["year"] for col in c["columns"] if col["field"] == "target"]
            for y, t, pt in zip(years, row["targets"], row["parsed_targets"]):
                r = dict(base)
                r.update({"year": y, "target": t, "target_operator": pt[0], "target_value": pt[1],
                          "target_value_max": pt[2], "target_unit": pt[3]})
                recs.append(r)
        else:
            r = dict(base)
            year = [col["year"] for col in c["columns"] if col["field"] == "target"][0]
            pt, pa = row["parsed_target"], row["parsed_actual"]
            st = row.get("status")
            r.update({"year": year, "target": row["target"], "target_operator": pt[0], "target_value": pt[1],
                      "target_value_max": pt[2], "target_unit": pt[3], "actual": row["actual"],
                      "actual_operator": pa[0], "actual_value": pa[1], "actual_value_max": pa[2],
                      "actual_unit": pa[3], "achievement": row["achievement_value"],
                      "status": c["status_map"][st] if st else None, "status_text": st, "met": row["met"]})
            recs.append(r)
    # read-back of the right parts: each row's values must be on the page that prints
    # that column part of the same rows (page order decides which page that is)
    left = sorted({r["page"] for r in recs}); s0 = left[0]; V = len(left); H = (npages - s0 + 1) // V
    assert V * H == npages - s0 + 1, (V, H, npages)
    down = c["sheet"]["page_order"] == "downThenOver"
    flat = lambda t: collapse(t).replace(" ", "")
    for r in recs:
        v = left.index(r["page"])
        pages_of_row = [s0 + h * V + v if down else s0 + v * H + h for h in range(H)]
        assert pages_of_row[0] == r["page"]
        for key in ("target", "actual", "baseline", "notes", "formula"):
            if r[key]:
                words = flat(r[key])[:18]
                where = [p for p in pages_of_row if words in flat(pages_text[p - 1])]
                assert where, (r["indicator"], key, r[key], pages_of_row)
    with open(pdf, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    doc = {"schema": "perfextract/records@1", "_about": c.get("_about", []),
           "source": {"path": os.path.basename(pdf), "sha256": sha, "pages": npages},
           "document": c["document"], "indicators": recs, "warnings": []}
    json.dump(doc, open(os.path.join(HERE, c["name"] + ".truth.json"), "w"), ensure_ascii=False, indent=1)
    return recs, npages

if __name__ == "__main__":
    names = sys.argv[1:] or ["comune-piacenza-2023-relazione", "asst-lariana-2024-piano", "arpa-lombardia-2023-relazione"]
    for n in names:
        c = json.load(open(os.path.join(HERE, n + ".content.json")))
        pdf = render(c)
        recs, np_ = truth(c, pdf)
        pages = sorted({(r["indicator_code"], r["page"]) for r in recs}, key=lambda x: recs.index(next(q for q in recs if q["indicator_code"] == x[0])))
        print(n, "pages", np_, "records", len(recs), " ".join(f"{a}:p{b}" for a, b in pages))
