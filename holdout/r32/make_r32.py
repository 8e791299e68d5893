"""Renders the r32 blind samples from their content files and writes their truths
(from the content, never from an extractor); pages come from a pdfplumber read-back."""
import hashlib, json, math, re, shutil, subprocess, sys, tempfile
from pathlib import Path

import pdfplumber
from PIL import ImageFont

HERE = Path(__file__).parent
FIELDS = ["page", "page_end", "area_code", "area_title", "objective_level", "objective_code",
          "objective_title", "indicator_code", "indicator", "type", "formula", "unit", "data_source",
          "weight", "baseline", "year", "target", "target_operator", "target_value", "target_value_max",
          "target_unit", "actual", "actual_operator", "actual_value", "actual_value_max", "actual_unit",
          "achievement", "notes", "status", "status_text", "comment", "met"]

# ------------------------------------------------------------------ values
NUM = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
OPS = [(">=", ">="), ("≥", ">="), ("<=", "<="), ("≤", "<="), (">", ">"), ("<", "<"), ("=", "="),
       ("almeno", ">="), ("non inferiore a", ">="), ("non superiore a", "<="), ("entro", "<="), ("pari a", "=")]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def parse(text):
    """(operator, value, value_max, unit) of a cell, after RECORDS.md / CONVENTIONS.md."""
    none = (None, None, None, None)
    if text is None:
        return none
    t = " ".join(text.split())
    if re.search(r"\d+/\d+(/\d+)?", t):
        return none
    op = None
    low = t.lower()
    for p, o in OPS:
        if low.startswith(p):
            op, t = o, t[len(p):].strip()
            break
    unit = None
    for p, u in (("€", "EUR"), ("gg", "days"), ("n°", None), ("n.", None)):
        if t.lower().startswith(p):
            unit = u or unit
            t = t[len(p):].strip()
            break
    m = re.match(NUM, t)
    if not m:
        return none
    value = num(m.group(0))
    rest = t[m.end():].strip()
    vmax = None
    r = re.match(r"^[-–]\s*(" + NUM + ")", rest)
    if r:
        vmax = num(r.group(1))
        rest = rest[r.end():].strip()
        op = "range"
    for p, u, k in (("%", "%", 1), ("‰", "‰", 1), ("gg", "days", 1), ("giorni", "days", 1), ("mesi", "months", 1),
                    ("ore", "hours", 1), ("€", "EUR", 1), ("euro", "EUR", 1), ("mila", None, 1e3),
                    ("mln", None, 1e6), ("milioni", None, 1e6)):
        if rest.lower().startswith(p):
            if u:
                unit = u
            value *= k
            vmax = vmax * k if vmax is not None else None
            rest = rest[len(p):].strip()
            if k != 1 and rest.startswith("€"):
                unit = "EUR"
            break
    outside = re.sub(r"\([^)]*\)", "", rest)
    if re.search(r"\d", outside):
        return none
    return (op or "=", value, vmax, unit)


LOWER = ["tempo medio", "tempi", "giorni", "riduzione", "costi"]
HIGHER = ["numero", "n.", "percentuale di", "% di", "incremento", "grado di", "tasso di", "realizzazione",
          "entro", "nei termini"]


def direction(name):
    low = name.lower()
    best = None
    for words, d in ((LOWER, "lower"), (HIGHER, "higher")):
        for w in words:
            i = low.find(w)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, d)
    return best[1] if best else None


def met(t, a, name):
    top, tv, tmax, tu = t
    aop, av, amax, au = a
    if tv is None or av is None:
        return None
    if tu and au and tu != au:
        return None
    if top == ">=": return av >= tv
    if top == ">": return av > tv
    if top == "<=": return av <= tv
    if top == "<": return av < tv
    if top == "range": return tv <= av <= tmax
    if av == tv: return True
    d = direction(name)
    return None if d is None else (av > tv if d == "higher" else av < tv)


def achievement(text):
    if not text:
        return None
    m = re.match(r"^(" + NUM + r")\s*%$", text.strip())
    return num(m.group(1)) if m else None


def clean(s):
    if s is None:
        return None
    s = " ".join(str(s).split())
    return s or None


