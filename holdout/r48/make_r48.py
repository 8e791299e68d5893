"""Render every r48 sample (XLSX via openpyxl -> PDF via LibreOffice) and write its truth
from its content file. Pages come from a pdfplumber read-back of the PDF."""
import hashlib, json, os, re, subprocess, sys
import pdfplumber
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("LSr", FD + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSb", FD + "LiberationSans-Bold.ttf"))
FONT = "Arial"
THIN = Side(style="thin", color="808080")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
NAMES = ["asl-bari-2025-piano", "comune-brescia-2024-piano", "universita-bari-2023-relazione"]


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def lines_needed(text, width_units, size, bold=False):
    avail = 7.1 * width_units - 6
    f = "LSb" if bold else "LSr"
    n = 0
    for part in str(text).split("\n"):
        cur, k = "", 1
        for w in part.split():
            t = (cur + " " + w).strip()
            if pdfmetrics.stringWidth(t, f, size) <= avail or not cur:
                cur = t
            else:
                k += 1
                cur = w
        n += k
    return n


def text_row(ws, r, text, ncols, width, size=10, bold=False, italic=False, align="left", color="000000"):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    c = ws.cell(row=r, column=1, value=text)
    c.font = Font(name=FONT, size=size, bold=bold, italic=italic, color=color)
    c.alignment = Alignment(wrap_text=True, vertical="top", horizontal=align)
    ws.row_dimensions[r].height = lines_needed(text, width, size, bold) * size * 1.22 + 5


def setup(ws, s, widths, title_rows=None):
    ws.sheet_view.showGridLines = False
    ws.page_setup.orientation = s["orientation"]
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.8
    ws.page_margins.bottom = 0.75
    ws.oddHeader.left.text = s["running_header"]
    ws.oddHeader.left.size = 8
    ws.oddFooter.right.text = "Pag. &P"
    ws.oddFooter.right.size = 8
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    if title_rows:
        ws.print_title_rows = title_rows


def plain_table(ws, r, t, s):
    cols = t["columns"]
    for i, c in enumerate(cols, 1):
        x = ws.cell(row=r, column=i, value=c["header"])
        x.font = Font(name=FONT, size=9, bold=True)
        x.fill = fill("D9D9D9")
        x.border = GRID
        x.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if i > 1 else "left")
    ws.row_dimensions[r].height = max(lines_needed(c["header"], c["width"], 9, True) for c in cols) * 11 + 6
    r += 1
    for row in t["rows"]:
        tot = row[0].startswith("Totale")
        for i, v in enumerate(row, 1):
            x = ws.cell(row=r, column=i, value=v)
            x.font = Font(name=FONT, size=9, bold=tot)
            x.border = GRID
            x.alignment = Alignment(wrap_text=True, vertical="center", horizontal="right" if i > 1 else "left")
        ws.row_dimensions[r].height = 15
        r += 1
    return r + 1


def front_sheet(wb, s):
    ws = wb.create_sheet("Frontespizio")
    t0 = next(b for b in s["front"] if b["type"] == "table")
    widths = [c["width"] for c in t0["columns"]]
    if s["orientation"] == "landscape":
        widths = widths + [20]
    ncols, tot = len(widths), sum(widths)
    r = 1
    for b in s["front"]:
        if b["type"] == "cover":
            ws.row_dimensions[r].height = 40
            r += 1
            for i, line in enumerate(b["lines"]):
                big = i in s.get("big", (1, 2))
                text_row(ws, r, line, ncols, tot, size=16 if big else 10.5, bold=big or i == 0,
                         align="center", color="1F3864" if big else "000000")
                r += 1
                ws.row_dimensions[r].height = 18 if i in (0, 2) else 10
                r += 1
            ws.row_dimensions[r].height = 30
            r += 1
        elif b["type"] == "heading":
            text_row(ws, r, b["text"], ncols, tot, size=12, bold=True, color="1F3864")
            r += 1
        elif b["type"] == "paragraph":
            text_row(ws, r, b["text"], ncols, tot, size=10)
            r += 1
            ws.row_dimensions[r].height = 6
            r += 1
        elif b["type"] == "table":
            r = plain_table(ws, r, b, s)
    setup(ws, s, widths)


AREA_FILLS = [("548235", "E2EFDA"), ("C55A11", "FBE5D6"), ("2F5597", "DEEBF7")]


def indicator_sheet(wb, s):
    ws = wb.create_sheet("Obiettivi e indicatori")
    cols = s["columns"]
    keys = [c["key"] for c in cols]
    n = len(cols)
    widths = [c["width"] for c in cols]
    tot = sum(widths)
    r = 1
    text_row(ws, r, s["table_title"], n, tot, size=12, bold=True, color="1F3864")
    r += 1
    for para in s.get("table_intro", []):
        ws.row_dimensions[r].height = 6
        r += 1
        text_row(ws, r, para, n, tot, size=12)
        r += 1
    ws.row_dimensions[r].height = 6
    r += 1
    hdr = r
    hh = 0
    for i, c in enumerate(cols, 1):
        x = ws.cell(row=r, column=i, value=c["header"])
        x.font = Font(name=FONT, size=8.5, bold=True, color="FFFFFF")
        x.fill = fill("1F3864")
        x.border = GRID
        if c.get("rot"):
            x.alignment = Alignment(text_rotation=90, wrap_text=True, vertical="center", horizontal="center")
            hh = max(hh, pdfmetrics.stringWidth(c["header"], "LSb", 8.5) + 16)
        else:
            x.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[r].height = max(hh, 40)
    r += 1
    # sheet rows: ("area", text) | ("ind", row) | ("comment", text, row)
    plan = []
    is_rel = "status" in keys
    last_area = None
    for row in s["rows"]:
        if is_rel and row[0] != last_area:
            plan.append(("area", row[0]))
        last_area = row[0]
        plan.append(("ind", row))
        if is_rel and row[-1]:
            plan.append(("comment", row[-1], row))
    rowno = {}
    area_i = -1
    prev_area = None
    for p in plan:
        if p[0] == "area":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            x = ws.cell(row=r, column=1, value=p[1])
            x.font = Font(name=FONT, size=9.5, bold=True, color="1F3864")
            x.alignment = Alignment(vertical="center")
            for i in range(1, n + 1):
                ws.cell(row=r, column=i).fill = fill("D6DCE4")
                ws.cell(row=r, column=i).border = GRID
            ws.row_dimensions[r].height = 18
            r += 1
            continue
        row = p[2] if p[0] == "comment" else p[1]
        if row[0] != prev_area:
            area_i += 1
            prev_area = row[0]
        light = AREA_FILLS[area_i % 3][1] if s["fills"] else None
        if p[0] == "comment":
            first = 1
            ws.merge_cells(start_row=r, start_column=first + 1, end_row=r, end_column=n)
            x = ws.cell(row=r, column=first + 1, value=p[1])
            x.font = Font(name=FONT, size=8.5, italic=True)
            x.alignment = Alignment(wrap_text=True, vertical="top")
            for i in range(first, n + 1):
                ws.cell(row=r, column=i).border = GRID
            ws.row_dimensions[r].height = lines_needed(p[1], sum(widths[first:]) * 0.85, 8.5) * 11 + 6
            rowno.setdefault(id(row), {})["comment"] = r
            r += 1
            continue
        cells = rowdict(s, row)
        hgt = 14
        for i, c in enumerate(cols, 1):
            v = cells[c["key"]]
            x = ws.cell(row=r, column=i, value=v)
            x.border = GRID
            x.font = Font(name=FONT, size=8.5)
            if light:
                x.fill = fill(light)
            if c.get("merge"):
                continue
            x.alignment = Alignment(wrap_text=True, vertical="center",
                                    horizontal="center" if c.get("num") or c["key"] == "indicator_code" else "left")
            if v:
                hgt = max(hgt, lines_needed(v, c["width"], 8.5) * 11 + s.get("pad", 14))
        ws.row_dimensions[r].height = hgt
        rowno.setdefault(id(row), {})["row"] = r
        r += 1
    last = r - 1
    # merge hierarchy columns over equal consecutive values (comment/area rows included)
    for ci, c in enumerate(cols, 1):
        if not c.get("merge"):
            continue
        k = ci - 1
        start = None
        cur = None
        rr = hdr + 1
        spans = []
        owner = {}
        for p in plan:
            pass
        # walk sheet rows
        vals = {}
        for p in plan:
            pass
        for rr in range(hdr + 1, last + 1):
            v = ws.cell(row=rr, column=ci).value
            vals[rr] = v
        # comment rows inherit the value of the row above
        for rr in range(hdr + 1, last + 1):
            if ws.cell(row=rr, column=1).value is None and not isinstance(ws.cell(row=rr, column=ci).value, str):
                pass
        seq = []
        for p in plan:
            if p[0] == "area":
                seq.append(None)
            elif p[0] == "ind":
                seq.append(rowdict(s, p[1])[c["key"]])
            else:
                seq.append(rowdict(s, p[2])[c["key"]])
        rows_ = list(range(hdr + 1, last + 1))
        i = 0
        while i < len(seq):
            if seq[i] is None:
                i += 1
                continue
            j = i
            while j + 1 < len(seq) and seq[j + 1] == seq[i]:
                j += 1
            spans.append((rows_[i], rows_[j], seq[i]))
            i = j + 1
        for a, b, v in spans:
            for rr in range(a, b + 1):
                ws.cell(row=rr, column=ci).value = None
            x = ws.cell(row=a, column=ci, value=v)
            if b > a:
                ws.merge_cells(start_row=a, start_column=ci, end_row=b, end_column=ci)
            rot = c.get("rot")
            x.alignment = Alignment(text_rotation=90 if rot else 0, wrap_text=True,
                                    vertical="center", horizontal="center" if rot else "left")
            bold = c["key"] == "area"
            x.font = Font(name=FONT, size=8.5, bold=bold or rot)
            if s["fills"] and c["key"] == "area":
                dark = AREA_FILLS[[sp[2] for sp in spans].index(v) % 3][0]
                x.font = Font(name=FONT, size=9, bold=True, color="FFFFFF")
                for rr in range(a, b + 1):
                    ws.cell(row=rr, column=ci).fill = fill(dark)
            # make sure the span is tall enough for its text
            have = sum(ws.row_dimensions[rr].height for rr in range(a, b + 1))
            if rot:
                nl = max(1, int((7.1 * c["width"] - 4) // 10.5))
                need = pdfmetrics.stringWidth(v, "LSb", 9) / nl * 1.15 + 16
            else:
                need = lines_needed(v, c["width"], 8.5) * 10.5 + 6
            if need > have:
                extra = (need - have) / (b - a + 1)
                for rr in range(a, b + 1):
                    ws.row_dimensions[rr].height += extra
    r = last + 2
    for b in s["after"]:
        text_row(ws, r, b["text"], n, tot, size=8, italic=True)
        r += 1
    setup(ws, s, widths, f"{hdr}:{hdr}" if s["print_titles"] else None)
    return hdr


def render(s):
    wb = Workbook()
    wb.remove(wb.active)
    front_sheet(wb, s)
    indicator_sheet(wb, s)
    x = s["name"] + ".xlsx"
    wb.save(x)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-r48", "--headless",
                    "--convert-to", "pdf", x], check=True, capture_output=True)