def record(**kw):
    r = {f: None for f in FIELDS}
    r.update({k: clean(v) if isinstance(v, str) else v for k, v in kw.items()})
    for side in ("target", "actual"):
        op, v, vmax, u = parse(r[side])
        r[f"{side}_operator"], r[f"{side}_value"], r[f"{side}_value_max"], r[f"{side}_unit"] = op, v, vmax, u
    r["met"] = met(parse(r["target"]), parse(r["actual"]), r["indicator"])
    return r

# ------------------------------------------------------------------ read-back


def tokens_of(pdf_path):
    toks = []
    with pdfplumber.open(pdf_path) as pdf:
        for i, page in enumerate(pdf.pages, 1):
            for w in page.extract_words(keep_blank_chars=False, x_tolerance=1.5):
                toks.append((i, w["text"]))
        n = len(pdf.pages)
    return toks, n


def find_seq(toks, words, start, window=60):
    """First index p >= start where words occur in order, each within `window` tokens."""
    first = words[0]
    for p in range(start, len(toks)):
        if toks[p][1] != first:
            continue
        q, ok = p, True
        for w in words[1:]:
            for k in range(q + 1, min(len(toks), q + 1 + window)):
                if toks[k][1] == w:
                    q = k
                    break
            else:
                ok = False
                break
        if ok:
            return p, q
    return None


def locate(toks, rows, label):
    """rows: list of (name, [cells]) in document order -> list of (page, page_end)."""
    out, pos = [], 0
    for name, cells in rows:
        words = name.split()[:4]
        hit = find_seq(toks, words, pos)
        assert hit, f"{label}: start of {name!r} not found"
        s = hit[0]
        pages_end = [toks[hit[1]][0]]
        for c in cells:
            if not c:
                continue
            cw = c.split()[-3:]
            h = find_seq(toks, cw, max(0, s - 12), window=80)
            assert h, f"{label}: end {cw} of {name!r} not found"
            pages_end.append(toks[h[1]][0])
        out.append((toks[s][0], max(pages_end)))
        pos = s + 1
    return out


def write_truth(name, content, pdf, records, about):
    toks, n = tokens_of(pdf)
    rows = [(r.pop("_name"), r.pop("_cells")) for r in records]
    # records of one row share the row; locate each row once
    uniq, idx = [], []
    for key in rows:
        if not uniq or uniq[-1][1] is not key[1]:
            uniq.append(key)
        idx.append(len(uniq) - 1)
    pages = locate(toks, uniq, name)
    for r, i in zip(records, idx):
        r["page"], r["page_end"] = pages[i]
        for k in list(r):
            if k not in FIELDS:
                del r[k]
    truth = {"schema": "perfextract/records@1", "_about": about,
             "source": {"path": pdf.name, "sha256": hashlib.sha256(pdf.read_bytes()).hexdigest(), "pages": n},
             "document": content["document"],
             "indicators": [{f: r[f] for f in FIELDS} for r in records], "warnings": []}
    (HERE / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1))
    print(name, n, "pages", len(records), "records")


def soffice(path, outdir):
    prof = Path(tempfile.gettempdir()) / "lo-r32"
    subprocess.run(["soffice", f"-env:UserInstallation={prof.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir), str(path)], check=True, capture_output=True, timeout=300)
    return Path(outdir) / (path.stem + ".pdf")

# ------------------------------------------------------------------ 1: Calc


FONT = {}


def font(bold):
    if bold not in FONT:
        f = subprocess.run(["fc-match", "-f", "%{file}", "Arial:style=" + ("Bold" if bold else "Regular")],
                           capture_output=True, text=True, check=True).stdout
        FONT[bold] = ImageFont.truetype(f, 1000)
    return FONT[bold]


def lines_needed(text, width_units, size, bold=False):
    room = width_units * 5.55 - 6
    meas = lambda t: font(bold).getlength(t) * size / 1000
    n = 0
    for para in str(text).split("\n"):
        cur = ""
        for w in para.split():
            cand = f"{cur} {w}" if cur else w
            if cur and meas(cand) > room:
                n += 1
                cur = w
            else:
                cur = cand
        n += 1
    return n


def height(cells, size, bold=False, pad=4.0):
    n = max([1] + [lines_needed(t, w, size, bold) for t, w in cells if t])
    return round(n * size * 1.18 + pad, 1)


def make_asl(name):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
    c = json.loads((HERE / f"{name}.content.json").read_text())
    wb = Workbook()
    widths = [36, 13, 15, 11, 62]
    thin, thick = Side(style="thin"), Side(style="medium")
    wrap = Alignment(wrap_text=True, vertical="top")
    F = lambda size=9, bold=False, italic=False, color=None: Font(name="Arial", size=size, bold=bold, italic=italic, color=color)

    def setup(ws):
        for i, w in enumerate(widths):
            ws.column_dimensions["ABCDE"[i]].width = w
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = 9
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.oddHeader.left.text = "ASL BI – Relazione sulla performance 2024"
        ws.oddHeader.left.size = 8
        ws.oddFooter.right.text = "Pag. &P"
        ws.oddFooter.right.size = 8

    def merged(ws, row, text, size=9, bold=False, italic=False, h=None, fill=None, align="left"):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        cell = ws.cell(row, 1, text)
        cell.font = F(size, bold, italic)
        cell.alignment = Alignment(wrap_text=True, vertical="center" if h else "top", horizontal=align)
        if fill:
            for col in range(1, 6):
                ws.cell(row, col).fill = PatternFill("solid", fgColor=fill)
        ws.row_dimensions[row].height = h or height([(text, sum(widths))], size, bold, 6)

    ws = wb.active
    ws.title = "Relazione"
    setup(ws)
    r = 1
    ws.row_dimensions[r].height = 60; r += 1
    sizes = [11, 20, 12, 20, 10, 10]
    for i, line in enumerate(c["cover"]):
        merged(ws, r, line, sizes[i], bold=i in (1, 3), h=sizes[i] * 2.4, align="center")
        r += 1
        if i in (2, 4):
            ws.row_dimensions[r].height = 40; r += 1
    ws.row_breaks.append(__import__("openpyxl").worksheet.pagebreak.Break(id=r - 1))
    for head, text in c["intro"]:
        merged(ws, r, head, 12, bold=True, h=22); r += 1
        merged(ws, r, text, 10); r += 1
        ws.row_dimensions[r].height = 8; r += 1
    b = c["budget"]
    merged(ws, r, b["title"], 10, bold=True, h=20); r += 1
    for j, h in enumerate(b["header"]):
        cell = ws.cell(r, 1 + (j if j == 0 else j + 0), h)
    # budget uses columns A (voce, wide), B..D
    bw = [36, 13, 15, 11]
    for j, h in enumerate(b["header"]):
        cell = ws.cell(r, j + 1, h)
        cell.font = F(9, True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if j == 0 else "right")
        cell.border = Border(top=thick, bottom=thin)
    ws.row_dimensions[r].height = height([(h, w) for h, w in zip(b["header"], bw)], 9, True)
    r += 1
    for k, row in enumerate(b["rows"]):
        for j, v in enumerate(row):
            cell = ws.cell(r, j + 1, v)
            cell.font = F(9)
            cell.alignment = Alignment(horizontal="left" if j == 0 else "right")
            if k == len(b["rows"]) - 1:
                cell.border = Border(bottom=thick)
        ws.row_dimensions[r].height = 14
        r += 1

    ws = wb.create_sheet("Risultati")
    setup(ws)
    r = 1
    merged(ws, r, "3. I RISULTATI RAGGIUNTI PER OBIETTIVO STRATEGICO", 13, bold=True, h=26); r += 1
    merged(ws, r, "Le tabelle riportano, per ciascuna area strategica, gli obiettivi del PIAO 2024-2026 e i relativi indicatori.", 9, italic=True); r += 1
    records = []
    for area in c["areas"]:
        ws.row_dimensions[r].height = 10; r += 1
        merged(ws, r, area["label"], 11, bold=True, h=24, fill="D9E2F3"); r += 1
        for ob in area["objectives"]:
            ws.row_dimensions[r].height = 8; r += 1
            merged(ws, r, f"Obiettivo strategico {ob['code']} – {ob['title']}", 10, bold=True); r += 1
            for j, h in enumerate(c["header"]):
                cell = ws.cell(r, j + 1, h)
                cell.font = F(9, True)
                cell.alignment = Alignment(wrap_text=True, vertical="bottom", horizontal="left" if j in (0, 4) else "center")
                cell.border = Border(top=thick, bottom=thin)
            ws.row_dimensions[r].height = height(list(zip(c["header"], widths)), 9, True)
            r += 1
            for k, row in enumerate(ob["rows"]):
                for j, v in enumerate(row):
                    cell = ws.cell(r, j + 1, v)
                    cell.font = F(9)
                    cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left" if j in (0, 4) else "center")
                    cell.border = Border(bottom=thick if k == len(ob["rows"]) - 1 else None)
                ws.row_dimensions[r].height = height(list(zip(row, widths)), 9)
                r += 1
                ind, tgt, act, pct, desc = row
                rec = record(area_code=area["code"], area_title=area["title"], objective_level="strategic",
                             objective_code=ob["code"], objective_title=ob["title"], indicator=ind, year=2024,
                             target=tgt, actual=act, achievement=achievement(pct))
                if act.strip().lower() == "obiettivo sospeso":
                    rec["status"], rec["status_text"] = "suspended", act
                rec["_name"], rec["_cells"] = ind, row
                records.append(rec)
    ws.row_dimensions[r].height = 12; r += 1
    merged(ws, r, c["closing"], 10)
    tmp = Path(tempfile.mkdtemp())
    x = tmp / f"{name}.xlsx"
    wb.save(x)
    pdf = HERE / f"{name}.pdf"
    shutil.copyfile(soffice(x, tmp), pdf)
    about = ["Relazione sulla performance 2024 of ASL Biella, invented content. LibreOffice Calc workbook printed landscape: a cover/intro sheet with a budget table (no records), then a results sheet with a merged shaded area row and a merged bold 'Obiettivo strategico X – title' row above each table block; booktabs rules only (medium top rule and thin rule under the header, medium rule under the block's last row), wrapped text, some description cells very tall.",
             "Truth: area code/title from 'AREA STRATEGICA A – title'; objective level strategic; 'Target 2024' -> target, year 2024; 'Actual' -> actual; '% realizzazione' -> achievement; 'Breve descrizione del risultato raggiunto' -> extra (not scored). 'Obiettivo sospeso' in Actual -> status suspended. Closing prose after the last table has no status line -> no comment."]
    write_truth(name, c, pdf, records, about)


# ------------------------------------------------------------------ reportlab helpers
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm as CM
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether, CondPageBreak)


from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
_LIB = "/usr/share/fonts/truetype/liberation/LiberationSans-%s.ttf"
for _n, _f in (("LS", "Regular"), ("LS-B", "Bold"), ("LS-I", "Italic"), ("LS-BI", "BoldItalic")):
    pdfmetrics.registerFont(TTFont(_n, _LIB % _f))
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LS-B"); addMapping("LS", 0, 1, "LS-I"); addMapping("LS", 1, 1, "LS-BI")


def esc(t):
    return (t or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def numbered_canvas(footer_fn):
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                footer_fn(self, self._pageNumber, n)
                super().showPage()
            super().save()
    return NC


def make_cciaa(name):
    c = json.loads((HERE / f"{name}.content.json").read_text())
    pdf = HERE / f"{name}.pdf"
    W, H = A4
    body = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=13, spaceAfter=6, alignment=4)
    h1 = ParagraphStyle("h1", fontName="LS-B", fontSize=13, leading=16, spaceBefore=10, spaceAfter=6,
                        textColor=colors.HexColor("#1F4E79"))
    h2 = ParagraphStyle("h2", fontName="LS-B", fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3,
                        textColor=colors.HexColor("#1F4E79"))
    h3 = ParagraphStyle("h3", fontName="LS-BI", fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="LS", fontSize=7.5, leading=9.2)
    cellc = ParagraphStyle("cc", parent=cell, alignment=1)
    head = ParagraphStyle("h", fontName="LS-B", fontSize=7.5, leading=9, textColor=colors.white, alignment=1)
    covs = [ParagraphStyle("cv%d" % i, fontName="LS-B" if i in (0, 2) else "LS",
                           fontSize=sz, leading=sz * 1.3, alignment=1, spaceAfter=sz)
            for i, sz in enumerate([17, 11, 22, 16, 9])]

    def page(cv, doc):
        if doc.page == 1:
            return
        cv.saveState()
        cv.setFont("LS", 7.5)
        cv.setFillColor(colors.HexColor("#1F4E79"))
        cv.drawString(42, H - 30, "Camera di Commercio della Maremma e del Tirreno")
        cv.drawRightString(W - 42, H - 30, "Relazione sulla performance 2024")
        cv.setStrokeColor(colors.HexColor("#1F4E79"))
        cv.line(42, H - 34, W - 42, H - 34)
        cv.setFillColor(colors.black)
        cv.drawCentredString(W / 2, 24, "– %d –" % doc.page)
        cv.restoreState()

    doc = BaseDocTemplate(str(pdf), pagesize=A4, leftMargin=42, rightMargin=42, topMargin=46, bottomMargin=42,
                          title="Relazione sulla performance 2024", author=c["document"]["issuer"])
    doc.addPageTemplates([PageTemplate("p", [Frame(42, 42, W - 84, H - 88, id="f")], onPage=page)])
    st = [Spacer(1, 150)]
    for i, line in enumerate(c["cover"]):
        st.append(Paragraph(esc(line), covs[i]))
        if i == 1:
            st.append(Spacer(1, 90))
    st.append(PageBreak())
    for head_t, text in c["intro"]:
        st += [Paragraph(esc(head_t), h1), Paragraph(esc(text), body)]
        if head_t.startswith("2."):
            s = c["staff"]
            st.append(Paragraph(esc(s["title"]), h3))
            t = Table([s["header"]] + s["rows"], colWidths=[150, 70, 70, 70], hAlign="LEFT")
            t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.5), ("FONT", (0, 0), (-1, 0), "LS-B", 8.5),
                                   ("FONT", (0, -1), (-1, -1), "LS-B", 8.5),
                                   ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                                   ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                                   ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
            st += [t, Spacer(1, 8)]
    widths = [30, 92, 56, 60, 38, 152, 83]
    records = []
    for area in c["areas"]:
        st.append(CondPageBreak(120))
        st.append(Paragraph(esc(f"Ambito strategico {area['code']} – {area['title']}"), h2))
        for ob in area["objectives"]:
            st.append(Paragraph(esc(f"Obiettivo strategico {ob['code']} – {ob['title']}"), h3))
            data = [[Paragraph(esc(h), head) for h in c["header"]]]
            for row in ob["rows"]:
                code, ind, tgt, act, pct, desc, note = row
                data.append([Paragraph(esc(code), cell), Paragraph(esc(ind), cell), Paragraph(esc(tgt), cellc),
                             Paragraph(esc(act), cellc), Paragraph(esc(pct), cellc), Paragraph(esc(desc), cell),
                             Paragraph(esc(note or ""), cell)])
                rec = record(area_code=area["code"], area_title=area["title"], objective_level="strategic",
                             objective_code=ob["code"], objective_title=ob["title"], indicator_code=code,
                             indicator=ind, year=2024, target=tgt, actual=act, achievement=achievement(pct), notes=note)
                if act.strip().lower() == "obiettivo sospeso":
                    rec["status"], rec["status_text"] = "suspended", act
                rec["_name"], rec["_cells"] = ind, [code, ind, tgt, act, pct, desc, note]
                records.append(rec)
            t = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                                   ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8EA9C1")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            st += [t, Spacer(1, 6)]
    st += [Spacer(1, 6), Paragraph(esc(c["closing"]), body)]
    doc.build(st)
    about = ["Relazione sulla performance 2024 of the Camera di Commercio della Maremma e del Tirreno, invented content, rendered with reportlab (portrait, 7.5 pt cells). Headings 'Ambito strategico N – title' and 'Obiettivo strategico N.N – title' above one gridded table per objective with a dark header row repeated overleaf; rows split across a page break (splitInRow), the tall description cell continuing at the top of the next page under the repeated header.",
             "Truth: 'Ambito strategico' -> area; objectives strategic; 'Cod.' -> indicator_code; 'Target 2024' -> target, year 2024; 'Risultato 2024' -> actual; '% raggiung.' -> achievement; 'Breve descrizione del risultato' -> extra (not scored); 'Note' -> notes. 'Obiettivo sospeso' as the result -> status suspended. Staff table and closing prose give no records/comments. page_end from the read-back (> page for split rows)."]
    write_truth(name, c, pdf, records, about)