# ---------------------------------------------------------------- values
OPS = [("≥", ">="), (">=", ">="), ("≤", "<="), ("<=", "<="), (">", ">"), ("<", "<"), ("almeno", ">="), ("entro", "<=")]


def num(t):
    t = t.strip()
    neg = t.startswith("-")
    t = t.lstrip("-")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t):
        t = t.replace(".", "")
    v = float(t.replace(",", "."))
    v = -v if neg else v
    return int(v) if v == int(v) and "," not in t else v


def vparse(cell):
    if not cell:
        return None, None, None, None
    t = " ".join(cell.split())
    op = None
    for a, b in OPS:
        if t.startswith(a):
            op, t = b, t[len(a):].strip()
            break
    unit = None
    if t.startswith("€"):
        unit, t = "EUR", t[1:].strip()
    m = re.match(r"^(-?\d[\d.]*(?:,\d+)?)\s*(%|‰|gg|giorni|€)?$", t)
    if not m:
        return None, None, None, None
    v = num(m.group(1))
    u = m.group(2)
    if u in ("%", "‰"):
        unit = u
    elif u in ("gg", "giorni"):
        unit = "days"
    elif u == "€":
        unit = "EUR"
    return op or "=", v, None, unit


DOWN = ["tempo medio", "tempi", "tempo", "giorni", "riduzione", "costi"]
UP = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione", "entro", "nei termini"]


def direction(name):
    low = name.lower()
    best = None
    for w in DOWN + UP:
        i = low.find(w)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, "down" if w in DOWN else "up")
    return best[1] if best else None


def met(ind, t, a):
    if t[1] is None or a[1] is None:
        return None
    if t[3] and a[3] and t[3] != a[3]:
        return None
    op, tv, av = t[0], t[1], a[1]
    if op == ">=": return av >= tv
    if op == "<=": return av <= tv
    if op == ">": return av > tv
    if op == "<": return av < tv
    if av == tv: return True
    d = direction(ind)
    if d == "up": return av >= tv
    if d == "down": return av <= tv
    return None


def rowdict(s, row):
    keys = s.get("row_keys") or [c["key"] for c in s["columns"]]
    assert len(keys) == len(row), (keys, row)
    return dict(zip(keys, row))


def hier(s, row):
    d = rowdict(s, row)
    rec = {}
    area = row[0]
    m = re.match(r"^(?:AREA STRATEGICA\s+)?(\S+)\s+–\s+(.*)$", area)
    rec["area_code"], rec["area_title"] = m.group(1), m.group(2)
    lvl = "operational" if "operational" in d else "strategic"
    m = re.match(r"^(\S+)\s+–\s+(.*)$", d[lvl])
    rec["objective_level"] = lvl
    rec["objective_code"], rec["objective_title"] = m.group(1), m.group(2)
    return rec, d


FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code", "objective_title",
          "indicator_code", "indicator", "type", "formula", "unit", "data_source", "weight", "baseline", "year",
          "target", "target_operator", "target_value", "target_value_max", "target_unit",
          "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
          "achievement", "notes", "status", "status_text", "comment", "met"]
STATUS = {"Raggiunto": "achieved", "Parzialmente raggiunto": "partially_achieved",
          "Non raggiunto": "not_achieved", "Obiettivo sospeso": "suspended"}


def pnum(v):
    if v is None: return None
    return num(v.replace("%", "").strip())


def records(s, pages):
    out = []
    rel = s["document"]["kind"] == "relazione"
    for idx, row in enumerate(s["rows"]):
        h, d = hier(s, row)
        ycols = sorted(int(k.split(":")[1]) for k in d if k.startswith("target:"))
        for y in ycols:
            r = {f: None for f in FIELDS}
            r.update(h)
            r["page"], r["page_end"] = pages[idx]
            for f in ("indicator_code", "indicator", "formula", "unit", "data_source", "baseline"):
                if f in d:
                    r[f] = d[f]
            r["weight"] = pnum(d.get("weight"))
            r["year"] = y
            r["target"] = d["target:%d" % y]
            t = vparse(r["target"])
            r["target_operator"], r["target_value"], r["target_value_max"], r["target_unit"] = t
            if rel:
                r["actual"] = d["actual"]
                a = vparse(r["actual"])
                r["actual_operator"], r["actual_value"], r["actual_value_max"], r["actual_unit"] = a
                r["achievement"] = pnum(d["achievement"])
                r["status_text"] = d["status"]
                r["status"] = STATUS[d["status"]]
                r["comment"] = row[-1]
                r["met"] = met(r["indicator"], t, a)
            out.append(r)
    return out


def norm(t):
    return re.sub(r"\s+", "", t)


def readback(s, pdf):
    """Page of each indicator row: crop each page to the Indicatore column, find the cell's first
    and last words in document order."""
    res = []
    with pdfplumber.open(pdf) as P:
        # column band from the first page that prints the header
        band = None
        for pg in P.pages:
            ws = pg.extract_words()
            hw = [w for w in ws if w["text"] == "Indicatore"]
            if hw:
                w = hw[0]
                xs = sorted({round(e["x0"], 1) for e in pg.edges if e["orientation"] == "v"})
                band = (max(x for x in xs if x <= w["x0"]), min(x for x in xs if x >= w["x1"]))
                break
        texts = []
        full = []
        for pg in P.pages:
            cp = pg.crop((band[0], 0, band[1], pg.height))
            texts.append(norm(cp.extract_text() or ""))
            full.append(norm(pg.extract_text() or ""))
        p = 0
        for row in s["rows"]:
            rd = rowdict(s, row)
            ind = rd["indicator"]
            head, tail = norm(ind)[:18], norm(ind)[-18:]
            while p < len(texts) and head not in texts[p]:
                p += 1
            assert p < len(texts), ("not found", ind)
            q = p
            while tail not in texts[q][texts[q].find(head):] if q == p else tail not in texts[q]:
                q += 1
            assert norm(ind) in texts[p], ("split?", ind)
            # the row's other cells on the same page
            for v in [rd[c["key"]] for c in s["columns"] if not c.get("merge")]:
                if isinstance(v, str) and len(v) < 60 and not v.startswith(("Motivazione", "Nota")):
                    assert norm(v)[:10] in full[p], ("cell not on page", ind, v)
            if isinstance(row[-1], str) and row[-1].startswith(("Motivazione", "Nota")):
                assert norm(row[-1]) in full[p], ("comment", ind, row[-1])
            res.append((p + 1, q + 1))
    return res, len(full)


def main():
    for name in NAMES:
        s = json.load(open(name + ".content.json"))
        render(s)
        pdf = name + ".pdf"
        pages, npages = readback(s, pdf)
        recs = records(s, pages)
        truth = {"schema": "perfextract/records@1",
                 "_about": f"Written by blind/r48/make_r48.py from {name}.content.json; pages from a pdfplumber read-back of the rendered PDF.",
                 "source": {"path": pdf, "sha256": hashlib.sha256(open(pdf, "rb").read()).hexdigest(), "pages": npages},
                 "document": s["document"], "indicators": recs, "warnings": []}
        json.dump(truth, open(name + ".truth.json", "w"), ensure_ascii=False, indent=1)
        print(name, npages, "pages", len(recs), "records", sorted(set(pages)))


if __name__ == "__main__":
    main()