def make_cm(name):
    c = json.loads((HERE / f"{name}.content.json").read_text())
    pdf = HERE / f"{name}.pdf"
    W, H = landscape(A4)
    body = ParagraphStyle("b", fontName="LS", fontSize=10, leading=14, spaceAfter=8, alignment=4)
    h1 = ParagraphStyle("h1", fontName="LS-B", fontSize=12, leading=15, spaceBefore=6, spaceAfter=8)
    cell = ParagraphStyle("c", fontName="LS", fontSize=7.5, leading=9)
    cellr = ParagraphStyle("cr", parent=cell, alignment=2)
    sec = ParagraphStyle("s", fontName="LS-B", fontSize=8, leading=10)
    head = ParagraphStyle("h", fontName="LS-B", fontSize=7.5, leading=9, alignment=1)
    cov = [ParagraphStyle("cv%d" % i, fontName="LS-B" if i in (0, 2) else "LS", fontSize=sz, leading=sz * 1.3,
                          alignment=1, spaceAfter=sz * 0.8) for i, sz in enumerate([20, 11, 17, 14, 9.5])]

    def footer(cv, n, total):
        cv.saveState()
        cv.setFont("LS", 7.5)
        if n > 1:
            cv.drawString(36, H - 26, "Città Metropolitana di Firenze – Bilancio di previsione 2026-2028")
            cv.drawRightString(W - 36, H - 26, "Allegato: Piano degli indicatori di bilancio")
        cv.drawRightString(W - 36, 20, "Pagina %d di %d" % (n, total))
        cv.drawString(36, 20, "Stampato il 12/12/2025 – Sistema contabilità finanziaria")
        cv.restoreState()

    doc = BaseDocTemplate(str(pdf), pagesize=(W, H), leftMargin=36, rightMargin=36, topMargin=40, bottomMargin=36)
    doc.addPageTemplates([PageTemplate("p", [Frame(36, 34, W - 72, H - 74, id="f")])])
    st = [Spacer(1, 110)]
    for i, line in enumerate(c["cover"]):
        st.append(Paragraph(esc(line), cov[i]))
        if i == 1:
            st.append(Spacer(1, 50))
    st.append(PageBreak())
    st.append(Paragraph("PREMESSA", h1))
    st += [Paragraph(esc(t), body) for t in c["intro"]]
    st.append(PageBreak())
    st.append(Paragraph("PIANO DEGLI INDICATORI DI BILANCIO – INDICATORI SINTETICI – BILANCIO DI PREVISIONE 2026-2028", h1))
    hd = c["header"]
    widths = [34, 190, 394, 54, 54, 54]
    data = [[Paragraph(esc(hd[0]), head), Paragraph(esc(hd[1]), head), Paragraph(esc(hd[2]), head),
             Paragraph(esc(c["header_group"]), head), "", ""],
            ["", "", "", Paragraph(hd[3], head), Paragraph(hd[4], head), Paragraph(hd[5], head)]]
    style = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)), ("SPAN", (3, 0), (5, 0)),
             ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#D0D0D0")), ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
             ("VALIGN", (0, 2), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#606060")),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    records = []
    for code, title, inds in c["sections"]:
        r = len(data)
        data.append([Paragraph(esc(code), sec), Paragraph(esc(title), sec), "", "", "", ""])
        style += [("SPAN", (1, r), (5, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F0F0F0"))]
        for icode, ind, defin, vals in inds:
            data.append([Paragraph(esc(icode), cell), Paragraph(esc(ind), cell), Paragraph(esc(defin), cell)]
                        + [Paragraph(esc(v), cellr) for v in vals])
            cells_row = [icode, ind, defin] + vals
            for y, v in zip(c["years"], vals):
                rec = record(area_code=code, area_title=None, objective_level="strategic", objective_code=code,
                             objective_title=title, indicator_code=icode, indicator=ind, formula=defin, year=y,
                             target=v or None)
                rec["_name"], rec["_cells"] = ind, cells_row
                records.append(rec)
    # all records of a row share one _cells list object -> mark row identity
    t = Table(data, colWidths=widths, repeatRows=2, hAlign="LEFT")
    t.setStyle(TableStyle(style))
    st += [t, Spacer(1, 6), Paragraph(esc(c["footnote"]), ParagraphStyle("fn", fontName="LS-I", fontSize=7.5, leading=9.5))]
    doc.build(st, canvasmaker=numbered_canvas(footer))
    about = ["Piano degli indicatori e dei risultati attesi di bilancio 2026-2028 (indicatori sintetici, D.M. 22/12/2015 allegato 1/a) of the Città Metropolitana di Firenze, invented values, rendered with reportlab like accounting software prints it: landscape, ruled grid, grey two-row header ('VALORE INDICATORE (dati percentuali)' spanning '2026 | 2027 | 2028', the '(n)', TIPOLOGIA INDICATORE and DEFINIZIONE cells merged down) repeated on every page, light-grey numbered section rows ('1 Rigidità strutturale di bilancio'), footer 'Pagina n di m'.",
             "Truth: '(n)' -> indicator_code; TIPOLOGIA INDICATORE -> indicator; DEFINIZIONE -> formula; a plan, so the year columns are targets, one record per year also where the cell is empty. Section rows are objective headings at the top -> strategic, area_code = section code, area_title null. Bare numbers -> operator '=', unit null (the header's 'dati percentuali' is not printed in the cell). Italic note under the table is not a comment (no status line)."]
    write_truth(name, c, pdf, records, about)


def make_un(name):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor
    c = json.loads((HERE / f"{name}.content.json").read_text())
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.6)
    stl = d.styles["Normal"]
    stl.font.name = "Times New Roman"
    stl.font.size = Pt(11)

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
        tcPr.append(sh)

    def repeat_header(row):
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)

    def cant_split(row):
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement("w:cantSplit"); e.set(qn("w:val"), "true"); trPr.append(e)

    def para(text, size=11, bold=False, align=None, space=6, italic=False):
        p = d.add_paragraph()
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if align: p.alignment = align
        p.paragraph_format.space_after = Pt(space)
        return p

    def put(cell, text, size=8, bold=False, align=None):
        cell.text = ""
        p = cell.paragraphs[0]
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold; r.font.name = "Arial"
        p.paragraph_format.space_after = Pt(0)
        if align is not None: p.alignment = align

    # footer page number
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(); r.font.size = Pt(8)
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind); r._r.append(e)
        else:
            e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt; r._r.append(e)
    hp = sec.header.paragraphs[0]; hr = hp.add_run("Unione dei Comuni della Valdera – Rendiconto 2024"); hr.font.size = Pt(8); hr.italic = True
    sec.different_first_page_header_footer = True

    C = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(5): para("", space=12)
    sizes = [20, 12, 9, 16, 14, 10]
    for i, line in enumerate(c["cover"]):
        para(line, sizes[i], bold=i in (0, 3), align=C, space=18 if i in (2, 4) else 8, italic=i == 2)
        if i == 2:
            for _ in range(4): para("", space=12)
    d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    para("Premessa", 14, bold=True, space=8)
    for t in c["intro"]:
        para(t, 11, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para("INDICATORI SINTETICI – RENDICONTO ESERCIZIO 2024", 11, bold=True, space=6)
    hd = c["header"]
    tab = d.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    ws = [Cm(1.1), Cm(5.0), Cm(8.9), Cm(2.4)]
    for j, h in enumerate(hd):
        put(tab.rows[0].cells[j], h, 7.5, True, C)
        shade(tab.rows[0].cells[j], "BFBFBF")
    repeat_header(tab.rows[0])
    records = []
    for code, title, inds in c["sections"]:
        row = tab.add_row(); cant_split(row)
        put(row.cells[0], code, 8, True)
        m = row.cells[1].merge(row.cells[3])
        put(m, title, 8, True)
        for k in (0,):
            shade(row.cells[0], "EDEDED")
        shade(m, "EDEDED")
        for icode, ind, defin, val in inds:
            row = tab.add_row(); cant_split(row)
            put(row.cells[0], icode, 8)
            put(row.cells[1], ind, 8)
            put(row.cells[2], defin, 7.5)
            put(row.cells[3], val, 8, align=WD_ALIGN_PARAGRAPH.RIGHT)
            rec = record(area_code=code, area_title=None, objective_level="strategic", objective_code=code,
                         objective_title=title, indicator_code=icode, indicator=ind, formula=defin, year=c["year"],
                         actual=val)
            rec["_name"], rec["_cells"] = ind, [icode, ind, defin, val]
            records.append(rec)
    tab.autofit = False
    for j, w in enumerate(ws):
        tab.columns[j].width = w
    for row in tab.rows:
        for j, w in enumerate(ws):
            row.cells[j].width = w
    # composition table on a new page
    p = para("", space=0); p.add_run().add_break(WD_BREAK.PAGE)
    comp = c["composition"]
    para(comp["title"], 11, bold=True, space=4)
    para(comp["subtitle"], 10, italic=True, space=6)
    t2 = d.add_table(rows=1, cols=5)
    t2.style = "Table Grid"
    t2.alignment = WD_TABLE_ALIGNMENT.CENTER
    w2 = [Cm(1.8), Cm(6.4), Cm(3.0), Cm(3.0), Cm(3.0)]
    for j, h in enumerate(comp["header"]):
        put(t2.rows[0].cells[j], h, 7.5, True, C); shade(t2.rows[0].cells[j], "BFBFBF")
    for rr in comp["rows"]:
        row = t2.add_row()
        bold = rr[0].startswith("Titolo") or rr[1].startswith("TOTALE")
        for j, v in enumerate(rr):
            put(row.cells[j], v, 8, bold, WD_ALIGN_PARAGRAPH.RIGHT if j > 1 else None)
    t2.autofit = False
    for j, w in enumerate(w2):
        t2.columns[j].width = w
    for row in t2.rows:
        for j, w in enumerate(w2):
            row.cells[j].width = w
    para("", space=6)
    para("Il Responsabile del Servizio Finanziario – Dott.ssa Elena Bartolini", 10, align=WD_ALIGN_PARAGRAPH.RIGHT)
    tmp = Path(tempfile.mkdtemp())
    x = tmp / f"{name}.docx"
    d.save(x)
    pdf = HERE / f"{name}.pdf"
    shutil.copyfile(soffice(x, tmp), pdf)
    about = ["Rendiconto 2024 version of the Piano degli indicatori e dei risultati attesi di bilancio (D.M. 22/12/2015 allegato 1/b) of the Unione dei Comuni della Valdera, invented values; Word document (python-docx) printed with LibreOffice, portrait, Table Grid with grey header repeated overleaf, section rows merged over the last three columns; a single 'VALORE INDICATORE 2024 (Percentuale)' column.",
             "Truth: 'N.' -> indicator_code; TIPOLOGIA INDICATORE -> indicator; DEFINIZIONE -> formula; the value column is neither expected nor achieved and this is a rendiconto, so it is the actual of 2024 (target null). Section rows are strategic objective headings, area_code = section code, area_title null. Bare numbers -> '=', unit null; '-6,42' -> -6.42. The second table (composition of revenues by Titolo/Tipologia, percentages) is a composition table: no records, per CONVENTIONS ('composition tables by Titolo/Missione/Programma')."]
    write_truth(name, c, pdf, records, about)


def main():
    which = sys.argv[1:] or ["asl", "cciaa", "cm", "un"]
    for w in which:
        {"asl": lambda: make_asl("asl-biella-2024-relazione"),
         "cciaa": lambda: make_cciaa("cciaa-maremma-tirreno-2024-relazione"),
         "cm": lambda: make_cm("citta-metropolitana-firenze-2026-piano-indicatori"),
         "un": lambda: make_un("unione-valdera-2024-rendiconto-indicatori")}[w]()


if __name__ == "__main__":
    main()
